"""b76_06: КУ «ЦНСП» Великолюбінської селищної ради (Львівська), information for Q2 2025 to the
hromada's social-protection department. UTF-8 TXT laid out as a form: numbered lines with dot leaders,
«осіб / послуг» pairs, a few «з початку року» figures (another period), a survey line."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, write_text, report_path

DOC = "b76_06_velykyi_liubin_cnsp_q2_2025.txt"


def L(label, value, width=68):
    dots = "." * max(3, width - len(label) - len(value) - 2)
    return f"{label} {dots} {value}"


TEXT = "\n".join([
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»",
    "ВЕЛИКОЛЮБІНСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "81555, Львівська обл., Львівський р-н, смт Великий Любінь, вул. Городоцька, 27",
    "тел. (03231) 0-51-08, e-mail: cnsp.vlubin@example.ua, код ЄДРПОУ 43951207",
    "",
    "03.07.2025 № 214/02-09                    Відділу соціального захисту населення",
    "                                          Великолюбінської селищної ради",
    "",
    "                         ІНФОРМАЦІЯ",
    "        про надання соціальних послуг у ІІ кварталі 2025 року",
    "",
    "На виконання листа відділу від 20.06.2025 № 388 подаємо інформацію за квітень – червень 2025 року.",
    "",
    "1. ЗВЕРНЕННЯ",
    L("1.1. Звернулося до Центру осіб, усього", "218"),
    L("1.2. з них уперше", "64"),
    L("1.3. з числа тих, що звернулися, – внутрішньо переміщені особи", "29"),
    "",
    "2. НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ (осіб / послуг)",
    L("2.1. Догляд вдома", "58 / 4 312"),
    L("2.2. Денний догляд", "14 / 602"),
    L("2.3. Соціальна адаптація", "22 / 131"),
    L("2.4. Консультування", "97 / 288"),
    L("2.5. Натуральна допомога", "41 / 41"),
    L("2.6. Соціальне таксі (поїздок)", "9 / 17"),
    L("     Разом", "241 / 5 391"),
    "     (з початку 2025 року – 377 осіб / 10 466 послуг)",
    L("2.7. Вартість виданої натуральної допомоги, тис. грн", "36,9"),
    "",
    "3. СОЦІАЛЬНИЙ СУПРОВІД СІМЕЙ (ОСІБ) У СЖО",
    L("3.1. Перебувало під супроводом сімей/осіб", "16"),
    L("3.2. з них взято під супровід у ІІ кварталі", "4"),
    L("3.3. Завершено супровід", "3"),
    L("3.4. у т. ч. з позитивним результатом", "2"),
    "",
    "4. ОПИТУВАННЯ ОТРИМУВАЧІВ (червень 2025 р.)",
    "Анкетування пройшли 37 отримувачів послуг догляду вдома та денного догляду. Повністю задоволені якістю послуг – 83,9 %, частково – 13,5 %, не задоволені – 2,7 %.",
    "",
    "5. ПЕРСОНАЛ",
    L("5.1. Штатних посад", "26,5"),
    L("5.2. Зайнято посад", "24,5"),
    L("5.3. Вакантних посад", "2"),
    L("5.4. Пройшли навчання працівників (усього 96 год)", "7"),
    "",
    "6. СКАРГИ",
    "Скарг на дії працівників Центру у звітному кварталі не надходило.",
    "",
    "7. ФІНАНСУВАННЯ",
    "Кошторисні призначення загального фонду на ІІ квартал – 2 184,6 тис. грн; касові видатки – 2 139,0 тис. грн (97,9 %).",
    "",
    "Довідково: у ІІ кварталі 2024 року послуги отримали 219 осіб; тариф на послугу догляду вдома з 01.04.2025 – 84,20 грн/год.",
    "",
    "Директор                                  ____________",
    "Виконавець: фахівець із соціальної роботи, тел. (03231) 0-51-12",
    "",
])


def build():
    write_text(report_path(DOC), TEXT, encoding="utf-8", newline="\n")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Великолюбінської селищної ради",
        "centre_type": "cnsp", "settlement": "Великий Любінь", "oblast": "Львівська",
        "report_kind": "period_report", "period_start": "2025-04-01", "period_end": "2025-06-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Великолюбінської селищної ради",
                    "КУ «Центр надання соціальних послуг» Великолюбінської селищної ради"],
         "settlement": ["смт Великий Любінь"]})
    q = lambda label, value: L(label, value)
    f1 = g.f("applied", "persons", 218, q("1.1. Звернулося до Центру осіб, усього", "218"))
    f2 = g.f("applied", "persons", 64, q("1.2. з них уперше", "64"), label="уперше", parent=f1)
    f3 = g.f("applied", "persons", 29, q("1.3. з числа тих, що звернулися, – внутрішньо переміщені особи", "29"),
             category="внутрішньо переміщені особи", parent=f1)
    rows = [("2.1. Догляд вдома", 58, "4 312", 4312, "home_care"), ("2.2. Денний догляд", 14, "602", 602, "day_care"),
            ("2.3. Соціальна адаптація", 22, "131", 131, "social_adaptation"),
            ("2.4. Консультування", 97, "288", 288, "counselling"),
            ("2.5. Натуральна допомога", 41, "41", 41, "natural_aid"),
            ("2.6. Соціальне таксі (поїздок)", 9, "17", 17, "social_taxi")]
    tq = q("     Разом", "241 / 5 391").strip()
    ts = g.f("served", "persons", 241, tq, label="разом")
    tp = g.f("services_provided", "services", 5391, tq, label="разом")
    S, P = [], []
    for lab, n, vs, v, svc in rows:
        rq = q(lab, f"{n} / {vs}")
        S.append(g.f("served", "persons", n, rq, service=svc, group="served_241_by_service", parent=ts))
        P.append(g.f("services_provided", "services", v, rq, service=svc, group="services_5391_by_service", parent=tp,
                     note="trips of the social taxi counted as its services" if svc == "social_taxi" else None))
    av = g.f("aid_value", "uah", 36900, q("2.7. Вартість виданої натуральної допомоги, тис. грн", "36,9"),
             service="natural_aid")
    s1 = g.f("served", "families_persons", 16, q("3.1. Перебувало під супроводом сімей/осіб", "16"),
             service="social_support_sjo", alt=["support_ongoing"])
    s2 = g.f("support_started", "families_persons", 4, q("3.2. з них взято під супровід у ІІ кварталі", "4"),
             service="social_support_sjo", parent=s1)
    s3 = g.f("support_completed", "families_persons", 3, q("3.3. Завершено супровід", "3"), service="social_support_sjo",
             parent=s1)
    s4 = g.f("outcome_positive", "families_persons", 2, q("3.4. у т. ч. з позитивним результатом", "2"),
             service="social_support_sjo", parent=s3)
    r = g.f("survey_respondents", "recipients", 37, "Анкетування пройшли 37 отримувачів", unit_alt="persons")
    p1 = g.f("satisfaction", "percent", 83.9, "Повністю задоволені якістю послуг – 83,9 %", label="повністю задоволені",
             alt=["share"])
    p2 = g.f("share", "percent", 13.5, "частково – 13,5 %", label="частково задоволені", alt=["satisfaction"])
    p3 = g.f("share", "percent", 2.7, "не задоволені – 2,7 %", label="не задоволені")
    k1 = g.f("staff_positions", "positions", 26.5, q("5.1. Штатних посад", "26,5"))
    k2 = g.f("staff_actual", "positions", 24.5, q("5.2. Зайнято посад", "24,5"), unit_alt="staff",
             note="occupied positions (fractional), not heads")
    k3 = g.f("staff_trained", "staff", 7, q("5.4. Пройшли навчання працівників (усього 96 год)", "7"))
    c0 = g.f("complaints", "complaints", 0, "Скарг на дії працівників Центру у звітному кварталі не надходило.")
    b1 = g.f("budget_approved", "uah", 2184600, "Кошторисні призначення загального фонду на ІІ квартал – 2 184,6 тис. грн",
             label="загальний фонд, ІІ квартал")
    b2 = g.f("budget_spent", "uah", 2139000, "касові видатки – 2 139,0 тис. грн (97,9 %)", percent=97.9,
             label="загальний фонд, ІІ квартал")

    g.slip("percent_impossible", "error", "Анкетування пройшли 37 отримувачів послуг догляду вдома та денного догляду. Повністю задоволені якістю послуг – 83,9 %",
           83.9, 83.8, [p1, r], "with 37 respondents no whole number gives 83,9 % (31/37 = 83,78 → 83,8; 32/37 = 86,49); the other two shares fit (5 and 1 of 37) and 31 + 5 + 1 = 37",
           f"grim_ok({p1}, {r}, 1)")
    g.check("percent_impossible", "частково – 13,5 %, не задоволені – 2,7 %", "5/37 = 13,51; 1/37 = 2,70",
            f"grim_ok({p2}, {r}, 1) and grim_ok({p3}, {r}, 1)")
    g.check("percents_sum", "Повністю задоволені якістю послуг – 83,9 %, частково – 13,5 %, не задоволені – 2,7 %",
            "83,9 + 13,5 + 2,7 = 100,1, within the rounding of three one-decimal shares", f"psum_ok([{p1}, {p2}, {p3}], 1)")
    g.check("parts_sum", "2. НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ (осіб / послуг)", "persons 58 + 14 + 22 + 97 + 41 + 9 = 241",
            " + ".join(S) + f" == {ts}")
    g.check("parts_sum", "2. НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ (осіб / послуг)",
            "services 4 312 + 602 + 131 + 288 + 41 + 17 = 5 391", " + ".join(P) + f" == {tp}")
    g.check("parts_sum", q("1.2. з них уперше", "64"), "64 ≤ 218; 29 ≤ 218", f"{f2} <= {f1} and {f3} <= {f1}")
    g.check("parts_sum", q("3.1. Перебувало під супроводом сімей/осіб", "16"), "4 ≤ 16; 2 ≤ 3 ≤ 16",
            f"{s2} <= {s1} and {s4} <= {s3} <= {s1}")
    g.check("parts_sum", q("5.3. Вакантних посад", "2"), "26,5 − 24,5 = 2 vacancies (literal)", f"near({k1} - {k2}, 2)")
    g.check("percent_mismatch", "касові видатки – 2 139,0 тис. грн (97,9 %)", "2 139,0 / 2 184,6 = 97,91 %",
            f"pct_ok(p{b2[1:]}, {b2}, {b1}, 1)")

    g.skip("81555, Львівська обл., Львівський р-н, смт Великий Любінь, вул. Городоцька, 27", [81555, 27], "postcode, address")
    g.skip("тел. (03231) 0-51-08, e-mail: cnsp.vlubin@example.ua, код ЄДРПОУ 43951207", [3231, 5108, 43951207], "phone, ЄДРПОУ")
    g.skip("03.07.2025 № 214/02-09", [3, 7, 2025, 214, 2, 9], "outgoing date and number")
    g.skip("На виконання листа відділу від 20.06.2025 № 388", [20, 6, 2025, 388], "letter date and number")
    g.skip("(з початку 2025 року – 377 осіб / 10 466 послуг)", [2025, 377, 10466], "cumulative figures since the start of the year (another period: H1)")
    g.skip("4. ОПИТУВАННЯ ОТРИМУВАЧІВ (червень 2025 р.)", [4, 2025], "section number, survey month")
    g.skip(q("5.3. Вакантних посад", "2"), [5.3, 2], "vacancies (no §3 id); used as a literal")
    g.skip("(усього 96 год)", [96], "duration of training")
    g.skip("Довідково: у ІІ кварталі 2024 року послуги отримали 219 осіб; тариф на послугу догляду вдома з 01.04.2025 – 84,20 грн/год.",
           [2024, 219, 1, 4, 2025, 84.20], "prior-year figure, tariff and its date")
    g.skip("Виконавець: фахівець із соціальної роботи, тел. (03231) 0-51-12", [3231, 5112], "phone")
    g.skip("1. ЗВЕРНЕННЯ", [1, 1.1, 1.2, 1.3, 2, 2.1, 2.7, 3, 3.1, 3.4, 5, 5.4, 6, 7], "section and line numbers")
    g.note("the form's dot leaders are part of every quote; each «осіб / послуг» line is two facts (served, services_provided)")
    g.note("«Зайнято посад 24,5» → staff_actual in positions (alt staff): the form counts occupied positions")
    g.note("the cumulative «з початку 2025 року» line belongs to H1, not to the report period: skipped")
    g.write()


if __name__ == "__main__":
    build()
