"""Texts written for these tests (not copied from any corpus)."""

ENGLISH = (
    "Russia and China signed an energy agreement in Beijing on Tuesday, officials said. "
    "The deal covers gas deliveries for the next thirty years and was welcomed by both governments, "
    "while the United States said it would study the terms of the agreement carefully."
)
ENGLISH_2 = (
    "Iran and the European Union held talks in Geneva on Monday about the nuclear programme. "
    "The two sides agreed to meet again next month, according to a statement issued after the meeting."
)
# The style of a short wire item: headline, dateline, one sentence (~30 words).
AG_STYLE = (
    "Rebels Attack Convoy Near Border\n"
    "KABUL, Afghanistan - Suspected rebels attacked a supply convoy near the Pakistani border on "
    "Sunday, killing two drivers, a provincial official said."
)
FRENCH = (
    "Le président de la République a rencontré mardi son homologue allemand à Paris pour discuter "
    "de la guerre en Ukraine et des sanctions contre la Russie. Les deux dirigeants ont appelé à un "
    "cessez-le-feu immédiat."
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen. Der "
    "Außenminister sagte, dass die Maßnahmen in Kraft bleiben, bis die Truppen aus der Ukraine "
    "abgezogen werden."
)
SPANISH = (
    "El gobierno de España anunció el martes que enviará ayuda humanitaria a Gaza. El ministro de "
    "Asuntos Exteriores dijo que la situación es muy grave y pidió un alto el fuego."
)
RUSSIAN = (
    "Министр иностранных дел России заявил во вторник, что Москва готова к переговорам с Киевом "
    "без предварительных условий."
)
CHINESE = "中国外交部发言人周二表示，中方愿同俄方继续加强在亚太地区的战略协作，共同维护地区和平与稳定。"

ARTICLE_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Russia and China sign gas deal | Example News</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2016-04-05T10:00:00+02:00"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Subscribe now</li></ul></nav>
<article><h1>Russia and China sign gas deal</h1>
<p>{ENGLISH}</p>
<p>{ENGLISH_2}</p>
</article>
<footer><p>Copyright 2016 Example News. All rights reserved. Cookie policy.</p></footer>
</body></html>
"""
