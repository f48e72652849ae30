module.exports=[36060,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_authors_%5Bauthor%5D_page_actions_0726nzvcvt-5h.js.map