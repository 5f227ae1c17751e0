"""b66_07: ЦСС Клесівської селищної ради, information for H1 2025 sent as an e-mail (.eml as Outlook saves it).
multipart/mixed → multipart/alternative (text/plain quoted-printable, text/html base64) + attached JPEG scan.
`zvitparse read` prints this file as raw MIME, so the gold quotes come from the mail-client view (mailview.py)."""
import base64
import io
import quopri
from common import Gold, report_path
import mailview

DOC = "b66_07_klesiv_css_h1_2025.eml"

SUBJECT = "RE: Інформація за І півріччя 2025 року (лист ОЦСС № 03-12/611)"
FROM_NAME, FROM_ADDR = "ЦСС Клесівської селищної ради", "css.klesiv@example.ua"
TO_NAME, TO_ADDR = "Відділ моніторингу Рівненського ОЦСС", "monitoring@ocss-rivne.example.ua"
CC_NAME, CC_ADDR = "Клесівська селищна рада", "rada.klesiv@example.ua"

BODY = """\
Добрий день!

Надсилаємо інформацію Центру соціальних служб Клесівської селищної ради за І півріччя 2025 року на Ваш лист від 24.06.2025 № 03-12/611. Підписаний скан (2 арк.) у вкладенні, оригінал поштою.

1. Виявлення
У І півріччі надійшли повідомлення про 58 сімей/осіб, оцінку потреб проведено 55 сім'ям/особам, складні життєві обставини виявлено у 37 з них.

2. Послуги
Соціальними послугами охоплено 624 сім'ї/особи (торік за півріччя - 571), в т.ч. 211 сімей ВПО. Надано 1537 послуг, з них:
- консультування - 812
- інформування - 503
- соціальний супровід - 164
- представництво інтересів - 23
- екстрене (кризове) втручання - 35

3. Соціальний супровід
На супроводі перебувала 41 сім'я (98 дітей), з них нових 13. Завершено супровід 15 сімей: з позитивним результатом 11, СЖО мінімізовано у 3, без результату 1. На ІІ півріччя продовжено супровід 26 сім'ям.

4. Опитування
Опитали 64 отримувачів (анкета з 12 питань): задоволені якістю послуг 81,3%, частково задоволені 15,6%, не задоволені 4,7%.

5. Інше
Групових заходів 8, учасників 119. Штат 6 посад, працює 5 фахівців (1 вакансія з 01.05). Скарг не надходило.

Якщо потрібно в іншій формі - скажіть, переробимо до понеділка.

--
З повагою,
директор ЦСС Клесівської селищної ради
34540, Рівненська обл., Сарненський р-н, смт Клесів, вул. Залізнична, 12
тел. (03655) 0-22-47

-----Original Message-----
From: Відділ моніторингу Рівненського ОЦСС <monitoring@ocss-rivne.example.ua>
Sent: Tuesday, June 24, 2025 10:15 AM
To: css.klesiv@example.ua
Subject: Інформація за І півріччя 2025 року

> Шановні колеги!
> Для зведеного звіту по 27 громадах області просимо до 04.07.2025 надати
> інформацію за І півріччя 2025 року за формою (додаток, 2 сторінки).
> Звертаємо увагу: у І півріччі 2024 р. показники вашого Центру подано
> із запізненням на 6 днів.
> Вих. № 03-12/611 від 24.06.2025, тел. (0362) 0-63-19
"""


def enc_words(s):
    """RFC 2047 =?UTF-8?B?…?= encoded words, each under 75 characters, never splitting a character."""
    out, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode("utf-8")) > 42:
            out.append(chunk)
            chunk = ""
        chunk += ch
    out.append(chunk)
    return "\r\n ".join("=?UTF-8?B?" + base64.b64encode(c.encode("utf-8")).decode() + "?=" for c in out)


def html_of(body):
    paras = body.split("\n\n")
    h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>',
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>',
         '</head><body lang="UK" link="#0563C1"><div class="WordSection1">']
    for p in paras:
        if p.startswith("> ") or p.startswith(">"):
            h.append('<blockquote style="border-left:solid #1F4E79 1.5pt;padding-left:4pt">'
                     + "<br>".join(x[2:] for x in p.split("\n")) + "</blockquote>")
        elif p.startswith("-----Original Message-----"):
            h.append('<div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>'
                     + "<br>".join(p.split("\n")).replace("<", "&lt;").replace("&lt;br>", "<br>").replace("&lt;/b", "</b")
                     + "</b></p></div>")
        else:
            h.append('<p class="MsoNormal">' + "<br>".join(p.split("\n")) + "</p>")
    h.append("</div></body></html>")
    return "\n".join(h)


def jpeg_bytes():
    from PIL import Image, ImageDraw
    im = Image.new("L", (120, 170), 245)
    d = ImageDraw.Draw(im)
    for y in range(20, 160, 9):
        d.line((12, y, 108 - (y * 7) % 40, y), fill=90)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=60)
    return buf.getvalue()


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def build(path):
    crlf = BODY.replace("\n", "\r\n")
    qp = quopri.encodestring(crlf.encode("utf-8")).decode("ascii")
    html = html_of(BODY)
    fn = "Скан_інформація_І_півріччя_2025.jpg"
    from urllib.parse import quote
    fn_star = "UTF-8''" + quote(fn)
    B1, B2 = "----=_NextPart_000_0017_01DBEC1F.6A3B2C40", "----=_NextPart_001_0018_01DBEC1F.6A3B2C40"
    parts = [
        f'From: "{enc_words(FROM_NAME)}" <{FROM_ADDR}>',
        f'To: "{enc_words(TO_NAME)}" <{TO_ADDR}>',
        f'Cc: "{enc_words(CC_NAME)}" <{CC_ADDR}>',
        "References: <001201dbe4c3$5d2a1f60$177e5e20$@ocss-rivne.example.ua>",
        "In-Reply-To: <001201dbe4c3$5d2a1f60$177e5e20$@ocss-rivne.example.ua>",
        f"Subject: {enc_words(SUBJECT)}",
        "Date: Thu, 3 Jul 2025 16:48:12 +0300",
        "Message-ID: <000f01dbec1f$6a3b2c40$3eb18490$@example.ua>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed;\r\n\tboundary="{B1}"',
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AQHb5MNdKh9gF35eIAAAvbQ6oN7R8w==",
        "Content-Language: uk",
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{B1}",
        f'Content-Type: multipart/alternative;\r\n\tboundary="{B2}"',
        "",
        "",
        f"--{B2}",
        'Content-Type: text/plain;\r\n\tcharset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp.rstrip("\r\n").replace("\n", "\r\n").replace("\r\r\n", "\r\n"),
        "",
        f"--{B2}",
        'Content-Type: text/html;\r\n\tcharset="utf-8"',
        "Content-Transfer-Encoding: base64",
        "",
        b64lines(html.encode("utf-8")),
        "",
        f"--{B2}--",
        "",
        f"--{B1}",
        f'Content-Type: image/jpeg;\r\n\tname*={fn_star}',
        "Content-Transfer-Encoding: base64",
        f'Content-Disposition: attachment;\r\n\tfilename*={fn_star}',
        "",
        b64lines(jpeg_bytes()),
        "",
        f"--{B1}--",
        "",
    ]
    with open(path, "wb") as fh:
        fh.write("\r\n".join(parts).encode("ascii"))


def main():
    path = report_path(DOC)
    build(path)
    view = mailview.register(path)
    import sys
    if "--show" in sys.argv:
        print(view)
        return
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Клесівської селищної ради",
        "centre_type": "css", "settlement": "Клесів", "oblast": "Рівненська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
        "published": "2025-07-03"})
    nt = g.f("notified", "families_persons", 58, "надійшли повідомлення про 58 сімей/осіб")
    na = g.f("needs_assessed", "families_persons", 55, "оцінку потреб проведено 55 сім'ям/особам", parent=nt)
    sj = g.f("in_difficult_circumstances", "families_persons", 37, "складні життєві обставини виявлено у 37 з них",
             parent=na)
    sv = g.f("served", "families_persons", 624, "Соціальними послугами охоплено 624 сім'ї/особи")
    idp = g.f("served", "families", 211, "в т.ч. 211 сімей ВПО", parent=sv, category="внутрішньо переміщені особи")
    sp = g.f("services_provided", "services", 1537, "Надано 1537 послуг")
    svc = [("counselling", 812, "- консультування - 812"), ("informing", 503, "- інформування - 503"),
           ("social_support_sjo", 164, "- соціальний супровід - 164"),
           ("representation", 23, "- представництво інтересів - 23"),
           ("crisis_intervention", 35, "- екстрене (кризове) втручання - 35")]
    ps = [g.f("services_provided", "services", v, q, service=k, parent=sp, group="services_1537_by_service")
          for k, v, q in svc]
    su = g.f("served", "families", 41, "На супроводі перебувала 41 сім'я", service="social_support_sjo",
             alt=["support_ongoing"])
    suc = g.f("served", "children", 98, "(98 дітей)", service="social_support_sjo", parent=su, alt=["support_ongoing"])
    st = g.f("support_started", "families", 13, "з них нових 13", service="social_support_sjo", parent=su)
    sc = g.f("support_completed", "families", 15, "Завершено супровід 15 сімей", service="social_support_sjo",
             parent=su)
    o1 = g.f("outcome_positive", "families", 11, "з позитивним результатом 11", service="social_support_sjo",
             parent=sc, group="completed_15_by_outcome")
    o2 = g.f("outcome_minimized", "families", 3, "СЖО мінімізовано у 3", service="social_support_sjo",
             parent=sc, group="completed_15_by_outcome")
    o3 = g.f("outcome_negative", "families", 1, "без результату 1", service="social_support_sjo",
             parent=sc, group="completed_15_by_outcome")
    on = g.f("support_ongoing", "families", 26, "На ІІ півріччя продовжено супровід 26 сім'ям",
             service="social_support_sjo", parent=su)
    sr = g.f("survey_respondents", "recipients", 64, "Опитали 64 отримувачів", unit_alt="persons")
    q1 = g.f("satisfaction", "percent", 81.3, "задоволені якістю послуг 81,3%", alt=["share"],
             label="задоволені якістю послуг", group="survey_answers")
    q2 = g.f("share", "percent", 15.6, "частково задоволені 15,6%", alt=["satisfaction"],
             label="частково задоволені якістю послуг", group="survey_answers")
    q3 = g.f("share", "percent", 4.7, "не задоволені 4,7%", label="не задоволені якістю послуг", group="survey_answers")
    ev = g.f("events", "events", 8, "Групових заходів 8")
    ep = g.f("event_participants", "persons", 119, "учасників 119", parent=ev)
    pos = g.f("staff_positions", "positions", 6, "Штат 6 посад")
    sa = g.f("staff_actual", "staff", 5, "працює 5 фахівців")
    cm = g.f("complaints", "complaints", 0, "Скарг не надходило.")

    g.slip("percents_sum", "error",
           "задоволені якістю послуг 81,3%, частково задоволені 15,6%, не задоволені 4,7%", 101.6, 100,
           [q1, q2, q3],
           "the three answers partition the 64 respondents but sum to 101,6 %; each alone is reachable with 64 "
           "(52, 10 and 3 of 64 → 81,25, 15,625, 4,6875), but 52 + 10 + 3 = 65 > 64",
           f"psum_ok([{q1}, {q2}, {q3}], 1)")
    g.check("percent_impossible", "Опитали 64 отримувачів", "each share alone is reachable with 64 respondents",
            f"grim_ok({q1}, {sr}, 1) and grim_ok({q2}, {sr}, 1) and grim_ok({q3}, {sr}, 1)")
    g.check("parts_sum", "Надано 1537 послуг, з них:", "812 + 503 + 164 + 23 + 35 = 1537",
            " + ".join(ps) + f" == {sp}")
    g.check("parts_sum", "Завершено супровід 15 сімей: з позитивним результатом 11, СЖО мінімізовано у 3, без результату 1",
            "11 + 3 + 1 = 15", f"{o1} + {o2} + {o3} == {sc}")
    g.check("parts_sum", "На ІІ півріччя продовжено супровід 26 сім'ям", "41 − 15 = 26; 13 new ≤ 41",
            f"{su} - {sc} == {on} and {st} <= {su}")
    g.check("parts_sum", "оцінку потреб проведено 55 сім'ям/особам", "37 ≤ 55 ≤ 58; 211 IDP families ≤ 624",
            f"{sj} <= {na} <= {nt} and {idp} <= {sv}")
    g.check("parts_sum", "Штат 6 посад, працює 5 фахівців (1 вакансія з 01.05)", "5 working + 1 vacancy = 6 positions",
            f"{sa} + 1 == {pos}")
    g.skip("Дата: 03.07.2025 16:48", [3, 7, 2025, 16, 48], "date and time the letter was sent")
    g.skip("Тема: RE: Інформація за І півріччя 2025 року (лист ОЦСС № 03-12/611)", [2025, 3, 12, 611],
           "subject: period, letter number")
    g.skip("на Ваш лист від 24.06.2025 № 03-12/611", [24, 6, 2025, 3, 12, 611], "letter date and number")
    g.skip("Підписаний скан (2 арк.)", [2], "page count")
    g.skip("(торік за півріччя - 571)", [571], "prior-year figure")
    g.skip("(анкета з 12 питань)", [12], "number of questions")
    g.skip("(1 вакансія з 01.05)", [1, 1, 5], "vacancy (literal in a check), date")
    g.skip("34540, Рівненська обл., Сарненський р-н, смт Клесів, вул. Залізнична, 12", [34540, 12], "postcode, address")
    g.skip("тел. (03655) 0-22-47", [3655, 2247], "phone")
    g.skip("Sent: Tuesday, June 24, 2025 10:15 AM", [24, 2025, 10, 15], "date of the quoted message")
    g.skip("> Для зведеного звіту по 27 громадах області просимо до 04.07.2025 надати", [27, 4, 7, 2025],
           "quoted request: hromada count, deadline")
    g.skip("> інформацію за І півріччя 2025 року за формою (додаток, 2 сторінки).", [2025, 2], "quoted request: page count")
    g.skip("> Звертаємо увагу: у І півріччі 2024 р. показники вашого Центру подано\n> із запізненням на 6 днів.",
           [2024, 6], "quoted request: prior year, delay")
    g.skip("> Вих. № 03-12/611 від 24.06.2025, тел. (0362) 0-63-19", [3, 12, 611, 24, 6, 2025, 362, 6319],
           "quoted request: outgoing number, date, phone")
    g.skip("Вкладення: Скан_інформація_І_півріччя_2025.jpg", [2025], "attachment name")
    g.note("`zvitparse read` prints this .eml as raw MIME (quoted-printable and base64 undecoded), so every quote here "
           "is from the mail-client view built by gen/mailview.py: decoded headers (Тема/Від/Дата/Кому/Копія), the "
           "decoded text/plain part, and the attachment name. The text/html part (base64) carries the same letter.")
    g.note("published = the letter's Date header (2025-07-03)")
    g.note("«сімей/осіб» → families_persons; «211 сімей ВПО» is a families part of the 624")
    g.note("survey: three standalone percentages (no counts); «задоволені» → satisfaction (alt share), the other two "
           "share; they partition the 64")
    g.note("the quoted earlier message (> …, -----Original Message-----) and the signature carry no facts")
    g.skip('за І півріччя 2025 року на Ваш лист', [1, 2025], 'period')
    g.skip('1. Виявлення', [1, 2, 3, 4, 5], 'section numbers 1.–5.')
    g.skip('Subject: Інформація за І півріччя 2025 року', [2025], 'quoted subject: period')
    g.write()

if __name__ == "__main__":
    main()
