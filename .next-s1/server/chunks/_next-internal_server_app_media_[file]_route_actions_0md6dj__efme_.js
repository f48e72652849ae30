module.exports=[8579,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_media_%5Bfile%5D_route_actions_0md6dj__efme_.js.map