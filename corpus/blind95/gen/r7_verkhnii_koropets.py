"""b95_07: Telegram channel of КУ «ЦНСП» Верхньокоропецької сільської ради (Закарпатська), exported by
Telegram Desktop («Export chat history», HTML): the half-year 2024 results posted as several posts over four days.
messages.html markup: div.message (service / default / joined), div.text, div.date, reactions, views."""
from common import Gold, report_path, write_text

NAME = "b95_07_verkhnii_koropets_cnsp_h1_2024.html"
CH = "ЦНСП Верхньокоропецької громади"
FWD = "Закарпатський обласний центр соціальних служб"

M2 = ("За січень–червень 2024 року до нас звернулися 538 осіб 🙌<br>"
      "Соціальні послуги отримали 497 мешканців громади, з них 163 – внутрішньо переміщені особи.<br><br>"
      "Загалом фахівці надали 4 926 послуг:<br>"
      "▪️ інформування – 1 310<br>▪️ консультування – 2 072<br>▪️ соціальний супровід – 618<br>"
      "▪️ натуральна допомога – 926<br><br>"
      '<a href="?q=%23підсумки_півріччя" onclick="return ShowHashtag(&quot;підсумки_півріччя&quot;)">#підсумки_півріччя</a>')
M3 = ("<strong>Тема дня – соціальний супровід сімей</strong> 👨‍👩‍👧<br>"
      "У першому півріччі під супроводом перебувала 31 сім’я, в яких виховується 58 дітей. "
      "Ми взяли під супровід 14 сімей, завершили – 12: у 9 сімей складні життєві обставини подолано, "
      "3 сім’ї змінили місце проживання.<br>Оцінку потреб провели 47 сім’ям.<br><br>"
      '<a href="?q=%23підсумки_півріччя" onclick="return ShowHashtag(&quot;підсумки_півріччя&quot;)">#підсумки_півріччя</a>')
M4 = ("Нагадуємо: консультацію психолога можна отримати безкоштовно 📞 (0312) 0-64-21, пн–пт 9:00–16:00.<br>"
      "Адреса: с. Верхній Коропець, вул. Миру, 27, каб. 3.")
M5F = ("У І півріччі 2024 року фахівці центрів соціальних служб і ЦНСП області надали послуги понад 41 тис. осіб.")
M6 = ("<strong>Групова робота</strong> 🧩<br>За пів року провели 19 заходів: тренінги для батьків, «Мамина школа», "
      "арт-терапія для дітей ВПО. Участь взяли 287 осіб.<br>"
      "Дякуємо партнерам з БФ «Карітас» за 120 продуктових наборів 🙏")
M7 = "Гаряча лінія центру за півроку прийняла 76 дзвінків ☎️"
M8 = ("📊 <strong>Підсумкова інфографіка І півріччя 2024</strong><br>"
      "✅ 538 звернень<br>✅ 497 отримувачів послуг<br>✅ 4 926 наданих послуг<br>"
      "✅ 13 сімей взято під супровід<br>✅ 0 скарг<br><br>"
      "Команда: 12 працівників на 14 штатних посадах, 5 з них цього півріччя підвищили кваліфікацію 💪")
M9 = ("Дякуємо, що ви з нами! 💙💛 Звіт перед громадою – 11 липня о 14:00 у сесійній залі сільської ради.")
M1 = ("📢 Друзі, розпочинаємо серію дописів про підсумки роботи Центру надання соціальних послуг "
      "Верхньокоропецької сільської ради (Закарпатська область) за І півріччя 2024 року! Щодня – одна тема 👇")


def service(mid, text):
    return f"""
     <div class="message service" id="message{mid}">
      <div class="body details">
{text}
      </div>
     </div>
"""


def msg(mid, when, time, text, joined=False, photo=None, reactions=(), views=None, fwd=None):
    cls = "message default clearfix joined" if joined else "message default clearfix"
    pic = "" if joined else """
      <div class="pull_left userpic_wrap">
       <div class="userpic userpic4" style="width: 42px; height: 42px">
        <div class="initials" style="line-height: 42px">
ЦН
        </div>
       </div>
      </div>"""
    frm = "" if joined else f"""
       <div class="from_name">
{CH}
       </div>"""
    media = ""
    if photo:
        media = f"""
       <div class="media_wrap clearfix">
        <a class="photo_wrap clearfix pull_left" href="photos/photo_{photo}@{when[:10].replace('.', '-')}_{time.replace(':', '-')}-11.jpg">
         <img class="photo" src="photos/photo_{photo}@{when[:10].replace('.', '-')}_{time.replace(':', '-')}-11_thumb.jpg" style="width: 260px; height: 325px"/>
        </a>
       </div>"""
    body = f"""
       <div class="text">
{text}
       </div>"""
    if fwd:
        name, fwhen, ftext = fwd
        body = f"""
       <div class="forwarded body">
        <div class="from_name">
{name} <span class="date details" title="{fwhen} UTC+03:00"> {fwhen}</span>
        </div>
        <div class="text">
{ftext}
        </div>
       </div>"""
    reac = ""
    if reactions:
        items = "".join(f"""
        <span class="reaction">
         <span class="emoji">{e}</span>
         <span class="count">
{c}
         </span>
        </span>""" for e, c in reactions)
        reac = f"""
       <div class="reactions">{items}
       </div>"""
    vw = f"""
       <div class="signature details">
👁 {views}
       </div>""" if views else ""
    return f"""
     <div class="{cls}" id="message{mid}">{pic}
      <div class="body">
       <div class="pull_right date details" title="{when} UTC+03:00">
{time}
       </div>{frm}{media}{body}{reac}{vw}
      </div>
     </div>
"""


def build(path):
    parts = [service(-1, "2 July 2024"),
             msg(412, "02.07.2024 10:05:11", "10:05", M1, reactions=[("👍", 18)], views="1.1K"),
             msg(413, "02.07.2024 10:06:40", "10:06", M2, joined=True, photo=57, reactions=[("👍", 23), ("❤", 9)],
                 views="1.4K"),
             service(-2, "3 July 2024"),
             msg(414, "03.07.2024 09:30:02", "09:30", M3, photo=58, reactions=[("👍", 16), ("🙏", 4)], views="986"),
             service(415, f"{CH} pinned «Тема дня – соціальний супровід сімей»"),
             msg(416, "03.07.2024 09:41:55", "09:41", M4, joined=True, views="912"),
             service(-3, "4 July 2024"),
             msg(417, "04.07.2024 08:58:20", "08:58", "", fwd=(FWD, "03.07.2024 16:12:09", M5F), views="740"),
             msg(418, "04.07.2024 11:15:37", "11:15", M6, photo=59, reactions=[("❤", 21), ("👏", 7)], views="1.0K"),
             msg(419, "04.07.2024 11:17:03", "11:17", M7, joined=True, reactions=[("👍", 5)], views="954"),
             service(-4, "5 July 2024"),
             msg(420, "05.07.2024 10:00:00", "10:00", M8, photo=60, reactions=[("🔥", 31), ("👍", 26)], views="1.6K"),
             msg(421, "05.07.2024 10:02:18", "10:02", M9, joined=True, reactions=[("❤", 12)], views="1.3K")]
    html = f"""<!DOCTYPE html>
<html>

 <head>

  <meta charset="utf-8"/>
<title>Exported Data</title>

  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>

  <link href="css/style.css" rel="stylesheet"/>

  <script src="js/script.js" type="text/javascript">

  </script>

 </head>

 <body onload="CheckLocation();">

  <div class="page_wrap">

   <div class="page_header">

    <div class="content">

     <div class="text bold">
{CH}
     </div>

    </div>

   </div>

   <div class="page_body chat_page">

    <div class="history">
{''.join(parts)}
    </div>

   </div>

  </div>

 </body>

</html>
"""
    write_text(path, html)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Верхньокоропецької сільської ради",
        "centre_type": "cnsp", "settlement": "Верхній Коропець", "oblast": "Закарпатська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30"},
        meta_alt={"centre": [CH], "settlement": ["Верхньокоропецька сільська громада"],
                  "published": ["2024-07-02", "2024-07-05"]})
    f = g.f
    ap = f("applied", "persons", 538, "За січень–червень 2024 року до нас звернулися 538 осіб")
    s = f("served", "persons", 497, "Соціальні послуги отримали 497 мешканців громади")
    idp = f("served", "persons", 163, "з них 163 – внутрішньо переміщені особи", parent=s,
            category="внутрішньо переміщені особи")
    sp = f("services_provided", "services", 4926, "Загалом фахівці надали 4 926 послуг")
    parts = []
    for q, val, sv in (("інформування – 1 310", 1310, "informing"), ("консультування – 2 072", 2072, "counselling"),
                       ("соціальний супровід – 618", 618, "social_support_sjo"),
                       ("натуральна допомога – 926", 926, "natural_aid")):
        parts.append(f("services_provided", "services", val, q, service=sv, parent=sp, group="services_4926_by_service"))
    su = f("served", "families", 31, "У першому півріччі під супроводом перебувала 31 сім'я", service="social_support_sjo",
           alt=["support_ongoing"])
    ch = f("served", "children", 58, "в яких виховується 58 дітей", service="social_support_sjo", alt=["support_ongoing"],
           parent=su)
    st1 = f("support_started", "families", 14, "Ми взяли під супровід 14 сімей", service="social_support_sjo", parent=su)
    co = f("support_completed", "families", 12, "завершили – 12", service="social_support_sjo", parent=su)
    op = f("outcome_positive", "families", 9, "у 9 сімей складні життєві обставини подолано", parent=co,
           group="completed_12_by_result")
    oo = f("outcome_other", "families", 3, "3 сім'ї змінили місце проживання", parent=co, group="completed_12_by_result",
           label="зміна місця проживання")
    na = f("needs_assessed", "families", 47, "Оцінку потреб провели 47 сім'ям")
    ev = f("events", "events", 19, "За пів року провели 19 заходів")
    ep = f("event_participants", "persons", 287, "Участь взяли 287 осіб", parent=ev)
    ca = f("calls", "calls", 76, "Гаряча лінія центру за півроку прийняла 76 дзвінків")
    ap2 = f("applied", "applications", 538, "✅ 538 звернень", unit_alt="persons",
            note="the infographic repeats the 538 as «звернень»")
    s2 = f("served", "recipients", 497, "✅ 497 отримувачів послуг", unit_alt="persons")
    sp2 = f("services_provided", "services", 4926, "✅ 4 926 наданих послуг")
    st2 = f("support_started", "families", 13, "✅ 13 сімей взято під супровід", service="social_support_sjo")
    cm = f("complaints", "complaints", 0, "✅ 0 скарг")
    act = f("staff_actual", "staff", 12, "Команда: 12 працівників")
    pos = f("staff_positions", "positions", 14, "на 14 штатних посадах")
    tr = f("staff_trained", "staff", 5, "5 з них цього півріччя підвищили кваліфікацію", parent=act)

    v = lambda x: "f" + x[1:]  # noqa: E731
    g.check("parts_sum", "Загалом фахівці надали 4 926 послуг:", "1 310 + 2 072 + 618 + 926 = 4 926",
            " + ".join(map(v, parts)) + f" == {v(sp)}")
    g.check("parts_sum", "з них 163 – внутрішньо переміщені особи", "163 ≤ 497 ≤ 538", f"{v(idp)} <= {v(s)} <= {v(ap)}")
    g.check("parts_sum", "завершили – 12: у 9 сімей", "9 + 3 = 12; 14 taken and 12 completed ≤ 31",
            f"{v(op)} + {v(oo)} == {v(co)} and {v(st1)} <= {v(su)} and {v(co)} <= {v(su)}")
    g.check("internal_conflict", "✅ 538 звернень", "the infographic repeats 538, 497 and 4 926 as in the post of 2 July",
            f"{v(ap2)} == {v(ap)} and {v(s2)} == {v(s)} and {v(sp2)} == {v(sp)}")
    g.check("parts_sum", "Команда: 12 працівників на 14 штатних посадах", "5 ≤ 12 ≤ 14", f"{v(tr)} <= {v(act)} <= {v(pos)}")
    g.slip("internal_conflict", "error", "✅ 13 сімей взято під супровід", 13, 14, [st1, st2],
           "the post of 3 July says 14 families were taken under social support in the half-year; "
           "the summary infographic of 5 July says 13",
           f"{v(st2)} == {v(st1)}")

    for d in ("2 July 2024", "3 July 2024", "4 July 2024", "5 July 2024"):
        g.skip(d, [int(d.split()[0]), 2024], "date separator (service message)")
    for t in ("10:05", "10:06", "09:30", "09:41", "08:58", "11:15", "11:17", "10:00", "10:02"):
        g.skip(t, [int(x) for x in t.split(":")], "message time")
    for r in ("👍 18", "👍 23 ❤ 9", "👍 16 🙏 4", "❤ 21 👏 7", "👍 5", "🔥 31 👍 26", "❤ 12"):
        g.skip(r, [int(x) for x in r.split() if x.isdigit()], "reaction counts")
    for w, val in (("1.1K", 1100), ("1.4K", 1400), ("986", 986), ("912", 912), ("740", 740), ("1.0K", 1000),
                   ("954", 954), ("1.6K", 1600), ("1.3K", 1300)):
        g.skip("👁 " + w, [val], "view count")
    g.skip("за І півріччя 2024 року!", [1, 2024], "period")
    g.skip("📞 (0312) 0-64-21, пн–пт 9:00–16:00", [312, 6421, 9, 16], "phone, office hours")
    g.skip("Адреса: с. Верхній Коропець, вул. Миру, 27, каб. 3.", [27, 3], "address")
    g.skip(FWD + " 03.07.2024 16:12:09", [3, 7, 2024, 16, 12, 9], "forwarded-from header with date")
    g.skip(M5F, [1, 2024, 41000], "forwarded post of the oblast centre: oblast-wide figure, not this centre's")
    g.skip("Дякуємо партнерам з БФ «Карітас» за 120 продуктових наборів", [120], "items (food sets)")
    g.skip("📊 Підсумкова інфографіка І півріччя 2024", [1, 2024], "period")
    g.skip(M9, [11, 14, 0], "date and time of the public hearing")
    g.note("Telegram Desktop export: the channel header, userpics and photo file names are not printed or carry no figures; service messages (date separators, «pinned»), times, reactions and view counts are printed and skipped")
    g.note("a figure written twice is two facts: 538 (осіб / звернень), 497 (мешканців / отримувачів) and 4 926 in the post of 2 July and in the infographic of 5 July")
    g.note("«під супроводом перебувала 31 сім’я» → served (alt support_ongoing); «3 сім’ї змінили місце проживання» → outcome_other with a label")
    g.note("«0 скарг» → complaints 0; «497 отримувачів послуг» → unit recipients (unit_alt persons)")
    g.note("the forwarded post of the oblast centre (понад 41 тис. осіб) is another body's oblast-wide figure: skipped")
    g.note("published: the posts run from 2 to 5 July 2024; meta gives no `published`, meta_alt accepts either end")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
