"""b13_06: public report of the director of the Яворів ТЦСО (Львівська) for 2024, read at a public hearing.

PDF (reportlab, invariant), one column, rhetorical prose with growth percentages; thousands written
with a dot («2.317», «41.870») and money as «28.914,7 тис. грн».
Planted slip: ВПО «318 осіб, або 15,7 %» of 2 317 recipients is 13,7 %.
"""
import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from common import Gold, report_path

NAME = "b13_06_yavoriv_tcso_public2024.pdf"
pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
BODY = ParagraphStyle("b", fontName="DVS", fontSize=11, leading=15.5, spaceAfter=7, firstLineIndent=1 * cm,
                      alignment=4)
TITLE = ParagraphStyle("t", fontName="DVSB", fontSize=13, leading=17, alignment=1, spaceAfter=8)
SUB = ParagraphStyle("s", fontName="DVS", fontSize=10, leading=13, alignment=1, spaceAfter=14)

PARAS = [
    ("t", "ПУБЛІЧНИЙ ЗВІТ"),
    ("t", "директора Яворівського територіального центру соціального обслуговування (надання соціальних "
          "послуг) про роботу у 2024 році"),
    ("s", "Громадські слухання, м. Яворів, 27 лютого 2025 року"),
    ("p", "Шановні депутати! Шановні колеги, жителі громади!"),
    ("p", "Рік, що минув, був для нас роком випробувань і водночас роком зростання. Попри повітряні тривоги, "
          "відключення світла та нестачу кадрів, наш колектив не зупинився ні на день. У 2024 році "
          "територіальний центр надав соціальні послуги 2.317 особам – це на 14 % більше, ніж торік. "
          "За кожною з цих цифр – людина, яка отримала підтримку саме тоді, коли її потребувала."),
    ("p", "У тому числі: отримувачі адресної натуральної допомоги – 1.122 особи (48,4 %), підопічні "
          "відділення соціальної допомоги вдома – 486, відвідувачі відділення денного перебування – 219, "
          "отримувачі послуги консультування – 379, користувачі пункту прокату засобів реабілітації – 73, "
          "мешканці відділення стаціонарного догляду – 38. Загалом протягом року до нас надійшло 412 "
          "заяв про надання послуг."),
    ("p", "Окремо скажу про наших внутрішньо переміщених співгромадян: послуги отримали 318 осіб, або 15,7 % "
          "від усіх отримувачів. Для багатьох із них територіальний центр став першою адресою в новому "
          "місті. Серед наших отримувачів – 604 особи з інвалідністю, 127 ветеранів війни та членів їхніх "
          "сімей, 41 дитина з інвалідністю. Мобільна бригада за рік здійснила 1.318 виїздів, а новою "
          "послугою «соціальне таксі» скористалися 58 осіб (214 поїздок)."),
    ("p", "Відділення стаціонарного догляду – це дім для 38 мешканців, з них 29 – особи з інвалідністю "
          "I групи."),
    ("p", "Серце нашої роботи – відділення соціальної допомоги вдома. 486 підопічних, з них 212 (43,6 %) – "
          "одинокі люди, до яких, окрім нашого соціального робітника, ніхто не приходить. Соціальні "
          "робітники надали їм 41.870 соціальних послуг – у середньому по 86 послуг на одного підопічного. "
          "Середній вік наших підопічних – 81 рік."),
    ("p", "Адресну натуральну допомогу – продуктові та гігієнічні набори, ковдри, обігрівачі – отримали "
          "1.122 особи на загальну суму 1.406,5 тис. грн. Це вдвічі більше, ніж у 2023 році, коли ми "
          "видали допомоги на 702,3 тис. грн."),
    ("p", "Відділення денного перебування відвідували 219 осіб. Ми провели 148 заходів – концерти, майстер-"
          "класи, заняття зі скандинавської ходьби, курси цифрової грамотності, – у яких узяли участь "
          "понад 2.600 учасників. Психолог і юрист центру надали 1.046 консультацій."),
    ("p", "Тепер про кошти. Касові видатки загального фонду у 2024 році склали 28.914,7 тис. грн, що на "
          "9,3 % більше, ніж у 2023 році. З них на оплату праці з нарахуваннями спрямовано 25.063,2 тис. "
          "грн. Платні соціальні послуги принесли до спеціального фонду 312,6 тис. грн – у 1,5 раза "
          "більше, ніж роком раніше."),
    ("p", "Наш колектив – це 97 працівників при 101,5 штатної посади, з них 52 – соціальні робітники. Протягом року 32 працівники "
          "підвищили кваліфікацію. Я вдячний кожному з них."),
    ("p", "Ми запитали людей, як вони оцінюють нашу роботу. В анонімному анкетуванні взяли участь 240 "
          "отримувачів, і 92 % з них задоволені якістю послуг. За рік до нас не надійшло жодної скарги."),
    ("p", "У громаді проживає понад 40.000 жителів, з них кожен четвертий – старший 60 років. Тому у 2025 "
          "році ми плануємо охопити послугами 2.500 осіб, відкрити відділення денного догляду на 15 місць "
          "та придбати другий спеціалізований автомобіль."),
    ("p", "Дякую за увагу! Телефон для звернень: (03259) 0-27-44."),
]


def build():
    flow = []
    for kind, t in PARAS:
        st = {"t": TITLE, "s": SUB, "p": BODY}[kind]
        flow.append(Paragraph(t, st))
        if kind == "s":
            flow.append(Spacer(1, 6))
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title="Публічний звіт директора ТЦСО за 2024 рік", author="Яворівський ТЦСО",
                            creator="Яворівський ТЦСО", producer="reportlab")
    doc.build(flow)


def main():
    build()
    g = Gold(NAME, {
        "centre": "Яворівський територіальний центр соціального обслуговування (надання соціальних послуг)",
        "centre_type": "tcso",
        "settlement": "Яворів",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "published": "2025-02-27",
    }, meta_alt={"centre": ["Яворівський територіальний центр соціального обслуговування"],
                 "report_kind": ["other"]})
    from common import read_text
    text = read_text(report_path(NAME))

    def Q(s):
        """Quote as printed: the reader may wrap long paragraphs; collapse to what is in the text."""
        assert s in text, s
        return s

    tot = g.f("served", "persons", 2317, Q("надав соціальні послуги 2.317 особам"))
    grp = "served_2317_by_service"
    na1 = g.f("served", "persons", 1122, Q("отримувачі адресної натуральної допомоги – 1.122 особи (48,4 %)"),
              percent=48.4, service="natural_aid", group=grp, parent=tot)
    hc1 = g.f("served", "persons", 486, Q("відділення соціальної допомоги вдома – 486"), service="home_care",
              group=grp, parent=tot)
    g.f("served", "persons", 219, Q("відвідувачі відділення денного перебування – 219"), service="day_care",
        group=grp, parent=tot)
    g.f("served", "persons", 379, Q("отримувачі послуги консультування – 379"), service="counselling",
        group=grp, parent=tot)
    g.f("served", "persons", 73, Q("користувачі пункту прокату засобів реабілітації – 73"),
        label="пункт прокату засобів реабілітації", group=grp, parent=tot)
    g.f("served", "persons", 38, Q("мешканці відділення стаціонарного догляду – 38"),
        service="residential_care", group=grp, parent=tot)
    g.f("applied", "applications", 412, Q("надійшло 412 заяв про надання послуг"))
    vpo = g.f("served", "persons", 318, Q("послуги отримали 318 осіб, або 15,7 %"), percent=15.7,
              category="внутрішньо переміщені особи", parent=tot)
    g.f("served", "persons", 604, Q("604 особи з інвалідністю"), category="особи з інвалідністю", parent=tot)
    g.f("served", "persons", 127, Q("127 ветеранів війни та членів їхніх сімей"),
        category="ветерани війни та члени їхніх сімей", parent=tot)
    g.f("served", "children", 41, Q("41 дитина з інвалідністю"), category="діти з інвалідністю", parent=tot,
        unit_alt="persons")
    g.f("served", "persons", 58, Q("скористалися 58 осіб (214 поїздок)"), label="соціальне таксі")
    st = g.f("served", "persons", 38, Q("це дім для 38 мешканців"), service="residential_care",
             note="section repeat of 38")
    g.f("served", "persons", 29, Q("з них 29 – особи з інвалідністю"), service="residential_care",
        category="особи з інвалідністю I групи", parent=st)
    hc2 = g.f("served", "persons", 486, Q("486 підопічних, з них 212 (43,6 %)"), service="home_care",
              note="section repeat of 486")
    g.f("served", "persons", 212, Q("з них 212 (43,6 %) – одинокі люди"), percent=43.6, service="home_care",
        category="одинокі особи", parent=hc2)
    g.f("services_provided", "services", 41870, Q("надали їм 41.870 соціальних послуг"), service="home_care")
    g.f("served", "persons", 1122, Q("отримали 1.122 особи на загальну суму"), service="natural_aid",
        note="section repeat of 1 122")
    g.f("aid_value", "uah", 1406500, Q("на загальну суму 1.406,5 тис. грн"), service="natural_aid")
    g.f("served", "persons", 219, Q("Відділення денного перебування відвідували 219 осіб"), service="day_care",
        note="section repeat of 219")
    ev = g.f("events", "events", 148, Q("Ми провели 148 заходів"))
    g.f("event_participants", "persons", 2600, Q("понад 2.600 учасників"), parent=ev)
    g.f("services_provided", "services", 1046, Q("надали 1.046 консультацій"), service="counselling")
    bs = g.f("budget_spent", "uah", 28914700, Q("склали 28.914,7 тис. грн"))
    g.f("budget_spent", "uah", 25063200, Q("спрямовано 25.063,2 тис. грн"), kekv="2100", parent=bs)
    g.f("budget_received", "uah", 312600, Q("до спеціального фонду 312,6 тис. грн"), label="платні соціальні послуги")
    sa = g.f("staff_actual", "staff", 97, Q("це 97 працівників"))
    g.f("staff_actual", "staff", 52, Q("з них 52 – соціальні робітники"), label="соціальні робітники",
        parent=sa)
    g.f("staff_positions", "positions", 101.5, Q("при 101,5 штатної посади"))
    g.f("staff_trained", "staff", 32, Q("32 працівники підвищили кваліфікацію"))
    g.f("survey_respondents", "recipients", 240, Q("взяли участь 240 отримувачів"), unit_alt="persons")
    g.f("satisfaction", "percent", 92, Q("92 % з них задоволені якістю послуг"))
    g.f("complaints", "complaints", 0, Q("не надійшло жодної скарги"))

    g.slip("percent_mismatch", "error", "послуги отримали 318 осіб, або 15,7 %", 15.7, 13.7, [vpo, tot],
           "318 of 2 317 recipients = 13.72 % → 13,7 %, written 15,7 %")
    g.check("parts_sum", "надав соціальні послуги 2.317 особам",
            "1 122 + 486 + 219 + 379 + 73 + 38 = 2 317")
    g.check("percent_mismatch", "отримувачі адресної натуральної допомоги – 1.122 особи (48,4 %)",
            "1 122 / 2 317 = 48.43 % → 48,4")
    g.check("percent_mismatch", "з них 212 (43,6 %) – одинокі люди", "212 / 486 = 43.62 % → 43,6")
    g.check("percent_impossible", "92 % з них задоволені якістю послуг", "221 / 240 = 92.08 % → 92 possible")
    g.check("parts_sum", "спрямовано 25.063,2 тис. грн", "25 063,2 ≤ 28 914,7")
    g.check("parts_sum", "це 97 працівників", "97 ≤ 101,5 positions; 32 trained ≤ 97")

    g.skip("Громадські слухання, м. Яворів, 27 лютого 2025 року", [27, 2025], "hearing date (taken as published)")
    g.skip("це на 14 % більше, ніж торік", [14], "growth rate against the previous year, not a share")
    g.skip("у середньому по 86 послуг на одного підопічного", [86], "ratio")
    g.skip("Середній вік наших підопічних – 81 рік", [81], "age")
    g.skip("видали допомоги на 702,3 тис. грн", [702300], "prior-year figure (2023)")
    g.skip("що на 9,3 % більше, ніж у 2023 році", [9.3, 2023], "growth rate")
    g.skip("у 1,5 раза", [1.5], "ratio")
    g.skip("У громаді проживає понад 40.000 жителів, з них кожен четвертий – старший 60 років",
           [40000, 60], "population and age")
    g.skip("ми плануємо охопити послугами 2.500 осіб, відкрити відділення денного догляду на 15 місць",
           [2025, 2500, 15], "plan for next year, capacity")
    g.skip("(03259) 0-27-44", [3259], "phone")
    g.skip("Мобільна бригада за рік здійснила 1.318 виїздів", [1318], "call-outs of the mobile team; no §3 id")
    g.skip("(214 поїздок)", [214], "trips of the social taxi; no §3 id")
    g.note("oblast is not stated in the text (Яворів is in Львівська oblast) → omitted from meta")
    g.note("«1.122», «2.317», «41.870», «1.046», «2.600» are thousands with a dot; «28.914,7 тис. грн» is "
           "28 914 700 грн")
    g.note("a total written twice in different places is two facts: 486, 1 122 and 219 appear in the "
           "«У тому числі» breakdown and again in their sections (the section repeats carry no parent)")
    g.note("«понад 2.600 учасників» → 2 600 (понад N is N)")
    g.note("report_kind: a director's public report on the year → annual_report (alt other)")
    g.note("the ВПО 318 and the 604 / 127 / 41 categories are overlapping subsets of 2 317 (parent, no group); "
           "«41 дитина з інвалідністю» → unit children (unit_alt persons)")
    g.note("«соціальне таксі» (58 persons) is not in the «У тому числі» list and has no service id → served with a "
           "label, no parent")
    g.write()


if __name__ == "__main__":
    main()
