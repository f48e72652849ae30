:HL["/_next/static/chunks/189oeckd8u5ul.css","style"]
:HL["/media/seed-026-640.webp","image",{"imageSrcSet":"/media/seed-026-320.webp 320w, /media/seed-026-480.webp 480w, /media/seed-026-640.webp 640w, /media/seed-026-960.webp 960w","imageSizes":"(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, 100vw","fetchPriority":"high"}]
2:[["children",{"s":"__PAGE__","h":160}]]
1:[["children",{"s":{"n":"section","t":"d","k":"op-ed","s":["%5Flist","api","authors","media","search","tags"]},"h":96,"c":"$Q2"}]]
0:{"b":"iZCGePZyzuqbOZTrSqczx","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
