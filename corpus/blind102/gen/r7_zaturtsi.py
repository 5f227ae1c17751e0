"""b102_07: a council web page printed to PDF by a browser («Друк → Зберегти як PDF»): results of the external
quality assessment of the ТЦСО of Затурцівська сільська рада (Волинська) for 2023.
Browser print header (date/time, page title) and footer (URL, «1/3»), the site menu and breadcrumbs printed as
text at the top, the article, then the sidebar, the site footer and a cookie banner line."""
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from common import Gold, register_fonts, report_path

DOC = "b102_07_zaturtsi_tcso_external2023.pdf"
register_fonts()

URL = "https://zaturtsivska-hromada.example.ua/news/1705930811/"
TITLE = "Результати зовнішньої оцінки якості соціальних послуг Терцентру за 2023 рік | Затурцівська сільська рада"
STAMP = "24.01.2024, 09:17"

B = ParagraphStyle("b", fontName="LSans", fontSize=12.5, leading=18, alignment=TA_LEFT, spaceAfter=10)
SM = ParagraphStyle("sm", parent=B, fontSize=10, leading=14, spaceAfter=6)
MENU = ParagraphStyle("menu", parent=B, fontSize=10, leading=13)
H1 = ParagraphStyle("h1", parent=B, fontName="LSans-B", fontSize=17, leading=21, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=B, fontName="LSans-B", fontSize=14, leading=19, spaceBefore=8)
LOGO = ParagraphStyle("logo", parent=B, fontName="LSans-B", fontSize=14, leading=18)

def make_story():
    return [
    Paragraph("Затурцівська сільська рада", LOGO),
    Paragraph("Волинська область, Володимирський район", SM),
    Paragraph("Пошук по сайту", SM),
    Paragraph("Головна &nbsp;&nbsp; Громада &nbsp;&nbsp; Влада &nbsp;&nbsp; Документи &nbsp;&nbsp; Новини &nbsp;&nbsp; "
              "Соціальний захист &nbsp;&nbsp; ЦНАП &nbsp;&nbsp; Контакти", MENU),
    Paragraph("Головна / Новини / Соціальний захист / Результати зовнішньої оцінки якості соціальних послуг "
              "Терцентру за 2023 рік", SM),
    Spacer(1, 4),
    Paragraph("Результати зовнішньої оцінки якості соціальних послуг Терцентру за 2023 рік", H1),
    Paragraph("22 січня 2024 року, 15:20 &nbsp;·&nbsp; Відділ соціального захисту населення &nbsp;·&nbsp; "
              "Переглядів: 318", SM),
    Paragraph("Відповідно до Порядку проведення моніторингу надання та оцінки якості соціальних послуг, "
              "затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449, комісія у складі 7 осіб, "
              "утворена розпорядженням сільського голови від 06.11.2023 № 212-р, з 13 листопада по 8 грудня 2023 року "
              "провела зовнішню оцінку якості соціальних послуг догляду вдома та денного догляду, які надає "
              "Територіальний центр соціального обслуговування (надання соціальних послуг) Затурцівської сільської "
              "ради (далі – Терцентр).", B),
    Paragraph("Що надає Терцентр", H2),
    Paragraph("Упродовж 2023 року соціальні послуги Терцентру отримали 417 мешканців громади. Послугу догляду вдома "
              "надано 126 особам, денного догляду – 58, натуральну допомогу – 233 особам. Штатним розписом "
              "установи передбачено 31 посаду, фактично працюють 29 осіб, із них 19 – соціальні робітники.", B),
    Paragraph("Комісія вивчила 40 особових справ отримувачів, відвідала вдома 12 отримувачів і провела анкетування.",
              B),
    Paragraph("Під час відвідувань комісія звертала увагу на стан житла отримувачів, наявність у них "
              "індивідуальних планів і договорів, ведення журналів обліку відвідувань. Отримувачі денного догляду "
              "відзначали гуртки та щотижневі зустрічі з психологом, отримувачі догляду вдома – уважність "
              "соціальних робітників і допомогу з оплатою комунальних послуг та придбанням ліків.", B),
    Paragraph("Хто взяв участь в опитуванні", H2),
    Paragraph("В анкетуванні взяли участь 56 отримувачів: 38 отримувачів послуги догляду вдома та 18 – денного "
              "догляду. Жінки становили 71,4 % опитаних. За віком респонденти розподілилися так: до 70 років – "
              "17,9 %, від 70 до 79 років – 46,4 %, 80 років і старше – 37,5 %.", B),
    Paragraph("Результати за критеріями", H2),
    Paragraph("Рівень «добре» комісія встановлювала, якщо позитивних відповідей 80 % і більше, «задовільно» – від "
              "60 до 79,9 %, «незадовільно» – менше 60 %. Оцінки за критеріями:", B),
    Paragraph("• адресність та індивідуальний підхід – «добре» (92,9 % позитивних відповідей);", B),
    Paragraph("• результативність – «добре» (87,5 %);", B),
    Paragraph("• своєчасність – «задовільно» (73,2 %): у шести випадках послугу почали надавати пізніше, ніж "
              "через 10 днів після звернення;", B),
    Paragraph("• доступність та відкритість – «добре» (85,7 %);", B),
    Paragraph("• повага до гідності отримувача – «добре» (100 %);", B),
    Paragraph("• професійність – «добре» (94,6 %).", B),
    Paragraph("Загальну оцінку якості соціальних послуг Терцентру визначено на рівні «добре». Скарг від отримувачів "
              "у 2023 році не надходило.", B),
    Paragraph("Що рекомендовано", H2),
    Paragraph("1. До 01.04.2024 скоротити строк від звернення до початку надання послуги догляду вдома до 5 робочих "
              "днів.", B),
    Paragraph("2. Забезпечити навчання соціальних робітників, які працюють менше 1 року.", B),
    Paragraph("3. Розмістити інформацію про порядок оскарження на сайті громади та в старостатах.", B),
    Paragraph("Звіт про проведення зовнішньої оцінки (12 сторінок) розміщено в розділі «Документи».", B),
    Paragraph("Поділитися: Facebook · Telegram · Viber · Копіювати посилання", SM),
    Spacer(1, 8),
    Paragraph("Коментарі вимкнено", SM),
    Paragraph("Останні новини", H2),
    Paragraph("23.01.2024 · Сесія сільської ради затвердила 14 цільових програм на 2024 рік", SM),
    Paragraph("19.01.2024 · У громаді освятили воду на Водохреще", SM),
    Paragraph("17.01.2024 · У грудні до ЦНАПу звернулися 1 214 мешканців", SM),
    Paragraph("Корисні посилання", H2),
    Paragraph("Електронні петиції · Звернення громадян · Публічна інформація · Оголошення · Вакансії", SM),
    Paragraph("Графік прийому громадян", H2),
    Paragraph("Пн–Чт 8:00–17:15, Пт 8:00–16:00, перерва 13:00–14:00", SM),
    Paragraph("Телефон приймальні: (03342) 0-93-71", SM),
    Spacer(1, 8),
    Paragraph("© 2018–2024 Затурцівська сільська рада. 45332, Волинська обл., Володимирський р-н, с. Затурці, "
              "вул. Шкільна, 2. Код ЄДРПОУ 04336718. При використанні матеріалів посилання на сайт обов'язкове.", SM),
    Paragraph("Ми використовуємо файли cookie, щоб сайт працював краще. Продовжуючи перегляд, ви погоджуєтеся з "
              "цим. &nbsp; Детальніше &nbsp; Прийняти", SM),
]


def build(total):
    def on_page(c, doc):
        c.saveState()
        c.setFont("LSans", 8)
        c.drawString(10 * mm, 290 * mm, STAMP)
        c.drawCentredString(120 * mm, 290 * mm, TITLE[:95])
        c.drawString(10 * mm, 6 * mm, URL)
        c.drawRightString(200 * mm, 6 * mm, f"{doc.page}/{total}")
        c.restoreState()
    path = report_path(DOC)
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=14 * mm, title=TITLE, author="")
    doc.build(make_story(), onFirstPage=on_page, onLaterPages=on_page)
    return doc.page


pages = build(3)
if pages != 3:
    build(pages)
    print("pages:", pages)

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Затурцівської сільської ради",
    "centre_type": "tcso",
    "settlement": "Затурці",
    "oblast": "Волинська",
    "report_kind": "external_assessment",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
    "published": "2024-01-22",
})
f = g.f
tot = f("served", "persons", 417, "соціальні послуги Терцентру отримали 417 мешканців громади")
h = f("served", "persons", 126, "Послугу догляду вдома надано 126 особам", service="home_care",
      group="served_417_by_service", parent=tot)
dc = f("served", "persons", 58, "денного догляду – 58", service="day_care", group="served_417_by_service", parent=tot)
nat = f("served", "persons", 233, "натуральну допомогу – 233 особам", service="natural_aid",
        group="served_417_by_service", parent=tot)
pos = f("staff_positions", "positions", 31, "передбачено 31 посаду")
act = f("staff_actual", "staff", 29, "фактично працюють 29 осіб")
sw = f("staff_actual", "staff", 19, "із них 19 – соціальні робітники", label="соціальні робітники", parent=act)
sr = f("survey_respondents", "recipients", 56, "В анкетуванні взяли участь 56 отримувачів", unit_alt="persons")
sr1 = f("survey_respondents", "recipients", 38, "38 отримувачів послуги догляду вдома", service="home_care",
        unit_alt="persons", group="respondents_56_by_service", parent=sr)
sr2 = f("survey_respondents", "recipients", 18, "18 – денного догляду", service="day_care", unit_alt="persons",
        group="respondents_56_by_service", parent=sr)
wom = f("share", "percent", 71.4, "Жінки становили 71,4 % опитаних", label="жінки серед опитаних")
a1 = f("share", "percent", 17.9, "до 70 років – 17,9 %", label="опитані віком до 70 років", group="respondents_by_age")
a2 = f("share", "percent", 46.4, "від 70 до 79 років – 46,4 %", label="опитані віком 70–79 років",
       group="respondents_by_age")
a3 = f("share", "percent", 37.5, "80 років і старше – 37,5 %", label="опитані віком 80 років і старше",
       group="respondents_by_age")
crit = [("targeting", "адресність та індивідуальний підхід – «добре» (92,9 %", "good", 92.9),
        ("effectiveness", "результативність – «добре» (87,5 %)", "good", 87.5),
        ("timeliness", "своєчасність – «задовільно» (73,2 %)", "satisfactory", 73.2),
        ("accessibility", "доступність та відкритість – «добре» (85,7 %)", "good", 85.7),
        ("dignity", "повага до гідності отримувача – «добре» (100 %)", "good", 100),
        ("professionalism", "професійність – «добре» (94,6 %)", "good", 94.6)]
CR = {}
for cid, q, r, v in crit:
    CR[cid] = (f("rating", "rating", r, q, criterion=cid),
               f("share", "percent", v, q, criterion=cid, alt=["satisfaction"], label="частка позитивних відповідей"))
ov = f("rating", "rating", "good", "Загальну оцінку якості соціальних послуг Терцентру визначено на рівні «добре»",
       criterion="overall")
cmp_ = f("complaints", "complaints", 0, "Скарг від отримувачів у 2023 році не надходило")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
g.check("parts_sum", "Послугу догляду вдома надано 126 особам, денного догляду – 58, натуральну допомогу – 233 особам",
        "126 + 58 + 233 = 417", f"{h} + {dc} + {nat} == {tot}")
g.check("parts_sum", "фактично працюють 29 осіб, із них 19 – соціальні робітники", "19 ≤ 29 ≤ 31",
        f"{sw} <= {act} <= {pos}")
g.check("parts_sum", "В анкетуванні взяли участь 56 отримувачів: 38 отримувачів послуги догляду вдома та 18",
        "38 + 18 = 56", f"{sr1} + {sr2} == {sr}")
g.check("percent_impossible", "Жінки становили 71,4 % опитаних", "71,4 = 40 of 56", f"grim_ok({wom}, {sr}, 1)")
g.check("percent_impossible", "адресність та індивідуальний підхід – «добре» (92,9 %",
        "criterion shares reachable with 56: 52, 49, 41, 48, 56, 53 of 56",
        " and ".join(f"grim_ok({CR[c][1]}, {sr}, 1)" for c in CR))
for cid, q, r, v in crit:
    g.check("rating_band", q, f"{cid}: {v} % → {r} by the page's own bands",
            f"band({CR[cid][1]}, {BANDS}) == {CR[cid][0]}")
g.check("percent_impossible", "до 70 років – 17,9 %", "each age share alone is reachable with 56 (10, 26, 21 of 56)",
        f"grim_ok({a1}, {sr}, 1) and grim_ok({a2}, {sr}, 1) and grim_ok({a3}, {sr}, 1)")
g.slip("percents_sum", "error",
       "За віком респонденти розподілилися так: до 70 років – 17,9 %, від 70 до 79 років – 46,4 %, 80 років і старше – 37,5 %.",
       101.8, 100, [a1, a2, a3],
       "the three age groups partition the 56 respondents but sum to 101,8 %; each share alone is reachable "
       "(10, 26 and 21 of 56), but 10 + 26 + 21 = 57 > 56",
       f"psum_ok([{a1}, {a2}, {a3}], 1)")

g.skip("22 січня 2024 року, 15:20", [22, 2024, 15, 20], "publication date and time")
g.skip("Переглядів: 318", [318], "view counter")
g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act")
g.skip("комісія у складі 7 осіб, утворена розпорядженням сільського голови від 06.11.2023 № 212-р, з 13 листопада по "
       "8 грудня 2023 року", [7, 6, 11, 2023, 212, 13, 8], "commission size, order date and number, assessment dates")
g.skip("за 2023 рік", [2023], "year")
g.skip("Комісія вивчила 40 особових справ отримувачів, відвідала вдома 12 отримувачів", [40, 12],
       "case files and home visits of the commission (method, no §3 id)")
g.skip("до 70 років", [70, 79, 80], "ages (age-group bounds)")
g.skip("Рівень «добре» комісія встановлювала, якщо позитивних відповідей 80 % і більше, «задовільно» – від 60 до "
       "79,9 %, «незадовільно» – менше 60 %", [80, 60, 79.9], "band definitions")
g.skip("у шести випадках послугу почали надавати пізніше, ніж через 10 днів після звернення", [6, 10],
       "late starts (no §3 id), duration")
g.skip("1. До 01.04.2024 скоротити строк від звернення до початку надання послуги догляду вдома до 5 робочих днів.",
       [1, 1, 4, 2024, 5], "recommendation number, deadline, target")
g.skip("2. Забезпечити навчання соціальних робітників, які працюють менше 1 року.", [2, 1],
       "recommendation number, duration")
g.skip("3. Розмістити інформацію", [3], "recommendation number")
g.skip("(12 сторінок)", [12], "page count of the full report")

g.skip("23.01.2024 · Сесія сільської ради затвердила 14 цільових програм на 2024 рік", [23, 1, 2024, 14],
       "sidebar news (site furniture)")
g.skip("19.01.2024 · У громаді освятили воду на Водохреще", [19, 1, 2024], "sidebar news")
g.skip("17.01.2024 · У грудні до ЦНАПу звернулися 1 214 мешканців", [17, 1, 2024, 1214],
       "sidebar news: a ЦНАП figure, not the ТЦСО's")
g.skip("Пн–Чт 8:00–17:15, Пт 8:00–16:00, перерва 13:00–14:00", [8, 0, 17, 15, 16, 13, 14], "office hours (sidebar)")
g.skip("Телефон приймальні: (03342) 0-93-71", [3342, 9371], "phone (sidebar)")
g.skip("© 2018–2024 Затурцівська сільська рада. 45332, Волинська обл., Володимирський р-н, с. Затурці, вул.",
       [2018, 2024, 45332], "site footer: years, postcode")
g.skip("Шкільна, 2. Код ЄДРПОУ 04336718.", [2, 4336718], "site footer: address, ЄДРПОУ")
g.note("the page is printed from a browser: print header (date/time, page title), footer (URL, «N/3»), menu, "
       "breadcrumbs, sidebar (news with their numbers, office hours, phone), site footer (address, ЄДРПОУ) and "
       "the cookie line are not the report; whatever of them `zvitparse read` prints is skipped")
g.note("the assessed provider is the ТЦСО; the page is published by the council's social-protection department "
       "→ centre is the ТЦСО, report_kind external_assessment (a commission of the council), published 2024-01-22")
g.note("criteria in a bulleted list: rating + share per criterion (share alt satisfaction); the page's own bands "
       "make Своєчасність 73,2 % «задовільно», as written")
g.note("respondents by age: three shares of one partition (group respondents_by_age) → percents_sum finding (101,8 %)")
g.note("«отримувачів» → recipients, unit_alt persons")
g.write()
