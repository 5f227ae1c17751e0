"""b68_08: Telegram Desktop export (messages.html) of the channel of the ЦНСП Заболоттівської селищної ради
(Волинська). The year's (2024) and Q4's figures are posted over several posts in January 2025; other posts
carry schedules, phones, rooms, a forwarded hotline post, photos and service messages."""
import html
from common import Gold, write_text, report_path

DOC = "b68_08_zabolottia_cnsp_telegram2024.html"
CH = "ЦНСП Заболоттівської громади"

HEAD = """<!DOCTYPE html>
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
""" + CH + """
     </div>

    </div>

   </div>

   <div class="page_body chat_page">

    <div class="history">
"""
TAIL = """
    </div>

   </div>

  </div>

 </body>

</html>
"""


def service(mid, text):
    return f"""
     <div class="message service" id="message{mid}">

      <div class="body details">
{text}
      </div>

     </div>
"""


def text_div(lines):
    return '       <div class="text">\n' + "<br>".join(html.escape(l, quote=True) for l in lines) + "\n       </div>\n"


def photo(name, ts):
    return f"""       <div class="media_wrap clearfix">

        <a class="photo_wrap clearfix pull_left" href="photos/{name}@{ts}.jpg">

         <img class="photo" src="photos/{name}@{ts}_thumb.jpg" style="width: 260px; height: 260px"/>

        </a>

       </div>
"""


def msg(mid, title, hm, lines=None, joined=False, fwd=None, media=None):
    cls = "message default clearfix joined" if joined else "message default clearfix"
    out = f'\n     <div class="{cls}" id="message{mid}">\n'
    if not joined:
        out += """
      <div class="pull_left userpic_wrap">

       <div class="userpic userpic4" style="width: 42px; height: 42px">

        <div class="initials" style="line-height: 42px">
ЦГ
        </div>

       </div>

      </div>
"""
    out += f'\n      <div class="body">\n\n       <div class="pull_right date details" title="{title} UTC+02:00">\n{hm}\n       </div>\n'
    if not joined:
        out += f'\n       <div class="from_name">\n{CH} \n       </div>\n'
    if media:
        out += media
    if fwd:
        fname, ftitle, flines = fwd
        out += f'\n       <div class="forwarded body">\n\n        <div class="from_name">\n{fname}<span class="date details" title="{ftitle} UTC+02:00"> {ftitle}</span>\n        </div>\n' + text_div(flines) + "\n       </div>\n"
    if lines:
        out += text_div(lines)
    out += "\n      </div>\n\n     </div>\n"
    return out


P1 = ["📊 ПІДСУМКИ 2024 РОКУ. Частина 1",
      "За 2024 рік фахівці Центру надали соціальні послуги 1 386 особам 👨‍👩‍👧",
      "з них:",
      "▪️ 214 – внутрішньо переміщені особи",
      "▪️ 312 – діти",
      "Загалом надано 8 740 послуг (у 2023 році – 7 905).",
      "До Центру звернулися 947 мешканців громади, з них 126 – вперше.",
      "Далі буде 👇"]
P2 = ["Частина 2. Соціальний супровід 🤝",
      "У 2024 році під соціальним супроводом перебувала 31 сім'я (68 дітей).",
      "Протягом року взято під супровід 17 сімей.",
      "Завершено супровід 19 сімей: 13 – подолали складні життєві обставини, 4 – мінімізували їх, 2 – без результату."]
Q4 = ["📊 ПІДСУМКИ IV КВАРТАЛУ 2024",
      "У жовтні – грудні:",
      "✅ послуги отримали 402 особи",
      "✅ надано 2 315 послуг",
      "✅ догляд вдома – 96 осіб",
      "✅ натуральна допомога – 158 осіб (видано 210 наборів)",
      "✅ консультування – 148 осіб",
      "☎️ Гарячою лінією прийнято 63 дзвінки"]
P3 = ["📊 ПІДСУМКИ 2024. Частина 3 – команда і якість",
      "👥 У Центрі 26 штатних посад, працює 24 фахівці",
      "🎓 11 працівників підвищили кваліфікацію",
      "📋 В анонімному опитуванні взяли участь 143 отримувачі, 92,3 % задоволені якістю послуг",
      "❗ Скарг за рік не надходило",
      "🧩 Проведено 58 групових заходів, у яких взяли участь 1 046 учасників"]
REM = ["📌 Нагадуємо: у 2024 році соціальні послуги отримали 1 368 осіб, а у 2025-му плануємо охопити понад 1 500! Дякуємо, що ви з нами 💙💛"]

body = ""
body += service(-1, "10 January 2025")
body += msg(1201, "10.01.2025 09:12:40", "09:12", ["🎄 Графік роботи Центру після свят", "З 13.01 працюємо у звичному режимі: пн–пт 8:00–17:00, обідня перерва 12:00–13:00.", "📍 смт Заболоття, вул. Незалежності, 14, каб. 3", "☎️ (03355) 0-51-27", "ЦНСП Заболоттівської селищної ради (Ковельський р-н, Волинська обл.)"])
body += msg(1202, "10.01.2025 14:03:11", "14:03", fwd=("Волинський обласний центр соціальних служб", "09.01.2025 16:20:05",
            ["🆘 Безкоштовна психологічна підтримка для ветеранів та їхніх родин", "Телефон: 0 800 500 335, щодня з 9:00 до 21:00", "Поширте! 🙏"]))
body += service(-1, "15 January 2025")
body += msg(1204, "15.01.2025 10:14:22", "10:14", P1)
body += msg(1205, "15.01.2025 10:15:02", "10:15", P2, joined=True, media=photo("photo_3", "15-01-2025_10-15-02"))
body += msg(1206, "15.01.2025 12:40:51", "12:40", ["🗓 22 січня о 14:00 у залі засідань (каб. 21) – зустріч з ветеранами війни та членами їхніх сімей.", "Реєстрація за тел. (096) 012-34-56"])
body += service(-1, "16 January 2025")
body += msg(1208, "16.01.2025 09:05:37", "09:05", Q4)
body += msg(1209, "16.01.2025 09:06:10", "09:06", ["Дякуємо партнерам – БФ «Світло надії» за 210 продуктових наборів для наших підопічних 🙏"], joined=True, media=photo("photo_4", "16-01-2025_09-06-10"))
body += service(-1, "17 January 2025")
body += msg(1210, "17.01.2025 11:30:09", "11:30", P3)
body += service(-1, f"{CH} pinned «📊 ПІДСУМКИ 2024 РОКУ. Частина 1»")
body += service(-1, "20 January 2025")
body += msg(1212, "20.01.2025 08:50:44", "08:50", REM)
body += msg(1213, "20.01.2025 15:22:18", "15:22", fwd=("Заболоттівська селищна рада", "19.12.2024 17:45:00",
            ["Рішенням сесії від 19.12.2024 № 41/7 затверджено Програму соціального захисту населення на 2025–2027 роки з фінансуванням 3,2 млн грн."]))
write_text(report_path(DOC), HEAD + body + TAIL)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Заболоттівської селищної ради", "centre_type": "cnsp",
    "settlement": "Заболоття", "oblast": "Волинська", "report_kind": "annual_report",
    "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"report_kind": ["period_report", "other"], "period_start": ["2024-10-01"],
     "centre": ["ЦНСП Заболоттівської громади", "Центр надання соціальних послуг Заболоттівської громади"]})
F = g.f
Y = "2024 рік"
Q = "IV квартал 2024"
s = F("served", "persons", 1386, "фахівці Центру надали соціальні послуги 1 386 особам", label=Y)
s1 = F("served", "persons", 214, "▪️ 214 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", label=Y, parent=s)
s2 = F("served", "children", 312, "▪️ 312 – діти", category="діти", unit_alt="persons", label=Y, parent=s)
sp = F("services_provided", "services", 8740, "Загалом надано 8 740 послуг", label=Y)
ap = F("applied", "persons", 947, "До Центру звернулися 947 мешканців громади", label=Y)
ap1 = F("applied", "persons", 126, "з них 126 – вперше", label=Y + ", вперше", parent=ap)
su = F("served", "families", 31, "під соціальним супроводом перебувала 31 сім'я", service="social_support_sjo", alt=["support_ongoing"], label=Y)
suc = F("served", "children", 68, "31 сім'я (68 дітей)", service="social_support_sjo", alt=["support_ongoing"], label=Y, parent=su)
st = F("support_started", "families", 17, "Протягом року взято під супровід 17 сімей", service="social_support_sjo", label=Y, parent=su)
cm = F("support_completed", "families", 19, "Завершено супровід 19 сімей", service="social_support_sjo", label=Y, parent=su)
G = "completed_19_by_result"
o1 = F("outcome_positive", "families", 13, "13 – подолали складні життєві обставини", service="social_support_sjo", group=G, parent=cm)
o2 = F("outcome_minimized", "families", 4, "4 – мінімізували їх", service="social_support_sjo", group=G, parent=cm)
o3 = F("outcome_negative", "families", 2, "2 – без результату", service="social_support_sjo", group=G, parent=cm)
q = F("served", "persons", 402, "✅ послуги отримали 402 особи", label=Q)
qs = F("services_provided", "services", 2315, "✅ надано 2 315 послуг", label=Q)
GQ = "served_402_by_service_q4"
q1 = F("served", "persons", 96, "✅ догляд вдома – 96 осіб", service="home_care", label=Q, group=GQ, parent=q)
q2 = F("served", "persons", 158, "✅ натуральна допомога – 158 осіб", service="natural_aid", label=Q, group=GQ, parent=q)
q3 = F("served", "persons", 148, "✅ консультування – 148 осіб", service="counselling", label=Q, group=GQ, parent=q)
qc = F("calls", "calls", 63, "Гарячою лінією прийнято 63 дзвінки", label=Q)
pos = F("staff_positions", "positions", 26, "У Центрі 26 штатних посад")
act = F("staff_actual", "staff", 24, "працює 24 фахівці")
trn = F("staff_trained", "staff", 11, "11 працівників підвищили кваліфікацію")
sv = F("survey_respondents", "recipients", 143, "В анонімному опитуванні взяли участь 143 отримувачі", unit_alt="persons")
sat = F("satisfaction", "percent", 92.3, "92,3 % задоволені якістю послуг", alt=["share"])
cp = F("complaints", "complaints", 0, "Скарг за рік не надходило")
ev = F("events", "events", 58, "Проведено 58 групових заходів")
ep = F("event_participants", "persons", 1046, "у яких взяли участь 1 046 учасників", parent=ev)
rem = F("served", "persons", 1368, "у 2024 році соціальні послуги отримали 1 368 осіб", label=Y,
        note="the same year total as f1, posted again five days later with two digits swapped")

g.slip("internal_conflict", "error", "у 2024 році соціальні послуги отримали 1 368 осіб", 1368, 1386, [s, rem],
       "the 15 January post gives 1 386 persons served in 2024; the 20 January reminder gives 1 368 for the same indicator, unit and year (18 fewer, digits swapped)",
       f"{s} == {rem}")
g.check("parts_sum", "▪️ 214 – внутрішньо переміщені особи", "214 + 312 <= 1 386 (overlapping categories)", f"{s1} + {s2} <= {s}")
g.check("parts_sum", "з них 126 – вперше", "126 <= 947", f"{ap1} <= {ap}")
g.check("parts_sum", "Завершено супровід 19 сімей: 13 – подолали", "13 + 4 + 2 = 19; 17 started and 19 completed <= 31", f"{o1} + {o2} + {o3} == {cm} and {st} <= {su} and {cm} <= {su}")
g.check("parts_sum", "✅ послуги отримали 402 особи", "96 + 158 + 148 = 402", f"{q1} + {q2} + {q3} == {q}")
g.check("parts_sum", "✅ надано 2 315 послуг", "quarter within year: 402 <= 1 386, 2 315 <= 8 740", f"{q} <= {s} and {qs} <= {sp}")
g.check("percent_impossible", "92,3 % задоволені якістю послуг", "132 of 143 = 92,31 % -> 92,3", f"grim_ok({sat}, {sv}, 1)")
g.check("parts_sum", "працює 24 фахівці", "24 <= 26; 11 trained <= 24", f"{act} <= {pos} and {trn} <= {act}")

g.skip("10 January 2025", [10, 2025], "service message: date separator (also 15, 16, 17, 20 January 2025)")
g.skip("09:12", [9, 12], "message times (every message has one)")
g.skip("З 13.01 працюємо у звичному режимі: пн–пт 8:00–17:00, обідня перерва 12:00–13:00.", [13, 1, 8, 17, 12, 13], "schedule")
g.skip("📍 смт Заболоття, вул. Незалежності, 14, каб. 3", [14, 3], "address, room")
g.skip("☎️ (03355) 0-51-27", [3355, 5127], "phone")
g.skip("Волинський обласний центр соціальних служб 09.01.2025 16:20:05", [9, 1, 2025, 16, 20, 5], "forwarded-from date")
g.skip("Телефон: 0 800 500 335, щодня з 9:00 до 21:00", [800500335, 9, 21], "hotline phone, hours (forwarded post)")
g.skip("(у 2023 році – 7 905)", [2023, 7905], "prior-year figure")
g.skip("🗓 22 січня о 14:00 у залі засідань (каб. 21)", [22, 14, 21], "event date, time, room")
g.skip("Реєстрація за тел. (096) 012-34-56", [96, 123456], "phone")
g.skip("(видано 210 наборів)", [210], "items handed out")
g.skip("за 210 продуктових наборів", [210], "items (thanks post)")
g.skip("а у 2025-му плануємо охопити понад 1 500", [2025, 1500], "plan")
g.skip("Заболоттівська селищна рада 19.12.2024 17:45:00", [19, 12, 2024, 17, 45], "forwarded-from date")
g.skip("Рішенням сесії від 19.12.2024 № 41/7 затверджено Програму соціального захисту населення на 2025–2027 роки з фінансуванням 3,2 млн грн.", [19, 12, 2024, 41, 7, 2025, 2027, 3200000], "decision, programme years and funding (forwarded post)")
g.skip("ПІДСУМКИ IV КВАРТАЛУ 2024", [4, 2024], "period heading")
g.skip("Частина 3", [1, 2, 3], "post part numbers")
g.note("Telegram Desktop export: the reader prints times, the channel name, the texts and the service messages; the full date sits only in the title attribute and is not in the read text")
g.note("both the year's (label «2024 рік») and Q4's (label «IV квартал 2024») figures are report-period facts; meta is the year, with Q4 as an accepted alternative start and period_report/other as accepted kinds")
g.note("«1 386 особам» (15 Jan) and «1 368 осіб» (20 Jan) are two facts for the same year total: the planted internal_conflict")
g.note("the centre's name is written in full only in the 10 January post; the channel name is «ЦНСП Заболоттівської громади» (meta_alt)")
g.write()
