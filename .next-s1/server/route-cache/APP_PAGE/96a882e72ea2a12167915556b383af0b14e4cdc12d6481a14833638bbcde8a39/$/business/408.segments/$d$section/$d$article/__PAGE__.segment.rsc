1:"$Sreact.fragment"
2:"/_next/static/chunks/08mika-44sn50.js"
3:"/_next/static/chunks/2h2jj63-danbs.js"
4:I[22016,["$2","$3"],""]
5:I[39756,["$2"],"default"]
6:"/_next/static/chunks/0dfblaw5uk3jt.js"
7:I[8821,["$2","$6"],"default"]
8:I[37457,["$2"],"default"]
:HL["/_next/static/chunks/189oeckd8u5ul.css","style"]
b:X
f:X
f:C
13:[["children",{"s":"__PAGE__","h":160,"d":{"r":"$L14","p":"$@15","v":null,"s":"$b"}}]]
10:[["children",{"s":{"n":"article","t":"d","k":"408","s":[]},"h":96,"d":{"r":"$L11","p":"$@12","v":"$f","s":"$b"},"c":"$Q13"}]]
c:[["children",{"s":{"n":"section","t":"d","k":"business","s":["%5Flist","api","authors","media","search","tags"]},"h":96,"d":{"r":"$Ld","p":"$@e","v":"$f","s":"$b"},"c":"$Q10"}]]
0:{"t":{"t":{"s":"","h":80,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/189oeckd8u5ul.css","precedence":"next"}],["$","script","script-0",{"src":"/_next/static/chunks/08mika-44sn50.js","async":true}]],["$","html",null,{"lang":"en","children":["$","body",null,{"children":[["$","a",null,{"href":"#main","className":"skip-link","children":"Skip to content"}],["$","header",null,{"className":"site-header print:hidden","children":[["$","div",null,{"className":"site-header__bar","children":[["$","$L4",null,{"href":"/","className":"site-logo","prefetch":false,"children":[["$","svg",null,{"viewBox":"0 0 32 32","width":"32","height":"32","aria-hidden":"true","focusable":"false","children":[["$","rect",null,{"width":"32","height":"32","rx":"4","fill":"#b3122b"}],["$","path",null,{"d":"M8 23V9h3.2l6.3 8.6V9H21v14h-3.1l-6.4-8.7V23H8z","fill":"#fff"}],["$","rect",null,{"x":"22.5","y":"19.5","width":"3.5","height":"3.5","fill":"#fff"}]]}],["$","span",null,{"children":"Meridian"}],["$","span",null,{"className":"sr-only","children":" — home"}]]}],["$","form",null,{"action":"/search","method":"get","role":"search","className":"site-search","children":[["$","label",null,{"htmlFor":"site-search-q","className":"sr-only","children":["Search ","Meridian"]}],["$","input",null,{"id":"site-search-q","type":"search","name":"q","placeholder":"Search","maxLength":200,"autoComplete":"off"}],["$","button",null,{"type":"submit","children":[["$","svg",null,{"viewBox":"0 0 24 24","width":"20","height":"20","fill":"currentColor","aria-hidden":true,"focusable":"false","children":[null,["$","path",null,{"d":"M10.5 3a7.5 7.5 0 0 1 6 12l4.2 4.3a1 1 0 0 1-1.4 1.4L15 16.5A7.5 7.5 0 1 1 10.5 3zm0 2a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11z"}]]}],["$","span",null,{"className":"sr-only","children":"Search"}]]}]]}]]}],["$","nav",null,{"aria-label":"Sections","className":"section-nav","children":["$","ul",null,{"children":[["$","li",null,{"children":["$","$L4",null,{"href":"/","prefetch":false,"children":"Home"}]}],[["$","li","1",{"children":["$","$L4",null,{"href":"/world-news","prefetch":false,"children":"World News"}]}],["$","li","2",{"children":["$","$L4",null,{"href":"/russia","prefetch":false,"children":"Russia"}]}],["$","li","3",{"children":["$","$L4",null,{"href":"/business","prefetch":false,"children":"Business"}]}],["$","li","4",{"children":["$","$L4",null,{"href":"/op-ed","prefetch":false,"children":"Op-ed"}]}],["$","li","5",{"children":["$","$L4",null,{"href":"/sport","prefetch":false,"children":"Sport"}]}],["$","li","6",{"children":["$","$L4",null,{"href":"/science","prefetch":false,"children":"Science & Tech"}]}],["$","li","7",{"children":["$","$L4",null,{"href":"/africa","prefetch":false,"children":"Africa"}]}],["$","li","8",{"children":["$","$L4",null,{"href":"/india","prefetch":false,"children":"India"}]}]]]}]}]]}],["$","main",null,{"id":"main","tabIndex":-1,"className":"container-page pb-8 outline-none","children":["$","$L5",null,{"parallelRouterKey":"children","error":"$7","errorStyles":[],"errorScripts":[["$","script","script-0",{"src":"/_next/static/chunks/0dfblaw5uk3jt.js","async":true}]],"template":["$","$L8",null,{}],"notFound":[["$","div",null,{"className":"notice","children":[["$","h1",null,{"children":"Page not found"}],["$","p",null,{"children":"We could not find that page. The story may have been removed, or the address may be mistyped."}],["$","p",null,{"children":["Go to the ",["$","$L4",null,{"href":"/","children":"home page"}]," or search for the story:"]}],["$","form",null,{"action":"/search","method":"get","role":"search","className":"mt-3 flex max-w-md gap-2","children":[["$","label",null,{"htmlFor":"not-found-q","className":"sr-only","children":"Search for"}],["$","input",null,{"id":"not-found-q","type":"search","name":"q","maxLength":200,"className":"min-h-11 flex-1 rounded border border-line bg-page px-3"}],["$","button",null,{"type":"submit","className":"min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg","children":"Search"}]]}]]}],[]]}]}],["$","footer",null,{"className":"site-footer print:hidden","children":["$","div",null,{"className":"site-footer__inner","children":[["$","nav",null,{"aria-label":"Footer","children":[["$","h2",null,{"className":"footer-heading","children":"Sections"}],["$","ul",null,{"className":"footer-links","children":[["$","li","1",{"children":["$","$L4",null,{"href":"/world-news","prefetch":false,"children":"World News"}]}],["$","li","2",{"children":["$","$L4",null,{"href":"/russia","prefetch":false,"children":"Russia"}]}],["$","li","3",{"children":["$","$L4",null,{"href":"/business","prefetch":false,"children":"Business"}]}],["$","li","4",{"children":["$","$L4",null,{"href":"/op-ed","prefetch":false,"children":"Op-ed"}]}],["$","li","5",{"children":["$","$L4",null,{"href":"/sport","prefetch":false,"children":"Sport"}]}],["$","li","6",{"children":["$","$L4",null,{"href":"/science","prefetch":false,"children":"Science & Tech"}]}],["$","li","7",{"children":["$","$L4",null,{"href":"/africa","prefetch":false,"children":"Africa"}]}],["$","li","8",{"children":["$","$L4",null,{"href":"/india","prefetch":false,"children":"India"}]}]]}]]}],"$L9"]}]}]]}]}]]}],"p":"$@a","v":null,"s":"$b"},"c":"$Qc"},"h":{"r":"$L16","p":"$@17","v":null,"s":"$b"}},"a":"$@18","u":"$@19","b":"iZCGePZyzuqbOZTrSqczx"}
1b:I[97367,["$2"],"OutletBoundary"]
1c:"$Sreact.suspense"
1e:"ViewportBoundary"
1f:I[97367,["$2"],"$1e"]
20:"MetadataBoundary"
21:I[97367,["$2"],"$20"]
9:["$","p",null,{"className":"footer-note","children":["© ","Meridian",". Demo content: every story, person and picture on this site is invented."]}]
d:["$","$1","c",{"children":[null,["$","$L5",null,{"parallelRouterKey":"children","template":["$","$L8",null,{}]}]]}]
11:["$","$1","c",{"children":[null,["$","$L5",null,{"parallelRouterKey":"children","template":["$","$L8",null,{}]}]]}]
14:["$","$1","c",{"children":["$L1a",[["$","script","script-0",{"src":"/_next/static/chunks/2h2jj63-danbs.js","async":true}]],["$","$L1b",null,{"children":["$","$1c",null,{"name":"Next.MetadataOutlet","children":"$@1d"}]}]]}]
16:["$","$1","h",{"children":[null,["$","$L1f",null,{"children":[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}],["$","meta","2",{"name":"theme-color","content":"#b3122b"}]]}],["$","$L21",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$1c",null,{"name":"Next.Metadata","children":null}]}],null]}],null]}]
1a:E{"digest":"NEXT_REDIRECT;replace;/business/408-oil-and-gas-sanctions-will-backfire-says-gulf-energy-minister;308;"}
1d:E{"digest":"NEXT_REDIRECT;replace;/business/408-oil-and-gas-sanctions-will-backfire-says-gulf-energy-minister;308;"}
b:300
19:true
b:C
18:0
15:"$undefined"
12:"$undefined"
e:"$undefined"
17:"$undefined"
a:"$undefined"
