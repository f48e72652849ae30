:HL["/_next/static/chunks/189oeckd8u5ul.css","style"]
:HL["/media/seed-011-640.webp","image",{"imageSrcSet":"/media/seed-011-320.webp 320w, /media/seed-011-480.webp 480w, /media/seed-011-640.webp 640w, /media/seed-011-960.webp 960w, /media/seed-011-1280.webp 1280w, /media/seed-011-1600.webp 1600w","imageSizes":"(min-width: 64rem) 46rem, 100vw","fetchPriority":"high"}]
3:[["children",{"s":"__PAGE__","h":160}]]
2:[["children",{"s":{"n":"article","t":"d","k":"388-egypt-slaps-23-tariff-on-imports-of-furniture-from-italy","s":[]},"h":96,"c":"$Q3"}]]
1:[["children",{"s":{"n":"section","t":"d","k":"business","s":["%5Flist","api","authors","media","search","tags"]},"h":96,"c":"$Q2"}]]
0:{"b":"iZCGePZyzuqbOZTrSqczx","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
