"""b38_08: КУ «ЦНСП» Копичинецької міської ради, report for H1 2024 pasted from Word into a council page.

Less common style: the article body is Word HTML (windows-1251): <p class=MsoNormal>, <span style='…'> runs that
split words and numbers, &nbsp; between a figure and its noun, soft hyphens, zero-width spaces, <o:p></o:p>,
bold <p> headings, and a bullet list of <p class=MsoListParagraph…> paragraphs with «·» Symbol bullets.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path  # noqa: E402

NAME = "b38_08_kopychyntsi_cnsp_h1_2024.html"

SP = "<span lang=UK style='font-size:14.0pt;line-height:107%;font-family:\"Times New Roman\",serif'>"
RUN = "<span style='mso-spacerun:yes'> </span>"
ZW = "&#8203;"


def p(inner, indent=True):
    st = "text-align:justify;text-indent:35.45pt" if indent else "text-align:justify"
    return f"<p class=MsoNormal style='{st}'>{SP}{inner}<o:p></o:p></span></p>"


def h(text):
    return (f"<p class=MsoNormal style='margin-top:6.0pt;text-align:justify'><b>{SP}{text}<o:p></o:p></span></b></p>")


def c(text):
    return f"<p class=MsoNormal align=center style='text-align:center'><b>{SP}{text}<o:p></o:p></span></b></p>"


def li(inner, pos):
    cls = {"first": "MsoListParagraphCxSpFirst", "mid": "MsoListParagraphCxSpMiddle",
           "last": "MsoListParagraphCxSpLast"}[pos]
    return (f"<p class={cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
            f"<span lang=UK style='font-size:14.0pt;font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{SP}{inner}<o:p></o:p></span></p>")


BODY = [
    c("ЗВІТ"),
    c("про роботу комунальної установи «Центр надання соціальних послуг» Копичинецької міської ради "
      "за І півріччя 2024 року"),
    "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
    h("1. Загальні відомості"),
    p("Комунальна установа «Центр надання соціальних послуг» Копичинецької міської ради (далі – Центр) утворена "
      "рішенням сесії міської ради від 17.02.2021 №&nbsp;203. Центр обслуговує мешканців 24&nbsp;населених пунктів "
      "громади з населенням 18,9&nbsp;тис. осіб."),
    h("2. Надання соці&shy;альних послуг"),
    p(f"За І півріччя 2024 року до Центру{ZW} звернулося 1{RUN}208&nbsp;осіб. Оцінку потреб проведено "
      "183&nbsp;особам."),
    p("Соціальні послуги </span><span lang=UK style='font-size:14.0pt'>отри</span>"
      f"<span lang=UK style='font-size:14.0pt'>мали 9<span lang=EN-US>74</span>&nbsp;особи, з них жінки – 5</span>"
      f"{SP}96, чоловіки – 369. За видами послуг:"),
    li("консультування – 412&nbsp;осіб;", "first"),
    li("інформування – 203&nbsp;особи;", "mid"),
    li("догляд вдома – 137&nbsp;осіб;", "mid"),
    li("денний догляд – 28&nbsp;осіб;", "mid"),
    li("соціальна адап&shy;тація – 46&nbsp;осіб;", "mid"),
    li("натуральна допомога – 148&nbsp;осіб.", "last"),
    p(f"Усього надано 14{RUN}632 соціальні послуги (за І півріччя 2023 року – 12{RUN}905)."),
    p("Тариф на послугу догляду вдома – 98,60&nbsp;грн за годину (рішення виконавчого комітету від 21.12.2023 "
      "№&nbsp;412)."),
    h("3. Соціальний супровід сімей"),
    p("Під соціальним супроводом перебувало 24&nbsp;сім’ї, в яких вихо&shy;вується 52&nbsp;дитини. Протягом півріччя "
      "взято під супровід 9&nbsp;сімей, завершено надання послуги 6&nbsp;сім’ям: з позитивним результатом – 4, "
      "з негативним – 2."),
    p(f"Проведено 5{ZW} групових заходів для батьків та дітей, охоплено 96&nbsp;осіб."),
    h("4. Кадрове та фінансове забезпечення"),
    p("Штатна чисельність – 31,5&nbsp;штатної одиниці, фактично працює 29&nbsp;працівників. Підвищили кваліфікацію "
      "3&nbsp;фахівці (72&nbsp;години, дистанційно)."),
    p(f"Касові видатки за І півріччя склали 3{RUN}946,7&nbsp;тис. грн, що становить 98,4&nbsp;% від плану на "
      f"півріччя (4{RUN}012,0&nbsp;тис. грн). До спеціального фонду надійшло 87,3&nbsp;тис. грн плати за "
      "соціальні послуги."),
    p("Скарг на якість надання соціальних послуг не надходило."),
    "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
    p("Директор Центру<span style='mso-tab-count:5'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
      "(підпис)", indent=False),
]


def page():
    body = "\n".join(BODY).replace("’", "&#8217;")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />
<title>Звіт про роботу ЦНСП за І півріччя 2024 року - Копичинецька міська рада</title>
</head>
<body>
<div id="header"><div class="logo">Копичинецька міська рада</div><div class="slogan">Чортківський район, Тернопільська область</div>
<div class="search"><form action="/search"><input type="text" name="q" value="Пошук..." /></form></div></div>
<div id="menu"><ul><li><a href="/">Головна</a></li><li><a href="/pro-hromadu">Про громаду</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/vykonkom">Виконком</a></li><li><a href="/socialni-poslugy">Соціальні послуги</a></li><li><a href="/oголошення">Оголошення</a></li></ul></div>
<table id="layout" width="100%"><tr>
<td id="left" width="22%" valign="top">
 <div class="block"><div class="block-title">Розділи</div><ul><li><a href="/cnsp">ЦНСП</a></li><li><a href="/cnsp/zvity">Звіти</a></li><li><a href="/cnsp/poslugy">Перелік послуг</a></li><li><a href="/cnsp/taryfy">Тарифи 2024</a></li></ul></div>
 <div class="block"><div class="block-title">Приймальня</div><p>48261, м. Копичинці, вул. Шевченка, 3<br />тел. (03557) 0-24-90<br />Пн–Пт 8.00–17.00</p></div>
</td>
<td id="content" valign="top">
<div class="path"><a href="/">Головна</a> » <a href="/cnsp">ЦНСП</a> » <a href="/cnsp/zvity">Звіти</a></div>
<h1 class="title">Звіт про роботу ЦНСП за І півріччя 2024 року</h1>
<div class="meta">22.07.2024 10:14 | Переглядів: 97</div>
<div class="text">
<div class=WordSection1>
{body}
</div>
</div>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</td></tr></table>
<div id="footer">Копичинецька міська рада © 2016–2024. При використанні матеріалів посилання на сайт обов'язкове.<br />Лічильник: 48 213</div>
</body>
</html>
"""


def build():
    with open(report_path(NAME), "wb") as fh:
        fh.write(page().encode("cp1251"))


def gold():
    g = Gold(NAME,
             {"centre": "Центр надання соціальних послуг Копичинецької міської ради", "centre_type": "cnsp",
              "settlement": "Копичинці", "report_kind": "period_report",
              "period_start": "2024-01-01", "period_end": "2024-06-30", "published": "2024-07-22"},
             {"centre": ["Комунальна установа «Центр надання соціальних послуг» Копичинецької міської ради",
                         "КУ «Центр надання соціальних послуг» Копичинецької міської ради"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    ap = f("applied", "persons", 1208, "звернулося 1 208 осіб")
    na = f("needs_assessed", "persons", 183, "Оцінку потреб проведено 183 особам")
    sv = f("served", "persons", 974, "Соціальні послуги отримали 974 особи")
    w = f("served", "persons", 596, "з них жінки – 596", label="жінки", group="by_sex", parent=sv)
    m = f("served", "persons", 369, "чоловіки – 369", label="чоловіки", group="by_sex", parent=sv)
    items = [("counselling", 412, "консультування – 412 осіб;"), ("informing", 203, "інформування – 203 особи;"),
             ("home_care", 137, "догляд вдома – 137 осіб;"), ("day_care", 28, "денний догляд – 28 осіб;"),
             ("social_adaptation", 46, "соціальна адаптація – 46 осіб;"),
             ("natural_aid", 148, "натуральна допомога – 148 осіб.")]
    ids = [f("served", "persons", v, q, service=s, group="by_service", parent=sv) for s, v, q in items]
    f("services_provided", "services", 14632, "Усього надано 14 632 соціальні послуги")
    ss = f("served", "families", 24, "Під соціальним супроводом перебувало 24 сім'ї", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 52, "в яких виховується 52 дитини", service="social_support_sjo",
      alt=["support_ongoing"], parent=ss)
    s9 = f("support_started", "families", 9, "взято під супровід 9 сімей", service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 6, "завершено надання послуги 6 сім'ям", service="social_support_sjo",
           parent=ss)
    o1 = f("outcome_positive", "families", 4, "з позитивним результатом – 4", service="social_support_sjo",
           group="completed6", parent=sc)
    o2 = f("outcome_negative", "families", 2, "з негативним – 2", service="social_support_sjo",
           group="completed6", parent=sc)
    ev = f("events", "events", 5, "Проведено 5 групових заходів")
    f("event_participants", "persons", 96, "охоплено 96 осіб", parent=ev)
    pp = f("staff_positions", "positions", 31.5, "Штатна чисельність – 31,5 штатної одиниці")
    sa = f("staff_actual", "staff", 29, "фактично працює 29 працівників")
    tr = f("staff_trained", "staff", 3, "Підвищили кваліфікацію 3 фахівці")
    bs = f("budget_spent", "uah", 3946700, "Касові видатки за І півріччя склали 3 946,7 тис. грн, що становить 98,4 %",
           percent=98.4)
    ba = f("budget_approved", "uah", 4012000, "(4 012,0 тис. грн)", label="план на півріччя")
    f("budget_received", "uah", 87300, "До спеціального фонду надійшло 87,3 тис. грн",
      label="спеціальний фонд, плата за соціальні послуги")
    f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг не надходило.")

    g.slip("parts_sum", "error", "Соціальні послуги отримали 974 особи, з них жінки – 596, чоловіки – 369",
           965, 974, [sv, w, m],
           "women 596 + men 369 = 965, 9 short of the 974 recipients (a two-way partition by sex); "
           "the list by service does sum to 974",
           f"f{n(w)} + f{n(m)} == f{n(sv)}")
    g.check("parts_sum", "За видами послуг:", "412 + 203 + 137 + 28 + 46 + 148 = 974",
            " + ".join(f"f{n(i)}" for i in ids) + f" == f{n(sv)}")
    g.check("parts_sum", "звернулося 1 208 осіб", "183 assessed and 974 served ≤ 1 208 applied",
            f"f{n(na)} <= f{n(ap)} and f{n(sv)} <= f{n(ap)}")
    g.check("parts_sum", "з позитивним результатом – 4, з негативним – 2", "4 + 2 = 6; 9 and 6 ≤ 24",
            f"f{n(o1)} + f{n(o2)} == f{n(sc)} and f{n(s9)} <= f{n(ss)} and f{n(sc)} <= f{n(ss)}")
    g.check("percent_mismatch", "що становить 98,4 % від плану на півріччя", "3 946,7 / 4 012,0 = 98,37 % → 98,4",
            f"pct_ok(p{n(bs)}, f{n(bs)}, f{n(ba)}, 1)")
    g.check("parts_sum", "фактично працює 29 працівників", "3 trained ≤ 29 ≤ 31,5",
            f"f{n(tr)} <= f{n(sa)} <= f{n(pp)}")

    g.skip("48261, м. Копичинці, вул. Шевченка, 3", [48261, 3], "sidebar: postcode, address")
    g.skip("тел. (03557) 0-24-90", [3557, 2490], "sidebar: phone")
    g.skip("Пн–Пт 8.00–17.00", [8, 0, 17, 0], "sidebar: office hours")
    g.skip("Переглядів: 97", [97], "view counter")
    g.skip("22.07.2024 10:14", [22, 7, 2024, 10, 14], "publication date and time (meta.published)")
    g.skip("за І півріччя 2024 року", [2024], "period")
    g.skip("рішенням сесії міської ради від 17.02.2021 № 203", [17, 2, 2021, 203], "decision date and number")
    g.skip("Центр обслуговує мешканців 24 населених пунктів громади з населенням 18,9 тис. осіб.", [24, 18900],
           "settlement count and population")
    g.skip("(за І півріччя 2023 року – 12 905)", [2023, 12905], "prior-year figure")
    g.skip("Тариф на послугу догляду вдома – 98,60 грн за годину (рішення виконавчого комітету від 21.12.2023 № 412).",
           [98.6, 21, 12, 2023, 412], "tariff, decision date and number")
    g.skip("(72 години, дистанційно)", [72], "duration of training")
    g.skip("1. Загальні відомості", [1, 2, 3, 4], "section numbers")
    g.note("Word HTML: numbers split by spans («1<span> </span>208», «9<span>74</span>», «5</span>…<span>96») and "
           "words split by spans and soft hyphens; the reader joins them, and quotes are taken from its output")
    g.note("the bullet list («·» Symbol bullets in MsoListParagraph paragraphs) is the breakdown by service; the sex "
           "split in the sentence before is a second partition of the same 974")
    g.note("budget: the plan for the half-year (4 012,0) is budget_approved with a label; 98,4 % is the spent row's "
           "percent")
    g.write()


if __name__ == "__main__":
    build()
    gold()
