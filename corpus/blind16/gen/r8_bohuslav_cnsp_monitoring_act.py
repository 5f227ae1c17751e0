"""b16_08: monitoring act of the Київська ОВА social-protection department on КУ «ЦНСП» Богуславської
міської ради, on 2023; DOCX.

Less common style: an act (акт моніторингу) with numbered sub-items «1.1.», «3.3.1.», a two-column
«Показник | Значення» table, superscript footnote marks typed as digits and footnotes at the end.
Planted slip: percent_mismatch, 241 of 512 recipients written 49,1 % (is 47,1 %).
"""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, freeze_zip, fix_core_props, report_path

NAME = "b16_08_bohuslav_cnsp_monitoring_act2024.docx"
NB = "\u00a0"

# paragraphs: (kind, text); «^n» marks a superscript footnote reference
PARAS = [
    ("c", "ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ КИЇВСЬКОЇ ОБЛАСНОЇ ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ"),
    ("cb", "АКТ № 17"),
    ("c", "моніторингу надання соціальних послуг комунальною установою «Центр надання соціальних послуг» "
          "Богуславської міської ради"),
    ("p0", "м. Богуслав\t\t\t\t\t\t21 березня 2024 року"),
    ("p", "Відповідно до наказу департаменту від 04.03.2024 № 112 «Про проведення моніторингу надання соціальних "
          "послуг» робоча група у складі 3 осіб провела з 18 по 21 березня 2024 року моніторинг діяльності Центру "
          "за 2023 рік."),
    ("b", "1. Загальні відомості"),
    ("p", "1.1. Повне найменування: комунальна установа «Центр надання соціальних послуг» Богуславської міської "
          "ради Обухівського району Київської області; код ЄДРПОУ 43928716."),
    ("p", "1.2. Місцезнаходження: 09701, Київська обл., Обухівський р-н, м. Богуслав, вул. Франка, 14; "
          "тел. (04561) 0-52-83; e-mail: cnsp.bohuslav@example.ua."),
    ("p", "1.3. Положення про Центр затверджено рішенням Богуславської міської ради від 24.12.2020 № 41-3-VIII."),
    ("p", "1.4. Штатним розписом на 2023 рік передбачено 46 штатних одиниць^1, фактично працювали 44 особи "
          "(з них 2 – за внутрішнім сумісництвом)."),
    ("b", "2. Показники діяльності"),
    ("p", "2.1. Основні показники за 2023 рік наведено в таблиці."),
    ("i", "Таблиця. Показники діяльності Центру за 2023 рік"),
    ("TABLE", None),
    ("p", "2.2. Найбільше отримувачів – 241 особа (49,1 %) – користувалися послугою догляду вдома. Станом на "
          "01.03.2024 на обслуговуванні перебуває 287 осіб."),
    ("b", "3. Результати моніторингу"),
    ("p", "3.1. Вибірково перевірено 30 особових справ отримувачів; у 27 з них (90,0 %) документацію оформлено "
          "відповідно до вимог державних стандартів."),
    ("p", "3.2. Проведено анкетування 94 отримувачів, з них 91 особа (96,8 %) задоволена якістю послуг."),
    ("p", "3.3. За критеріями оцінки якості робоча група дійшла таких висновків:"),
    ("p", "3.3.1. Адресність та індивідуальний підхід – «добре»."),
    ("p", "3.3.2. Результативність – «добре»."),
    ("p", "3.3.3. Своєчасність – «задовільно» (у 4 із 30 перевірених справ індивідуальний план складено з "
          "порушенням строку)."),
    ("p", "3.3.4. Доступність та відкритість – «задовільно»: приміщення розташоване на другому поверсі, пандус "
          "і ліфт відсутні."),
    ("p", "3.3.5. Зручність – «добре»."),
    ("p", "3.3.6. Повага до гідності отримувача – «добре»."),
    ("p", "3.3.7. Професійність – «добре»."),
    ("p", "3.4. Загальна оцінка якості надання соціальних послуг – «добре»."),
    ("b", "4. Кадрове забезпечення"),
    ("p", "4.1. У 2023 році підвищили кваліфікацію 19 працівників Центру, у тому числі 15 соціальних робітників."),
    ("p", "4.2. Станом на день перевірки вакантними є 2 посади соціального робітника."),
    ("b", "5. Фінансове забезпечення"),
    ("p", f"5.1. Видатки загального фонду на утримання Центру у 2023 році затверджено в сумі 9{NB}846,2 тис. грн; "
          f"касові видатки склали 9{NB}781,5 тис. грн, економія – 64,7 тис. грн."),
    ("p", "5.2. До спеціального фонду надійшло 318,9 тис. грн плати за соціальні послуги."),
    ("p", "5.3. Вартість однієї години соціальної послуги догляду вдома у 2023 році – 96,20 грн."),
    ("b", "6. Рекомендації"),
    ("p", "6.1. До 01.07.2024 забезпечити складання індивідуальних планів у строки, визначені державними стандартами."),
    ("p", "6.2. До 31.12.2024 облаштувати доступ до приміщення для маломобільних груп населення."),
    ("p0", "Члени робочої групи:\t\t(підписи)"),
    ("p0", "З актом ознайомлений: директор Центру\t\t(підпис)"),
    ("fn", "____________________"),
    ("fn", "^1 З урахуванням 3 штатних одиниць, введених з 01.07.2023."),
    ("fn", "^2 Послугу надає психолог Центру з жовтня 2023 року."),
]

TABLE = [
    ("Показник", "Значення"),
    ("Кількість отримувачів соціальних послуг, осіб", "512"),
    ("у тому числі: догляд вдома", "241"),
    ("денний догляд", "46"),
    ("натуральна допомога", "173"),
    ("соціальна адаптація", "28"),
    ("консультування^2", "24"),
    ("Кількість наданих соціальних послуг, од.", f"61{NB}237"),
    ("Кількість заяв, що надійшли, од.", "119"),
    ("Взято на обслуговування, осіб", "104"),
    ("Знято з обслуговування, осіб", "93"),
    ("Кількість соціальних робітників, осіб", "27"),
    ("Частка отримувачів, охоплених анкетуванням, %", "18,4"),
    ("Рівень задоволеності отримувачів, %", "96,8"),
    ("Кількість скарг, од.", "0"),
]


def runs(p, text, size=None):
    parts = text.split("^")
    first = True
    for part in parts:
        if first:
            r = p.add_run(part)
            if size:
                r.font.size = Pt(size)
            first = False
            continue
        mark, rest = part[0], part[1:]
        r = p.add_run(mark)
        r.font.superscript = True
        r2 = p.add_run(rest)
        if size:
            r.font.size = Pt(size)
            r2.font.size = Pt(size)


def build():
    d = docx.Document()
    fix_core_props(d)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for kind, text in PARAS:
        if kind == "TABLE":
            t = d.add_table(rows=len(TABLE), cols=2)
            t.style = "Table Grid"
            for i, (a, b) in enumerate(TABLE):
                runs(t.cell(i, 0).paragraphs[0], a)
                t.cell(i, 1).paragraphs[0].add_run(b)
                t.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                if i == 0:
                    for c in (0, 1):
                        t.cell(i, c).paragraphs[0].runs[0].bold = True
            continue
        p = d.add_paragraph()
        if kind in ("c", "cb"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif kind == "b":
            p.add_run(text).bold = True
        elif kind == "i":
            p.add_run(text).italic = True
        elif kind == "fn":
            runs(p, text, size=10)
        else:
            if kind == "p":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Pt(30)
            runs(p, text)
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path, when=(2024, 3, 21, 16, 0, 0))


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Богуславської міської ради",
        "centre_type": "cnsp", "settlement": "Богуслав", "oblast": "Київська",
        "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Богуславської міської ради",
                   "Комунальна установа «Центр надання соціальних послуг» Богуславської міської ради Обухівського району Київської області"],
        "report_kind": ["other"]})
    f = g.f
    pos = f("staff_positions", "positions", 46, "Штатним розписом на 2023 рік передбачено 46 штатних одиниць")
    act = f("staff_actual", "staff", 44, "фактично працювали 44 особи")
    tot = f("served", "persons", 512, "Кількість отримувачів соціальних послуг, осіб\t512")
    gs = "served_512_by_service"
    parts = [
        f("served", "persons", 241, "у тому числі: догляд вдома\t241", service="home_care", group=gs, parent=tot),
        f("served", "persons", 46, "денний догляд\t46", service="day_care", group=gs, parent=tot),
        f("served", "persons", 173, "натуральна допомога\t173", service="natural_aid", group=gs, parent=tot),
        f("served", "persons", 28, "соціальна адаптація\t28", service="social_adaptation", group=gs, parent=tot),
        f("served", "persons", 24, "консультування²\t24", service="counselling", group=gs, parent=tot,
          note="the label carries a superscript footnote mark «²» (printed as a digit glued to the word until session 9)"),
    ]
    f("services_provided", "services", 61237, "Кількість наданих соціальних послуг, од.\t61 237")
    ap = f("applied", "applications", 119, "Кількість заяв, що надійшли, од.\t119")
    tk = f("served", "persons", 104, "Взято на обслуговування, осіб\t104", label="взято на обслуговування",
           alt=["registered_new", "support_started"])
    f("deregistered", "persons", 93, "Знято з обслуговування, осіб\t93")
    sw = f("staff_actual", "staff", 27, "Кількість соціальних робітників, осіб\t27", label="соціальні робітники")
    cov = f("share", "percent", 18.4, "Частка отримувачів, охоплених анкетуванням, %\t18,4",
            label="частка отримувачів, охоплених анкетуванням")
    sat1 = f("satisfaction", "percent", 96.8, "Рівень задоволеності отримувачів, %\t96,8")
    f("complaints", "complaints", 0, "Кількість скарг, од.\t0")
    hc = f("served", "persons", 241, "Найбільше отримувачів – 241 особа (49,1 %) – користувалися послугою догляду вдома",
           percent=49.1, service="home_care", parent=tot, note="prose repeat of the table row 241, with a percent")
    doc = f("share", "percent", 90, "у 27 з них (90,0 %) документацію оформлено відповідно до вимог державних стандартів",
            label="частка перевірених особових справ, оформлених відповідно до вимог державних стандартів",
            note="written 90,0 %; whole value stored as int")
    sr = f("survey_respondents", "recipients", 94, "Проведено анкетування 94 отримувачів", unit_alt="persons")
    sat2 = f("satisfaction", "percent", 96.8, "з них 91 особа (96,8 %) задоволена якістю послуг",
             note="the count 91 has no §3 id; its percent is the satisfaction")
    crit = [("3.3.1. Адресність та індивідуальний підхід – «добре».", "targeting", "good"),
            ("3.3.2. Результативність – «добре».", "effectiveness", "good"),
            ("3.3.3. Своєчасність – «задовільно»", "timeliness", "satisfactory"),
            ("3.3.4. Доступність та відкритість – «задовільно»", "accessibility", "satisfactory"),
            ("3.3.5. Зручність – «добре».", "convenience", "good"),
            ("3.3.6. Повага до гідності отримувача – «добре».", "dignity", "good"),
            ("3.3.7. Професійність – «добре».", "professionalism", "good")]
    for q, cid, v in crit:
        f("rating", "rating", v, q, criterion=cid)
    f("rating", "rating", "good", "3.4. Загальна оцінка якості надання соціальних послуг – «добре».", criterion="overall")
    tr = f("staff_trained", "staff", 19, "У 2023 році підвищили кваліфікацію 19 працівників Центру")
    tr15 = f("staff_trained", "staff", 15, "у тому числі 15 соціальних робітників", label="соціальні робітники", parent=tr)
    ba = f("budget_approved", "uah", 9846200, "Видатки загального фонду на утримання Центру у 2023 році затверджено в сумі 9 846,2 тис. грн",
           label="загальний фонд")
    bs = f("budget_spent", "uah", 9781500, "касові видатки склали 9 781,5 тис. грн", label="загальний фонд")
    bv = f("budget_savings", "uah", 64700, "економія – 64,7 тис. грн", label="загальний фонд")
    f("budget_received", "uah", 318900, "До спеціального фонду надійшло 318,9 тис. грн плати за соціальні послуги",
      label="спеціальний фонд: плата за соціальні послуги")

    g.slip("percent_mismatch", "error", "Найбільше отримувачів – 241 особа (49,1 %)", 49.1, 47.1, [hc, tot],
           f"pct_ok({hc}, {tot}, P['{hc}'], 1)",
           "241 of the 512 recipients of the year (table): 241/512 = 47.07 % → 47,1, written 49,1 %")
    g.check("parts_sum", "Кількість отримувачів соціальних послуг, осіб\t512", f"{' + '.join(parts)} == {tot}",
            "241 + 46 + 173 + 28 + 24 = 512 («у тому числі» by service)")
    g.check("internal_conflict", "Найбільше отримувачів – 241 особа", f"{hc} == {parts[0]} and {sat1} == {sat2}",
            "prose 241 = table 241; prose 96,8 % = table 96,8 %")
    g.check("percent_mismatch", "Частка отримувачів, охоплених анкетуванням, %\t18,4", f"pct_ok({sr}, {tot}, {cov}, 1)",
            "94 surveyed / 512 recipients = 18.36 % → 18,4")
    g.check("percent_mismatch", "з них 91 особа (96,8 %) задоволена якістю послуг", f"pct_ok(91, {sr}, {sat2}, 1)",
            "91/94 = 96.81 % → 96,8")
    g.check("percent_mismatch", "у 27 з них (90,0 %)", f"pct_ok(27, 30, {doc}, 1)", "27/30 = 90,0 %")
    g.check("table_arithmetic", "економія – 64,7 тис. грн", f"{ba} - {bs} == {bv}", "9 846,2 − 9 781,5 = 64,7")
    g.check("parts_sum", "фактично працювали 44 особи",
            f"{act} <= {pos} and {sw} <= {act} and {tr15} <= {tr} and {tr15} <= {sw} and {tk} <= {ap}",
            "44 ≤ 46 positions; 27 social workers ≤ 44; 15 ≤ 19 trained, ≤ 27; 104 taken on ≤ 119 applications")

    g.skip("АКТ № 17", [17], "act number")
    g.skip("21 березня 2024 року", [21, 2024], "date of the act")
    g.skip("наказу департаменту від 04.03.2024 № 112", [4, 3, 2024, 112], "order date and number")
    g.skip("робоча група у складі 3 осіб провела з 18 по 21 березня 2024 року моніторинг діяльності Центру за 2023 рік",
           [3, 18, 21, 2024, 2023], "size of the working group, dates of the monitoring, the period")
    g.skip("код ЄДРПОУ 43928716", [43928716], "ЄДРПОУ code")
    g.skip("09701, Київська обл., Обухівський р-н, м. Богуслав, вул. Франка, 14; тел. (04561) 0-52-83",
           [9701, 14, 4561], "postcode, address, phone")
    g.skip("від 24.12.2020 № 41-3-VIII", [24, 12, 2020, 41, 3], "decision date and number")
    g.skip("46 штатних одиниць¹", [1], "superscript footnote mark")
    g.skip("(з них 2 – за внутрішнім сумісництвом)", [2],
           "internal part-timers: a status of some of the 44, not a further count of staff")
    g.skip("1.1. Повне найменування", [1.1, 1.2, 1.3, 1.4, 2.1, 2.2, 3.1, 3.2, 3.3, 3.4, 4.1, 4.2, 5.1, 5.2, 5.3, 6.1, 6.2],
           "item numbers «1.1.» … «6.2.» and «3.3.1.» … «3.3.7.»")
    g.skip("Станом на 01.03.2024 на обслуговуванні перебуває 287 осіб.", [1, 3, 2024, 287],
           "a figure of March 2024, after the period monitored")
    g.skip("3.1. Вибірково перевірено 30 особових справ отримувачів; у 27 з них", [30, 27],
           "case files checked (no §3 id); their share is the fact")
    g.skip("(у 4 із 30 перевірених справ індивідуальний план складено з порушенням строку)", [4, 30],
           "case files with late plans; no §3 id")
    g.skip("Станом на день перевірки вакантними є 2 посади соціального робітника.", [2], "vacancies at the date of the check")
    g.skip("5.3. Вартість однієї години соціальної послуги догляду вдома у 2023 році – 96,20 грн.", [2023, 96.2], "tariff per hour")
    g.skip("6.1. До 01.07.2024 забезпечити", [1, 7, 2024], "recommendation deadline")
    g.skip("6.2. До 31.12.2024 облаштувати", [31, 12, 2024], "recommendation deadline")
    g.skip("¹ З урахуванням 3 штатних одиниць, введених з 01.07.2023.", [1, 3, 1, 7, 2023],
           "footnote: positions added mid-year (part of the 46) and the date")
    g.skip("² Послугу надає психолог Центру з жовтня 2023 року.", [2, 2023], "footnote: start of a service")

    g.note("a monitoring act of the oblast department on one centre → report_kind external_assessment (other accepted); "
           "period = 2023 («моніторинг діяльності Центру за 2023 рік»)")
    g.note("«Показник | Значення» table: every value is a fact quoted by its row; service rows after «у тому числі» hang "
           "on the 512")
    g.note("superscript footnote marks are typed as digits in Word (runs with superscript format); the reader prints them "
           "as superscript digits since session 9 (glued digits before: «одиниць1», «консультування2»)")
    g.note("ratings 3.3.1–3.3.7 and 3.4 are criterion ratings for the centre as a whole (no service)")
    g.note("the prose 241 (49,1 %) repeats the table row and carries the wrong percent (percent_mismatch); the prose "
           "96,8 % repeats the table's satisfaction: two facts each")
    g.note("«90,0 %» stored as 90")
    g.write()


if __name__ == "__main__":
    build()
    gold()
