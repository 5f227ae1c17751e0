"""b82_06: External quality assessment of the social support (соціальний супровід) provided in 2023 by
the Центр соціальних служб Слобожанської селищної ради (Дніпропетровська), written by the hromada's
управління соціального захисту населення. reportlab PDF (DejaVu Sans), impersonal / third person."""
import subprocess
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak
from common import Gold, report_path, register_dejavu

DOC = "b82_06_slobozhanske_css_external2023.pdf"

PARAS = [
    ("h", "ЗВІТ<br/>про проведення зовнішньої оцінки якості соціальної послуги соціального супроводу сімей "
          "(осіб), які перебувають у складних життєвих обставинах, наданої Центром соціальних служб "
          "Слобожанської селищної ради у 2023 році"),
    ("p", "1. Підстава та організація. Оцінку проведено відповідно до розпорядження селищного голови від "
          "06.02.2024 № 38-р робочою групою управління соціального захисту населення Слобожанської селищної "
          "ради Дніпровського району Дніпропетровської області у складі 3 осіб з 12 по 23 лютого 2024 року. "
          "Оцінювався період з 01.01.2023 по 31.12.2023."),
    ("p", "2. Обсяг послуги. Протягом 2023 року соціальний супровід здійснювався для 47 сімей, у яких "
          "виховувалось 121 дитина (у 2022 році – 39 сімей). Під супровід узято 29 сімей. Надання послуги "
          "припинено 31 сім'ї, а саме: подолано складні життєві обставини у 20 сім'ях, мінімізовано – у 7, "
          "результату не досягнуто у 2 сім'ях, ще 2 сім'ї вибули за межі громади. Станом на кінець року "
          "супровід тривав для 16 сімей."),
    ("p", "Послугу надавали 5 фахівців із соціальної роботи; навантаження становило в середньому 9,4 сім'ї "
          "на одного фахівця. Робоча група проаналізувала 15 особових справ (31,9 % від загальної кількості) "
          "та провела 6 бесід з отримувачами за місцем проживання."),
    ("p", "3. Опитування. Анкету заповнили 38 отримувачів послуги, що становить 80,9 % сімей, які "
          "перебували під супроводом. Якістю послуги задоволені 94,7 % респондентів. На запитання «Чи "
          "змінилася ваша ситуація після отримання послуги?» відповіді розподілилися так: значно "
          "покращилася – 52,6 %, частково покращилася – 36,8 %, не змінилася – 13,2 %."),
    ("p", "Скарг на надання послуги у 2023 році до управління не надходило."),
    ("p", "4. Оцінка за критеріями. За критеріями адресності та індивідуального підходу, своєчасності, "
          "професійності та конфіденційності якість послуги оцінено як «добре», за критерієм доступності "
          "та відкритості – «задовільно» (у приміщенні Центру відсутній пандус, прийом на другому поверсі)."),
    ("p", "5. Висновок. Загалом якість соціальної послуги соціального супроводу оцінено як «добре». "
          "Рекомендовано до 30.09.2024 облаштувати місце прийому отримувачів на першому поверсі "
          "та переглянути 2 індивідуальні плани, строк виконання яких перевищує 9 місяців."),
    ("s", "Начальник управління ____________&nbsp;&nbsp;&nbsp;&nbsp;Дата складання: 28.02.2024"),
]


def build(path):
    register_dejavu()
    body = ParagraphStyle("b", fontName="DV", fontSize=10.5, leading=14, firstLineIndent=10 * mm, spaceAfter=5,
                          alignment=4)
    head = ParagraphStyle("h", parent=body, fontName="DV-B", alignment=1, firstLineIndent=0, spaceAfter=10)
    sig = ParagraphStyle("s", parent=body, firstLineIndent=0, spaceBefore=14)
    st = {"h": head, "p": body, "s": sig}
    story = [Paragraph("Управління соціального захисту населення Слобожанської селищної ради", sig),
             Paragraph("52005, смт Слобожанське, вул. Теплична, 16, тел. (056) 0-72-18-40, ЄДРПОУ 44385120", sig),
             Spacer(1, 6)]
    for kind, t in PARAS:
        if t.startswith("5. "):
            story.append(PageBreak())
        story.append(Paragraph(t, st[kind]))

    def footer(c, d):
        c.setFont("DV", 8)
        c.drawCentredString(105 * mm, 10 * mm, f"Сторінка {d.page} з 2")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Зовнішня оцінка 2023", author="УСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    if "--show" in sys.argv:
        print(subprocess.run(["zvitparse", "read", path], capture_output=True, text=True).stdout)
        return
    g = Gold(DOC, {"centre": "Центр соціальних служб Слобожанської селищної ради", "centre_type": "css",
                   "settlement": "Слобожанське", "oblast": "Дніпропетровська", "report_kind": "external_assessment",
                   "period_start": "2023-01-01", "period_end": "2023-12-31"})
    F = g.f
    S = "social_support_sjo"
    f1 = F("served", "families", 47, "соціальний супровід здійснювався для 47 сімей", service=S, alt=["support_ongoing"])
    f2 = F("served", "children", 121, "виховувалось 121 дитина", service=S, alt=["support_ongoing"], parent=f1)
    f3 = F("support_started", "families", 29, "Під супровід узято 29 сімей", service=S, parent=f1)
    f4 = F("support_completed", "families", 31, "Надання послуги припинено 31 сім'ї", service=S,
           alt=["deregistered"], parent=f1)
    grp = "completed_31_by_result"
    f5 = F("outcome_positive", "families", 20, "подолано складні життєві обставини у 20 сім'ях", service=S,
           group=grp, parent=f4)
    f6 = F("outcome_minimized", "families", 7, "мінімізовано – у 7", service=S, group=grp, parent=f4)
    f7 = F("outcome_negative", "families", 2, "результату не досягнуто у 2 сім'ях", service=S, group=grp, parent=f4)
    f8 = F("outcome_other", "families", 2, "ще 2 сім'ї вибули за межі громади", service=S,
           label="вибули за межі громади", group=grp, parent=f4)
    f9 = F("support_ongoing", "families", 16, "супровід тривав для 16 сімей", service=S, parent=f1)
    f10 = F("staff_actual", "staff", 5, "Послугу надавали 5 фахівців із соціальної роботи")
    f11 = F("survey_respondents", "recipients", 38, "Анкету заповнили 38 отримувачів послуги, що становить 80,9 %", percent=80.9,
            unit_alt="families", service=S)
    f12 = F("satisfaction", "percent", 94.7, "Якістю послуги задоволені 94,7 % респондентів", service=S)
    grp2 = "answers_change_partition"
    f13 = F("share", "percent", 52.6, "значно покращилася – 52,6 %", label="ситуація значно покращилася",
            group=grp2, service=S)
    f14 = F("share", "percent", 36.8, "частково покращилася – 36,8 %", label="ситуація частково покращилася",
            group=grp2, service=S)
    f15 = F("share", "percent", 13.2, "не змінилася – 13,2 %", label="ситуація не змінилася", group=grp2, service=S)
    f16 = F("complaints", "complaints", 0, "Скарг на надання послуги у 2023 році до управління не надходило.",
            service=S)
    q = "За критеріями адресності та індивідуального підходу, своєчасності, професійності та конфіденційності якість послуги оцінено як «добре»"
    fr = [F("rating", "rating", "good", q, criterion=c, service=S)
          for c in ("targeting", "timeliness", "professionalism", "confidentiality")]
    f21 = F("rating", "rating", "satisfactory", "за критерієм доступності та відкритості – «задовільно»",
            criterion="accessibility", service=S)
    f22 = F("rating", "rating", "good", "Загалом якість соціальної послуги соціального супроводу оцінено як «добре»",
            criterion="overall", service=S)

    g.slip("percents_sum", "error",
           "значно покращилася – 52,6 %, частково покращилася – 36,8 %, не змінилася – 13,2 %",
           102.6, 100, [f13, f14, f15, f11],
           "the three answers partition the 38 respondents but sum to 102,6 %; each share alone is reachable "
           "with 38 (20, 14 and 5 of 38), but 20 + 14 + 5 = 39 > 38",
           "psum_ok([f13, f14, f15], 1)")
    g.check("percent_impossible", "значно покращилася – 52,6 %", "each answer share is reachable with 38 respondents",
            "grim_ok(f13, f11, 1) and grim_ok(f14, f11, 1) and grim_ok(f15, f11, 1)")
    g.check("parts_sum", "Надання послуги припинено 31 сім'ї, а саме:", "20 + 7 + 2 + 2 = 31", "f5 + f6 + f7 + f8 == f4")
    g.check("parts_sum", "супровід тривав для 16 сімей", "31 ended + 16 continuing = 47", "f4 + f9 == f1")
    g.check("parts_sum", "Під супровід узято 29 сімей", "29 taken ≤ 47", "f3 <= f1")
    g.check("percent_mismatch", "Анкету заповнили 38 отримувачів послуги, що становить 80,9 %", "38 / 47 = 80,85 % → 80,9",
            "pct_ok(p11, f11, f1, 1)")
    g.check("percent_impossible", "Якістю послуги задоволені 94,7 % респондентів", "36 of 38 = 94,74 % → 94,7",
            "grim_ok(f12, f11, 1)")
    g.check("percent_mismatch", "15 особових справ (31,9 % від загальної кількості)",
            "15 case files of 47 = 31,91 % → 31,9 (case files are skipped; literal 15)", "pct_ok(31.9, 15, f1, 1)")

    g.skip("52005, смт Слобожанське, вул. Теплична, 16, тел. (056) 0-72-18-40, ЄДРПОУ 44385120",
           [52005, 16, 56, 721840, 44385120], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданої Центром соціальних служб", [2023], "year in the title")
    g.skip("розпорядження селищного голови від 06.02.2024 № 38-р", [6, 2, 2024, 38], "order date and number")
    g.skip("у складі 3 осіб з 12 по 23 лютого 2024 року", [3, 12, 23, 2024], "working group size, assessment dates")
    g.skip("Оцінювався період з 01.01.2023 по 31.12.2023.", [1, 1, 2023, 31, 12, 2023], "assessed period (dates)")
    g.skip("Слобожанської селищної ради у 2023 році", [2023], "year in the title")
    g.skip("Протягом 2023 року соціальний супровід", [2023], "period")
    g.skip("(у 2022 році – 39 сімей)", [2022, 39], "prior-year figure")
    g.skip("в середньому 9,4 сім'ї", [9.4], "ratio (caseload per specialist)")
    g.skip("проаналізувала 15 особових справ (31,9 % від загальної кількості)", [15, 31.9], "case files reviewed (no §3 id)")
    g.skip("провела 6 бесід з отримувачами", [6], "interviews held by the assessors (no §3 id)")
    g.skip("прийом на другому поверсі", [], "floor (words)")
    g.skip("до 30.09.2024", [30, 9, 2024], "deadline of a recommendation")
    g.skip("переглянути 2 індивідуальні плани, строк виконання яких перевищує 9 місяців", [2, 9],
           "plans to revise and duration (recommendation)")
    g.skip("1. Підстава та організація.", [1, 2, 3, 4, 5], "section numbers")
    g.skip("Дата складання: 28.02.2024", [28, 2, 2024], "date")

    g.note("the assessed provider is the ЦСС; the report is written by the hromada's УСЗН. meta describes the assessed ЦСС (as blind18's b18_05)")
    g.note("«супровід здійснювався для 47 сімей» → served (alt support_ongoing); припинено 31 → support_completed (alt deregistered) with results as a partition; 31 + 16 = 47")
    g.note("four criteria rated «добре» in one sentence → four rating facts with the same quote")
    g.note("the page footer «Сторінка N з 2» is not in the read text (the reader drops running footers), so it has no skipped entry")
    g.note("the survey respondents are families' members answering; unit recipients, unit_alt families")
    g.write()


if __name__ == "__main__":
    main()
