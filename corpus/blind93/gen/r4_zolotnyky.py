"""b93_04: КУ «ЦНСП» Золотниківської сільської ради (Тернопільська), internal quality assessment of 2021.
UTF-8 TXT (LF), impersonal voice, criteria as a dash list. Planted slip: rating_band (своєчасність 87,5 %
rated «добре», but the text's band for «добре» is 90–100 %)."""
from common import Gold, report_path, write_text

DOC = "b93_04_zolotnyky_cnsp_internal2021.txt"

TEXT = """ЗВІТ
про результати внутрішньої оцінки якості соціальних послуг,
наданих комунальною установою «Центр надання соціальних послуг» Золотниківської сільської ради у 2021 році

Оцінку проведено відповідно до наказу директора Центру від 10.01.2022 № 3-од робочою групою у складі 5 осіб у період з 12 по 28 січня 2022 року. Оцінювались послуги, надані з 1 січня по 31 грудня 2021 року.

1. Обсяг наданих послуг
Протягом 2021 року соціальні послуги Центру отримали 368 осіб: інформування – 204 особи, консультування – 118 осіб, догляд вдома – 37 осіб, соціальний супровід сімей, які перебувають у складних життєвих обставинах, – 9 сімей (у них 23 дитини). Надано 5 317 послуг, з них 4 606 – догляду вдома.

2. Методи оцінювання
Опрацьовано 24 особові справи отримувачів, проведено спостереження під час 6 візитів, здійснено анкетування. В анкетуванні взяли участь 48 отримувачів: 29 – послуги догляду вдома, 19 – послуги консультування. Вік респондентів – від 19 до 91 року.

3. Шкала оцінювання
Рівень дотримання критерію визначався за часткою позитивних відповідей: 90–100 % – «добре», 70–89,9 % – «задовільно», менше 70 % – «незадовільно».

4. Результати за критеріями
- адресність та індивідуальний підхід – 95,8 % позитивних відповідей, «добре»;
- результативність – 91,7 %, «добре»;
- своєчасність – 87,5 %, «добре»;
- доступність та відкритість – 89,6 %, «задовільно»;
- повага до гідності отримувача – 100 %, «добре»;
- професійність – 97,9 %, «добре».
Зауваження щодо доступності стосувалися відсутності пандуса біля входу до адмінбудівлі (вул. Шевченка, 2).

Загальний рівень задоволеності отримувачів якістю послуг становить 93,8 %. Скарг від отримувачів протягом 2021 року не надійшло.

5. Кадрове забезпечення
Послуги надають 11 працівників Центру при штатній чисельності 12 посад. У 2021 році 5 фахівців пройшли навчання за програмою «Базові навички соціальної роботи» (40 годин).

6. Висновок
Загальна оцінка якості соціальних послуг, наданих Центром у 2021 році, – «добре».

Рекомендовано: до 01.06.2022 облаштувати пандус; щокварталу проводити опитування отримувачів послуги консультування.

Голова робочої групи                  ________
31.01.2022
"""


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Золотниківської сільської ради",
        "centre_type": "cnsp", "settlement": "Золотники",
        "report_kind": "internal_assessment", "period_start": "2021-01-01", "period_end": "2021-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Золотниківської сільської ради",
        "КУ «Центр надання соціальних послуг» Золотниківської сільської ради"]})
    f = g.f
    tot = f("served", "persons", 368, "соціальні послуги Центру отримали 368 осіб")
    s1 = f("served", "persons", 204, "інформування – 204 особи", service="informing", group="served_368_by_service",
           parent=tot)
    s2 = f("served", "persons", 118, "консультування – 118 осіб", service="counselling",
           group="served_368_by_service", parent=tot)
    s3 = f("served", "persons", 37, "догляд вдома – 37 осіб", service="home_care", group="served_368_by_service",
           parent=tot)
    s4 = f("served", "families", 9, "у складних життєвих обставинах, – 9 сімей", service="social_support_sjo",
           group="served_368_by_service", parent=tot)
    s4c = f("served", "children", 23, "(у них 23 дитини)", service="social_support_sjo", parent=s4)
    sp = f("services_provided", "services", 5317, "Надано 5 317 послуг")
    sp1 = f("services_provided", "services", 4606, "з них 4 606 – догляду вдома", service="home_care", parent=sp)
    sv = f("survey_respondents", "recipients", 48, "В анкетуванні взяли участь 48 отримувачів", unit_alt="persons")
    sv1 = f("survey_respondents", "persons", 29, "29 – послуги догляду вдома", service="home_care",
            group="survey_48_by_service", parent=sv, unit_alt="recipients")
    sv2 = f("survey_respondents", "persons", 19, "19 – послуги консультування", service="counselling",
            group="survey_48_by_service", parent=sv, unit_alt="recipients")
    crit = [("targeting", "адресність та індивідуальний підхід – 95,8 % позитивних відповідей", 95.8,
             "адресність та індивідуальний підхід – 95,8 % позитивних відповідей, «добре»", "good"),
            ("effectiveness", "результативність – 91,7 %", 91.7, "результативність – 91,7 %, «добре»", "good"),
            ("timeliness", "своєчасність – 87,5 %", 87.5, "своєчасність – 87,5 %, «добре»", "good"),
            ("accessibility", "доступність та відкритість – 89,6 %", 89.6,
             "доступність та відкритість – 89,6 %, «задовільно»", "satisfactory"),
            ("dignity", "повага до гідності отримувача – 100 %", 100, "повага до гідності отримувача – 100 %, «добре»",
             "good"),
            ("professionalism", "професійність – 97,9 %", 97.9, "професійність – 97,9 %, «добре»", "good")]
    shares, rates = {}, {}
    for cid, q, v, rq, r in crit:
        shares[cid] = f("share", "percent", v, q, criterion=cid, alt=["satisfaction"],
                        label="частка позитивних відповідей")
        rates[cid] = f("rating", "rating", r, rq, criterion=cid)
    sat = f("satisfaction", "percent", 93.8, "Загальний рівень задоволеності отримувачів якістю послуг становить 93,8 %",
            alt=["share"])
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2021 року не надійшло.")
    act = f("staff_actual", "staff", 11, "Послуги надають 11 працівників Центру")
    pos = f("staff_positions", "positions", 12, "при штатній чисельності 12 посад")
    tr = f("staff_trained", "staff", 5, "У 2021 році 5 фахівців пройшли навчання")
    ov = f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих Центром у 2021 році, – «добре»",
           criterion="overall")

    B = "[(90, 100, 'good'), (70, 89.9, 'satisfactory'), (0, 69.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", "своєчасність – 87,5 %, «добре»", "good", "satisfactory",
           [shares["timeliness"], rates["timeliness"]],
           "87,5 % lies in the text's own band 70–89,9 % «задовільно», but the criterion is rated «добре»",
           f"band({shares['timeliness']}, {B}) == {rates['timeliness']}")
    for cid in ("targeting", "effectiveness", "accessibility", "dignity", "professionalism"):
        s, r = shares[cid], rates[cid]
        g.check("rating_band", dict((c[0], c[3]) for c in crit)[cid],
                f"{cid}: the share falls in the band of its rating", f"band({s}, {B}) == {r}")
    for cid in shares:
        g.check("percent_impossible", dict((c[0], c[1]) for c in crit)[cid],
                f"{cid}: reachable with 48 respondents", f"grim_ok({shares[cid]}, {sv}, 1)")
    g.check("percent_impossible", "Загальний рівень задоволеності отримувачів якістю послуг становить 93,8 %",
            "45 / 48 = 93,75 % → 93,8", f"grim_ok({sat}, {sv}, 1)")
    g.check("parts_sum", "соціальні послуги Центру отримали 368 осіб", "204 + 118 + 37 + 9 = 368",
            f"{s1} + {s2} + {s3} + {s4} == {tot}")
    g.check("parts_sum", "В анкетуванні взяли участь 48 отримувачів", "29 + 19 = 48", f"{sv1} + {sv2} == {sv}")
    g.check("parts_sum", "з них 4 606 – догляду вдома", "4 606 ≤ 5 317", f"{sp1} <= {sp}")
    g.check("parts_sum", "Послуги надають 11 працівників Центру", "5 ≤ 11 ≤ 12", f"{tr} <= {act} <= {pos}")

    sk = g.skip
    sk("у 2021 році", [2021], "year of the assessed period")
    sk("від 10.01.2022 № 3-од робочою групою у складі 5 осіб у період з 12 по 28 січня 2022 року",
       [10, 1, 2022, 3, 5, 12, 28, 2022], "order date/number, commission size, assessment dates")
    sk("з 1 січня по 31 грудня 2021 року", [1, 31, 2021], "assessed period")
    sk("1. Обсяг наданих послуг", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    sk("Протягом 2021 року", [2021], "year")
    sk("Опрацьовано 24 особові справи отримувачів, проведено спостереження під час 6 візитів", [24, 6],
       "case files and observation visits (methods): no §3 id")
    sk("Вік респондентів – від 19 до 91 року.", [19, 91], "ages")
    sk("90–100 % – «добре», 70–89,9 % – «задовільно», менше 70 % – «незадовільно»", [90, 100, 70, 89.9, 70],
       "band definitions")
    sk("(вул. Шевченка, 2)", [2], "address")
    sk("протягом 2021 року", [2021], "year")
    sk("(40 годин)", [40], "duration of the training")
    sk("У 2021 році", [2021], "year")
    sk("Рекомендовано: до 01.06.2022", [1, 6, 2022], "deadline of a recommendation")
    sk("31.01.2022", [31, 1, 2022], "date of the report")
    g.note("oblast is not stated in the text (Золотники is in Тернопільська) → omitted from meta")
    g.note("criterion shares → share with criterion (alt satisfaction), label «частка позитивних відповідей»; "
           "each criterion's rating is its own fact; the overall rating in the conclusion is criterion overall")
    g.note("«соціальний супровід … – 9 сімей» is one of the four parts of «368 осіб»: the text counts the "
           "families as one unit each in the total (204 + 118 + 37 + 9 = 368), so the part has unit families")
    g.note("bands as written: 90–100 % добре, 70–89,9 % задовільно, under 70 % незадовільно; 89,6 % "
           "«задовільно» is consistent")
    g.note("«48 отримувачів» → recipients (unit_alt persons); the parts «29 – послуги догляду вдома» are "
           "persons (unit_alt recipients)")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT)
    gold().write()
