"""b10_08: half-year (I півріччя 2025) report of a ЦНСП in a de-occupied hromada of Харківська
oblast: ВПО, humanitarian aid, psychological support, mobile teams; long sentences with several
figures each, brackets, «з них», «у тому числі», «зокрема», percentages of totals.
DOCX built with python-docx (running header, page-number footer), exported to PDF."""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, write_bytes, soffice_to_pdf, pct, read_text

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

NAME = "b10_08_balakliia_halfyear.pdf"

assert pct(1318, 2146) == 61.4
assert pct(287, 2146) == 13.4          # planted: written 14,3 %
assert 9 + 6 == 15                     # planted: 17 removed
assert pct(19, 46) == 41.3 and pct(31, 38) == 81.6 and pct(7912.3, 16240.8) == 48.7

PARAS = [
    ("h", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» БАЛАКЛІЙСЬКОЇ МІСЬКОЇ РАДИ ІЗЮМСЬКОГО РАЙОНУ ХАРКІВСЬКОЇ ОБЛАСТІ"),
    ("c", "64200, Харківська обл., м. Балаклія, вул. Жовтнева, 00 · код ЄДРПОУ 44000981"),
    ("h", "ЗВІТ"),
    ("h", "про роботу КУ «ЦНСП» Балаклійської міської ради за І півріччя 2025 року"),
    ("p", "Балаклійська міська територіальна громада деокупована 8 вересня 2022 року; за даними старостинських округів, у громаді "
          "проживає близько 38 тис. осіб, з них понад 9 тис. — внутрішньо переміщені особи. Протягом звітного періоду (з 01 січня по "
          "30 червня 2025 року) громада зазнала 7 обстрілів, унаслідок яких пошкоджено приміщення філії установи в одному зі "
          "старостинських округів, тому прийом громадян там тимчасово здійснювався мобільними бригадами."),
    ("b", "1. Звернення громадян"),
    ("p", "Протягом І півріччя 2025 року до КУ «ЦНСП» звернулося 2 146 осіб (у тому числі 1 318 внутрішньо переміщених осіб, що "
          "становить 61,4 % від загальної кількості звернень), з них 287 осіб з інвалідністю (14,3 %) та 412 осіб похилого віку "
          "(старше 60 років), що на 19 % більше, ніж за І півріччя 2024 року."),
    ("b", "2. Надання соціальних послуг"),
    ("p", "Соціальні послуги за звітний період надано 1 927 особам, зокрема: інформування – 1 604 особам, консультування – 1 211 "
          "особам, натуральна допомога – 946 особам, догляд вдома – 173 особам, екстрене (кризове) втручання – 38 особам, а також "
          "52 сім'ям, які перебувають у складних життєвих обставинах, надавалася послуга соціального супроводу (у цих сім'ях "
          "виховується 97 дітей); загалом надано 18 734 соціальні послуги."),
    ("b", "3. Психологічна підтримка"),
    ("p", "Психологічну підтримку протягом півріччя отримали 384 особи (з них 121 дитина), психологами установи проведено 1 026 "
          "індивідуальних консультацій та 47 групових занять (у тому числі 19 – для дітей), якими охоплено 512 учасників."),
    ("b", "4. Робота мобільних бригад"),
    ("p", "Мобільні бригади установи здійснили 163 виїзди до 28 населених пунктів громади, зокрема до 11 населених пунктів, "
          "розташованих у прифронтовій зоні, під час яких соціальні послуги отримали 731 особа (у тому числі 264 особи, які "
          "проживають у прифронтових населених пунктах)."),
    ("b", "5. Гуманітарна допомога"),
    ("p", "У співпраці з міжнародними партнерами (УВКБ ООН, Міжнародний комітет Червоного Хреста, БФ «Право на захист») видано "
          "3 860 продуктових наборів, 1 420 гігієнічних наборів та 214 комплектів для зимівлі; допомогу отримали 2 973 "
          "домогосподарства на загальну суму 4,86 млн грн."),
    ("b", "6. Догляд вдома"),
    ("p", "У відділенні соціальної допомоги вдома на обслуговуванні перебувало 173 особи (з них 119 – одинокі громадяни похилого "
          "віку та особи з інвалідністю), протягом півріччя взято на обслуговування 24 особи, знято з обслуговування 17 осіб, з них: "
          "9 – у зв'язку з виїздом за межі громади, 6 – у зв'язку зі смертю."),
    ("b", "7. Облік сімей у складних життєвих обставинах"),
    ("p", "Станом на 30.06.2025 на обліку сімей, які перебувають у складних життєвих обставинах, перебуває 46 сімей, у т.ч. 19 "
          "сімей з числа ВПО (41,3 %); протягом півріччя поставлено на облік 14 сімей, знято з обліку 9 сімей."),
    ("b", "8. Кадрове забезпечення"),
    ("p", "Штатна чисельність установи – 38 штатних одиниць, фактично працює 31 працівник (укомплектованість 81,6 %); "
          "6 працівників пройшли навчання з надання першої психологічної допомоги. Скарг на роботу установи протягом звітного "
          "періоду не надходило."),
    ("b", "9. Фінансове забезпечення"),
    ("p", "Видатки на утримання установи на 2025 рік затверджено в обсязі 16 240,8 тис. грн, касові видатки за І півріччя склали "
          "7 912,3 тис. грн (48,7 % річних призначень), у тому числі на оплату праці з нарахуваннями (КЕКВ 2110, 2120) – "
          "6 884,1 тис. грн, на оплату комунальних послуг та енергоносіїв (КЕКВ 2270) – 412,6 тис. грн. Крім того, в рамках "
          "проєкту «Мобільні соціальні послуги для прифронтових громад» до спеціального фонду надійшло 1 150,0 тис. грн "
          "грантових коштів."),
    ("b", "10. Завдання на ІІ півріччя 2025 року"),
    ("p", "Відновити роботу пошкодженої філії, залучити ще 2 мобільні бригади, охопити психологічною підтримкою не менше 500 осіб; "
          "потреба у фінансуванні на 2026 рік становить 19,3 млн грн."),
    ("s", "Директор КУ «ЦНСП»                                               Олена МАРЧЕНКО"),
    ("s", "07.07.2025"),
]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
sec = doc.sections[0]
sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
hp = sec.header.paragraphs[0]
hp.text = "КУ «ЦНСП» Балаклійської міської ради · Звіт за І півріччя 2025 року"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(9)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Сторінка ")
r.font.size = Pt(9)
r = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)
r.font.size = Pt(9)

for kind, text in PARAS:
    p = doc.add_paragraph()
    run = p.add_run(text)
    if kind in ("h", "b"):
        run.bold = True
    if kind in ("h", "c"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if kind == "c":
        run.font.size = Pt(10)
    if kind == "p":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.25)
        p.paragraph_format.line_spacing = 1.5

tmp = tempfile.mkdtemp(prefix="b10_08_")
dpath = os.path.join(tmp, "b10_08_balakliia_halfyear.docx")
doc.save(dpath)
path = write_bytes(NAME, soffice_to_pdf(dpath))
import shutil; shutil.rmtree(tmp, ignore_errors=True)
TEXT = read_text(path)

g = Gold(NAME, {
    "centre": "Комунальна установа «Центр надання соціальних послуг» Балаклійської міської ради Ізюмського району Харківської області",
    "centre_type": "cnsp",
    "settlement": "Балаклія",
    "oblast": "Харківська",
    "report_kind": "period_report",
    "period_start": "2025-01-01",
    "period_end": "2025-06-30",
}, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Балаклійської міської ради",
                        "КУ «ЦНСП» Балаклійської міської ради"]})

ap = g.f("applied", "persons", 2146, "до КУ «ЦНСП» звернулося 2 146 осіб")
g.f("applied", "persons", 1318, "у тому числі 1 318 внутрішньо переміщених осіб, що становить 61,4 % від загальної кількості звернень",
    percent=61.4, parent_id=ap, category="внутрішньо переміщені особи")
dis = g.f("applied", "persons", 287, "з них 287 осіб з інвалідністю (14,3 %)", percent=14.3, parent_id=ap,
          category="особи з інвалідністю")
g.f("applied", "persons", 412, "412 осіб похилого віку (старше 60 років)", parent_id=ap, category="особи похилого віку")
sv = g.f("served", "persons", 1927, "Соціальні послуги за звітний період надано 1 927 особам")
for q, sid, v in [("інформування – 1 604 особам", "informing", 1604), ("консультування – 1 211 особам", "counselling", 1211),
                  ("натуральна допомога – 946 особам", "natural_aid", 946), ("догляд вдома – 173 особам", "home_care", 173),
                  ("екстрене (кризове) втручання – 38 особам", "crisis_intervention", 38)]:
    g.f("served", "persons", v, q, service=sid, parent_id=sv)
sj = g.f("served", "families", 52, "52 сім'ям, які перебувають у складних життєвих обставинах, надавалася послуга соціального супроводу",
         service="social_support_sjo")
g.f("served", "children", 97, "у цих сім'ях виховується 97 дітей", service="social_support_sjo", parent_id=sj)
g.f("services_provided", "services", 18734, "загалом надано 18 734 соціальні послуги")
ps = g.f("served", "persons", 384, "Психологічну підтримку протягом півріччя отримали 384 особи", label="психологічна підтримка")
g.f("served", "children", 121, "з них 121 дитина", parent_id=ps, label="психологічна підтримка")
g.f("services_provided", "services", 1026, "проведено 1 026 індивідуальних консультацій", label="індивідуальні психологічні консультації",
    note="service left empty: psychological consultations (counselling defensible)")
ev = g.f("events", "events", 47, "47 групових занять", label="групові психологічні заняття")
g.f("events", "events", 19, "у тому числі 19 – для дітей", parent_id=ev, category="діти")
g.f("event_participants", "persons", 512, "якими охоплено 512 учасників")
mb = g.f("served", "persons", 731, "соціальні послуги отримали 731 особа", label="мобільні бригади")
g.f("served", "persons", 264, "у тому числі 264 особи, які проживають у прифронтових населених пунктах", parent_id=mb,
    label="мобільні бригади", category="мешканці прифронтових населених пунктів")
g.f("served", "families", 2973, "допомогу отримали 2 973 домогосподарства", label="гуманітарна допомога", uncertain=True,
    note="«домогосподарства» (households) read as families; no households unit in §4")
g.f("aid_value", "uah", 4860000, "на загальну суму 4,86 млн грн", label="гуманітарна допомога")
hc = g.f("served", "persons", 173, "У відділенні соціальної допомоги вдома на обслуговуванні перебувало 173 особи", service="home_care",
         note="same 173 as the «догляд вдома – 173 особам» in section 2; written twice, two facts")
g.f("served", "persons", 119, "з них 119 – одинокі громадяни похилого віку та особи з інвалідністю", service="home_care", parent_id=hc,
    category="одинокі громадяни похилого віку та особи з інвалідністю")
g.f("support_started", "persons", 24, "взято на обслуговування 24 особи", service="home_care", alt=["registered_new"])
off = g.f("support_completed", "persons", 17, "знято з обслуговування 17 осіб", service="home_care", alt=["deregistered"])
o1 = g.f("outcome_other", "persons", 9, "9 – у зв'язку з виїздом за межі громади", service="home_care", parent_id=off,
         group="removed_17_by_reason", label="виїзд за межі громади")
o2 = g.f("outcome_other", "persons", 6, "6 – у зв'язку зі смертю", service="home_care", parent_id=off,
         group="removed_17_by_reason", label="у зв'язку зі смертю")
rg = g.f("registered", "families", 46, "перебуває 46 сімей")
g.f("registered", "families", 19, "у т.ч. 19 сімей з числа ВПО (41,3 %)", percent=41.3, parent_id=rg,
    category="внутрішньо переміщені особи")
g.f("registered_new", "families", 14, "поставлено на облік 14 сімей")
g.f("deregistered", "families", 9, "знято з обліку 9 сімей")
g.f("staff_positions", "positions", 38, "Штатна чисельність установи – 38 штатних одиниць")
g.f("staff_actual", "staff", 31, "фактично працює 31 працівник (укомплектованість 81,6 %)", percent=81.6)
g.f("staff_trained", "staff", 6, "6 працівників пройшли навчання з надання першої психологічної допомоги")
g.f("complaints", "complaints", 0, "Скарг на роботу установи протягом звітного періоду не надходило")
g.f("budget_approved", "uah", 16240800, "Видатки на утримання установи на 2025 рік затверджено в обсязі 16 240,8 тис. грн",
    label="річні призначення")
bs = g.f("budget_spent", "uah", 7912300, "касові видатки за І півріччя склали 7 912,3 тис. грн (48,7 % річних призначень)",
         percent=48.7)
g.f("budget_spent", "uah", 6884100, "на оплату праці з нарахуваннями (КЕКВ 2110, 2120) – 6 884,1 тис. грн", parent_id=bs,
    label="оплата праці з нарахуваннями (КЕКВ 2110, 2120)",
    note="two codes together; kekv left empty (2100 would be the group code, not written)")
g.f("budget_spent", "uah", 412600, "на оплату комунальних послуг та енергоносіїв (КЕКВ 2270) – 412,6 тис. грн", kekv="2270",
    parent_id=bs)
g.f("budget_received", "uah", 1150000, "до спеціального фонду надійшло 1 150,0 тис. грн грантових коштів",
    label="грантові кошти, спеціальний фонд")

g.bad("percent_mismatch", "error", "з них 287 осіб з інвалідністю (14,3 %)", 14.3, 13.4, [dis, ap],
      "287 of the 2 146 who applied = 13.37 % → 13,4 %; 14,3 % is written (digits swapped?). 14,3 % of 2 146 would be 307.")
g.bad("parts_sum", "error", "знято з обслуговування 17 осіб, з них: 9 – у зв'язку з виїздом за межі громади, 6 – у зв'язку зі смертю",
      17, 15, [off, o1, o2],
      "reasons for removal from home care: 9 + 6 = 15, 2 short of the 17 stated; «з них:» with a colon introduces the full list.")

g.ok("percent_mismatch", "1 318 внутрішньо переміщених осіб, що становить 61,4 %", "1318 / 2146 = 61.42 % → 61,4 %")
g.ok("percent_mismatch", "у т.ч. 19 сімей з числа ВПО (41,3 %)", "19 / 46 = 41.30 %")
g.ok("percent_mismatch", "укомплектованість 81,6 %", "31 / 38 = 81.58 % → 81,6 %")
g.ok("percent_mismatch", "(48,7 % річних призначень)", "7 912,3 / 16 240,8 = 48.72 % → 48,7 %")
g.ok("parts_sum", "касові видатки за І півріччя склали 7 912,3 тис. грн",
     "named parts 6 884,1 + 412,6 = 7 296,7 ≤ 7 912,3; «у тому числі» lists only some items, so no sum is implied")

for q, v, r in [
    ("64200, Харківська обл., м. Балаклія, вул. Жовтнева, 00 · код ЄДРПОУ 44000981", [64200, 44000981], "postcode, address, ЄДРПОУ"),
    ("деокупована 8 вересня 2022 року", [8, 2022], "date"),
    ("проживає близько 38 тис. осіб, з них понад 9 тис. — внутрішньо переміщені особи", [38000, 9000], "population of the hromada (incl. IDPs living there), not the centre's figures"),
    ("(з 01 січня по 30 червня 2025 року)", [1, 30, 2025], "period dates (meta)"),
    ("громада зазнала 7 обстрілів", [7], "shelling incidents; no §3 id"),
    ("(старше 60 років)", [60], "age"),
    ("що на 19 % більше, ніж за І півріччя 2024 року", [19], "growth over H1 2024 (other period)"),
    ("Мобільні бригади установи здійснили 163 виїзди до 28 населених пунктів громади, зокрема до 11 населених пунктів",
     [163, 28, 11], "mobile-brigade trips and villages reached; no §3 id"),
    ("видано 3 860 продуктових наборів, 1 420 гігієнічних наборів та 214 комплектів для зимівлі", [3860, 1420, 214],
     "items of aid; no unit for items"),
    ("Станом на 30.06.2025", [2025], "date"),
    ("КЕКВ 2110, 2120", [2110, 2120], "budget codes (not amounts)"),
    ("залучити ще 2 мобільні бригади, охопити психологічною підтримкою не менше 500 осіб", [2, 500], "plan for H2 2025"),
    ("потреба у фінансуванні на 2026 рік становить 19,3 млн грн", [19300000], "next-year budget need"),
    ("07.07.2025", [2025], "signature date"),
]:
    g.skip(q, v, r)
for q, v, r in [("Сторінка 2", [2], "page footer"), ("Звіт за І півріччя 2025 року", [2025], "running header")]:
    g.skip(q, v, r, in_read_text=(q in TEXT))

g.notes += [
    "period «за І півріччя 2025 року» → 2025-01-01..2025-06-30; oblast stated in the centre's name.",
    "published omitted: only the signature date 07.07.2025 is given.",
    "applicants: 1 318 ВПО, 287 with disability, 412 elderly are overlapping subsets of 2 146 (parent_id, no group, no parts_sum).",
    "served: the «зокрема» list (1 604 + 1 211 + 946 + 173 + 38 = 3 972 persons) exceeds the 1 927 persons served because one person gets several services; not a partition, no parts_sum finding; no group.",
    "the 173 home-care recipients appear twice (section 2 and section 6): two facts.",
    "psychological support: 384 persons served (label), 1 026 individual consultations (services_provided), 47 group sessions (events) of which 19 for children, 512 participants.",
    "home care «взято/знято з обслуговування» → support_started / support_completed with alts registered_new / deregistered; reasons outcome_other.",
    "budget: the annual approved 16 240,8 is the current year's and is a fact; spending parts named with «у тому числі» are children of the 7 912,3 spent; the 2110+2120 part has no single kekv.",
]
g.write(path)
