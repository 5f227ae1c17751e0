"""b123_06: Центр соціальних служб Медвинської сільської ради (Київська), report for H1 2021.
reportlab PDF, third person, prose + a small table of family categories, page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

from common import Gold, report_path, register_fonts

DOC = "b123_06_medvyn_css_h1_2021.pdf"
register_fonts()

body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, alignment=TA_JUSTIFY, firstLineIndent=10 * mm,
                      spaceAfter=4)
head = ParagraphStyle("h", parent=body, fontName="LSerif-B", alignment=TA_CENTER, firstLineIndent=0)
sub = ParagraphStyle("s", parent=body, fontName="LSerif-B", firstLineIndent=0, spaceBefore=6)
small = ParagraphStyle("sm", parent=body, fontSize=10, leading=12, firstLineIndent=0, alignment=TA_CENTER)

story = [
    Paragraph("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ МЕДВИНСЬКОЇ СІЛЬСЬКОЇ РАДИ", head),
    Paragraph("09620, Київська обл., Обухівський р-н, с. Медвин, вул. Соборна, 17, тел. (04561) 0-58-23, "
              "css.medvyn@example.ua, код ЄДРПОУ 43917365", small),
    Spacer(1, 6 * mm),
    Paragraph("ЗВІТ про роботу Центру соціальних служб Медвинської сільської ради за І півріччя 2021 року", head),
    Spacer(1, 3 * mm),
    Paragraph("Центр соціальних служб Медвинської сільської ради (далі – Центр) утворено рішенням 3 сесії "
              "Медвинської сільської ради VIII скликання від 24.12.2020 № 57-3/VIII; фактично Центр розпочав "
              "роботу 01.02.2021. Центр обслуговує 20 населених пунктів громади, у яких проживає понад 11 тисяч "
              "мешканців, у тому числі близько 2 тисяч дітей.", body),
    Paragraph("1. Виявлення сімей у складних життєвих обставинах", sub),
    Paragraph("За звітний період до Центру надійшли повідомлення про 23 сім'ї, які можуть перебувати у складних "
              "життєвих обставинах. Фахівці Центру провели оцінку потреб 21 сім'ї; за її результатами 14 сімей "
              "визнано такими, що перебувають у СЖО.", body),
    Paragraph("2. Соціальний супровід", sub),
    Paragraph("Під соціальним супроводом Центру перебувало 17 сімей, у яких виховується 38 дітей; з них 6 сімей "
              "прийнято на супровід від Богуславського районного центру соціальних служб. Сім'ї за "
              "категоріями наведено в таблиці.", body),
]
cat = [["Категорія сімей", "Кількість сімей", "%"],
       ["батьки зловживають алкоголем", "7", "41,2"],
       ["виховують дітей з інвалідністю", "4", "23,5"],
       ["неналежно виконують батьківські обов'язки", "6", "35,3"],
       ["Усього", "17", "100,0"]]
t = Table(cat, colWidths=[95 * mm, 35 * mm, 20 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 11), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("FONT", (0, 0), (-1, 0), "LSerif-B", 11), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
story += [t, Spacer(1, 3 * mm),
          Paragraph("Протягом півріччя завершено супровід 8 сімей: 6 – з позитивним результатом, 2 – у зв'язку з "
                    "відмовою від послуги. Продовжують отримувати послугу 9 сімей.", body),
          Paragraph("Під соціальним супроводженням Центру перебувають 3 прийомні сім'ї та 1 дитячий будинок "
                    "сімейного типу, в яких виховується 19 дітей віком від 3 до 17 років.", body),
          Paragraph("3. Інші соціальні послуги", sub),
          Paragraph("Послугу інформування отримали 205 осіб. Консультування надано 142 особам, проведено 311 "
                    "консультацій. Гуманітарну допомогу (продуктові набори, засоби гігієни) від благодійного фонду "
                    "отримали 46 сімей. Проведено 11 групових заходів, якими охоплено 264 особи.", body),
          Paragraph("У червні 2021 року проведено опитування щодо якості послуг, у якому взяли участь 24 отримувачі; "
                    "87,3 % з них повністю задоволені отриманими послугами. Жодної скарги на роботу Центру не "
                    "надійшло.", body),
          Paragraph("4. Кадрове та фінансове забезпечення", sub),
          Paragraph("Штатна чисельність Центру – 8 посад, працює 7 фахівців, з них 4 фахівці із соціальної роботи. "
                    "Троє фахівців пройшли навчання у Київському обласному центрі соціальних служб.", body),
          Paragraph("Кошторисом на 2021 рік на утримання Центру затверджено 1 486,2 тис. грн, за І півріччя "
                    "використано 693,8 тис. грн (46,7 %).", body),
          Spacer(1, 8 * mm),
          Paragraph("Директор Центру ____________ 05.07.2021", body)]


def footer(canvas, doc):
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")


SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                  bottomMargin=20 * mm, invariant=1, title="Звіт ЦСС Медвин", author="ЦСС").build(
    story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Медвинської сільської ради",
    "centre_type": "css", "settlement": "Медвин", "oblast": "Київська",
    "report_kind": "period_report", "period_start": "2021-01-01", "period_end": "2021-06-30",
}, meta_alt={"period_start": ["2021-02-01"], "settlement": ["Медвинська сільська громада"]})
F = g.f
n = lambda i: int(i[1:])
F("notified", "families", 23, "надійшли повідомлення про 23 сім'ї")
na = F("needs_assessed", "families", 21, "провели оцінку потреб 21 сім'ї")
sjo = F("in_difficult_circumstances", "families", 14, "14 сімей визнано такими, що перебувають у СЖО", parent=na)
ss = F("served", "families", 17, "Під соціальним супроводом Центру перебувало 17 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
F("served", "children", 38, "у яких виховується 38 дітей", service="social_support_sjo", alt=["support_ongoing"],
  parent=ss)
F("served", "families", 6, "з них 6 сімей прийнято на супровід від Богуславського районного центру",
  service="social_support_sjo", label="прийнято від районного центру соціальних служб",
  alt=["support_started", "support_ongoing"], parent=ss)
tq = "Усього\t17\t100,0"
tt = F("served", "families", 17, tq, service="social_support_sjo", label="Усього (таблиця категорій)",
       alt=["support_ongoing"], percent=100.0)
cats = [("батьки зловживають алкоголем\t7\t41,2", 7, 41.2, "сім'ї, де батьки зловживають алкоголем"),
        ("виховують дітей з інвалідністю\t4\t23,5", 4, 23.5, "сім'ї, які виховують дітей з інвалідністю"),
        ("неналежно виконують батьківські обов'язки\t6\t35,3", 6, 35.3,
         "сім'ї, які неналежно виконують батьківські обов'язки")]
cids = [F("served", "families", v, q, percent=p, service="social_support_sjo", category=c, alt=["support_ongoing"],
          group="support_17_by_category", parent=tt) for q, v, p, c in cats]
sc = F("support_completed", "families", 8, "завершено супровід 8 сімей", service="social_support_sjo", parent=ss)
o1 = F("outcome_positive", "families", 6, "6 – з позитивним результатом", service="social_support_sjo",
       group="completed_8", parent=sc)
o2 = F("outcome_other", "families", 2, "2 – у зв'язку з відмовою від послуги", service="social_support_sjo",
       label="відмова від послуги", group="completed_8", parent=sc)
on = F("support_ongoing", "families", 9, "Продовжують отримувати послугу 9 сімей", service="social_support_sjo",
       parent=ss)
fo1 = F("served", "families", 3, "перебувають 3 прийомні сім'ї", service="social_support_foster",
        label="прийомні сім'ї", alt=["support_ongoing"])
fo2 = F("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
        label="дитячий будинок сімейного типу", alt=["support_ongoing"])
F("served", "children", 19, "в яких виховується 19 дітей", service="social_support_foster", alt=["support_ongoing"])
F("served", "persons", 205, "Послугу інформування отримали 205 осіб", service="informing")
F("served", "persons", 142, "Консультування надано 142 особам", service="counselling")
F("services_provided", "services", 311, "проведено 311 консультацій", service="counselling")
F("served", "families", 46, "отримали 46 сімей", service="natural_aid", label="гуманітарна допомога")
ev = F("events", "events", 11, "Проведено 11 групових заходів")
F("event_participants", "persons", 264, "якими охоплено 264 особи", parent=ev)
rs = F("survey_respondents", "persons", 24, "взяли участь 24 отримувачі", unit_alt="recipients")
sat = F("satisfaction", "percent", 87.3, "87,3 % з них повністю задоволені")
F("complaints", "complaints", 0, "Жодної скарги на роботу Центру не", note="«Жодної скарги … не надійшло» = 0")
pos = F("staff_positions", "positions", 8, "Штатна чисельність Центру – 8 посад")
act = F("staff_actual", "staff", 7, "працює 7 фахівців")
F("staff_actual", "staff", 4, "з них 4 фахівці із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
tr = F("staff_trained", "staff", 3, "Троє фахівців пройшли навчання", note="number in words «Троє»")
ba = F("budget_approved", "uah", 1486200, "затверджено 1 486,2 тис. грн", label="кошторис на 2021 рік (річний)")
bs = F("budget_spent", "uah", 693800, "використано 693,8 тис. грн (46,7 %)", percent=46.7, label="за І півріччя")

g.slip("percent_impossible", "error", "87,3 % з них повністю задоволені", 87.3, "83,3 or 87,5", [sat, rs],
       "no whole number of the 24 respondents gives 87,3 %: 20 of 24 is 83,3 %, 21 of 24 is 87,5 %",
       f"grim_ok(f{n(sat)}, f{n(rs)}, 1)")
g.check("table_arithmetic", tq, "7 + 4 + 6 = 17", " + ".join(f"f{n(i)}" for i in cids) + f" == f{n(tt)}")
g.check("percent_mismatch", "батьки зловживають алкоголем\t7\t41,2", "7/17 = 41,2; 4/17 = 23,5; 6/17 = 35,3",
        " and ".join(f"pct_ok(p{n(i)}, f{n(i)}, f{n(tt)}, 1)" for i in cids))
g.check("percents_sum", tq, "41,2 + 23,5 + 35,3 = 100,0", " and ".join(
    [f"psum_ok([{', '.join('p' + str(n(i)) for i in cids)}], 1)", f"near(p{n(cids[0])} + p{n(cids[1])} + p{n(cids[2])}, 100)"]))
g.check("internal_conflict", "Під соціальним супроводом Центру перебувало 17 сімей", "prose 17 = table Усього",
        f"f{n(ss)} == f{n(tt)}")
g.check("parts_sum", "завершено супровід 8 сімей: 6 – з позитивним результатом, 2", "6 + 2 = 8",
        f"f{n(o1)} + f{n(o2)} == f{n(sc)}")
g.check("parts_sum", "Продовжують отримувати послугу 9 сімей", "17 − 8 completed = 9 continue",
        f"f{n(ss)} - f{n(sc)} == f{n(on)}")
g.check("parts_sum", "за її результатами 14 сімей", "14 in СЖО ≤ 21 assessed", f"f{n(sjo)} <= f{n(na)}")
g.check("percent_mismatch", "використано 693,8 тис. грн (46,7 %)", "693,8 / 1 486,2 = 46,68 % → 46,7",
        f"pct_ok(p{n(bs)}, f{n(bs)}, f{n(ba)}, 1)")
g.check("parts_sum", "працює 7 фахівців, з них 4 фахівці", "4 ≤ 7 ≤ 8; 3 trained ≤ 7",
        f"f{n(act)+1} <= f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")

g.skip("09620, Київська обл., Обухівський р-н, с. Медвин, вул. Соборна, 17, тел. (04561) 0-58-23",
       [9620, 17, 4561, 5823], "postcode, address, phone")
g.skip("код ЄДРПОУ 43917365", [43917365], "ЄДРПОУ")
g.skip("за І півріччя 2021 року", [1, 2021], "period in the title")
g.skip("рішенням 3 сесії", [3], "session number")
g.skip("від 24.12.2020 № 57-3/VIII; фактично Центр розпочав", [24, 12, 2020, 57, 3], "decision date and number")
g.skip("роботу 01.02.2021", [1, 2, 2021], "start date of the centre")
g.skip("Центр обслуговує 20 населених пунктів громади, у яких проживає понад 11 тисяч", [20, 11000],
       "settlements and population")
g.skip("близько 2 тисяч дітей", [2000], "child population")
g.skip("1. Виявлення сімей у складних життєвих обставинах", [1, 2, 3, 4], "section numbers")
g.skip("віком від 3 до 17 років", [3, 17], "ages")
g.skip("У червні 2021 року", [2021], "survey month")
g.skip("Кошторисом на 2021 рік", [2021], "year")
g.skip("05.07.2021", [5, 7, 2021], "date")

g.note("the page footer «Сторінка 1» is not printed by the reader; the report has one page")
g.note("third person («Центр здійснював», «фахівці Центру провели»)")
g.note("period: the title says І півріччя 2021 (2021-01-01..2021-06-30), but the centre began work on 01.02.2021; "
       "meta_alt accepts 2021-02-01 as the start")
g.note("the table of family categories: each row is served families (social support) with the % as `percent`; the "
       "Усього row restates the 17 of the prose (two facts); Усього's «100,0» is its percent")
g.note("«6 сімей прийнято на супровід від … районного центру» → served with a label, alt support_started / "
       "support_ongoing (taken over, not newly taken under support)")
g.note("foster care: 3 прийомні сім'ї and 1 ДБСТ are two served facts (social_support_foster), the 19 children "
       "belong to both together, so no parent_id")
g.note("budget: the annual approval 1 486,2 тис. грн is a fact with a label, as the Баранівка model does; the "
       "46,7 % is the spent row's percent")
g.note("numbers in words: «Троє фахівців» (staff_trained 3), «Жодної скарги» (complaints 0)")
g.note("planted slip: 87,3 % of 24 respondents is impossible (GRIM)")
g.write()
