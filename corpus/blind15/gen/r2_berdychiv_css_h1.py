"""b15_02: Центр соціальних служб Бердичівської міської ради (Житомирська), I півріччя 2025.

Ordinary half-year information in prose: «з них», «у тому числі», «а саме», percents in
brackets. Plain text, windows-1251, CRLF line ends, hard-wrapped paragraphs.
Planted: parts_sum (services by kind 30 short of the total), percent_mismatch (27 of 94
written 31,4 %).
"""
import re
import textwrap

from common import Gold, report_path, write_text

DOC = "b15_02_berdychiv_css_h1_2025.txt"
CENTRE = "Центр соціальних служб Бердичівської міської ради"

PARAS = [
    "Вих. № 02-14/318 від 15.07.2025",
    "Начальнику управління соціального захисту населення Бердичівської міської ради",
    "ІНФОРМАЦІЯ\nпро роботу Центру соціальних служб Бердичівської міської ради\nза І півріччя 2025 року",
    "Центр соціальних служб Бердичівської міської ради (далі – Центр) є бюджетною установою, "
    "утвореною рішенням Бердичівської міської ради від 28.01.2021 № 57/4, і здійснює соціальну "
    "роботу з сім'ями, дітьми та молоддю, які перебувають у складних життєвих обставинах та "
    "потребують сторонньої допомоги.",
    "1. Виявлення сімей (осіб), які перебувають у складних життєвих обставинах",
    "Протягом І півріччя 2025 року до Центру надійшли повідомлення про 214 сімей/осіб, які "
    "можуть перебувати у складних життєвих обставинах, з них від служби у справах дітей – 61, "
    "від закладів освіти – 47, від закладів охорони здоров'я – 22, від органів Національної "
    "поліції – 39, за особистим зверненням – 45 (у І півріччі 2024 року – 187 сімей/осіб).",
    "Оцінку потреб проведено 198 сім'ям/особам (92,5 %), ще у 16 випадках оцінка триває. "
    "За результатами оцінки потреб складні життєві обставини виявлено у 126 сімей/осіб "
    "(63,6 % від оцінених), у яких виховується 241 дитина.",
    "2. Надання соціальних послуг",
    "Соціальними послугами протягом звітного періоду охоплено 1 176 сімей/осіб, у яких "
    "виховується 1 493 дитини. Загалом надано 3 482 соціальні послуги, а саме: інформування – "
    "1 406, консультування – 1 297, соціальна профілактика – 318, соціальний супровід сімей "
    "(осіб), які перебувають у складних життєвих обставинах, – 287, екстрене (кризове) "
    "втручання – 41, натуральна допомога – 103.",
    "Під соціальним супроводом протягом півріччя перебувало 94 сім'ї, у яких виховується "
    "171 дитина. З них 38 сімей взято під соціальний супровід у І півріччі 2025 року, "
    "56 сімей продовжують отримувати послугу з 2024 року. Серед сімей, які перебували під "
    "супроводом, 27 сімей внутрішньо переміщених осіб (31,4 %) та 12 сімей військовослужбовців "
    "(12,8 %). Тривалість соціального супроводу становить, як правило, до 6 місяців.",
    "Завершено надання послуги соціального супроводу 31 сім'ї, з них з позитивним результатом "
    "(подолання складних життєвих обставин) – 22 сім'ї (71,0 %), мінімізовано складні життєві "
    "обставини – 6 сімей (19,4 %), без результату – 3 сім'ї (9,7 %). На кінець звітного "
    "періоду під соціальним супроводом перебуває 63 сім'ї.",
    "Соціальне супроводження здійснювалося 23 прийомним сім'ям і дитячим будинкам сімейного "
    "типу, у яких виховується 58 дітей.",
    "Послугу екстреного (кризового) втручання надано 19 особам, з них 14 – особам, які "
    "постраждали від домашнього насильства.",
    "Натуральну допомогу (продуктові набори, засоби гігієни, дитячий одяг) отримали 103 сім'ї "
    "на загальну суму 241,8 тис. грн; допомогу надано благодійними фондами.",
    "3. Профілактична робота",
    "Проведено 18 групових заходів (тренінги, інформаційні години, батьківські збори), якими "
    "охоплено 426 осіб. На ІІ півріччя 2025 року заплановано проведення не менше 20 заходів.",
    "4. Кадрове забезпечення",
    "Штатним розписом Центру передбачено 14 посад, фактично працює 12 працівників (85,7 %), "
    "з них 8 фахівців із соціальної роботи та 2 психологи.",
    "Скарг на роботу фахівців Центру протягом звітного періоду не надходило.",
    "Адреса Центру: 13300, Житомирська обл., м. Бердичів, вул. Європейська, 18; "
    "тел. (04143) 0-27-56.",
    "Директор Центру",
]


def build():
    out = []
    for p in PARAS:
        # numbers keep their group separator on one line (no-break space), as word processors do
        p = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", p)
        for part in p.split("\n"):
            out.append(textwrap.fill(part, width=92, break_long_words=False, break_on_hyphens=False))
        out.append("")
    write_text(report_path(DOC), "\n".join(out), encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": CENTRE, "centre_type": "css", "settlement": "Бердичів", "oblast": "Житомирська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    })
    f = g.f
    no = f("notified", "families_persons", 214, "надійшли повідомлення про 214 сімей/осіб")
    src = [("служба у справах дітей", 61, "від служби у справах дітей – 61"),
           ("заклади освіти", 47, "від закладів освіти – 47"),
           ("заклади охорони здоров'я", 22, "від закладів охорони здоров'я – 22"),
           ("органи Національної поліції", 39, "поліції – 39"),
           ("особисте звернення", 45, "за особистим зверненням – 45")]
    srcs = [f("notified", "families_persons", v, q, label=lab, group="notified_214_by_source",
              parent=no) for lab, v, q in src]
    na = f("needs_assessed", "families_persons", 198, "Оцінку потреб проведено 198 сім'ям/особам (92,5 %)",
           percent=92.5, parent=no)
    sjo = f("in_difficult_circumstances", "families_persons", 126,
            "складні життєві обставини виявлено у 126 сімей/осіб", percent=63.6, parent=na)
    f("in_difficult_circumstances", "children", 241, "у яких виховується 241 дитина", parent=sjo)
    srv = f("served", "families_persons", 1176, "охоплено 1 176 сімей/осіб")
    f("served", "children", 1493, "у яких виховується 1 493 дитини", parent=srv)
    sp = f("services_provided", "services", 3482, "Загалом надано 3 482 соціальні послуги")
    kinds = [("informing", 1406, "інформування – 1 406"),
             ("counselling", 1297, "консультування – 1 297"),
             ("social_prevention", 318, "соціальна профілактика – 318"),
             ("social_support_sjo", 287, "обставинах, – 287"),
             ("crisis_intervention", 41, "втручання – 41"),
             ("natural_aid", 103, "натуральна допомога – 103")]
    kk = [f("services_provided", "services", v, q, service=s, group="services_3482_by_service",
            parent=sp) for s, v, q in kinds]
    sup = f("served", "families", 94, "Під соціальним супроводом протягом півріччя перебувало 94 сім'ї",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 171, "у яких виховується 171 дитина", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 38, "З них 38 сімей взято під соціальний супровід",
           service="social_support_sjo", group="support_94_by_start", parent=sup)
    cont = f("served", "families", 56, "56 сімей продовжують отримувати послугу з 2024 року",
             service="social_support_sjo", label="продовжують отримувати послугу з 2024 року",
             alt=["support_ongoing"], group="support_94_by_start", parent=sup,
             note="a 2025 figure (families served in H1 2025) although it names 2024: the year support began")
    vpo = f("served", "families", 27, "27 сімей внутрішньо переміщених осіб (31,4 %)",
            service="social_support_sjo", category="внутрішньо переміщені особи", percent=31.4,
            alt=["support_ongoing"], parent=sup)
    mil = f("served", "families", 12, "12 сімей військовослужбовців (12,8 %)",
            service="social_support_sjo", category="сім'ї військовослужбовців", percent=12.8,
            alt=["support_ongoing"], parent=sup)
    comp = f("support_completed", "families", 31, "Завершено надання послуги соціального супроводу 31 сім'ї",
             service="social_support_sjo")
    o1 = f("outcome_positive", "families", 22, "– 22 сім'ї (71,0 %)", percent=71.0,
           service="social_support_sjo", group="completed_31_by_outcome", parent=comp)
    o2 = f("outcome_minimized", "families", 6, "обставини – 6 сімей (19,4 %)", percent=19.4,
           service="social_support_sjo", group="completed_31_by_outcome", parent=comp)
    o3 = f("outcome_negative", "families", 3, "без результату – 3 сім'ї (9,7 %)", percent=9.7,
           service="social_support_sjo", group="completed_31_by_outcome", parent=comp)
    ong = f("support_ongoing", "families", 63, "під соціальним супроводом перебуває 63 сім'ї",
            service="social_support_sjo")
    fo = f("served", "families", 23, "Соціальне супроводження здійснювалося 23 прийомним сім'ям",
           service="social_support_foster", category="прийомні сім'ї та дитячі будинки сімейного типу")
    f("served", "children", 58, "у яких виховується 58 дітей", service="social_support_foster", parent=fo)
    cr = f("served", "persons", 19, "втручання надано 19 особам", service="crisis_intervention")
    f("served", "persons", 14, "з них 14 – особам, які", service="crisis_intervention",
      category="постраждалі від домашнього насильства", parent=cr)
    f("served", "families", 103, "отримали 103 сім'ї", service="natural_aid")
    f("aid_value", "uah", 241800, "на загальну суму 241,8 тис. грн", service="natural_aid")
    f("events", "events", 18, "Проведено 18 групових заходів")
    f("event_participants", "persons", 426, "охоплено 426 осіб")
    pos = f("staff_positions", "positions", 14, "Штатним розписом Центру передбачено 14 посад")
    act = f("staff_actual", "staff", 12, "фактично працює 12 працівників (85,7 %)", percent=85.7)
    s1 = f("staff_actual", "staff", 8, "з них 8 фахівців із соціальної роботи",
           label="фахівці із соціальної роботи", parent=act)
    s2 = f("staff_actual", "staff", 2, "2 психологи", label="психологи", parent=act)
    f("complaints", "complaints", 0, "Скарг на роботу фахівців Центру протягом звітного періоду не надходило")

    g.slip("parts_sum", "error", "Загалом надано 3 482 соціальні послуги", 3482, 3452,
           [sp] + kk,
           "«а саме» list of services by kind: 1 406 + 1 297 + 318 + 287 + 41 + 103 = 3 452, "
           "30 short of the 3 482 stated. Services are acts (no overlap between kinds), and «а саме» "
           "introduces the complete list.",
           {"kind": "sum", "parts": kk, "total": sp})
    g.slip("percent_mismatch", "error", "27 сімей внутрішньо переміщених осіб (31,4 %)", 31.4, 28.7,
           [vpo, sup],
           "27 of the 94 families under support: 27/94 = 28.7 %, written 31,4 % (= 27/86). The "
           "neighbouring 12 (12,8 %) is 12/94 = 12.77 % → 12,8, so the whole is 94.",
           {"kind": "pct", "k": vpo, "n": sup, "p": f"{vpo}.percent", "decimals": 1})

    g.check("parts_sum", "надійшли повідомлення про 214 сімей/осіб",
            "61 + 47 + 22 + 39 + 45 = 214", {"kind": "sum", "parts": srcs, "total": no})
    g.check("percent_mismatch", "Оцінку потреб проведено 198 сім'ям/особам (92,5 %)",
            "198/214 = 92.52 % → 92,5", {"kind": "pct", "k": na, "n": no, "p": f"{na}.percent", "decimals": 1})
    g.check("parts_sum", "ще у 16 випадках оцінка триває", "198 assessed + 16 ongoing = 214 notified",
            {"kind": "sum", "parts": [na, 16], "total": no})
    g.check("percent_mismatch", "(63,6 % від оцінених)", "126/198 = 63.64 % → 63,6",
            {"kind": "pct", "k": sjo, "n": na, "p": f"{sjo}.percent", "decimals": 1})
    g.check("parts_sum", "З них 38 сімей взято під соціальний супровід", "38 new + 56 carried over = 94",
            {"kind": "sum", "parts": [st, cont], "total": sup})
    g.check("percent_mismatch", "12 сімей військовослужбовців (12,8 %)", "12/94 = 12.77 % → 12,8",
            {"kind": "pct", "k": mil, "n": sup, "p": f"{mil}.percent", "decimals": 1})
    g.check("parts_sum", "Завершено надання послуги соціального супроводу 31 сім'ї", "22 + 6 + 3 = 31",
            {"kind": "sum", "parts": [o1, o2, o3], "total": comp})
    g.check("percent_mismatch", "– 22 сім'ї (71,0 %)", "22/31 = 70.97 % → 71,0",
            {"kind": "pct", "k": o1, "n": comp, "p": f"{o1}.percent", "decimals": 1})
    g.check("percent_mismatch", "обставини – 6 сімей (19,4 %)", "6/31 = 19.35 % → 19,4",
            {"kind": "pct", "k": o2, "n": comp, "p": f"{o2}.percent", "decimals": 1})
    g.check("percent_mismatch", "без результату – 3 сім'ї (9,7 %)", "3/31 = 9.68 % → 9,7",
            {"kind": "pct", "k": o3, "n": comp, "p": f"{o3}.percent", "decimals": 1})
    g.check("percents_sum", "Завершено надання послуги соціального супроводу 31 сім'ї",
            "71,0 + 19,4 + 9,7 = 100,1 %, within rounding of three one-decimal shares",
            {"kind": "pct_sum", "percents": [f"{o1}.percent", f"{o2}.percent", f"{o3}.percent"],
             "decimals": 1})
    g.check("parts_sum", "під соціальним супроводом перебуває 63 сім'ї", "94 under support − 31 completed = 63",
            {"kind": "diff", "a": sup, "b": comp, "c": ong})
    g.check("percent_mismatch", "фактично працює 12 працівників (85,7 %)", "12/14 = 85.71 % → 85,7",
            {"kind": "pct", "k": act, "n": pos, "p": f"{act}.percent", "decimals": 1})
    g.check("parts_sum", "з них 8 фахівців із соціальної роботи та 2 психологи", "8 + 2 = 10 ≤ 12 staff",
            {"kind": "le", "a": 10, "b": act})

    g.skip("Вих. № 02-14/318 від 15.07.2025", [2, 14, 318, 15, 7, 2025], "outgoing number and date of the letter")
    g.skip("від 28.01.2021 № 57/4", [28, 1, 2021, 57, 4], "decision date and number")
    g.skip("(у І півріччі 2024 року – 187 сімей/осіб)", [2024, 187], "prior-period figure")
    g.skip("ще у 16 випадках оцінка триває", [16], "assessments still in progress; no §3 id")
    g.skip("Тривалість соціального супроводу становить, як правило, до 6 місяців", [6], "duration")
    g.skip("На ІІ півріччя 2025 року заплановано проведення не менше 20 заходів", [2025, 20], "plan")
    g.skip("13300, Житомирська обл., м. Бердичів, вул. Європейська, 18", [13300, 18], "postcode, address")
    g.skip("тел. (04143) 0-27-56", [4143, 2756], "phone")
    g.skip("1. Виявлення сімей", [1, 2, 3, 4], "section numbers")

    g.note("«сімей/осіб» → families_persons; «94 сім'ї» under support → served (alt support_ongoing) as the "
           "seed gold does for «перебувало під супроводом»")
    g.note("the 56 families «продовжують отримувати послугу з 2024 року» are an H1 2025 figure (served, "
           "alt support_ongoing); 38 + 56 = 94 is one partition (group support_94_by_start); the ВПО and "
           "military families are overlapping «серед» categories (parent_id only)")
    g.note("the services list counts acts (unit services), not families")
    g.note("oblast stated only in the address («Житомирська обл.»)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
