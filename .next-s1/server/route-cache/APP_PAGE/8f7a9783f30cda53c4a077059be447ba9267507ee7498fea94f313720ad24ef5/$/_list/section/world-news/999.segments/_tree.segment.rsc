:HL["/_next/static/chunks/189oeckd8u5ul.css","style"]
5:[["children",{"s":"__PAGE__","h":1024}]]
4:[["children",{"s":{"n":"page","t":"d","k":"999","s":[]},"h":1024,"c":"$Q5"}]]
3:[["children",{"s":{"n":"slug","t":"d","k":"world-news","s":[]},"h":1024,"c":"$Q4"}]]
2:[["children",{"s":{"n":"kind","t":"d","k":"section","s":[]},"h":1024,"c":"$Q3"}]]
1:[["children",{"s":"%5Flist","h":1024,"c":"$Q2"}]]
0:{"b":"iZCGePZyzuqbOZTrSqczx","t":{"t":{"s":"","h":1040,"c":"$Q1"}}}
