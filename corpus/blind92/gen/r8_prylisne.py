"""b92_08: КЗ «Центр надання соціальних послуг» Прилісненської сільської ради (Волинська), report for 2023, published
from Google Docs («Опублікувати в Інтернеті») and saved as HTML. Google's own markup: a <style> block of classes
c1…c40, every run a <span class=…>, figures and words split across spans where the author changed formatting
mid-word, empty <p> spacers, a table with <p> in every cell, lists with lst-kix classes, the publishing banner and
its furniture. Impersonal voice. No planted slip: everything adds up."""
from common import Gold, write_text, report_path

DOC = "b92_08_prylisne_cnsp_annual2023.html"

STYLE = ("ul.lst-kix_6q2m1x8w0a1c-0{list-style-type:none}.lst-kix_6q2m1x8w0a1c-0>li:before{content:\"\\0025cf   \"}"
         "ol{margin:0;padding:0}table td,table th{padding:0}"
         + "".join(f".c{i}{{{rule}}}" for i, rule in enumerate([
             "color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:12pt;font-family:\"Times New Roman\";font-style:normal",
             "color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:12pt;font-family:\"Times New Roman\";font-style:normal",
             "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:justify;text-indent:35.4pt",
             "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:center",
             "font-weight:700", "font-style:italic", "background-color:#ffff00", "color:#1155cc;text-decoration:underline",
             "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:223.5pt;border-top-color:#000000;border-bottom-style:solid",
             "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:110.2pt;border-top-color:#000000;border-bottom-style:solid",
             "padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left", "padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:center",
             "height:0pt", "border-spacing:0;border-collapse:collapse;margin-right:auto", "margin-left:36pt;padding-left:0pt",
             "height:11pt", "font-size:14pt", "text-decoration:underline", "font-size:10pt;color:#666666",
             "background-color:#ffffff;max-width:481.9pt;padding:56.7pt 42.5pt 56.7pt 85pt",
         ] + [f"font-size:{10 + i % 5}pt" for i in range(21)]))
         + "")
assert ".c40{" in STYLE


def S(text, cls="c0"):
    return f'<span class="{cls}">{text}</span>'


def P(*runs, cls="c2"):
    return f'<p class="{cls}">' + "".join(r if r.startswith("<span") else S(r) for r in runs) + "</p>"


EMPTY = '<p class="c2 c15"><span class="c0"></span></p>'


def LI(*runs):
    return '<li class="c2 c14 li-bullet-0">' + "".join(r if r.startswith("<span") else S(r) for r in runs) + "</li>"


def UL(*items):
    return '<ul class="c8 lst-kix_6q2m1x8w0a1c-0 start">' + "".join(items) + "</ul>"


def TD(text, cls="c9", pcls="c10"):
    runs = text if isinstance(text, list) else [text]
    return (f'<td class="{cls}" colspan="1" rowspan="1"><p class="{pcls}">'
            + "".join(r if r.startswith("<span") else S(r) for r in runs) + "</p></td>")


ROWS = [(["Назва соціальної послуги"], ["Кількість отримувачів, осіб"], ["Кількість наданих послуг"]),
        (["Догляд вдома"], ["64"], ["8", S("&nbsp;742")]),
        (["Денний догляд"], ["18"], ["2&nbsp;106"]),
        (["Консуль", S("тування", "c0 c5")], ["31", S("1", "c1")], ["529"]),
        (["Соціальна адаптація"], ["27"], ["148"]),
        (["Натуральна допомога"], ["183"], ["183"]),
        ([S("Усього", "c1")], [S("60", "c1"), S("3", "c1 c6")], [S("11&nbsp;7", "c1"), S("08", "c1 c16")])]
table = '<table class="c13"><tbody>' + "".join(
    '<tr class="c11">' + TD(a, "c8") + TD(b) + TD(c) + "</tr>" for a, b, c in ROWS) + "</tbody></table>"

BODY = "".join([
    P(S("Комунальний заклад «Центр надання соціальних послуг»", "c1"), cls="c3"),
    P(S("Прилісненсь", "c1"), S("кої сільської ради Ковельського району Волинської області", "c1"), cls="c3"),
    EMPTY,
    P(S("ЗВІТ ПРО РОБОТУ ЗА 2023 РІК", "c1 c17"), cls="c3"),
    EMPTY,
    P("Центр надання соціальних послуг Прилісненської сільської ради (далі – Центр) утворено рішенням сільської ради "
      "від 26.02.2021 № 5/14. Центр обслуговує 12 сіл громади; у структурі Центру діють відділення соціальної "
      "допомоги вдома, відділення денного догляду та відділ соціальної роботи."),
    P("У 2023 році до Центру звернулося ", S("684", "c1"), " особи, з них ", S("97", "c0 c6"),
      " – внутрішньо переміщені особи. Соціальні послуги отримали ", S("60", "c0"), S("3", "c0 c5"),
      " особи. Надання послуг здійснювалось відповідно до індивідуальних планів, складених за результатами оцінки "
      "потреб, яку проведено ", S("142", "c0"), " особам."),
    EMPTY,
    P(S("Показники надання соціальних послуг у 2023 році", "c4 c5"), cls="c3"),
    table,
    EMPTY,
    P(S("Соціальний супровід сімей у складних життєвих обставинах", "c1")),
    P("Протягом року під супроводом перебувало 16 сімей, у яких виховується 38 дітей. Взято під супровід 7 сімей. "
      "Завершено супровід 6 сімей:"),
    UL(LI("з позитивним результатом (складні життєві обставини подолано) – 5 сімей;"),
       LI("складні життєві обставини мінімізовано – 1 сім", S("&rsquo;", "c0"), "я.")),
    P("Станом на 01.01.2024 супровід продовжено ", S("10", "c1"), " сім", S("&rsquo;", "c0"), "ям."),
    EMPTY,
    P(S("Групова робота та натуральна допомога", "c1")),
    P("Протягом 2023 року проведено 24 групові заходи (свята, майстер-класи, зустрічі клубу «Активне довголіття»), "
      "участь у яких взяли 318 осіб. Отримувачам натуральної допомоги видано продуктові набори та засоби гігієни "
      "на загальну суму 203,1 тис. грн."),
    EMPTY,
    P(S("Якість послуг", "c1")),
    P("В анонімному опитуванні взяли участь 52 отримувачі послуг. ", S("96", "c0"), S(",2&nbsp;%", "c0 c4"),
      " респондентів задоволені якістю послуг; середній бал – 4,7 з 5. Скарг у 2023 році не надходило."),
    EMPTY,
    P(S("Кадри та фінансування", "c1")),
    P("Штатним розписом передбачено 19,5 посади, фактично працює 18 працівників, з них 9 соціальних робітників. "
      "Кошторис Центру на 2023 рік становив 6&nbsp;912,4 тис. грн, використано 6&nbsp;874,9 тис. грн, економія – "
      "37,5 тис. грн (0,5 %)."),
    P("У 2024 році планується запровадити послугу соціального таксі."),
    EMPTY,
    P(S("Директор Центру", "c0"), S("                                                   ", "c0"), S("(підпис)", "c0 c5")),
])

HTML = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        '<meta content="width=device-width, initial-scale=1" name="viewport"><title>Звіт ЦНСП 2023</title>'
        '<style type="text/css">' + STYLE + '</style></head><body>'
        '<div id="banners"><div id="publish-banner"><div id="publish-banner-title">Опубліковано з '
        '<a href="#">Google Документів</a></div><div id="publish-banner-links"><a href="#">Повідомити про порушення</a>'
        '<span>Докладніше</span></div></div></div>'
        '<div id="header"><div id="title">Звіт ЦНСП 2023</div><div id="interval">'
        '<span>Оновлюється автоматично кожні 5 хвилин</span></div></div>'
        '<div id="contents"><div class="c19 doc-content">' + BODY + '</div></div>'
        '<div id="footer"><div id="publish-footer">Опубліковано з Google Документів</div>'
        '<a href="#">Повідомити про порушення</a> – <a href="#">Докладніше</a></div>'
        '</body></html>')
write_text(report_path(DOC), HTML)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Прилісненської сільської ради",
    "centre_type": "cnsp", "settlement": "Прилісне", "oblast": "Волинська",
    "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
    {"centre": ["Комунальний заклад «Центр надання соціальних послуг» Прилісненської сільської ради"]})
f = g.f
ap = f("applied", "persons", 684, "до Центру звернулося 684 особи")
ap2 = f("applied", "persons", 97, "з них 97 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
        parent=ap)
sv = f("served", "persons", 603, "Соціальні послуги отримали 603 особи", note="«60» and «3» are two spans in the HTML")
na = f("needs_assessed", "persons", 142, "яку проведено 142 особам")
TQ = "Усього\t603\t11 708"
TR = f("served", "persons", 603, TQ, label="Усього (таблиця)")
TS = f("services_provided", "services", 11708, TQ, label="Усього (таблиця)")
rows = [("home_care", "Догляд вдома", 64, 8742, "Догляд вдома\t64\t8 742"),
        ("day_care", "Денний догляд", 18, 2106, "Денний догляд\t18\t2 106"),
        ("counselling", "Консультування", 311, 529, "Консультування\t311\t529"),
        ("social_adaptation", "Соціальна адаптація", 27, 148, "Соціальна адаптація\t27\t148"),
        ("natural_aid", "Натуральна допомога", 183, 183, "Натуральна допомога\t183\t183")]
R, SS = [], []
for sid, name, r, s, q in rows:
    R.append(f("served", "persons", r, q, service=sid, label=name, group="table_recipients", parent=TR))
    SS.append(f("services_provided", "services", s, q, service=sid, label=name, group="table_services", parent=TS))
su = f("served", "families", 16, "під супроводом перебувало 16 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
suc = f("served", "children", 38, "у яких виховується 38 дітей", service="social_support_sjo", alt=["support_ongoing"],
        parent=su)
st = f("support_started", "families", 7, "Взято під супровід 7 сімей", service="social_support_sjo", parent=su)
sc = f("support_completed", "families", 6, "Завершено супровід 6 сімей", service="social_support_sjo", parent=su)
o1 = f("outcome_positive", "families", 5, "з позитивним результатом (складні життєві обставини подолано) – 5 сімей",
       service="social_support_sjo", group="completed_6_by_result", parent=sc)
o2 = f("outcome_minimized", "families", 1, "складні життєві обставини мінімізовано – 1 сім'я",
       service="social_support_sjo", group="completed_6_by_result", parent=sc)
og = f("support_ongoing", "families", 10, "супровід продовжено 10 сім'ям", service="social_support_sjo")
ev = f("events", "events", 24, "проведено 24 групові заходи")
ep = f("event_participants", "persons", 318, "участь у яких взяли 318 осіб", parent=ev)
av = f("aid_value", "uah", 203100, "на загальну суму 203,1 тис. грн")
sr = f("survey_respondents", "recipients", 52, "В анонімному опитуванні взяли участь 52 отримувачі послуг",
       unit_alt="persons")
sat = f("satisfaction", "percent", 96.2, "96,2 % респондентів задоволені якістю послуг")
cm = f("complaints", "complaints", 0, "Скарг у 2023 році не надходило.")
pos = f("staff_positions", "positions", 19.5, "Штатним розписом передбачено 19,5 посади")
act = f("staff_actual", "staff", 18, "фактично працює 18 працівників")
act2 = f("staff_actual", "staff", 9, "з них 9 соціальних робітників", category="соціальні робітники", parent=act)
ba = f("budget_approved", "uah", 6912400, "Кошторис Центру на 2023 рік становив 6 912,4 тис. грн")
bs = f("budget_spent", "uah", 6874900, "використано 6 874,9 тис. грн")
be = f("budget_savings", "uah", 37500, "економія – 37,5 тис. грн (0,5 %)", percent=0.5)

g.check("table_arithmetic", TQ, "recipients 64 + 18 + 311 + 27 + 183 = 603", " + ".join(R) + f" == {TR}")
g.check("table_arithmetic", TQ, "services 8 742 + 2 106 + 529 + 148 + 183 = 11 708", " + ".join(SS) + f" == {TS}")
g.check("internal_conflict", "Соціальні послуги отримали 603 особи", "prose 603 equals the table's Усього",
        f"{sv} == {TR}")
g.check("parts_sum", "Завершено супровід 6 сімей:", "5 + 1 = 6", f"{o1} + {o2} == {sc}")
g.check("parts_sum", "супровід продовжено 10 сім'ям", "16 − 6 completed = 10 continued; 7 taken ≤ 16",
        f"{su} - {sc} == {og} and {st} <= {su}")
g.check("parts_sum", "з них 97 – внутрішньо переміщені особи", "97 ≤ 684; 603 served ≤ 684; 142 assessed ≤ 684",
        f"{ap2} <= {ap} and {sv} <= {ap} and {na} <= {ap}")
g.check("percent_impossible", "96,2 % респондентів задоволені якістю послуг", "50 of 52 = 96,15 % → 96,2",
        f"grim_ok({sat}, {sr}, 1)")
g.check("table_arithmetic", "економія – 37,5 тис. грн (0,5 %)", "6 912,4 − 6 874,9 = 37,5 тис. грн",
        f"near({ba} - {bs}, {be})")
g.check("percent_mismatch", "економія – 37,5 тис. грн (0,5 %)", "37,5 / 6 912,4 = 0,54 % → 0,5",
        f"pct_ok(p{be[1:]}, {be}, {ba}, 1)")
g.check("parts_sum", "з них 9 соціальних робітників", "9 ≤ 18 ≤ 19,5", f"{act2} <= {act} <= {pos}")
g.skip("ЗВІТ ПРО РОБОТУ ЗА 2023 РІК", [2023], "year of the report")
g.skip("від 26.02.2021 № 5/14", [26, 2, 2021, 5, 14], "decision date and number")
g.skip("Центр обслуговує 12 сіл громади", [12], "number of villages")
g.skip("Показники надання соціальних послуг у 2023 році", [2023], "table caption")
g.skip("Станом на 01.01.2024", [1, 1, 2024], "date")
g.skip("Протягом 2023 року", [2023], "year")
g.skip("середній бал – 4,7 з 5", [4.7, 5], "score on a 5-point scale")
g.skip("У 2024 році планується запровадити послугу соціального таксі.", [2024], "plan")
g.skip("У 2023 році до Центру звернулося", [2023], "year")
g.note("Google Docs markup: figures split across spans («60»+«3», «31»+«1», «11 7»+«08», «96»+«,2 %»), words split "
       "mid-word («Консуль»+«тування», «Прилісненсь»+«кої»), &nbsp; inside thousands and before %, &rsquo; apostrophes; "
       "quotes are as `zvitparse read` prints them (spans joined, no-break spaces as spaces, apostrophes unified)")
g.note("the publishing banner, «Повідомити про порушення», «Оновлюється автоматично кожні 5 хвилин» and the footer "
       "are Google's furniture: not facts (the reader does not print them)")
g.note("table: unit persons from «Кількість отримувачів, осіб»; every cell is a fact quoted by its row, hanging on the "
       "Усього cell of its column; the prose 603 is written twice (prose and Усього): two facts")
g.note("«складні життєві обставини мінімізовано – 1 сім'я» → outcome_minimized, part of the 6 completed")
g.note("«19,5 посади» is a fractional staff_positions fact")
g.note("the legal form «Комунальний заклад» is accepted in meta_alt")
g.write()
