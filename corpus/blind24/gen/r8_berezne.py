"""b24_08: external quality assessment (Рівненський обласний центр соціальних служб) of the social support provided in 2024
by the Центр соціальних служб Березнівської міської ради (Рівненська). Plain text, UTF-8, LF, one paragraph a line."""
from common import Gold, report_path, write_text

DOC = "b24_08_berezne_css_external2024.txt"

CRIT = [  # text, positive answers, share as written, rating as written, criterion id, value, rating id
    ("адресність та індивідуальний підхід", 27, "93,1", "добре", "targeting", 93.1, "good"),
    ("результативність", 25, "86,2", "добре", "effectiveness", 86.2, "good"),
    ("своєчасність", 24, "82,8", "добре", "timeliness", 82.8, "good"),
    ("доступність та відкритість", 28, "96,6", "добре", "accessibility", 96.6, "good"),
    ("зручність", 26, "89,7", "добре", "convenience", 89.7, "good"),
    ("повага до гідності отримувача", 29, "100", "добре", "dignity", 100, "good"),
    ("професійність", 27, "93,1", "добре", "professionalism", 93.1, "good"),
    ("незалежність отримувача", 22, "75,9", "задовільно", "independence", 75.9, "satisfactory"),
    ("захист та безпека", 28, "96,6", "добре", "safety", 96.6, "good"),
    ("конфіденційність інформації", 29, "100", "добре", "confidentiality", 100, "good"),
]


def cline(i, c):
    end = "." if i == len(CRIT) else ";"
    word = "позитивні відповіді" if c[1] % 10 in (2, 3, 4) and c[1] % 100 not in (12, 13, 14) else "позитивних відповідей"
    return f"{i}) {c[0]} – {c[1]} {word} із 29 ({c[2]} %), оцінка «{c[3]}»{end}"


TEXT = """РІВНЕНСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
33028, м. Рівне, вул. Соборна, 16; тел. (0362) 0-26-48; ocss.rivne@example.ua

ВИСНОВОК
за результатами зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої Центром соціальних служб Березнівської міської ради Рівненського району Рівненської області у 2024 році

Оцінку проведено комісією обласного центру у складі 4 осіб відповідно до наказу від 03.03.2025 № 27-од у період з 10 по 14 березня 2025 року. Оцінювався період з 01.01.2024 по 31.12.2024.

I. Відомості про надання послуги
У 2024 році під соціальним супроводом Центру перебувало 74 сім'ї, у яких виховувалося 168 дітей, у тому числі сімей внутрішньо переміщених осіб – 16 (21,6 %). Протягом року взято під супровід 49 сімей. Завершено надання послуги 46 сім'ям: з позитивним результатом – 33, мінімізовано складні життєві обставини – 9, з інших причин – 4 (переїзд – 3, відмова отримувача – 1). На 01.01.2025 продовжують отримувати послугу 28 сімей.
Соціальний супровід забезпечують 5 фахівців із соціальної роботи (штатом передбачено 6 посад); усі п'ятеро у 2024 році пройшли навчання за програмою обласного центру. Середнє навантаження – 14,8 сім'ї на одного фахівця при рекомендованих не більше 10.
Скарг від отримувачів послуги у 2024 році не надходило.

II. Методи
Комісія вивчила 30 особових справ (40,5 % від 74), здійснила 12 візитів до сімей і провела співбесіди з фахівцями. В анкетуванні взяли участь 29 отримувачів послуги (по одному представнику від сім'ї).
Рівні оцінки, прийняті комісією: «добре» – понад 85 % позитивних відповідей, «задовільно» – від 65 до 85 %, «незадовільно» – менше 65 %.

III. Результати за критеріями
@@CRIT@@

IV. Висновок
Загальна оцінка якості послуги – «добре» (середня частка позитивних відповідей – 91,4 %).
Рекомендації: 1) зменшити навантаження на фахівців, ввівши 1 додаткову посаду до 01.09.2025; 2) розробити порядок залучення отримувачів до складання плану супроводу до 30.06.2025.

Директор обласного центру (підпис)
17.03.2025
""".replace("@@CRIT@@", "\n".join(cline(i, c) for i, c in enumerate(CRIT, 1)))


def build():
    write_text(report_path(DOC), TEXT, encoding="utf-8", newline="\n")


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Березнівської міської ради",
        "centre_type": "css", "settlement": "Березне", "oblast": "Рівненська",
        "report_kind": "external_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Центр соціальних служб Березнівської міської ради Рівненського району Рівненської області"]})
    f = g.f
    sq = "під соціальним супроводом Центру перебувало 74 сім'ї"
    s = f("served", "families", 74, sq, service="social_support_sjo", alt=["support_ongoing"])
    sc = f("served", "children", 168, "у яких виховувалося 168 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=s)
    si = f("served", "families", 16, "сімей внутрішньо переміщених осіб – 16 (21,6 %)", percent=21.6, service="social_support_sjo",
           category="сім'ї внутрішньо переміщених осіб", alt=["support_ongoing"], parent=s)
    st = f("support_started", "families", 49, "взято під супровід 49 сімей", service="social_support_sjo")
    cq = "Завершено надання послуги 46 сім'ям"
    cp = f("support_completed", "families", 46, cq, service="social_support_sjo")
    gr = "completed_46_by_outcome"
    o1 = f("outcome_positive", "families", 33, "з позитивним результатом – 33", service="social_support_sjo", group=gr, parent=cp)
    o2 = f("outcome_minimized", "families", 9, "мінімізовано складні життєві обставини – 9", service="social_support_sjo", group=gr, parent=cp)
    o3 = f("outcome_other", "families", 4, "з інших причин – 4", service="social_support_sjo", label="інші причини", group=gr, parent=cp)
    o31 = f("outcome_other", "families", 3, "переїзд – 3", service="social_support_sjo", label="переїзд", group="other_4_by_reason", parent=o3)
    o32 = f("outcome_other", "families", 1, "відмова отримувача – 1", service="social_support_sjo", label="відмова отримувача",
            group="other_4_by_reason", parent=o3, alt=["outcome_negative"])
    on = f("support_ongoing", "families", 28, "продовжують отримувати послугу 28 сімей", service="social_support_sjo")
    act = f("staff_actual", "staff", 5, "Соціальний супровід забезпечують 5 фахівців із соціальної роботи", label="фахівці із соціальної роботи")
    pos = f("staff_positions", "positions", 6, "штатом передбачено 6 посад")
    tr = f("staff_trained", "staff", 5, "усі п'ятеро у 2024 році пройшли навчання", note="number in words")
    co = f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році не надходило.")
    sr = f("survey_respondents", "recipients", 29, "В анкетуванні взяли участь 29 отримувачів послуги", unit_alt="persons")
    sh, rt = {}, {}
    for i, c in enumerate(CRIT, 1):
        q = cline(i, c)
        sh[c[4]] = f("share", "percent", c[5], q, criterion=c[4], label=c[0], alt=["satisfaction"])
        rt[c[4]] = f("rating", "rating", c[6], q, criterion=c[4])
    ov = f("rating", "rating", "good", "Загальна оцінка якості послуги – «добре»", criterion="overall")
    ovs = f("share", "percent", 91.4, "(середня частка позитивних відповідей – 91,4 %)", criterion="overall", label="середня частка позитивних відповідей",
            alt=["satisfaction"])

    bands = "[(85.0001, 100, 'good'), (65, 85, 'satisfactory'), (0, 64.9999, 'unsatisfactory')]"
    tm = "timeliness"
    g.slip("rating_band", "error", cline(3, CRIT[2]), "добре", "задовільно", [sh[tm], rt[tm]],
           "the commission's own bands give «добре» only above 85 %; 82,8 % falls in «задовільно» (65–85 %)",
           f"band({sh[tm]}, {bands}) == {rt[tm]}")
    g.check("rating_band", "Рівні оцінки, прийняті комісією", "the nine other ratings match the bands (75,9 % «задовільно», the rest above 85 % «добре»)",
            "all([" + ", ".join(f"band({sh[c]}, {bands}) == {rt[c]}" for c in sh if c != tm) + "])")
    for i, c in enumerate(CRIT, 1):
        g.check("percent_mismatch", cline(i, c), f"{c[1]}/29 = {100 * c[1] / 29:.2f} → {c[2]}", f"pct_ok({sh[c[4]]}, {c[1]}, {sr}, 1)")
    g.check("percent_mismatch", "(середня частка позитивних відповідей – 91,4 %)", "mean of the ten shares = 914,0 / 10 = 91,4",
            "near(round((" + " + ".join(sh[c] for c in sh) + f") / 10, 1), {ovs})")
    g.check("percent_mismatch", "сімей внутрішньо переміщених осіб – 16 (21,6 %)", "16/74 = 21,62 → 21,6", f"pct_ok(p{si[1:]}, {si}, {s}, 1)")
    g.check("parts_sum", cq, "33 + 9 + 4 = 46; 3 + 1 = 4", f"{o1} + {o2} + {o3} == {cp} and {o31} + {o32} == {o3}")
    g.check("parts_sum", "продовжують отримувати послугу 28 сімей", "74 − 46 = 28; 49 taken ≤ 74", f"{s} - {cp} == {on} and {st} <= {s}")
    g.check("percent_mismatch", "30 особових справ (40,5 % від 74)", "30/74 = 40,54 → 40,5", f"pct_ok(40.5, 30, {s}, 1)")
    g.check("parts_sum", "(штатом передбачено 6 посад)", "5 working ≤ 6 positions; all 5 trained", f"{act} <= {pos} and {tr} == {act}")
    sk = g.skip
    sk("33028, м. Рівне, вул. Соборна, 16; тел. (0362) 0-26-48", [33028, 16, 362, 2648], "address and phone of the assessing oblast centre")
    sk("у 2024 році", [2024], "year (period)")
    sk("комісією обласного центру у складі 4 осіб відповідно до наказу від 03.03.2025 № 27-од у період з 10 по 14 березня 2025 року", [4, 3, 3, 2025, 27, 10, 14, 2025],
       "commission size, order date and number, assessment dates")
    sk("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 1, 2024, 31, 12, 2024], "assessed period (meta)")
    sk("На 01.01.2025", [1, 1, 2025], "date")
    sk("Середнє навантаження – 14,8 сім'ї на одного фахівця при рекомендованих не більше 10.", [14.8, 10], "caseload ratio and norm")
    sk("Комісія вивчила 30 особових справ (40,5 % від 74), здійснила 12 візитів до сімей", [30, 40.5, 74, 12],
       "case files studied (with their share of the 74 families) and visits: no §3 id; used as literals in a check")
    sk("«добре» – понад 85 % позитивних відповідей, «задовільно» – від 65 до 85 %, «незадовільно» – менше 65 %", [85, 65, 85, 65], "the commission's rating bands")
    sk("позитивних відповідей із 29", [27, 25, 24, 28, 26, 29, 27, 22, 28, 29],
       "counts of positive answers per criterion (no §3 id); the shares carry the figures, the counts are literals in the checks; «із 29» repeats the respondents")
    sk("1) адресність", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "list item numbers")
    sk("Рекомендації: 1) зменшити навантаження на фахівців, ввівши 1 додаткову посаду до 01.09.2025; 2) розробити порядок залучення отримувачів до складання плану супроводу до 30.06.2025.",
       [1, 1, 1, 9, 2025, 2, 30, 6, 2025], "recommendation numbers, an additional position (plan), deadlines")
    sk("17.03.2025", [17, 3, 2025], "date of the conclusion")
    g.note("written by the Рівненський обласний центр соціальних служб about the ЦСС of Березнівська міська рада: meta centre is the assessed provider; the period is 2024")
    g.note("each criterion line gives a count of positive answers, a share and a rating: the share (share with criterion, alt satisfaction) and the rating are facts; the count of positive answers has no §3 id and is used in the percent checks as a literal")
    g.note("the overall «добре» and the mean share 91,4 % (criterion overall) are facts")
    g.note("«з інших причин – 4 (переїзд – 3, відмова отримувача – 1)» → outcome_other 4 with two labelled parts")
    g.note("«усі п'ятеро … пройшли навчання» → staff_trained 5 (number in words)")
    g.note("the bands are the document's own: «добре» above 85 %, «задовільно» 65–85 %; verify uses 85.0001 as the lower edge of «добре»")
    g.write()


if __name__ == "__main__":
    build()
    gold()
