module.exports=[25022,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Bsection%5D_page_actions_1ycdq35zprqsv.js.map