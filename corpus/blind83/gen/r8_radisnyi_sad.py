"""b83_08: КЗ «Центр надання соціальних послуг» Радсадівської сільської ради (Миколаївська), annual report
2023 on an OLD CMS PAGE whose Cyrillic is stored as numeric character references (&#1062;…), &nbsp; inside
numbers, &laquo;/&raquo;, &ndash;, <br> line breaks instead of paragraphs, <font>/<b> tags and a budget table
in <table border=1>. Slip: table_arithmetic (КЕКВ 2240 економія 13,4 instead of 14,3), recorded as two
findings (row and column) of one slip."""
from common import Gold, report_path, write_text

DOC = "b83_08_radisnyi_sad_cnsp_annual2023.html"
NB = "\u00a0"


def ncr(s):
    out = []
    for ch in s:
        if ch == NB:
            out.append("&nbsp;")
        elif ch == "«":
            out.append("&laquo;")
        elif ch == "»":
            out.append("&raquo;")
        elif ch == "–":
            out.append("&ndash;")
        elif ord(ch) > 127:
            out.append(f"&#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


BODY = [
    "<b>Звіт про роботу Комунального закладу «Центр надання соціальних послуг» Радсадівської сільської ради "
    "за 2023 рік</b>",
    "",
    "Центр обслуговує 9 населених пунктів громади. Адреса: 57210, Миколаївська обл., Миколаївський р-н, "
    "с. Радісний Сад, вул. Центральна, 2, тел. (0512) 05-38-61.",
    "Протягом 2023 року до Центру звернулося 1" + NB + "318 осіб. Послуги Центру отримали 1" + NB + "204 особи, "
    "у тому числі 311 внутрішньо переміщених осіб (25,8" + NB + "%). Надано 9" + NB + "618 соціальних послуг.",
    "<b>Отримувачі за видами послуг:</b>",
    "– консультування – 697 осіб;",
    "– натуральна допомога – 402 особи;",
    "– догляд вдома – 64 особи;",
    "– соціальне таксі – 23 особи;",
    "– денний догляд – 18 осіб.",
    "Натуральну допомогу (продуктові набори, засоби гігієни, ковдри) видано на суму 612,5 тис. грн, "
    "роздано 1" + NB + "050 продуктових наборів.",
    "Під соціальним супроводом перебувало 16 сімей (у них 37 дітей). Проведено 21 груповий захід, "
    "участь взяли 340 осіб.",
    "Оцінку потреб проведено 143 особам; 12 особам відмовлено в наданні послуги догляду вдома (відсутні підстави).",
    "Штатна чисельність – 38 посад, працює 35 працівників. Підвищили кваліфікацію 6 працівників (курси при "
    "обласному центрі соціальних служб, 40 годин).",
    "В опитуванні взяли участь 96 отримувачів, 91,7" + NB + "% з них задоволені якістю послуг. Надійшла 1 скарга "
    "(щодо графіка соціального таксі), факти не підтвердилися.",
    "До спеціального фонду надійшло 54,7 тис. грн за платні послуги.",
    "",
    "<b>Використання коштів загального фонду за 2023 рік, тис. грн</b>",
]
TABLE = [
    ["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "4" + NB + "812,6", "4" + NB + "790,3", "22,3"],
    ["2120", "Нарахування на оплату праці", "1" + NB + "058,8", "1" + NB + "053,9", "4,9"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "186,4", "171,2", "15,2"],
    ["2240", "Оплата послуг (крім комунальних)", "143,0", "128,7", "13,4"],
    ["2273", "Оплата електроенергії", "97,5", "88,1", "9,4"],
    ["Разом", "", "6" + NB + "298,3", "6" + NB + "232,2", "66,1"],
]
TAIL = [
    "У 2024 році планується відкрити відділення денного перебування на 10 місць.",
    "Директор КЗ «ЦНСП»",
]


def build_html():
    h = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
         '<title>' + ncr("Радсадівська сільська рада – Звіт ЦНСП за 2023 рік") + '</title>', '</head>',
         '<body bgcolor="#FFFFFF" topmargin=0 leftmargin=0>',
         '<table width="100%" cellpadding=0 cellspacing=0><tr><td bgcolor="#336699"><font color="#FFFFFF" size=4><b>'
         + ncr("Радсадівська сільська рада") + '</b></font></td></tr>',
         '<tr><td><font size=1><a href="index.php">' + ncr("Головна") + '</a> | <a href="news.php">' + ncr("Новини")
         + '</a> | <a href="docs.php">' + ncr("Документи") + '</a> | <a href="contacts.php">' + ncr("Контакти")
         + '</a></font></td></tr></table>',
         '<table width="100%"><tr><td width=160 valign=top><font size=1>' + ncr("Меню") + '<br><a href="cnsp.php">'
         + ncr("ЦНСП") + '</a><br><a href="vlk.php">' + ncr("Виконком") + '</a><br>' + ncr("Відвідувачів: 48") + '</font></td>',
         '<td valign=top><font face="Arial" size=2>',
         ncr("Додано: 29.01.2024 | Переглядів: 1" + NB + "088") + '<br><br>']
    for line in BODY:
        h.append(ncr(line) + "<br>")
    h.append('<table border=1 cellpadding=2 cellspacing=0>')
    for i, r in enumerate(TABLE):
        cells = "".join(("<td><b>%s</b></td>" if i in (0, len(TABLE) - 1) else "<td>%s</td>") % (ncr(c) or "&nbsp;")
                        for c in r)
        h.append("<tr>" + cells + "</tr>")
    h.append('</table><br>')
    for line in TAIL:
        h.append(ncr(line) + "<br>")
    h += ['</font></td></tr></table>',
          '<hr><center><font size=1>&copy; 2011 ' + ncr("Радсадівська сільська рада. Сайт зроблено на PHP-Nuke")
          + '</font></center>', '</body></html>']
    return "\n".join(h) + "\n"


def sp(s):
    return s.replace(NB, " ")


def main():
    path = report_path(DOC)
    write_text(path, build_html(), encoding="ascii")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Радсадівської сільської ради",
        "centre_type": "cnsp", "settlement": "Радісний Сад", "oblast": "Миколаївська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-01-29"},
        meta_alt={"centre": ["Комунальний заклад «Центр надання соціальних послуг» Радсадівської сільської ради",
                             "КЗ «Центр надання соціальних послуг» Радсадівської сільської ради"]})
    n = lambda x: x[1:]  # noqa: E731
    ap = g.f("applied", "persons", 1318, "до Центру звернулося 1 318 осіб")
    s = g.f("served", "persons", 1204, "Послуги Центру отримали 1 204 особи")
    v = g.f("served", "persons", 311, "у тому числі 311 внутрішньо переміщених осіб (25,8 %)", percent=25.8,
            category="внутрішньо переміщені особи", parent=s)
    g.f("services_provided", "services", 9618, "Надано 9 618 соціальних послуг.")
    gr = "served_1204_by_service"
    parts = [g.f("served", "persons", val, q, service=svc, group=gr, parent=s) for val, q, svc in (
        (697, "консультування – 697 осіб", "counselling"), (402, "натуральна допомога – 402 особи", "natural_aid"),
        (64, "догляд вдома – 64 особи", "home_care"), (23, "соціальне таксі – 23 особи", "social_taxi"),
        (18, "денний догляд – 18 осіб", "day_care"))]
    g.f("aid_value", "uah", 612500, "видано на суму 612,5 тис. грн")
    fam = g.f("served", "families", 16, "Під соціальним супроводом перебувало 16 сімей", service="social_support_sjo",
              alt=["support_ongoing"])
    g.f("served", "children", 37, "(у них 37 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=fam)
    ev = g.f("events", "events", 21, "Проведено 21 груповий захід")
    g.f("event_participants", "persons", 340, "участь взяли 340 осіб", parent=ev)
    pos = g.f("staff_positions", "positions", 38, "Штатна чисельність – 38 посад")
    act = g.f("staff_actual", "staff", 35, "працює 35 працівників")
    tr = g.f("staff_trained", "staff", 6, "Підвищили кваліфікацію 6 працівників")
    na = g.f("needs_assessed", "persons", 143, "Оцінку потреб проведено 143 особам")
    sv = g.f("survey_respondents", "persons", 96, "В опитуванні взяли участь 96 отримувачів", unit_alt="recipients")
    sat = g.f("satisfaction", "percent", 91.7, "91,7 % з них задоволені якістю послуг",
              label="задоволені якістю послуг")
    g.f("complaints", "complaints", 1, "Надійшла 1 скарга")
    g.f("budget_received", "uah", 54700, "До спеціального фонду надійшло 54,7 тис. грн",
        label="спеціальний фонд, платні послуги")

    def k(x):
        return int(round(float(x.replace(NB, "").replace(",", ".")) * 1000))
    rows = []
    for r in TABLE[1:]:
        q = sp("\t".join(r))
        kekv = r[0] if r[0] != "Разом" else None
        lab = r[1] or "Разом"
        a = g.f("budget_approved", "uah", k(r[2]), q, kekv=kekv, label=lab)
        b = g.f("budget_spent", "uah", k(r[3]), q, kekv=kekv, label=lab)
        c = g.f("budget_savings", "uah", k(r[4]), q, kekv=kekv, label=lab)
        rows.append((a, b, c))
    tot = rows[-1]
    body = rows[:-1]
    for (a, b, c) in body:
        g._by_id[a]["group"] = "approved_by_kekv"
        g._by_id[a]["parent_id"] = tot[0]
        g._by_id[b]["group"] = "spent_by_kekv"
        g._by_id[b]["parent_id"] = tot[1]
        g._by_id[c]["group"] = "savings_by_kekv"
        g._by_id[c]["parent_id"] = tot[2]
    # keep key order stable
    for f in g.facts:
        if "parent_id" in f and "parent_quote" not in f:
            f["parent_quote"] = g._by_id[f["parent_id"]]["quote"]
    from common import FACT_KEYS
    g.facts[:] = [{kk: f[kk] for kk in FACT_KEYS if kk in f} for f in g.facts]
    g._by_id = {f["id"]: f for f in g.facts}
    r2240 = body[3]
    q2240 = sp("\t".join(TABLE[4]))
    qtot = sp("\t".join(TABLE[-1]))
    g.slip("table_arithmetic", "error", q2240, 13400, 14300, list(r2240),
           "КЕКВ 2240: економія = затверджено − видатки = 143,0 − 128,7 = 14,3 тис. грн, written 13,4 (digits swapped).",
           f"f{n(r2240[0])} - f{n(r2240[1])} == f{n(r2240[2])}", slip=1)
    g.slip("table_arithmetic", "error", qtot, 66100, 65200, [tot[2]] + [c for _, _, c in body],
           "Економія column: 22,3 + 4,9 + 15,2 + 13,4 + 9,4 = 65,2, but Разом says 66,1 (the Разом cell is the true "
           "6 298,3 − 6 232,2; the 2240 row is the one in error). Same slip as the row finding.",
           " + ".join(f"f{n(c)}" for _, _, c in body) + f" == f{n(tot[2])}", slip=1)
    g.check("table_arithmetic", qtot, "Затверджено: 4 812,6 + 1 058,8 + 186,4 + 143,0 + 97,5 = 6 298,3",
            " + ".join(f"f{n(a)}" for a, _, _ in body) + f" == f{n(tot[0])}")
    g.check("table_arithmetic", qtot, "Касові видатки: 4 790,3 + 1 053,9 + 171,2 + 128,7 + 88,1 = 6 232,2",
            " + ".join(f"f{n(b)}" for _, b, _ in body) + f" == f{n(tot[1])}")
    g.check("table_arithmetic", qtot, "economy = approved − spent holds in rows 2111, 2120, 2210, 2273 and Разом",
            " and ".join(f"f{n(a)} - f{n(b)} == f{n(c)}" for a, b, c in body[:3] + [body[4], tot]))
    g.check("parts_sum", "Послуги Центру отримали 1 204 особи", "697 + 402 + 64 + 23 + 18 = 1 204 by service",
            " + ".join(f"f{n(p)}" for p in parts) + f" == f{n(s)}")
    g.check("percent_mismatch", "у тому числі 311 внутрішньо переміщених осіб (25,8 %)", "311/1 204 = 25,83 → 25,8",
            f"pct_ok(p{n(v)}, f{n(v)}, f{n(s)}, 1)")
    g.check("percent_impossible", "91,7 % з них задоволені якістю послуг", "88/96 = 91,67 → 91,7",
            f"grim_ok(f{n(sat)}, f{n(sv)}, 1)")
    g.check("parts_sum", "працює 35 працівників", "35 ≤ 38; 6 trained ≤ 35; 1 204 served and 143 assessed ≤ 1 318 applied",
            f"f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)} and f{n(s)} <= f{n(ap)} and f{n(na)} <= f{n(ap)}")
    g.skip("за 2023 рік", [2023], "year")
    g.skip("Відвідувачів: 48", [48], "CMS visitor counter (left menu)")
    g.skip("Додано: 29.01.2024 | Переглядів: 1 088", [29, 1, 2024, 1088], "publication date, view counter")
    g.skip("Центр обслуговує 9 населених пунктів громади.", [9], "settlement count")
    g.skip("57210, Миколаївська обл., Миколаївський р-н, с. Радісний Сад, вул. Центральна, 2, тел. (0512) 05-38-61.",
           [57210, 2, 512, 53861], "postcode, address, phone")
    g.skip("Протягом 2023 року", [2023], "year")
    g.skip("12 особам відмовлено в наданні послуги догляду вдома", [12], "refusals: no §3 id")
    g.skip("(курси при обласному центрі соціальних служб, 40 годин)", [40], "hours of training")
    g.skip("роздано 1 050 продуктових наборів", [1050], "items handed out")
    g.skip("Використання коштів загального фонду за 2023 рік, тис. грн", [2023], "table title year")
    g.skip("У 2024 році планується відкрити відділення денного перебування на 10 місць.", [2024, 10], "2024 plan, places")
    g.note("the page source stores every Cyrillic letter as a numeric character reference and numbers with &nbsp; "
           "(«1&nbsp;204»); quotes are as `zvitparse read` prints them (no-break spaces as spaces)")
    g.note("the old CMS frame (blue header, link bar, left menu with a visitor counter «Відвідувачів: 48», the «Додано: "
           "29.01.2024 | Переглядів: 1 088» line, the PHP-Nuke footer with © 2011) is not a report figure; published = "
           "the «Додано» date")
    g.note("budget table: every cell is a fact quoted by its row, with kekv from the first column; the Разом row "
           "carries no kekv; rows hang on the Разом cell of the same column, one group per column; тис. грн → hryvnias")
    g.note("the КЕКВ 2240 slip is recorded twice (row derivation and column sum), one slip id")
    g.note("«Надійшла 1 скарга …, факти не підтвердилися» → complaints 1")
    g.write()


if __name__ == "__main__":
    main()
