1:"$Sreact.fragment"
2:"/_next/static/chunks/08mika-44sn50.js"
3:"ViewportBoundary"
4:I[97367,["$2"],"$3"]
5:"MetadataBoundary"
6:I[97367,["$2"],"$5"]
7:"$Sreact.suspense"
8:I[27201,["$2"],"IconMark"]
a:X
0:{"t":{"t":{"s":"","h":1040},"h":{"r":["$","$1","h",{"children":[null,["$","$L4",null,{"children":[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}],["$","meta","2",{"name":"theme-color","content":"#b3122b"}]]}],["$","$L6",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$7",null,{"name":"Next.Metadata","children":[["$","title","0",{"children":"Meridian — News and analysis from around the world"}],["$","meta","1",{"name":"description","content":"Meridian reports world news, Russia, business, science and sport, with opinion and analysis from correspondents around the world."}],["$","meta","2",{"name":"application-name","content":"Meridian"}],["$","meta","3",{"name":"robots","content":"index, follow, max-video-preview:-1, max-image-preview:large, max-snippet:-1"}],["$","meta","4",{"name":"format-detection","content":"telephone=no"}],["$","link","5",{"rel":"icon","href":"/icon.svg?icon.21oma1ynhcobg.svg","sizes":"any","type":"image/svg+xml"}],["$","$L8","6",{}]]}]}],null]}],null]}],"p":"$@9","v":null,"s":"$a"}},"a":"$@b","u":"$@c","b":"iZCGePZyzuqbOZTrSqczx"}
a:300
c:true
a:C
b:0
9:"$undefined"
