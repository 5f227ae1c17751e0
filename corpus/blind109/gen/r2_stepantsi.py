"""b109_02: КУ «ЦНСП» Степанецької сільської ради (Черкаська), internal quality assessment 2024.
DOCX, first person plural, a recipients table by service (with an IDP column) and a criteria table
with the document's own bands."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b109_02_stepantsi_cnsp_internal2024.docx"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Степанецької сільської ради",
    "Черкаського району Черкаської області",
    "19634, с. Степанці, вул. Шевченка, 41; тел. (0472) 0-58-16; e-mail: cnsp.stepantsi@example.ua",
]
TITLE = ["ЗВІТ", "про результати проведення внутрішньої оцінки якості соціальних послуг за 2024 рік"]
P = {}
P["intro"] = ("На виконання наказу Міністерства соціальної політики України від 27.12.2013 № 904 та наказу "
              "директора Центру від 02.12.2024 № 87-ОД ми провели внутрішню оцінку якості соціальних послуг, "
              "які наш Центр надавав мешканцям громади у 2024 році. Оцінку здійснювала робоча група у складі "
              "5 осіб у період з 05 по 20 грудня 2024 року. Ми вивчили 52 особові справи отримувачів, "
              "провели анкетування та телефонні інтерв'ю.")
P["h1"] = "1. Кадровий потенціал і загальні показники"
P["staff"] = ("Штатним розписом Центру передбачено 21 посаду, фактично в нас працює 19 фахівців, із них 8 "
              "соціальних робітників. Навчання та підвищення кваліфікації протягом року пройшли 11 наших "
              "працівників (вебінари, тренінги обласного центру соціальних служб).")
P["gen"] = ("У 2024 році до Центру звернулися 276 осіб. Ми провели оцінку потреб 143 особам і 37 сім'ям. "
            "Соціальні послуги отримали 418 осіб (торік – 392). Розподіл отримувачів за послугами наведено "
            "в таблиці 1.")
P["t1cap"] = "Таблиця 1. Отримувачі соціальних послуг у 2024 році"
T1 = [["№", "Соціальна послуга", "Отримувачів, осіб", "з них ВПО"],
      ["1", "Інформування", "164", "38"],
      ["2", "Консультування", "121", "29"],
      ["3", "Догляд вдома", "68", "4"],
      ["4", "Натуральна допомога", "47", "21"],
      ["5", "Соціальний супровід сімей у СЖО", "18", "6"],
      ["", "Усього", "418", "98"]]
P["sup"] = ("Соціальний супровід. У 2024 році під нашим супроводом перебувало 18 сімей, у яких виховується "
            "41 дитина. Протягом року ми взяли під супровід 11 сімей, а завершили супровід 9 сімей: шість – з "
            "позитивним результатом, дві – з мінімізацією складних життєвих обставин, одна – у зв'язку зі "
            "зміною місця проживання. Середня тривалість супроводу – 5 місяців.")
P["ev"] = ("Ми провели 23 групові заходи (тренінги для батьків, інформаційні зустрічі в старостинських "
           "округах), в яких взяли участь 286 осіб.")
P["h2"] = "2. Оцінка якості за критеріями"
P["survey"] = ("В опитуванні взяли участь 64 отримувачі соціальних послуг віком від 19 до 87 років. Оцінку "
               "за кожним критерієм ми визначали за часткою позитивних відповідей: від 85 до 100 % – "
               "«добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно».")
P["t2cap"] = "Таблиця 2. Результати оцінки за критеріями"
T2 = [["Критерій", "Позитивних відповідей, %", "Оцінка"],
      ["Адресність та індивідуальний підхід", "93,8", "добре"],
      ["Результативність", "87,5", "добре"],
      ["Своєчасність", "82,8", "добре"],
      ["Доступність та відкритість", "84,4", "задовільно"],
      ["Повага до гідності отримувача", "98,4", "добре"],
      ["Професійність", "95,3", "добре"],
      ["Захист та безпека", "90,6", "добре"],
      ["Конфіденційність інформації", "100,0", "добре"],
      ["Загальна оцінка", "–", "добре"]]
P["concl"] = ("Загалом якістю соціальних послуг задоволені 92,2 % опитаних. Скарг на якість послуг у 2024 році "
              "не надходило. Три усні зауваження щодо графіка відвідувань ми врахували.")
P["h3"] = "3. Висновки та рекомендації"
P["final"] = "Загальна оцінка якості соціальних послуг, наданих Центром у 2024 році, – «добре»."
REC = ["1. До 01.03.2025 переглянути графік відвідувань отримувачів послуги догляду вдома у віддалених селах.",
       "2. Розмістити на сайті сільської ради інформацію про порядок звернення до Центру.",
       "3. Повторне анкетування провести у грудні 2025 року."]
SIGN = "Голова робочої групи, заступник директора Центру                    (підпис)\n23.12.2024"


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    d.add_paragraph(P["intro"])
    d.add_heading(P["h1"], level=2)
    d.add_paragraph(P["staff"])
    d.add_paragraph(P["gen"])
    d.add_paragraph(P["t1cap"])
    tb = d.add_table(rows=len(T1), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(T1):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    d.add_paragraph(P["sup"])
    d.add_paragraph(P["ev"])
    d.add_heading(P["h2"], level=2)
    d.add_paragraph(P["survey"])
    d.add_paragraph(P["t2cap"])
    tb = d.add_table(rows=len(T2), cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate(T2):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    d.add_paragraph(P["concl"])
    d.add_heading(P["h3"], level=2)
    d.add_paragraph(P["final"])
    for r in REC:
        d.add_paragraph(r)
    d.add_paragraph(SIGN)
    save_docx(d, path, author="КУ ЦНСП")


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Степанецької сільської ради",
        "centre_type": "cnsp", "settlement": "Степанці", "oblast": "Черкаська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Степанецької сільської ради",
                   "КУ «Центр надання соціальних послуг» Степанецької сільської ради"]})
    f = g.f
    n = lambda x: x[1:]
    pos = f("staff_positions", "positions", 21, "Штатним розписом Центру передбачено 21 посаду")
    act = f("staff_actual", "staff", 19, "фактично в нас працює 19 фахівців")
    sw = f("staff_actual", "staff", 8, "із них 8 соціальних робітників", parent=act, label="соціальні робітники")
    tr = f("staff_trained", "staff", 11, "Навчання та підвищення кваліфікації протягом року пройшли 11 наших працівників")
    ap = f("applied", "persons", 276, "У 2024 році до Центру звернулися 276 осіб")
    na1 = f("needs_assessed", "persons", 143, "Ми провели оцінку потреб 143 особам")
    na2 = f("needs_assessed", "families", 37, "і 37 сім'ям")
    sv = f("served", "persons", 418, "Соціальні послуги отримали 418 осіб")
    rows = []
    for (_, name, k, idp), svc in zip(T1[1:6], ["informing", "counselling", "home_care", "natural_aid", "social_support_sjo"]):
        q = "\t".join(T1[T1.index([_, name, k, idp])])
        rows.append((svc, q, int(k), int(idp)))
    tot_q = "\t".join(T1[6]).lstrip("\t") if False else "Усього\t418\t98"
    tt = f("served", "persons", 418, tot_q, label="Усього (табл. 1)")
    ti = f("served", "persons", 98, tot_q, category="внутрішньо переміщені особи", parent=tt, label="Усього, з них ВПО (табл. 1)")
    rk, ri = [], []
    for svc, q, k, idp in rows:
        a = f("served", "persons", k, q, service=svc, parent=tt, group="served_418_by_service_table1")
        b = f("served", "persons", idp, q, service=svc, category="внутрішньо переміщені особи", parent=ti, group="idp_98_by_service_table1")
        rk.append(a); ri.append(b)
    sf = f("served", "families", 18, "під нашим супроводом перебувало 18 сімей", service="social_support_sjo", alt=["support_ongoing"])
    sc = f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=sf)
    ss = f("support_started", "families", 11, "ми взяли під супровід 11 сімей", service="social_support_sjo", parent=sf)
    scp = f("support_completed", "families", 9, "завершили супровід 9 сімей", service="social_support_sjo", parent=sf)
    o1 = f("outcome_positive", "families", 6, "шість – з позитивним результатом", parent=scp, group="completed_9_by_outcome", note="number in words")
    o2 = f("outcome_minimized", "families", 2, "дві – з мінімізацією складних життєвих обставин", parent=scp, group="completed_9_by_outcome", note="number in words")
    o3 = f("outcome_other", "families", 1, "одна – у зв'язку зі зміною місця проживання", parent=scp, group="completed_9_by_outcome", label="у зв'язку зі зміною місця проживання", note="number in words")
    ev = f("events", "events", 23, "Ми провели 23 групові заходи")
    ep = f("event_participants", "persons", 286, "в яких взяли участь 286 осіб", parent=ev)
    rs = f("survey_respondents", "recipients", 64, "В опитуванні взяли участь 64 отримувачі соціальних послуг", unit_alt="persons")
    crit = ["targeting", "effectiveness", "timeliness", "accessibility", "dignity", "professionalism", "safety", "confidentiality"]
    rmap = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}
    pairs = []
    for row, c in zip(T2[1:9], crit):
        q = "\t".join(row)
        v = float(row[1].replace(",", "."))
        v = int(v) if v.is_integer() else v
        s = f("share", "percent", v, q, criterion=c, alt=["satisfaction"], label=row[0])
        r = f("rating", "rating", rmap[row[2]], q, criterion=c)
        pairs.append((c, s, r))
    ov1 = f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
    sat = f("satisfaction", "percent", 92.2, "якістю соціальних послуг задоволені 92,2 % опитаних", alt=["share"])
    cm = f("complaints", "complaints", 0, "Скарг на якість послуг у 2024 році не надходило")
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих Центром у 2024 році, – «добре»", criterion="overall", note="the overall rating said a second time, in the conclusions")

    B = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    t = dict((c, (s, r)) for c, s, r in pairs)
    s_t, r_t = t["timeliness"]
    g.slip("rating_band", "error", "Своєчасність\t82,8\tдобре", "good", "satisfactory", [s_t, r_t],
           "82,8 % falls in the document's own band 60–84,9 % «задовільно», but the row rates it «добре»",
           f"band(f{n(s_t)}, {B}) == f{n(r_t)}")
    others = [(s, r) for c, s, r in pairs if c != "timeliness"]
    g.check("rating_band", "Адресність та індивідуальний підхід\t93,8\tдобре",
            "the other seven rows agree with the bands (84,4 % «задовільно» is right: below 85)",
            " and ".join(f"band(f{n(s)}, {B}) == f{n(r)}" for s, r in others))
    g.check("percent_impossible", "В опитуванні взяли участь 64 отримувачі",
            "every criterion share is reachable with 64 respondents (60, 56, 53, 54, 63, 61, 58, 64 of 64); 92,2 % = 59 of 64",
            " and ".join(f"grim_ok(f{n(s)}, f{n(rs)}, 1)" for c, s, r in pairs) + f" and grim_ok(f{n(sat)}, f{n(rs)}, 1)")
    g.check("table_arithmetic", "Усього\t418\t98", "Отримувачів column: 164 + 121 + 68 + 47 + 18 = 418",
            " + ".join(f"f{n(x)}" for x in rk) + f" == f{n(tt)}")
    g.check("table_arithmetic", "Усього\t418\t98", "з них ВПО column: 38 + 29 + 4 + 21 + 6 = 98",
            " + ".join(f"f{n(x)}" for x in ri) + f" == f{n(ti)}")
    g.check("internal_conflict", "Соціальні послуги отримали 418 осіб", "prose and table total agree: 418",
            f"f{n(sv)} == f{n(tt)}")
    g.check("internal_conflict", "під нашим супроводом перебувало 18 сімей", "the support row of table 1 (18) agrees with the prose (18 families)",
            f"f{n(sf)} == f{n(rk[4])}")
    g.check("parts_sum", "завершили супровід 9 сімей: шість", "6 + 2 + 1 = 9", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(scp)}")
    g.check("parts_sum", "ми взяли під супровід 11 сімей", "11 taken and 9 completed ≤ 18", f"f{n(ss)} <= f{n(sf)} and f{n(scp)} <= f{n(sf)}")
    g.check("parts_sum", "із них 8 соціальних робітників", "8 ≤ 19 ≤ 21; 11 trained ≤ 19", f"f{n(sw)} <= f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")
    g.check("internal_conflict", "Загальна оцінка\t–\tдобре", "table and conclusions give the same overall rating", f"f{n(ov1)} == f{n(ov2)}")

    g.skip("19634, с. Степанці, вул. Шевченка, 41; тел. (0472) 0-58-16", [19634, 41, 472, 5816], "postcode, address, phone")
    g.skip("про результати проведення внутрішньої оцінки якості соціальних послуг за 2024 рік", [2024], "year of the title")
    g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "order date and number")
    g.skip("від 02.12.2024 № 87-ОД", [2, 12, 2024, 87], "order date and number")
    g.skip("у складі 5 осіб у період з 05 по 20 грудня 2024 року", [5, 5, 20, 2024], "working-group size and dates")
    g.skip("Ми вивчили 52 особові справи отримувачів", [52], "case files reviewed, no §3 id")
    g.skip("1. Кадровий потенціал і загальні показники", [1, 2, 3], "section numbers")
    g.skip("(торік – 392)", [392], "prior-year figure")
    g.skip("Таблиця 1. Отримувачі соціальних послуг у 2024 році", [1, 2024], "table number, year")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5], "row numbers of table 1")
    g.skip("Середня тривалість супроводу – 5 місяців.", [5], "duration")
    g.skip("віком від 19 до 87 років", [19, 87], "ages")
    g.skip("від 85 до 100 % – «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84.9, 60], "band definitions")
    g.skip("Таблиця 2. Результати оцінки за критеріями", [2], "table number")
    g.skip("Три усні зауваження щодо графіка відвідувань ми врахували.", [3], "oral remarks, not complaints")
    g.skip("1. До 01.03.2025 переглянути графік", [1, 1, 3, 2025], "recommendation number and deadline")
    g.skip("2. Розмістити на сайті", [2], "recommendation number")
    g.skip("3. Повторне анкетування провести у грудні 2025 року.", [3, 2025], "recommendation number, plan")
    g.skip("23.12.2024", [23, 12, 2024], "date")

    g.note("table 1: every cell is a fact quoted by its row; the rows hang on the Усього cell of their column (two groups); the ВПО total hangs on the Усього recipients cell")
    g.note("«Соціальні послуги отримали 418 осіб» (prose) and the Усього 418 of table 1 are two facts")
    g.note("«під нашим супроводом перебувало 18 сімей» → served social_support_sjo (alt support_ongoing); the table row 18 (unit persons, as the column says «осіб») is a separate fact")
    g.note("outcomes written in words («шість», «дві», «одна») are facts")
    g.note("criteria shares → share with criterion (alt satisfaction); each row also gives a rating fact; the overall rating appears in the table and in the conclusions (two facts)")
    g.note("«Три усні зауваження» are not complaints (the text says complaints were none) → skipped")
    g.note("the centre is named with its legal form in the header; meta gives the short name, meta_alt the full one")
    g.write()


if __name__ == "__main__":
    main()
