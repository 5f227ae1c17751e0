"""b64_01: КУ «Центр надання соціальних послуг» Ренійської міської ради (Одеська), report for 2024,
published as one item of the council site's RSS 2.0 feed saved as .xml (WordPress-style /feed/):
<channel> with title/link, four <item>s; the centre's report is the second item, the others are
unrelated news with their own numbers. The report item has an escaped-HTML <description> teaser and
the full article in <content:encoded><![CDATA[ … ]]> with &nbsp;, <strong> and an HTML table.

`zvitparse read` prints this file as plain text (format txt): the raw XML, markup included. Gold
quotes are verbatim substrings of that raw text; most are chosen inside text nodes, so they are also
what a browser shows; the ones with &nbsp; or tags are listed in the notes."""
import re

from common import Gold, write_text, report_path, read_text

DOC = "b64_01_reni_cnsp_annual2024.xml"

XML = """\
<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom">
<channel>
\t<title>Ренійська міська рада</title>
\t<atom:link href="https://reni-rada.example.ua/feed/" rel="self" type="application/rss+xml" />
\t<link>https://reni-rada.example.ua</link>
\t<description>Офіційний вебсайт Ренійської міської територіальної громади</description>
\t<lastBuildDate>Tue, 14 Jan 2025 15:40:11 +0000</lastBuildDate>
\t<language>uk</language>
\t<generator>https://wordpress.org/?v=6.4.2</generator>
\t<item>
\t\t<title>Оголошення про проведення 52-ї сесії міської ради</title>
\t\t<link>https://reni-rada.example.ua/2025/01/14/52-sesiia/</link>
\t\t<dc:creator><![CDATA[admin]]></dc:creator>
\t\t<pubDate>Tue, 14 Jan 2025 13:25:00 +0000</pubDate>
\t\t<category><![CDATA[Новини]]></category>
\t\t<guid isPermaLink="false">https://reni-rada.example.ua/?p=8843</guid>
\t\t<description><![CDATA[<p>23 січня 2025 року о 10:00 відбудеться 52-га сесія міської ради 8 скликання&#8230;</p>]]></description>
\t\t<content:encoded><![CDATA[<p>23 січня 2025 року о 10:00 у залі засідань (вул. Соборна, 118) відбудеться 52-га сесія міської ради 8 скликання. До порядку денного включено 37 питань.</p>]]></content:encoded>
\t</item>
\t<item>
\t\t<title>Звіт КУ «Центр надання соціальних послуг» за 2024 рік</title>
\t\t<link>https://reni-rada.example.ua/2025/01/14/zvit-cnsp-2024/</link>
\t\t<dc:creator><![CDATA[soczahyst]]></dc:creator>
\t\t<pubDate>Tue, 14 Jan 2025 09:12:00 +0200</pubDate>
\t\t<category><![CDATA[Соціальний захист]]></category>
\t\t<category><![CDATA[Звіти]]></category>
\t\t<guid isPermaLink="false">https://reni-rada.example.ua/?p=8841</guid>
\t\t<description>&lt;p&gt;У 2024 році КУ «Центр надання соціальних послуг» Ренійської міської ради надав послуги 1&amp;nbsp;318 мешканцям громади&amp;#8230;&lt;/p&gt;</description>
\t\t<content:encoded><![CDATA[<p>Комунальна установа «Центр надання соціальних послуг» Ренійської міської ради (68800, Одеська обл., м. Рені, вул. Дунайська, 64, тел. (04840) 0-41-27, ЄДРПОУ 43517296) звітує про роботу у 2024 році відповідно до рішення міської ради від 21.12.2023 № 1482-VIII.</p>
<p>Соціальні послуги у 2024 році отримали <strong>1&nbsp;318</strong> осіб (у 2023 році – 1&nbsp;206), з них 354 – внутрішньо переміщені особи.</p>
<table class="wp-block-table">
<tr><th>Послуга</th><th>Отримувачів</th><th>з них ВПО</th></tr>
<tr><td>Догляд вдома</td><td>164</td><td>21</td></tr>
<tr><td>Денний догляд</td><td>47</td><td>12</td></tr>
<tr><td>Натуральна допомога</td><td>538</td><td>203</td></tr>
<tr><td>Консультування</td><td>412</td><td>96</td></tr>
<tr><td>Соціальний супровід сімей у СЖО</td><td>39</td><td>8</td></tr>
<tr><td>Соціальне таксі</td><td>118</td><td>14</td></tr>
<tr><td><strong>Разом</strong></td><td><strong>1&nbsp;318</strong></td><td><strong>354</strong></td></tr>
</table>
<p>Під соціальним супроводом перебувало 39 сімей, у яких виховується 71 дитина. Упродовж року під супровід взято 17 сімей; завершено супровід 15 сімей, з них з позитивним результатом – 11 (73,3&nbsp;%).</p>
<p>Натуральну допомогу (2&nbsp;140 продуктових наборів, 96 комплектів постільної білизни) надано на суму 1,27 млн грн. Проведено 26 групових заходів, у яких взяли участь 402 особи.</p>
<p>У штаті Центру 46 посад, працює 43 особи, з них 29 соціальних робітників. Касові видатки загального фонду склали 14&nbsp;862,4 тис. грн.</p>
<p>В анкетуванні взяли участь 88 отримувачів, якістю послуг задоволені 95,5&nbsp;%. Надійшло 2 скарги, обидві не підтвердилися.</p>]]></content:encoded>
\t</item>
\t<item>
\t\t<title>Заміна водогону по вул. Ізмаїльській</title>
\t\t<link>https://reni-rada.example.ua/2025/01/13/vodogin/</link>
\t\t<pubDate>Mon, 13 Jan 2025 16:02:00 +0200</pubDate>
\t\t<category><![CDATA[Новини]]></category>
\t\t<guid isPermaLink="false">https://reni-rada.example.ua/?p=8836</guid>
\t\t<description>&lt;p&gt;Замінено 1,2 км мереж&amp;#8230;&lt;/p&gt;</description>
\t\t<content:encoded><![CDATA[<p>КП «Ренійське ВУВКГ» замінило 1,2 км мереж водогону; роботи коштували 2,9 млн грн, без води залишалися 214 абонентів.</p>]]></content:encoded>
\t</item>
\t<item>
\t\t<title>Пункт незламності: графік роботи</title>
\t\t<link>https://reni-rada.example.ua/2025/01/10/punkt/</link>
\t\t<pubDate>Fri, 10 Jan 2025 08:30:00 +0200</pubDate>
\t\t<category><![CDATA[Оголошення]]></category>
\t\t<guid isPermaLink="false">https://reni-rada.example.ua/?p=8829</guid>
\t\t<description>&lt;p&gt;Пункт працює цілодобово&amp;#8230;&lt;/p&gt;</description>
\t\t<content:encoded><![CDATA[<p>Пункт незламності у ліцеї № 2 працює цілодобово; за грудень його відвідали 1&nbsp;530 мешканців.</p>]]></content:encoded>
\t</item>
</channel>
</rss>
"""


def main():
    path = report_path(DOC)
    write_text(path, XML, encoding="utf-8", newline="\n")
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ренійської міської ради",
        "centre_type": "cnsp", "settlement": "Рені", "oblast": "Одеська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-14"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Ренійської міської ради",
                             "КУ «Центр надання соціальних послуг» Ренійської міської ради"]})
    f = g.f
    s = f("served", "persons", 1318, "Соціальні послуги у 2024 році отримали <strong>1&nbsp;318</strong> осіб")
    sv = f("served", "persons", 354, "з них 354 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
           parent=s)
    lines = XML.split("\n")  # (project: the raw rows; `_recut` renders their quotes)
    rows = [("Догляд вдома", "home_care"), ("Денний догляд", "day_care"), ("Натуральна допомога", "natural_aid"),
            ("Консультування", "counselling"), ("Соціальний супровід сімей у СЖО", "social_support_sjo"),
            ("Соціальне таксі", "social_taxi")]
    tq = next(l for l in lines if "Разом" in l)
    tt = f("served", "recipients", 1318, tq, label="Разом", unit_alt="persons")
    tv = f("served", "recipients", 354, tq, label="Разом", category="внутрішньо переміщені особи", parent=tt,
           unit_alt="persons")
    cells = []
    for lab, svc in rows:
        q = next(l for l in lines if f"<td>{lab}</td>" in l)
        nums = [int(x) for x in q.replace("</td>", "").replace("</tr>", "").split("<td>")[2:]]
        a = f("served", "recipients", nums[0], q, service=svc, group="table_served_by_service", parent=tt,
              unit_alt="persons")
        b = f("served", "recipients", nums[1], q, service=svc, category="внутрішньо переміщені особи",
              group="table_idp_by_service", parent=tv, unit_alt="persons")
        cells.append((a, b))
    sj = f("served", "families", 39, "Під соціальним супроводом перебувало 39 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo", alt=["support_ongoing"],
      parent=sj)
    st = f("support_started", "families", 17, "Упродовж року під супровід взято 17 сімей", service="social_support_sjo",
           parent=sj)
    c = f("support_completed", "families", 15, "завершено супровід 15 сімей", service="social_support_sjo", parent=sj)
    op = f("outcome_positive", "families", 11, "з них з позитивним результатом – 11 (73,3&nbsp;%)",
           service="social_support_sjo", percent=73.3, parent=c)
    f("aid_value", "uah", 1270000, "надано на суму 1,27 млн грн", service="natural_aid")
    e = f("events", "events", 26, "Проведено 26 групових заходів")
    f("event_participants", "persons", 402, "у яких взяли участь 402 особи", parent=e)
    sp = f("staff_positions", "positions", 46, "У штаті Центру 46 посад")
    sa = f("staff_actual", "staff", 43, "працює 43 особи")
    sw = f("staff_actual", "staff", 29, "з них 29 соціальних робітників", label="соціальні робітники", parent=sa)
    bs = f("budget_spent", "uah", 14862400, "Касові видатки загального фонду склали 14&nbsp;862,4 тис. грн",
      label="загальний фонд")
    r = f("survey_respondents", "recipients", 88, "В анкетуванні взяли участь 88 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 95.5, "якістю послуг задоволені 95,5&nbsp;%", alt=["share"])
    f("complaints", "complaints", 2, "Надійшло 2 скарги, обидві не підтвердилися.")

    g.check("table_arithmetic", tq, "Отримувачів: 164 + 47 + 538 + 412 + 39 + 118 = 1 318",
            " + ".join(a for a, _ in cells) + f" == {tt}")
    g.check("table_arithmetic", tq, "з них ВПО: 21 + 12 + 203 + 96 + 8 + 14 = 354",
            " + ".join(b for _, b in cells) + f" == {tv}")
    g.check("table_arithmetic", tq, "every row: ВПО ≤ recipients",
            " and ".join(f"{b} <= {a}" for a, b in cells))
    g.check("internal_conflict", "Соціальні послуги у 2024 році отримали <strong>1&nbsp;318</strong> осіб",
            "prose 1 318 / 354 = table Разом 1 318 / 354", f"{s} == {tt} and {sv} == {tv}")
    g.check("internal_conflict", "Під соціальним супроводом перебувало 39 сімей",
            "prose 39 families = table row 39", f"{sj} == {cells[4][0]}")
    g.check("percent_mismatch", "з них з позитивним результатом – 11 (73,3&nbsp;%)", "11 / 15 = 73,33 % → 73,3",
            f"pct_ok({op.replace('f', 'p')}, {op}, {c}, 1)")
    g.check("parts_sum", "Упродовж року під супровід взято 17 сімей", "17 and 15 ≤ 39", f"{st} <= {sj} and {c} <= {sj}")
    g.check("parts_sum", "працює 43 особи, з них 29 соціальних робітників", "29 ≤ 43 ≤ 46", f"{sw} <= {sa} <= {sp}")
    g.check("percent_impossible", "якістю послуг задоволені 95,5&nbsp;%", "95,5 % is reachable with 88 (84 of 88 = 95,45 %)",
            f"grim_ok({sat}, {r}, 1)")

    sk = g.skip
    sk("<lastBuildDate>Tue, 14 Jan 2025 15:40:11 +0000</lastBuildDate>", [14, 2025, 15, 40, 11, 0], "feed build date")
    sk("<generator>https://wordpress.org/?v=6.4.2</generator>", [6, 4, 2], "generator version")
    sk("Оголошення про проведення 52-ї сесії міської ради", [52], "unrelated news item")
    sk("<pubDate>Tue, 14 Jan 2025 13:25:00 +0000</pubDate>", [14, 2025, 13, 25], "unrelated item date")
    sk("?p=8843", [8843], "guid")
    sk("23 січня 2025 року о 10:00 у залі засідань (вул. Соборна, 118) відбудеться 52-га сесія міської ради 8 скликання. До порядку денного включено 37 питань.",
       [23, 2025, 10, 118, 52, 8, 37], "unrelated news item")
    sk("<p>23 січня 2025 року о 10:00 відбудеться 52-га сесія міської ради 8 скликання&#8230;</p>", [23, 2025, 10, 52, 8, 8230],
       "unrelated item's teaser (and an entity code)")
    sk("<pubDate>Tue, 14 Jan 2025 09:12:00 +0200</pubDate>", [14, 2025, 9, 12, 200], "publication date of the report item")
    sk("?p=8841", [8841], "guid")
    sk("zvit-cnsp-2024", [2024], "URL")
    sk("Звіт КУ «Центр надання соціальних послуг» за 2024 рік", [2024], "title: year")
    sk("68800, Одеська обл., м. Рені, вул. Дунайська, 64, тел. (04840) 0-41-27, ЄДРПОУ 43517296", [68800, 64, 4840, 4127, 43517296],
       "postcode, address, phone, ЄДРПОУ")
    sk("від 21.12.2023 № 1482-VIII", [21, 12, 2023, 1482], "decision date and number")
    sk("(у 2023 році – 1&nbsp;206)", [2023, 1206], "prior-year figure")
    sk("2&nbsp;140 продуктових наборів, 96 комплектів постільної білизни", [2140, 96], "items handed out")
    sk("КП «Ренійське ВУВКГ» замінило 1,2 км мереж водогону; роботи коштували 2,9 млн грн, без води залишалися 214 абонентів.",
       [1.2, 2.9, 214], "unrelated news item")
    sk("Замінено 1,2 км мереж", [1.2], "unrelated teaser")
    sk("<pubDate>Mon, 13 Jan 2025 16:02:00 +0200</pubDate>", [13, 2025, 16, 2], "unrelated item date")
    sk("Пункт незламності у ліцеї № 2 працює цілодобово; за грудень його відвідали 1&nbsp;530 мешканців.", [2, 1530],
       "unrelated news item")
    sk("<pubDate>Fri, 10 Jan 2025 08:30:00 +0200</pubDate>", [10, 2025, 8, 30], "unrelated item date")
    sk("/2025/01/13/vodogin/", [2025, 1, 13], "URL dates (all item links carry /YYYY/MM/DD/)")
    sk("?p=8836", [8836], "guid")
    sk("?p=8829", [8829], "guid")
    sk('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', [1.0, 2.0], "XML and RSS versions")

    g.note("Re-cut by the project (session 17) once `zvitparse read` read feeds: quotes are cut from the page it "
           "prints (each item's title, date and content, the content's HTML rendered; the <description> teaser, "
           "which repeats the content's opening, is not read, so its 1 318 is no fact); skips of the feed's markup "
           "(pubDate, guid, generator) are gone with the markup. Values, indicators and slips are the author's.")
    g.note("only the second item is the centre's report; the three other items are unrelated council news and are skipped")
    g.note("published: the report item's pubDate 14 Jan 2025 (+0200)")
    g.note("table «Отримувачів» → unit recipients (unit_alt persons); each row gives served and served IDP (category); rows hang "
           "on the Разом cell of the same column")
    _recut(g, text)
    g.write()


def _recut(g, text):
    """(project, session 17) The author's quotes, cut from the raw XML, as the page the feed reader
    prints: entities decoded, tags gone, cells tab-separated; skips of markup no longer printed drop."""
    import html

    def rendered(q):
        q = html.unescape(html.unescape(q))
        q = re.sub(r"</td>\s*<td[^>]*>", "\t", q)
        q = re.sub(r"</tr>\s*<tr[^>]*>", "\n", q)
        return re.sub(r"<[^>]+>", "", q).replace("\xa0", " ")

    for rows in (g.facts, g.audit, g.checks):
        for row in rows:
            row["quote"] = rendered(row["quote"])
            if "parent_quote" in row:
                row["parent_quote"] = rendered(row["parent_quote"])
    g.skipped = [dict(k, quote=rendered(k["quote"])) for k in g.skipped if rendered(k["quote"]) in text]


if __name__ == "__main__":
    main()
