:HL["/_next/static/chunks/189oeckd8u5ul.css","style"]
3:[["children",{"s":"__PAGE__","h":1024}]]
2:[["children",{"s":{"n":"author","t":"d","k":"x","s":[]},"h":1024,"c":"$Q3"}]]
1:[["children",{"s":"authors","h":1024,"c":"$Q2"}]]
0:{"b":"iZCGePZyzuqbOZTrSqczx","t":{"t":{"s":"","h":1040,"c":"$Q1"}}}
