"""b69_05: ТЦСО Криничанської селищної ради (Дніпропетровська), internal quality assessment of home
care provided in 2024. DOCX with a criteria table (% of positive answers, rating) and the document's
own rating bands. Two planted slips: rating_band (Доступність 81,0 % rated «добре», band for «добре» is
85–100 %) and percent_impossible (Зручність 86,9 % is not reachable with 58 respondents)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b69_05_krynychky_tcso_internal2024.docx"

HEAD = [
    "Територіальний центр соціального обслуговування (надання соціальних послуг) Криничанської селищної ради",
    "52300, Дніпропетровська обл., Кам'янський р-н, селище Кринички, вул. Героїв, 18, тел. (05654) 0-93-40",
]
TITLE = "ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році"
BODY1 = [
    "Оцінку проведено комісією у складі 5 осіб, утвореною наказом директора від 03.02.2025 № 14-ОД, у період з 03 по 14 лютого 2025 року.",
    "Під час оцінки опрацьовано 20 особових справ отримувачів, здійснено 12 відвідувань за місцем проживання, проведено анкетування.",
    "Протягом 2024 року послугу догляду вдома отримували 73 особи віком від 63 до 97 років, з них 61 – одиноко проживаючі. Безоплатно послугу отримували 59 осіб, з установленням диференційованої плати – 14 (вартість однієї години – 78,40 грн).",
    "Упродовж року на обслуговування взято 14 осіб, знято з обслуговування 11 осіб, а саме: у зв'язку зі смертю – 7, у зв'язку з влаштуванням до будинку-інтернату – 2, за власною заявою – 2. Станом на 31.12.2024 на обслуговуванні перебувають 62 особи.",
    "Соціальними робітниками надано 9 854 послуги догляду вдома. Послугу надають 17 соціальних робітників відділення соціальної допомоги вдома (штатний розпис – 18 посад).",
    "В анкетуванні взяли участь 58 отримувачів (79,5 % від загальної кількості); усі 58 відповіли на кожне запитання анкети.",
    "Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: від 85 до 100 % – «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно».",
    "Таблиця 2. Результати оцінки за критеріями",
]
TABLE = [
    ("Критерій", "Частка позитивних відповідей, %", "Оцінка"),
    ("Адресність та індивідуальний підхід", "94,8", "добре"),
    ("Результативність", "84,5", "задовільно"),
    ("Своєчасність", "89,7", "добре"),
    ("Доступність та відкритість", "81,0", "добре"),
    ("Зручність", "86,9", "добре"),
    ("Повага до гідності отримувача", "100,0", "добре"),
    ("Професійність", "93,1", "добре"),
    ("Загальна оцінка", "–", "добре"),
]
BODY2 = [
    "Протягом 2024 року надійшла 1 скарга (щодо графіка відвідувань), її розглянуто і вирішено.",
    "Висновки. Загальна оцінка якості надання соціальної послуги догляду вдома – «добре».",
    "Рекомендації: 1) переглянути графіки відвідувань у 3 старостинських округах; 2) забезпечити навчання 4 соціальних робітників до 01.06.2025.",
    "Голова комісії                                   (підпис)",
]
CRIT = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity", "professionalism"]
RATE = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for h in HEAD:
        d.add_paragraph(h).alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(TITLE).bold = True
    for b in BODY1:
        d.add_paragraph(b)
    t = d.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    for b in BODY2:
        d.add_paragraph(b)
    fix_docx_props(d, "ТЦСО Кринички")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Криничанської селищної ради",
        "centre_type": "tcso",
        "settlement": "Кринички",
        "oblast": "Дніпропетровська",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f1 = g.f("served", "persons", 73, "послугу догляду вдома отримували 73 особи", service="home_care")
    g.f("served", "persons", 61, "з них 61 – одиноко проживаючі", service="home_care",
        category="одиноко проживаючі", parent=f1)
    g.f("served", "persons", 59, "Безоплатно послугу отримували 59 осіб", service="home_care", label="безоплатно",
        group="home_care_73_by_payment", parent=f1)
    g.f("served", "persons", 14, "з установленням диференційованої плати – 14", service="home_care",
        label="з установленням диференційованої плати", group="home_care_73_by_payment", parent=f1)
    g.f("served", "persons", 14, "на обслуговування взято 14 осіб", service="home_care", label="взято на обслуговування",
        alt=["registered_new", "support_started"], parent=f1)
    f6 = g.f("deregistered", "persons", 11, "знято з обслуговування 11 осіб", service="home_care", parent=f1)
    gr = "deregistered_11_by_reason"
    g.f("deregistered", "persons", 7, "у зв'язку зі смертю – 7", service="home_care", label="у зв'язку зі смертю",
        group=gr, parent=f6)
    g.f("deregistered", "persons", 2, "у зв'язку з влаштуванням до будинку-інтернату – 2", service="home_care",
        label="влаштування до будинку-інтернату", group=gr, parent=f6)
    g.f("deregistered", "persons", 2, "за власною заявою – 2", service="home_care", label="за власною заявою",
        group=gr, parent=f6)
    g.f("support_ongoing", "persons", 62, "Станом на 31.12.2024 на обслуговуванні перебувають 62 особи",
        service="home_care", alt=["served"], parent=f1)
    g.f("services_provided", "services", 9854, "Соціальними робітниками надано 9 854 послуги догляду вдома",
        service="home_care")
    g.f("staff_actual", "staff", 17, "Послугу надають 17 соціальних робітників", label="соціальні робітники")
    g.f("staff_positions", "positions", 18, "(штатний розпис – 18 посад)", label="відділення соціальної допомоги вдома")
    f14 = g.f("survey_respondents", "persons", 58, "В анкетуванні взяли участь 58 отримувачів (79,5 % від загальної кількості)",
              percent=79.5, unit_alt="recipients")
    share_ids, rate_ids = [], []
    for row, c in zip(TABLE[1:8], CRIT):
        q = "\t".join(row)
        v = float(row[1].replace(",", "."))
        share_ids.append(g.f("share", "percent", int(v) if v.is_integer() else v, q, criterion=c, alt=["satisfaction"],
                             label="частка позитивних відповідей"))
        rate_ids.append(g.f("rating", "rating", RATE[row[2]], q, criterion=c))
    fo = g.f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
    fo2 = g.f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
              criterion="overall", note="the overall rating repeated in the conclusions: a second fact, as in blind18")
    g.f("complaints", "complaints", 1, "Протягом 2024 року надійшла 1 скарга")

    k = lambda x: "f" + x[1:]
    B = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    acc_s, acc_r = share_ids[3], rate_ids[3]
    con_s = share_ids[4]
    g.slip("rating_band", "error", "Доступність та відкритість\t81,0\tдобре", "добре", "задовільно", [acc_s, acc_r],
           "the document's own bands: 85–100 % «добре», 60–84,9 % «задовільно». 81,0 % falls in «задовільно» but the "
           "table rates it «добре».", f"band({k(acc_s)}, {B}) == {k(acc_r)}", slip=1)
    g.slip("percent_impossible", "error", "Зручність\t86,9\tдобре", 86.9, "86,2 (50 of 58) or 87,9 (51 of 58)",
           [con_s, f14],
           "all 58 respondents answered every question, so each share is k/58; no whole k gives 86,9 at one decimal "
           "(50/58 = 86,21, 51/58 = 87,93). The rating «добре» is right under either neighbour.",
           f"grim_ok({k(con_s)}, {k(f14)}, 1)", slip=2)
    others = [i for i in range(7) if i not in (3,)]
    g.check("rating_band", "Рівень якості за кожним критерієм визначено за часткою позитивних відповідей",
            "every other criterion's rating is the band of its share (84,5 → задовільно; the rest ≥ 85 → добре)",
            " and ".join(f"band({k(share_ids[i])}, {B}) == {k(rate_ids[i])}" for i in others))
    g.check("percent_impossible", "Адресність та індивідуальний підхід\t94,8\tдобре",
            "the other six shares are reachable with 58 (55, 49, 52, 47, 58, 54 of 58)",
            " and ".join(f"grim_ok({k(share_ids[i])}, {k(f14)}, 1)" for i in range(7) if i != 4))
    g.check("percent_mismatch", "В анкетуванні взяли участь 58 отримувачів (79,5 % від загальної кількості)",
            "58 / 73 = 79,45 % → 79,5", f"pct_ok(p{f14[1:]}, {k(f14)}, f1, 1)")
    g.check("parts_sum", "Безоплатно послугу отримували 59 осіб, з установленням диференційованої плати – 14",
            "59 + 14 = 73", "f3 + f4 == f1")
    g.check("parts_sum", "знято з обслуговування 11 осіб, а саме", "7 + 2 + 2 = 11", "f7 + f8 + f9 == f6")
    g.check("parts_sum", "Станом на 31.12.2024 на обслуговуванні перебувають 62 особи", "73 − 11 = 62",
            "f1 - f6 == f10")
    g.check("parts_sum", "Послугу надають 17 соціальних робітників", "17 ≤ 18 positions; 61 ≤ 73", "f12 <= f13 and f2 <= f1")
    g.check("internal_conflict", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
            "the overall rating is the same in the table and the conclusions", f"{k(fo)} == {k(fo2)}")

    g.skip("52300, Дніпропетровська обл., Кам'янський р-н, селище Кринички, вул. Героїв, 18, тел. (05654) 0-93-40",
           [52300, 18, 5654, 9340], "postcode, address, phone")
    g.skip("Оцінку проведено комісією у складі 5 осіб, утвореною наказом директора від 03.02.2025 № 14-ОД, у період з 03 по 14 лютого 2025 року.",
           [5, 3, 2, 2025, 14, 3, 14, 2025], "commission size, order date/number, assessment dates")
    g.skip("опрацьовано 20 особових справ отримувачів, здійснено 12 відвідувань за місцем проживання",
           [20, 12], "methods: case files and home visits (no §3 id)")
    g.skip("віком від 63 до 97 років", [63, 97], "ages")
    g.skip("(вартість однієї години – 78,40 грн)", [78.4], "tariff")
    g.skip("від 85 до 100 % – «добре», від 60 до 84,9 % – «задовільно», менше 60 % – «незадовільно»",
           [85, 100, 60, 84.9, 60], "rating band definitions")
    g.skip("усі 58 відповіли на кожне запитання анкети", [58], "repeat of the 58 respondents (already a fact)")
    g.skip("Таблиця 2. Результати оцінки за критеріями", [2], "table number")
    g.skip("Рекомендації: 1) переглянути графіки відвідувань у 3 старостинських округах; 2) забезпечити навчання 4 соціальних робітників до 01.06.2025.",
           [1, 3, 2, 4, 1, 6, 2025], "recommendations: item numbers, counts in a plan, deadline")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")

    g.note("criterion shares are share with criterion (alt satisfaction), label «частка позитивних відповідей»; each table row gives a share and a rating fact with the same quote")
    g.note("the «Загальна оцінка» row has no percentage («–»), only the rating; the conclusions repeat the overall rating → two facts")
    g.note("«на обслуговування взято 14 осіб» → served (alt registered_new, support_started) labelled; the other 14 (paid recipients) is a different fact with the same value")
    g.note("«на обслуговуванні перебувають 62 особи» at year end → support_ongoing (alt served)")
    g.note("58 respondents with percent 79,5 (of the 73 recipients)")
    g.note("«Повага до гідності отримувача» → criterion dignity")
    g.write()


if __name__ == "__main__":
    main()
