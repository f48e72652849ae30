var R=require("../../../chunks/[turbopack]_runtime.js")("server/app/media/[file]/route.js")
R.c("server/chunks/[externals]__1lhx52zcqe767._.js")
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js")
R.c("server/chunks/[root-of-the-server]__07bryhuvhars2._.js")
R.c("server/chunks/_next-internal_server_app_media_[file]_route_actions_0md6dj__efme_.js")
R.m(97095)
module.exports=R.m(97095).exports
