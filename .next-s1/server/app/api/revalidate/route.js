var R=require("../../../chunks/[turbopack]_runtime.js")("server/app/api/revalidate/route.js")
R.c("server/chunks/[externals]__1edbm1d4fc6of._.js")
R.c("server/chunks/node_modules_next_dist_1wdyn4471wvec._.js")
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js")
R.c("server/chunks/_0lvxm-0q_znue._.js")
R.c("server/chunks/_next-internal_server_app_api_revalidate_route_actions_0js558tcn8ds0.js")
R.m(50785)
module.exports=R.m(50785).exports
