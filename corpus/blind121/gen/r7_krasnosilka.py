"""b121_07: hromada page with an interactive map (Leaflet): 2023 figures of the ЦНСП of
Красносільська сільська рада per starostynskyi okruh sit in marker popups inside a <script> and partly in
<area title>s of an image map; the visible text is a short summary."""
import json
from common import Gold, report_path, write_text

NAME = "b121_07_krasnosilka_cnsp_map2023.html"
# name, lat, lng, total, home care, natural aid, social workers
OKR = [("Красносілка (центр громади)", 46.5712, 30.7861, 268, 41, 96, 7),
       ("Старостинський округ № 1", 46.6034, 30.7412, 97, 18, 31, 4),
       ("Старостинський округ № 2", 46.6215, 30.8127, 84, 12, 29, 3),
       ("Старостинський округ № 3", 46.5489, 30.7098, 71, 10, 26, 3),
       ("Старостинський округ № 4", 46.5301, 30.8350, 64, 11, 25, 2),
       ("Старостинський округ № 5", 46.6462, 30.7703, 57, 9, 23, 2),
       ("Старостинський округ № 6", 46.5127, 30.7584, 53, 11, 21, 2)]


def popup(n, tot, hc, na, sw):
    return (f"<h4>{n}</h4><p>Отримувачів послуг: {tot}</p><p>з них: догляд вдома – {hc}; "
            f"натуральна допомога – {na}</p><p>Соціальних робітників: {sw}</p>")


def area_title(n, tot, hc, na, sw):
    return f"{n}: отримувачів послуг – {tot}, у т. ч. догляд вдома – {hc}, натуральна допомога – {na}; соціальних робітників – {sw}"


markers = []
for n, la, ln, tot, hc, na, sw in OKR[:5]:
    markers.append("  {name: %s, coords: [%s, %s], popup: %s}" % (json.dumps(n, ensure_ascii=False), la, ln,
                                                               json.dumps(popup(n, tot, hc, na, sw), ensure_ascii=False)))
MARKERS = ",\n".join(markers)
AREAS = "\n".join([
    '  <area shape="poly" coords="412,38,488,52,497,120,430,131,401,96" href="#okrug5" alt="Округ № 5" title="%s">' % area_title(*OKR[5][:1], *OKR[5][3:]),
    '  <area shape="poly" coords="205,310,281,298,296,371,222,389" href="#okrug6" alt="Округ № 6" title="%s">' % area_title(*OKR[6][:1], *OKR[6][3:]),
    '  <area shape="circle" coords="260,190,40" href="#centre" alt="Красносілка" title="Красносілка – центр громади (див. позначку на карті)">',
])

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Соціальні послуги на карті громади: підсумки 2023 року — Красносільська сільська рада</title>
<meta name="description" content="Інтерактивна карта соціальних послуг у старостинських округах">
<link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css">
<script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"></script>
<style>#map{height:460px}.okr-popup h4{margin:0 0 4px}</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="/img/gerb-krasnosilka.png" alt="Герб"> Красносільська сільська рада</a>
  <div class="hdr-contacts">Одеська обл., Одеський р-н | тел. (048) 0-98-37-12</div>
</header>
<nav class="menu">
  <a href="/">Головна</a> <a href="/hromada">Громада</a> <a href="/starosty">Старостинські округи</a>
  <a href="/social">Соціальний захист</a> <a href="/cnsp">ЦНСП</a> <a href="/kontakty">Контакти</a>
</nav>
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/social">Соціальний захист</a> › Карта соціальних послуг</div>
<main>
<article>
<h1>Соціальні послуги на карті громади: підсумки 2023 року</h1>
<p class="date">Опубліковано 15.02.2024</p>
<p>Центр надання соціальних послуг Красносільської сільської ради підготував інтерактивну карту, на якій
показано, скільки мешканців кожного старостинського округу отримували соціальні послуги у 2023 році.
Натисніть на позначку округу, щоб побачити кількість отримувачів, з них – отримувачів догляду вдома та
натуральної допомоги, а також кількість соціальних робітників, які працюють в окрузі. Для округів № 5 і
№ 6, які ще не нанесено на онлайн-карту, дані показано на схемі нижче (наведіть курсор на округ).</p>
<div id="map"></div>
<p><img src="/img/skhema-okruhiv.png" usemap="#okruhy" width="560" height="420" alt="Схема старостинських округів громади"></p>
<map name="okruhy">
%(areas)s
</map>
<h2>Коротко про підсумки року</h2>
<p>У 2023 році соціальні послуги Центру отримали 684 мешканці громади. Послугу догляду вдома отримували
112 осіб, натуральну допомогу – 251 особа, консультування – 321 особа (одна людина могла отримувати кілька
послуг). Загалом надано 14 906 соціальних послуг.</p>
<p>Найбільше отримувачів традиційно в Красносілці – 268 осіб, найменше в окрузі № 6 – 53 особи. У 2022 році
послуги отримали 598 мешканців; зростання пов'язане передусім із прибуттям внутрішньо переміщених осіб.</p>
<p>Продуктові набори, засоби гігієни та тверде паливо видано на загальну суму 612,5 тис. грн, частину з них
передали благодійні фонди та партнери громади.</p>
<p>У Центрі працюють 23 соціальні робітники, які закріплені за старостинськими округами, та 4 фахівці із
соціальної роботи. Скарг на якість послуг у 2023 році не надходило.</p>
<h2>Як отримати послугу</h2>
<p>Звернутися можна до старости свого округу або безпосередньо до Центру: с. Красносілка, вул. Миру, 17,
каб. 5, з понеділка по п'ятницю з 8:00 до 17:00, тел. (048) 0-98-37-40. Рішення про надання послуги
ухвалюється протягом 10 робочих днів. Послуга догляду вдома для осіб, середньомісячний дохід яких
нижчий за два прожиткові мінімуми, надається безоплатно.</p>
<p class="note">Дані станом на 31.12.2023. Карта оновлюється щороку. Межі округів на карті та схемі умовні.</p>
</article>
<script>
var map = L.map('map').setView([46.575, 30.775], 11);
L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
  maxZoom: 18, attribution: '&copy; OpenStreetMap'
}).addTo(map);
var okruhy = [
%(markers)s
];
okruhy.forEach(function (o) {
  L.marker(o.coords, {title: o.name}).addTo(map).bindPopup('<div class="okr-popup">' + o.popup + '</div>');
});
</script>
</main>
<aside class="sidebar">
  <h3>Громада в цифрах</h3>
  <ul><li>Населених пунктів: 11</li><li>Мешканців: 21,7 тис.</li><li>Старостинських округів: 6</li><li>Площа: 318 км²</li></ul>
  <h3>Новини</h3>
  <ul><li><a href="/news/2024-02-14">14.02.2024 Засідання виконавчого комітету</a></li>
      <li><a href="/news/2024-02-12">12.02.2024 Гуманітарна допомога для ВПО</a></li></ul>
</aside>
<footer>
  <p>© 2024 Красносільська сільська рада. 67661, Одеська обл., Одеський р-н, с. Красносілка, вул. Миру, 15.</p>
  <p>Код ЄДРПОУ 04379511 · e-mail: rada@example.ua · Переглядів сторінки: 912</p>
</footer>
</body>
</html>
""" % {"areas": AREAS, "markers": MARKERS}
write_text(report_path(NAME), HTML)

g = Gold(NAME, {"centre": "Центр надання соціальних послуг Красносільської сільської ради", "centre_type": "cnsp",
                "settlement": "Красносілка", "oblast": "Одеська", "report_kind": "annual_report",
                "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-02-15"},
         {"report_kind": ["other"], "settlement": ["Красносільська сільська громада"]})
F = g.f
tot = F("served", "persons", 684, "У 2023 році соціальні послуги Центру отримали 684 мешканці громади")
hc = F("served", "persons", 112, "Послугу догляду вдома отримували 112 осіб", service="home_care")
na = F("served", "persons", 251, "натуральну допомогу – 251 особа", service="natural_aid")
F("served", "persons", 321, "консультування – 321 особа", service="counselling")
v1 = F("served", "persons", 268, "Найбільше отримувачів традиційно в Красносілці – 268 осіб", district="Красносілка (центр громади)",
       label="у тексті (повтор позначки на карті)", parent=tot)
v2 = F("served", "persons", 53, "найменше в окрузі № 6 – 53 особи", district="Старостинський округ № 6",
       label="у тексті (повтор заголовка на схемі)", parent=tot)
F("services_provided", "services", 14906, "Загалом надано 14 906 соціальних послуг")
F("aid_value", "uah", 612500, "видано на загальну суму 612,5 тис. грн", service="natural_aid",
  note="sets, hygiene products and solid fuel; part came from charities")
sw = F("staff_actual", "staff", 23, "У Центрі працюють 23 соціальні робітники", label="соціальні робітники")
F("staff_actual", "staff", 4, "та 4 фахівці із соціальної роботи", label="фахівці із соціальної роботи")
F("complaints", "complaints", 0, "Скарг на якість послуг у 2023 році не надходило.")
T, H, N, W = [], [], [], []
for i, (n, la, ln, t_, h_, a_, w_) in enumerate(OKR):
    q = popup(n, t_, h_, a_, w_) if i < 5 else area_title(n, t_, h_, a_, w_)
    where = "Leaflet marker popup in <script>" if i < 5 else "<area title> of the image map"
    T.append(F("served", "persons", t_, q, district=n, group="served_684_by_okrug", parent=tot, evidence="source",
               note=f"{where}; not in the read text"))
    H.append(F("served", "persons", h_, q, service="home_care", district=n, group="home_care_112_by_okrug", parent=hc,
               evidence="source"))
    N.append(F("served", "persons", a_, q, service="natural_aid", district=n, group="natural_aid_251_by_okrug", parent=na,
               evidence="source"))
    W.append(F("staff_actual", "staff", w_, q, label="соціальні робітники", district=n, group="social_workers_23_by_okrug",
               parent=sw, evidence="source"))

g.slip("parts_sum", "error", "У 2023 році соціальні послуги Центру отримали 684 мешканці громади", 694, 684, [tot] + T,
       "the seven districts (centre + okruhy 1–4 in the map popups, okruhy 5–6 in the image-map titles) give 268 + 97 + 84 + 71 + 64 + 57 + 53 = 694 recipients; the summary says 684 (10 missing). Every resident belongs to one okrug, so the districts partition the hromada",
       " + ".join(T) + f" == {tot}")
C = g.check
C("internal_conflict", "Найбільше отримувачів традиційно в Красносілці – 268 осіб, найменше в окрузі № 6 – 53 особи",
  "the text repeats the centre's popup (268) and okrug 6's area title (53)", f"{v1} == {T[0]} and {v2} == {T[6]}")
C("parts_sum", "Послугу догляду вдома отримували\n112 осіб".replace("\n", " "), "home care by okrug 41 + 18 + 12 + 10 + 11 + 9 + 11 = 112",
  " + ".join(H) + f" == {hc}")
C("parts_sum", "натуральну допомогу – 251 особа", "natural aid by okrug 96 + 31 + 29 + 26 + 25 + 23 + 21 = 251", " + ".join(N) + f" == {na}")
C("parts_sum", "У Центрі працюють 23 соціальні робітники", "social workers by okrug 7 + 4 + 3 + 3 + 2 + 2 + 2 = 23", " + ".join(W) + f" == {sw}")
C("parts_sum", "(одна людина могла отримувати кілька послуг)", "each okrug: home care + natural aid ≤ recipients; each service total ≤ 684",
  " and ".join(f"{h} + {n} <= {t}" for h, n, t in zip(H, N, T)) + f" and {hc} <= {tot} and {na} <= {tot}")
S = g.skip
S("Соціальні послуги на карті громади: підсумки 2023 року", [2023], "year in the title")
S("У 2022 році послуги отримали 598 мешканців", [2022, 598], "prior-year figure")
S("Опубліковано 15.02.2024", [15, 2, 2024], "publication date")
S("Для округів № 5 і № 6", [5, 6], "okrug numbers")
S("с. Красносілка, вул. Миру, 17, каб. 5", [17, 5], "address, room")
S("з понеділка по п'ятницю з 8:00 до 17:00, тел. (048) 0-98-37-40", [8, 0, 17, 0, 48, 983740], "office hours, phone")
S("Рішення про надання послуги ухвалюється протягом 10 робочих днів.", [10], "duration")
S("нижчий за два прожиткові мінімуми", [2], "number in words (income threshold)")
S("Дані станом на 31.12.2023.", [31, 12, 2023], "date")
g.note("report 07's per-okrug figures are not in the text `zvitparse read` prints: the reader drops <script> (the Leaflet popups of the centre and okruhy 1–4) and <area title> (okruhy 5–6). They are annotated anyway, as a reader of the page sees them, with `evidence: \"source\"`: their quote is the popup's HTML string or the area's title, checked against the raw file by common.py (a blind121 addition). 28 of the 39 facts are of this kind")
g.note("the text repeats two okrug figures (268 for Красносілка, 53 for okrug 6): separate facts with parent 684 but no group (the group holds the seven map figures)")
g.note("okrug in «district»; the okrug rows hang on the summary totals (684 recipients, 112 home care, 251 natural aid, 23 social workers), each with its group")
g.note("the area title «Красносілка – центр громади (див. позначку на карті)» has no figure; the centre's figures are in its marker popup")
g.note("site furniture (header phone, menu, breadcrumbs, sidebar «Громада в цифрах» 11 / 21,7 тис. / 6 / 318 км², news dates, footer postcode/address/ЄДРПОУ/view counter) was not printed by the reader: neither facts nor skips. Marker coordinates and area coords are not figures of the report")
g.note("report_kind: a results-of-the-year page, annual_report (meta_alt other)")
g.write()
