"""b18_08: ЦСС Сарненської міської ради (Рівненська), main indicators for 2023 written as one long bulleted list with
sub-bullets and nested «з них» (Word list styles; the reader drops the bullet glyphs and the indentation), DOCX.
Planted slip: parts_sum (44 completed = 29 + 9 + 3 + 4 = 45)."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b18_08_sarny_css_bullets2023.docx"

d = docx.Document()
fix_docx_props(d, "ЦСС Сарни")
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def p(text, bold=False, center=False):
    para = d.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def b(level, text):
    style = {1: "List Bullet", 2: "List Bullet 2", 3: "List Bullet 3"}[level]
    d.add_paragraph(text, style=style)


p("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ САРНЕНСЬКОЇ МІСЬКОЇ РАДИ", bold=True, center=True)
p("34500, Рівненська обл., м. Сарни, вул. Широка, 33; тел. (03655) 0-31-08; e-mail: css.sarny@example.ua",
  center=True)
p("Основні показники діяльності Центру соціальних служб Сарненської міської ради за 2023 рік", bold=True,
  center=True)
p("(додаток до інформації про виконання Програми соціальної підтримки сімей, дітей та молоді на 2022–2024 роки)",
  center=True)
p("Сарненська міська територіальна громада об'єднує 50 населених пунктів, у ній проживає 61,4 тис. мешканців. "
  "Центр утворено рішенням Сарненської міської ради від 25.02.2021 № 312. Нижче наведено показники роботи "
  "Центру за 2023 рік.")

b(1, "Повідомлення про сім'ї/осіб, які можуть перебувати у складних життєвих обставинах, – надійшло 186, з них:")
b(2, "від закладів освіти – 74;")
b(2, "від органів Національної поліції – 52;")
b(2, "від закладів охорони здоров'я – 23;")
b(2, "за особистим зверненням громадян – 37.")
b(1, "Оцінку потреб проведено 181 сім'ї/особі (решта 5 повідомлень не підтвердилися), з них:")
b(2, "складні життєві обставини визначено у 94 випадках, з них:")
b(3, "сім'ї з дітьми – 71 (у них 152 дитини);")
b(3, "особи – 23;")
b(2, "складних життєвих обставин не виявлено – 87.")
b(1, "Соціальні послуги отримали 1 127 сімей/осіб, з них:")
b(2, "консультування – 638;")
b(2, "інформування – 297;")
b(2, "соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 68, з них:")
b(3, "сімей внутрішньо переміщених осіб – 23;")
b(3, "сімей військовослужбовців – 19;")
b(2, "соціальне супроводження прийомних сімей та дитячих будинків сімейного типу – 9;")
b(2, "натуральна допомога – 115.")
b(1, "Соціальний супровід сімей у складних життєвих обставинах:")
b(2, "взято під супровід – 41 сім'я (у них 87 дітей);")
b(2, "завершено – 44 сім'ї, з них:")
b(3, "з позитивним результатом (СЖО подолано) – 29;")
b(3, "мінімізовано СЖО – 9;")
b(3, "без результату – 3;")
b(3, "у зв'язку зі зміною місця проживання – 4;")
b(2, "продовжено надання послуги у 2024 році – 24 сім'ї.")
b(1, "Соціальне супроводження сімейних форм виховання:")
b(2, "прийомних сімей – 6, у них 13 дітей;")
b(2, "дитячих будинків сімейного типу – 3, у них 19 дітей.")
b(1, "Групова робота – проведено 42 заходи, з них:")
b(2, "тренінгів – 17;")
b(2, "засідань батьківських клубів – 25.")
b(1, "Учасників групових заходів – 716 осіб.")
b(1, "Кадрове забезпечення:")
b(2, "штатних посад – 15;")
b(2, "фактично працює – 13 осіб, з них:")
b(3, "фахівців із соціальної роботи – 9;")
b(3, "психологів – 2;")
b(3, "адміністративний персонал – 2;")
b(2, "підвищили кваліфікацію – 11 працівників.")
b(1, "Скарги на роботу Центру – не надходили.")
b(1, "Дзвінків на «гарячу лінію» Центру – 203, з них анонімних – 41.")
b(1, "Для порівняння: у 2022 році послуги Центру отримали 1 044 сім'ї/особи.")
b(1, "Завдання на 2024 рік: взяти під супровід не менше 45 сімей, провести 50 групових заходів.")
p("Виконавець: заступник директора Центру, тел. (03655) 0-31-09")
p("15.01.2024")

path = report_path(DOC)
d.save(path)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Сарненської міської ради",
    "centre_type": "css",
    "settlement": "Сарни",
    "oblast": "Рівненська",
    "report_kind": "annual_report",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
})
FP = "families_persons"
f_not = g.f("notified", FP, 186, "Повідомлення про сім'ї/осіб, які можуть перебувати у складних життєвих обставинах, "
            "– надійшло 186")
N = []
for q, lab in [("від закладів освіти – 74;", "заклади освіти"), ("від органів Національної поліції – 52;",
               "органи Національної поліції"), ("від закладів охорони здоров'я – 23;", "заклади охорони здоров'я"),
               ("за особистим зверненням громадян – 37.", "особисте звернення громадян")]:
    v = int(q.split("– ")[1].rstrip(";."))
    N.append(g.f("notified", FP, v, q, label=lab, group="notified_186_by_source", parent=f_not))
f_na = g.f("needs_assessed", FP, 181, "Оцінку потреб проведено 181 сім'ї/особі")
f_sjo = g.f("in_difficult_circumstances", FP, 94, "складні життєві обставини визначено у 94 випадках", parent=f_na)
f_sjo_f = g.f("in_difficult_circumstances", "families", 71, "сім'ї з дітьми – 71", category="сім'ї з дітьми",
              group="sjo_94_by_kind", parent=f_sjo)
f_sjo_c = g.f("in_difficult_circumstances", "children", 152, "(у них 152 дитини)", parent=f_sjo_f)
f_sjo_p = g.f("in_difficult_circumstances", "persons", 23, "особи – 23;", category="особи", group="sjo_94_by_kind",
              parent=f_sjo)
f_srv = g.f("served", FP, 1127, "Соціальні послуги отримали 1 127 сімей/осіб")
S = []
for q, svc, v in [("консультування – 638;", "counselling", 638), ("інформування – 297;", "informing", 297),
                  ("соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 68",
                   "social_support_sjo", 68),
                  ("соціальне супроводження прийомних сімей та дитячих будинків сімейного типу – 9;",
                   "social_support_foster", 9),
                  ("натуральна допомога – 115.", "natural_aid", 115)]:
    S.append(g.f("served", FP, v, q, service=svc, group="served_1127_by_service", parent=f_srv))
f_idp = g.f("served", "families", 23, "сімей внутрішньо переміщених осіб – 23;", service="social_support_sjo",
            category="сім'ї внутрішньо переміщених осіб", parent=S[2])
f_mil = g.f("served", "families", 19, "сімей військовослужбовців – 19;", service="social_support_sjo",
            category="сім'ї військовослужбовців", parent=S[2])
f_st = g.f("support_started", "families", 41, "взято під супровід – 41 сім'я", service="social_support_sjo")
f_stc = g.f("support_started", "children", 87, "(у них 87 дітей)", service="social_support_sjo", parent=f_st)
f_cp = g.f("support_completed", "families", 44, "завершено – 44 сім'ї", service="social_support_sjo")
O = [
    g.f("outcome_positive", "families", 29, "з позитивним результатом (СЖО подолано) – 29;", service="social_support_sjo",
        group="completed_44_by_outcome", parent=f_cp),
    g.f("outcome_minimized", "families", 9, "мінімізовано СЖО – 9;", service="social_support_sjo",
        group="completed_44_by_outcome", parent=f_cp),
    g.f("outcome_negative", "families", 3, "без результату – 3;", service="social_support_sjo",
        group="completed_44_by_outcome", parent=f_cp),
    g.f("outcome_other", "families", 4, "у зв'язку зі зміною місця проживання – 4;", service="social_support_sjo",
        label="зміна місця проживання", group="completed_44_by_outcome", parent=f_cp),
]
f_on = g.f("support_ongoing", "families", 24, "продовжено надання послуги у 2024 році – 24 сім'ї",
           service="social_support_sjo", note="a 2023 figure: families whose support continues into 2024")
f_pf = g.f("served", "families", 6, "прийомних сімей – 6", service="social_support_foster", category="прийомні сім'ї",
           group="foster_by_type")
f_pfc = g.f("served", "children", 13, "у них 13 дітей", service="social_support_foster", parent=f_pf)
f_db = g.f("served", "families", 3, "дитячих будинків сімейного типу – 3", service="social_support_foster",
           category="дитячі будинки сімейного типу", group="foster_by_type")
f_dbc = g.f("served", "children", 19, "у них 19 дітей", service="social_support_foster", parent=f_db)
f_ev = g.f("events", "events", 42, "Групова робота – проведено 42 заходи")
f_ev1 = g.f("events", "events", 17, "тренінгів – 17;", label="тренінги", group="events_42_by_kind", parent=f_ev)
f_ev2 = g.f("events", "events", 25, "засідань батьківських клубів – 25.", label="засідання батьківських клубів",
            group="events_42_by_kind", parent=f_ev)
f_evp = g.f("event_participants", "persons", 716, "Учасників групових заходів – 716 осіб.", parent=f_ev)
f_pos = g.f("staff_positions", "positions", 15, "штатних посад – 15;")
f_act = g.f("staff_actual", "staff", 13, "фактично працює – 13 осіб")
A = [
    g.f("staff_actual", "staff", 9, "фахівців із соціальної роботи – 9;", label="фахівці із соціальної роботи",
        group="staff_13_by_post", parent=f_act),
    g.f("staff_actual", "staff", 2, "психологів – 2;", label="психологи", group="staff_13_by_post", parent=f_act),
    g.f("staff_actual", "staff", 2, "адміністративний персонал – 2;", label="адміністративний персонал",
        group="staff_13_by_post", parent=f_act),
]
f_tr = g.f("staff_trained", "staff", 11, "підвищили кваліфікацію – 11 працівників.")
f_cmp = g.f("complaints", "complaints", 0, "Скарги на роботу Центру – не надходили.")
f_call = g.f("calls", "calls", 203, "Дзвінків на «гарячу лінію» Центру – 203", label="гаряча лінія")
f_anon = g.f("calls", "calls", 41, "з них анонімних – 41.", label="анонімні", parent=f_call)

g.slip("parts_sum", "error", "завершено – 44 сім'ї, з них:", 44, 45, [f_cp] + O,
       "the outcomes of the 44 completed cases (a partition: positive / minimized / none / moved): 29 + 9 + 3 + 4 = 45, "
       "one more than 44. 44 is confirmed by 44 completed + 24 continued = 68 under support.",
       f"{' + '.join(O)} == {f_cp}")

g.check("parts_sum", "Повідомлення про сім'ї/осіб, які можуть перебувати у складних життєвих обставинах, – надійшло 186",
        "74 + 52 + 23 + 37 = 186", f"{' + '.join(N)} == {f_not}")
g.check("parts_sum", "Оцінку потреб проведено 181 сім'ї/особі (решта 5 повідомлень не підтвердилися)",
        "181 assessed + 5 not confirmed = 186; 94 СЖО + 87 without СЖО = 181",
        f"{f_na} + 5 == {f_not} and {f_sjo} + 87 == {f_na}")
g.check("parts_sum", "складні життєві обставини визначено у 94 випадках, з них:", "71 families + 23 persons = 94",
        f"{f_sjo_f} + {f_sjo_p} == {f_sjo}")
g.check("parts_sum", "Соціальні послуги отримали 1 127 сімей/осіб, з них:", "638 + 297 + 68 + 9 + 115 = 1 127",
        f"{' + '.join(S)} == {f_srv}")
g.check("parts_sum", "сімей внутрішньо переміщених осіб – 23;",
        "categories within the 68 (not a partition, may overlap): 23 ≤ 68, 19 ≤ 68",
        f"{f_idp} <= {S[2]} and {f_mil} <= {S[2]}")
g.check("parts_sum", "продовжено надання послуги у 2024 році – 24 сім'ї",
        "44 completed + 24 continued = 68 families in social support (the services list)", f"{f_cp} + {f_on} == {S[2]}")
g.check("parts_sum", "дитячих будинків сімейного типу – 3, у них 19 дітей.",
        "6 foster families + 3 ДБСТ = 9 = social_support_foster in the services list", f"{f_pf} + {f_db} == {S[3]}")
g.check("parts_sum", "Групова робота – проведено 42 заходи, з них:", "17 + 25 = 42", f"{f_ev1} + {f_ev2} == {f_ev}")
g.check("parts_sum", "фактично працює – 13 осіб, з них:", "9 + 2 + 2 = 13; 13 ≤ 15 positions; 11 trained ≤ 13",
        f"{' + '.join(A)} == {f_act} and {f_act} <= {f_pos} and {f_tr} <= {f_act}")
g.check("parts_sum", "з них анонімних – 41.", "41 ≤ 203", f"{f_anon} <= {f_call}")

g.skip("34500, Рівненська обл., м. Сарни, вул. Широка, 33; тел. (03655) 0-31-08", [34500, 33, 3655, 3108],
       "postcode, address, phone")
g.skip("Програми соціальної підтримки сімей, дітей та молоді на 2022–2024 роки", [2022, 2024], "programme years")
g.skip("об'єднує 50 населених пунктів, у ній проживає 61,4 тис. мешканців", [50, 61400],
       "settlements and population of the hromada")
g.skip("рішенням Сарненської міської ради від 25.02.2021 № 312", [25, 2, 2021, 312], "decision date and number")
g.skip("(решта 5 повідомлень не підтвердилися)", [5], "notifications not confirmed; no §3 id (used in a check)")
g.skip("складних життєвих обставин не виявлено – 87.", [87],
       "assessed without СЖО; no §3 id (used in a check: 94 + 87 = 181)")
g.skip("Для порівняння: у 2022 році послуги Центру отримали 1 044 сім'ї/особи.", [2022, 1044], "prior-year figure")
g.skip("Завдання на 2024 рік: взяти під супровід не менше 45 сімей, провести 50 групових заходів.", [2024, 45, 50],
       "plan for next year")
g.skip("тел. (03655) 0-31-09", [3655, 3109], "phone")
g.skip("15.01.2024", [15, 1, 2024], "compile date")

g.note("the source is a Word list with three bullet levels; `zvitparse read` prints each item as its own block without "
       "bullets or indentation, so the nesting must be inferred from «з них» and the item wording")
g.note("«Оцінку потреб проведено 181 сім'ї/особі … з них: СЖО визначено у 94 випадках» → in_difficult_circumstances "
       "families_persons 94 (the «випадки» are the assessed families/persons) with parent the 181; its parts are 71 "
       "families (with 152 children hanging on them) and 23 persons")
g.note("services list: «Соціальні послуги отримали 1 127 сімей/осіб, з них» → served families_persons by service, one "
       "group; the IDP and military families within the 68 are overlapping categories (parent only, no group, unit "
       "families as written)")
g.note("«Соціальне супроводження сімейних форм виховання»: 6 прийомних сімей and 3 ДБСТ → served families with service "
       "social_support_foster (children hang on each); they repeat the 9 of the services list, which has its own fact")
g.note("«продовжено надання послуги у 2024 році – 24 сім'ї» → support_ongoing (a 2023 figure that names 2024)")
g.note("«Учасників групових заходів – 716 осіб» is a top-level bullet after the events list → event_participants "
       "hanging on the 42 events")
g.write()
