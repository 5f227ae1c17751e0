"""b111_05: ЦСС Попельнастівської сільської ради (Кіровоградська), internal quality assessment of the social
support service for 2021. UTF-8 TXT, LF, long paragraph lines, a pipe table of criteria; impersonal voice."""
from common import Gold, report_path, write_text

DOC = "b111_05_popelnaste_css_internal2021.txt"

TEXT = """\
ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ПОПЕЛЬНАСТІВСЬКОЇ СІЛЬСЬКОЇ РАДИ
Олександрійського району Кіровоградської області
28040, с. Попельнасте, вул. Незалежності, 9, тел. (05242) 0-46-13, css.popelnaste@example.ua

ЗВІТ
про проведення внутрішньої оцінки якості надання соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, за 2021 рік

I. Загальні положення

Внутрішню оцінку якості проведено відповідно до наказу Мінсоцполітики від 27.12.2013 № 904 та наказу директора Центру від 11.01.2022 № 3-од комісією у складі 3 осіб у період з 12 по 21 січня 2022 року. Оцінювалася послуга, надана у період з 01.01.2021 по 31.12.2021.

Використано методи: аналіз 19 особових справ отримувачів, анкетування, бесіди з отримувачами та фахівцями, спостереження.

II. Основні показники надання послуги

У 2021 році послугу соціального супроводу отримували 19 сімей, у яких виховується 41 дитина, з них 7 дітей віком до 3 років. Протягом року під супровід взято 6 сімей; решта сімей перейшла з 2020 року.

Надання послуги завершено 8 сім'ям: з позитивним результатом – 5, у зв'язку зі зміною місця проживання – 2, у зв'язку з відмовою від послуги – 1. На 2022 рік надання послуги продовжено 11 сім'ям.

Послугу надають 2 фахівці із соціальної роботи (за штатом – 2,5 посади). Середня тривалість супроводу однієї сім'ї – 6 місяців. Скарг від отримувачів послуги у 2021 році не надходило.

III. Результати анкетування

В анкетуванні взяли участь 27 отримувачів послуги (повнолітні члени сімей). Загалом послугою задоволені 92,6 % опитаних, частково задоволені – 7,4 %, не задоволених немає.

Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: 80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно».

Таблиця 1. Оцінка якості за критеріями

 № | Критерій                                   | Позитивних відповідей, % | Оцінка
 1 | Адресність та індивідуальний підхід        | 92,6                     | добре
 2 | Результатність                             | 66,7                     | задовільно
 3 | Своєчасність                               | 77,8                     | добре
 4 | Доступність та відкритість                 | 88,9                     | добре
 5 | Повага до гідності отримувача              | 100                      | добре
 6 | Професійність                              | 96,3                     | добре
 7 | Конфіденційність                           | 100                      | добре
   | Загальна оцінка                            |                          | добре

IV. Висновки та рекомендації

За результатами внутрішньої оцінки якість надання послуги соціального супроводу визнано на рівні «добре». Водночас результатність послуги оцінено як «задовільно»: лише 5 із 8 сімей, яким завершено супровід, подолали складні життєві обставини.

Рекомендовано:
1) переглянути індивідуальні плани 4 сімей, які перебувають під супроводом понад 9 місяців, – до 01.04.2022;
2) забезпечити участь фахівців у навчанні з кейс-менеджменту (не менше 24 годин на рік);
3) повторну внутрішню оцінку провести у січні 2023 року.

Голова комісії (підпис)
24.01.2022
"""


def build():
    write_text(report_path(DOC), TEXT)


CRIT = [("targeting", "1\tАдресність та індивідуальний підхід\t92,6\tдобре", 92.6, "good"),
        ("effectiveness", "2\tРезультатність\t66,7\tзадовільно", 66.7, "satisfactory"),
        ("timeliness", "3\tСвоєчасність\t77,8\tдобре", 77.8, "good"),
        ("accessibility", "4\tДоступність та відкритість\t88,9\tдобре", 88.9, "good"),
        ("dignity", "5\tПовага до гідності отримувача\t100\tдобре", 100, "good"),
        ("professionalism", "6\tПрофесійність\t96,3\tдобре", 96.3, "good"),
        ("confidentiality", "7\tКонфіденційність\t100\tдобре", 100, "good")]
BANDS = "[(80, 100, 'good'), (51, 79, 'satisfactory'), (0, 50, 'unsatisfactory')]"


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Попельнастівської сільської ради",
        "centre_type": "css", "settlement": "Попельнасте", "oblast": "Кіровоградська",
        "report_kind": "internal_assessment", "period_start": "2021-01-01", "period_end": "2021-12-31",
    })
    f = g.f
    n = lambda x: int(x[1:])  # noqa: E731
    F = lambda x: f"f{n(x)}"  # noqa: E731
    sv = f("served", "families", 19, "У 2021 році послугу соціального супроводу отримували 19 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_sjo",
           alt=["support_ongoing"], parent=sv)
    c3 = f("served", "children", 7, "з них 7 дітей віком до 3 років", service="social_support_sjo",
           category="діти віком до 3 років", alt=["support_ongoing"], parent=ch)
    st = f("support_started", "families", 6, "Протягом року під супровід взято 6 сімей", service="social_support_sjo",
           parent=sv)
    co = f("support_completed", "families", 8, "Надання послуги завершено 8 сім'ям", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 5, "з позитивним результатом – 5", group="completed_8_by_outcome", parent=co)
    o2 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", label="зміна місця проживання",
           group="completed_8_by_outcome", parent=co)
    o3 = f("outcome_other", "families", 1, "у зв'язку з відмовою від послуги – 1", label="відмова від послуги",
           group="completed_8_by_outcome", parent=co)
    on = f("support_ongoing", "families", 11, "На 2022 рік надання послуги продовжено 11 сім'ям",
           service="social_support_sjo")
    act = f("staff_actual", "staff", 2, "Послугу надають 2 фахівці із соціальної роботи", service="social_support_sjo")
    pos = f("staff_positions", "positions", 2.5, "за штатом – 2,5 посади", service="social_support_sjo")
    f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2021 році не надходило")
    rs = f("survey_respondents", "recipients", 27, "В анкетуванні взяли участь 27 отримувачів послуги",
           unit_alt="persons")
    s1 = f("satisfaction", "percent", 92.6, "Загалом послугою задоволені 92,6 % опитаних", alt=["share"],
           label="задоволені послугою")
    s2 = f("share", "percent", 7.4, "частково задоволені – 7,4 %", alt=["satisfaction"],
           label="частково задоволені послугою")
    share_ids, rating_ids = [], []
    for crit, q, p, r in CRIT:
        share_ids.append(f("share", "percent", p, q, criterion=crit, alt=["satisfaction"],
                           label="частка позитивних відповідей"))
        rating_ids.append(f("rating", "rating", r, q, criterion=crit))
    ov = f("rating", "rating", "good", "\tЗагальна оцінка\t\tдобре", criterion="overall")
    ov2 = f("rating", "rating", "good", "якість надання послуги соціального супроводу визнано на рівні «добре»",
            criterion="overall", note="the overall rating of the table repeated in the conclusions: a second fact")
    ef2 = f("rating", "rating", "satisfactory", "результатність послуги оцінено як «задовільно»",
            criterion="effectiveness", note="the table's rating repeated in the conclusions: a second fact")
    o1b = f("outcome_positive", "families", 5, "лише 5 із 8 сімей",
            note="the 5 positive outcomes of section II repeated in the conclusions")
    cob = f("support_completed", "families", 8, "5 із 8 сімей, яким завершено супровід", service="social_support_sjo",
            note="the 8 completed of section II repeated in the conclusions")
    i3 = 2
    g.slip("rating_band", "error", "3\tСвоєчасність\t77,8\tдобре", "good", "satisfactory",
           [share_ids[i3], rating_ids[i3]],
           "Своєчасність 77,8 % falls in the document's own band 51–79 % «задовільно», but is rated «добре» (80–100 %)",
           f"band({F(share_ids[i3])}, {BANDS}) == {F(rating_ids[i3])}")
    for i, (crit, q, p, r) in enumerate(CRIT):
        if i != i3:
            g.check("rating_band", q, f"{crit}: {p} % lies in the band of «{r}»",
                    f"band({F(share_ids[i])}, {BANDS}) == {F(rating_ids[i])}")
    g.check("percent_impossible", "Позитивних відповідей, %",
            "every criterion share is reachable with 27 respondents (25, 18, 21, 24, 27, 26, 27 of 27)",
            "all([" + ", ".join(f"grim_ok({F(x)}, {F(rs)}, 1)" for x in share_ids) + "])")
    g.check("percents_sum", "Загалом послугою задоволені 92,6 % опитаних, частково задоволені – 7,4 %",
            "92,6 + 7,4 = 100 («не задоволених немає»)", f"psum_ok([{F(s1)}, {F(s2)}], 1)")
    g.check("percent_impossible", "Загалом послугою задоволені 92,6 % опитаних", "25 and 2 of 27",
            f"grim_ok({F(s1)}, {F(rs)}, 1) and grim_ok({F(s2)}, {F(rs)}, 1)")
    g.check("parts_sum", "Надання послуги завершено 8 сім'ям", "5 + 2 + 1 = 8", f"{F(o1)} + {F(o2)} + {F(o3)} == {F(co)}")
    g.check("parts_sum", "На 2022 рік надання послуги продовжено 11 сім'ям", "8 completed + 11 continued = 19",
            f"{F(co)} + {F(on)} == {F(sv)}")
    g.check("parts_sum", "Протягом року під супровід взято 6 сімей", "6 ≤ 19; 7 ≤ 41",
            f"{F(st)} <= {F(sv)} and {F(c3)} <= {F(ch)}")
    g.check("internal_conflict", "лише 5 із 8 сімей", "the conclusions repeat 5 of 8 as in section II",
            f"{F(o1b)} == {F(o1)} and {F(cob)} == {F(co)}")
    g.check("internal_conflict", "визнано на рівні «добре»", "overall rating the same in table and conclusions; "
            "effectiveness «задовільно» the same", f"{F(ov2)} == {F(ov)} and {F(ef2)} == {F(rating_ids[1])}")
    g.check("parts_sum", "Послугу надають 2 фахівці", "2 ≤ 2,5 positions", f"{F(act)} <= {F(pos)}")
    S = g.skip
    S("28040, с. Попельнасте, вул. Незалежності, 9, тел. (05242) 0-46-13", [28040, 9, 5242, 4613],
      "postcode, address, phone (invalid 0 after the area code)")
    S("за 2021 рік", [2021], "year of the title")
    S("наказу Мінсоцполітики від 27.12.2013 № 904 та наказу директора Центру від 11.01.2022 № 3-од", [27, 12, 2013, 904, 11, 1, 2022, 3],
      "order dates and numbers")
    S("комісією у складі 3 осіб у період з 12 по 21 січня 2022 року", [3, 12, 21, 2022], "commission size, assessment dates")
    S("у період з 01.01.2021 по 31.12.2021", [1, 1, 2021, 31, 12, 2021], "assessed period")
    S("аналіз 19 особових справ", [19], "case files analysed (method)")
    S("решта сімей перейшла з 2020 року", [2020], "year")
    S("Середня тривалість супроводу однієї сім'ї – 6 місяців", [6], "duration")
    S("80–100 % – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно»", [80, 100, 51, 79, 0, 50], "rating bands")
    S("Таблиця 1. Оцінка якості за критеріями", [1], "table number")
    S("№\tКритерій", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    S("віком до 3 років", [3], "age")
    S("переглянути індивідуальні плани 4 сімей, які перебувають під супроводом понад 9 місяців, – до 01.04.2022",
      [1, 4, 9, 1, 4, 2022], "recommendation: families to review, duration, deadline")
    S("(не менше 24 годин на рік)", [2, 24], "recommendation number, duration")
    S("повторну внутрішню оцінку провести у січні 2023 року", [3, 2023], "recommendation number, plan date")
    S("Голова комісії (підпис)\n24.01.2022", [24, 1, 2022], "signature date")
    S("I. Загальні положення", ["I", "II", "III", "IV"], "section numbers")
    g.note("Criterion shares of the table → share with criterion (alt satisfaction), label «частка позитивних відповідей»; "
           "ratings → rating with criterion; «Загальна оцінка» → criterion overall. The bands are the document's own.")
    g.note("Planted slip: Своєчасність 77,8 % rated «добре» against the document's band 51–79 % «задовільно».")
    g.note("«Загалом послугою задоволені 92,6 %» → satisfaction (alt share); «частково задоволені – 7,4 %» → share "
           "(alt satisfaction); «не задоволених немає» gives no row (the 0 is not written as a number).")
    g.note("Figures written twice are two facts: the overall and the effectiveness ratings (table + conclusions) and "
           "«5 із 8 сімей» in the conclusions.")
    g.note("The service assessed is social support of families in СЖО: service social_support_sjo on the support rows and on "
           "the staff who deliver it. «за штатом – 2,5 посади» is a fractional fact.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
