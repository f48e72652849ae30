module.exports=[47686,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Bsection%5D_%5Barticle%5D_page_actions_1zix8fyjw840i.js.map