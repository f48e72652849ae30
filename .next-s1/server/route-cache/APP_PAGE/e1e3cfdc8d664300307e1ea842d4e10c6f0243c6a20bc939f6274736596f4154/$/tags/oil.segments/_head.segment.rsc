1:"$Sreact.fragment"
2:"/_next/static/chunks/08mika-44sn50.js"
3:"ViewportBoundary"
4:I[97367,["$2"],"$3"]
5:"MetadataBoundary"
6:I[97367,["$2"],"$5"]
7:"$Sreact.suspense"
8:I[27201,["$2"],"IconMark"]
a:X
0:{"t":{"t":{"s":"","h":1040},"h":{"r":["$","$1","h",{"children":[null,["$","$L4",null,{"children":[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}],["$","meta","2",{"name":"theme-color","content":"#b3122b"}]]}],["$","$L6",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$7",null,{"name":"Next.Metadata","children":[["$","title","0",{"children":"Oil: news and analysis | Meridian"}],["$","meta","1",{"name":"description","content":"Crude production, prices and the politics of petroleum."}],["$","meta","2",{"name":"application-name","content":"Meridian"}],["$","meta","3",{"name":"robots","content":"index, follow, max-video-preview:-1, max-image-preview:large, max-snippet:-1"}],["$","link","4",{"rel":"canonical","href":"http://localhost:3200/tags/oil"}],["$","meta","5",{"name":"format-detection","content":"telephone=no"}],["$","meta","6",{"property":"og:title","content":"Oil: news and analysis"}],["$","meta","7",{"property":"og:description","content":"Crude production, prices and the politics of petroleum."}],["$","meta","8",{"property":"og:url","content":"http://localhost:3200/tags/oil"}],["$","meta","9",{"property":"og:site_name","content":"Meridian"}],["$","meta","10",{"property":"og:locale","content":"en_GB"}],["$","meta","11",{"property":"og:type","content":"website"}],["$","meta","12",{"name":"twitter:card","content":"summary"}],["$","meta","13",{"name":"twitter:title","content":"Oil: news and analysis"}],["$","meta","14",{"name":"twitter:description","content":"Crude production, prices and the politics of petroleum."}],["$","link","15",{"rel":"icon","href":"/icon.svg?icon.21oma1ynhcobg.svg","sizes":"any","type":"image/svg+xml"}],["$","$L8","16",{}]]}]}],null]}],null]}],"p":"$@9","v":null,"s":"$a"}},"a":"$@b","u":"$@c","b":"iZCGePZyzuqbOZTrSqczx"}
a:300
c:true
a:C
b:0
9:"$undefined"
