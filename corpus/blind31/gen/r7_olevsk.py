"""b31_07: «Картка надавача соціальних послуг» of the ТЦСО (надання соціальних послуг) Олевської міської ради
(Житомирська) on an open-data catalogue page, figures for 2024. LESS COMMON STYLE: the figures are
key–value pairs in a <dl> and in two-column div rows, not a table or prose. UTF-8 HTML with portal
header, menu, breadcrumbs and footer.
Planted slip: parts_sum (recipients by service 214 + 36 + 27 + 602 + 48 + 271 = 1 198; total says 1 208)."""
from common import Gold, report_path, write_text, read_text

DOC = "b31_07_olevsk_tcso_card2024.html"
CENTRE = ("Територіальний центр соціального обслуговування (надання соціальних послуг) Олевської міської ради")

GENERAL = [
    ("Повне найменування", CENTRE),
    ("Скорочене найменування", "ТЦСО Олевської МР"),
    ("Код ЄДРПОУ", "26371045"),
    ("Тип надавача", "комунальний заклад (установа)"),
    ("Область", "Житомирська"),
    ("Громада", "Олевська міська територіальна громада"),
    ("Юридична адреса", "11001, м. Олевськ, вул. Володимирська, 31"),
    ("Телефон", "(04135) 0-24-18"),
    ("Електронна пошта", "tcso.olevsk@example.ua"),
    ("Номер запису в Реєстрі надавачів", "РН-18-0427"),
    ("Дата внесення до Реєстру", "12.03.2021"),
    ("Територія обслуговування", "47 населених пунктів"),
    ("Кількість структурних підрозділів", "5"),
    ("Кількість ліжко-місць у стаціонарному відділенні", "30"),
]
SERVICES_LIST = ["015.1 Догляд вдома", "015.3 Денний догляд", "015.2 Догляд стаціонарний",
                 "019.0 Натуральна допомога", "013.0 Соціальна адаптація", "002.0 Консультування",
                 "Соціальне таксі (місцева послуга)"]
INDICATORS = [
    ("Кількість осіб, які звернулися за соціальними послугами", "487"),
    ("Кількість осіб, взятих на обслуговування", "196"),
    ("Кількість осіб, знятих з обслуговування", "173"),
    ("Загальна кількість отримувачів соціальних послуг", "1 208"),
    ("з них внутрішньо переміщених осіб", "139"),
    ("з них осіб з інвалідністю", "388"),
    ("Кількість наданих соціальних послуг", "61 532"),
]
BY_SERVICE = [
    ("Догляд вдома", "214", "home_care"),
    ("у т. ч. на платній основі", "46", None),
    ("Денний догляд", "36", "day_care"),
    ("Догляд стаціонарний", "27", "residential_care"),
    ("Натуральна допомога", "602", "natural_aid"),
    ("Соціальна адаптація", "48", "social_adaptation"),
    ("Консультування", "271", "counselling"),
]
STAFF = [
    ("Штатна чисельність, посад", "64,5"),
    ("Фактична чисельність працівників, осіб", "58"),
    ("з них соціальних робітників", "31"),
    ("Кількість працівників, які підвищили кваліфікацію", "12"),
    ("Тариф на послугу догляду вдома, грн/год", "71,20"),
]
QUALITY = [
    ("Кількість опитаних отримувачів", "112"),
    ("Рівень задоволеності отримувачів, %", "94,6"),
    ("Загальна оцінка якості (внутрішня оцінка за 2024 рік)", "добре"),
    ("Кількість скарг", "0"),
]
FINANCE = [
    ("Затверджено кошторисом (загальний фонд), тис. грн", "21 406,3"),
    ("Касові видатки (загальний фонд), тис. грн", "21 188,9"),
    ("Економія, тис. грн", "217,4"),
    ("Надходження від платних послуг (спеціальний фонд), тис. грн", "312,7"),
]

PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Картка надавача соціальних послуг — ТЦСО Олевської МР | Відкриті дані громади</title>
</head>
<body>
<header class="portal-header">
 <a class="brand" href="/">Відкриті дані Олевської громади</a>
 <span class="tagline">Портал наборів відкритих даних розпорядника — Олевська міська рада</span>
</header>
<nav class="portal-nav"><ul>
 <li><a href="/datasets">Набори даних</a></li><li><a href="/providers">Надавачі соціальних послуг</a></li>
 <li><a href="/api">API</a></li><li><a href="/about">Про портал</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Головна</a> / <a href="/providers">Надавачі соціальних послуг</a> / ТЦСО Олевської МР</div>
<main class="card-page">
<h1>Картка надавача соціальних послуг</h1>
<p class="card-updated">Дата оновлення картки: 20.01.2025 · Набір даних «Надавачі соціальних послуг громади» · Формат: HTML, CSV, JSON</p>
<section class="card-section">
<h2>1. Загальні відомості</h2>
<dl class="card-dl">
{general}
</dl>
</section>
<section class="card-section">
<h2>2. Соціальні послуги, що надаються</h2>
<ul class="services">
{services}
</ul>
</section>
<section class="card-section">
<h2>3. Показники діяльності за 2024 рік</h2>
{indicators}
<h3>Отримувачі за видами соціальних послуг (у тому числі)</h3>
{byservice}
</section>
<section class="card-section">
<h2>4. Кадрове забезпечення (станом на 31.12.2024)</h2>
{staff}
</section>
<section class="card-section">
<h2>5. Якість надання послуг</h2>
<dl class="card-dl">
{quality}
</dl>
</section>
<section class="card-section">
<h2>6. Фінансування за 2024 рік</h2>
<dl class="card-dl">
{finance}
</dl>
</section>
<p class="card-note">Дані внесено надавачем. Відповідальний за набір даних: відділ соціального захисту населення, тел. (04135) 0-21-07.</p>
</main>
<footer class="portal-footer">
 <p>Ліцензія: Creative Commons Attribution 4.0 International (CC BY 4.0)</p>
 <p>© 2019–2025 Олевська міська рада</p>
</footer>
</body>
</html>
"""


def dl(pairs):
    return "\n".join(f" <dt>{k}</dt><dd>{v}</dd>" for k, v in pairs)


def rows(pairs):
    return "\n".join(f'<div class="kv-row"><div class="kv-label">{k}:</div><div class="kv-value">{v}</div></div>'
                     for k, v in pairs)


def build(path):
    html = PAGE.format(general=dl(GENERAL),
                       services="\n".join(f" <li>{s}</li>" for s in SERVICES_LIST),
                       indicators=rows(INDICATORS),
                       byservice=rows([(k, v) for k, v, _ in BY_SERVICE]),
                       staff=rows(STAFF), quality=dl(QUALITY), finance=dl(FINANCE))
    write_text(path, html)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)

    def q(label, value):
        """The key–value pair as the reader prints it (label and value joined or on separate blocks)."""
        for sep in (": ", " ", ":\n\n", "\n\n"):
            s = label + sep + value
            if s in text:
                return s
        raise SystemExit(f"pair not found in read text: {label!r} {value!r}")

    g = Gold(DOC, {
        "centre": CENTRE,
        "centre_type": "tcso",
        "settlement": "Олевськ",
        "oblast": "Житомирська",
        "report_kind": "other",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "published": "2025-01-20",
    }, meta_alt={"report_kind": ["annual_report"]})
    f = g.f
    n = lambda x: x[1:]
    ind = dict(INDICATORS)
    app = f("applied", "persons", 487, q(*INDICATORS[0]))
    taken = f("served", "persons", 196, q(*INDICATORS[1]), label="взято на обслуговування",
              alt=["registered_new", "support_started"])
    dereg = f("deregistered", "persons", 173, q(*INDICATORS[2]))
    srv = f("served", "recipients", 1208, q(*INDICATORS[3]), unit_alt="persons")
    idp = f("served", "persons", 139, q(*INDICATORS[4]), category="внутрішньо переміщені особи", parent=srv)
    dis = f("served", "persons", 388, q(*INDICATORS[5]), category="особи з інвалідністю", parent=srv)
    sp = f("services_provided", "services", 61532, q(*INDICATORS[6]))
    parts = []
    hc = None
    for k, v, svc in BY_SERVICE:
        if svc is None:
            paid = f("served", "recipients", int(v), q(k, v), service="home_care", label="на платній основі",
                     parent=hc, unit_alt="persons")
            continue
        fid = f("served", "recipients", int(v.replace(" ", "")), q(k, v), service=svc,
                group="recipients_1208_by_service", parent=srv, unit_alt="persons")
        parts.append(fid)
        if svc == "home_care":
            hc = fid
    pos = f("staff_positions", "positions", 64.5, q(*STAFF[0]))
    act = f("staff_actual", "staff", 58, q(*STAFF[1]))
    sw = f("staff_actual", "staff", 31, q(*STAFF[2]), label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 12, q(*STAFF[3]))
    resp = f("survey_respondents", "recipients", 112, q(*QUALITY[0]), unit_alt="persons")
    sat = f("satisfaction", "percent", 94.6, q(*QUALITY[1]))
    rat = f("rating", "rating", "good", q(*QUALITY[2]), criterion="overall")
    comp = f("complaints", "complaints", 0, q(*QUALITY[3]))
    appr = f("budget_approved", "uah", 21406300, q(*FINANCE[0]), label="загальний фонд")
    spent = f("budget_spent", "uah", 21188900, q(*FINANCE[1]), label="загальний фонд")
    sav = f("budget_savings", "uah", 217400, q(*FINANCE[2]), label="загальний фонд")
    rec = f("budget_received", "uah", 312700, q(*FINANCE[3]), label="спеціальний фонд, платні послуги")

    g.check("parts_sum", q(*INDICATORS[4]), "139 ВПО and 388 with disability ≤ 1 208 (overlapping categories)",
            f"f{n(idp)} <= f{n(srv)} and f{n(dis)} <= f{n(srv)}")
    g.check("parts_sum", q(*BY_SERVICE[1][:2]), "46 paid ≤ 214 home care", f"f{n(paid)} <= f{n(hc)}")
    g.check("parts_sum", q(*STAFF[2]), "31 ≤ 58 ≤ 64,5; 12 trained ≤ 58",
            f"f{n(sw)} <= f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")
    g.check("percent_impossible", q(*QUALITY[1]), "106/112 = 94,64 → 94,6: reachable",
            f"grim_ok(f{n(sat)}, f{n(resp)}, 1)")
    g.check("table_arithmetic", q(*FINANCE[2]), "економія = затверджено − видатки: 21 406,3 − 21 188,9 = 217,4",
            f"f{n(appr)} - f{n(spent)} == f{n(sav)}")
    g.slip("parts_sum", "error", "Отримувачі за видами соціальних послуг (у тому числі)", 1198, 1208,
           parts + [srv],
           "the section «Отримувачі за видами соціальних послуг (у тому числі)» lists 214 + 36 + 27 + 602 + 48 + 271 "
           "= 1 198 recipients (the «у т. ч. на платній основі» line is a part of home care and not added), "
           "10 short of the «Загальна кількість отримувачів» 1 208.",
           " + ".join(f"f{n(x)}" for x in parts) + f" == f{n(srv)}")

    g.skip("Дата оновлення картки: 20.01.2025", [20, 1, 2025], "update date (published)")
    for k, v in GENERAL[2:]:
        if any(ch.isdigit() for ch in v):
            g.skip(q(k, v), [v], {"Код ЄДРПОУ": "ЄДРПОУ", "Юридична адреса": "postcode, address",
                                  "Телефон": "phone", "Номер запису в Реєстрі надавачів": "register entry number",
                                  "Дата внесення до Реєстру": "date",
                                  "Територія обслуговування": "settlement count",
                                  "Кількість структурних підрозділів": "count of units: no §3 id",
                                  "Кількість ліжко-місць у стаціонарному відділенні": "capacity: no §3 id"}[k])
    g.skip("015.1 Догляд вдома", ["015.1", "015.3", "015.2", "019.0", "013.0", "002.0"], "classifier codes")
    g.skip("3. Показники діяльності за 2024 рік", [1, 2, 3, 4, 5, 6, 2024], "section numbers, year")
    g.skip("4. Кадрове забезпечення (станом на 31.12.2024)", [31, 12, 2024], "date")
    g.skip(q(*STAFF[4]), [71.2], "tariff")
    g.skip("Загальна оцінка якості (внутрішня оцінка за 2024 рік)", [2024], "year in the key")
    g.skip("тел. (04135) 0-21-07", [4135, 2107], "phone")
    g.note("LESS COMMON STYLE: an open-data catalogue card; every figure is a key–value pair (<dl> or two-column "
           "div rows). The reader prints a pair either on one line («ключ: значення» / «ключ значення») or as two "
           "blocks; each quote is the pair as printed")
    g.note("report_kind other (a register card, not a report), annual_report accepted; the indicators are «за 2024 "
           "рік»; published = the card's update date 20.01.2025")
    g.note("«Загальна кількість отримувачів» and the by-service lines say «отримувачів» only → unit recipients "
           "(unit_alt persons); keys that say «осіб» → persons")
    g.note("«з них внутрішньо переміщених осіб» and «з них осіб з інвалідністю» overlap: parent only, no group")
    g.note("«Кількість осіб, взятих на обслуговування» → served with a label (alt registered_new, support_started)")
    g.write()


if __name__ == "__main__":
    main()
