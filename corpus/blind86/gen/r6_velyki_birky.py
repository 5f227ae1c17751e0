"""b86_06: external assessment of the quality of social support of families in СЖО provided in 2023 by the
КУ «ЦНСП» Великобірківської селищної ради (Тернопільська), written by the district УСЗН. reportlab PDF
(DejaVu) with a criteria table and the document's own rating bands. Third person.
Planted slip: rating_band (Своєчасність 83,3 % rated «добре», but the text's band for «добре» is 85–100 %)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_dejavu

DOC = "b86_06_velyki_birky_cnsp_external2023.pdf"

CRIT = [
    ("1", "Адресність та індивідуальний підхід", "94,4", "добре", "targeting"),
    ("2", "Доступність та відкритість", "88,9", "добре", "accessibility"),
    ("3", "Повага до гідності отримувача", "100", "добре", "dignity"),
    ("4", "Професійність", "91,7", "добре", "professionalism"),
    ("5", "Результативність", "72,2", "задовільно", "effectiveness"),
    ("6", "Своєчасність", "83,3", "добре", "timeliness"),
    ("7", "Зручність", "86,1", "добре", "convenience"),
    ("8", "Конфіденційність інформації", "100", "добре", "confidentiality"),
]
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}

P1 = [
    ("h", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ТЕРНОПІЛЬСЬКОЇ РАЙОННОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ"),
    ("h", "ЗВІТ про проведення зовнішньої оцінки якості надання соціальної послуги соціального супроводу сімей "
          "(осіб), які перебувають у складних життєвих обставинах"),
    ("p", "Об'єкт оцінювання: Комунальна установа «Центр надання соціальних послуг» Великобірківської селищної ради "
          "(47341, Тернопільська обл., смт Великі Бірки, вул. Шевченка, 19; тел. (03540) 0-26-15; код ЄДРПОУ 43108874)."),
    ("p", "Підстава: наказ начальника управління від 05.02.2024 № 31-од. Оцінювання проводилося з 12 по 23 лютого "
          "2024 року робочою групою у складі 4 осіб. Оцінюваний період – 2023 рік."),
    ("b", "1. Загальні відомості про надання послуги"),
    ("p", "Послуга надається жителям 34 населених пунктів громади. У 2023 році послугу соціального супроводу отримала "
          "41 сім'я, у яких виховуються 93 дитини. З них 25 сімей взято під супровід у 2023 році, "
          "16 сімей отримували послугу з 2022 року."),
    ("p", "Протягом 2023 року супровід завершено щодо 19 сімей: з позитивним результатом – 12, "
          "мінімізовано складні життєві обставини – 5, у зв'язку з відмовою від послуги – 2. "
          "Станом на 31.12.2023 послугу отримують 22 сім'ї. Середня тривалість супроводу – 5,4 місяця."),
    ("p", "Послугу надають 4 фахівці із соціальної роботи, 2 з них у звітному році пройшли навчання з "
          "кейс-менеджменту. Скарг від отримувачів послуги за оцінюваний період не зареєстровано."),
    ("b", "2. Методика"),
    ("p", "Робоча група вивчила 36 особових справ отримувачів (вибірка – 87,8 % від загальної кількості), "
          "провела співбесіди з фахівцями та анкетування 29 отримувачів. За результатами анкетування "
          "93,1 % опитаних задоволені якістю послуги."),
    ("p", "Рівень дотримання критеріїв визначався як частка особових справ, у яких критерій виконано. "
          "Оцінка «добре» виставляється при рівні 85–100 %, «задовільно» – 60–84,9 %, «незадовільно» – менше 60 %."),
    ("b", "Таблиця 1. Результати оцінювання за критеріями"),
]
P2 = [
    ("b", "3. Висновки та рекомендації"),
    ("p", "Загальна оцінка якості надання послуги соціального супроводу – «добре»."),
    ("p", "Рекомендовано: 1) забезпечити перегляд індивідуальних планів не рідше ніж раз на 3 місяці; "
          "2) до 01.07.2024 укласти угоди про співпрацю із закладами охорони здоров'я громади."),
    ("p", "Голова робочої групи                                  (підпис)"),
]


def build(path):
    register_dejavu()
    base = ParagraphStyle("n", fontName="DSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY)
    styles = {"p": base, "h": ParagraphStyle("h", parent=base, fontName="DSerif-B", alignment=TA_CENTER),
              "b": ParagraphStyle("b", parent=base, fontName="DSerif-B")}
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=56, rightMargin=48, topMargin=48,
                            bottomMargin=48, title="Зовнішня оцінка якості", author="УСЗН")
    els = []
    for k, t in P1:
        els.append(Paragraph(t, styles[k]))
        els.append(Spacer(1, 4))
    data = [["№", "Критерій", "Рівень дотримання, %", "Оцінка"]]
    data += [[a, b, c, d] for a, b, c, d, _ in CRIT]
    data += [["", "Загальна оцінка", "", "добре"]]
    tb = Table(data, colWidths=[26, 250, 130, 90])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    els.append(tb)
    els.append(Spacer(1, 8))
    for k, t in P2:
        els.append(Paragraph(t, styles[k]))
        els.append(Spacer(1, 4))
    doc.build(els)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Великобірківської селищної ради",
        "centre_type": "cnsp", "settlement": "Великі Бірки", "oblast": "Тернопільська",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Великобірківської селищної ради",
                    "КУ «Центр надання соціальних послуг» Великобірківської селищної ради"]})
    f1 = g.f("served", "families", 41, "41 сім'я, у яких виховуються 93 дитини", service="social_support_sjo")
    f2 = g.f("served", "children", 93, "у яких виховуються 93 дитини", service="social_support_sjo", parent=f1)
    f3 = g.f("support_started", "families", 25, "З них 25 сімей взято під супровід у 2023 році",
             service="social_support_sjo", group="served_41_by_start", parent=f1)
    f4 = g.f("served", "families", 16, "16 сімей отримували послугу з 2022 року", service="social_support_sjo",
             alt=["support_ongoing"], label="отримували послугу з 2022 року", group="served_41_by_start", parent=f1)
    f5 = g.f("support_completed", "families", 19, "супровід завершено щодо 19 сімей", service="social_support_sjo")
    f6 = g.f("outcome_positive", "families", 12, "з позитивним результатом – 12", service="social_support_sjo",
             group="completed_19_by_outcome", parent=f5)
    f7 = g.f("outcome_minimized", "families", 5, "мінімізовано складні життєві обставини – 5",
             service="social_support_sjo", group="completed_19_by_outcome", parent=f5)
    f8 = g.f("outcome_other", "families", 2, "у зв'язку з відмовою від послуги – 2", service="social_support_sjo",
             label="відмова від послуги", group="completed_19_by_outcome", parent=f5)
    f9 = g.f("support_ongoing", "families", 22, "Станом на 31.12.2023 послугу отримують 22 сім'ї",
             service="social_support_sjo")
    f10 = g.f("staff_actual", "staff", 4, "Послугу надають 4 фахівці із соціальної роботи", service="social_support_sjo")
    f11 = g.f("staff_trained", "staff", 2, "2 з них у звітному році пройшли навчання", parent=f10)
    f12 = g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги за оцінюваний період не зареєстровано.")
    f13 = g.f("survey_respondents", "recipients", 29, "анкетування 29 отримувачів", unit_alt="persons")
    f14 = g.f("satisfaction", "percent", 93.1, "93,1 % опитаних задоволені якістю послуги", service="social_support_sjo")
    share_ids, rating_ids = [], []
    for no, name, pct, rate, crit in CRIT:
        q = f"{no}\t{name}\t{pct}\t{rate}"
        v = float(pct.replace(",", "."))
        v = int(v) if v.is_integer() else v
        share_ids.append(g.f("share", "percent", v, q, criterion=crit, service="social_support_sjo",
                             label=f"рівень дотримання критерію «{name}»", alt=["satisfaction"]))
        rating_ids.append(g.f("rating", "rating", RATING[rate], q, criterion=crit, service="social_support_sjo"))
    f31 = g.f("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall", service="social_support_sjo",
              label="таблиця 1")
    f32 = g.f("rating", "rating", "good", "Загальна оцінка якості надання послуги соціального супроводу – «добре».",
              criterion="overall", service="social_support_sjo", label="висновки")
    BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    tq = dict((c[4], i) for i, c in enumerate(CRIT))
    t = tq["timeliness"]
    g.slip("rating_band", "error", f"6\tСвоєчасність\t83,3\tдобре", "good", "satisfactory",
           [share_ids[t], rating_ids[t]],
           "Своєчасність 83,3 % is rated «добре», but the document's own bands give «добре» only at 85–100 % and «задовільно» at 60–84,9 %",
           f"band({share_ids[t]}, {BANDS}) == {rating_ids[t]}")
    others = [(s, r) for i, (s, r) in enumerate(zip(share_ids, rating_ids)) if i != t]
    g.check("rating_band", "Оцінка «добре» виставляється при рівні 85–100 %",
            "the other seven criteria match the bands (94,4 / 88,9 / 100 / 91,7 / 86,1 / 100 → добре; 72,2 → задовільно)",
            " and ".join(f"band({s}, {BANDS}) == {r}" for s, r in others))
    g.check("percent_impossible", "Робоча група вивчила 36 особових справ",
            "every criterion level is reachable with 36 case files (34, 32, 36, 33, 26, 30, 31, 36 of 36)",
            " and ".join(f"grim_ok({s}, 36, 1)" for s in share_ids))
    g.check("percent_impossible", "93,1 % опитаних задоволені якістю послуги", "27 of 29 = 93,10 → 93,1",
            "grim_ok(f14, f13, 1)")
    g.check("percent_mismatch", "(вибірка – 87,8 % від загальної кількості)", "36 case files of 41 families = 87,8 %",
            "pct_ok(87.8, 36, f1, 1)")
    g.check("parts_sum", "З них 25 сімей взято під супровід у 2023 році", "25 + 16 = 41", "f3 + f4 == f1")
    g.check("parts_sum", "супровід завершено щодо 19 сімей", "12 + 5 + 2 = 19", "f6 + f7 + f8 == f5")
    g.check("table_arithmetic", "Станом на 31.12.2023 послугу отримують 22 сім'ї", "41 − 19 = 22", "f1 - f5 == f9")
    g.check("internal_conflict", "Загальна оцінка якості надання послуги соціального супроводу – «добре».",
            "overall rating in the table and in the conclusions agree", "f31 == f32")

    g.skip("(47341, Тернопільська обл., смт Великі Бірки, вул.", [47341], "postcode")
    g.skip("Шевченка, 19; тел. (03540) 0-26-15; код ЄДРПОУ 43108874).", [19, 3540, 2615, 43108874],
           "address, phone, ЄДРПОУ (the reader breaks the line after «вул.»)")
    g.skip("наказ начальника управління від 05.02.2024 № 31-од", [5, 2, 2024, 31], "order date and number")
    g.skip("з 12 по 23 лютого 2024 року робочою групою у складі 4 осіб", [12, 23, 2024, 4], "assessment dates, working group size")
    g.skip("Оцінюваний період – 2023 рік.", [2023], "period year")
    g.skip("1. Загальні відомості про надання послуги", [1, 2, 3], "section numbers")
    g.skip("жителям 34 населених пунктів громади", [34], "number of settlements")
    g.skip("отримували послугу з 2022 року", [2022], "year (the 16 families are a 2023 fact with this label)")
    g.skip("Середня тривалість супроводу – 5,4 місяця.", [5.4], "duration")
    g.skip("Робоча група вивчила 36 особових справ", [36], "case files reviewed: method, no §3 id (literal in checks)")
    g.skip("(вибірка – 87,8 % від загальної кількості)", [87.8], "sample share of the method, not an indicator of the service")
    g.skip("Оцінка «добре» виставляється при рівні 85–100 %, «задовільно» – 60–84,9 %, «незадовільно» – менше 60 %.",
           [85, 100, 60, 84.9, 60], "rating band definitions")
    g.skip("Таблиця 1. Результати оцінювання за критеріями", [1], "table number")
    g.skip("1\tАдресність", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
    g.skip("не рідше ніж раз на 3 місяці", [1, 3], "recommendation: frequency, numbered points 1) 2)")
    g.skip("до 01.07.2024 укласти угоди", [1, 7, 2024], "deadline")
    g.note("the document assesses the 2023 service of the ЦНСП; meta centre is the assessed provider (the author is the district УСЗН); report_kind external_assessment")
    g.note("criterion levels are shares (alt satisfaction) with criterion, and each row also gives a rating; overall «добре» twice (table + conclusions) → two facts")
    g.note("«16 сімей отримували послугу з 2022 року» → served with a label (alt support_ongoing); 25 + 16 partition the 41")
    g.note("«2 з них … пройшли навчання» → staff_trained with parent the 4 staff")
    g.write()


if __name__ == "__main__":
    main()
