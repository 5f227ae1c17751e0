"""b67_07: ТЦСО Єрківської селищної ради (Черкаська), information for Q2 2025 on a council page built for
phones: the table is a stack of cards (no <table>; rows are <div class="tr">, cells <div class="td"
data-label="…">, header row hidden with display:none, labels shown only by CSS ::before). UTF-8."""
import html
from common import Gold, report_path, write_text, read_text

NAME = "b67_07_yerky_tcso_q2_2025.html"

LABELS = ["Послуга", "Кількість отримувачів, осіб", "Надано послуг, од.", "з них ВПО, осіб"]
ROWS = [("Догляд вдома", "164", "3 912", "9"),
        ("Денний догляд", "31", "744", "4"),
        ("Соціальна адаптація", "18", "126", "2"),
        ("Натуральна допомога", "87", "87", "23"),
        ("Соціальне таксі", "12", "29", "0"),
        ("Консультування", "203", "261", "37"),
        ("Разом", "515", "5 195", "75")]


def card(row):
    cells = "".join(f'<div class="td" data-label="{html.escape(l)}">{v}</div>' for l, v in zip(LABELS, row))
    return f'  <div class="tr">{cells}</div>'


HEAD = ('  <div class="tr thead" style="display:none">'
        + "".join(f'<div class="td">{l}</div>' for l in LABELS) + "</div>")

PAGE = """<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Територіальний центр: підсумки ІІ кварталу 2025 року — Єрківська селищна рада</title>
<style>
.rtable{display:block}.tr{display:block;border:1px solid #ccd;border-radius:8px;margin:0 0 10px;padding:6px}
.td{display:flex;justify-content:space-between;padding:3px 0}
.td::before{content:attr(data-label);font-weight:600;color:#556;margin-right:12px}
</style></head>
<body>
<header class="site-header"><a class="logo" href="/">Єрківська селищна рада</a>
<button class="burger" aria-label="Меню">☰</button></header>
<nav class="drawer"><a href="/">Головна</a> <a href="/news">Новини</a> <a href="/social">Соціальний захист</a> <a href="/contacts">Контакти</a></nav>
<main>
<article>
<h1>Територіальний центр: підсумки ІІ кварталу 2025 року</h1>
<p class="post-meta">08.07.2025 · Соціальний захист · 👁 87</p>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Єрківської селищної ради
інформує про роботу у квітні – червні 2025 року. Центр обслуговує мешканців смт Єрки та 11 сіл громади,
у яких проживає 2 870 осіб віком 60 років і старше.</p>
<p>За ІІ квартал соціальні послуги отримали 515 осіб. Кількість отримувачів і наданих послуг за видами:</p>
<div class="rtable">
""" + HEAD + "\n" + "\n".join(card(r) for r in ROWS) + """
</div>
<p>Із 164 отримувачів догляду вдома 106 – громадяни похилого віку, 58 – особи з інвалідністю. Порівняно
з І кварталом (492 особи) загальна кількість отримувачів зросла на 23 особи.</p>
<p>Натуральну допомогу (продуктові набори, засоби гігієни, постільна білизна) надано на загальну суму
62,8 тис. грн.</p>
<p>З 01.04.2025 вартість платної послуги догляду вдома становить 68,40 грн за годину (рішення виконавчого
комітету від 27.03.2025 № 52). Платні послуги у ІІ кварталі отримували 14 осіб; до спеціального фонду
надійшло 41,3 тис. грн.</p>
<p>У травні проведено анкетування 35 отримувачів послуги догляду вдома: 94,3 % опитаних задоволені якістю
обслуговування, решта вказали на потребу частіших відвідувань.</p>
<p>У квітні – червні на обслуговування взято 21 особу, знято з обслуговування 16 осіб, з них 11 – у
зв'язку зі смертю. Мобільна бригада здійснила 48 виїздів до віддалених сіл.</p>
<p>У відділенні денного перебування проведено 7 заходів (майстер-класи, концерт до Дня матері), участь
у них взяли 96 осіб. Від благодійного фонду отримано та роздано 140 продуктових наборів.</p>
<p>Послуги надають 23 соціальні робітники, штатним розписом передбачено 25 посад. Скарг на якість
обслуговування у звітному кварталі не надходило.</p>
<p>Звернутися до центру можна за адресою: 20813, смт Єрки, вул. Соборна, 19, кабінет 6, тел. (04742) 0-31-05,
з 8:00 до 16:30.</p>
</article>
<aside><h2>Актуальне</h2><p>Графік виїздів мобільної бригади на липень</p></aside>
</main>
<footer>© Єрківська селищна рада, 2025</footer>
</body></html>
"""
write_text(report_path(NAME), PAGE)

text = read_text(report_path(NAME))


def rowq(row):
    """The quote of a card as the reader prints it: labels if it prints them, else the values."""
    withlab = [f"{l}: {v}" for l, v in zip(LABELS, row)]
    for cand in ("\n\n".join(row), "\t".join(row), "\n".join(row), " ".join(row), "\t".join(withlab), "\n".join(withlab)):
        if cand in text:
            return cand
    raise SystemExit(f"card not found in read text: {row}")


g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
              "Єрківської селищної ради",
    "centre_type": "tcso",
    "settlement": "Єрки",
    "report_kind": "period_report",
    "period_start": "2025-04-01",
    "period_end": "2025-06-30",
    "published": "2025-07-08",
}, meta_alt={"centre": ["Територіальний центр соціального обслуговування Єрківської селищної ради"]})
f = g.f
svc = ["home_care", "day_care", "social_adaptation", "natural_aid", "social_taxi", "counselling"]
tq = rowq(ROWS[6])
TR = f("served", "persons", 515, tq, label="Разом")
TS = f("services_provided", "services", 5195, tq, label="Разом")
TV = f("served", "persons", 75, tq, label="Разом, з них ВПО", category="внутрішньо переміщені особи", parent=TR)
cr, cs, cv = [], [], []
for i, row in enumerate(ROWS[:6]):
    q = rowq(row)
    cr.append(f("served", "persons", int(row[1]), q, service=svc[i], group="cards_recipients", parent=TR))
    cs.append(f("services_provided", "services", int(row[2].replace(" ", "")), q, service=svc[i],
                group="cards_services", parent=TS))
    cv.append(f("served", "persons", int(row[3]), q, service=svc[i], category="внутрішньо переміщені особи",
                group="cards_idp", parent=TV))
hc = cr[0]
old_ = f("served", "persons", 106, "106 – громадяни похилого віку", service="home_care",
         label="громадяни похилого віку", group="home_care_164_by_category", parent=hc)
dis_ = f("served", "persons", 58, "58 – особи з інвалідністю", service="home_care",
         label="особи з інвалідністю", group="home_care_164_by_category", parent=hc)
av = f("aid_value", "uah", 62800, "надано на загальну суму 62,8 тис. грн", service="natural_aid")
paid = f("served", "persons", 14, "Платні послуги у ІІ кварталі отримували 14 осіб", service="home_care",
         label="платні послуги", parent=hc)
f("budget_received", "uah", 41300, "до спеціального фонду надійшло 41,3 тис. грн",
  label="спеціальний фонд, плата за послуги")
svr = f("survey_respondents", "recipients", 35, "анкетування 35 отримувачів", unit_alt="persons")
sat = f("satisfaction", "percent", 94.3, "94,3 % опитаних задоволені якістю обслуговування", service="home_care",
        alt=["share"])
p515 = f("served", "persons", 515, "За ІІ квартал соціальні послуги отримали 515 осіб")
new = f("served", "persons", 21, "на обслуговування взято 21 особу", alt=["registered_new", "support_started"])
d16 = f("deregistered", "persons", 16, "знято з обслуговування 16 осіб")
d11 = f("deregistered", "persons", 11, "з них 11 – у зв'язку зі смертю", label="смерть", parent=d16)
ev = f("events", "events", 7, "проведено 7 заходів")
f("event_participants", "persons", 96, "участь у них взяли 96 осіб", parent=ev)
sa = f("staff_actual", "staff", 23, "Послуги надають 23 соціальні робітники")
sp = f("staff_positions", "positions", 25, "штатним розписом передбачено 25 посад")
f("complaints", "complaints", 0, "Скарг на якість обслуговування у звітному кварталі не надходило.")

g.slip("table_arithmetic", "error", tq, 5195, 5159, [TS] + cs,
       "the «Надано послуг, од.» cards sum to 3 912 + 744 + 126 + 87 + 29 + 261 = 5 159; the Разом card "
       "says 5 195 (digits swapped)", " + ".join(cs) + f" == {TS}")
g.check("table_arithmetic", tq, "recipients: 164 + 31 + 18 + 87 + 12 + 203 = 515", " + ".join(cr) + f" == {TR}")
g.check("table_arithmetic", tq, "IDP: 9 + 4 + 2 + 23 + 0 + 37 = 75", " + ".join(cv) + f" == {TV}")
g.check("table_arithmetic", tq, "IDP ≤ recipients in every card",
        " and ".join(f"{v} <= {r}" for v, r in zip(cv, cr)))
g.check("internal_conflict", "За ІІ квартал соціальні послуги отримали 515 осіб",
        "prose 515 = the Разом card", f"{p515} == {TR}")
g.check("parts_sum", "з них 11 – у зв'язку зі смертю", "11 deaths ≤ 16 taken off", f"{d11} <= {d16}")
g.check("parts_sum", "Із 164 отримувачів догляду вдома 106", "106 + 58 = 164 (the home-care card)",
        f"{old_} + {dis_} == {hc} and {paid} <= {hc}")
g.check("percent_impossible", "94,3 % опитаних задоволені", "33 of 35 = 94,29 % → 94,3",
        f"pct_ok({sat}, 33, {svr}, 1)")
g.check("parts_sum", "Порівняно з І кварталом (492 особи)", "492 + 23 = 515 (Q1 figure and difference are skipped)",
        f"492 + 23 == {p515}")
g.check("parts_sum", "Послуги надають 23 соціальні робітники", "23 ≤ 25", f"{sa} <= {sp}")

g.skip("08.07.2025 · Соціальний захист · 👁 87", [8, 7, 2025, 87], "publication date, view counter")
g.skip("ІІ кварталу 2025 року", [2, 2025], "report period (Roman quarter)")
g.skip("у квітні – червні 2025 року", [2025], "period")
g.skip("мешканців смт Єрки та 11 сіл громади, у яких проживає 2 870 осіб віком 60 років і старше",
       [11, 2870, 60], "settlements, population, age")
g.skip("Порівняно з І кварталом (492 особи) загальна кількість отримувачів зросла на 23 особи.", [1, 492, 23],
       "previous quarter's figure and the difference")
g.skip("З 01.04.2025 вартість платної послуги догляду вдома становить 68,40 грн за годину (рішення виконавчого "
       "комітету від 27.03.2025 № 52)", [1, 4, 2025, 68.4, 27, 3, 2025, 52], "date, tariff, decision date and number")
g.skip("Мобільна бригада здійснила 48 виїздів до віддалених сіл.", [48], "trips of the mobile team (no §3 id)")
g.skip("концерт до Дня матері", [], "event name (no number)")
g.skip("роздано 140 продуктових наборів", [140], "items handed out")
g.skip("20813, смт Єрки, вул. Соборна, 19, кабінет 6, тел. (04742) 0-31-05, з 8:00 до 16:30",
       [20813, 19, 6, 4742, 3105, 8, 16, 30], "postcode, address, room, phone, office hours")
g.note("the card table: no <table>; each row is a <div class=\"tr\"> of cells whose column names are only in "
       "data-label attributes (shown by CSS ::before) and in a header row hidden with display:none. "
       "`zvitparse read` prints neither the labels nor the hidden header: each cell comes out as its own block "
       "(blank line between cells), so a card's quote is its four values joined by blank lines, and the figures' "
       "columns are known only from the order of the cells")
g.note("every card cell is a fact quoted by its card; cards hang on the Разом card of the same column "
       "(groups cards_recipients / cards_services / cards_idp); the Разом IDP cell hangs on the Разом recipients cell")
g.note("the reader drops the site header, the drawer menu, the aside and the footer; they have no skip entries")
g.note("oblast is not stated on the page (only the council's name) → omitted from meta")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «з них 11 – у зв'язку зі "
       "смертю» → deregistered with a label (one overlapping part, no group)")
g.write()
