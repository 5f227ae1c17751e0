"""b114_05: відділ соціального захисту населення Курилівської сільської ради (Харківська), H1 2025.
DOCX, third person, two tables (appeals by topic with %, one-off material aid by category with sums)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, read_text, save_docx, uncovered

NAME = "b114_05_kurylivka_uszn_h1_2025.docx"


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def para(text, bold=False, center=False, italic=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def table(rows, merge_last=False):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                t.cell(i, j).text = c
        return t

    para("КУРИЛІВСЬКА СІЛЬСЬКА РАДА\nКУП'ЯНСЬКОГО РАЙОНУ ХАРКІВСЬКОЇ ОБЛАСТІ\n"
         "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", bold=True, center=True)
    para("63741, Харківська обл., Куп'янський р-н, с. Курилівка, вул. Слобожанська, 21, "
         "тел. (05742) 0-52-96, e-mail: uszn.kurylivka@example.ua, код ЄДРПОУ 44602837", center=True)
    para("08.07.2025 № 02-14/486")
    para("Інформація\nпро роботу відділу соціального захисту населення Курилівської сільської ради\n"
         "за І півріччя 2025 року", bold=True, center=True)

    para("Відділ соціального захисту населення Курилівської сільської ради (далі – відділ) здійснює "
         "повноваження у сфері соціального захисту населення громади, у якій станом на 30.06.2025 "
         "проживає 9 840 осіб, з них 2 917 пенсіонерів. На обліку у відділі перебуває 2 317 внутрішньо "
         "переміщених осіб.")
    para("Штатний розпис відділу налічує 9 штатних одиниць, фактично працює 8 осіб.")
    para("Робота зі зверненнями громадян", bold=True)
    para("Протягом звітного періоду відділом прийнято 1 846 звернень громадян (у І півріччі 2024 року – "
         "1 512). Розподіл звернень за тематикою наведено в таблиці 1.")
    para("Таблиця 1", italic=True)
    table([["Тематика звернень", "Кількість", "Частка, %"],
           ["Призначення державних соціальних допомог і компенсацій", "1 203", "65,2"],
           ["Питання внутрішньо переміщених осіб", "412", "22,3"],
           ["Інші питання", "231", "12,5"],
           ["Усього", "1 846", "100,0"]])
    para("На «гарячу лінію» відділу надійшло 312 дзвінків. Скарг на роботу відділу не надходило.")
    para("Спільно з КУ «Центр надання соціальних послуг» проведено 4 виїзні прийоми громадян у "
         "старостинських округах, на яких консультації отримали 118 осіб.")
    para("Державні допомоги та пільги", bold=True)
    para("Житлові субсидії призначено 1 118 домогосподарствам, допомогу на проживання внутрішньо "
         "переміщеним особам – 642 особам. Компенсацію за догляд на непрофесійній основі отримують 74 "
         "фізичні особи.")
    para("Соціальні послуги", bold=True)
    para("Відділом проведено 57 оцінок індивідуальних потреб осіб, які звернулися за соціальними "
         "послугами; за результатами 49 особам прийнято рішення про надання послуг. Послугою "
         "соціального таксі скористалася 41 особа, виконано 96 замовлень. Натуральну допомогу "
         "(260 продуктових наборів від благодійного фонду) отримали 184 сім'ї.")
    para("Одноразова матеріальна допомога", bold=True)
    para("Одноразову матеріальну допомогу з бюджету громади у І півріччі отримали 170 осіб на загальну "
         "суму 430,0 тис. грн. Розподіл за категоріями отримувачів наведено в таблиці 2.")
    para("Таблиця 2", italic=True)
    table([["Категорія отримувачів", "Кількість осіб", "Сума, грн"],
           ["Особи з інвалідністю", "48", "96 000"],
           ["Учасники бойових дій та члени їх сімей", "63", "189 000"],
           ["Особи, які потребують дороговартісного лікування", "37", "111 000"],
           ["Малозабезпечені сім'ї", "22", "44 000"],
           ["Разом", "170", "430 000"]])
    para("Розмір допомоги – від 2 000 до 3 000 грн на особу.")
    para("Фінансування", bold=True)
    para("На виконання Програми соціального захисту населення Курилівської сільської територіальної "
         "громади на 2025–2027 роки у І півріччі використано 1 286,4 тис. грн із 2 750,0 тис. грн, "
         "передбачених на 2025 рік, що становить 46,8 % річного обсягу.")
    para("Начальник відділу                                          (підпис)")
    save_docx(d, report_path(NAME), author="Відділ соціального захисту населення")


def gold():
    g = Gold(NAME, {
        "centre": "Відділ соціального захисту населення Курилівської сільської ради",
        "centre_type": "uszn", "settlement": "Курилівка", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    })
    F = g.f
    pos = F("staff_positions", "positions", 9, "Штатний розпис відділу налічує 9 штатних одиниць")
    act = F("staff_actual", "staff", 8, "фактично працює 8 осіб")
    app = F("applied", "applications", 1846, "відділом прийнято 1 846 звернень громадян")
    tot = F("applied", "applications", 1846, "Усього\t1 846\t100,0", percent=100,
            note="table 1 total: a second fact for the figure written twice")
    a1 = F("applied", "applications", 1203, "Призначення державних соціальних допомог і компенсацій\t1 203\t65,2",
           percent=65.2, label="призначення державних соціальних допомог і компенсацій",
           group="t1_applied_by_topic", parent=tot)
    a2 = F("applied", "applications", 412, "Питання внутрішньо переміщених осіб\t412\t22,3", percent=22.3,
           label="питання внутрішньо переміщених осіб", group="t1_applied_by_topic", parent=tot)
    a3 = F("applied", "applications", 231, "Інші питання\t231\t12,5", percent=12.5, label="інші питання",
           group="t1_applied_by_topic", parent=tot)
    cl = F("calls", "calls", 312, "На «гарячу лінію» відділу надійшло 312 дзвінків")
    cpl = F("complaints", "complaints", 0, "Скарг на роботу відділу не надходило")
    ev = F("events", "events", 4, "проведено 4 виїзні прийоми громадян")
    evp = F("event_participants", "persons", 118, "консультації отримали 118 осіб", alt=["served"],
            parent=ev, note="consultations at the visiting receptions; a tool may read it as served "
                            "(counselling); the service is not set so both match")
    na = F("needs_assessed", "persons", 57, "Відділом проведено 57 оцінок індивідуальних потреб осіб")
    tx = F("served", "persons", 41, "Послугою соціального таксі скористалася 41 особа", service="social_taxi")
    nat = F("served", "families", 184, "отримали 184 сім'ї", service="natural_aid")
    ma = F("served", "persons", 170, "у І півріччі отримали 170 осіб", label="одноразова матеріальна допомога")
    mav = F("aid_value", "uah", 430000, "на загальну суму 430,0 тис. грн", label="одноразова матеріальна допомога")
    t_n = F("served", "persons", 170, "Разом\t170\t430 000", label="одноразова матеріальна допомога, Разом")
    t_v = F("aid_value", "uah", 430000, "Разом\t170\t430 000", label="одноразова матеріальна допомога, Разом")
    rows = [("особи з інвалідністю", 48, 96000, "Особи з інвалідністю\t48\t96 000"),
            ("учасники бойових дій та члени їх сімей", 63, 189000,
             "Учасники бойових дій та члени їх сімей\t63\t189 000"),
            ("особи, які потребують дороговартісного лікування", 37, 111000,
             "Особи, які потребують дороговартісного лікування\t37\t111 000"),
            ("малозабезпечені сім'ї", 22, 44000, "Малозабезпечені сім'ї\t22\t44 000")]
    nid, vid = [], []
    for cat, k, v, q in rows:
        nid.append(F("served", "persons", k, q, category=cat, label="одноразова матеріальна допомога",
                     group="t2_persons_by_category", parent=t_n))
        vid.append(F("aid_value", "uah", v, q, category=cat, label="одноразова матеріальна допомога",
                     group="t2_sum_by_category", parent=t_v))
    spent = F("budget_spent", "uah", 1286400, "у І півріччі використано 1 286,4 тис. грн", percent=46.8,
              label="Програма соціального захисту населення")
    appr = F("budget_approved", "uah", 2750000, "із 2 750,0 тис. грн, передбачених на 2025 рік",
             label="Програма соціального захисту населення, на 2025 рік")

    def n(x):
        return x[1:]

    g.slip("table_arithmetic", "error", "Разом\t170\t430 000", 430000, 440000, [t_v] + vid,
           "the sums column adds to 96 000 + 189 000 + 111 000 + 44 000 = 440 000 грн, the Разом row says "
           "430 000 (and the prose repeats 430,0 тис. грн); the persons column adds up (170)",
           " + ".join(f"f{n(x)}" for x in vid) + f" == f{n(t_v)}")
    g.check("table_arithmetic", "Категорія отримувачів\tКількість осіб\tСума, грн",
            "the persons column: 48 + 63 + 37 + 22 = 170 (quoted by the header so that it does not share "
            "evidence with the finding on the sums column)",
            " + ".join(f"f{n(x)}" for x in nid) + f" == f{n(t_n)}")
    g.check("table_arithmetic", "Усього\t1 846\t100,0", "1 203 + 412 + 231 = 1 846",
            f"f{n(a1)} + f{n(a2)} + f{n(a3)} == f{n(tot)}")
    g.check("percent_mismatch", "Призначення державних соціальних допомог і компенсацій\t1 203\t65,2",
            "1 203/1 846 = 65,2; 412/1 846 = 22,3; 231/1 846 = 12,5",
            f"pct_ok(p{n(a1)}, f{n(a1)}, f{n(tot)}, 1) and pct_ok(p{n(a2)}, f{n(a2)}, f{n(tot)}, 1) and "
            f"pct_ok(p{n(a3)}, f{n(a3)}, f{n(tot)}, 1)")
    g.check("percents_sum", "Усього\t1 846\t100,0", "65,2 + 22,3 + 12,5 = 100,0",
            f"psum_ok([p{n(a1)}, p{n(a2)}, p{n(a3)}], 1)")
    g.check("internal_conflict", "відділом прийнято 1 846 звернень громадян", "prose 1 846 = table 1 total",
            f"f{n(app)} == f{n(tot)}")
    g.check("internal_conflict", "у І півріччі отримали 170 осіб на загальну суму 430,0 тис. грн",
            "prose 170 / 430,0 тис. = table 2 Разом (170 / 430 000)", f"f{n(ma)} == f{n(t_n)} and f{n(mav)} == f{n(t_v)}")
    g.check("percent_mismatch", "що становить 46,8 % річного обсягу", "1 286,4 / 2 750,0 = 46,78 % → 46,8",
            f"pct_ok(p{n(spent)}, f{n(spent)}, f{n(appr)}, 1)")
    g.check("parts_sum", "фактично працює 8 осіб", "8 ≤ 9", f"f{n(act)} <= f{n(pos)}")

    g.skip("63741, Харківська обл., Куп'янський р-н, с. Курилівка, вул. Слобожанська, 21, тел. (05742) 0-52-96",
           [63741, 21, 5742, 5296], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44602837", [44602837], "ЄДРПОУ")
    g.skip("08.07.2025 № 02-14/486", [8, 7, 2025, 2, 14, 486], "outgoing date and number")
    g.skip("за І півріччя 2025 року", [2025], "period in the title")
    g.skip("станом на 30.06.2025 проживає 9 840 осіб, з них 2 917 пенсіонерів", [30, 6, 2025, 9840, 2917],
           "date, population")
    g.skip("На обліку у відділі перебуває 2 317 внутрішньо переміщених осіб", [2317],
           "IDP register of the hromada (not a register of families in СЖО; no §3 id)")
    g.skip("(у І півріччі 2024 року – 1 512)", [2024, 1512], "prior-year figure")
    g.skip("в таблиці 1", [1], "table number")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("Житлові субсидії призначено 1 118 домогосподарствам, допомогу на проживання внутрішньо переміщеним "
           "особам – 642 особам. Компенсацію за догляд на непрофесійній основі отримують 74 фізичні особи",
           [1118, 642, 74], "state benefits granted (no §3 id)")
    g.skip("за результатами 49 особам прийнято рішення про надання послуг", [49], "decisions (no §3 id)")
    g.skip("виконано 96 замовлень", [96], "social-taxi orders (no §3 id)")
    g.skip("(260 продуктових наборів від благодійного фонду)", [260], "items (набори)")
    g.skip("в таблиці 2", [2], "table number")
    g.skip("Таблиця 2", [2], "table number")
    g.skip("Розмір допомоги – від 2 000 до 3 000 грн на особу.", [2000, 3000], "amount per person (a range)")
    g.skip("громади на 2025–2027 роки", [2025, 2027], "programme years")

    g.note("an УСЗН-type body of a hromada (відділ соціального захисту населення) → centre_type uszn; "
           "no published: 08.07.2025 is the letter's outgoing date, not a publication date")
    g.note("«звернень» → applied in applications; table 1 rows carry their % as percent and hang on the "
           "Усього cell; the prose 1 846 is a second fact")
    g.note("one-off material aid: persons → served with a label (no service id: money aid is not a "
           "classifier service), sums → aid_value; the table cells are facts quoted by their row")
    g.note("planted slip: the table 2 sums column adds to 440 000, the Разом row (and prose) says 430 000")
    g.note("subsidies, IDP allowance, carer compensation, decisions, taxi orders have no §3 id → skipped")
    g.note("programme money: «використано 1 286,4 тис. грн із 2 750,0 тис. грн, передбачених на 2025 рік» "
           "→ budget_spent with percent 46,8 and budget_approved (the year's amount) without kekv")
    g.write()
    return g


if __name__ == "__main__":
    build()
    g = gold()
    for num, line in uncovered(g, read_text(report_path(NAME))):
        print("  uncovered:", num, "|", line)
