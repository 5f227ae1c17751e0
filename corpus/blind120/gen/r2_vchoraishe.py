"""b120_02: КУ «ЦНСП» Вчорайшенської сільської ради (Житомирська), report for H1 2025.
UTF-8 TXT (LF), first person plural, a space-aligned plain-text table, district (старостинський округ) breakdown."""
from common import Gold, write_text, report_path

DOC = "b120_02_vchoraishe_cnsp_h1_2025.txt"

TEXT = """\
КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»
ВЧОРАЙШЕНСЬКОЇ СІЛЬСЬКОЇ РАДИ
Житомирська область, Бердичівський район
13321, с. Вчорайше, вул. Незалежності, 52 | тел. (04143) 0-62-40 | cnsp.vchoraishe@example.ua

ЗВІТ ПРО РОБОТУ ЗА ПЕРШЕ ПІВРІЧЧЯ 2025 РОКУ

ЩО МИ ЗРОБИЛИ ЗА ШІСТЬ МІСЯЦІВ

У січні–червні 2025 року до нас звернулися 284 мешканці громади — на 37 більше, ніж за перше півріччя торік. Найчастіше люди приходили з питаннями оформлення допомог, пошуку житла, догляду за рідними та психологічної підтримки.

Соціальні послуги ми надали 251 особі. Якщо дивитися по старостинських округах, то картина така:
  округ № 1 (с. Вчорайше) — 96 осіб;
  округ № 2 — 41;
  округ № 3 — 38;
  округ № 4 — 45;
  округ № 5 — 27.
Серед наших отримувачів — 73 внутрішньо переміщені особи, 29 ветеранів війни та членів їхніх сімей.

ПОСЛУГИ (станом на 30.06.2025)

Послуга                          Отримувачів   Надано послуг
Консультування                        198            412
Інформування                          163            230
Соціальний супровід (СЖО)              14             96
Натуральна допомога                    57             57
Догляд вдома                           22           2 640

Усього за півріччя ми надали 3 435 послуг. Одна людина часто отримує кілька послуг, тому отримувачів у таблиці більше, ніж 251.

ОЦІНКА ПОТРЕБ І РОБОТА З СІМ'ЯМИ

Потреби оцінили 39 сім'ям/особам: базову оцінку провели 27, комплексну — 12.
Від служби у справах дітей, закладів освіти та поліції ми отримали повідомлення про 19 сімей; у 8 із них фахівці підтвердили складні життєві обставини.
Під соціальним супроводом у нас перебувало 14 сімей, де виховується 31 дитина. П'ять сімей ми взяли під супровід у цьому півріччі. Завершили супровід 4 сім'ям: трьом — з позитивним результатом (СЖО подолано), одній — через переїзд до іншої громади. На 30 червня супровід триває для 10 сімей.

НАТУРАЛЬНА ДОПОМОГА
Продукти, засоби гігієни та дитячі речі від благодійників ми передали 57 особам на загальну суму 38,6 тис. грн. Найбільша партія — 120 кг круп — надійшла у квітні.

ЗАХОДИ ТА ТЕЛЕФОН ДОВІРИ
Провели 11 групових заходів: тренінги для батьків, арт-терапевтичні зустрічі для дітей ВПО, «Розмовний клуб» для людей старшого віку. Загалом на них побувало 187 учасників, з них 64 дитини.
На телефон довіри надійшло 52 дзвінки, переважно у вечірній час (з 18:00 до 21:00).

КОМАНДА
Працює 17 фахівців при 19 штатних посадах, 2 вакансії фахівця із соціальної роботи відкриті. Четверо наших працівників пройшли навчання за програмою «Кейс-менеджмент у громаді» (48 годин).
Скарг за півріччя не було.

У другому півріччі плануємо відкрити групу денного догляду для 15 дітей з інвалідністю.

Звіт підготовлено 07.07.2025. Контакт для уточнень: 067 000 41 18.
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Вчорайшенської сільської ради",
        "centre_type": "cnsp", "settlement": "Вчорайше", "oblast": "Житомирська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Вчорайшенської сільської ради",
        "КУ «Центр надання соціальних послуг» Вчорайшенської сільської ради"]})
    f = g.f
    ap = f("applied", "persons", 284, "до нас звернулися 284 мешканці громади")
    sv = f("served", "persons", 251, "Соціальні послуги ми надали 251 особі")
    gd = "served_251_by_okrug"
    o = [f("served", "persons", v, q, district=d, group=gd, parent=sv) for v, q, d in (
        (96, "округ № 1 (с. Вчорайше) — 96 осіб", "старостинський округ № 1 (с. Вчорайше)"),
        (41, "округ № 2 — 41", "старостинський округ № 2"),
        (38, "округ № 3 — 38", "старостинський округ № 3"),
        (45, "округ № 4 — 45", "старостинський округ № 4"),
        (27, "округ № 5 — 27", "старостинський округ № 5"))]
    idp = f("served", "persons", 73, "73 внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=sv)
    vet = f("served", "persons", 29, "29 ветеранів війни та членів їхніх сімей",
            category="ветерани війни та члени їхніх сімей", parent=sv)
    rows = [("Консультування\t198\t412", "counselling", 198, 412),
            ("Інформування\t163\t230", "informing", 163, 230),
            ("Соціальний супровід (СЖО)\t14\t96", "social_support_sjo", 14, 96),
            ("Натуральна допомога\t57\t57", "natural_aid", 57, 57),
            ("Догляд вдома\t22\t2 640", "home_care", 22, 2640)]
    tot = f("services_provided", "services", 3435, "Усього за півріччя ми надали 3 435 послуг",
            note="the total follows the table in the text")
    rec, srv = [], []
    for q, s, a, b in rows:
        rec.append(f("served", "recipients", a, q, service=s, unit_alt="persons", parent=sv,
                     note="table row; recipients by service overlap (the text says so), so no group"))
        srv.append(f("services_provided", "services", b, q, service=s, group="services_3435_by_service", parent=tot))
    na = f("needs_assessed", "families_persons", 39, "Потреби оцінили 39 сім'ям/особам")
    b1 = f("needs_assessed", "families_persons", 27, "базову оцінку провели 27", label="базова оцінка",
           group="needs_39_by_kind", parent=na)
    b2 = f("needs_assessed", "families_persons", 12, "комплексну — 12", label="комплексна оцінка",
           group="needs_39_by_kind", parent=na)
    nt = f("notified", "families", 19, "ми отримали повідомлення про 19 сімей")
    sj = f("in_difficult_circumstances", "families", 8, "у 8 із них фахівці підтвердили складні життєві обставини", parent=nt)
    su = f("served", "families", 14, "Під соціальним супроводом у нас перебувало 14 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 31, "де виховується 31 дитина", service="social_support_sjo",
           alt=["support_ongoing"], parent=su)
    st = f("support_started", "families", 5, "П'ять сімей ми взяли під супровід у цьому півріччі",
           service="social_support_sjo", parent=su)
    sc = f("support_completed", "families", 4, "Завершили супровід 4 сім'ям", service="social_support_sjo", parent=su)
    op = f("outcome_positive", "families", 3, "трьом — з позитивним результатом (СЖО подолано)",
           service="social_support_sjo", group="completed_4_by_outcome", parent=sc)
    oo = f("outcome_other", "families", 1, "одній — через переїзд до іншої громади", service="social_support_sjo",
           label="переїзд до іншої громади", group="completed_4_by_outcome", parent=sc)
    og = f("support_ongoing", "families", 10, "На 30 червня супровід триває для 10 сімей",
           service="social_support_sjo", parent=su)
    nr = f("served", "persons", 57, "ми передали 57 особам", service="natural_aid",
           note="same 57 as the table row; written twice, two facts")
    av = f("aid_value", "uah", 38600, "на загальну суму 38,6 тис. грн", service="natural_aid")
    ev = f("events", "events", 11, "Провели 11 групових заходів")
    ep = f("event_participants", "persons", 187, "Загалом на них побувало 187 учасників", parent=ev)
    ec = f("event_participants", "children", 64, "з них 64 дитини", parent=ep)
    cl = f("calls", "calls", 52, "На телефон довіри надійшло 52 дзвінки")
    sa = f("staff_actual", "staff", 17, "Працює 17 фахівців")
    sp = f("staff_positions", "positions", 19, "при 19 штатних посадах")
    tr = f("staff_trained", "staff", 4, "Четверо наших працівників пройшли навчання",
           note="number in words")
    cp = f("complaints", "complaints", 0, "Скарг за півріччя не було.")

    n = lambda x: x[1:]  # noqa: E731
    g.check("table_arithmetic", "Усього за півріччя ми надали 3 435 послуг",
            "412 + 230 + 96 + 57 + 2 640 = 3 435", " + ".join(f"f{n(x)}" for x in srv) + f" == f{n(tot)}")
    g.check("parts_sum", "Соціальні послуги ми надали 251 особі", "251 served ≤ 284 applied; 73 IDPs and 29 veterans ≤ 251",
            f"f{n(sv)} <= f{n(ap)} and f{n(idp)} + f{n(vet)} <= f{n(sv)}")
    g.check("parts_sum", "Потреби оцінили 39 сім'ям/особам", "27 + 12 = 39", f"f{n(b1)} + f{n(b2)} == f{n(na)}")
    g.check("parts_sum", "у 8 із них фахівці підтвердили", "8 ≤ 19", f"f{n(sj)} <= f{n(nt)}")
    g.check("parts_sum", "Завершили супровід 4 сім'ям", "3 + 1 = 4", f"f{n(op)} + f{n(oo)} == f{n(sc)}")
    g.check("parts_sum", "На 30 червня супровід триває для 10 сімей", "14 − 4 completed = 10 continuing; 5 started ≤ 14",
            f"f{n(su)} - f{n(sc)} == f{n(og)} and f{n(st)} <= f{n(su)}")
    g.check("internal_conflict", "Соціальний супровід (СЖО)\t14\t96",
            "table 14 = prose 14 families under support; natural aid 57 in the table = 57 in the prose",
            f"f{n(rec[2])} == f{n(su)} and f{n(rec[3])} == f{n(nr)}")
    g.check("parts_sum", "з них 64 дитини", "64 ≤ 187", f"f{n(ec)} <= f{n(ep)}")
    g.check("parts_sum", "Працює 17 фахівців при 19 штатних посадах, 2 вакансії",
            "17 + 2 vacancies (literal) = 19; 4 trained ≤ 17", f"f{n(sa)} + 2 == f{n(sp)} and f{n(tr)} <= f{n(sa)}")
    g.check("parts_sum", "Консультування\t198\t412",
            "each service's recipients ≤ 251", " and ".join(f"f{n(x)} <= f{n(sv)}" for x in rec))

    g.slip("parts_sum", "error", "Соціальні послуги ми надали 251 особі. Якщо дивитися по старостинських округах",
           247, 251, [sv] + o,
           "by старостинський округ: 96 + 41 + 38 + 45 + 27 = 247, 4 short of the 251 served. The five округи cover the whole hromada, so the list is a partition.",
           " + ".join(f"f{n(x)}" for x in o) + f" == f{n(sv)}")

    sk = g.skip
    sk("13321, с. Вчорайше, вул. Незалежності, 52 | тел. (04143) 0-62-40", [13321, 52, 4143, 6240], "postcode, address, phone")
    sk("ЗВІТ ПРО РОБОТУ ЗА ПЕРШЕ ПІВРІЧЧЯ 2025 РОКУ", [2025], "period (meta)")
    sk("У січні–червні 2025 року", [2025], "period")
    sk("на 37 більше, ніж за перше півріччя торік", [37], "difference with the prior year")
    sk("округ № 1 (с. Вчорайше)", [1, 2, 3, 4, 5], "округ numbers")
    sk("ПОСЛУГИ (станом на 30.06.2025)", [30, 6, 2025], "date")
    sk("тому отримувачів у таблиці більше, ніж 251", [251], "the 251 repeated in an explanation, not a new statement of the figure")
    sk("Найбільша партія — 120 кг круп — надійшла у квітні.", [120], "kilograms; no §3 id")
    sk("(з 18:00 до 21:00)", [18, 21], "hours")
    sk("2 вакансії фахівця із соціальної роботи відкриті", [2], "vacancies; no §3 id (literal in a check)")
    sk("(48 годин)", [48], "duration")
    sk("плануємо відкрити групу денного догляду для 15 дітей з інвалідністю", [15], "plan")
    sk("Звіт підготовлено 07.07.2025. Контакт для уточнень: 067 000 41 18.", [7, 7, 2025, 67, 0, 41, 18], "date and mobile phone")

    g.note("«перше півріччя 2025 року» → period_report 2025-01-01..2025-06-30")
    g.note("the plain-text table: each row is two facts (recipients → served with service, hung on the 251; services → services_provided in a group under the 3 435 total). The text says recipients overlap, so the recipients column has no group and no sum check")
    g.note("«Соціальний супровід (СЖО)» table row → service social_support_sjo; the 14 families in prose are a separate fact (unit families) from the table's 14 «отримувачів» (unit recipients, unit_alt persons)")
    g.note("«П'ять сімей», «трьом», «одній», «Четверо» are numbers in words and are facts")
    g.note("«На 30 червня супровід триває для 10 сімей» → support_ongoing")
    g.note("«на них побувало 187 учасників, з них 64 дитини» → event_participants persons with a children sub-row")
    g.note("planted slip: старостинські округи sum to 247 of 251")
    g.write()


if __name__ == "__main__":
    main()
