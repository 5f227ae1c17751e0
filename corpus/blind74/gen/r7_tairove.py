"""b74_07: **e-mail newsletter saved as HTML** — the October 2025 «дайджест» of the ЦНСП of
Таїровська селищна рада (Одеська) to its partners, on Q3 2025. Mailchimp-style markup: nested
presentation tables 600 px wide, inline CSS, MSO conditional comments, a hidden preheader, figure
tiles (the number in one row, its caption in the next), «Читати далі» buttons, social icons,
«Переглянути у браузері», sender's address and «Відписатися»."""
from common import Gold, report_path, write_text

NAME = "b74_07_tairove_cnsp_digest_q3_2025.html"

TRK = "https://example.us21.list-manage.com/track/click?u=7f3a91c0d2e4b5a6&amp;id="


def tile_row(nums, caps):
    tds_n = "".join(
        f'<td align="center" valign="bottom" width="200" style="padding:18px 6px 0 6px;font-family:'
        f'Arial,Helvetica,sans-serif;font-size:40px;line-height:44px;font-weight:bold;color:#0b6e4f;">'
        f'{n}</td>' for n in nums)
    tds_c = "".join(
        f'<td align="center" valign="top" width="200" style="padding:4px 6px 18px 6px;font-family:'
        f'Arial,Helvetica,sans-serif;font-size:13px;line-height:17px;color:#555555;">{c}</td>'
        for c in caps)
    return (f'<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" '
            f'style="background-color:#eef7f2;border-radius:6px;"><tr>{tds_n}</tr><tr>{tds_c}</tr>'
            f'</table>')


def block(title, body, link_id):
    return f"""
<tr><td style="padding:22px 30px 0 30px;">
 <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">
  <tr><td style="font-family:Georgia,serif;font-size:20px;line-height:26px;color:#1d1d1d;font-weight:bold;">{title}</td></tr>
  <tr><td style="padding-top:8px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;">{body}</td></tr>
  <tr><td style="padding-top:12px;"><table role="presentation" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#0b6e4f" style="border-radius:4px;"><a href="{TRK}{link_id}" target="_blank" style="display:inline-block;padding:10px 22px;font-family:Arial,sans-serif;font-size:14px;color:#ffffff;text-decoration:none;">Читати далі &rarr;</a></td></tr></table></td></tr>
 </table>
</td></tr>"""


HTML = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Дайджест ЦНСП Таїрове · жовтень 2025</title>
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style type="text/css">
body{{margin:0;padding:0;}} table,td{{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}}
img{{border:0;height:auto;line-height:100%;outline:none;text-decoration:none;}}
@media only screen and (max-width:600px){{ .mcnTextContent{{font-size:16px !important;}} .tile td{{display:block !important;width:100% !important;}} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">Підсумки липня – вересня: нове відділення денного догляду, опитування отримувачів і подяка партнерам</span>
<center>
<table role="presentation" align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color:#f2f2f2;">
<tr><td align="center" valign="top" style="padding:10px;">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600"><tr><td align="center" valign="top" width="600"><![endif]-->
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600" style="max-width:600px;">
 <tr><td align="right" style="padding:6px 0;font-family:Arial,sans-serif;font-size:11px;color:#888888;"><a href="https://example.us21.campaign-archive.com/?u=7f3a91c0d2e4b5a6&amp;id=c41e08d7aa" style="color:#888888;">Переглянути у браузері</a></td></tr>
</table>
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600" style="max-width:600px;background-color:#ffffff;">
 <tr><td align="center" style="padding:24px 30px 8px 30px;"><img src="https://example.ua/mail/logo-cnsp-tairove.png" width="180" alt="ЦНСП Таїрове" style="display:block;"></td></tr>
 <tr><td align="center" style="padding:0 30px;font-family:Arial,sans-serif;font-size:12px;letter-spacing:1px;color:#0b6e4f;text-transform:uppercase;">Дайджест для партнерів · випуск 17 · 17 жовтня 2025</td></tr>
 <tr><td align="center" style="padding:8px 30px 18px 30px;font-family:Georgia,serif;font-size:28px;line-height:34px;color:#1d1d1d;">Наш III квартал 2025 року в цифрах</td></tr>
 <tr><td style="padding:0 30px;" class="tile">{tile_row(["412", "1&nbsp;287", "14"], ["отримувачів послуг", "наданих соціальних послуг", "групових заходів"])}</td></tr>
 <tr><td style="padding:8px 30px 0 30px;" class="tile">{tile_row(["96&nbsp;%", "38", "0"], ["задоволені якістю послуг*", "сімей під соціальним супроводом", "скарг"])}</td></tr>
 <tr><td style="padding:6px 30px 0 30px;font-family:Arial,sans-serif;font-size:11px;color:#888888;">* за результатами опитування у вересні</td></tr>
{block("Дякуємо, що ви з нами!", "Дорогі партнери! У липні – вересні наша команда працювала без вихідних: загалом за квартал послуги Центру отримала 421 особа, із них 203 – внутрішньо переміщені особи. Вперше до нас звернулися 64 людини, а гаряча лінія прийняла 187 дзвінків.", "a1")}
{block("Догляд удома і нове відділення", "Послугу догляду вдома у кварталі отримували 118 людей похилого віку та осіб з інвалідністю, денний догляд – 27 осіб. 1 вересня у с. Нова Дофінівка відкрили відділення денного догляду на 15 місць (з початку року денним доглядом уже скористалися 39 осіб).", "a2")}
{block("Сім'ї з дітьми", "Під соціальним супроводом перебувало 38 сімей, у них 79 дітей. За квартал ми взяли під супровід 6 сімей, а 5 сімей завершили супровід з позитивним результатом.", "a3")}
{block("Гуманітарний напрям", "Пункт видачі допомоги передав родинам 640 продуктових наборів і 210 гігієнічних комплектів на загальну суму 287,5 тис. грн. Окреме спасибі БФ «Південний вітер» за 12 крісел колісних.", "a4")}
{block("Заходи та опитування", "Ми провели 14 групових заходів – арт-терапію, заняття з фінансової грамотності, «Батьківські вечори», – у яких узяли участь 296 учасників. У вересні ми опитали 75 отримувачів: якістю послуг задоволені 96 % з них. Команду поповнили 3 нові соціальні робітники, тож зараз у Центрі працює 46 працівників.", "a5")}
 <tr><td style="padding:26px 30px 10px 30px;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#333333;">У наступному випуску – план на зиму та грант на 450 тис. грн, який ми отримали на 2026 рік. До зустрічі!</td></tr>
 <tr><td align="center" style="padding:18px 30px;">
  <table role="presentation" border="0" cellpadding="0" cellspacing="0"><tr>
   <td style="padding:0 6px;"><a href="{TRK}fb"><img src="https://example.ua/mail/ico-facebook.png" width="28" alt="Facebook"></a></td>
   <td style="padding:0 6px;"><a href="{TRK}ig"><img src="https://example.ua/mail/ico-instagram.png" width="28" alt="Instagram"></a></td>
   <td style="padding:0 6px;"><a href="{TRK}tg"><img src="https://example.ua/mail/ico-telegram.png" width="28" alt="Telegram"></a></td>
  </tr></table>
 </td></tr>
</table>
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600" style="max-width:600px;">
 <tr><td align="center" style="padding:18px 30px 30px 30px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#888888;">
  Комунальна установа «Центр надання соціальних послуг» Таїровської селищної ради<br>
  67663, Одеська обл., Одеський р-н, смт Таїрове, вул. Шкільна, 5 · тел. (048) 0-71-52-36<br>
  Ви отримали цей лист, тому що є партнером Центру.<br>
  <a href="https://example.us21.list-manage.com/profile?u=7f3a91c0d2e4b5a6&amp;id=2b9c" style="color:#888888;">Оновити налаштування</a> · <a href="https://example.us21.list-manage.com/unsubscribe?u=7f3a91c0d2e4b5a6&amp;id=2b9c" style="color:#888888;">Відписатися</a><br>
  © 2025 ЦНСП Таїрове
 </td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr>
</table>
</center>
</body>
</html>
"""

write_text(report_path(NAME), HTML)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Таїровської селищної ради",
    "centre_type": "cnsp", "settlement": "Таїрове", "oblast": "Одеська",
    "report_kind": "period_report", "period_start": "2025-07-01", "period_end": "2025-09-30",
    "published": "2025-10-17"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Таїровської селищної ради",
                "КУ «Центр надання соціальних послуг» Таїровської селищної ради"],
     "report_kind": ["other"]})
F = g.f
T1 = "412\t1 287\t14\nотримувачів послуг\tнаданих соціальних послуг\tгрупових заходів"
T2 = "96 %\t38\t0\nзадоволені якістю послуг*\tсімей під соціальним супроводом\tскарг"
SS = "social_support_sjo"
f1 = F("served", "recipients", 412, T1, unit_alt="persons", label="плитка «отримувачів послуг»",
       note="figure tile: the number is in one row, its caption in the next")
f2 = F("services_provided", "services", 1287, T1, label="плитка «наданих соціальних послуг»")
f3 = F("events", "events", 14, T1, label="плитка «групових заходів»")
f4 = F("satisfaction", "percent", 96, T2, label="плитка «задоволені якістю послуг»", alt=["share"])
f5 = F("served", "families", 38, T2, service=SS, alt=["support_ongoing"],
       label="плитка «сімей під соціальним супроводом»")
f6 = F("complaints", "complaints", 0, T2, label="плитка «скарг»")
f7 = F("served", "persons", 421, "загалом за квартал послуги Центру отримала 421 особа")
f8 = F("served", "persons", 203, "із них 203 – внутрішньо переміщені особи",
       category="внутрішньо переміщені особи", parent=f7)
f9 = F("applied", "persons", 64, "Вперше до нас звернулися 64 людини", label="вперше")
f10 = F("calls", "calls", 187, "гаряча лінія прийняла 187 дзвінків")
f11 = F("served", "persons", 118, "Послугу догляду вдома у кварталі отримували 118 людей похилого "
        "віку та осіб з інвалідністю", service="home_care")
f12 = F("served", "persons", 27, "денний догляд – 27 осіб", service="day_care")
f13 = F("served", "families", 38, "Під соціальним супроводом перебувало 38 сімей", service=SS,
        alt=["support_ongoing"])
f14 = F("served", "children", 79, "у них 79 дітей", service=SS, alt=["support_ongoing"], parent=f13)
f15 = F("support_started", "families", 6, "ми взяли під супровід 6 сімей", service=SS, parent=f13)
f16 = F("support_completed", "families", 5, "5 сімей завершили супровід з позитивним результатом",
        service=SS, alt=["outcome_positive"], parent=f13,
        note="one figure for two readings (completed, with positive result); one row")
f17 = F("aid_value", "uah", 287500, "на загальну суму 287,5 тис. грн", service="natural_aid",
        label="продуктові набори та гігієнічні комплекти")
f18 = F("events", "events", 14, "Ми провели 14 групових заходів")
f19 = F("event_participants", "persons", 296, "узяли участь 296 учасників", parent=f18)
f20 = F("survey_respondents", "recipients", 75, "ми опитали 75 отримувачів", unit_alt="persons")
f21 = F("satisfaction", "percent", 96, "якістю послуг задоволені 96 % з них", alt=["share"])
f22 = F("staff_actual", "staff", 46, "зараз у Центрі працює 46 працівників")

g.slip("internal_conflict", "error", "загалом за квартал послуги Центру отримала 421 особа", 421, 412,
       [f1, f7], "the tile «412 отримувачів послуг» and the text «421 особа» give two values for the "
       "quarter's recipients (a transposition of digits); the tile says «отримувачів», the text "
       "«особа», but both count the people served in the quarter", "f1 == f7")
g.check("internal_conflict", T1, "tile 14 events = text 14 events", "f3 == f18")
g.check("internal_conflict", T2, "tile 96 % = text 96 %; tile 38 families = text 38",
        "f4 == f21 and f5 == f13")
g.check("percent_impossible", "якістю послуг задоволені 96 % з них", "96 % = 72 of 75",
        "grim_ok(f21, f20, 0)")
g.check("parts_sum", "із них 203 – внутрішньо переміщені особи", "203 ≤ 421; 64 first-time ≤ 421",
        "f8 <= f7 and f9 <= f7")
g.check("parts_sum", "ми взяли під супровід 6 сімей", "6 taken and 5 completed ≤ 38",
        "f15 <= f13 and f16 <= f13")

g.skip("Дайджест для партнерів · випуск 17 · 17 жовтня 2025", [17, 17, 2025],
       "issue number, date (→ meta.published)")
g.skip("Наш III квартал 2025 року в цифрах", [3, 2025], "period in the headline")
g.skip("1 вересня у с. Нова Дофінівка відкрили відділення денного догляду на 15 місць", [1, 15],
       "date, capacity")
g.skip("(з початку року денним доглядом уже скористалися 39 осіб)", [39],
       "year-to-date figure (January–September), not the quarter")
g.skip("передав родинам 640 продуктових наборів і 210 гігієнічних комплектів", [640, 210], "items")
g.skip("за 12 крісел колісних", [12], "items donated by a partner")
g.skip("Команду поповнили 3 нові соціальні робітники", [3], "new hires: no §3 id")
g.skip("грант на 450 тис. грн, який ми отримали на 2026 рік", [450000, 2026],
       "grant for next year, not the period's budget")
g.skip("67663, Одеська обл., Одеський р-н, смт Таїрове, вул. Шкільна, 5 · тел. (048) 0-71-52-36",
       [67663, 5, 48, 715236], "postcode, address, phone")
g.skip("© 2025 ЦНСП Таїрове", [2025], "footer year")
g.note("the reader drops the hidden preheader, «Переглянути у браузері», the «Читати далі» buttons "
       "and the social icons; the tiles come out as two tab-separated rows (numbers, then captions). "
       "Each tile figure is quoted by both rows")
g.note("tile figures repeated in the text (14 events, 96 %, 38 families) are two facts each")
g.note("a digest → report_kind period_report (it covers Q3 2025), other accepted")
g.write()
