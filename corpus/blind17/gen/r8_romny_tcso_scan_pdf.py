"""b17_08: ТЦСО Роменської міської ради (Сумська), annual report 2023, retyped like a scanned typewritten PDF:
monospaced lines, justified by hand with hyphenated line breaks (one thousands-separated number broken across
lines), a registration stamp, a page header «- 2 -», «ЗГІДНО З ОРИГІНАЛОМ». Less common style."""
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas

from common import Gold, report_path, register_fonts

DOC = "b17_08_romny_tcso_annual2023_scan.pdf"

PAGE1 = """ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) РОМЕНСЬКОЇ МІСЬКОЇ РАДИ
СУМСЬКОЇ ОБЛАСТІ

ЗВІТ
про роботу територіального центру за 2023 рік

    Територіальний центр створено рішенням Роменської міської ради
від 28.01.2021 № 97; він обслуговує мешканців Роменської міської те-
риторіальної громади (49,6 тис. жителів).
    1. Протягом 2023 року територіальним центром обслуговано 1 274
особи (у 2022 році – 1 198), у тому числі: відділенням соціальної
допомоги вдома – 486 осіб, відділенням денного перебування – 212 осіб,
відділенням організації надання адресної натуральної та грошової до-
помоги – 576 осіб.
    2. Загалом за рік працівники центру надали отримувачам 96
318 соціальних послуг, з них відділення соціальної допомоги вдома –
71 402, відділення денного перебування – 14 930, відділення адрес-
ної допомоги – 9 986.
    3. Вікова структура отримувачів: до 60 років – 12,4 %, від 60 до
69 років – 23,8 %, від 70 до 79 років – 31,6 %, 80 років і старше –
34,1 %.
    4. Протягом року взято на обслуговування 204 особи, знято з обслу-
говування 187 осіб.
    5. У відділенні денного перебування працювали 6 гуртків; проведе-
но 148 культурно-масових заходів, у яких взяли участь 2 960 осіб.
Пункт прокату видав 61 одиницю технічних засобів реабілітації.
    6. Платні соціальні послуги отримували 52 особи; надходження від
платних послуг склали 186,9 тис. грн. Вартість 1 години догляду вдо-
ма – 58,20 грн (рішення виконавчого комітету від 21.09.2023 № 214)."""

PAGE2 = """    7. Штатна чисельність – 141 посада, фактично працює 133 праців-
ники, з них 104 соціальні робітники. Підвищили кваліфікацію 27 пра-
цівників.
    8. Кошторисом на 2023 рік затверджено 23 418,6 тис. грн, касові
видатки становили 23 377,2 тис. грн, економія – 41,4 тис. грн.
    9. Внутрішній моніторинг якості проведено в листопаді 2023 року:
опитано 240 отримувачів, задоволені якістю послуг 94,2 % опитаних.
Загальна оцінка якості надання соціальних послуг – «добре». Протягом
року надійшло 3 скарги, всі розглянуто у встановлений термін.
    10. На 2024 рік заплановано відкриття відділення денного догляду
для осіб з деменцією на 15 місць.

Директор                          (підпис)                   М.П.

ЗГІДНО З ОРИГІНАЛОМ
42000, Сумська обл., м. Ромни, бульв. Шевченка, 11, тел. (05448) 0-26-31"""

JITTER = [0.0, 0.4, -0.3, 0.2, 0.5, -0.2, 0.1, -0.4, 0.3, 0.0, -0.1, 0.35]


def draw_page(c, text, first):
    W, H = A4
    c.saveState()
    c.translate(W / 2, H / 2)
    c.rotate(0.35)          # the sheet went into the scanner slightly askew
    c.translate(-W / 2, -H / 2)
    if first:
        c.setStrokeColor(colors.Color(0.2, 0.2, 0.6))
        c.setFillColor(colors.Color(0.2, 0.2, 0.6))
        c.rect(W - 78 * mm, H - 30 * mm, 58 * mm, 14 * mm)
        c.setFont("LSans", 9)
        c.drawString(W - 75 * mm, H - 21 * mm, "Вх. № 118")
        c.drawString(W - 75 * mm, H - 27 * mm, "від 19.01.2024")
    else:
        c.setFont("LMono", 10)
        c.drawCentredString(W / 2, H - 18 * mm, "- 2 -")
    c.setFillColor(colors.black)
    y = H - 40 * mm
    for i, line in enumerate(text.split("\n")):
        bold = first and i < 5 and line.strip() and not line.startswith("    ")
        c.setFont("LMonoB" if bold else "LMono", 10)
        x = 22 * mm + JITTER[i % len(JITTER)]
        if first and i < 6:
            c.drawCentredString(A4[0] / 2, y, line.strip())
        else:
            c.drawString(x, y, line)
        y -= 14.5
    c.restoreState()


def build():
    register_fonts()
    c = canvas.Canvas(report_path(DOC), pagesize=A4, invariant=1)
    c.setTitle("scan0042")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    draw_page(c, PAGE1, True)
    c.showPage()
    draw_page(c, PAGE2, False)
    c.showPage()
    c.save()


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Роменської міської ради",
        "centre_type": "tcso", "settlement": "Ромни", "oblast": "Сумська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, {"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Роменської міської ради "
                   "Сумської області"]})
    F = g.f
    tot = F("served", "persons", 1274, "1. Протягом 2023 року територіальним центром обслуговано 1 274 особи")
    deps = [("відділення соціальної допомоги вдома", "home_care", 486, "відділенням соціальної допомоги вдома – 486 осіб"),
            ("відділення денного перебування", "day_care", 212, "відділенням денного перебування – 212 осіб"),
            ("відділення організації надання адресної натуральної та грошової допомоги", None, 576,
             "грошової допомоги – 576 осіб")]
    dids = [F("served", "persons", v, q, service=sid, district=d, group="served_1274_by_department", parent=tot)
            for d, sid, v, q in deps]
    SQ = "надали отримувачам 96\n\n318 соціальних послуг"
    sv = F("services_provided", "services", 96318, SQ,
           note="«96 318» is broken across two typed lines; the reader starts a new paragraph at «318»")
    sdeps = [("відділення соціальної допомоги вдома", "home_care", 71402, "відділення соціальної допомоги вдома – 71 402"),
             ("відділення денного перебування", "day_care", 14930, "відділення денного перебування – 14 930"),
             ("відділення адресної допомоги", None, 9986, "відділення адресної допомоги – 9 986")]
    sids = [F("services_provided", "services", v, q, service=sid, district=d, group="services_96318_by_department",
              parent=sv) for d, sid, v, q in sdeps]
    ages = [(12.4, "до 60 років – 12,4 %", "частка отримувачів віком до 60 років"),
            (23.8, "69 років – 23,8 %", "частка отримувачів віком від 60 до 69 років"),
            (31.6, "від 70 до 79 років – 31,6 %", "частка отримувачів віком від 70 до 79 років"),
            (34.1, "80 років і старше – 34,1 %", "частка отримувачів віком 80 років і старше")]
    aids = [F("share", "percent", v, q, label=lab, group="recipients_by_age") for v, q, lab in ages]
    F("served", "persons", 204, "взято на обслуговування 204 особи", label="взято на обслуговування",
      alt=["registered_new", "support_started"])
    F("deregistered", "persons", 187, "знято з обслуговування 187 осіб")
    F("events", "events", 148, "проведено 148 культурно-масових заходів", service="day_care")
    F("event_participants", "persons", 2960, "у яких взяли участь 2 960 осіб", service="day_care")
    F("served", "persons", 52, "Платні соціальні послуги отримували 52 особи", label="платні послуги")
    F("budget_received", "uah", 186900, "надходження від платних послуг склали 186,9 тис. грн", label="платні послуги")
    pos = F("staff_positions", "positions", 141, "Штатна чисельність – 141 посада")
    act = F("staff_actual", "staff", 133, "фактично працює 133 працівники")
    sw = F("staff_actual", "staff", 104, "з них 104 соціальні робітники", label="соціальні робітники", parent=act)
    tr = F("staff_trained", "staff", 27, "Підвищили кваліфікацію 27 працівників")
    ba = F("budget_approved", "uah", 23418600, "затверджено 23 418,6 тис. грн")
    bs = F("budget_spent", "uah", 23377200, "касові видатки становили 23 377,2 тис. грн")
    be = F("budget_savings", "uah", 41400, "економія – 41,4 тис. грн")
    rs = F("survey_respondents", "recipients", 240, "опитано 240 отримувачів", unit_alt="persons")
    sat = F("satisfaction", "percent", 94.2, "задоволені якістю послуг 94,2 % опитаних")
    F("rating", "rating", "good", "Загальна оцінка якості надання соціальних послуг – «добре»", criterion="overall")
    F("complaints", "complaints", 3, "надійшло 3 скарги")

    g.slip("percents_sum", "error", "3. Вікова структура отримувачів: до 60 років – 12,4 %", 101.9, 100, aids,
           "age bands of the recipients form one partition: 12,4 + 23,8 + 31,6 + 34,1 = 101,9 %, far beyond the "
           "±0,2 that four one-decimal shares allow.", f"pcsum([{', '.join(aids)}], 1)")
    g.check("parts_sum", "1. Протягом 2023 року територіальним центром обслуговано 1 274 особи", "486 + 212 + 576 = 1 274",
            f"S({', '.join(dids)}) == {tot}")
    g.check("parts_sum", SQ, "71 402 + 14 930 + 9 986 = 96 318", f"S({', '.join(sids)}) == {sv}")
    g.check("parts_sum", "економія – 41,4 тис. грн", "23 418,6 − 23 377,2 = 41,4", f"close({ba} - {bs}, {be})")
    g.check("percent_impossible", "задоволені якістю послуг 94,2 % опитаних", "226/240 = 94.17 % → 94,2: achievable",
            f"grim({rs}, {sat}, 1)")
    g.check("parts_sum", "фактично працює 133 працівники", "104 ≤ 133 ≤ 141; 27 trained ≤ 133",
            f"{sw} <= {act} <= {pos} and {tr} <= {act}")

    g.skip("Вх. № 118 від 19.01.2024", [118, 19, 1, 2024], "registration stamp")
    g.skip("рішенням Роменської міської ради від 28.01.2021 № 97", [28, 1, 2021, 97], "decision date and number")
    g.skip("(49,6 тис. жителів)", [49600], "population")
    g.skip("(у 2022 році – 1 198)", [2022, 1198], "prior-year figure")
    g.skip("до 60 років", [60, 69, 70, 79, 80], "age bounds of the age bands (the shares are facts)")
    g.skip("працювали 6 гуртків", [6], "clubs (гуртки); no §3 id")
    g.skip("Пункт прокату видав 61 одиницю технічних засобів реабілітації.", [61], "items lent; no unit for items")
    g.skip("Вартість 1 години догляду вдома – 58,20 грн (рішення виконавчого комітету від 21.09.2023 № 214)",
           [1, 58.2, 21, 9, 2023, 214], "tariff; decision date and number")
    g.skip("10. На 2024 рік заплановано відкриття відділення денного догляду для осіб з деменцією на 15 місць.",
           [2024, 15], "plan, capacity")
    g.skip("1. Протягом", list(range(1, 11)), "paragraph numbers 1.–10.")
    g.skip("42000, Сумська обл., м. Ромни, бульв. Шевченка, 11, тел. (05448) 0-26-31", [42000, 11, 5448],
           "postcode, address, phone")
    g.note("typewritten, hand-justified lines with hyphenated word breaks; the reader joins lines and removes the "
           "hyphens, and drops the page header «- 2 -». Quotes follow the read text")
    g.note("one number is broken across lines («96» / «318»); the value is 96 318 and the quote spans the break "
           "as the reader prints it (a paragraph break)")
    g.note("the age structure has no counts → four share facts in one group; their sum is the planted slip")
    g.note("«обслуговано 1 274 особи» over the year → served; departments go to district with one group")
    g.write()


if __name__ == "__main__":
    build()
    gold()
