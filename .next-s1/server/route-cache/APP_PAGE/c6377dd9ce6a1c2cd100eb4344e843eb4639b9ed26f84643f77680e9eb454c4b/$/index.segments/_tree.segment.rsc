:HL["/_next/static/chunks/189oeckd8u5ul.css","style"]
:HL["/media/seed-001-640.webp","image",{"imageSrcSet":"/media/seed-001-320.webp 320w, /media/seed-001-480.webp 480w, /media/seed-001-640.webp 640w, /media/seed-001-960.webp 960w, /media/seed-001-1280.webp 1280w, /media/seed-001-1600.webp 1600w","imageSizes":"(min-width: 64rem) 50rem, 100vw","fetchPriority":"high"}]
1:[["children",{"s":"__PAGE__","h":160}]]
0:{"b":"iZCGePZyzuqbOZTrSqczx","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
