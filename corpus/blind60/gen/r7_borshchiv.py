"""b60_07: ТЦСО Борщівської міської ради (Тернопільська), report for 2025 as a council-site page saved by a
browser as a single-file web archive (.mht, «Веб-архів, один файл»): multipart/related, the page as
quoted-printable UTF-8 HTML, then a CSS part (quoted-printable) and a PNG logo (base64). CRLF throughout.

`zvitparse read` prints this file's quoted-printable source undecoded, so the gold quotes are taken
from the text a browser shows (common.browser_text)."""
import base64
import quopri
import struct
import zlib
from email.charset import Charset, QP
from email.header import Header
from common import Gold, report_path

NAME = "b60_07_borshchiv_tcso_annual2025.mht"
URL = "https://borshchivska-gromada.gov.ua/news/1768556042/"
BOUNDARY = "----MultipartBoundary--Qm7Vt2Lx9RcHs4Wn0Jy6Pd3Ka8Eu1Bg5Zf----"

ARTICLE = """<h1 class=\"news-title\">Звіт про роботу Борщівського територіального центру соціального обслуговування (надання соціальних послуг) за 2025 рік</h1>
<div class=\"news-meta\"><span class=\"date\">16.01.2026 09:12</span> <span class=\"views\">Переглядів: 96</span></div>
<div class=\"news-body\">
<p>У 2025 році терцентром обслуговано 1 369 осіб (у 2024 році – 1 297), з них:</p>
<ul>
<li>відділенням соціальної допомоги вдома – 356 осіб;</li>
<li>відділенням денного перебування – 74 особи;</li>
<li>відділенням натуральної та грошової допомоги – 912 осіб;</li>
<li>службою «Соціальне таксі» – 27 осіб (42 поїздки).</li>
</ul>
<p>Отримувачі догляду вдома за категоріями: особи з інвалідністю – 142 (39,9 %), одинокі громадяни похилого віку – 168 (47,2 %), інші – 46 (12,9 %). На платній основі послугу отримували 57 осіб, безоплатно – 299. Надано 21 407 послуг догляду вдома. Вартість 1 години догляду – 71,20 грн (рішення виконавчого комітету від 21.12.2024 № 214).</p>
<p>У відділенні денного перебування проведено 96 заходів (гуртки, свята, лекції) з охопленням 1 150 учасників.</p>
<p>Видано 2 340 продуктових наборів і 410 ковдр; загальна вартість натуральної допомоги – 1,86 млн грн. Через пункт прокату 51 особа отримала 63 засоби реабілітації.</p>
<p>У листопаді 2025 року опитано 140 отримувачів: «повністю задоволені» – 78,6 %, «скоріше задоволені» – 17,1 %, «важко відповісти» – 2,9 %, «не задоволені» – 2,1 %. Скарг не зареєстровано.</p>
<p>Штатна чисельність – 61 посада, працює 57 працівників, з них 44 соціальні робітники. Кваліфікацію підвищили 12 працівників.</p>
<p>Видатки загального фонду склали 12 846,3 тис. грн при затверджених 13 020,0 тис. грн. Від платних послуг до спецфонду надійшло 214,7 тис. грн.</p>
<p><a href=\"/docs/zvit-tcso-2025.pdf\">Завантажити звіт (PDF, 412 КБ)</a></p>
</div>"""

HTML = """<!DOCTYPE html><html lang=\"uk\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Звіт про роботу терцентру за 2025 рік | Борщівська міська рада</title><link rel=\"stylesheet\" type=\"text/css\" href=\"cid:css-3f1c9a2e-77b0-4d15-9c4e-1a8e2f6b5d01@mhtml.blink\" /><script async src=\"https://www.googletagmanager.com/gtag/js?id=G-X1Y2Z3\"></script></head><body class=\"page-news\">
<header class=\"site-header\"><div class=\"container\"><a class=\"logo\" href=\"/\"><img src=\"https://borshchivska-gromada.gov.ua/img/gerb.png\" alt=\"Герб\" width=\"48\" height=\"60\"></a><div class=\"site-name\">Борщівська міська рада<br><small>Чортківський район, Тернопільська область</small></div><div class=\"hotline\">Гаряча лінія: (03541) 0-21-00</div></div></header>
<nav class=\"main-menu\"><ul><li><a href=\"/\">Головна</a></li><li><a href=\"/gromada/\">Громада</a></li><li><a href=\"/rada/\">Міська рада</a></li><li><a href=\"/docs/\">Документи</a></li><li class=\"active\"><a href=\"/news/\">Новини</a></li><li><a href=\"/contacts/\">Контакти</a></li></ul></nav>
<div class=\"breadcrumbs\"><a href=\"/\">Головна</a> › <a href=\"/news/\">Новини</a> › Соціальний захист</div>
<div class=\"container content-wrap\"><main class=\"content\"><article class=\"news\">
""" + ARTICLE + """
</article></main>
<aside class=\"sidebar\"><div class=\"widget\"><h3>Терцентр</h3><p>48702, м. Борщів, вул. Шевченка, 9<br>тел. (03541) 0-22-81<br>пн–пт 8:00–17:00</p></div><div class=\"widget\"><h3>Новини</h3><ul><li><a href=\"/news/1768470011/\">15.01.2026 Сесія міської ради</a></li><li><a href=\"/news/1768383602/\">14.01.2026 Графік відключень</a></li></ul></div></aside></div>
<footer class=\"site-footer\"><div class=\"container\">© 2017–2026 Борщівська міська рада. Код ЄДРПОУ 04058314. Усі права захищено.</div></footer>
</body></html>"""

CSS = """@charset "utf-8";

body { margin: 0px; font-family: "Open Sans", Arial, sans-serif; font-size: 15px; color: rgb(34, 34, 34); }
.site-header { background: rgb(0, 87, 183); color: rgb(255, 255, 255); padding: 10px 0px; }
.main-menu ul { list-style: none; margin: 0px; padding: 0px; display: flex; }
.main-menu li a { display: block; padding: 12px 16px; color: rgb(255, 255, 255); text-decoration: none; }
.breadcrumbs { font-size: 13px; color: rgb(119, 119, 119); margin: 12px 0px; }
.content-wrap { display: flex; gap: 24px; }
.content { flex: 3 1 0%; }
.sidebar { flex: 1 1 0%; border-left: 1px solid rgb(221, 221, 221); padding-left: 16px; }
.news-meta { color: rgb(136, 136, 136); font-size: 13px; }
.site-footer { background: rgb(51, 51, 51); color: rgb(204, 204, 204); padding: 20px 0px; margin-top: 40px; }
"""


def png(w=16, h=20):
    raw = b"".join(b"\x00" + bytes([0, 87, 183, 255, 213, 0]) * (w // 2) for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qp(text):
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return body.replace("\r\n", "\n").replace("\n", "\r\n")


def build(path):
    cs = Charset("utf-8")
    cs.header_encoding = QP
    subj = Header("Звіт про роботу терцентру за 2025 рік | Борщівська міська рада", cs).encode(maxlinelen=76)
    subj = subj.replace("=?utf-8?q?", "=?utf-8?Q?").replace("\n", "\r\n")
    b64 = base64.encodebytes(png()).decode("ascii").replace("\n", "\r\n")
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {URL}",
        f"Subject: {subj}",
        "Date: Tue, 20 Jan 2026 11:47:05 +0200",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{BOUNDARY}"',
        "",
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/html",
        "Content-ID: <frame-8C0E5B1D4F7A2C9E6B3D0A1F5E8C7B2D@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {URL}",
        "",
        qp(HTML),
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: cid:css-3f1c9a2e-77b0-4d15-9c4e-1a8e2f6b5d01@mhtml.blink",
        "",
        qp(CSS),
        "",
        f"--{BOUNDARY}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://borshchivska-gromada.gov.ua/img/gerb.png",
        "",
        b64,
        f"--{BOUNDARY}--",
        "",
    ]
    with open(path, "wb") as fh:
        fh.write("\r\n".join(parts).encode("ascii"))


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Борщівської міської ради",
        "centre_type": "tcso", "settlement": "Борщів", "oblast": "Тернопільська", "report_kind": "annual_report",
        "period_start": "2025-01-01", "period_end": "2025-12-31", "published": "2026-01-16"},
        meta_alt={"centre": ["Борщівський територіальний центр соціального обслуговування (надання соціальних послуг)",
                             "Борщівський територіальний центр соціального обслуговування"]})
    f = g.f
    tot = f("served", "persons", 1369, "У 2025 році терцентром обслуговано 1 369 осіб")
    grp = "served_1369_by_department"
    d1 = f("served", "persons", 356, "відділенням соціальної допомоги вдома – 356 осіб;", service="home_care",
           district="відділення соціальної допомоги вдома", group=grp, parent=tot)
    d2 = f("served", "persons", 74, "відділенням денного перебування – 74 особи;", service="day_care",
           district="відділення денного перебування", group=grp, parent=tot)
    d3 = f("served", "persons", 912, "відділенням натуральної та грошової допомоги – 912 осіб;", service="natural_aid",
           district="відділення натуральної та грошової допомоги", group=grp, parent=tot)
    d4 = f("served", "persons", 27, "службою «Соціальне таксі» – 27 осіб", service="social_taxi",
           district="служба «Соціальне таксі»", group=grp, parent=tot)
    c1 = f("served", "persons", 142, "особи з інвалідністю – 142 (39,9 %)", percent=39.9, service="home_care",
           category="особи з інвалідністю", group="home_care_356_by_category", parent=d1)
    c2 = f("served", "persons", 168, "одинокі громадяни похилого віку – 168 (47,2 %)", percent=47.2, service="home_care",
           category="одинокі громадяни похилого віку", group="home_care_356_by_category", parent=d1)
    c3 = f("served", "persons", 46, "інші – 46 (12,9 %)", percent=12.9, service="home_care", category="інші",
           group="home_care_356_by_category", parent=d1)
    pa = f("served", "persons", 57, "На платній основі послугу отримували 57 осіб", service="home_care",
           label="на платній основі", group="home_care_356_by_payment", parent=d1)
    fr = f("served", "persons", 299, "безоплатно – 299", service="home_care", label="безоплатно",
           group="home_care_356_by_payment", parent=d1)
    sp = f("services_provided", "services", 21407, "Надано 21 407 послуг догляду вдома", service="home_care")
    ev = f("events", "events", 96, "проведено 96 заходів")
    ep = f("event_participants", "persons", 1150, "з охопленням 1 150 учасників", parent=ev)
    av = f("aid_value", "uah", 1860000, "загальна вартість натуральної допомоги – 1,86 млн грн", service="natural_aid")
    sr = f("survey_respondents", "recipients", 140, "опитано 140 отримувачів", unit_alt="persons")
    s1 = f("satisfaction", "percent", 78.6, "«повністю задоволені» – 78,6 %", label="повністю задоволені", alt=["share"])
    s2 = f("share", "percent", 17.1, "«скоріше задоволені» – 17,1 %", label="скоріше задоволені", alt=["satisfaction"])
    s3 = f("share", "percent", 2.9, "«важко відповісти» – 2,9 %", label="важко відповісти")
    s4 = f("share", "percent", 2.1, "«не задоволені» – 2,1 %", label="не задоволені")
    cp = f("complaints", "complaints", 0, "Скарг не зареєстровано.")
    pos = f("staff_positions", "positions", 61, "Штатна чисельність – 61 посада")
    act = f("staff_actual", "staff", 57, "працює 57 працівників")
    sw = f("staff_actual", "staff", 44, "з них 44 соціальні робітники", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 12, "Кваліфікацію підвищили 12 працівників")
    bs = f("budget_spent", "uah", 12846300, "Видатки загального фонду склали 12 846,3 тис. грн", label="загальний фонд")
    ba = f("budget_approved", "uah", 13020000, "при затверджених 13 020,0 тис. грн", label="загальний фонд")
    br = f("budget_received", "uah", 214700, "Від платних послуг до спецфонду надійшло 214,7 тис. грн",
           label="спеціальний фонд, платні послуги")

    g.slip("percents_sum", "error",
           "«повністю задоволені» – 78,6 %, «скоріше задоволені» – 17,1 %, «важко відповісти» – 2,9 %, «не задоволені» – 2,1 %",
           100.7, 100, [s1, s2, s3, s4],
           "the four answers partition the 140 respondents but sum to 100,7 %; each alone is reachable with 140 (110, 24, 4, 3 of 140), but 110 + 24 + 4 + 3 = 141 > 140",
           f"psum_ok([{s1}, {s2}, {s3}, {s4}], 1)")
    g.check("percent_impossible", "опитано 140 отримувачів", "each survey share is reachable with 140",
            " and ".join(f"grim_ok({s}, {sr}, 1)" for s in (s1, s2, s3, s4)))
    g.check("parts_sum", "У 2025 році терцентром обслуговано 1 369 осіб", "356 + 74 + 912 + 27 = 1 369",
            f"{d1} + {d2} + {d3} + {d4} == {tot}")
    g.check("parts_sum", "Отримувачі догляду вдома за категоріями", "142 + 168 + 46 = 356 («інші» closes the partition)",
            f"{c1} + {c2} + {c3} == {d1}")
    for c, n in ((c1, "142/356 = 39,89 → 39,9"), (c2, "168/356 = 47,19 → 47,2"), (c3, "46/356 = 12,92 → 12,9")):
        g.check("percent_mismatch", g._by_id[c]["quote"], n, f"pct_ok(p{c[1:]}, {c}, {d1}, 1)")
    g.check("percents_sum", "особи з інвалідністю – 142 (39,9 %)", "39,9 + 47,2 + 12,9 = 100,0",
            f"psum_ok([p{c1[1:]}, p{c2[1:]}, p{c3[1:]}], 1)")
    g.check("parts_sum", "На платній основі послугу отримували 57 осіб, безоплатно – 299", "57 + 299 = 356",
            f"{pa} + {fr} == {d1}")
    g.check("parts_sum", "працює 57 працівників, з них 44 соціальні робітники", "44 ≤ 57 ≤ 61; 12 trained ≤ 57",
            f"{sw} <= {act} <= {pos} and {tr} <= {act}")
    g.check("table_arithmetic", "Видатки загального фонду склали 12 846,3 тис. грн при затверджених 13 020,0 тис. грн",
            "spent ≤ approved (the 173,7 тис. грн difference is not written)", f"{bs} <= {ba}")

    g.skip("Гаряча лінія: (03541) 0-21-00", [3541, 2100], "phone in the site header")
    g.skip("16.01.2026 09:12", [16, 1, 2026, 9, 12], "publication date and time")
    g.skip("Переглядів: 96", [96], "view counter (the same number as the events: a trap)")
    g.skip("(у 2024 році – 1 297)", [2024, 1297], "prior-year figure")
    g.skip("(42 поїздки)", [42], "trips (no §3 id)")
    g.skip("Вартість 1 години догляду – 71,20 грн (рішення виконавчого комітету від 21.12.2024 № 214)",
           [1, 71.2, 21, 12, 2024, 214], "tariff, decision date and number")
    g.skip("Видано 2 340 продуктових наборів і 410 ковдр", [2340, 410], "items handed out")
    g.skip("Через пункт прокату 51 особа отримала 63 засоби реабілітації.", [51, 63],
           "rental point for rehabilitation aids (no §3 id) and items")
    g.skip("У листопаді 2025 року", [2025], "survey month")
    g.skip("Завантажити звіт (PDF, 412 КБ)", [412], "file size")
    g.skip("48702, м. Борщів, вул. Шевченка, 9", [48702, 9], "postcode and address (sidebar)")
    g.skip("тел. (03541) 0-22-81", [3541, 2281], "phone (sidebar)")
    g.skip("пн–пт 8:00–17:00", [8, 0, 17, 0], "office hours")
    g.skip("15.01.2026 Сесія міської ради", [15, 1, 2026], "sidebar news date")
    g.skip("14.01.2026 Графік відключень", [14, 1, 2026], "sidebar news date")
    g.skip("© 2017–2026 Борщівська міська рада. Код ЄДРПОУ 04058314.", [2017, 2026, 4058314], "footer years and ЄДРПОУ")
    g.note("the file is an MHTML web archive; `zvitparse read` prints its quoted-printable source undecoded, so quotes are verbatim substrings of the browser-visible text (common.browser_text: MIME-decoded HTML, tags dropped, blocks on their own lines, table cells tab-separated)")
    g.note("the department list «з них» sums exactly to 1 369, so it carries a group; the payment split (57 + 299) and the categories (142 + 168 + 46) are two partitions of the 356")
    g.note("survey: «повністю задоволені» → satisfaction (alt share); the other answers → share")
    g.note("1,86 млн грн → 1 860 000")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
