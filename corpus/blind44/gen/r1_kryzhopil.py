"""b44_01: ЦСС Крижопільської селищної ради, annual report 2023. TXT, windows-1251, CRLF, hard-wrapped."""
import textwrap
from common import Gold, write_text, report_path

DOC = "b44_01_kryzhopil_css_annual2023.txt"

HEAD = """КРИЖОПІЛЬСЬКА СЕЛИЩНА РАДА
ТУЛЬЧИНСЬКОГО РАЙОНУ ВІННИЦЬКОЇ ОБЛАСТІ
ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
24600, смт Крижопіль, вул. Героїв Крут, 31, тел. (04340) 0-21-47
код ЄДРПОУ 44318207

Вих. № 01-12/37 від 15.01.2024

                                   ЗВІТ
                про роботу Центру соціальних служб
             Крижопільської селищної ради за 2023 рік
"""

PARAS = [
    "Центр соціальних служб Крижопільської селищної ради (далі – Центр) утворено рішенням "
    "9 сесії 8 скликання селищної ради від 26.03.2021 № 412. Центр обслуговує 43 населені "
    "пункти громади з населенням близько 37,6 тис. осіб.",
    "",
    "1. ВИЯВЛЕННЯ СІМЕЙ ТА ОЦІНКА ПОТРЕБ",
    "Протягом 2023 року до Центру надійшли повідомлення про 214 сімей/осіб, які можуть "
    "перебувати у складних життєвих обставинах (у 2022 році – 188). Джерела повідомлень:",
    "- заклади освіти – 61;",
    "- заклади охорони здоров'я – 29;",
    "- служба у справах дітей – 57;",
    "- ювенальна превенція поліції – 34;",
    "- особисте звернення – 33.",
    "Оцінку потреб проведено 176 сім'ям/особам, з них складні життєві обставини "
    "виявлено у 98 сімей/осіб (55,7 %). Решта оцінок триває станом на 31.12.2023.",
    "",
    "2. СОЦІАЛЬНИЙ СУПРОВІД",
    "Під соціальним супроводом упродовж року перебувала 61 сім'я, в яких виховується "
    "134 дитини. З них 27 сімей взято під супровід у звітному році, 34 сім'ї "
    "отримували послугу з 2022 року.",
    "Завершено надання послуги соціального супроводу 29 сім'ям, а саме:",
    "- з позитивним результатом (складні життєві обставини подолано) – 19 сімей (65,5 %);",
    "- складні життєві обставини мінімізовано – 6 сімей (20,7 %);",
    "- у зв'язку зі зміною місця проживання – 3 сім'ї;",
    "- у зв'язку з відмовою від послуги – 1 сім'я.",
    "Надання послуги продовжено у 2024 році 32 сім'ям. Середня тривалість супроводу "
    "склала 7 місяців.",
    "Соціальне супроводження здійснювалося 9 сім'ям (7 прийомних сімей і 2 дитячі "
    "будинки сімейного типу), в яких виховується 26 дітей віком від 4 до 17 років.",
    "",
    "3. ІНШІ СОЦІАЛЬНІ ПОСЛУГИ",
    "Послугу консультування отримали 412 осіб, їм надано 1036 консультацій (психологічних, "
    "юридичних, з питань оформлення допомог). Послугу інформування надано 538 особам.",
    "Загалом соціальними послугами Центру у 2023 році охоплено 1127 осіб, з них "
    "внутрішньо переміщених осіб – 143 (13,2 %).",
    "Натуральну допомогу отримали 204 особи: передано 312 продуктових наборів та 148 "
    "гігієнічних наборів на загальну суму 246,8 тис. грн (благодійна допомога партнерів).",
    "Проведено 23 групові заходи (тренінги, батьківські збори, акції «16 днів проти "
    "насильства»), якими охоплено 604 особи.",
    "",
    "4. КАДРОВЕ ЗАБЕЗПЕЧЕННЯ",
    "Штатним розписом передбачено 9 посад, фактично працює 8 працівників, з них 6 "
    "фахівців із соціальної роботи. Підвищили кваліфікацію 5 працівників (навчання "
    "обсягом 36 годин в обласному центрі соціальних служб).",
    "Скарг на якість надання соціальних послуг протягом року не надходило.",
    "",
    "5. ЗАВДАННЯ НА 2024 РІК",
    "Планується взяти під супровід не менше 30 сімей, запровадити послугу денного "
    "догляду для 15 дітей з інвалідністю віком від 3 до 18 років, охопити "
    "інформуванням 20 старостинських округів.",
    "",
    "Директор Центру                                   (підпис)",
]


def build():
    lines = HEAD.split("\n")
    for p in PARAS:
        if not p:
            lines.append("")
            continue
        lines.extend(textwrap.wrap(p, 92, break_on_hyphens=False) or [""])
    return "\n".join(lines) + "\n"


def main():
    write_text(report_path(DOC), build(), encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Крижопільської селищної ради",
        "centre_type": "css", "settlement": "Крижопіль", "oblast": "Вінницька",
        "report_kind": "annual_report",
        "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f = g.f
    n = f("notified", "families_persons", 214, "надійшли повідомлення про 214 сімей/осіб")
    grp = "notified_214_by_source"
    s1 = f("notified", "families_persons", 61, "- заклади освіти – 61;", label="заклади освіти", group=grp, parent=n)
    s2 = f("notified", "families_persons", 29, "- заклади охорони здоров'я – 29;", label="заклади охорони здоров'я", group=grp, parent=n)
    s3 = f("notified", "families_persons", 57, "- служба у справах дітей – 57;", label="служба у справах дітей", group=grp, parent=n)
    s4 = f("notified", "families_persons", 34, "- ювенальна превенція поліції – 34;", label="ювенальна превенція поліції", group=grp, parent=n)
    s5 = f("notified", "families_persons", 33, "- особисте звернення – 33.", label="особисте звернення", group=grp, parent=n, alt=["applied"])
    na = f("needs_assessed", "families_persons", 176, "Оцінку потреб проведено 176 сім'ям/особам")
    sjo = f("in_difficult_circumstances", "families_persons", 98, "складні життєві обставини виявлено у 98", percent=55.7, note="«… виявлено у 98 / сімей/осіб (55,7 %)»: the line wraps after 98, the quote is the first line", parent=na)
    sup = f("served", "families", 61, "Під соціальним супроводом упродовж року перебувала 61 сім'я",
            service="social_support_sjo", alt=["support_ongoing"])
    supc = f("served", "children", 134, "в яких виховується 134 дитини", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 27, "27 сімей взято під супровід у звітному році",
           service="social_support_sjo", group="support_61_by_start", parent=sup)
    cont = f("served", "families", 34, "34 сім'ї отримували послугу з 2022 року", service="social_support_sjo", label="отримували послугу з 2022 року",
             alt=["support_ongoing"], group="support_61_by_start", parent=sup)
    comp = f("support_completed", "families", 29, "Завершено надання послуги соціального супроводу 29 сім'ям",
             service="social_support_sjo", parent=sup)
    og = "completed_29_by_outcome"
    o1 = f("outcome_positive", "families", 19, "складні життєві обставини подолано) – 19 сімей (65,5 %)",
           percent=65.5, group=og, parent=comp)
    o2 = f("outcome_minimized", "families", 6, "складні життєві обставини мінімізовано – 6 сімей (20,7 %)",
           percent=20.7, group=og, parent=comp)
    o3 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3 сім'ї",
           label="зміна місця проживання", group=og, parent=comp)
    o4 = f("outcome_other", "families", 1, "у зв'язку з відмовою від послуги – 1 сім'я",
           label="відмова від послуги", group=og, parent=comp)
    ong = f("support_ongoing", "families", 32, "Надання послуги продовжено у 2024 році 32 сім'ям",
            service="social_support_sjo")
    fos = f("served", "families", 9, "Соціальне супроводження здійснювалося 9 сім'ям", service="social_support_foster")
    fo1 = f("served", "families", 7, "7 прийомних сімей", service="social_support_foster", label="прийомні сім'ї",
            group="foster_9_by_form", parent=fos)
    fo2 = f("served", "families", 2, "2 дитячі будинки", service="social_support_foster", label="дитячі будинки сімейного типу",
            group="foster_9_by_form", parent=fos)
    foc = f("served", "children", 26, "в яких виховується 26 дітей", service="social_support_foster", parent=fos)
    cns = f("served", "persons", 412, "Послугу консультування отримали 412 осіб", service="counselling")
    cnsn = f("services_provided", "services", 1036, "надано 1036 консультацій", service="counselling")
    inf = f("served", "persons", 538, "Послугу інформування надано 538 особам", service="informing")
    tot = f("served", "persons", 1127, "охоплено 1127 осіб")
    idp = f("served", "persons", 143, "переміщених осіб – 143 (13,2 %)", percent=13.2,
            category="внутрішньо переміщені особи", parent=tot)
    nat = f("served", "persons", 204, "Натуральну допомогу отримали 204 особи", service="natural_aid")
    aid = f("aid_value", "uah", 246800, "на загальну суму 246,8 тис. грн", service="natural_aid")
    ev = f("events", "events", 23, "Проведено 23 групові заходи")
    evp = f("event_participants", "persons", 604, "якими охоплено 604 особи", parent=ev)
    pos = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    act = f("staff_actual", "staff", 8, "фактично працює 8 працівників")
    spec = f("staff_actual", "staff", 6, "з них 6 фахівців із", label="фахівці із соціальної роботи", parent=act)
    tr = f("staff_trained", "staff", 5, "Підвищили кваліфікацію 5 працівників")
    cpl = f("complaints", "complaints", 0, "не надходило.")

    g.check("parts_sum", "надійшли повідомлення про 214 сімей/осіб", "61 + 29 + 57 + 34 + 33 = 214",
            f"{s1} + {s2} + {s3} + {s4} + {s5} == {n}")
    g.check("percent_mismatch", "сімей/осіб (55,7 %)", "98 / 176 = 55,68 % → 55,7", f"pct_ok(p{sjo[1:]}, {sjo}, {na}, 1)")
    g.check("parts_sum", "Під соціальним супроводом упродовж року перебувала 61 сім'я",
            "27 taken in 2023 + 34 continued from 2022 = 61", f"{st} + {cont} == {sup}")
    g.check("parts_sum", "Завершено надання послуги соціального супроводу 29 сім'ям",
            "19 + 6 + 3 + 1 = 29", f"{o1} + {o2} + {o3} + {o4} == {comp}")
    g.check("percent_mismatch", "складні життєві обставини подолано) – 19 сімей (65,5 %)",
            "19 / 29 = 65,52 % → 65,5", f"pct_ok(p{o1[1:]}, {o1}, {comp}, 1)")
    g.check("percent_mismatch", "складні життєві обставини мінімізовано – 6 сімей (20,7 %)",
            "6 / 29 = 20,69 % → 20,7", f"pct_ok(p{o2[1:]}, {o2}, {comp}, 1)")
    g.check("parts_sum", "Надання послуги продовжено у 2024 році 32 сім'ям",
            "61 under support − 29 completed = 32 continued into 2024", f"{sup} - {comp} == {ong}")
    g.check("parts_sum", "Соціальне супроводження здійснювалося 9 сім'ям", "7 + 2 = 9", f"{fo1} + {fo2} == {fos}")
    g.check("parts_sum", "фактично працює 8 працівників", "6 ≤ 8 ≤ 9; trained 5 ≤ 8",
            f"{spec} <= {act} <= {pos} and {tr} <= {act}")
    g.slip("percent_mismatch", "error", "переміщених осіб – 143 (13,2 %)", 13.2, 12.7, [idp, tot],
           "143 of the 1127 persons covered is 12,69 % → 12,7 %, written 13,2 %",
           f"pct_ok(p{idp[1:]}, {idp}, {tot}, 1)")

    g.skip("24600, смт Крижопіль, вул. Героїв Крут, 31, тел. (04340) 0-21-47", [24600, 31, 4340, 2147], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44318207", [44318207], "ЄДРПОУ")
    g.skip("Вих. № 01-12/37 від 15.01.2024", [1, 12, 37, 15, 1, 2024], "outgoing number and date")
    g.skip("Крижопільської селищної ради за 2023 рік", [2023], "year of the report")
    g.skip("8 скликання селищної ради від 26.03.2021 № 412", [9, 8, 26, 3, 2021, 412], "session, convocation, decision date and number")
    g.skip("Центр обслуговує 43 населені", [43, 37.6], "settlements and population «близько 37,6 тис. осіб»")
    g.skip("(у 2022 році – 188)", [2022, 188], "prior-year figure")
    g.skip("станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("Середня тривалість супроводу склала 7", [7], "average duration of support")
    g.skip("віком від 4 до 17 років", [4, 17], "ages")
    g.skip("передано 312 продуктових наборів та 148", [312, 148], "items handed out (food and hygiene sets)")
    g.skip("«16 днів проти", [16], "name of a campaign")
    g.skip("обсягом 36 годин", [36], "duration of training")
    g.skip("Планується взяти під супровід не менше 30 сімей", [2024, 30, 15, 3, 18, 20], "2024 plan: families, children, ages, starosta districts")
    g.skip("1. ВИЯВЛЕННЯ СІМЕЙ ТА ОЦІНКА ПОТРЕБ", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.note("«повідомлення про 214 сімей/осіб» → notified, unit families_persons; the five sources are a partition (group) and sum to 214. «особисте звернення» carries alt applied")
    g.note("«27 сімей взято під супровід у звітному році, 34 сім'ї отримували послугу з 2022 року» → support_started 27 and served 34 (label, alt support_ongoing), a partition of the 61 under support")
    g.note("«продовжено у 2024 році 32 сім'ям» → support_ongoing (a 2023 figure that names 2024)")
    g.note("«9 сім'ям (7 прийомних сімей і 2 дитячі будинки сімейного типу)» → served, social_support_foster, with two labelled parts; ДБСТ counted as families")
    g.note("the 1127 persons covered is not stated as a sum of counselling 412 + informing 538 + natural aid 204 (= 1154) → no check")
    g.note("Натуральна допомога: 204 persons served (natural_aid) and aid_value 246 800 грн; the 312 + 148 sets are items → skipped")
    g.write()


if __name__ == "__main__":
    main()
