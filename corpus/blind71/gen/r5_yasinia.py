"""b71_05: відділ соціального захисту населення Ясінянської селищної ради (Закарпатська),
analytic note on Q3 2023. reportlab PDF (DejaVu), third person, no table, numbered paragraphs."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from common import Gold, report_path, register_dejavu

DOC = "b71_05_yasinia_uszn_q3_2023.pdf"

HEAD = ["ЯСІНЯНСЬКА СЕЛИЩНА РАДА", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
        "90630, Закарпатська обл., Рахівський р-н, смт Ясіня, вул. Борканюка, 21, тел. (03132) 0-42-57, ЄДРПОУ 44102735"]
RIGHT = "№ 02-09/641 від 09.10.2023"
TITLE = "АНАЛІТИЧНА ЗАПИСКА<br/>щодо роботи відділу соціального захисту населення у III кварталі 2023 року"
PARAS = [
    "Ясінянська селищна територіальна громада об'єднує 4 населені пункти (Ясіня, Лазещина, Чорна Тиса, Кваси) з населенням близько 15,2 тис. осіб. Станом на 01.10.2023 в громаді обліковано 2 118 внутрішньо переміщених осіб.",
    "1. Протягом липня – вересня до відділу звернулося 1 374 особи (у II кварталі – 1 232), у тому числі з питань призначення державних соціальних допомог – 402, житлових субсидій – 296, отримання соціальних послуг – 188, з інших питань – 488. Зростання кількості звернень на 142, або на 11,5 %, пов'язане з прибуттям нових ВПО.",
    "2. Фахівцями відділу проведено 61 оцінку потреб особи (сім'ї) у соціальних послугах, з них 19 – щодо внутрішньо переміщених осіб. За результатами оцінки 57 особам прийнято рішення про надання послуг, 4 особам відмовлено. Обстежено матеріально-побутові умови 84 сімей.",
    "3. Соціальні послуги мешканцям громади надавалися КУ «Центр надання соціальних послуг» селищної ради та, за договором, громадською організацією. Послугу догляду вдома отримали 73 особи, серед яких 52 особи віком понад 80 років; паліативний догляд – 9 осіб; соціальний супровід – 14 сімей, що перебувають у складних життєвих обставинах (у них 31 дитина); супровід при працевлаштуванні – 5 осіб. Вартість однієї години догляду вдома у ЦНСП становить 72,15 грн.",
    "4. Кошторисом на 2023 рік на закупівлю соціальних послуг у надавачів недержавного сектору передбачено 860,0 тис. грн, за III квартал на ці цілі спрямовано 214,6 тис. грн.",
    "5. Гуманітарну допомогу від міжнародних партнерів у III кварталі отримали 612 осіб: видано 540 продуктових наборів та 72 комплекти зимового одягу на загальну суму 1,37 млн грн.",
    "6. На телефон «гарячої лінії» відділу надійшло 219 дзвінків. Проведено 4 інформаційні зустрічі з ВПО у місцях компактного проживання, в яких узяли участь 163 особи.",
    "7. Надійшло 2 скарги щодо затримки виплат; обидві розглянуто в установлений строк.",
    "8. Штатним розписом відділу передбачено 9 посад, працює 8 фахівців (1 вакансія). Двоє працівників пройшли навчання з роботи в Єдиній інформаційній системі соціальної сфери (24 години).",
]
SIGN = "Начальник відділу                                                  (підпис)<br/>Вик.: тел. (03132) 0-42-59"


def build(path):
    register_dejavu()
    body = ParagraphStyle("b", fontName="DV", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
    head = ParagraphStyle("h", parent=body, fontName="DV-B", alignment=TA_CENTER, spaceAfter=2)
    small = ParagraphStyle("s", parent=body, fontName="DVC", fontSize=8.5, alignment=TA_CENTER)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
    els = [Paragraph(HEAD[0], head), Paragraph(HEAD[1], head), Paragraph(HEAD[2], small), Spacer(1, 4),
           Paragraph(RIGHT, right), Spacer(1, 6), Paragraph(TITLE, head), Spacer(1, 6)]
    els += [Paragraph(p, body) for p in PARAS]
    els += [Spacer(1, 10), Paragraph(SIGN, body)]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm).build(els)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Ясінянської селищної ради",
        "centre_type": "uszn", "settlement": "Ясіня", "oblast": "Закарпатська",
        "report_kind": "period_report", "period_start": "2023-07-01", "period_end": "2023-09-30",
    })
    f1 = g.f("applied", "persons", 1374, "до відділу звернулося 1 374 особи")
    grp = "applied_1374_by_topic"
    f2 = g.f("applied", "persons", 402, "з питань призначення державних соціальних допомог – 402",
             label="призначення державних соціальних допомог", group=grp, parent=f1)
    f3 = g.f("applied", "persons", 296, "житлових субсидій – 296", label="житлові субсидії", group=grp, parent=f1)
    f4 = g.f("applied", "persons", 188, "отримання соціальних послуг – 188", label="отримання соціальних послуг",
             group=grp, parent=f1)
    f5 = g.f("applied", "persons", 488, "з інших питань – 488", label="інші питання", group=grp, parent=f1)
    f6 = g.f("needs_assessed", "persons", 61, "проведено 61 оцінку потреб особи (сім'ї) у соціальних послугах",
             unit_alt="families_persons")
    f7 = g.f("needs_assessed", "persons", 19, "з них 19 – щодо внутрішньо переміщених осіб",
             category="внутрішньо переміщені особи", parent=f6)
    f8 = g.f("served", "persons", 73, "Послугу догляду вдома отримали 73 особи", service="home_care")
    f9 = g.f("served", "persons", 52, "серед яких 52 особи віком понад 80 років", service="home_care",
             category="особи віком понад 80 років", parent=f8)
    f10 = g.f("served", "persons", 9, "паліативний догляд – 9 осіб", service="palliative_care")
    f11 = g.f("served", "families", 14, "соціальний супровід – 14 сімей", service="social_support_sjo")
    f12 = g.f("served", "children", 31, "(у них 31 дитина)", service="social_support_sjo", parent=f11)
    f13 = g.f("served", "persons", 5, "супровід при працевлаштуванні – 5 осіб", service="supported_employment")
    f14 = g.f("budget_approved", "uah", 860000,
              "Кошторисом на 2023 рік на закупівлю соціальних послуг у надавачів недержавного сектору передбачено 860,0 тис. грн",
              label="закупівля соціальних послуг, на рік")
    f15 = g.f("budget_spent", "uah", 214600, "за III квартал на ці цілі спрямовано 214,6 тис. грн",
              label="закупівля соціальних послуг, III квартал")
    f16 = g.f("served", "persons", 612, "Гуманітарну допомогу від міжнародних партнерів у III кварталі отримали 612 осіб",
              service="natural_aid")
    f17 = g.f("aid_value", "uah", 1370000, "на загальну суму 1,37 млн грн", service="natural_aid")
    f18 = g.f("calls", "calls", 219, "надійшло 219 дзвінків")
    f19 = g.f("events", "events", 4, "Проведено 4 інформаційні зустрічі з ВПО")
    f20 = g.f("event_participants", "persons", 163, "в яких узяли участь 163 особи", parent=f19)
    f21 = g.f("complaints", "complaints", 2, "Надійшло 2 скарги щодо затримки виплат")
    f22 = g.f("staff_positions", "positions", 9, "Штатним розписом відділу передбачено 9 посад")
    f23 = g.f("staff_actual", "staff", 8, "працює 8 фахівців")
    f24 = g.f("staff_trained", "staff", 2, "Двоє працівників пройшли навчання",
              note="number written as a word («двоє»)")

    g.check("parts_sum", "у тому числі з питань призначення державних соціальних допомог – 402",
            "402 + 296 + 188 + 488 = 1 374", "f2 + f3 + f4 + f5 == f1")
    g.check("parts_sum", "з них 19 – щодо внутрішньо переміщених осіб",
            "19 ≤ 61; decisions 57 granted + 4 refused = 61 assessments", "f7 <= f6 and 57 + 4 == f6")
    g.check("parts_sum", "серед яких 52 особи віком понад 80 років", "52 ≤ 73", "f9 <= f8")
    g.check("parts_sum", "за III квартал на ці цілі спрямовано 214,6 тис. грн", "quarter 214,6 ≤ year 860,0",
            "f15 <= f14")
    g.check("parts_sum", "працює 8 фахівців (1 вакансія)", "8 staff + 1 vacancy = 9 positions; 2 trained ≤ 8",
            "f23 + 1 == f22 and f24 <= f23")
    g.check("percent_mismatch", "Зростання кількості звернень на 142, або на 11,5 %",
            "1 374 − 1 232 = 142; 142 / 1 232 = 11,53 % → 11,5 (prior-quarter figures as literals)",
            "f1 - 1232 == 142 and pct_ok(11.5, 142, 1232, 1)")

    g.skip("90630, Закарпатська обл., Рахівський р-н, смт Ясіня, вул. Борканюка, 21, тел. (03132) 0-42-57, ЄДРПОУ 44102735",
           [90630, 21, 3132, 4257, 44102735], "postcode, address, phone, ЄДРПОУ")
    g.skip("№ 02-09/641 від 09.10.2023", [2, 9, 641, 9, 10, 2023], "outgoing number and date")
    g.skip("у III кварталі 2023 року", [3, 2023], "period in the title")
    g.skip("об'єднує 4 населені пункти (Ясіня, Лазещина, Чорна Тиса, Кваси) з населенням близько 15,2 тис. осіб",
           [4, 15200], "settlement count, population")
    g.skip("Станом на 01.10.2023 в громаді обліковано 2 118 внутрішньо переміщених осіб.", [1, 10, 2023, 2118],
           "date; IDPs registered in the hromada (the IDP database, not a register of service recipients)")
    g.skip("(у II кварталі – 1 232)", [2, 1232], "prior-quarter figure")
    g.skip("Зростання кількості звернень на 142, або на 11,5 %", [142, 11.5], "difference from the prior quarter")
    g.skip("За результатами оцінки 57 особам прийнято рішення про надання послуг, 4 особам відмовлено.", [57, 4],
           "decisions and refusals: no §3 id")
    g.skip("Обстежено матеріально-побутові умови 84 сімей.", [84], "home inspections: no §3 id")
    g.skip("Вартість однієї години догляду вдома у ЦНСП становить 72,15 грн.", [72.15], "tariff")
    g.skip("видано 540 продуктових наборів та 72 комплекти зимового одягу", [540, 72], "items handed out")
    g.skip("(1 вакансія)", [1], "vacancy: no §3 id")
    g.skip("(24 години)", [24], "duration")
    g.skip("Вик.: тел. (03132) 0-42-59", [3132, 4259], "phone")
    g.skip("1. Протягом липня – вересня", [1, 2, 3, 4, 5, 6, 7, 8], "paragraph numbers")
    g.note("an управління/відділ соціального захисту → centre_type uszn; period Q3 2023 = 2023-07-01..2023-09-30")
    g.note("applications by topic partition the 1 374 persons who applied")
    g.note("the 612 aid recipients and the 540 + 72 = 612 items are different things: only the persons are a fact")
    g.note("the annual budget line (860,0) and the quarter's spending (214,6) are two facts with labels; no KEKV written")
    g.note("«Двоє працівників» → staff_trained 2 (number in words)")
    g.write()


if __name__ == "__main__":
    main()
