"""b49_08: ТЦСО Солонянської селищної ради (Дніпропетровська), «Підсумки 2023 року» on a page made
with the Tilda site builder (exported HTML). Less common style: every heading, figure and caption in
its own nested block <div> (t-rec > t-container > t-col > t-name / t-descr / t-title / t-text), rows
of three figures side by side (T488-like number blocks), a prose text block whose paragraphs are
separated by <br /><br />, a tile gallery whose captions hold years and dates, a «Завантажити звіт
(PDF, 1,2 МБ)» button, a T228 menu and a T389 footer. UTF-8.

An Elementor version was tried first: `zvitparse read` printed «no text found in this HTML file» for it
(see README, departures), so no gold could be quoted from it."""
from common import Gold, write_text, report_path, read_text

DOC = "b49_08_solone_tcso_annual2023.html"


REC = [612340001]


def rec(inner, rtype, cls="t-rec_pt_30 t-rec_pb_30"):
    REC[0] += 7
    return f"""
<div id="rec{REC[0]}" class="r t-rec {cls}" style=" " data-animationappear="off" data-record-type="{rtype}">
<!-- T{rtype} -->
{inner}
</div>"""


def numbers(items, blk):
    cols = "".join(f"""
  <div class="t-col t-col_4 {blk}__col t-align_center">
   <div class="{blk}__wrapper">
    <div class="{blk}__number t-name t-name_xxl" field="li_title__{i}" style="color:#1a5fa8;">{num}</div>
    <div class="{blk}__descr t-descr t-descr_xs" field="li_descr__{i}">{title}</div>
   </div>
  </div>""" for i, (num, title) in enumerate(items, 1))
    return f"""<div class="{blk}"><div class="t-section__container t-container">{cols}
</div></div>"""


def title_block(title, descr=""):
    d = f'<div class="t050__descr t-descr t-descr_xl" field="descr">{descr}</div>' if descr else ""
    return f"""<div class="t050"><div class="t-container t-align_center"><div class="t-col t-col_10 t-prefix_1">
 <div class="t050__title t-title t-title_xl" field="title">{title}</div>{d}
</div></div></div>"""


def text_block(paras):
    body = "<br /><br />".join(paras)
    return f"""<div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2">
 <div field="text" class="t-text t-text_md ">{body}</div>
</div></div></div>"""


def gallery(items):
    tiles = "".join(f"""
  <div class="t603__tile t603__tile_33" itemscope itemtype="http://schema.org/ImageObject">
   <div class="t603__blockimg t603__blockimg_4-3 t-bgimg" data-original="https://static.tildacdn.com/tild3361-{i}/{f}" style="background:url('https://thb.tildacdn.com/tild3361-{i}/-/resizeb/20x/{f}') center center no-repeat; background-size:cover;"></div>
   <div class="t603__textwrapper"><div class="t603__descr t-descr t-descr_xxs" itemprop="caption">{c}</div></div>
   <meta itemprop="image" content="https://static.tildacdn.com/tild3361-{i}/{f}">
  </div>""" for i, (f, c) in enumerate(items, 1))
    return f"""<div class="t603"><div class="t603__container t-container_100">{tiles}
</div></div>"""


BUTTON = """<div class="t142"><div class="t-container_100"><div class="t142__wrapone"><div class="t142__wraptwo">
 <a href="https://static.tildacdn.com/tild6631-3865/zvit_2023.pdf" target="_blank" class="t142__submit t142__submit_size_md" style="color:#ffffff;background-color:#1a5fa8;border-radius:30px;">
  <div class="t142__icon"><svg role="presentation" width="20" height="20" viewBox="0 0 20 20"><path d="M10 2v12m0 0l-5-5m5 5l5-5M3 18h14" stroke="#fff" fill="none"/></svg></div>
  <div class="t142__text">Завантажити звіт (PDF, 1,2 МБ)</div>
 </a>
</div></div></div></div>"""

MENU = """<div id="nav612340001marker"></div><div id="nav612340001" class="t228 t228__positionstatic" style="background-color:#fff;height:80px;" data-bgcolor-hex="#ffffff">
 <div class="t228__maincontainer" style="height:80px;">
  <div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><img class="t228__imglogo" src="https://static.tildacdn.com/tild3831-6466/logo_tcso.png" imgfield="img" style="max-width:150px;" alt="ТЦСО Солоне"></a></div></div>
  <div class="t228__centerside"><nav class="t228__centercontainer"><ul role="list" class="t228__list t-menu__list">
   <li class="t228__list_item"><a class="t-menu__link-item" href="/">Головна</a></li>
   <li class="t228__list_item"><a class="t-menu__link-item" href="/about">Про нас</a></li>
   <li class="t228__list_item"><a class="t-menu__link-item" href="/services">Послуги</a></li>
   <li class="t228__list_item"><a class="t-menu__link-item" href="/reports">Звіти 2021–2024</a></li>
   <li class="t228__list_item"><a class="t-menu__link-item" href="/contacts">Контакти</a></li>
  </ul></nav></div>
  <div class="t228__rightside"><div class="t228__rightcontainer"><div class="t228__right_descr"><a href="tel:+380566903126">+38 (05669) 0-31-26</a></div></div></div>
 </div>
</div>"""

FOOTER = """<div class="t389" id="footer_612340999"><div class="t389__maincontainer" style="height:120px;">
 <div class="t389__content"><div class="t389__col t389__typo">Територіальний центр соціального обслуговування (надання соціальних послуг) Солонянської селищної ради<br />52400, Дніпропетровська обл., смт Солоне, вул. Усенка, 7<br />Пн–Пт 8:00–17:00</div>
 <div class="t389__col t389__scroll"><a class="t389__typo" href="javascript:t389_scrollToTop();">Нагору ↑</a></div></div>
 <div class="t389__bottom t389__typo">© 2024 ТЦСО Солоне. Made on Tilda</div>
</div></div>"""

PROSE = [
    "У 2023 році територіальний центр обслужив 1 248 осіб: відділення соціальної допомоги вдома – 402 особи, "
    "відділення денного перебування – 176 осіб, відділення організації надання адресної натуральної та "
    "грошової допомоги – 670 осіб. Протягом року взято на обслуговування 312 осіб, знято з обслуговування 287 "
    "(з них 131 – у зв'язку зі смертю).",
    "Порівняно з 2022 роком кількість отримувачів зросла на 9 %, насамперед за рахунок внутрішньо "
    "переміщених осіб, яких серед отримувачів 214.",
    "Загалом надано 67 842 соціальні послуги. Послугою «соціальне таксі» скористалися 58 осіб. Вартість "
    "однієї години догляду вдома для платних отримувачів – 89,40 грн; за платні послуги до спеціального фонду "
    "надійшло 184,3 тис. грн.",
    "Завдяки партнерам – благодійним фондам та міжнародним організаціям – розподілено 2 140 продуктових і "
    "гігієнічних наборів на суму понад 1,9 млн грн. У відділенні денного перебування проведено 46 "
    "культурно-масових заходів, у яких взяли участь 1 015 осіб.",
    "Штатним розписом передбачено 41 посаду, працює 38 осіб, з них 29 соціальних робітників. Опитування, "
    "проведене у листопаді 2023 року серед 120 отримувачів, показало, що якістю послуг задоволені 96,7 % "
    "опитаних. Скарг на роботу працівників не надходило.",
]

GALLERY = [
    ("den_pohyloho_viku.jpg", "Свято до Дня людей похилого віку, 01.10.2023"),
    ("punkt_nezlamnosti.jpg", "Пункт незламності у відділенні денного перебування, зима 2022–2023"),
    ("petrykivka.jpg", "Майстер-клас «Петриківський розпис», травень 2023"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<!--metatextblock--><title>Підсумки 2023 року</title><meta property="og:title" content="Підсумки 2023 року" /><!--/metatextblock-->
<meta name="format-detection" content="telephone=no" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" />
<link rel="stylesheet" href="/tilda-blocks-page31234567.min.css?t=1708331822" type="text/css" media="all" />
<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer></script>
</head>
<body class="t-body" style="margin:0;">
<!--allrecords-->
<div id="allrecords" data-tilda-export="yes" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="5512345" data-tilda-page-id="31234567" data-tilda-page-alias="pidsumky-2023" data-tilda-formskey="0f1e2d3c4b5a69788796a5b4c3d2e1f0" data-tilda-lazy="yes">
{body}
</div>
<!--/allrecords-->
<script type="text/javascript">window.dataLayer = window.dataLayer || [];</script>
</body>
</html>
"""


def build(path):
    body = ""
    body += rec(MENU, 257, "")
    body += rec(title_block("Підсумки 2023 року", "Опубліковано 19.02.2024"), 60, "t-rec_pt_75 t-rec_pb_15")
    body += rec(text_block(["Територіальний центр соціального обслуговування (надання соціальних послуг) "
                            "Солонянської селищної ради Дніпропетровської області підбиває підсумки року."]), 106)
    body += rec(numbers([("1 284", "отримувачів соціальних послуг"), ("67 842", "наданих послуг"),
                         ("312", "нових отримувачів")], "t488"), 488)
    body += rec(title_block("Наші відділення"), 60)
    body += rec(numbers([("402", "догляд вдома"), ("176", "денне перебування"),
                         ("670", "натуральна та грошова допомога")], "t488"), 488)
    body += rec(numbers([("29", "соціальних робітників"), ("14", "населених пунктів обслуговування"),
                         ("20+", "років працюємо для громади")], "t488"), 488)
    body += rec(title_block("Коротко про рік"), 60)
    body += rec(text_block(PROSE), 106)
    body += rec(title_block("Фотогалерея"), 60)
    body += rec(gallery(GALLERY), 603, "t-rec_pt_0 t-rec_pb_0")
    body += rec(BUTTON, 142)
    body += rec(FOOTER, 389, "t-rec_pt_0 t-rec_pb_0")
    write_text(path, PAGE.replace("{body}", body))


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Солонянської селищної ради",
        "centre_type": "tcso", "settlement": "Солоне", "oblast": "Дніпропетровська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-02-19",
    }, meta_alt={"centre": ["ТЦСО Солонянської селищної ради",
                            "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                            "Солонянської селищної ради Дніпропетровської області"]})

    def v(x):
        return "f" + x[1:]

    def cq(num, title):
        for sep in ("\n", " ", "\t", "\n\n"):
            q = f"{num}{sep}{title}"
            if q in text:
                return q
        raise SystemExit(f"counter not found: {num} {title}")

    c_srv = g.f("served", "recipients", 1284, cq("1 284", "отримувачів соціальних послуг"), unit_alt="persons",
                label="лічильник")
    c_sp = g.f("services_provided", "services", 67842, cq("67 842", "наданих послуг"), label="лічильник")
    c_new = g.f("served", "recipients", 312, cq("312", "нових отримувачів"), alt=["registered_new"],
                unit_alt="persons", label="нові отримувачі (лічильник)")
    c_hc = g.f("served", "persons", 402, cq("402", "догляд вдома"), service="home_care",
               district="відділення соціальної допомоги вдома", unit_alt="recipients", label="лічильник")
    c_dc = g.f("served", "persons", 176, cq("176", "денне перебування"), service="day_care",
               district="відділення денного перебування", unit_alt="recipients", label="лічильник")
    c_na = g.f("served", "persons", 670, cq("670", "натуральна та грошова допомога"),
               district="відділення організації надання адресної натуральної та грошової допомоги",
               unit_alt="recipients", label="лічильник")
    c_sw = g.f("staff_actual", "staff", 29, cq("29", "соціальних робітників"), label="соціальні робітники (лічильник)")

    p_srv = g.f("served", "persons", 1248, "У 2023 році територіальний центр обслужив 1 248 осіб")
    p_hc = g.f("served", "persons", 402, "відділення соціальної допомоги вдома – 402 особи", service="home_care",
               district="відділення соціальної допомоги вдома", group="served_1248_by_department", parent=p_srv)
    p_dc = g.f("served", "persons", 176, "відділення денного перебування – 176 осіб", service="day_care",
               district="відділення денного перебування", group="served_1248_by_department", parent=p_srv)
    p_na = g.f("served", "persons", 670, "грошової допомоги – 670 осіб",
               district="відділення організації надання адресної натуральної та грошової допомоги",
               group="served_1248_by_department", parent=p_srv)
    p_new = g.f("served", "persons", 312, "взято на обслуговування 312 осіб", alt=["registered_new", "support_started"],
                label="взято на обслуговування")
    p_out = g.f("deregistered", "persons", 287, "знято з обслуговування 287")
    p_die = g.f("deregistered", "persons", 131, "з них 131 – у зв'язку зі смертю", label="у зв'язку зі смертю",
                alt=["outcome_other"], parent=p_out)
    p_vpo = g.f("served", "persons", 214, "внутрішньо переміщених осіб, яких серед отримувачів 214",
                category="внутрішньо переміщені особи", parent=p_srv)
    p_sp = g.f("services_provided", "services", 67842, "Загалом надано 67 842 соціальні послуги")
    p_tx = g.f("served", "persons", 58, "Послугою «соціальне таксі» скористалися 58 осіб", service="social_taxi")
    p_rec = g.f("budget_received", "uah", 184300, "до спеціального фонду надійшло 184,3 тис. грн",
                label="спеціальний фонд, платні послуги")
    p_aid = g.f("aid_value", "uah", 1900000, "на суму понад 1,9 млн грн",
                label="продуктові і гігієнічні набори від партнерів")
    p_ev = g.f("events", "events", 46, "проведено 46 культурно-масових заходів", label="культурно-масові заходи")
    p_evp = g.f("event_participants", "persons", 1015, "у яких взяли участь 1 015 осіб", parent=p_ev)
    p_pos = g.f("staff_positions", "positions", 41, "Штатним розписом передбачено 41 посаду")
    p_act = g.f("staff_actual", "staff", 38, "працює 38 осіб")
    p_sw = g.f("staff_actual", "staff", 29, "з них 29 соціальних робітників", label="соціальні робітники", parent=p_act)
    p_sv = g.f("survey_respondents", "recipients", 120, "серед 120 отримувачів", unit_alt="persons")
    p_sat = g.f("satisfaction", "percent", 96.7, "якістю послуг задоволені 96,7 % опитаних", alt=["share"])
    p_cmp = g.f("complaints", "complaints", 0, "Скарг на роботу працівників не надходило")

    g.slip("internal_conflict", "error", cq("1 284", "отримувачів соціальних послуг"), 1284, 1248, [c_srv, p_srv],
           "the first counter says 1 284 recipients, the text widget says the centre served 1 248 persons in 2023; "
           "the three departments (402 + 176 + 670, given both as counters and in the text) add up to 1 248, so the "
           "counter has two digits swapped. The counter is «отримувачів» (unit recipients, alt persons), the text «осіб»: "
           "the same figure of the same year.", f"{v(c_srv)} == {v(p_srv)}")

    g.check("parts_sum", "У 2023 році територіальний центр обслужив 1 248 осіб", "402 + 176 + 670 = 1 248",
            f"{v(p_hc)} + {v(p_dc)} + {v(p_na)} == {v(p_srv)}")
    g.check("internal_conflict", cq("402", "догляд вдома"),
            "department counters = department figures of the text (402, 176, 670); services 67 842 and new 312 "
            "agree; social workers 29 agree",
            f"{v(c_hc)} == {v(p_hc)} and {v(c_dc)} == {v(p_dc)} and {v(c_na)} == {v(p_na)} and {v(c_sp)} == {v(p_sp)}"
            f" and {v(c_new)} == {v(p_new)} and {v(c_sw)} == {v(p_sw)}")
    g.check("parts_sum", "знято з обслуговування 287", "131 ≤ 287; 214 IDPs ≤ 1 248", f"{v(p_die)} <= {v(p_out)} and {v(p_vpo)} <= {v(p_srv)}")
    g.check("percent_impossible", "якістю послуг задоволені 96,7 %", "116 of 120 = 96,67 % → 96,7",
            f"grim_ok({v(p_sat)}, {v(p_sv)}, 1)")
    g.check("parts_sum", "з них 29 соціальних робітників", "29 ≤ 38 ≤ 41", f"{v(p_sw)} <= {v(p_act)} <= {v(p_pos)}")

    g.skip("Підсумки 2023 року", [2023], "page title")
    g.skip("Опубліковано 19.02.2024", [19, 2, 2024], "publication date")
    g.skip(cq("14", "населених пунктів обслуговування"), [14], "settlement count (counter)")
    g.skip(cq("20+", "років працюємо для громади"), [20], "years of work (figure block «20+»)")
    g.skip("Вартість однієї години догляду вдома для платних отримувачів – 89,40 грн", [1, 89.4], "tariff")
    g.skip("розподілено 2 140 продуктових і гігієнічних наборів", [2140], "items handed out")
    g.skip("Порівняно з 2022 роком кількість отримувачів зросла на 9 %", [2022, 9], "change against 2022")
    g.skip("у листопаді 2023 року", [2023], "survey month")
    g.skip("Свято до Дня людей похилого віку, 01.10.2023", [1, 10, 2023], "gallery caption date")
    g.skip("зима 2022–2023", [2022, 2023], "gallery caption years")
    g.skip("травень 2023", [2023], "gallery caption month")

    g.note("a Tilda page: the number blocks and the text block give the same figures twice "
           "→ two facts each, the number blocks labelled «лічильник»")
    g.note("counter titles «отримувачів соціальних послуг», «нових отримувачів» → unit recipients (alt persons); the department "
           "counters «догляд вдома», «денне перебування», «натуральна та грошова допомога» → served persons by department")
    g.note("«понад 1,9 млн грн» → aid_value 1 900 000")
    g.note("the menu («Звіти 2021–2024»), the header phone, the download button «Завантажити звіт (PDF, 1,2 МБ)» and the "
           "footer (postcode, address, hours, © 2024) do not come out in the read text, so they are neither facts nor skips")
    g.note("«20+ років працюємо для громади» is skipped; oblast from the intro text («Дніпропетровської області»)")
    g.write()


if __name__ == "__main__":
    main()
