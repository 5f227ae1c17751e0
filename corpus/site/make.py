"""Wrap seeds in a realistic windows-1251 municipal-site page: header menu, breadcrumbs,
«other news» sidebar with numbers, share buttons, footer with phones and ©.

Run from the repository root: python corpus/site/make.py
"""

from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
# the seed's own lines that are site furniture; the page puts them where a site has them
FURNITURE = {"Повернутись", "Цікаве на цю тему:", "Друк статті"}

SITES = {
    "000_1d545bbe71f900c8": {
        "site": "Канівський міський центр соціальних служб",
        "city": "Канів",
        "address": "19000, м. Канів, вул. Енергетиків, 1",
        "phones": "тел. (04736) 3-12-45, 3-18-90; гаряча лінія 0 800 50 12 34",
        "year": "2021",
        "news": [
            ("У 2021 році 57 сімей внутрішньо переміщених осіб отримали гуманітарну допомогу", "12.05.2021"),
            ("Центр провів 14 тренінгів для 236 батьків-вихователів", "28.04.2021"),
            ("Звіт про роботу за 2019 рік: надано 4120 послуг 913 сім'ям", "15.02.2020"),
            ("До Дня захисту дітей 120 дітей отримали подарунки", "01.06.2021"),
        ],
    },
    "003_05406898352614ae": {
        "site": "Дніпровський міський центр соціальних служб",
        "city": "Дніпро",
        "address": "49000, м. Дніпро, просп. Дмитра Яворницького, 75",
        "phones": "тел. (056) 744-21-35, (056) 744-21-36",
        "year": "2022",
        "news": [
            ("За січень 2022 року 318 родин отримали консультації психолога", "03.02.2022"),
            ("Мобільна бригада здійснила 42 виїзди до сімей у складних життєвих обставинах", "27.01.2022"),
            ("Підсумки 2020 року: під соціальним супроводом перебувало 402 сім'ї", "19.01.2021"),
        ],
    },
}

PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{title} | {site}</title>
<link rel="stylesheet" href="/templates/css/template.css">
<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234567-8']); _gaq.push(['_trackPageview']);</script>
<style>.menu li {{ display: inline; }} #sidebar {{ float: right; width: 240px; }}</style>
</head>
<body>
<div id="header">
  <div class="logo"><a href="/"><img src="/images/gerb.png" alt="Герб">{site}</a></div>
  <div class="top-contacts">Гаряча лінія: {phones}</div>
  <form class="search" action="/search"><input type="text" name="q" value="Пошук..."><button>Знайти</button></form>
  <ul class="menu" id="mainmenu">
    <li><a href="/">Головна</a></li><li><a href="/pro-nas">Про нас</a></li><li><a href="/novyny">Новини</a></li>
    <li><a href="/posluhy">Послуги</a></li><li><a href="/dokumenty">Документи</a></li><li><a href="/kontakty">Контакти</a></li>
  </ul>
</div>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/novyny">Новини</a> / <span>{crumb}</span></div>
<div id="wrapper">
<div id="content">
<div class="item-page">
<h1 class="contentheading">{title}</h1>
<div class="hits-counter">Переглядів: 1284</div>
<div class="article-nav"><a href="javascript:history.back()">Повернутись</a></div>
<div class="related-items"><h3>Цікаве на цю тему:</h3>
<ul>{related}</ul></div>
{body}
<div class="print-link"><a href="?print=1" rel="nofollow">Друк статті</a></div>
<div class="share-buttons"><span>Поділитися:</span> <a href="https://facebook.com/sharer">Facebook</a> <a href="https://t.me/share">Telegram</a> <a href="viber://forward">Viber</a></div>
</div>
</div>
<div id="sidebar">
<div class="moduletable"><h3>Останні новини</h3>
<ul class="latestnews">{latest}</ul></div>
<div class="moduletable"><h3>Корисні посилання</h3>
<ul><li><a href="https://www.msp.gov.ua">Міністерство соціальної політики України</a></li>
<li><a href="https://www.kmu.gov.ua">Урядовий портал</a></li><li><a href="https://www.pfu.gov.ua">Пенсійний фонд України</a></li></ul></div>
<div class="visitors-counter">Відвідувачів сьогодні: 312, всього: 148213</div>
</div>
</div>
<div id="footer">
<p>{site}</p>
<p>{address}, {phones}</p>
<p>© 2016–{year} {site}. Усі права захищено. При використанні матеріалів посилання на сайт обов'язкове.</p>
</div>
<script src="/media/jui/js/jquery.min.js"></script>
</body>
</html>
"""


def main() -> None:
    for stem, s in SITES.items():
        lines = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
        content = [ln.strip() for ln in lines if ln.strip() and ln.strip() not in FURNITURE]
        title, paras = content[0], content[1:]
        body = "\n".join(f"<p>{escape(p)}</p>" for p in paras)
        latest = "".join(f'<li><a href="/novyny/{i}">{escape(t)}</a> <span class="date">{d}</span></li>'
                         for i, (t, d) in enumerate(s["news"]))
        related = "".join(f'<li><a href="/novyny/r{i}">{escape(t)}</a></li>' for i, (t, _) in enumerate(s["news"][:3]))
        page = PAGE.format(title=escape(title), crumb=escape(title[:60]) + "…", body=body, latest=latest,
                           related=related, **{k: escape(v) for k, v in s.items() if isinstance(v, str)})
        (HERE / f"{stem}.site.html").write_bytes(page.encode("cp1251", errors="xmlcharrefreplace"))


if __name__ == "__main__":
    main()
