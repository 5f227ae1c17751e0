"""b55_06: external quality assessment of the home-care service of КУ «ЦНСП» Великокучурівської сільської ради
(Чернівецька) for 2024, written by the council's commission. reportlab PDF (DejaVu Serif), third person,
a criteria table (criterion / % positive answers / rating) and the document's own rating bands.
Planted slip: percent_impossible (Результативність 88,2 % cannot come from 43 respondents)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path

DOC = "b55_06_velykyi_kuchuriv_cnsp_external2024.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"

CRIT = [
    ("Адресність та індивідуальний підхід", "95,3", "добре", "targeting"),
    ("Результативність", "88,2", "добре", "effectiveness"),
    ("Своєчасність", "90,7", "добре", "timeliness"),
    ("Доступність та відкритість", "83,7", "добре", "accessibility"),
    ("Повага до гідності отримувача", "100,0", "добре", "dignity"),
    ("Професійність", "97,7", "добре", "professionalism"),
]
OVERALL = ("Загальна оцінка", "–", "добре")

P1 = [
    ("h", "ВЕЛИКОКУЧУРІВСЬКА СІЛЬСЬКА РАДА"),
    ("h", "ЗВІТ<br/>про проведення зовнішньої оцінки якості надання соціальної послуги догляду вдома "
          "комунальною установою «Центр надання соціальних послуг» Великокучурівської сільської ради за 2024 рік"),
    ("p", "Зовнішню оцінку проведено відповідно до постанови Кабінету Міністрів України від 01.06.2020 № 449 та наказу "
          "Мінсоцполітики від 27.12.2013 № 904, на підставі розпорядження сільського голови від 14.01.2025 № 07-од, "
          "комісією у складі 5 осіб у період з 20 по 31 січня 2025 року."),
    ("p", "Надавач: КУ «Центр надання соціальних послуг» Великокучурівської сільської ради, 60222, Чернівецька обл., "
          "с. Великий Кучурів, вул. Миру, 41, тел. (03735) 0-61-94, ЄДРПОУ 44718205."),
    ("p", "Під час оцінки вивчено документацію (вибірково 30 особових справ), проведено анкетування отримувачів та "
          "12 спостережень під час візитів соціальних робітників."),
    ("b", "1. Загальні відомості про послугу"),
    ("p", "Протягом 2024 року послугу догляду вдома отримували 92 особи (61 жінка та 31 чоловік), середній вік отримувачів – "
          "79 років. На обслуговування взято 14 осіб. Припинено надання послуги 23 особам: у зв’язку зі смертю – 15, "
          "влаштуванням до закладу стаціонарного догляду – 3, переїздом до родичів – 5. Станом на 31.12.2024 послугу отримують "
          "69 осіб, з них 11 – на платній основі (вартість години догляду – 102,60 грн)."),
    ("p", "Послугу надають 16 соціальних робітників при 18 штатних посадах відділення. У 2024 році 9 соціальних робітників "
          "пройшли навчання за програмою підвищення кваліфікації (40 годин)."),
    ("b", "2. Результати анкетування"),
    ("p", "В анкетуванні взяли участь 43 отримувачі послуги (46,7 % від загальної кількості). Шкала оцінювання: «добре» – "
          "80–100 % позитивних відповідей, «задовільно» – 60–79 %, «незадовільно» – менше 60 %."),
    ("p", "Таблиця 2. Оцінка якості за критеріями"),
]
P2 = [
    ("b", "3. Висновки та рекомендації"),
    ("p", "Скарг від отримувачів у 2024 році не надходило, надійшло 3 письмові подяки. Загальний рівень якості надання "
          "соціальної послуги догляду вдома комісія оцінює як «добре»."),
    ("p", "Рекомендовано: 1) забезпечити доступність інформації про послугу для осіб з порушеннями зору; 2) переглянути "
          "графік відвідувань у 4 віддалених селах; 3) усунути зауваження до 01.07.2025."),
    ("p", "Голова комісії                                   (підпис)                        03.02.2025"),
]

def build(path):
    for name, fn in (("DSerif", "DejaVuSerif.ttf"), ("DSerif-B", "DejaVuSerif-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, FD + fn))
    ps = ParagraphStyle("p", fontName="DSerif", fontSize=10, leading=13, spaceAfter=6, alignment=4)
    sty = {"p": ps, "h": ParagraphStyle("h", parent=ps, fontName="DSerif-B", alignment=1),
           "b": ParagraphStyle("b", parent=ps, fontName="DSerif-B", alignment=0)}
    story = [Paragraph(t, sty[k]) for k, t in P1]
    data = [["Критерій", "Частка позитивних відповідей, %", "Оцінка"]] + [list(r[:3]) for r in CRIT] + [list(OVERALL)]
    cs = ParagraphStyle("cell", parent=ps, fontSize=9, leading=11, spaceAfter=0, alignment=0)
    t = Table([[Paragraph(c, cs) for c in r] for r in data], colWidths=[7 * cm, 5 * cm, 3 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 8)] + [Paragraph(tx, sty[k]) for k, tx in P2]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                      invariant=1, title="Звіт про зовнішню оцінку", author="Комісія").build(story)

def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Великокучурівської сільської ради",
        "centre_type": "cnsp", "settlement": "Великий Кучурів", "oblast": "Чернівецька",
        "report_kind": "external_assessment",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Великокучурівської сільської ради",
                    "КУ «Центр надання соціальних послуг» Великокучурівської сільської ради"]})
    f = g.f
    n = lambda x: x[1:]
    H = "home_care"
    tot = f("served", "persons", 92, "послугу догляду вдома отримували 92 особи", service=H)
    w = f("served", "persons", 61, "61 жінка", service=H, label="жінки", group="served_92_by_sex", parent=tot)
    m = f("served", "persons", 31, "31 чоловік", service=H, label="чоловіки", group="served_92_by_sex", parent=tot)
    f("served", "persons", 14, "На обслуговування взято 14 осіб.", service=H, alt=["registered_new", "support_started"],
      label="взято на обслуговування")
    comp = f("support_completed", "persons", 23, "Припинено надання послуги 23 особам", service=H, alt=["deregistered"])
    o1 = f("outcome_other", "persons", 15, "у зв’язку зі смертю – 15", service=H, label="смерть", group="ended_23", parent=comp)
    o2 = f("outcome_other", "persons", 3, "влаштуванням до закладу стаціонарного догляду – 3", service=H,
           label="влаштування до закладу стаціонарного догляду", group="ended_23", parent=comp)
    o3 = f("outcome_other", "persons", 5, "переїздом до родичів – 5", service=H, label="переїзд до родичів", group="ended_23", parent=comp)
    ong = f("support_ongoing", "persons", 69, "Станом на 31.12.2024 послугу отримують 69 осіб", service=H, alt=["served"])
    paid = f("support_ongoing", "persons", 11, "з них 11 – на платній основі", service=H, alt=["served"], label="на платній основі", parent=ong)
    ac = f("staff_actual", "staff", 16, "Послугу надають 16 соціальних робітників", label="соціальні робітники відділення")
    ps_ = f("staff_positions", "positions", 18, "при 18 штатних посадах відділення", label="відділення")
    tr = f("staff_trained", "staff", 9, "У 2024 році 9 соціальних робітників пройшли навчання")
    rs = f("survey_respondents", "recipients", 43, "В анкетуванні взяли участь 43 отримувачі послуги (46,7 % від загальної кількості)",
           percent=46.7, service=H, unit_alt="persons")
    SH, RT = [], []
    for name, p, r, crit in CRIT:
        q = f"{name}\t{p}\t{r}"
        val = float(p.replace(",", "."))
        val = int(val) if val.is_integer() else val
        SH.append(f("share", "percent", val, q, service=H, criterion=crit, alt=["satisfaction"], label="частка позитивних відповідей"))
        RT.append(f("rating", "rating", "good", q, service=H, criterion=crit))
    ov = f("rating", "rating", "good", "\t".join(OVERALL), service=H, criterion="overall")
    ov2 = f("rating", "rating", "good", "Загальний рівень якості надання соціальної послуги догляду вдома комісія оцінює як «добре».",
            service=H, criterion="overall")
    f("complaints", "complaints", 0, "Скарг від отримувачів у 2024 році не надходило", service=H)

    g.slip("percent_impossible", "error", "Результативність\t88,2\tдобре", 88.2, "86,0 (37 of 43) or 88,4 (38 of 43)", [SH[1], rs],
           "with 43 respondents the possible shares near 88,2 % are 37/43 = 86,05 % and 38/43 = 88,37 %; no whole number of the 43 gives 88,2 %",
           f"grim_ok(f{n(SH[1])}, f{n(rs)}, 1)")
    bands = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    g.check("rating_band", "Адресність та індивідуальний підхід\t95,3\tдобре",
            "every criterion's share is in the document's band of its rating (добре 80–100 %)",
            "all([" + ", ".join(f"band(f{n(s)}, {bands}) == f{n(r)}" for s, r in zip(SH, RT)) + "])")
    g.check("percent_impossible", "Адресність та індивідуальний підхід\t95,3\tдобре",
            "41, 39, 36, 43 and 42 of 43 give 95,3, 90,7, 83,7, 100,0 and 97,7",
            "all([" + ", ".join(f"grim_ok(f{n(s)}, f{n(rs)}, 1)" for i, s in enumerate(SH) if i != 1) + "])")
    g.check("percent_mismatch", "В анкетуванні взяли участь 43 отримувачі послуги (46,7 % від загальної кількості)",
            "43 / 92 = 46,74 % → 46,7", f"pct_ok(p{n(rs)}, f{n(rs)}, f{n(tot)}, 1)")
    g.check("parts_sum", "(61 жінка та 31 чоловік)", "61 + 31 = 92", f"f{n(w)} + f{n(m)} == f{n(tot)}")
    g.check("parts_sum", "Припинено надання послуги 23 особам", "15 + 3 + 5 = 23", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(comp)}")
    g.check("parts_sum", "Станом на 31.12.2024 послугу отримують 69 осіб", "92 during the year − 23 ended = 69 at year end; 11 paid ≤ 69",
            f"f{n(tot)} - f{n(comp)} == f{n(ong)} and f{n(paid)} <= f{n(ong)}")
    g.check("parts_sum", "Послугу надають 16 соціальних робітників при 18 штатних посадах відділення", "9 trained ≤ 16 ≤ 18",
            f"f{n(tr)} <= f{n(ac)} <= f{n(ps_)}")
    g.check("internal_conflict", "Загальний рівень якості надання соціальної послуги догляду вдома комісія оцінює як «добре».",
            "the overall rating in the table and in the conclusions agree", f"f{n(ov)} == f{n(ov2)}")

    g.skip("постанови Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    g.skip("наказу Мінсоцполітики від 27.12.2013 № 904", [27, 12, 2013, 904], "order date and number")
    g.skip("розпорядження сільського голови від 14.01.2025 № 07-од", [14, 1, 2025, 7], "order date and number")
    g.skip("комісією у складі 5 осіб у період з 20 по 31 січня 2025 року", [5, 20, 31, 2025], "commission size, assessment dates")
    g.skip("60222, Чернівецька обл., с. Великий Кучурів, вул. Миру, 41, тел. (03735) 0-61-94, ЄДРПОУ 44718205",
           [60222, 41, 3735, 6194, 44718205], "postcode, address, phone, ЄДРПОУ")
    g.skip("вибірково 30 особових справ", [30], "case files checked (method)")
    g.skip("12 спостережень під час візитів", [12], "observations (method)")
    g.skip("середній вік отримувачів – 79 років", [79], "average age")
    g.skip("(вартість години догляду – 102,60 грн)", [102.6], "tariff")
    g.skip("(40 годин)", [40], "duration")
    g.skip("«добре» – 80–100 % позитивних відповідей, «задовільно» – 60–79 %, «незадовільно» – менше 60 %", [80, 100, 60, 79, 60], "rating bands")
    g.skip("Таблиця 2. Оцінка якості за критеріями", [2], "table number")
    g.skip("надійшло 3 письмові подяки", [3], "letters of thanks (no §3 id)")
    g.skip("графік відвідувань у 4 віддалених селах", [4], "settlement count")
    g.skip("усунути зауваження до 01.07.2025", [1, 7, 2025], "deadline")
    g.skip("Рекомендовано: 1) забезпечити", [1, 2, 3], "recommendation numbers")
    g.skip("1. Загальні відомості про послугу", [1, 2, 3], "section numbers")
    g.skip("03.02.2025", [3, 2, 2025], "signature date")
    g.note("meta: the assessed provider is the centre; the period assessed is 2024 (the assessment itself took place in January 2025)")
    g.note("criteria table: each row gives a share (share with criterion, alt satisfaction) and a rating; the overall row has no share; the overall rating is written again in the conclusions (two facts)")
    g.note("«Припинено надання послуги» → support_completed (alt deregistered) with reasons as outcome_other; «Станом на 31.12.2024 послугу отримують 69» → support_ongoing (alt served)")
    g.note("the 43 respondents carry percent 46,7 (of the 92 recipients)")
    g.note("bands: «задовільно» 60–79 % and «незадовільно» below 60 % are written with whole numbers; verify uses 79.99 / 59.99 as upper ends")
    g.write()

if __name__ == "__main__":
    main()
