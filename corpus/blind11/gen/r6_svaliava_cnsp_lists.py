"""b11_06: a half-year report written in lists (I., II. … / а), б) …), numbers partly in words (HTML, windows-1251)."""
from common import Gold, report_path, write_text

DOC = "b11_06_svaliava_cnsp_h1_2024.html"

TITLE = ("Звіт про роботу Комунальної установи «Центр надання соціальних послуг» Свалявської міської ради "
         "за I півріччя 2024 року")
S = {
    "I": "I. ЗАГАЛЬНІ ВІДОМОСТІ",
    "I.a": "а) Центр утворено рішенням Свалявської міської ради від 23.12.2020 № 1148, він діє на підставі Положення в редакції від 21.02.2023;",
    "I.b": "б) штатна чисельність – двадцять дві посади, фактично працює 20 працівників;",
    "I.c": "в) Центр обслуговує 17 населених пунктів громади, у яких проживає близько тридцяти двох тисяч мешканців.",
    "II": "II. ОХОПЛЕННЯ СОЦІАЛЬНИМИ ПОСЛУГАМИ",
    "II.1": "1. Протягом звітного періоду соціальними послугами охоплено двісті сорок сім сімей та сто дванадцять одиноких осіб.",
    "II.2": "2. З числа сімей-отримувачів:",
    "II.2a": "а) сім’ї з дітьми, які перебувають у складних життєвих обставинах, – 96;",
    "II.2b": "б) сім’ї внутрішньо переміщених осіб – сто двадцять;",
    "II.2c": "в) сім’ї ветеранів війни та загиблих (померлих) Захисників – тридцять одна.",
    "II.3": "3. За видами соціальних послуг:",
    "II.3a": "а) консультування – 318 осіб;",
    "II.3b": "б) інформування – 205 осіб;",
    "II.3c": "в) натуральна допомога – сто сорок чотири особи;",
    "II.3d": "г) соціальний супровід сімей, які перебувають у СЖО, – 27 сімей, у яких виховується шістдесят одна дитина;",
    "II.3e": "ґ) догляд вдома – тридцять одна особа (з них 9 осіб віком понад вісімдесят років).",
    "III": "III. СОЦІАЛЬНИЙ СУПРОВІД СІМЕЙ У СЖО",
    "III.a": "а) взято під соціальний супровід – 14 сімей;",
    "III.b": "б) завершено надання послуги – 11 сімей, з них:",
    "III.b1": "– з позитивним результатом – сім сімей (63,6 %);",
    "III.b2": "– з мінімізацією складних життєвих обставин – дві сім’ї (18,2 %);",
    "III.b3": "– без результату (відмова від послуги) – три сім’ї (27,3 %);",
    "III.c": "в) продовжено надання послуги у другому півріччі – 16 сімей.",
    "IV": "IV. ПІДТРИМКА ВНУТРІШНЬО ПЕРЕМІЩЕНИХ ОСІБ",
    "IV.a": "а) до Центру звернулося 173 внутрішньо переміщені особи;",
    "IV.b": "б) гуманітарну (натуральну) допомогу видано на загальну суму 118,4 тис. грн;",
    "IV.c": "в) у 2 місцях компактного проживання (146 ліжко-місць) фахівці Центру чергують щосереди.",
    "V": "V. ГРУПОВА РОБОТА ТА ЯКІСТЬ ПОСЛУГ",
    "V.a": "а) проведено дев’ять групових заходів, у яких взяли участь 186 осіб;",
    "V.b": "б) в анкетуванні взяли участь сорок п’ять отримувачів; рівень задоволеності якістю послуг – 95,6 %;",
    "V.c": "в) скарг за звітний період не надходило.",
    "VI": "VI. КАДРОВЕ ЗАБЕЗПЕЧЕННЯ",
    "VI.a": "а) підвищили кваліфікацію чотирнадцять працівників (онлайн-курси, тренінги, супервізії);",
    "VI.b": "б) вакантними залишаються дві посади соціального робітника.",
    "VII": "VII. ФІНАНСУВАННЯ",
    "VII.a": "а) касові видатки за I півріччя 2024 року – 4 217,6 тис. грн при річних призначеннях 8 960,0 тис. грн (47,1 %);",
    "VII.b": "б) надійшло коштів за платні соціальні послуги – 64,2 тис. грн;",
    "VII.c": "в) тариф на платну послугу догляду вдома – 58 грн за годину (рішення виконавчого комітету від 14.03.2024 № 52).",
}
ADDR = "89300, Закарпатська обл., Мукачівський р-н, м. Свалява, вул. Визволення, 12. Тел. (03133) 0-27-40"


def block(keys):
    head, items = keys[0], keys[1:]
    lis = "\n".join(f'<li>{S[k]}</li>' if not k.startswith("III.b") or k == "III.b"
                    else f'<li class="sub">{S[k]}</li>' for k in items)
    return f'<h3>{S[head]}</h3>\n<ul class="plain">\n{lis}\n</ul>'


def body():
    parts = [
        block(["I", "I.a", "I.b", "I.c"]),
        f'<h3>{S["II"]}</h3>\n<p>{S["II.1"]}</p>\n<p>{S["II.2"]}</p>\n<ul class="plain">\n'
        + "\n".join(f"<li>{S[k]}</li>" for k in ["II.2a", "II.2b", "II.2c"])
        + f'\n</ul>\n<p>{S["II.3"]}</p>\n<ul class="plain">\n'
        + "\n".join(f"<li>{S[k]}</li>" for k in ["II.3a", "II.3b", "II.3c", "II.3d", "II.3e"]) + "\n</ul>",
        block(["III", "III.a", "III.b", "III.b1", "III.b2", "III.b3", "III.c"]),
        block(["IV", "IV.a", "IV.b", "IV.c"]),
        block(["V", "V.a", "V.b", "V.c"]),
        block(["VI", "VI.a", "VI.b"]),
        block(["VII", "VII.a", "VII.b", "VII.c"]),
    ]
    return "\n".join(parts)


HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Свалявська міська рада - Центр надання соціальних послуг - Звіти</title>
<style>ul.plain{{list-style:none}} li.sub{{margin-left:2em}}</style>
</head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="top"><img src="/img/gerb.gif" alt="Герб"> <b>СВАЛЯВСЬКА МІСЬКА РАДА</b></td></tr>
<tr>
<td width="200" valign="top" class="leftmenu">
<a href="/">Головна</a><br><a href="/news.php">Новини</a><br><a href="/cnsp.php">ЦНСП</a><br><a href="/docs.php">Документи</a><br><a href="/contact.php">Контакти</a>
</td>
<td valign="top" class="content">
<h2>{TITLE}</h2>
<p class="date">Дата публікації: 09.07.2024</p>
{body()}
<p>Директор КУ «ЦНСП» Свалявської міської ради</p>
<p class="addr">{ADDR}</p>
</td>
</tr>
</table>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Свалявської міської ради",
        "centre_type": "cnsp",
        "settlement": "Свалява",
        "oblast": "Закарпатська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-06-30",
        "published": "2024-07-09",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Свалявської міської ради",
                            "КУ «Центр надання соціальних послуг» Свалявської міської ради"]})
    W = "number written in words"
    g.f("staff_positions", "positions", 22, "штатна чисельність – двадцять дві посади", note=W)
    g.f("staff_actual", "staff", 20, "фактично працює 20 працівників")
    f247 = g.f("served", "families", 247, "соціальними послугами охоплено двісті сорок сім сімей", note=W)
    g.f("served", "persons", 112, "сто дванадцять одиноких осіб", category="одинокі особи", note=W)
    g.f("served", "families", 96, S["II.2a"], category="сім'ї з дітьми, які перебувають у складних життєвих обставинах",
        group="served_247_by_category", parent=f247)
    g.f("served", "families", 120, S["II.2b"], category="сім'ї внутрішньо переміщених осіб",
        group="served_247_by_category", parent=f247, note=W)
    g.f("served", "families", 31, S["II.2c"], category="сім'ї ветеранів війни та загиблих (померлих) Захисників",
        group="served_247_by_category", parent=f247, note=W)
    g.f("served", "persons", 318, S["II.3a"], service="counselling")
    g.f("served", "persons", 205, S["II.3b"], service="informing")
    g.f("served", "persons", 144, S["II.3c"], service="natural_aid", note=W)
    f27 = g.f("served", "families", 27, "соціальний супровід сімей, які перебувають у СЖО, – 27 сімей",
              service="social_support_sjo")
    g.f("served", "children", 61, "27 сімей, у яких виховується шістдесят одна дитина", service="social_support_sjo",
        parent=f27, note=W)
    g.f("served", "persons", 31, "догляд вдома – тридцять одна особа", service="home_care", note=W)
    g.f("support_started", "families", 14, S["III.a"], service="social_support_sjo")
    f11 = g.f("support_completed", "families", 11, "б) завершено надання послуги – 11 сімей",
              service="social_support_sjo")
    f7 = g.f("outcome_positive", "families", 7, S["III.b1"], percent=63.6, service="social_support_sjo",
             group="completed_11_by_outcome", parent=f11, note=W)
    f2 = g.f("outcome_minimized", "families", 2, S["III.b2"], percent=18.2, service="social_support_sjo",
             group="completed_11_by_outcome", parent=f11, note=W)
    f3 = g.f("outcome_negative", "families", 3, S["III.b3"], percent=27.3, service="social_support_sjo",
             label="без результату (відмова від послуги)", alt=["outcome_other"],
             group="completed_11_by_outcome", parent=f11, note=W)
    g.f("support_ongoing", "families", 16, S["III.c"], service="social_support_sjo")
    g.f("applied", "persons", 173, "до Центру звернулося 173 внутрішньо переміщені особи",
        category="внутрішньо переміщені особи")
    g.f("aid_value", "uah", 118400, "гуманітарну (натуральну) допомогу видано на загальну суму 118,4 тис. грн",
        service="natural_aid", category="внутрішньо переміщені особи")
    g.f("events", "events", 9, "проведено дев’ять групових заходів", note=W)
    g.f("event_participants", "persons", 186, "у яких взяли участь 186 осіб")
    g.f("survey_respondents", "recipients", 45, "в анкетуванні взяли участь сорок п’ять отримувачів",
        unit_alt="persons", note=W)
    g.f("satisfaction", "percent", 95.6, "рівень задоволеності якістю послуг – 95,6 %", alt=["share"])
    g.f("complaints", "complaints", 0, "скарг за звітний період не надходило")
    g.f("staff_trained", "staff", 14, "підвищили кваліфікацію чотирнадцять працівників", note=W)
    g.f("budget_spent", "uah", 4217600, "касові видатки за I півріччя 2024 року – 4 217,6 тис. грн", percent=47.1,
        label="касові видатки", note="the «(47,1 %)» written after the annual appropriation is the execution rate "
        "4 217,6 / 8 960,0, so it is this fact's percent")
    g.f("budget_approved", "uah", 8960000, "при річних призначеннях 8 960,0 тис. грн (47,1 %)",
        label="річні призначення",
        note="annual appropriation for 2024, the year the half-year belongs to: an approved amount, not a target")
    g.f("budget_received", "uah", 64200, "надійшло коштів за платні соціальні послуги – 64,2 тис. грн",
        label="платні соціальні послуги")

    g.slip("parts_sum", "error", "б) завершено надання послуги – 11 сімей, з них:", 11, 12, [f11, f7, f2, f3],
           "outcomes of the 11 completed cases: сім + дві + три = 12 families, one more than 11. Each percentage is "
           "right for N = 11 (7/11 = 63,6; 2/11 = 18,2; 3/11 = 27,3), so one of the counts is wrong.")
    g.slip("percents_sum", "error", S["III.b1"], 109.1, 100, [f7, f2, f3],
           "the three outcome shares of one partition sum to 63,6 + 18,2 + 27,3 = 109,1 %, not 100 %")

    g.check("parts_sum", S["II.1"], "96 + сто двадцять + тридцять одна = 247 = двісті сорок сім families")
    g.check("parts_sum", S["II.3d"], "27 families under support = 11 completed + 16 continued")
    g.check("percent_impossible", S["V.b"], "43/45 = 95.56 % → 95,6 (achievable with N = 45)")
    g.check("percent_mismatch", S["VII.a"], "4 217,6 / 8 960,0 = 47.07 % → 47,1")
    g.check("parts_sum", S["VI.b"], "22 positions − 20 working = 2 vacancies («дві посади»)")

    g.skip("від 23.12.2020 № 1148, він діє на підставі Положення в редакції від 21.02.2023", [23, 12, 2020, 1148],
           "decision date and number, date of the statute")
    g.skip(S["I.c"], [17, 32000], "settlements served and population of the hromada (word numeral)")
    g.skip("(з них 9 осіб віком понад вісімдесят років)", [9, 80],
           "age group of home-care recipients; the 80 is an age. The 9 is a subset by age with no id that would "
           "keep the age – decided to skip, see notes")
    g.skip(S["IV.c"], [2, 146], "number of collective centres and their bed capacity; no §3 id")
    g.skip(S["VI.b"], [2], "vacancies (word numeral); derivable, no §3 id")
    g.skip(S["VII.c"], [58, 14, 3, 2024, 52], "tariff per hour, decision date and number")
    g.skip("за I півріччя 2024 року", [1, 2024], "report period (meta)")
    g.skip("Дата публікації: 09.07.2024", [9, 7, 2024], "publication date (meta)")
    g.skip(ADDR, [89300, 12, 3133], "postcode, address, phone")

    g.note("Roman numerals (I.–VII.), item numbers (1., 2., 3.) and letter items (а)–ґ)) are list labels, not figures")
    g.note("the page uses an old layout table; the reader prints its content cell as one long line. Every quote stays "
           "inside one list item or paragraph, so it also survives a reader that splits the cell into lines")
    g.note("numbers in words are facts like any other (двісті сорок сім = 247, сто дванадцять = 112, сто двадцять = 120, "
           "тридцять одна = 31, сто сорок чотири = 144, шістдесят одна = 61, сім = 7, дві = 2, три = 3, дев’ять = 9, "
           "сорок п’ять = 45, чотирнадцять = 14, двадцять дві = 22); each is marked in its note")
    g.note("«без результату (відмова від послуги)» → outcome_negative, alt outcome_other (refusal)")
    g.note("«з них 9 осіб віком понад вісімдесят років»: skipped – it is an age band of home-care clients, and a served "
           "fact would lose the age qualifier (category could carry it; judged marginal)")
    g.note("centre: the nominative without the legal form; the full «Комунальна установа «…»» name is in meta_alt")
    g.write()


if __name__ == "__main__":
    main()
