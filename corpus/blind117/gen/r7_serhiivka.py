"""b117_07: КУ «ЦНСП» Сергіївської сільської ради (Полтавська), e-mail newsletter on H1 2024, saved by a mail client.
Table-based layout with inline styles, MSO conditional comments, a hidden preheader repeating the lead figures,
«Переглянути у браузері», social icons, an unsubscribe footer. First person plural. One planted slip (internal_conflict)."""
from common import Gold, report_path, write_text

DOC = "b117_07_serhiivka_cnsp_h1_2024.html"

TD = 'style="padding:0 32px 14px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;"'
H2 = 'style="margin:0 0 10px 0;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:24px;color:#1f5f8b;font-weight:bold;"'
P = 'style="margin:0 0 12px 0;"'
CELL = 'style="padding:6px 8px;border-bottom:1px solid #e3e3e3;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;"'
CELLR = 'style="padding:6px 8px;border-bottom:1px solid #e3e3e3;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;text-align:right;"'
STAT = 'style="padding:16px 8px;font-family:Arial,Helvetica,sans-serif;text-align:center;background-color:#eaf3fa;"'
BIG = 'style="font-size:30px;line-height:34px;font-weight:bold;color:#1f5f8b;"'
SMALL = 'style="font-size:13px;line-height:17px;color:#555555;"'

ROWS = [("Інформування", "158", "402"), ("Консультування", "117", "296"), ("Догляд вдома", "49", "3 012"),
        ("Денний догляд", "21", "198"), ("Соціальна адаптація", "14", "46"), ("Натуральна допомога", "62", "62")]
TOTAL = ("Разом", "421", "4 016")


def trow(cells, bold=False):
    b = "font-weight:bold;" if bold else ""
    out = []
    for i, c in enumerate(cells):
        st = CELLR if i else CELL
        if b:
            st = st.replace('color:#333333;', 'color:#333333;' + b)
        out.append(f"<td {st}>{c}</td>")
    return "<tr>" + "".join(out) + "</tr>"


TABLE_ROWS = "\n".join(trow(r) for r in ROWS) + "\n" + trow(TOTAL, bold=True)

HTML = f"""\
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="x-apple-disable-message-reformatting" />
<title>Вісник ЦНСП № 7: підсумки першого півріччя</title>
<!--[if gte mso 9]><xml>
<o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings>
</xml><![endif]-->
<!--[if mso]><style type="text/css">table, td, h1, h2, p {{font-family: Arial, sans-serif !important;}}</style><![endif]-->
<style type="text/css">
  body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; }}
  table {{ border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; }}
  img {{ border:0; outline:none; text-decoration:none; -ms-interpolation-mode:bicubic; }}
  @media only screen and (max-width:620px) {{ .container {{ width:100% !important; }} .stack {{ display:block !important; width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f4f6;">
<div style="display:none;font-size:1px;color:#f2f4f6;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;mso-hide:all;">412 отримувачів, 4 016 послуг і 96 % задоволених – підсумки півріччя Центру надання соціальних послуг&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f6;">
<tr><td align="center" style="padding:12px 0;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background-color:#ffffff;">
<tr><td align="right" style="padding:8px 16px;font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#888888;"><a href="https://cnsp-serhiivka.example.ua/newsletter/7" style="color:#888888;">Переглянути у браузері</a></td></tr>
<tr><td align="center" style="padding:20px 32px;background-color:#1f5f8b;">
<img src="https://cnsp-serhiivka.example.ua/mail/logo.png" width="64" height="64" alt="ЦНСП" style="display:block;" />
<h1 style="margin:10px 0 0 0;font-family:Arial,Helvetica,sans-serif;font-size:24px;line-height:30px;color:#ffffff;">Вісник ЦНСП Сергіївської громади</h1>
<p style="margin:4px 0 0 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#d6e6f2;">Випуск № 7 · липень 2024 · підсумки I півріччя 2024 року</p>
</td></tr>
<tr><td {TD}><p style="margin:20px 0 12px 0;">Добрий день, друзі!</p>
<p {P}>Ось і минуло перше півріччя 2024 року – час підбити підсумки. Коротко про головне в цифрах:</p></td></tr>
<tr><td style="padding:0 24px 18px 24px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="8" border="0"><tr>
<td class="stack" width="33%" {STAT}><div {BIG}>412</div><div {SMALL}>осіб отримали послуги</div></td>
<td class="stack" width="33%" {STAT}><div {BIG}>4 016</div><div {SMALL}>наданих послуг</div></td>
<td class="stack" width="33%" {STAT}><div {BIG}>96 %</div><div {SMALL}>задоволених опитаних</div></td>
</tr></table>
</td></tr>
<tr><td {TD}><h2 {H2}>Що ми зробили за пів року</h2>
<p {P}>Загалом за січень – червень наші послуги отримала 421 особа. Найбільше – консультування та інформування, а найбільше часу забирає догляд вдома: 49 наших підопічних отримали за півроку понад три тисячі відвідувань.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td {CELL}><b>Послуга</b></td><td {CELLR}><b>Осіб</b></td><td {CELLR}><b>Послуг</b></td></tr>
{TABLE_ROWS}
</table>
</td></tr>
<tr><td {TD}><h2 {H2}>Підтримка сімей з дітьми</h2>
<p {P}>Зараз під нашим соціальним супроводом 14 сімей, у яких зростає 31 дитина. За півроку ми взяли під супровід 5 сімей, а завершили – 4, і всі чотири – з позитивним результатом!</p>
<p {P}>Натуральну допомогу ми розвозили разом з волонтерами: 62 продуктові набори на 49,6 тис. грн передали родинам, які цього найбільше потребували.</p></td></tr>
<tr><td {TD}><h2 {H2}>Клуб «Срібний вік»</h2>
<p {P}>Провели 6 зустрічей клубу – майстер-класи, кінопокази, чаювання. Прийшли 94 учасники, найстаршій з них – 91 рік!</p></td></tr>
<tr><td {TD}><h2 {H2}>Ваша думка</h2>
<p {P}>У червні нашу анкету заповнили 45 отримувачів. 96 % опитаних задоволені якістю послуг, і жодної скарги за півроку ми не отримали. Дякуємо за довіру!</p></td></tr>
<tr><td {TD}><h2 {H2}>Команда</h2>
<p {P}>Нас 17 (штатний розпис – 18 посад). У травні до команди приєдналася нова фахівчиня із соціальної роботи, тож вакантною лишається одна посада.</p>
<p {P}>Шукаємо ще одного соціального робітника для сіл Бірки та Вишневе: заробітна плата – від 8 000 грн, графік – з 8:00 до 17:00. Телефонуйте!</p></td></tr>
<tr><td {TD}><h2 {H2}>Чи знаєте ви?</h2>
<p {P}>Догляд вдома надається безоплатно, якщо середньомісячний дохід отримувача не перевищує двох прожиткових мінімумів. Звернутися можна до нашого фахівця у своєму старостаті щовівторка з 9:00 до 13:00 або за телефоном гарячої лінії (05354) 0-27-85.</p>
<p {P}>Наступний випуск вісника – у січні 2025 року. До зустрічі!</p></td></tr>
<tr><td align="center" style="padding:18px 32px;background-color:#f7f7f7;">
<a href="https://facebook.com/cnsp.serhiivka.example"><img src="https://cnsp-serhiivka.example.ua/mail/fb.png" width="28" height="28" alt="Facebook" style="display:inline-block;" /></a>&nbsp;
<a href="https://t.me/cnsp_serhiivka_example"><img src="https://cnsp-serhiivka.example.ua/mail/tg.png" width="28" height="28" alt="Telegram" style="display:inline-block;" /></a>&nbsp;
<a href="https://youtube.com/@cnsp-serhiivka-example"><img src="https://cnsp-serhiivka.example.ua/mail/yt.png" width="28" height="28" alt="YouTube" style="display:inline-block;" /></a>
</td></tr>
<tr><td align="center" style="padding:14px 32px 24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#888888;">
КУ «Центр надання соціальних послуг» Сергіївської сільської ради<br />
37450, Полтавська обл., Миргородський р-н, с. Сергіївка, вул. Незалежності, 22 · тел. (05354) 0-27-81 · cnsp@example.ua<br />
Ви отримали цей лист, тому що підписалися на вісник на нашому сайті.<br />
<a href="https://cnsp-serhiivka.example.ua/unsubscribe?u=8f3a2c" style="color:#888888;">Відписатися від розсилки</a> · <a href="https://cnsp-serhiivka.example.ua/prefs" style="color:#888888;">Налаштування підписки</a>
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
"""


def gold(text):
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Сергіївської сільської ради",
        "centre_type": "cnsp", "settlement": "Сергіївка", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
    }, meta_alt={"centre": ["КУ «Центр надання соціальних послуг» Сергіївської сільської ради",
                            "Комунальна установа «Центр надання соціальних послуг» Сергіївської сільської ради"],
                 "report_kind": ["other"]})
    f = g.f
    def q_of(s):
        assert s in text, s
        return s
    h1 = f("served", "persons", 412, q_of(HERO_Q[0]), label="лід-блок: осіб отримали послуги")
    h2 = f("services_provided", "services", 4016, q_of(HERO_Q[1]), label="лід-блок: наданих послуг")
    h3 = f("satisfaction", "percent", 96, q_of(HERO_Q[2]), alt=["share"], label="лід-блок: задоволених опитаних")
    body = f("served", "persons", 421, "Загалом за січень – червень наші послуги отримала 421 особа")
    hc = f("served", "persons", 49, "49 наших підопічних отримали за півроку понад три тисячі відвідувань", service="home_care")
    svc = ["informing", "counselling", "home_care", "day_care", "social_adaptation", "natural_aid"]
    tq = "\t".join(TOTAL)
    t_rec = f("served", "persons", 421, q_of(tq), label="Разом")
    t_srv = f("services_provided", "services", 4016, tq, label="Разом")
    rec, srv = [], []
    for r, s in zip(ROWS, svc):
        q = q_of("\t".join(r))
        rec.append(f("served", "persons", int(r[1]), q, service=s, group="table_recipients", parent=t_rec))
        srv.append(f("services_provided", "services", int(r[2].replace(" ", "")), q, service=s, group="table_services",
                     parent=t_srv))
    ss = f("served", "families", 14, "Зараз під нашим соціальним супроводом 14 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    ssc = f("served", "children", 31, "у яких зростає 31 дитина", service="social_support_sjo", alt=["support_ongoing"],
            parent=ss)
    st_ = f("support_started", "families", 5, "За півроку ми взяли під супровід 5 сімей", service="social_support_sjo")
    sc = f("support_completed", "families", 4, "а завершили – 4", service="social_support_sjo")
    op = f("outcome_positive", "families", 4, "і всі чотири – з позитивним результатом", service="social_support_sjo",
           parent=sc, note="number in words")
    av = f("aid_value", "uah", 49600, "62 продуктові набори на 49,6 тис. грн", service="natural_aid")
    ev = f("events", "events", 6, "Провели 6 зустрічей клубу")
    ep = f("event_participants", "persons", 94, "Прийшли 94 учасники", parent=ev)
    sr = f("survey_respondents", "recipients", 45, "нашу анкету заповнили 45 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 96, "96 % опитаних задоволені якістю послуг", alt=["share"])
    cp = f("complaints", "complaints", 0, "жодної скарги за півроку ми не отримали")
    sa = f("staff_actual", "staff", 17, "Нас 17")
    sp = f("staff_positions", "positions", 18, "штатний розпис – 18 посад")

    n = lambda x: int(x[1:])  # noqa: E731
    v = lambda x: f"f{n(x)}"  # noqa: E731
    g.slip("internal_conflict", "error", "Загалом за січень – червень наші послуги отримала 421 особа", 412, 421, [h1, body, t_rec],
           "the lead card says 412 recipients, the body and the table's Разом say 421 persons for the same half-year (transposed digits). The other two cards (4 016 services, 96 %) agree with the body",
           f"{v(h1)} == {v(body)}")
    g.check("table_arithmetic", tq, "158 + 117 + 49 + 21 + 14 + 62 = 421", " + ".join(v(x) for x in rec) + f" == {v(t_rec)}")
    g.check("table_arithmetic", tq, "402 + 296 + 3 012 + 198 + 46 + 62 = 4 016", " + ".join(v(x) for x in srv) + f" == {v(t_srv)}")
    g.check("internal_conflict", tq, "lead card 4 016 services = table Разом; body 421 = table Разом; home care 49 = table row",
            f"{v(h2)} == {v(t_srv)} and {v(body)} == {v(t_rec)} and {v(hc)} == {v(rec[2])}")
    g.check("internal_conflict", "96 % опитаних задоволені якістю послуг", "lead card 96 % = survey 96 %", f"{v(h3)} == {v(sat)}")
    g.check("percent_impossible", "96 % опитаних задоволені якістю послуг", "43 / 45 = 95,6 % → 96", f"grim_ok({v(sat)}, {v(sr)}, 0)")
    g.check("parts_sum", "а завершили – 4, і всі чотири – з позитивним результатом", "4 positive of 4 completed; 5 taken",
            f"{v(op)} == {v(sc)}")
    g.check("parts_sum", "Нас 17 (штатний розпис – 18 посад)", "17 + 1 vacancy (literal «одна посада») = 18",
            f"{v(sa)} + 1 == {v(sp)}")
    g.skip("Випуск № 7 · липень 2024 · підсумки I півріччя 2024 року", [7, 2024, 1, 2024], "issue number, month, period")
    g.skip("Ось і минуло перше півріччя 2024 року", [2024], "year")
    g.skip("49 наших підопічних отримали за півроку понад три тисячі відвідувань", [3000],
           "«понад три тисячі відвідувань» is an approximate restatement of the table's 3 012 home-care services, not a figure of its own (the 49 is a fact)")
    g.skip("62 продуктові набори", [62], "items (набори); the 62 recipients are the table row")
    g.skip("найстаршій з них – 91 рік", [91], "age")
    g.skip("У червні", [], "survey month (no digits)")
    g.skip("тож вакантною лишається одна посада", [1], "vacancy: no §3 id (literal in a check)")
    g.skip("заробітна плата – від 8 000 грн, графік – з 8:00 до 17:00", [8000, 8, 17], "vacancy announcement: salary, hours")
    g.skip("якщо середньомісячний дохід отримувача не перевищує двох прожиткових мінімумів", [2], "eligibility rule (number in words)")
    g.skip("щовівторка з 9:00 до 13:00 або за телефоном гарячої лінії (05354) 0-27-85", [9, 13, 5354, 2785], "office hours, phone")
    g.skip("Наступний випуск вісника – у січні 2025 року.", [2025], "next issue date")
    g.skip("37450, Полтавська обл., Миргородський р-н, с. Сергіївка, вул. Незалежності, 22 · тел. (05354) 0-27-81",
           [37450, 22, 5354, 2781], "postcode, address, phone")
    g.note("an e-mail newsletter saved by the mail client: the reader prints neither the hidden preheader (which repeats 412, 4 016 and 96 %) nor «Переглянути у браузері» nor the social icons; none of them is in the gold")
    g.note("the three stat cards of the lead come out as one tab-separated line; each card is a fact quoted by its own text")
    g.note("report_kind period_report (half-year); meta_alt allows other (a newsletter)")
    g.note("the lead card 412 vs the body and table 421 is the planted internal_conflict; the card and the body sentence are both served/persons facts of the half-year")
    g.note("the table's Разом (421, 4 016) and the lead cards/body are separate facts; rows hang on the Разом of their column")
    g.note("«Зараз під нашим соціальним супроводом 14 сімей» → served social_support_sjo (alt support_ongoing); «всі чотири – з позитивним результатом» → outcome_positive 4 (number in words) under support_completed 4")
    g.note("«Нас 17» → staff_actual 17; «жодної скарги» → complaints 0")
    return g


HERO_Q = ["412 осіб отримали послуги", "4 016 наданих послуг", "96 % задоволених опитаних"]

if __name__ == "__main__":
    from common import read_text
    path = report_path(DOC)
    write_text(path, HTML)
    gold(read_text(path)).write()
