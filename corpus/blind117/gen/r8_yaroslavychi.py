"""b117_08: ЦНСП Ярославицької сільської ради (Рівненська), results of 2025 as a mobile AMP news page.
<html amp>, amp-img, amp-accordion sections holding parts of the report; the JSON-LD NewsArticle also carries
the whole article text as articleBody. Third person (news style). One planted slip (parts_sum)."""
import html
import json
from common import Gold, report_path, write_text

DOC = "b117_08_yaroslavychi_cnsp_annual2025.html"

LEAD = ("У 2025 році Центр надання соціальних послуг Ярославицької сільської ради надав 11 846 соціальних послуг "
        "689 мешканцям громади. Про підсумки року фахівці центру прозвітували на засіданні виконавчого комітету 20 січня.")
SECTIONS = [
    ("Звернення та оцінка потреб", [
        "Упродовж року до центру звернулися 534 особи, письмових заяв про надання соціальних послуг надійшло 97. "
        "Оцінку індивідуальних потреб фахівці провели для 121 особи.",
    ], None),
    ("Скільки послуг надано", [
        "Найбільше послуг припадає на догляд вдома – його надають щодня, крім вихідних.",
    ], [("Послуга", "Кількість послуг"), ("Інформування", "2 140"), ("Консультування", "1 306"), ("Догляд вдома", "7 854"),
        ("Денний догляд", "418"), ("Соціальний супровід", "128"), ("Усього", "11 846")]),
    ("Догляд вдома і денний догляд", [
        "Послугу догляду вдома отримували 84 особи, з них 62 – безоплатно. Денний догляд у відділенні в селі Ярославичі відвідували 19 осіб; відділення працює з 8:00 до 16:00.",
    ], None),
    ("Сім'ї з дітьми", [
        "Центр отримав повідомлення про 38 сімей, складні життєві обставини виявлено у 27 з них. Під соціальним супроводом перебувало 29 сімей, у яких виховується 64 дитини.",
        "Супровід завершено 18 сім'ям: з позитивним результатом – 11, складні життєві обставини мінімізовано у 5 сім'ях, з негативним результатом – 1.",
    ], None),
    ("Гуманітарна допомога", [
        "Натуральну допомогу – продуктові набори, засоби гігієни, тверде паливо – отримали 216 осіб, з них 88 внутрішньо переміщених осіб. Загальна вартість допомоги – 342,7 тис. грн.",
    ], None),
    ("Кадри і фінанси", [
        "Штатним розписом передбачено 24 посади, працюють 22 особи; 9 працівників підвищили кваліфікацію.",
        "Кошторисом на 2025 рік затверджено 8 716,4 тис. грн, касові видатки становили 8 603,9 тис. грн, економія – 112,5 тис. грн (1,3 %).",
    ], None),
    ("Думка отримувачів", [
        "В опитуванні взяли участь 112 отримувачів послуг; якістю послуг задоволені 94,6 % опитаних. За рік надійшло дві скарги, обидві розглянуто, порушень не підтверджено.",
        "У 2026 році центр планує відкрити друге відділення денного догляду – у селі Сестрятин – на 15 місць.",
    ], None),
]


def article_text():
    parts = [LEAD]
    for h, paras, table in SECTIONS:
        parts.append(h)
        parts += paras
        if table:
            parts += [" – ".join(r) for r in table[1:]]
    return "\n".join(parts)


def build_html():
    e = html.escape
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": "https://yaroslavytska-gromada.example.ua/news/2026/01/cnsp-pidsumky-2025"},
          "headline": "Центр надання соціальних послуг підбив підсумки 2025 року",
          "image": ["https://yaroslavytska-gromada.example.ua/uploads/2026/01/cnsp-2025-1200x800.jpg"],
          "datePublished": "2026-01-22T09:30:00+02:00", "dateModified": "2026-01-22T11:05:00+02:00",
          "author": {"@type": "Organization", "name": "Ярославицька сільська рада"},
          "publisher": {"@type": "Organization", "name": "Ярославицька сільська рада",
                        "logo": {"@type": "ImageObject", "url": "https://yaroslavytska-gromada.example.ua/logo-60.png"}},
          "articleBody": article_text()}
    secs = []
    for i, (h, paras, table) in enumerate(SECTIONS):
        body = "".join(f"<p>{e(p)}</p>" for p in paras)
        if table:
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in table[1:])
            body += (f'<table class="tbl"><thead><tr><th>{e(table[0][0])}</th><th>{e(table[0][1])}</th></tr></thead>'
                     f"<tbody>{rows}</tbody></table>")
        exp = " expanded" if i == 0 else ""
        secs.append(f'<section{exp}>\n<h2 class="acc-h">{e(h)}</h2>\n<div class="acc-b">{body}</div>\n</section>')
    return f"""<!doctype html>
<html amp lang="uk">
<head>
<meta charset="utf-8">
<title>Центр надання соціальних послуг підбив підсумки 2025 року – Ярославицька громада</title>
<link rel="canonical" href="https://yaroslavytska-gromada.example.ua/news/2026/01/cnsp-pidsumky-2025">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Roboto,Arial,sans-serif;margin:0;color:#222}}.hdr{{background:#0b5394;color:#fff;padding:10px 14px}}.acc-h{{font-size:17px;background:#eef3f8;padding:10px;margin:0}}.acc-b{{padding:6px 12px}}.tbl td{{padding:4px 6px;border-bottom:1px solid #ddd}}.meta{{color:#777;font-size:13px}}footer{{background:#222;color:#bbb;font-size:12px;padding:14px}}</style>
</head>
<body>
<header class="hdr">
<a href="https://yaroslavytska-gromada.example.ua/"><amp-img src="https://yaroslavytska-gromada.example.ua/logo-60.png" width="40" height="40" alt="Герб громади"></amp-img></a>
<span class="site">Ярославицька сільська рада</span>
<nav><a href="/amp/news">Новини</a> · <a href="/amp/oholoshennia">Оголошення</a> · <a href="/amp/kontakty">Контакти</a></nav>
</header>
<main>
<article>
<div class="meta">Соціальний захист · 22.01.2026 · 4 хв читання · 👁 1 204</div>
<h1>Центр надання соціальних послуг підбив підсумки 2025 року</h1>
<amp-img src="https://yaroslavytska-gromada.example.ua/uploads/2026/01/cnsp-2025-1200x800.jpg" width="1200" height="800" layout="responsive" alt="Фахівчині центру під час виїзду до підопічної"></amp-img>
<p class="lead"><strong>{e(LEAD)}</strong></p>
<amp-accordion disable-session-states animate>
{chr(10).join(secs)}
</amp-accordion>
<p>Контакти центру: 35043, Рівненська обл., Рівненський р-н, с. Ярославичі, вул. Шкільна, 12; тел. (0362) 0-44-17-29; cnsp@example.ua.</p>
<amp-social-share type="facebook" width="36" height="36" data-param-app_id="0"></amp-social-share>
<amp-social-share type="telegram" width="36" height="36"></amp-social-share>
</article>
</main>
<footer>© 2026 Ярославицька сільська рада · <a href="https://yaroslavytska-gromada.example.ua/news/2026/01/cnsp-pidsumky-2025">Повна версія сайту</a></footer>
</body>
</html>
"""


def gold(text):
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ярославицької сільської ради",
        "centre_type": "cnsp", "settlement": "Ярославичі", "oblast": "Рівненська",
        "report_kind": "annual_report", "period_start": "2025-01-01", "period_end": "2025-12-31",
        "published": "2026-01-22",
    })
    f = g.f
    l1 = f("services_provided", "services", 11846, "надав 11 846 соціальних послуг")
    l2 = f("served", "persons", 689, "689 мешканцям громади")
    ap = f("applied", "persons", 534, "до центру звернулися 534 особи")
    apl = f("applied", "applications", 97, "письмових заяв про надання соціальних послуг надійшло 97")
    na = f("needs_assessed", "persons", 121, "Оцінку індивідуальних потреб фахівці провели для 121 особи")
    table = SECTIONS[1][2]
    svc = ["informing", "counselling", "home_care", "day_care", "social_support_sjo"]
    tq = "Усього\t11 846"
    assert tq in text
    tt = f("services_provided", "services", 11846, tq, label="Усього")
    rows = []
    for (name, val), s in zip(table[1:-1], svc):
        q = f"{name}\t{val}"
        assert q in text, q
        rows.append(f("services_provided", "services", int(val.replace(" ", "")), q, service=s, group="services_by_type",
                      parent=tt))
    hc = f("served", "persons", 84, "Послугу догляду вдома отримували 84 особи", service="home_care")
    hcf = f("served", "persons", 62, "з них 62 – безоплатно", service="home_care", label="безоплатно", parent=hc)
    dc = f("served", "persons", 19, "відвідували 19 осіб", service="day_care")
    nt = f("notified", "families", 38, "Центр отримав повідомлення про 38 сімей")
    sj = f("in_difficult_circumstances", "families", 27, "складні життєві обставини виявлено у 27 з них")
    ss = f("served", "families", 29, "Під соціальним супроводом перебувало 29 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    ssc = f("served", "children", 64, "у яких виховується 64 дитини", service="social_support_sjo", alt=["support_ongoing"],
            parent=ss)
    sc = f("support_completed", "families", 18, "Супровід завершено 18 сім'ям", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 11, "з позитивним результатом – 11", service="social_support_sjo",
           group="completed_18", parent=sc)
    o2 = f("outcome_minimized", "families", 5, "складні життєві обставини мінімізовано у 5 сім'ях", service="social_support_sjo",
           group="completed_18", parent=sc)
    o3 = f("outcome_negative", "families", 1, "з негативним результатом – 1", service="social_support_sjo",
           group="completed_18", parent=sc)
    nat = f("served", "persons", 216, "отримали 216 осіб", service="natural_aid")
    nati = f("served", "persons", 88, "з них 88 внутрішньо переміщених осіб", service="natural_aid",
             category="внутрішньо переміщені особи", parent=nat)
    av = f("aid_value", "uah", 342700, "Загальна вартість допомоги – 342,7 тис. грн.", service="natural_aid")
    sp = f("staff_positions", "positions", 24, "Штатним розписом передбачено 24 посади")
    sa = f("staff_actual", "staff", 22, "працюють 22 особи")
    st_ = f("staff_trained", "staff", 9, "9 працівників підвищили кваліфікацію")
    ba = f("budget_approved", "uah", 8716400, "Кошторисом на 2025 рік затверджено 8 716,4 тис. грн")
    bs = f("budget_spent", "uah", 8603900, "касові видатки становили 8 603,9 тис. грн")
    bv = f("budget_savings", "uah", 112500, "економія – 112,5 тис. грн (1,3 %)", percent=1.3)
    sr = f("survey_respondents", "recipients", 112, "В опитуванні взяли участь 112 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.6, "якістю послуг задоволені 94,6 % опитаних", alt=["share"])
    cp = f("complaints", "complaints", 2, "За рік надійшло дві скарги", note="number in words")

    n = lambda x: int(x[1:])  # noqa: E731
    v = lambda x: f"f{n(x)}"  # noqa: E731
    p = lambda x: f"p{n(x)}"  # noqa: E731
    g.slip("parts_sum", "error",
           "Супровід завершено 18 сім'ям: з позитивним результатом – 11, складні життєві обставини мінімізовано у 5 сім'ях, з негативним результатом – 1.",
           17, 18, [sc, o1, o2, o3],
           "the three outcomes after the colon partition the 18 completed cases but sum to 11 + 5 + 1 = 17: one family is missing",
           f"{v(o1)} + {v(o2)} + {v(o3)} == {v(sc)}")
    g.check("table_arithmetic", tq, "2 140 + 1 306 + 7 854 + 418 + 128 = 11 846", " + ".join(v(x) for x in rows) + f" == {v(tt)}")
    g.check("internal_conflict", tq, "the lead's 11 846 = the table's Усього", f"{v(l1)} == {v(tt)}")
    g.check("parts_sum", "Оцінку індивідуальних потреб фахівці провели для 121 особи", "121 ≤ 534 ≤ 689 served",
            f"{v(na)} <= {v(ap)}")
    g.check("parts_sum", "з них 62 – безоплатно", "62 ≤ 84", f"{v(hcf)} <= {v(hc)}")
    g.check("parts_sum", "складні життєві обставини виявлено у 27 з них", "27 ≤ 38; 18 completed ≤ 29",
            f"{v(sj)} <= {v(nt)} and {v(sc)} <= {v(ss)}")
    g.check("parts_sum", "з них 88 внутрішньо переміщених осіб", "88 ≤ 216", f"{v(nati)} <= {v(nat)}")
    g.check("parts_sum", "працюють 22 особи", "9 trained ≤ 22 staff ≤ 24 positions", f"{v(st_)} <= {v(sa)} <= {v(sp)}")
    g.check("table_arithmetic", "економія – 112,5 тис. грн (1,3 %)", "8 716,4 − 8 603,9 = 112,5", f"{v(ba)} - {v(bs)} == {v(bv)}")
    g.check("percent_mismatch", "економія – 112,5 тис. грн (1,3 %)", "112,5 / 8 716,4 = 1,29 % → 1,3", f"pct_ok({p(bv)}, {v(bv)}, {v(ba)}, 1)")
    g.check("percent_impossible", "якістю послуг задоволені 94,6 % опитаних", "106 / 112 = 94,64 % → 94,6", f"grim_ok({v(sat)}, {v(sr)}, 1)")

    g.skip("Соціальний захист · 22.01.2026 · 4 хв читання · 👁 1 204", [22, 1, 2026, 4, 1204], "post meta: date, reading time, view counter")
    g.skip("Центр надання соціальних послуг підбив підсумки 2025 року", [2025], "headline year")
    g.skip("У 2025 році", [2025], "year")
    g.skip("прозвітували на засіданні виконавчого комітету 20 січня", [20], "date of the meeting")
    g.skip("відділення працює з 8:00 до 16:00", [8, 16], "opening hours")
    g.skip("Кошторисом на 2025 рік", [2025], "year")
    g.skip("У 2026 році центр планує відкрити друге відділення денного догляду – у селі Сестрятин – на 15 місць.", [2026, 15],
           "plan for 2026, places")
    g.skip("35043, Рівненська обл., Рівненський р-н, с. Ярославичі, вул. Шкільна, 12; тел. (0362) 0-44-17-29", [35043, 12, 362, 441729],
           "postcode, address, phone")
    g.note("AMP page: the reader prints the headline, lead and the accordion sections with their headings and table; the JSON-LD articleBody (the whole text again), the header and the footer are not printed, so nothing in them is in the gold; the post meta line (category, date, reading time, view counter) is printed and skipped. If a tool read the articleBody too, every figure would appear twice: those would be duplicates, not new facts")
    g.note("the lead's 11 846 services and the table's Усього are two facts; 689 is served persons (the lead only)")
    g.note("«Супровід завершено 18 сім'ям» → support_completed; the three outcomes are a partition (group completed_18): positive 11, minimized 5, negative 1 = 17, the planted slip")
    g.note("«Під соціальним супроводом перебувало 29 сімей» → served social_support_sjo (alt support_ongoing)")
    g.note("«дві скарги» → complaints 2 (number in words)")
    g.note("budget in тис. грн stored in hryvnias; no KEKV written; the percent of the savings is of the approved amount")
    return g


if __name__ == "__main__":
    from common import read_text
    path = report_path(DOC)
    write_text(path, build_html())
    gold(read_text(path)).write()
