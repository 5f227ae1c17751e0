"""b29_05: internal quality assessment of the day-care service provided in 2024 by the ТЦСО of
Бучацька міська рада (Тернопільська). DOCX with a criteria table (criterion / % positive answers / rating)
and the document's own rating bands. Impersonal voice.
Planted slip: rating_band (Результативність 84,4 % rated «добре», but «добре» is 85–100 %)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b29_05_buchach_tcso_internal2024.docx"

CRIT = [
    ("1", "Адресність та індивідуальний підхід", "92,2", "добре", "targeting"),
    ("2", "Результативність", "84,4", "добре", "effectiveness"),
    ("3", "Своєчасність", "95,3", "добре", "timeliness"),
    ("4", "Доступність та відкритість", "87,5", "добре", "accessibility"),
    ("5", "Зручність", "81,3", "задовільно", "convenience"),
    ("6", "Повага до гідності отримувача соціальної послуги", "100", "добре", "dignity"),
    ("7", "Професійність", "90,6", "добре", "professionalism"),
]
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}

BEFORE = [
    ("h", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) БУЧАЦЬКОЇ МІСЬКОЇ РАДИ ТЕРНОПІЛЬСЬКОЇ ОБЛАСТІ"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості надання соціальної послуги денного догляду за 2024 рік"),
    ("p", "Внутрішню оцінку якості проведено відповідно до наказу директора територіального центру від 02.12.2024 № 74-од робочою групою у складі 5 осіб у період з 09 по 20 грудня 2024 року. Оцінювався період з 01.01.2024 по 31.12.2024."),
    ("p", "Методи збору інформації: аналіз особових справ отримувачів, анкетування отримувачів, спостереження за наданням послуги, співбесіди з працівниками відділення денного перебування."),
    ("p", "Загальні відомості. Послугу денного догляду у 2024 році отримала 71 особа, з них 19 осіб взято на обслуговування у 2024 році. Знято з обслуговування 13 осіб. Станом на 31.12.2024 послугу отримують 58 осіб. Середній вік отримувачів – 74 роки. Протягом року проведено 112 групових занять (арт-терапія, руханка, клуб «Берегиня»)."),
    ("p", "У відділенні денного перебування працює 6 працівників при 6,5 штатної одиниці. Скарг від отримувачів послуги протягом 2024 року не надходило."),
    ("p", "Анкетування. В анкетуванні взяли участь 64 отримувачі послуги, з них 41 жінка (64,1 %) та 23 чоловіки (35,9 %). Якістю послуги задоволені 93,8 % опитаних."),
    ("p", "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: від 85 до 100 % – «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("p", "Таблиця 2. Результати оцінки якості за критеріями"),
]
AFTER = [
    ("p", "Висновки. Загальна оцінка якості надання соціальної послуги денного догляду – «добре». Найнижчий показник має критерій «Зручність»: 12 отримувачів зазначили незручний графік роботи відділення (з 8.00 до 16.00)."),
    ("p", "Рекомендації: 1) до 01.03.2025 розглянути питання подовження роботи відділення до 17.00; 2) обладнати пандус біля входу; 3) повторну внутрішню оцінку провести у IV кварталі 2025 року."),
    ("p", "Голова робочої групи                                  (підпис)"),
    ("p", "м. Бучач, 23.12.2024"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, t in BEFORE:
        p = d.add_paragraph(t)
        if kind == "h":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.runs[0].bold = True
    tb = d.add_table(rows=2 + len(CRIT), cols=4)
    tb.style = "Table Grid"
    for i, h in enumerate(["№", "Критерій", "Частка позитивних відповідей, %", "Оцінка"]):
        tb.cell(0, i).text = h
    for r, (n, name, pct, rt, _) in enumerate(CRIT, start=1):
        for c, val in enumerate((n, name, pct, rt)):
            tb.cell(r, c).text = val
    last = len(CRIT) + 1
    m = tb.cell(last, 0).merge(tb.cell(last, 2))
    m.text = "Загальна оцінка якості надання послуги"
    tb.cell(last, 3).text = "добре"
    for kind, t in AFTER:
        d.add_paragraph(t)
    fix_docx_props(d, author="ТЦСО")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Бучацької міської ради",
        "centre_type": "tcso", "settlement": "Бучач", "oblast": "Тернопільська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Бучацької міської ради"]})
    f = g.f

    def v(fid):
        return "f" + fid[1:]
    sv = f("served", "persons", 71, "Послугу денного догляду у 2024 році отримала 71 особа", service="day_care")
    nw = f("served", "persons", 19, "з них 19 осіб взято на обслуговування у 2024 році", service="day_care",
           alt=["registered_new", "support_started"], parent=sv)
    dr = f("deregistered", "persons", 13, "Знято з обслуговування 13 осіб", service="day_care",
           alt=["support_completed"], parent=sv)
    on = f("support_ongoing", "persons", 58, "Станом на 31.12.2024 послугу отримують 58 осіб", service="day_care",
           alt=["served"], parent=sv)
    ev = f("events", "events", 112, "проведено 112 групових занять", service="day_care")
    act = f("staff_actual", "staff", 6, "працює 6 працівників", service="day_care")
    pos = f("staff_positions", "positions", 6.5, "при 6,5 штатної одиниці", service="day_care")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів послуги протягом 2024 року не надходило.",
           service="day_care")
    rs = f("survey_respondents", "recipients", 64, "В анкетуванні взяли участь 64 отримувачі послуги",
           service="day_care", unit_alt="persons")
    w = f("survey_respondents", "persons", 41, "з них 41 жінка (64,1 %)", percent=64.1, service="day_care",
          label="жінки", group="respondents_64_by_sex", parent=rs)
    m = f("survey_respondents", "persons", 23, "23 чоловіки (35,9 %)", percent=35.9, service="day_care",
          label="чоловіки", group="respondents_64_by_sex", parent=rs)
    sat = f("satisfaction", "percent", 93.8, "Якістю послуги задоволені 93,8 % опитаних", service="day_care")
    shares, ratings = {}, {}
    for n, name, pct, rt, cid in CRIT:
        q = "\t".join((n, name, pct, rt))
        val = float(pct.replace(",", "."))
        val = int(val) if val.is_integer() else val
        shares[cid] = f("share", "percent", val, q, service="day_care", criterion=cid,
                        label=f"частка позитивних відповідей: {name}", alt=["satisfaction"])
        ratings[cid] = f("rating", "rating", RATING[rt], q, service="day_care", criterion=cid)
    ov1 = f("rating", "rating", "good", "Загальна оцінка якості надання послуги\tдобре", service="day_care",
            criterion="overall")
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги денного догляду – «добре»",
            service="day_care", criterion="overall", label="повторна згадка загальної оцінки у висновках")

    bands = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    g.slip("rating_band", "error", "2\tРезультативність\t84,4\tдобре", "good", "satisfactory",
           [shares["effectiveness"], ratings["effectiveness"]],
           "84,4 % falls in the document's own band 60–84,9 % «задовільно», but the table rates it «добре»",
           f"band({v(shares['effectiveness'])}, {bands}) == {v(ratings['effectiveness'])}")
    others = [c for c in shares if c != "effectiveness"]
    g.check("rating_band", "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей",
            "the other six criteria are rated as their bands say (Зручність 81,3 % → «задовільно»)",
            " and ".join(f"band({v(shares[c])}, {bands}) == {v(ratings[c])}" for c in others))
    g.check("percent_impossible", "Частка позитивних відповідей, %",
            "every criterion share is reachable with 64 respondents (59, 54, 61, 56, 52, 64, 58 of 64)",
            " and ".join(f"grim_ok({v(shares[c])}, {v(rs)}, 1)" for c in shares))
    g.check("parts_sum", "з них 41 жінка (64,1 %) та 23 чоловіки (35,9 %)", "41 + 23 = 64",
            f"{v(w)} + {v(m)} == {v(rs)}")
    g.check("percent_mismatch", "з них 41 жінка (64,1 %) та 23 чоловіки (35,9 %)",
            "41/64 = 64,06 → 64,1; 23/64 = 35,94 → 35,9",
            f"pct_ok(p{w[1:]}, {v(w)}, {v(rs)}, 1) and pct_ok(p{m[1:]}, {v(m)}, {v(rs)}, 1)")
    g.check("percents_sum", "з них 41 жінка (64,1 %) та 23 чоловіки (35,9 %)", "64,1 + 35,9 = 100",
            f"psum_ok([p{w[1:]}, p{m[1:]}], 1)")
    g.check("percent_impossible", "Якістю послуги задоволені 93,8 % опитаних", "60 of 64 = 93,75 → 93,8",
            f"grim_ok({v(sat)}, {v(rs)}, 1)")
    g.check("parts_sum", "Знято з обслуговування 13 осіб. Станом на 31.12.2024 послугу отримують 58 осіб",
            "71 − 13 = 58 still receiving at year end; 19 new ≤ 71; 64 respondents ≤ 71",
            f"{v(sv)} - {v(dr)} == {v(on)} and {v(nw)} <= {v(sv)} and {v(rs)} <= {v(sv)}")
    g.check("parts_sum", "працює 6 працівників при 6,5 штатної одиниці", "6 ≤ 6,5", f"{v(act)} <= {v(pos)}")

    sk = g.skip
    sk("наказу директора територіального центру від 02.12.2024 № 74-од", [2, 12, 2024, 74], "order date and number")
    sk("робочою групою у складі 5 осіб у період з 09 по 20 грудня 2024 року", [5, 9, 20, 2024],
       "commission size, assessment dates")
    sk("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 1, 2024, 31, 12, 2024], "assessed period")
    sk("Середній вік отримувачів – 74 роки.", [74], "average age")
    sk("від 85 до 100 % – «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно»",
       [85, 100, 60, 84.9, 60], "rating band definitions")
    sk("Таблиця 2. Результати оцінки якості за критеріями", [2], "table number")
    sk("1\tАдресність та індивідуальний підхід\t92,2\tдобре", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    sk("12 отримувачів зазначили незручний графік роботи відділення (з 8.00 до 16.00)", [12, 8, 16],
       "a count of survey answers with no §3 id; opening hours")
    sk("1) до 01.03.2025 розглянути питання подовження роботи відділення до 17.00; 2) обладнати пандус біля входу; 3) повторну внутрішню оцінку провести у IV кварталі 2025 року",
       [1, 1, 3, 2025, 17, 2, 3, 4, 2025], "recommendations: numbers, deadline, hours, plan")
    sk("м. Бучач, 23.12.2024", [23, 12, 2024], "date")
    g.note("criterion shares of the assessment → share with criterion (alt satisfaction); each table row gives a share and a rating fact, quoted by the row")
    g.note("the overall rating appears twice (table and conclusions): two facts")
    g.note("«з них 19 осіб взято на обслуговування» → served (alt registered_new, support_started); «станом на 31.12.2024 послугу отримують 58» → support_ongoing (alt served)")
    g.note("«64 отримувачі послуги» → unit recipients (unit_alt persons); women/men form one group with percents")
    g.note("the band check uses the document's own bands; 84,9 is the upper edge of «задовільно», so shares between 84,9 and 85 have no band (none occurs)")
    g.write()


if __name__ == "__main__":
    main()
