"""b10_03: a year-results presentation exported to PDF (one slide a page: title, a big
number on one line and its caption on the next, slide number). Built as a 16:9 DOCX with
python-docx and converted with LibreOffice."""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, write_bytes, soffice_to_pdf, pct

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

NAME = "b10_03_brovary_slides.pdf"

SVC = [("Консультування", "counselling", 8214, 47), ("Інформування", "informing", 5907, 34),
       ("Соціальний супровід сімей у СЖО", "social_support_sjo", 2186, 14),   # planted: should be 12 %
       ("Соціальна адаптація", "social_adaptation", 498, 3),
       ("Соціальна профілактика", "social_prevention", 413, 2),
       ("Екстрене (кризове) втручання", "crisis_intervention", 312, 2)]
assert sum(v for _, _, v, _ in SVC) == 17530
for n, _, v, p in SVC:
    if n.startswith("Соціальний супровід"):
        assert pct(v, 17530, 0) == 12 and p == 14
    else:
        assert pct(v, 17530, 0) == p, n
assert sum(p for *_, p in SVC) == 102
assert pct(87, 121, 0) == 72 and pct(34, 121, 0) == 28 and 87 + 34 == 121
assert pct(152, 156) == 97.4
assert pct(1438, 1462) == 98.4

# slides: (title, [(kind, text)]) kind: big | cap | line
SLIDES = [
    ("Броварський міський центр соціальних служб", [
        ("big", "ПІДСУМКИ РОБОТИ ЗА 2025 РІК"), ("cap", "Звіт директора на засіданні виконавчого комітету"),
        ("line", "Бровари — лютий 2026")]),
    ("ХТО МИ", [
        ("big", "35"), ("cap", "штатних посад"),
        ("big", "31"), ("cap", "працівник фактично"),
        ("big", "з них 19"), ("cap", "фахівців із соціальної роботи"),
        ("line", "Офіс: м. Бровари, вул. Незалежності, 14 · 2 пункти прийому в мікрорайонах")]),
    ("ЗВЕРНЕННЯ ТА ВИЯВЛЕННЯ", [
        ("big", "2 964"), ("cap", "звернення мешканців надійшло до центру"),
        ("big", "612"), ("cap", "сімей — надійшли повідомлення про можливі СЖО"),
        ("line", "+11 % звернень порівняно з 2024 роком")]),
    ("ОХОПЛЕННЯ ПОСЛУГАМИ", [
        ("big", "4 118"), ("cap", "осіб отримали соціальні послуги"),
        ("big", "1 036"), ("cap", "з них — діти"),
        ("big", "1 245"), ("cap", "з них — внутрішньо переміщені особи")]),
    ("НАДАНО ПОСЛУГ", [
        ("big", "17 530"), ("cap", "соціальних послуг за рік"),
    ] + [("line", f"{n} — {v:,} ({p} %)".replace(",", " ")) for n, _, v, p in SVC]),
    ("СОЦІАЛЬНИЙ СУПРОВІД СІМЕЙ У СЖО", [
        ("big", "248"), ("cap", "сімей під супроводом протягом року"),
        ("big", "431"), ("cap", "дитина виховується в цих сім'ях"),
        ("big", "139"), ("cap", "сімей взято під супровід"),
        ("big", "121"), ("cap", "сім'я — супровід завершено, з них:"),
        ("big", "87 (72 %)"), ("cap", "подолали складні життєві обставини"),
        ("big", "34 (28 %)"), ("cap", "мінімізували складні життєві обставини")]),
    ("СІМЕЙНІ ФОРМИ ВИХОВАННЯ", [
        ("big", "14"), ("cap", "прийомних сімей на супроводі"),
        ("big", "5"), ("cap", "дитячих будинків сімейного типу"),
        ("big", "62"), ("cap", "дитини виховується в них"),
        ("big", "3"), ("cap", "нові прийомні сім'ї створено у 2025 році")]),
    ("ПРОФІЛАКТИКА", [
        ("big", "212"), ("cap", "групових заходів"),
        ("big", "5 480"), ("cap", "учасників заходів"),
        ("big", "1 104"), ("cap", "дзвінки на «гарячу лінію» центру")]),
    ("ЯКІСТЬ ПОСЛУГ", [
        ("big", "156"), ("cap", "отримувачів взяли участь в опитуванні"),
        ("big", "97,4 %"), ("cap", "задоволені якістю послуг"),
        ("big", "0"), ("cap", "скарг за рік")]),
    ("ФІНАНСУВАННЯ", [
        ("big", "14,62 млн грн"), ("cap", "затверджено на 2025 рік"),
        ("big", "14,38 млн грн"), ("cap", "використано (98,4 %)"),
        ("line", "Проєкт кошторису на 2026 рік — 15,9 млн грн")]),
    ("ПЛАНИ НА 2026 РІК", [
        ("line", "+2 прийомні сім'ї"), ("line", "300 учасників програми «Наставництво»"),
        ("line", "1 кімната підтримки сім'ї у Великій Димерці"), ("line", "охоплення супроводом 100 % сімей у СЖО")]),
    ("Дякуємо за увагу!", [
        ("line", "тел. (04594) 0-41-27"), ("line", "css.brovary@example.invalid"), ("line", "facebook.com/css.brovary")]),
]

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(25.4), Cm(14.29)
for side in ("left_margin", "right_margin"):
    setattr(sec, side, Cm(1.6))
sec.top_margin, sec.bottom_margin = Cm(0.9), Cm(0.6)
st = doc.styles["Normal"]
st.font.name = "DejaVu Sans"
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)


def para(text, size, bold=False, color=None, align=None, after=0):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor(*color)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


n = len(SLIDES)
for i, (title, items) in enumerate(SLIDES, 1):
    para(title, 20, bold=True, color=(0x1F, 0x4E, 0x79), after=6)
    small = len(items) > 8
    for kind, text in items:
        if kind == "big":
            para(text, 18 if small else 24, bold=True, color=(0xC0, 0x39, 0x2B))
        elif kind == "cap":
            para(text, 10 if small else 12, after=3)
        else:
            para(text, 11 if small else 13, after=2)
    p = para(f"{i} / {n}", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if i < n:
        p.add_run().add_break(WD_BREAK.PAGE)

tmp = tempfile.mkdtemp(prefix="b10_03_")
dpath = os.path.join(tmp, "b10_03_brovary_slides.docx")
doc.save(dpath)
path = write_bytes(NAME, soffice_to_pdf(dpath))
import shutil; shutil.rmtree(tmp, ignore_errors=True)

g = Gold(NAME, {
    "centre": "Броварський міський центр соціальних служб",
    "centre_type": "css",
    "settlement": "Бровари",
    "report_kind": "annual_report",
    "period_start": "2025-01-01",
    "period_end": "2025-12-31",
})

Q = {}  # filled after reading, see below
from common import read_text
TEXT = read_text(path)


def q(big, cap):
    """the quote for a big number and its caption, as the reader prints them"""
    for sep in ("\n", " ", "\n\n"):
        s = big + sep + cap
        if s in TEXT:
            return s
    return big + "\n" + cap   # will be reported by verify


s1 = g.f("staff_positions", "positions", 35, q("35", "штатних посад"))
s2 = g.f("staff_actual", "staff", 31, q("31", "працівник фактично"))
g.f("staff_actual", "staff", 19, q("з них 19", "фахівців із соціальної роботи"), parent_id=s2,
    label="фахівці із соціальної роботи")
g.f("applied", "applications", 2964, q("2 964", "звернення мешканців надійшло до центру"))
g.f("notified", "families", 612, q("612", "сімей — надійшли повідомлення про можливі СЖО"))
tot = g.f("served", "persons", 4118, q("4 118", "осіб отримали соціальні послуги"))
g.f("served", "children", 1036, q("1 036", "з них — діти"), parent_id=tot)
g.f("served", "persons", 1245, q("1 245", "з них — внутрішньо переміщені особи"), parent_id=tot,
    category="внутрішньо переміщені особи")
sv = g.f("services_provided", "services", 17530, q("17 530", "соціальних послуг за рік"))
svc_ids = {}
for n_, sid, v, p in SVC:
    line = f"{n_} — {v:,} ({p} %)".replace(",", " ")
    svc_ids[sid] = g.f("services_provided", "services", v, line, service=sid, percent=p, parent_id=sv,
                       group="services_17530_by_service")
ss = g.f("served", "families", 248, q("248", "сімей під супроводом протягом року"), service="social_support_sjo")
g.f("served", "children", 431, q("431", "дитина виховується в цих сім'ях"), service="social_support_sjo", parent_id=ss)
g.f("support_started", "families", 139, q("139", "сімей взято під супровід"), service="social_support_sjo")
sc = g.f("support_completed", "families", 121, q("121", "сім'я — супровід завершено, з них:"), service="social_support_sjo")
g.f("outcome_positive", "families", 87, q("87 (72 %)", "подолали складні життєві обставини"), percent=72,
    service="social_support_sjo", parent_id=sc, group="completed_121_by_outcome")
g.f("outcome_minimized", "families", 34, q("34 (28 %)", "мінімізували складні життєві обставини"), percent=28,
    service="social_support_sjo", parent_id=sc, group="completed_121_by_outcome")
g.f("served", "families", 14, q("14", "прийомних сімей на супроводі"), service="social_support_foster",
    category="прийомні сім'ї")
g.f("served", "families", 5, q("5", "дитячих будинків сімейного типу"), service="social_support_foster",
    category="дитячі будинки сімейного типу")
g.f("served", "children", 62, q("62", "дитини виховується в них"), service="social_support_foster",
    category="діти в прийомних сім'ях та ДБСТ",
    note="children of the 14 foster families and 5 ДБСТ together; no single parent row")
g.f("events", "events", 212, q("212", "групових заходів"))
g.f("event_participants", "persons", 5480, q("5 480", "учасників заходів"))
g.f("calls", "calls", 1104, q("1 104", "дзвінки на «гарячу лінію» центру"))
g.f("survey_respondents", "recipients", 156, q("156", "отримувачів взяли участь в опитуванні"), unit_alt="persons")
g.f("satisfaction", "percent", 97.4, q("97,4 %", "задоволені якістю послуг"))
g.f("complaints", "complaints", 0, q("0", "скарг за рік"))
g.f("budget_approved", "uah", 14620000, q("14,62 млн грн", "затверджено на 2025 рік"))
g.f("budget_spent", "uah", 14380000, q("14,38 млн грн", "використано (98,4 %)"), percent=98.4)

sjo_line = "Соціальний супровід сімей у СЖО — 2 186 (14 %)"
g.bad("percent_mismatch", "error", sjo_line, 14, 12, [svc_ids["social_support_sjo"], sv],
      "2 186 of 17 530 services = 12.47 % → 12 % (floor 12, ceiling 13); 14 % is written.")
g.audit_uncertain.append({
    "rule": "percents_sum", "quote": sjo_line, "reported": 102, "expected": 100,
    "fact_ids": list(svc_ids.values()),
    "note": "legend percents 47 + 34 + 14 + 3 + 2 + 2 = 102 %. Six whole-percent parts may drift from 100 by up to "
            "±3 through rounding alone, so a literal percents_sum check need not fire; the excess is caused by the "
            "wrong 14 % (true shares 46.9, 33.7, 12.5, 2.8, 2.4, 1.8 round to a sum of 100). Not counted as a finding."})

g.ok("parts_sum", "17 530", "8214 + 5907 + 2186 + 498 + 413 + 312 = 17530")
g.ok("percent_mismatch", "87 (72 %)", "87/121 = 71.9 % → 72 %; 34/121 = 28.1 % → 28 %; 87 + 34 = 121")
g.ok("percent_impossible", "97,4 %", "152 / 156 = 97.44 % → 97,4 %: achievable")
g.ok("percent_mismatch", "використано (98,4 %)", "14,38 / 14,62 = 98.36 % → 98,4 %")

for q_, v, r, *rest in [
    ("ПІДСУМКИ РОБОТИ ЗА 2025 РІК", [2025], "period in the title (meta)"),
    ("Бровари — лютий 2026", [2026], "date of the presentation (month only: no published date)"),
    ("вул. Незалежності, 14", [14], "address"),
    ("2 пункти прийому в мікрорайонах", [2], "offices; no §3 id"),
    ("+11 % звернень порівняно з 2024 роком", [11], "growth rate over 2024 (other year)"),
    ("нові прийомні сім'ї створено у 2025 році", [3], "new foster families created; no §3 id"),
    ("Проєкт кошторису на 2026 рік — 15,9 млн грн", [15900000], "next-year budget (plan)"),
    ("+2 прийомні сім'ї", [2], "plan for 2026"),
    ("300 учасників програми «Наставництво»", [300], "plan for 2026"),
    ("1 кімната підтримки сім'ї у Великій Димерці", [1], "plan for 2026"),
    ("охоплення супроводом 100 % сімей у СЖО", [100], "target for 2026"),
    ("тел. (04594) 0-41-27", [4594], "phone"),
    ("5 / 12", [5, 12], "slide numbers (all «N / 12» lines; the reader drops them)", False),
]:
    g.skip(q_, v, r, *rest)

g.notes += [
    "published omitted: the title slide gives only «лютий 2026».",
    "oblast not stated anywhere on the slides (Бровари is in Київська oblast) → omitted.",
    "big number and caption sit on two lines; the quote is the pair as the reader prints it.",
    "2 964 «звернення» → applied with unit applications (appeals, not persons).",
    "the service legend gives counts with percents: each percent is that count's percent; the 14 % for СЖО is the planted slip.",
    "«з них — діти» 1 036 and «з них — ВПО» 1 245 are subsets of 4 118 (not a partition).",
    "«3 нові прийомні сім'ї створено» has no §3 id and is skipped.",
    "«14,38 млн грн використано (98,4 %)»: budget_spent with percent 98.4 of the approved 14,62 млн.",
]
g.write(path)
