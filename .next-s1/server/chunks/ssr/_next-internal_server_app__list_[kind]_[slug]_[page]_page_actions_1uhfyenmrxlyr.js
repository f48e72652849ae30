module.exports=[33175,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app__list_%5Bkind%5D_%5Bslug%5D_%5Bpage%5D_page_actions_1uhfyenmrxlyr.js.map