"""b114_08: Центр соціальних служб Пасічнянської сільської ради (Івано-Франківська): information for Q1 2025
sent by e-mail, saved as .eml. multipart/alternative: text/plain (quoted-printable) + text/html (base64), both
UTF-8; RFC 2047 encoded headers; a signature with phone and address; the department's earlier request quoted
below with its own figures. Built by hand (no random MIME boundary) so the bytes are reproducible."""
import base64
import quopri
from email.header import Header

from common import Gold, report_path, read_text, uncovered

NAME = "b114_08_pasichna_css_q1_2025.eml"

FROM_NAME = "ЦСС Пасічнянської сільської ради"
TO_NAME = "Відділ соціального захисту населення"
SUBJECT = "Re: Запит щодо інформації за I квартал 2025 року"

PLAIN = """\
Добрий день!

На Ваш лист від 01.04.2025 № 01-18/233 надсилаємо інформацію про роботу Центру соціальних служб Пасічнянської сільської ради за I квартал 2025 року.

1. Протягом кварталу до Центру звернулися 87 осіб. Надійшли повідомлення про 14 сімей, які можуть перебувати у складних життєвих обставинах; оцінку потреб проведено 12 сім'ям, 7 із них визнано такими, що перебувають у СЖО.

2. У I кварталі під соціальним супроводом перебувало 18 сімей (в них 39 дітей), з них 5 сімей взято під супровід у звітному кварталі. Завершено супровід 3 сімей - усім з позитивним результатом.

3. Соціальні послуги за I квартал 2025 року:

  Послуга                                   Отримувачів   Надано послуг
  Інформування                                       96             104
  Консультування                                     71             118
  Соціальний супровід сімей у СЖО                    16             142
  Соціальне супроводження прийомних сімей             2              24
  Разом                                             185             388

4. Проведено 3 групові заходи (батьківський клуб, тренінг для підлітків), участь у них взяв 41 учасник. На телефон Центру надійшло 27 дзвінків. Видано 52 гуманітарні набори від партнерської організації.

5. Штатна чисельність - 8 посад, фактично працює 7 фахівців (1 фахівчиня перебуває у відпустці для догляду за дитиною до 3 років).

Скарг на роботу Центру у I кварталі не надходило.

Таблицю у форматі Excel надішлемо окремим листом до 08.04.2025.

-- 
З повагою,
директор Центру соціальних служб Пасічнянської сільської ради
тел. (03475) 0-31-62
78420, Івано-Франківська обл., Надвірнянський р-н, с. Пасічна, вул. Незалежності, 15
css.pasichna@example.ua

вт, 1 квіт. 2025 р. о 09:12 Відділ соціального захисту населення <vszn.pasichna@example.ua> пише:
> Шановні колеги!
> Просимо до 07.04.2025 надати інформацію про роботу Центру за I квартал 2025 року за такими показниками (всього 9 позицій): звернення, повідомлення, оцінка потреб, соціальний супровід, надані послуги, групові заходи, дзвінки, кадри, скарги.
> Нагадуємо, що за IV квартал 2024 року Центр звітував про 21 сім'ю під соціальним супроводом та 402 надані послуги. Планове значення на 2025 рік - охоплення супроводом не менше 25 сімей.
> Лист від 01.04.2025 № 01-18/233.
> Відділ соціального захисту населення Пасічнянської сільської ради, тел. (03475) 0-30-11
"""

HTML = """\
<div dir="ltr"><div>Добрий день!</div><div><br></div>
<div>На Ваш лист від 01.04.2025 № 01-18/233 надсилаємо інформацію про роботу Центру соціальних служб Пасічнянської сільської ради за I квартал 2025 року.</div><div><br></div>
<div>1. Протягом кварталу до Центру звернулися 87 осіб. Надійшли повідомлення про 14 сімей, які можуть перебувати у складних життєвих обставинах; оцінку потреб проведено 12 сім'ям, 7 із них визнано такими, що перебувають у СЖО.</div><div><br></div>
<div>2. У I кварталі під соціальним супроводом перебувало 18 сімей (в них 39 дітей), з них 5 сімей взято під супровід у звітному кварталі. Завершено супровід 3 сімей – усім з позитивним результатом.</div><div><br></div>
<div>3. Соціальні послуги за I квартал 2025 року:</div>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tbody>
<tr><td><b>Послуга</b></td><td><b>Отримувачів</b></td><td><b>Надано послуг</b></td></tr>
<tr><td>Інформування</td><td>96</td><td>104</td></tr>
<tr><td>Консультування</td><td>71</td><td>118</td></tr>
<tr><td>Соціальний супровід сімей у СЖО</td><td>16</td><td>142</td></tr>
<tr><td>Соціальне супроводження прийомних сімей</td><td>2</td><td>24</td></tr>
<tr><td><b>Разом</b></td><td><b>185</b></td><td><b>388</b></td></tr>
</tbody></table><div><br></div>
<div>4. Проведено 3 групові заходи (батьківський клуб, тренінг для підлітків), участь у них взяв 41 учасник. На телефон Центру надійшло 27 дзвінків. Видано 52 гуманітарні набори від партнерської організації.</div><div><br></div>
<div>5. Штатна чисельність – 8 посад, фактично працює 7 фахівців (1 фахівчиня перебуває у відпустці для догляду за дитиною до 3 років).</div><div><br></div>
<div>Скарг на роботу Центру у I кварталі не надходило.</div><div><br></div>
<div>Таблицю у форматі Excel надішлемо окремим листом до 08.04.2025.</div><div><br></div>
<div>-- <br></div>
<div dir="ltr" class="gmail_signature"><div>З повагою,</div><div>директор Центру соціальних служб Пасічнянської сільської ради</div><div>тел. (03475) 0-31-62</div><div>78420, Івано-Франківська обл., Надвірнянський р-н, с. Пасічна, вул. Незалежності, 15</div><div><a href="mailto:css.pasichna@example.ua">css.pasichna@example.ua</a></div></div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">вт, 1 квіт. 2025 р. о 09:12 Відділ соціального захисту населення &lt;<a href="mailto:vszn.pasichna@example.ua">vszn.pasichna@example.ua</a>&gt; пише:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div>Шановні колеги!</div>
<div>Просимо до 07.04.2025 надати інформацію про роботу Центру за I квартал 2025 року за такими показниками (всього 9 позицій): звернення, повідомлення, оцінка потреб, соціальний супровід, надані послуги, групові заходи, дзвінки, кадри, скарги.</div>
<div>Нагадуємо, що за IV квартал 2024 року Центр звітував про 21 сім'ю під соціальним супроводом та 402 надані послуги. Планове значення на 2025 рік – охоплення супроводом не менше 25 сімей.</div>
<div>Лист від 01.04.2025 № 01-18/233.</div>
<div>Відділ соціального захисту населення Пасічнянської сільської ради, тел. (03475) 0-30-11</div>
</blockquote></div>
"""

BOUNDARY = "000000000000b7f4a2062fd1c0e3"


def enc_header(s):
    return Header(s, "utf-8").encode()


def build():
    qp = quopri.encodestring(PLAIN.encode("utf-8")).decode("ascii")
    b64 = base64.encodebytes(HTML.encode("utf-8")).decode("ascii")
    lines = [
        "MIME-Version: 1.0",
        "Date: Fri, 4 Apr 2025 14:37:21 +0300",
        "References: <CAF3kq9w2x+Ld0pQ@mail.example.ua>",
        "In-Reply-To: <CAF3kq9w2x+Ld0pQ@mail.example.ua>",
        "Message-ID: <CAH7p1sT9mQe4bR@mail.example.ua>",
        f"Subject: {enc_header(SUBJECT)}",
        f"From: {enc_header(FROM_NAME)} <css.pasichna@example.ua>",
        f"To: {enc_header(TO_NAME)} <vszn.pasichna@example.ua>",
        f'Content-Type: multipart/alternative; boundary="{BOUNDARY}"',
        "",
        f"--{BOUNDARY}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp.rstrip("\n"),
        "",
        f"--{BOUNDARY}",
        'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: base64",
        "",
        b64.rstrip("\n"),
        "",
        f"--{BOUNDARY}--",
        "",
    ]
    data = "\n".join(lines).replace("\n", "\r\n")
    with open(report_path(NAME), "wb") as fh:
        fh.write(data.encode("ascii"))


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Пасічнянської сільської ради",
        "centre_type": "css", "settlement": "Пасічна", "oblast": "Івано-Франківська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31",
    })
    F = g.f
    text = read_text(report_path(NAME))

    def q(s):
        assert s in text, s
        return s
    app = F("applied", "persons", 87, q("до Центру звернулися 87 осіб"))
    ntf = F("notified", "families", 14, q("Надійшли повідомлення про 14 сімей"))
    na = F("needs_assessed", "families", 12, q("оцінку потреб проведено 12 сім'ям"))
    sjo = F("in_difficult_circumstances", "families", 7, q("7 із них визнано такими, що перебувають у СЖО"),
            parent=na)
    sup = F("served", "families", 18, q("під соціальним супроводом перебувало 18 сімей"),
            service="social_support_sjo", alt=["support_ongoing"])
    supc = F("served", "children", 39, q("(в них 39 дітей)"), service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    st = F("support_started", "families", 5, q("з них 5 сімей взято під супровід у звітному кварталі"),
           service="social_support_sjo", parent=sup)
    cp = F("support_completed", "families", 3, q("Завершено супровід 3 сімей"), service="social_support_sjo",
           parent=sup)
    op = F("outcome_positive", "families", 3, q("усім з позитивним результатом"), parent=cp,
           note="«усім» = all 3 completed families: a figure in words")
    tr = F("served", "families_persons", 185, q("Разом\t185\t388"), unit_alt="recipients")
    ts = F("services_provided", "services", 388, q("Разом\t185\t388"))
    rows = [("informing", 96, 104, "Інформування\t96\t104"),
            ("counselling", 71, 118, "Консультування\t71\t118"),
            ("social_support_sjo", 16, 142, "Соціальний супровід сімей у СЖО\t16\t142"),
            ("social_support_foster", 2, 24, "Соціальне супроводження прийомних сімей\t2\t24")]
    rid, sid = [], []
    for svc, r, s_, qq in rows:
        rid.append(F("served", "families_persons", r, q(qq), service=svc, unit_alt="recipients",
                     group="t_recipients", parent=tr))
        sid.append(F("services_provided", "services", s_, q(qq), service=svc, group="t_services", parent=ts))
    ev = F("events", "events", 3, q("Проведено 3 групові заходи"))
    evp = F("event_participants", "persons", 41, q("участь у них взяв 41 учасник"), parent=ev)
    cl = F("calls", "calls", 27, q("На телефон Центру надійшло 27 дзвінків"))
    pos = F("staff_positions", "positions", 8, q("Штатна чисельність – 8 посад"))
    act = F("staff_actual", "staff", 7, q("фактично працює 7 фахівців"))
    cpl = F("complaints", "complaints", 0, q("Скарг на роботу Центру у I кварталі не надходило"))

    def n(x):
        return x[1:]

    g.slip("internal_conflict", "error", "Соціальний супровід сімей у СЖО\t16\t142", 16, 18, [rid[2], sup],
           "the table gives 16 recipients of social support in СЖО for Q1 2025, the text 18 families under "
           "support in the same quarter (same indicator, service and period). The table's own Разом adds up "
           "with 16, so the slip is between the text and the table",
           f"f{n(rid[2])} == f{n(sup)}")
    g.check("table_arithmetic", "Разом\t185\t388", "96 + 71 + 16 + 2 = 185",
            " + ".join(f"f{n(x)}" for x in rid) + f" == f{n(tr)}")
    g.check("table_arithmetic", "Разом\t185\t388", "104 + 118 + 142 + 24 = 388",
            " + ".join(f"f{n(x)}" for x in sid) + f" == f{n(ts)}")
    g.check("parts_sum", "з них 5 сімей взято під супровід", "5 taken ≤ 18; 3 completed ≤ 18; 3 positive = 3 completed",
            f"f{n(st)} <= f{n(sup)} and f{n(cp)} <= f{n(sup)} and f{n(op)} == f{n(cp)}")
    g.check("parts_sum", "7 із них визнано", "7 ≤ 12 assessed ≤ 14 notified",
            f"f{n(sjo)} <= f{n(na)} <= f{n(ntf)}")
    g.check("parts_sum", "фактично працює 7 фахівців", "7 ≤ 8", f"f{n(act)} <= f{n(pos)}")

    g.skip(q("Тема: Re: Запит щодо інформації за I квартал 2025 року"), [2025], "subject: year")
    g.skip(q("Дата: 04.04.2025 14:37"), [4, 4, 2025, 14, 37], "date header")
    g.skip(q("На Ваш лист від 01.04.2025 № 01-18/233"), [1, 4, 2025, 1, 18, 233], "letter date and number")
    g.skip(q("за I квартал 2025 року."), [2025], "year")
    g.skip(q("3. Соціальні послуги за I квартал 2025 року:"), [3, 2025], "item number, year")
    g.skip(q("Видано 52 гуманітарні набори"), [52], "items (набори)")
    g.skip(q("(1 фахівчиня перебуває у відпустці для догляду за дитиною до 3 років)"), [1, 3],
           "staff on childcare leave (no §3 id), age")
    g.skip(q("Таблицю у форматі Excel надішлемо окремим листом до 08.04.2025."), [8, 4, 2025], "date")
    g.skip(q("тел. (03475) 0-31-62"), [3475, 3162], "phone in the signature")
    g.skip(q("78420, Івано-Франківська обл., Надвірнянський р-н, с. Пасічна, вул. Незалежності, 15"),
           [78420, 15], "postcode, address")
    g.skip(q("вт, 1 квіт. 2025 р. о 09:12"), [1, 2025, 9, 12], "date of the quoted message")
    g.skip(q("Просимо до 07.04.2025 надати інформацію про роботу Центру за I квартал 2025 року за такими "
             "показниками (всього 9 позицій)"), [7, 4, 2025, 2025, 9], "quoted request: deadline, item count")
    g.skip(q("Нагадуємо, що за IV квартал 2024 року Центр звітував про 21 сім'ю під соціальним супроводом та "
             "402 надані послуги"), [2024, 21, 402], "quoted request: Q4 2024 figures (another period)")
    g.skip(q("Планове значення на 2025 рік – охоплення супроводом не менше 25 сімей"), [2025, 25],
           "quoted request: plan")
    g.skip(q("Лист від 01.04.2025 № 01-18/233."), [1, 4, 2025, 1, 18, 233], "letter date and number")
    g.skip(q("тел. (03475) 0-30-11"), [3475, 3011], "phone of the department")
    for h, v in (("1. Протягом кварталу", 1), ("2. У I кварталі", 2), ("4. Проведено", 4),
                 ("5. Штатна чисельність", 5)):
        g.skip(q(h), [v], "item number")

    g.note("the reader prints the header block (Тема/Від/Дата/Кому) and the text/html part; the text/plain part "
           "says the same in plain text and is not printed")
    g.note("the department's quoted request (Q4 2024 figures 21 and 402, the 2025 plan of 25 families, "
           "deadlines, letter number) is not the centre's Q1 2025 report: skipped")
    g.note("planted slip: 18 families under social support in the text vs 16 recipients in the table row → "
           "internal_conflict (the table's Разом is consistent with 16)")
    g.note("«Отримувачів» in the table with no kind: families_persons for a ЦСС table mixing families and "
           "persons, unit_alt recipients")
    g.note("«усім з позитивним результатом» → outcome_positive 3 (number in words)")
    g.note("the From/To display names are RFC 2047 encoded-words split inside a word; the reader prints them "
           "with a space at the split («сільськ ої»). Not annotated; the centre's name is taken from the body")
    g.note("published is not set: the e-mail date is a sending date, not a publication date")
    g.write()
    return g


if __name__ == "__main__":
    build()
    g = gold()
    for num, line in uncovered(g, read_text(report_path(NAME))):
        print("  uncovered:", num, "|", line)
