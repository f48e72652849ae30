:HL["/_next/static/chunks/189oeckd8u5ul.css","style"]
3:[["children",{"s":"__PAGE__","h":160}]]
2:[["children",{"s":{"n":"article","t":"d","k":"375-cocoa-prices-fall-10-6-as-supply-fears-grow","s":[]},"h":96,"c":"$Q3"}]]
1:[["children",{"s":{"n":"section","t":"d","k":"business","s":["%5Flist","api","authors","media","search","tags"]},"h":96,"c":"$Q2"}]]
0:{"b":"iZCGePZyzuqbOZTrSqczx","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
