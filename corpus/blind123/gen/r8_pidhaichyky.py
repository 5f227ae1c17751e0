"""b123_08: КУ «ЦНСП» Підгайчиківської сільської ради (Івано-Франківська) — a page of the centre's service
catalogue (HTML): a short intro, then one card per service (name and classifier code, who may receive it, tariff
or free, recipients served this year, services delivered)."""
from common import Gold, report_path, write_text

DOC = "b123_08_pidhaichyky_cnsp_catalogue2025.html"

CARDS = [
    # (id, name, code, who, price, recipients line, services line)
    ("informing", "Інформування", "001.0", "усі жителі громади, внутрішньо переміщені особи", "безоплатно",
     "286 осіб", "341"),
    ("counselling", "Консультування", "002.0",
     "особи та сім'ї, які перебувають у складних життєвих обставинах або ризикують у них потрапити", "безоплатно",
     "173 особи", "412"),
    ("social_support_sjo", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах",
     "010.1", "сім'ї з дітьми, у яких виявлено складні життєві обставини (за результатами оцінки потреб)",
     "безоплатно", "14 сімей (31 дитина)", "368"),
    ("social_adaptation", "Соціальна адаптація", "013.0",
     "особи з інвалідністю, особи, звільнені з місць позбавлення волі, молодь з числа дітей-сиріт", "безоплатно",
     "16 осіб", "44"),
    ("home_care", "Догляд вдома", "015.1",
     "громадяни похилого віку та особи з інвалідністю, які не здатні до самообслуговування",
     "безоплатно – для осіб із середньомісячним доходом нижче двох прожиткових мінімумів; для інших – 82,60 грн "
     "за годину", "67 осіб, з них на платній основі – 9", "9284"),
    ("day_care", "Денний догляд", "015.3", "особи похилого віку, особи з інвалідністю віком від 18 років",
     "безоплатно", "21 особа", "2716"),
    ("natural_aid", "Натуральна допомога", "019.0",
     "внутрішньо переміщені особи, малозабезпечені сім'ї, багатодітні сім'ї", "безоплатно",
     "118 осіб, з них 74 – внутрішньо переміщені особи (67,2 %)", "236"),
    ("social_taxi", "Соціальне таксі", "–", "особи з інвалідністю I групи, діти з інвалідністю, особи похилого віку "
     "з порушеннями опорно-рухового апарату", "8,00 грн за 1 км пробігу", "26 осіб", "71 поїздка"),
    ("representation", "Представництво інтересів", "004.0",
     "особи, які через вік чи стан здоров'я не можуть самостійно захистити свої права", "безоплатно",
     "12 осіб", "19"),
]


def card(c):
    _id, name, code, who, price, rec, srv = c
    return f"""        <div class="service-card" id="svc-{_id}">
          <h3>{name}</h3>
          <p class="code">Код за Класифікатором соціальних послуг: {code}</p>
          <ul class="props">
            <li><span class="k">Хто може отримати:</span> {who}</li>
            <li><span class="k">Вартість:</span> {price}</li>
            <li><span class="k">Отримувачів у 2025 році:</span> {rec}</li>
            <li><span class="k">Надано послуг:</span> {srv}</li>
          </ul>
        </div>
"""


HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Каталог соціальних послуг — КУ «ЦНСП» Підгайчиківської сільської ради</title>
</head>
<body>
<header class="site-header">
  <div class="brand">КУ «Центр надання соціальних послуг» Підгайчиківської сільської ради</div>
  <nav><ul><li><a href="/">Головна</a></li><li><a href="/pro-nas">Про нас</a></li><li><a href="/posluhy">Послуги</a></li>
  <li><a href="/zvity">Звіти</a></li><li><a href="/kontakty">Контакти</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/posluhy">Послуги</a> / Каталог</div>
<main>
  <article>
    <h1>Каталог соціальних послуг</h1>
    <p class="updated">Оновлено 03.11.2025</p>
    <p>Комунальна установа «Центр надання соціальних послуг» Підгайчиківської сільської ради надає мешканцям
    громади 9 соціальних послуг. Послуги надаються за заявою отримувача або його законного представника після
    оцінки потреб; тарифи на платні послуги затверджено рішенням виконавчого комітету від 28.02.2025 № 41.</p>
    <p>У 2025 році (станом на 01.11.2025) послугами Центру скористалися 541 особа, з них 96 – внутрішньо
    переміщені особи (17,7 %). Загалом надано 13 491 соціальну послугу. У Центрі працює 29 працівників. Скарг на
    якість послуг цього року не надходило.</p>
    <div class="catalogue">
{''.join(card(c) for c in CARDS)}    </div>
    <p>Звернутися можна особисто (с. Підгайчики, вул. Шевченка, 21, каб. 2), за телефоном (03433) 0-62-18 або
    електронною поштою cnsp.pidhaichyky@example.ua. Прийом: понеділок–п'ятниця, 8:00–17:00.</p>
  </article>
</main>
<aside class="sidebar">
  <h4>Корисні телефони</h4>
  <p>Гаряча лінія Нацсоцслужби: 1545<br>Телефон довіри: 116 111</p>
  <h4>Ми в цифрах</h4>
  <p>3 відділення, 12 сіл, 29 працівників</p>
</aside>
<footer>© 2025 КУ «ЦНСП» Підгайчиківської сільської ради · 78254, Івано-Франківська обл., Коломийський р-н,
с. Підгайчики, вул. Шевченка, 21 · ЄДРПОУ 44590372</footer>
</body>
</html>
"""

write_text(report_path(DOC), HTML)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Підгайчиківської сільської ради",
    "centre_type": "cnsp", "settlement": "Підгайчики", "oblast": "Івано-Франківська",
    "report_kind": "other", "period_start": "2025-01-01", "period_end": "2025-10-31",
    "published": "2025-11-03",
}, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Підгайчиківської сільської ради",
                        "КУ «Центр надання соціальних послуг» Підгайчиківської сільської ради"],
             "settlement": ["Підгайчиківська сільська громада"],
             "report_kind": ["period_report"],
             "period_end": ["2025-11-01", "2025-12-31"]})
F = g.f
n = lambda i: int(i[1:])
tot = F("served", "persons", 541, "послугами Центру скористалися 541 особа")
idp = F("served", "persons", 96, "з них 96 – внутрішньо переміщені особи (17,7 %)", percent=17.7,
        category="внутрішньо переміщені особи", parent=tot)
sp = F("services_provided", "services", 13491, "Загалом надано 13 491 соціальну послугу")
F("staff_actual", "staff", 29, "У Центрі працює 29 працівників")
F("complaints", "complaints", 0, "Скарг на якість послуг цього року не надходило.")

parts = []
extra = {}
for c in CARDS:
    sid, name, code, who, price, rec, srv = c
    rq = f"Отримувачів у 2025 році: {rec}"
    sq = f"Надано послуг: {srv}"
    if sid == "social_support_sjo":
        r = F("served", "families", 14, rq, service=sid, alt=["support_ongoing"])
        F("served", "children", 31, rq, service=sid, alt=["support_ongoing"], parent=r)
    elif sid == "home_care":
        r = F("served", "persons", 67, rq, service=sid)
        extra["paid"] = F("served", "persons", 9, rq, service=sid, label="на платній основі", parent=r)
        extra["hc"] = r
    elif sid == "natural_aid":
        r = F("served", "persons", 118, rq, service=sid)
        extra["na_idp"] = F("served", "persons", 74, rq, service=sid, percent=67.2,
                            category="внутрішньо переміщені особи", parent=r)
        extra["na"] = r
    else:
        num = int(rec.split()[0])
        r = F("served", "persons", num, rq, service=sid)
    sv = int(srv.split()[0])
    parts.append(F("services_provided", "services", sv, sq, service=sid, group="services_13491_by_service", parent=sp,
                   note="«71 поїздка»: the card's «Надано послуг» for social taxi" if sid == "social_taxi" else None))

g.slip("percent_mismatch", "error", "118 осіб, з них 74 – внутрішньо переміщені особи (67,2 %)", 67.2, 62.7,
       [extra["na_idp"], extra["na"]],
       "74 of the 118 natural-aid recipients is 62,71 % → 62,7 %, not 67,2 % (transposed digits)",
       f"pct_ok(p{n(extra['na_idp'])}, f{n(extra['na_idp'])}, f{n(extra['na'])}, 1)")
g.check("parts_sum", "Загалом надано 13 491 соціальну послугу",
        "the cards' «Надано послуг» sum to the intro's total: 341 + 412 + 368 + 44 + 9284 + 2716 + 236 + 71 + 19 = 13 491",
        " + ".join(f"f{n(i)}" for i in parts) + f" == f{n(sp)}")
g.check("percent_mismatch", "з них 96 – внутрішньо", "96 / 541 = 17,74 % → 17,7",
        f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(tot)}, 1)")
g.check("parts_sum", "Отримувачів у 2025 році: 67 осіб, з них на платній основі – 9", "9 ≤ 67",
        f"f{n(extra['paid'])} <= f{n(extra['hc'])}")

g.skip("Оновлено 03.11.2025", [3, 11, 2025], "update date")
g.skip("громади 9 соціальних послуг", [9], "number of services offered")
g.skip("рішенням виконавчого комітету від 28.02.2025 № 41", [28, 2, 2025, 41], "decision date and number")
g.skip("У 2025 році (станом на 01.11.2025)", [2025, 1, 11, 2025], "year and date")
g.skip("Код за Класифікатором соціальних послуг: 001.0", ["001.0", "002.0", "010.1", "013.0", "015.1", "015.3",
                                                          "019.0", "004.0"], "classifier codes on the cards")
g.skip("для інших – 82,60 грн", [82.60], "tariff per hour")
g.skip("нижче двох прожиткових мінімумів", [2], "income threshold (in words)")
g.skip("віком від 18 років", [18], "age")
g.skip("Вартість: 8,00 грн за 1 км пробігу", [8.00, 1], "tariff per km")
g.skip("особи з інвалідністю I групи", [1], "disability group")
g.skip("Отримувачів у 2025 році:", [2025], "year in every card")
g.skip("(с. Підгайчики, вул. Шевченка, 21, каб. 2), за телефоном (03433) 0-62-18", [21, 2, 3433, 6218],
       "address, office, phone")
g.skip("Прийом: понеділок–п'ятниця, 8:00–17:00.", [8, 0, 17, 0], "office hours")

g.note("a catalogue page (not a report): report_kind other (meta_alt period_report); the figures are «у 2025 році "
       "(станом на 01.11.2025)» → period 2025-01-01..2025-10-31 (meta_alt 2025-11-01 and 2025-12-31)")
g.note("each card's «Отримувачів у 2025 році» is served with the card's service; «Надано послуг» is services_provided; "
       "the cards' services sum to the intro's 13 491 and hang on it (group). The cards' recipients are not summed "
       "(one person can use several services; 541 persons is a head count): no parent on the intro's 541")
g.note("social support card: «14 сімей (31 дитина)» → families and children (children hang on families)")
g.note("social taxi: «Надано послуг: 71 поїздка» is the card's services figure → services_provided 71, part of 13 491")
g.note("the header (centre name, menu), breadcrumbs, sidebar (hotline numbers 1545, 116 111, «3 відділення, 12 "
       "сіл, 29 працівників») and footer (postcode, address, ЄДРПОУ) are not printed by the reader; the intro's "
       "«29 працівників» is the fact")
g.note("planted slip: natural aid «74 – внутрішньо переміщені особи (67,2 %)» of 118 is 62,7 %")
g.write()
