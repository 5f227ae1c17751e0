"""b25_03: КУ «ЦНСП» Жовківської міської ради (Львівська). NEW STYLE: a director's order
(наказ) «Про затвердження результатів внутрішньої оцінки якості ...» of home care provided in 2024:
preamble with legal references, «НАКАЗУЮ:», numbered items, annex 1 with the results by criterion
(table) and the overall rating, annex 2 with tasks and deadlines (table). DOCX."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b25_03_zhovkva_cnsp_order_internal2024.docx"
C = WD_ALIGN_PARAGRAPH.CENTER
d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(14)
fix_docx_props(d, author="ЦНСП")


def P(text, align=None, bold=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if align is not None:
        p.alignment = align
    return p


def table(rows, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    return t


P("УКРАЇНА", C)
P("ЖОВКІВСЬКА МІСЬКА РАДА ЛЬВІВСЬКОГО РАЙОНУ ЛЬВІВСЬКОЇ ОБЛАСТІ", C)
P("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЖОВКІВСЬКОЇ МІСЬКОЇ РАДИ", C, bold=True)
P("80300, м. Жовква, вул. Вічева, 14, тел. (03252) 0-17-38, e-mail: cnsp.zhovkva@example.ua, код ЄДРПОУ 43905126", C)
P("НАКАЗ", C, bold=True)
P("14.02.2025                    м. Жовква                    № 23-од")
P("Про затвердження результатів внутрішньої оцінки якості соціальної послуги догляду вдома за 2024 рік", bold=True)
P("Відповідно до Закону України «Про соціальні послуги», постанови Кабінету Міністрів України від "
  "01.06.2020 № 449 «Про затвердження Порядку проведення моніторингу надання та оцінки якості "
  "соціальних послуг», наказу Міністерства соціальної політики України від 27.12.2013 № 904 «Про "
  "затвердження методичних рекомендацій з проведення моніторингу та оцінки якості соціальних послуг», "
  "Державного стандарту догляду вдома, на виконання наказу директора Центру від 06.01.2025 № 4-од "
  "«Про проведення внутрішньої оцінки якості соціальних послуг», розглянувши звіт комісії з "
  "внутрішньої оцінки від 10.02.2025,")
P("НАКАЗУЮ:", bold=True)
P("1. Затвердити результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої "
  "Центром у 2024 році (додаток 1).")
P("2. Визнати рівень якості надання соціальної послуги догляду вдома у 2024 році «добре».")
P("3. Завідувачу відділення соціальної допомоги вдома забезпечити виконання завдань, визначених "
  "у додатку 2, у встановлені строки та поінформувати директора до 15.01.2026.")
P("4. Фахівцю з соціальної роботи оприлюднити результати оцінки на офіційному вебсайті Жовківської "
  "міської ради до 28.02.2025.")
P("5. Контроль за виконанням цього наказу залишаю за собою.")
P("Директор                                        (підпис)")
P("З наказом ознайомлені:                        (підписи)")

d.add_page_break()
P("Додаток 1", WD_ALIGN_PARAGRAPH.RIGHT)
P("до наказу від 14.02.2025 № 23-од", WD_ALIGN_PARAGRAPH.RIGHT)
P("РЕЗУЛЬТАТИ внутрішньої оцінки якості соціальної послуги догляду вдома за 2024 рік", C, bold=True)
P("1. Загальні відомості. У 2024 році послугу догляду вдома отримували 214 осіб, з них 163 жінки "
  "та 51 чоловік. Протягом року взято на обслуговування 38 осіб; припинено надання послуги 29 "
  "особам, у тому числі у зв'язку зі смертю – 19, зі зміною місця проживання – 4, з влаштуванням до "
  "закладу стаціонарного догляду – 3, за власним бажанням – 3. Послугу надають 27 соціальних "
  "робітників (штатна чисельність – 30 посад); у 2024 році підвищили кваліфікацію 12 з них. Скарг "
  "від отримувачів за рік не надходило.")
P("2. Методи оцінки. Комісія у складі 5 осіб опрацювала 40 особових справ, провела 15 "
  "спостережень за наданням послуги та анкетування 62 отримувачів (29 % від їх загальної кількості).")
P("3. Шкала оцінювання: «добре» – 85–100 % позитивних відповідей; «задовільно» – 60–84 %; "
  "«незадовільно» – менше 60 %.")
P("4. Результати за критеріями (таблиця).")
crit = [
    ("№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "93,5", "добре"),
    ("2", "Результативність", "88,7", "добре"),
    ("3", "Своєчасність", "82,3", "добре"),
    ("4", "Доступність та відкритість", "90,3", "добре"),
    ("5", "Зручність", "85,5", "добре"),
    ("6", "Повага до гідності отримувача соціальної послуги", "96,8", "добре"),
    ("7", "Професійність", "91,9", "добре"),
]
t = table(crit + [("", "", "", "")])
last = t.rows[len(crit)]
m = last.cells[0].merge(last.cells[1])
m.text = "Загальна оцінка (середнє значення)"
last.cells[2].text = "89,9"
last.cells[3].text = "добре"
P("5. Висновок. Загальна оцінка якості надання соціальної послуги догляду вдома – «добре» (89,9 %). "
  "Найнижчий показник – своєчасність: у 9 отримувачів перше відвідування відбулося пізніше ніж "
  "через 5 робочих днів після прийняття рішення.")

d.add_page_break()
P("Додаток 2", WD_ALIGN_PARAGRAPH.RIGHT)
P("до наказу від 14.02.2025 № 23-од", WD_ALIGN_PARAGRAPH.RIGHT)
P("ЗАВДАННЯ за результатами внутрішньої оцінки якості", C, bold=True)
table([
    ("№", "Завдання", "Строк", "Відповідальний"),
    ("1", "Переглянути графіки відвідувань у старостинських округах, щоб перше відвідування "
          "відбувалося не пізніше 3 робочих днів", "до 31.03.2025", "завідувач відділення"),
    ("2", "Провести для соціальних робітників не менше 2 навчальних занять з питань етики та безпеки",
     "II квартал 2025 року", "фахівець з соціальної роботи"),
    ("3", "Забезпечити 100 % отримувачів інформаційними картками з контактами Центру", "до 30.06.2025",
     "завідувач відділення"),
    ("4", "Провести повторне анкетування не менше 60 отримувачів", "грудень 2025 року", "комісія"),
])

out = report_path(DOC)
d.save(out)
freeze_zip(out)

g = Gold(DOC, {
    "centre": "Комунальна установа «Центр надання соціальних послуг» Жовківської міської ради",
    "centre_type": "cnsp", "settlement": "Жовква", "oblast": "Львівська",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Центр надання соціальних послуг Жовківської міської ради",
                         "КУ «Центр надання соціальних послуг» Жовківської міської ради"]})
F = g.f
f1 = F("rating", "rating", "good", "Визнати рівень якості надання соціальної послуги догляду вдома у 2024 році «добре».",
       service="home_care", criterion="overall", note="order item 2")
f2 = F("served", "persons", 214, "послугу догляду вдома отримували 214 осіб", service="home_care")
f3 = F("served", "persons", 163, "з них 163 жінки", service="home_care", label="жінки", group="served_214_by_sex", parent=f2)
f4 = F("served", "persons", 51, "та 51 чоловік", service="home_care", label="чоловіки", group="served_214_by_sex", parent=f2)
f5 = F("served", "persons", 38, "взято на обслуговування 38 осіб", service="home_care", label="взято на обслуговування",
       alt=["registered_new", "support_started"])
f6 = F("support_completed", "persons", 29, "припинено надання послуги 29 особам", service="home_care", alt=["deregistered"])
f7 = F("outcome_other", "persons", 19, "у зв'язку зі смертю – 19", service="home_care", label="смерть",
       group="stopped_29_by_reason", parent=f6, alt=["deregistered"])
f8 = F("outcome_other", "persons", 4, "зі зміною місця проживання – 4", service="home_care", label="зміна місця проживання",
       group="stopped_29_by_reason", parent=f6, alt=["deregistered"])
f9 = F("outcome_other", "persons", 3, "закладу стаціонарного догляду – 3", service="home_care",
       label="влаштування до закладу стаціонарного догляду", group="stopped_29_by_reason", parent=f6, alt=["deregistered"])
f10 = F("outcome_other", "persons", 3, "за власним бажанням – 3", service="home_care", label="за власним бажанням",
        group="stopped_29_by_reason", parent=f6, alt=["deregistered"])
f11 = F("staff_actual", "staff", 27, "Послугу надають 27 соціальних робітників", service="home_care")
f12 = F("staff_positions", "positions", 30, "(штатна чисельність – 30 посад)", service="home_care")
f13 = F("staff_trained", "staff", 12, "у 2024 році підвищили кваліфікацію 12 з них", parent=f11)
f14 = F("complaints", "complaints", 0, "Скарг від отримувачів за рік не надходило.", service="home_care")
f15 = F("survey_respondents", "persons", 62, "анкетування 62 отримувачів (29 % від їх загальної кількості)", percent=29,
        service="home_care", unit_alt="recipients")
cid = {"1": "targeting", "2": "effectiveness", "3": "timeliness", "4": "accessibility", "5": "convenience",
       "6": "dignity", "7": "professionalism"}
shares, rates = {}, {}
for r in crit[1:]:
    q = "\t".join(r)
    shares[r[0]] = F("share", "percent", float(r[2].replace(",", ".")), q, service="home_care", criterion=cid[r[0]],
                     label="частка позитивних відповідей: " + r[1], alt=["satisfaction"])
    rates[r[0]] = F("rating", "rating", "good", q, service="home_care", criterion=cid[r[0]])
TOT = "Загальна оцінка (середнє значення)\t89,9\tдобре"
f30 = F("share", "percent", 89.9, TOT, service="home_care", criterion="overall",
        label="частка позитивних відповідей, середнє за критеріями", alt=["satisfaction"])
f31 = F("rating", "rating", "good", TOT, service="home_care", criterion="overall")
f32 = F("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре» (89,9 %)",
        service="home_care", criterion="overall", note="the conclusion repeats the table's overall rating: two facts (plus the order item 2)")
f33 = F("share", "percent", 89.9, "«добре» (89,9 %)", service="home_care", criterion="overall",
        label="частка позитивных відповідей, середнє (висновок)".replace("позитивных", "позитивних"), alt=["satisfaction"])

BANDS = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
g.slip("rating_band", "error", "\t".join(crit[3]), "добре", "задовільно", [shares["3"], rates["3"]],
       "Своєчасність 82,3 % is rated «добре», but the document's own scale (item 3 of annex 1) gives «добре» for 85–100 % and «задовільно» for 60–84 %",
       f"band(f{shares['3'][1:]}, {BANDS}) == f{rates['3'][1:]}", slip=1)
for k in ("1", "2", "4", "5", "6", "7"):
    g.check("rating_band", "\t".join(crit[int(k)]), f"{crit[int(k)][2]} % is within the «добре» band 85–100 %",
            f"band(f{shares[k][1:]}, {BANDS}) == f{rates[k][1:]}")
g.check("rating_band", TOT, "overall 89,9 % → «добре»", f"band(f30, {BANDS}) == f31")
sh = [shares[k] for k in "1234567"]
g.check("table_arithmetic", TOT, "mean of the seven criteria: (93,5 + 88,7 + 82,3 + 90,3 + 85,5 + 96,8 + 91,9) / 7 = 89,86 → 89,9",
        "round((" + " + ".join("f" + x[1:] for x in sh) + ") / 7, 1) == f30")
g.check("percent_impossible", "\t".join(crit[1]), "every criterion share is reachable with 62 respondents (58, 55, 51, 56, 53, 60, 57 of 62)",
        " and ".join(f"grim_ok(f{x[1:]}, f15, 1)" for x in sh))
g.check("internal_conflict", "«добре» (89,9 %)", "the conclusion repeats the table's overall 89,9 % and «добре»", "f33 == f30 and f32 == f31 == f1")
g.check("parts_sum", "з них 163 жінки", "163 + 51 = 214", "f3 + f4 == f2")
g.check("parts_sum", "припинено надання послуги 29 особам", "19 + 4 + 3 + 3 = 29", "f7 + f8 + f9 + f10 == f6")
g.check("percent_mismatch", "анкетування 62 отримувачів (29 % від їх загальної кількості)", "62/214 = 29,0 %", "pct_ok(p15, f15, f2, 0)")
g.check("parts_sum", "Послугу надають 27 соціальних робітників", "27 ≤ 30 positions; 12 trained ≤ 27", "f11 <= f12 and f13 <= f11")

g.skip("80300, м. Жовква, вул. Вічева, 14, тел. (03252) 0-17-38", [80300, 14, 3252, 1738], "postcode, address, phone")
g.skip("код ЄДРПОУ 43905126", [43905126], "ЄДРПОУ")
g.skip("14.02.2025 м. Жовква № 23-од", [14, 2, 2025, 23], "order date and number")
g.skip("від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act date and number")
g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "legal act date and number")
g.skip("від 06.01.2025 № 4-од", [6, 1, 2025, 4], "order date and number")
g.skip("внутрішньої оцінки від 10.02.2025,", [10, 2, 2025], "date of the commission's report")
g.skip("1. Затвердити результати", [1, 2, 3, 4, 5], "order item numbers 1.–5. and annex paragraph numbers 1.–5.")
g.skip("поінформувати директора до 15.01.2026", [15, 1, 2026], "deadline")
g.skip("міської ради до 28.02.2025", [28, 2, 2025], "deadline")
g.skip("до наказу від 14.02.2025 № 23-од", [14, 2, 2025, 23], "annex header (order date and number), «Додаток 1», «Додаток 2»")
g.skip("Комісія у складі 5 осіб опрацювала 40 особових справ, провела 15", [5, 40, 15], "commission size, case files, observations (no §3 id)")
g.skip("«добре» – 85–100 % позитивних відповідей; «задовільно» – 60–84 %; «незадовільно» – менше 60 %.", [85, 100, 60, 84, 60], "rating band definitions")
g.skip("4. Результати за критеріями (таблиця).", [4], "paragraph number")
g.skip("№\tКритерій", [1, 2, 3, 4, 5, 6, 7], "row numbers of the criteria table and of the task table")
g.skip("у 9 отримувачів перше відвідування відбулося пізніше ніж через 5 робочих днів після прийняття рішення", [9, 5],
       "late first visits (no §3 id) and a duration")
g.skip("не пізніше 3 робочих днів", [3], "task: target duration")
g.skip("не менше 2 навчальних занять", [2], "task (plan)")
g.skip("Забезпечити 100 % отримувачів інформаційними картками", [100], "task (target)")
g.skip("до 31.03.2025", [31, 3, 2025], "deadline")
g.skip("II квартал 2025 року", [2025], "deadline")
g.skip("до 30.06.2025", [30, 6, 2025], "deadline")
g.skip("Провести повторне анкетування не менше 60 отримувачів\tгрудень 2025 року", [60, 2025], "task (plan), deadline")
g.note("the report period is 2024 (the service «надану Центром у 2024 році»); the order is dated 14.02.2025 and is not a «published» date")
g.note("the overall «добре» appears three times: order item 2, the table's last row and the conclusion → three rating facts (overall); 89,9 % twice → two share facts")
g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating fact quoted by the row")
g.note("«припинено надання послуги 29 особам» → support_completed (alt deregistered) with reasons as outcome_other (alt deregistered)")
g.note("annex 2 (tasks, deadlines) holds only plans and targets: all skipped")
g.write()
