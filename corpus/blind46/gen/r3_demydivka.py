"""b46_03: КУ «ЦНСП» Демидівської селищної ради (Рівненська), internal quality assessment of
counselling and home care provided in 2024. DOCX, first person plural, a criteria table with the
document's own bands. Planted slip: percent_impossible (Зручність 83,0 % of 74 questionnaires:
no whole k of 74 gives 83,0)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b46_03_demydivka_cnsp_internal2024.docx"

P1 = [
    ("h", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ДЕМИДІВСЬКОЇ СЕЛИЩНОЇ РАДИ ДУБЕНСЬКОГО РАЙОНУ РІВНЕНСЬКОЇ ОБЛАСТІ"),
    ("p", "35200, смт Демидівка, вул. Миру, 3-А, тел. (03657) 0-18-62, код ЄДРПОУ 43987125"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році"),
    ("p", "На виконання наказу директора від 03.02.2025 № 11-од ми утворили робочу групу з 5 осіб і з 10 по 28 лютого 2025 року провели внутрішню оцінку якості двох послуг: консультування та догляду вдома."),
    ("p", "Торік послугу консультування ми надали 286 особам, провівши для них 641 консультацію. Догляд вдома отримували 94 особи, з них 17 – особи з інвалідністю I групи. Соціальні робітники здійснили для них 11 208 відвідувань-послуг; у середньому кожного отримувача відвідують 2 рази на тиждень."),
    ("p", "Щоб оцінити якість, ми опрацювали вибірково 40 особових справ, поспілкувалися з отримувачами та провели анкетування. Анкети заповнили 74 отримувачі: 51 – отримувачі консультування, 23 – отримувачі догляду вдома. Середній вік опитаних, які отримують догляд вдома, – 79 років, наймолодшому – 61 рік."),
    ("p", "Оцінку за кожним критерієм ми виставляли за часткою позитивних відповідей: «добре» – від 85 до 100 %, «задовільно» – від 60 до 84,9 %, «незадовільно» – менше 60 %."),
    ("p", "Таблиця 1. Частка позитивних відповідей (з 74 анкет) та оцінка за критеріями"),
]
ROWS = [
    ("№", "Критерій", "Позитивних відповідей, %", "Оцінка"),
    ("1", "Адресність та індивідуальний підхід", "94,6", "добре"),
    ("2", "Результативність", "87,8", "добре"),
    ("3", "Своєчасність", "79,7", "задовільно"),
    ("4", "Доступність та відкритість", "91,9", "добре"),
    ("5", "Зручність", "83,0", "задовільно"),
    ("6", "Повага до гідності", "100", "добре"),
    ("7", "Професійність", "97,3", "добре"),
    ("8", "Конфіденційність інформації", "100", "добре"),
]
P2 = [
    ("p", "Нижчі результати за критеріями «своєчасність» і «зручність» пов'язані передусім з віддаленістю сіл: до найдальшого з 16 старостинських сіл – 27 км, а транспорт у громаді курсує двічі на тиждень."),
    ("p", "На запитання про загальне враження 83,8 % опитаних відповіли, що повністю задоволені послугами, частково задоволені – 14,9 %, не задоволені – 1,4 %. Скарг від отримувачів за 2024 рік не надходило, надійшли 3 пропозиції щодо зміни графіка відвідувань."),
    ("p", "Послуги надають 12 працівників Центру, з них 9 соціальних робітників. Протягом року 7 працівників підвищили кваліфікацію."),
    ("h", "Висновки та рекомендації"),
    ("p", "За результатами внутрішньої оцінки загальну оцінку якості надання соціальних послуг визначаємо як «добре»."),
    ("p", "1. Переглянути маршрути соціальних робітників до 01.05.2025."),
    ("p", "2. Повторно опитати отримувачів догляду вдома у IV кварталі 2025 року."),
    ("p", "Звіт розглянуто на нараді трудового колективу 05.03.2025, протокол № 2."),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, t in P1:
        para = d.add_paragraph(t)
        if kind == "h":
            para.runs[0].bold = True
    tb = d.add_table(rows=len(ROWS), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for kind, t in P2:
        para = d.add_paragraph(t)
        if kind == "h":
            para.runs[0].bold = True
    fix_docx_props(d, "ЦНСП")
    d.save(path)
    freeze_zip(path)


CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity",
        "professionalism", "confidentiality"]
RAT = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Демидівської селищної ради",
        "centre_type": "cnsp", "settlement": "Демидівка", "oblast": "Рівненська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Демидівської селищної ради",
                             "Комунальна установа «Центр надання соціальних послуг» Демидівської селищної ради Дубенського району Рівненської області"]})
    f = g.f
    f("served", "persons", 286, "послугу консультування ми надали 286 особам", service="counselling")
    f("services_provided", "services", 641, "провівши для них 641 консультацію", service="counselling")
    hc = f("served", "persons", 94, "Догляд вдома отримували 94 особи", service="home_care")
    f("served", "persons", 17, "з них 17 – особи з інвалідністю I групи", service="home_care",
      category="особи з інвалідністю I групи", parent=hc)
    f("services_provided", "services", 11208, "Соціальні робітники здійснили для них 11 208 відвідувань-послуг",
      service="home_care")
    sr = f("survey_respondents", "recipients", 74, "Анкети заповнили 74 отримувачі", unit_alt="persons")
    s1 = f("survey_respondents", "recipients", 51, "51 – отримувачі консультування", service="counselling",
           group="respondents_74_by_service", parent=sr, unit_alt="persons")
    s2 = f("survey_respondents", "recipients", 23, "23 – отримувачі догляду вдома", service="home_care",
           group="respondents_74_by_service", parent=sr, unit_alt="persons")
    shares, rats = {}, {}
    for (_n, name, pc, rt), cid in zip(ROWS[1:], CRIT):
        q = f"{name}\t{pc}\t{rt}"
        val = float(pc.replace(",", "."))
        val = int(val) if val.is_integer() else val
        shares[cid] = f("share", "percent", val, q, criterion=cid, alt=["satisfaction"],
                        label="частка позитивних відповідей")
        rats[cid] = f("rating", "rating", RAT[rt], q, criterion=cid)
    ov = f("rating", "rating", "good", "загальну оцінку якості надання соціальних послуг визначаємо як «добре»",
           criterion="overall")
    sat = f("satisfaction", "percent", 83.8, "83,8 % опитаних відповіли, що повністю задоволені послугами",
            alt=["share"], label="повністю задоволені")
    pz = f("share", "percent", 14.9, "частково задоволені – 14,9 %", alt=["satisfaction"], label="частково задоволені")
    nz = f("share", "percent", 1.4, "не задоволені – 1,4 %", label="не задоволені")
    f("complaints", "complaints", 0, "Скарг від отримувачів за 2024 рік не надходило")
    stf = f("staff_actual", "staff", 12, "Послуги надають 12 працівників Центру")
    sw = f("staff_actual", "staff", 9, "з них 9 соціальних робітників", label="соціальні робітники", parent=stf)
    tr = f("staff_trained", "staff", 7, "Протягом року 7 працівників підвищили кваліфікацію")

    BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.slip("percent_impossible", "error", "Зручність\t83,0\tзадовільно", 83.0, "82.4 or 83.8",
           [shares["convenience"], sr],
           "the table gives shares of positive answers out of 74 questionnaires; k / 74 gives 82,4 % (61) or "
           "83,8 % (62), no whole k gives 83,0 %. The rating «задовільно» itself fits the band.",
           f"grim_ok({shares['convenience']}, {sr}, 1)")
    ck = g.check
    ck("parts_sum", "Анкети заповнили 74 отримувачі: 51 – отримувачі консультування, 23 – отримувачі догляду вдома",
       "51 + 23 = 74", f"{s1} + {s2} == {sr}")
    others = [c for c in CRIT if c != "convenience"]
    ck("percent_impossible", "Таблиця 1. Частка позитивних відповідей (з 74 анкет)",
       "the other seven shares are reachable with 74 (70, 65, 59, 68, 74, 72, 74 of 74)",
       " and ".join(f"grim_ok({shares[c]}, {sr}, 1)" for c in others))
    ck("rating_band", "«добре» – від 85 до 100 %, «задовільно» – від 60 до 84,9 %",
       "every rating in Table 1 fits the document's bands (79,7 and 83,0 → задовільно; the rest → добре)",
       " and ".join(f"band({shares[c]}, {BANDS}) == {rats[c]}" for c in CRIT))
    ck("percents_sum", "83,8 % опитаних відповіли, що повністю задоволені послугами",
       "83,8 + 14,9 + 1,4 = 100,1, within the rounding of three one-decimal shares; each reachable with 74 (62, 11, 1)",
       f"psum_ok([{sat}, {pz}, {nz}], 1) and grim_ok({sat}, {sr}, 1) and grim_ok({pz}, {sr}, 1) and grim_ok({nz}, {sr}, 1)")
    ck("parts_sum", "з них 17 – особи з інвалідністю I групи", "17 ≤ 94; 23 home-care respondents ≤ 94; 51 ≤ 286",
       f"f4 <= {hc} and {s2} <= {hc} and {s1} <= f1")
    ck("parts_sum", "з них 9 соціальних робітників", "9 ≤ 12; 7 trained ≤ 12", f"{sw} <= {stf} and {tr} <= {stf}")
    ck("rating_band", "загальну оцінку якості надання соціальних послуг визначаємо як «добре»",
       "overall «добре» with six of eight criteria «добре» and none «незадовільно»", f"{ov} == 'good'")

    sk = g.skip
    sk("35200, смт Демидівка, вул. Миру, 3-А, тел. (03657) 0-18-62, код ЄДРПОУ 43987125",
       [35200, 3, 3657, 1862, 43987125], "postcode, address, phone, ЄДРПОУ")
    sk("ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році", [2024], "year")
    sk("На виконання наказу директора від 03.02.2025 № 11-од ми утворили робочу групу з 5 осіб і з 10 по 28 лютого 2025 року",
       [3, 2, 2025, 11, 5, 10, 28, 2025], "order date/number, group size, assessment dates")
    sk("у середньому кожного отримувача відвідують 2 рази на тиждень", [2], "frequency")
    sk("ми опрацювали вибірково 40 особових справ", [40], "case files reviewed (method)")
    sk("Середній вік опитаних, які отримують догляд вдома, – 79 років, наймолодшому – 61 рік.", [79, 61], "ages")
    sk("«добре» – від 85 до 100 %, «задовільно» – від 60 до 84,9 %, «незадовільно» – менше 60 %", [85, 100, 60, 84.9, 60],
       "rating bands")
    sk("Таблиця 1.", [1], "table number")
    sk("№\tКритерій", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers 1–8")
    sk("до найдальшого з 16 старостинських сіл – 27 км, а транспорт у громаді курсує двічі на тиждень", [16, 27],
       "settlement count, distance")
    sk("надійшли 3 пропозиції щодо зміни графіка відвідувань", [3], "proposals (not complaints; no §3 id)")
    sk("1. Переглянути маршрути соціальних робітників до 01.05.2025.", [1, 1, 5, 2025], "recommendation number, deadline")
    sk("2. Повторно опитати отримувачів догляду вдома у IV кварталі 2025 року.", [2, 2025], "recommendation, plan")
    sk("Звіт розглянуто на нараді трудового колективу 05.03.2025, протокол № 2.", [5, 3, 2025, 2], "date, minutes number")
    g.note("criteria table: each row gives a share (share with criterion, alt satisfaction) and a rating; both quoted by the row")
    g.note("«Повага до гідності» → criterion dignity; «100» is written without decimals in the table")
    g.note("the shares are of all 74 questionnaires (the table caption says so), which is what makes the GRIM check apply")
    g.note("«Торік» in a report written in 2025 about 2024 means 2024: the figures are report-period facts")
    g.write()


if __name__ == "__main__":
    main()
