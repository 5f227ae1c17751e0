"""b13_08: КЗ «Центр комплексної реабілітації для дітей з інвалідністю» Смілянської міської ради
(Черкаська), I півріччя 2025.

UTF-8 HTML page: prose with thousands written with an apostrophe («9’864», «8’412,6 тис. грн»,
typographic ’ that the reader unifies to '), nosology shares, age groups, a table of rehabilitation
services (заняття / діти) whose «Разом» children cell carries a footnote asterisk.
Planted slips: age groups 18 + 61 + 49 + 17 = 145 of 143 children; «96,4 %» of 88 parents is
impossible (84/88 = 95,5 %, 85/88 = 96,6 %).
"""
from common import Gold, report_path, write_text

NAME = "b13_08_smila_rehab_h1_2025.html"

TABLE = [
    ("фізична терапія", "3’412", 3412, 78),
    ("ерготерапія", "1’876", 1876, 54),
    ("послуги логопеда", "2’205", 2205, 96),
    ("психологічна допомога", "1’497", 1497, 88),
    ("заняття з корекційним педагогом", "874", 874, 41),
]


def html():
    rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{d}</td></tr>" for a, b, _, d in TABLE)
    return f"""<!DOCTYPE html>
<html lang="uk">
<head><meta charset="utf-8"><title>Центр комплексної реабілітації – звіт за I півріччя 2025 року</title>
<style>table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:3px 8px}}</style></head>
<body>
<header><div class="site">Смілянська міська рада · Черкаська область</div>
<nav><a href="/">Головна</a> | <a href="/docs">Документи</a> | <a href="/social">Соціальна сфера</a></nav></header>
<main><article>
<h1>Інформація про діяльність КЗ «Центр комплексної реабілітації для дітей з інвалідністю» Смілянської міської ради за I півріччя 2025 року</h1>
<p class="date">25.07.2025</p>
<p>Комунальний заклад «Центр комплексної реабілітації для дітей з інвалідністю» Смілянської міської ради Черкаської області розрахований на 60 дітей денного перебування та 12 місць тимчасового проживання. Заклад працює відповідно до рішення міської ради від 28.10.2021 № 19-7/VIII.</p>
<h2>Отримувачі послуг</h2>
<p>Протягом I півріччя 2025 року до Центру надійшла 71 заява батьків (законних представників) про надання реабілітаційних послуг. Реабілітаційні послуги отримали 143 дитини з інвалідністю, з них вперше – 58.</p>
<p>За нозологіями: з порушеннями опорно-рухового апарату (у т.ч. ДЦП) – 52 (36,4 %), з розладами аутистичного спектра – 47 (32,9 %), з порушеннями інтелектуального розвитку – 29 (20,3 %), з іншими нозологіями – 15 (10,5 %).</p>
<p>За віком: до 3 років – 18, від 3 до 6 років – 61, від 7 до 13 років – 49, від 14 до 17 років – 17.</p>
<p>У черзі на зарахування станом на 30.06.2025 перебуває 64 дитини.</p>
<h2>Реабілітаційні послуги за видами</h2>
<table>
<tr><th>Вид послуги</th><th>Кількість занять</th><th>Кількість дітей</th></tr>
{rows}
<tr><td><b>Разом</b></td><td><b>9’864</b></td><td><b>143*</b></td></tr>
</table>
<p><small>* кожна дитина враховується один раз, незалежно від кількості отриманих видів послуг.</small></p>
<p>Загалом за півріччя проведено 9’864 заняття, що на 11 % більше, ніж за I півріччя 2024 року (8’886). Вартість одного 14-денного курсу реабілітації становить 14’250 грн.</p>
<h2>Інші соціальні послуги</h2>
<p>Послугу денного догляду дітей з інвалідністю отримували 37 дітей. Послугою тимчасового відпочинку для батьків скористалися 12 сімей. Консультації фахівців отримали 204 батьків (законних представників). Проведено 16 занять «Школи батьків», у яких узяли участь 131 учасник.</p>
<h2>Результативність</h2>
<p>За результатами повторного оцінювання позитивну динаміку зафіксовано у 119 дітей (83,2 %), без змін – у 24 дітей. В анкетуванні взяли участь 88 батьків; 96,4 % з них задоволені якістю послуг. За півріччя надійшла 1 скарга (щодо графіка занять), її вирішено.</p>
<h2>Кадри та фінансування</h2>
<p>Штатна чисельність – 46 посад, фактично працює 41 працівник, з них 9 фізичних терапевтів та 4 ерготерапевти.</p>
<p>План асигнувань загального фонду на I півріччя – 8’690,0 тис. грн, касові видатки – 8’412,6 тис. грн, економія – 277,4 тис. грн (переважно за КЕКВ 2274 «Оплата природного газу»). Благодійні внески надійшли на суму 146,3 тис. грн.</p>
<p>Адреса: 20700, м. Сміла, вул. Соборна, 47; тел. (04733) 0-61-29.</p>
</article></main>
<footer>© Смілянська міська рада, 2025</footer>
</body></html>
"""


def main():
    write_text(report_path(NAME), html())
    g = Gold(NAME, {
        "centre": "Комунальний заклад «Центр комплексної реабілітації для дітей з інвалідністю» Смілянської міської ради",
        "centre_type": "other",
        "settlement": "Сміла",
        "oblast": "Черкаська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
        "published": "2025-07-25",
    }, meta_alt={"centre": ["Центр комплексної реабілітації для дітей з інвалідністю Смілянської міської ради",
                            "КЗ «Центр комплексної реабілітації для дітей з інвалідністю» Смілянської міської ради"],
                 "centre_type": ["cnsp"]})
    g.f("applied", "applications", 71, "до Центру надійшла 71 заява")
    tot = g.f("served", "children", 143, "Реабілітаційні послуги отримали 143 дитини з інвалідністю",
              label="реабілітаційні послуги")
    g.f("served", "children", 58, "з них вперше – 58", label="вперше", parent=tot,
        alt=["registered_new", "support_started"])
    for lab, v, p in [("з порушеннями опорно-рухового апарату (у т.ч. ДЦП) – 52 (36,4 %)", 52, 36.4),
                      ("з розладами аутистичного спектра – 47 (32,9 %)", 47, 32.9),
                      ("з порушеннями інтелектуального розвитку – 29 (20,3 %)", 29, 20.3),
                      ("з іншими нозологіями – 15 (10,5 %)", 15, 10.5)]:
        g.f("served", "children", v, lab, percent=p, category=lab.split(" – ")[0], group="served_143_by_nosology",
            parent=tot)
    age_ids = []
    for lab, v in [("до 3 років – 18", 18), ("від 3 до 6 років – 61", 61), ("від 7 до 13 років – 49", 49),
                   ("від 14 до 17 років – 17", 17)]:
        age_ids.append(g.f("served", "children", v, lab, label=lab.split(" – ")[0], group="served_143_by_age",
                           parent=tot))
    sess_tot = g.f("services_provided", "services", 9864, "Разом\t9'864\t143*", label="Разом – кількість занять")
    ch_tot = g.f("served", "children", 143, "Разом\t9'864\t143*", label="Разом – кількість дітей",
                 note="«143*»: the asterisk is a footnote marker (each child counted once)")
    for a, b, n, d in TABLE:
        q = f"{a}\t{b.replace('’', chr(39))}\t{d}"
        g.f("services_provided", "services", n, q, label=a, group="sessions_9864_by_type", parent=sess_tot)
        g.f("served", "children", d, q, label=a, parent=ch_tot)
    g.f("services_provided", "services", 9864, "Загалом за півріччя проведено 9'864 заняття",
        note="prose repeat of the table's Разом")
    g.f("served", "children", 37, "Послугу денного догляду дітей з інвалідністю отримували 37 дітей",
        service="day_care_children_disabled")
    g.f("served", "families", 12, "Послугою тимчасового відпочинку для батьків скористалися 12 сімей",
        service="respite_care_children_disabled")
    g.f("served", "persons", 204, "Консультації фахівців отримали 204 батьків (законних представників)",
        service="counselling", category="батьки (законні представники)")
    ev = g.f("events", "events", 16, "Проведено 16 занять «Школи батьків»", label="Школа батьків")
    g.f("event_participants", "persons", 131, "у яких узяли участь 131 учасник", parent=ev)
    g.f("outcome_positive", "children", 119, "позитивну динаміку зафіксовано у 119 дітей (83,2 %)", percent=83.2,
        parent=tot, group="served_143_by_result")
    g.f("outcome_negative", "children", 24, "без змін – у 24 дітей", label="без змін", parent=tot,
        group="served_143_by_result", alt=["outcome_other"])
    sr = g.f("survey_respondents", "persons", 88, "В анкетуванні взяли участь 88 батьків")
    sat = g.f("satisfaction", "percent", 96.4, "96,4 % з них задоволені якістю послуг")
    g.f("complaints", "complaints", 1, "надійшла 1 скарга")
    g.f("staff_positions", "positions", 46, "Штатна чисельність – 46 посад")
    sa = g.f("staff_actual", "staff", 41, "фактично працює 41 працівник")
    g.f("staff_actual", "staff", 9, "з них 9 фізичних терапевтів", label="фізичні терапевти", parent=sa)
    g.f("staff_actual", "staff", 4, "4 ерготерапевти", label="ерготерапевти", parent=sa)
    g.f("budget_approved", "uah", 8690000, "План асигнувань загального фонду на I півріччя – 8'690,0 тис. грн")
    g.f("budget_spent", "uah", 8412600, "касові видатки – 8'412,6 тис. грн")
    g.f("budget_savings", "uah", 277400, "економія – 277,4 тис. грн")
    g.f("budget_received", "uah", 146300, "Благодійні внески надійшли на суму 146,3 тис. грн", label="благодійні внески")

    g.slip("parts_sum", "error", "За віком: до 3 років – 18, від 3 до 6 років – 61, від 7 до 13 років – 49, від 14 до 17 років – 17",
           143, 145, [tot] + age_ids,
           "children by age: 18 + 61 + 49 + 17 = 145, 2 more than the 143 children served (the nosology "
           "breakdown and the result breakdown both give 143)")
    g.check("parts_sum", "Реабілітаційні послуги отримали 143 дитини з інвалідністю",
            "nosology 52 + 47 + 29 + 15 = 143; result 119 + 24 = 143; 58 first-time ≤ 143")
    g.check("percents_sum", "з іншими нозологіями – 15 (10,5 %)",
            "36,4 + 32,9 + 20,3 + 10,5 = 100,1 % (within rounding of four one-decimal shares)")
    g.check("percent_mismatch", "з порушеннями опорно-рухового апарату (у т.ч. ДЦП) – 52 (36,4 %)",
            "52/143 = 36.36 → 36,4; 47/143 = 32.87 → 32,9; 29/143 = 20.28 → 20,3; 15/143 = 10.49 → 10,5")
    g.check("percent_mismatch", "позитивну динаміку зафіксовано у 119 дітей (83,2 %)", "119/143 = 83.22 → 83,2")
    g.check("table_arithmetic", "Разом\t9'864\t143*",
            "заняття 3 412 + 1 876 + 2 205 + 1 497 + 874 = 9 864; children per type (78, 54, 96, 88, 41) each ≤ 143 "
            "(not additive: the footnote says each child is counted once)")
    g.slip("percent_impossible", "error", "96,4 % з них задоволені якістю послуг", 96.4, "95,5 or 96,6",
           [sat, sr], "GRIM: «з них» = the 88 parents surveyed; no whole k gives 96,4 %: 84/88 = 95.45 %, "
           "85/88 = 96.59 %")
    g.check("table_arithmetic", "економія – 277,4 тис. грн", "8 690,0 − 8 412,6 = 277,4")
    g.check("parts_sum", "фактично працює 41 працівник", "9 + 4 ≤ 41 ≤ 46")

    g.skip("25.07.2025", [25, 7, 2025], "date of the page (taken as published)")
    g.skip("розрахований на 60 дітей денного перебування та 12 місць тимчасового проживання", [60, 12], "capacity")
    g.skip("рішення міської ради від 28.10.2021 № 19-7/VIII", [28, 10, 2021, 19, 7], "decision date and number")
    g.skip("У черзі на зарахування станом на 30.06.2025 перебуває 64 дитини", [30, 6, 2025, 64],
           "waiting list; no §3 id")
    g.skip("до 3 років", [3, 6, 7, 13, 14, 17], "age-band limits (the counts after «–» are facts)")
    g.skip("що на 11 % більше, ніж за I півріччя 2024 року (8'886)", [11, 2024, 8886],
           "growth rate and the previous year's figure")
    g.skip("Вартість одного 14-денного курсу реабілітації становить 14'250 грн", [14, 14250],
           "duration and price per course")
    g.skip("КЕКВ 2274 «Оплата природного газу»", [2274], "KEKV code naming where savings came from")
    g.skip("20700, м. Сміла, вул. Соборна, 47; тел. (04733) 0-61-29", [20700, 47, 4733], "postcode, address, phone")
    g.note("a центр комплексної реабілітації для дітей з інвалідністю is centre_type other (alt cnsp)")
    g.note("thousands are written with a typographic apostrophe (9’864, 8’412,6); the reader unifies it to «'», "
           "so quotes show 9'864")
    g.note("table: заняття column → services_provided (services), one partition of 9 864; дітей column → served "
           "(children) hanging on the Разом 143 with no group (a child gets several kinds of service); rehabilitation "
           "kinds have no service id, so label only")
    g.note("«Разом … 143*» and prose «143 дитини» are two facts; «9’864» in the table and in prose likewise")
    g.note("«позитивну динаміку … у 119 дітей» / «без змін – у 24 дітей» → outcome_positive / outcome_negative "
           "(alt outcome_other) of the 143 children served; they form one partition")
    g.note("«зараховано … вперше – 58» → served children with label вперше (alt registered_new, support_started)")
    g.note("«Консультації фахівців отримали 204 батьків» → served counselling persons")
    g.write()


if __name__ == "__main__":
    main()
