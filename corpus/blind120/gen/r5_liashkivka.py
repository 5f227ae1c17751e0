"""b120_05: КУ «ЦНСП» Ляшківської сільської ради (Дніпропетровська), internal quality assessment 2021.
DOCX, impersonal voice, a criteria table (% of positive answers / rating) with the document's own bands,
survey percentages next to counts, numbered recommendations."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b120_05_liashkivka_cnsp_internal2021.docx"

PARAS = [
    ("c", "Комунальна установа «Центр надання соціальних послуг» Ляшківської сільської ради"),
    ("c", "Дніпропетровської області"),
    ("c", "ЗВІТ"),
    ("c", "про результати внутрішньої оцінки якості соціальних послуг, наданих у 2021 році"),
    ("p", "Внутрішню оцінку проведено відповідно до наказу Міністерства соціальної політики України від 27.12.2013 № 904 та наказу директора установи від 01.11.2021 № 47-од у період з 08 по 26 листопада 2021 року комісією у складі 5 осіб."),
    ("b", "Загальні відомості"),
    ("p", "Упродовж 2021 року соціальні послуги надано 623 отримувачам, у тому числі консультування – 402, догляду вдома – 148, натуральної допомоги – 73. Усього надано 9 841 соціальну послугу. Середній вік отримувачів догляду вдома – 79 років."),
    ("p", "Послуги надають 24 працівники, з них 16 соціальних робітників. У 2021 році 8 працівників пройшли підвищення кваліфікації."),
    ("b", "Методи оцінювання"),
    ("p", "Проаналізовано 40 особових справ отримувачів, проведено спостереження за наданням послуги догляду вдома у 12 домогосподарствах. Анкетування проведено серед 37 отримувачів послуги догляду вдома (25 % від їх загальної кількості)."),
    ("b", "Результати анкетування"),
    ("p", "Якістю послуги повністю задоволені 33 респонденти (89,2 %), частково – 4 (10,8 %). Частка отримувачів, у яких за рік покращився або стабілізувався стан здоров'я та побутові умови, становить 64,9 %. Водночас 45,5 % опитаних хотіли б, щоб соціальний робітник відвідував їх частіше."),
    ("p", "Оцінювання за критеріями здійснено за шкалою: 81–100 % позитивних відповідей – «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно»."),
    ("p", "Таблиця. Результати оцінки за критеріями"),
    ("t", None),
    ("b", "Висновки"),
    ("p", "Якість соціальних послуг, наданих установою у 2021 році, оцінено на рівні «добре». Скарг від отримувачів протягом року не надходило. Найнижчий показник – за критерієм своєчасності – пов'язаний з тим, що в зимовий період соціальні робітники не завжди встигали відвідати всіх підопічних у віддалених селах."),
    ("b", "Рекомендації"),
    ("p", "1) переглянути маршрути соціальних робітників, закріпивши за кожним не більше 8 отримувачів; 2) до 01.03.2022 забезпечити службовим велосипедом 3 соціальних робітників; 3) наступну внутрішню оцінку провести у IV кварталі 2022 року."),
    ("p", "Голова комісії                                  (підпис)"),
    ("p", "29.11.2021"),
]
TABLE = [
    ["Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "91,9", "добре"],
    ["Результативність", "86,5", "добре"],
    ["Своєчасність", "78,4", "задовільно"],
    ["Доступність та відкритість", "94,6", "добре"],
    ["Зручність", "83,8", "добре"],
    ["Повага до гідності отримувача", "100", "добре"],
    ["Професійність", "89,2", "добре"],
    ["Загальна оцінка", "", "добре"],
]
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity", "professionalism", "overall"]
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for kind, text in PARAS:
        if kind == "t":
            t = d.add_table(rows=len(TABLE), cols=3)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
            continue
        p = d.add_paragraph()
        r = p.add_run(text)
        if kind == "b":
            r.bold = True
        if kind == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.bold = True
    save_docx(d, path, author="КУ ЦНСП")


def num(s):
    x = float(s.replace(",", "."))
    return int(x) if x.is_integer() else x


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ляшківської сільської ради",
        "centre_type": "cnsp", "settlement": "Ляшківка", "oblast": "Дніпропетровська",
        "report_kind": "internal_assessment", "period_start": "2021-01-01", "period_end": "2021-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Ляшківської сільської ради",
        "КУ «Центр надання соціальних послуг» Ляшківської сільської ради"]})
    f = g.f
    sv = f("served", "recipients", 623, "соціальні послуги надано 623 отримувачам", unit_alt="persons")
    gs = "served_623_by_service"
    s1 = f("served", "recipients", 402, "консультування – 402", service="counselling", unit_alt="persons", group=gs, parent=sv)
    s2 = f("served", "recipients", 148, "догляду вдома – 148", service="home_care", unit_alt="persons", group=gs, parent=sv)
    s3 = f("served", "recipients", 73, "натуральної допомоги – 73", service="natural_aid", unit_alt="persons", group=gs, parent=sv)
    sp = f("services_provided", "services", 9841, "Усього надано 9 841 соціальну послугу")
    sa = f("staff_actual", "staff", 24, "Послуги надають 24 працівники")
    sw = f("staff_actual", "staff", 16, "з них 16 соціальних робітників", label="соціальні робітники", parent=sa)
    tr = f("staff_trained", "staff", 8, "8 працівників пройшли підвищення кваліфікації")
    rs = f("survey_respondents", "recipients", 37, "Анкетування проведено серед 37 отримувачів послуги догляду вдома (25 %",
           service="home_care", percent=25.0, unit_alt="persons",
           note="25 % is the respondents' share of the 148 home-care recipients")
    fs = f("survey_respondents", "persons", 33, "повністю задоволені 33 респонденти (89,2 %)", percent=89.2,
           label="повністю задоволені якістю послуги", parent=rs)
    ps = f("survey_respondents", "persons", 4, "частково – 4 (10,8 %)", percent=10.8,
           label="частково задоволені якістю послуги", parent=rs)
    im = f("share", "percent", 64.9, "Частка отримувачів, у яких за рік покращився або стабілізувався стан здоров'я та побутові умови, становить 64,9 %",
           label="частка отримувачів, у яких покращився або стабілізувався стан", criterion="effectiveness",
           note="criterion effectiveness is a reading (the share is an outcome measure); drop it if the criterion is not set")
    wm = f("share", "percent", 45.5, "45,5 % опитаних хотіли б, щоб соціальний робітник відвідував їх частіше",
           label="опитані, які хотіли б частіших відвідувань")
    sh, rt = [], []
    for i, row in enumerate(TABLE[1:], 1):
        q = "\t".join(row)
        if row[1]:
            sh.append(f("share", "percent", num(row[1]), q, criterion=CRIT[i - 1], alt=["satisfaction"]))
        rt.append(f("rating", "rating", RATING[row[2]], q, criterion=CRIT[i - 1]))
    ov = f("rating", "rating", "good", "Якість соціальних послуг, наданих установою у 2021 році, оцінено на рівні «добре»",
           criterion="overall", note="the overall rating written a second time, in the conclusions")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів протягом року не надходило.")

    n = lambda x: x[1:]  # noqa: E731
    B = "[(81, 100, 'добре'), (61, 80, 'задовільно'), (0, 60, 'незадовільно')]"
    g.check("parts_sum", "соціальні послуги надано 623 отримувачам, у тому числі", "402 + 148 + 73 = 623",
            f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(sv)}")
    g.check("percent_mismatch", "Анкетування проведено серед 37 отримувачів послуги догляду вдома (25 %",
            "37 / 148 = 25,0 %", f"pct_ok(p{n(rs)}, f{n(rs)}, f{n(s2)}, 0)")
    g.check("parts_sum", "Якістю послуги повністю задоволені 33 респонденти (89,2 %), частково – 4 (10,8 %)",
            "33 + 4 = 37", f"f{n(fs)} + f{n(ps)} == f{n(rs)}")
    g.check("percent_mismatch", "повністю задоволені 33 респонденти (89,2 %)", "33/37 = 89,19 → 89,2; 4/37 = 10,81 → 10,8",
            f"pct_ok(p{n(fs)}, f{n(fs)}, f{n(rs)}, 1) and pct_ok(p{n(ps)}, f{n(ps)}, f{n(rs)}, 1)")
    g.check("percents_sum", "повністю задоволені 33 респонденти (89,2 %), частково – 4 (10,8 %)", "89,2 + 10,8 = 100,0",
            f"psum_ok([p{n(fs)}, p{n(ps)}], 1)")
    g.check("percent_impossible", "Частка отримувачів, у яких за рік покращився", "64,9 % = 24 of 37", f"grim_ok(f{n(im)}, f{n(rs)}, 1)")
    g.check("percent_impossible", "Адресність та індивідуальний підхід\t91,9\tдобре",
            "every criterion share is reachable with 37 respondents (34, 32, 29, 35, 31, 37, 33 of 37)",
            " and ".join(f"grim_ok(f{n(x)}, f{n(rs)}, 1)" for x in sh))
    g.check("rating_band", "Своєчасність\t78,4\tзадовільно",
            "each criterion's rating matches the bands 81–100 добре / 61–80 задовільно / ≤ 60 незадовільно",
            " and ".join(f"band(f{n(s)}, {B}) == {{'good': 'добре', 'satisfactory': 'задовільно', 'unsatisfactory': 'незадовільно'}}[f{n(r)}]"
                         for s, r in zip(sh, rt)))
    g.check("internal_conflict", "оцінено на рівні «добре»", "overall rating in the table = in the conclusions",
            f"f{n(rt[-1])} == f{n(ov)}")
    g.check("parts_sum", "з них 16 соціальних робітників", "16 ≤ 24; 8 trained ≤ 24", f"f{n(sw)} <= f{n(sa)} and f{n(tr)} <= f{n(sa)}")

    g.slip("percent_impossible", "error", "45,5 % опитаних хотіли б, щоб соціальний робітник відвідував їх частіше",
           45.5, "43,2 or 45,9", [wm, rs],
           "GRIM with the 37 respondents at one decimal: 16/37 = 43,24 %, 17/37 = 45,95 %; no whole number of the 37 gives 45,5 %",
           f"grim_ok(f{n(wm)}, f{n(rs)}, 1)")

    sk = g.skip
    sk("про результати внутрішньої оцінки якості соціальних послуг, наданих у 2021 році", [2021], "period (meta)")
    sk("наказу Міністерства соціальної політики України від 27.12.2013 № 904 та наказу директора установи від 01.11.2021 № 47-од у період з 08 по 26 листопада 2021 року комісією у складі 5 осіб",
       [27, 12, 2013, 904, 1, 11, 2021, 47, 8, 26, 2021, 5], "order dates and numbers, assessment dates, commission size")
    sk("Упродовж 2021 року", [2021], "year")
    sk("Середній вік отримувачів догляду вдома – 79 років.", [79], "age")
    sk("У 2021 році 8 працівників", [2021], "year")
    sk("Проаналізовано 40 особових справ отримувачів, проведено спостереження за наданням послуги догляду вдома у 12 домогосподарствах.",
       [40, 12], "assessment method counts (case files, observations); no §3 id")
    sk("81–100 % позитивних відповідей – «добре», 61–80 % – «задовільно», 60 % і менше – «незадовільно»",
       [81, 100, 61, 80, 60], "rating bands (used in the rating_band check)")
    sk("у 2021 році, оцінено", [2021], "year")
    sk("закріпивши за кожним не більше 8 отримувачів", [8], "recommendation (a target)")
    sk("2) до 01.03.2022 забезпечити службовим велосипедом 3 соціальних робітників", [2, 1, 3, 2022, 3], "recommendation number, deadline, plan")
    sk("3) наступну внутрішню оцінку провести у IV кварталі 2022 року.", [3, 4, 2022], "recommendation number, plan")
    sk("1) переглянути маршрути", [1], "recommendation number")
    sk("29.11.2021", [29, 11, 2021], "date")

    g.note("internal assessment of the services provided in 2021 → period 2021-01-01..2021-12-31 (the assessment itself ran 08–26.11.2021)")
    g.note("«отримувачам» with no kind → unit recipients, unit_alt persons")
    g.note("criterion shares of the table → share with criterion, alt satisfaction; ratings per criterion; «Загальна оцінка» row has no percentage (empty cell) → only its rating; the overall «добре» in the conclusions is a second rating fact")
    g.note("«повністю задоволені 33 респонденти (89,2 %)» → survey_respondents 33 with percent (alt satisfaction) under the 37; «частково – 4 (10,8 %)» likewise")
    g.note("«Частка отримувачів, у яких … покращився або стабілізувався стан» 64,9 % → share, criterion effectiveness (a reading)")
    g.note("planted slip: 45,5 % of 37 respondents is impossible (GRIM)")
    g.write()


if __name__ == "__main__":
    main()
