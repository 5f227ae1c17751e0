"""b65_07: a fillable PDF form (AcroForm). The Лугинська селищна рада department's quarterly template,
filled in by the КУ «ЦНСП» Лугинської селищної ради for II квартал 2025 and sent back unflattened.
The page text holds only the labels and underscores; every figure sits in a form field's /V.
`zvitparse read` prints the labels only, so the gold quotes come from viewer_text() (what a PDF
viewer shows: the labels with the field values in place)."""
import sys
import logging
logging.getLogger("pypdf").setLevel(logging.ERROR)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, TextStringObject, NameObject
from common import Gold, report_path, read_text, register_dejavu, viewer_text

DOC = "b65_07_luhyny_cnsp_form_q2_2025.pdf"
P = report_path(DOC)
TMP = P + ".template"
register_dejavu()
W, H = A4
FS = 9.5
RATING_OPTS = ["добре", "задовільно", "незадовільно"]

# (label, [(field name, field width, value)], kind) per line; kind: t text, h heading, n note, cb checkbox line
L = [
    ("Додаток 2 до листа відділу соціального захисту населення від 01.04.2025 № 07-11/96", [], "n"),
    ("ІНФОРМАЦІЯ", [], "h"),
    ("про надання соціальних послуг надавачем комунальної форми власності (квартальна)", [], "h"),
    ("Форма заповнюється в електронному вигляді та повертається до 10 числа місяця, що настає за звітним кварталом.", [], "n"),
    ("Дані зазначаються в цілих числах, грошові показники – у тис. грн з одним знаком після коми.", [], "n"),
    ("Розділ 1. Загальні відомості", [], "h"),
    ("1.1. Повна назва надавача:", [("name", 330, "КУ «Центр надання соціальних послуг» Лугинської селищної ради")], "t"),
    ("1.2. Код ЄДРПОУ:", [("edrpou", 90, "44290573")], "t"),
    ("1.3. Звітний період:", [("period", 150, "II квартал 2025 року")], "t"),
    ("1.4. Телефон для уточнень:", [("phone", 110, "(04161) 0-93-15")], "t"),
    ("Розділ 2. Отримувачі соціальних послуг", [], "h"),
    ("2.1. Кількість отримувачів соціальних послуг, осіб:", [("r2_1", 60, "318")], "t"),
    ("2.1.1. з них внутрішньо переміщених осіб:", [("r2_1_1", 60, "41")], "t"),
    ("2.1.2. з них осіб з інвалідністю:", [("r2_1_2", 60, "57")], "t"),
    ("2.2. Звернулися до надавача вперше, осіб:", [("r2_2", 60, "36")], "t"),
    ("2.3. Проведено оцінку потреб, осіб:", [("r2_3", 60, "33")], "t"),
    ("2.4. Кількість наданих соціальних послуг, од.:", [("r2_4", 60, "4206")], "t"),
    ("Розділ 3. Отримувачі за видами послуг (одна особа може отримувати кілька послуг)", [], "h"),
    ("3.1. Догляд вдома, осіб:", [("r3_1", 50, "96")], "t"),
    ("3.2. Консультування, осіб:", [("r3_2", 50, "142")], "t"),
    ("3.3. Натуральна допомога, осіб:", [("r3_3", 50, "61")], "t"),
    ("3.4. Соціальний супровід сімей у СЖО, сімей:", [("r3_4", 50, "14")], "t"),
    ("     у них дітей:", [("r3_4d", 50, "31")], "t"),
    ("3.5. Соціальне таксі, осіб:", [("r3_5", 50, "5")], "t"),
    ("Розділ 4. Соціальний супровід сімей (осіб) у СЖО за квартал", [], "h"),
    ("4.1. Взято під супровід, сімей:", [("r4_1", 40, "5")], "t"),
    ("4.2. Завершено супровід, сімей:", [("r4_2", 40, "4")], "t"),
    ("4.2.1. з них з позитивним результатом:", [("r4_2_1", 40, "3")], "t"),
    ("Розділ 5. Кадрове забезпечення", [], "h"),
    ("5.1. Штатна чисельність, посад:", [("r5_1", 50, "28,5")], "t"),
    ("5.2. Фактично працює, осіб:", [("r5_2", 50, "26")], "t"),
    ("5.3. Підвищили кваліфікацію у звітному кварталі, осіб:", [("r5_3", 50, "4")], "t"),
    ("Розділ 6. Скарги (позначте потрібне)", [], "h"),
    ("Скарги надходили", [("cb_yes", 0, False)], "cb"),
    ("Скарг не надходило", [("cb_no", 0, True)], "cb"),
    ("6.1. Кількість скарг, од.:", [("r6_1", 40, "0")], "t"),
    ("Розділ 7. Оцінка якості (за результатами останнього опитування)", [], "h"),
    ("7.1. Опитано отримувачів, осіб:", [("r7_1", 50, "40")], "t"),
    ("7.2. Задоволені якістю послуг, %:", [("r7_2", 50, "92,5")], "t"),
    ("7.3. Загальна оцінка якості (оберіть зі списку):", [("r7_3", 110, "добре")], "ch"),
    ("Розділ 8. Фінансування та контроль", [], "h"),
    ("8.1. Касові видатки за квартал (загальний фонд), тис. грн:", [("r8_1", 70, "2 914,6")], "t"),
    ("8.2. Усього охоплено соціальними послугами у звітному кварталі, осіб:", [("r8_2", 60, "321")], "t"),
    ("Контрольне співвідношення: рядок 8.2 = рядку 2.1.", [], "n"),
    ("Дата заповнення:", [("date", 80, "08.07.2025")], "t"),
    ("Керівник надавача ____________ (підпис)      М.П.", [], "n"),
]

c = canvas.Canvas(TMP, pagesize=A4, invariant=1)
c.setTitle("Форма квартальної інформації про надання соціальних послуг")
form = c.acroForm
y = H - 40
values = {}
for label, fields, kind in L:
    if kind == "h":
        c.setFont("DV-B", FS + 0.5)
        if label in ("ІНФОРМАЦІЯ", ) or label.startswith("про надання"):
            c.drawCentredString(W / 2, y, label)
        else:
            y -= 4
            c.drawString(45, y, label)
        y -= 15.5
        continue
    c.setFont("DV", FS if kind != "n" else FS - 1)
    if kind == "cb":
        name, _, on = fields[0]
        form.checkbox(name=name, x=60, y=y - 2, size=10, checked=False, buttonStyle="cross",
                      borderWidth=1)
        values[name] = "/Yes" if on else "/Off"
        c.drawString(76, y, label)
        y -= 15
        continue
    c.drawString(45, y, label)
    x = 45 + stringWidth(label, "DV", FS) + 6
    for name, width, val in fields:
        nu = max(4, int(width / stringWidth("_", "DV", FS)))
        c.drawString(x, y, "_" * nu)
        if kind == "ch":
            form.choice(name=name, value="dobre", options=["dobre", "zadovilno", "nezadovilno"],
                        x=x, y=y - 4, width=width, height=14, fontName="Helvetica", fontSize=9,
                        borderWidth=0, fillColor=None)
        else:
            form.textfield(name=name, value="", x=x, y=y - 4, width=width, height=14,
                           fontName="Helvetica", fontSize=9, borderWidth=0, fillColor=None)
        values[name] = val
        x += width + 10
    y -= 15
c.setFont("DV", 7)
c.drawString(45, 18, "Форма затверджена розпорядженням селищного голови від 24.03.2025 № 61-од. Сторінка 1 з 1")
c.showPage()
c.save()

# «fill it in Acrobat»: set the values, keep the form (not flattened), ask viewers to redraw
r = PdfReader(TMP)
w = PdfWriter(clone_from=r)
for a in w.pages[0]["/Annots"]:
    a = a.get_object()
    if a.get("/T") == "r7_3":
        a[NameObject("/Opt")] = ArrayObject([TextStringObject(o) for o in RATING_OPTS])
w.update_page_form_field_values(w.pages[0], {k: v for k, v in values.items()}, auto_regenerate=False)
w.set_need_appearances_writer(True)
w.add_metadata({"/Producer": "Adobe Acrobat Pro (64-bit) 24.2.20687", "/CreationDate": "D:20250401090000+03'00'",
                "/ModDate": "D:20250708113500+03'00'"})
with open(P, "wb") as fh:
    w.write(fh)
import os
os.remove(TMP)
if len(sys.argv) > 1:
    print(read_text(P)); print("=====VIEWER====="); print(viewer_text(P)); sys.exit()

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Лугинської селищної ради", "centre_type": "cnsp",
    "settlement": "Лугини", "report_kind": "period_report",
    "period_start": "2025-04-01", "period_end": "2025-06-30"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Лугинської селищної ради",
                "КУ «Центр надання соціальних послуг» Лугинської селищної ради"]})
g.quotes_from = "pdf_viewer"
F = g.f
n = lambda x: x[1:]
tot = F("served", "persons", 318, "2.1. Кількість отримувачів соціальних послуг, осіб: ____________ 318")
idp = F("served", "persons", 41, "2.1.1. з них внутрішньо переміщених осіб: ____________ 41",
        category="внутрішньо переміщені особи", parent=tot)
dis = F("served", "persons", 57, "2.1.2. з них осіб з інвалідністю: ____________ 57",
        category="особи з інвалідністю", parent=tot)
F("applied", "persons", 36, "2.2. Звернулися до надавача вперше, осіб: ____________ 36", label="вперше")
F("needs_assessed", "persons", 33, "2.3. Проведено оцінку потреб, осіб: ____________ 33")
F("services_provided", "services", 4206, "2.4. Кількість наданих соціальних послуг, од.: ____________ 4206")
sv = [F("served", "persons", 96, "3.1. Догляд вдома, осіб: __________ 96", service="home_care", parent=tot),
      F("served", "persons", 142, "3.2. Консультування, осіб: __________ 142", service="counselling", parent=tot),
      F("served", "persons", 61, "3.3. Натуральна допомога, осіб: __________ 61", service="natural_aid", parent=tot)]
fam = F("served", "families", 14, "3.4. Соціальний супровід сімей у СЖО, сімей: __________ 14",
        service="social_support_sjo", alt=["support_ongoing"])
F("served", "children", 31, "у них дітей: __________ 31", service="social_support_sjo", alt=["support_ongoing"], parent=fam)
sv.append(F("served", "persons", 5, "3.5. Соціальне таксі, осіб: __________ 5", service="social_taxi", parent=tot))
st = F("support_started", "families", 5, "4.1. Взято під супровід, сімей: ________ 5", service="social_support_sjo")
cp = F("support_completed", "families", 4, "4.2. Завершено супровід, сімей: ________ 4", service="social_support_sjo")
ps = F("outcome_positive", "families", 3, "4.2.1. з них з позитивним результатом: ________ 3",
       service="social_support_sjo", parent=cp)
pos = F("staff_positions", "positions", 28.5, "5.1. Штатна чисельність, посад: __________ 28,5")
act = F("staff_actual", "staff", 26, "5.2. Фактично працює, осіб: __________ 26")
F("staff_trained", "staff", 4, "5.3. Підвищили кваліфікацію у звітному кварталі, осіб: __________ 4")
F("complaints", "complaints", 0, "6.1. Кількість скарг, од.: ________ 0",
  note="the ticked box «[X] Скарг не надходило» says the same; one figure, one fact")
resp = F("survey_respondents", "persons", 40, "7.1. Опитано отримувачів, осіб: __________ 40")
sat = F("satisfaction", "percent", 92.5, "7.2. Задоволені якістю послуг, %: __________ 92,5", alt=["share"])
F("rating", "rating", "good", "7.3. Загальна оцінка якості (оберіть зі списку): _______________________ добре",
  criterion="overall", note="a combo box value")
F("budget_spent", "uah", 2914600, "8.1. Касові видатки за квартал (загальний фонд), тис. грн: ______________ 2 914,6",
  label="загальний фонд, II квартал")
tot2 = F("served", "persons", 321, "8.2. Усього охоплено соціальними послугами у звітному кварталі, осіб: ____________ 321",
         label="контрольний рядок 8.2")

g.slip("internal_conflict", "error", "8.2. Усього охоплено соціальними послугами у звітному кварталі, осіб: ____________ 321",
       321, 318, [tot, tot2],
       "the form gives the quarter's recipients twice: 318 in row 2.1 and 321 in row 8.2, and its own control "
       "rule says «рядок 8.2 = рядку 2.1»",
       f"f{n(tot)} == f{n(tot2)}")
g.check("percent_impossible", "7.2. Задоволені якістю послуг, %: __________ 92,5", "92,5 % = 37 of 40 respondents",
        f"grim_ok(f{n(sat)}, f{n(resp)}, 1)")
g.check("parts_sum", "2.1.1. з них внутрішньо переміщених осіб: ____________ 41",
        "the «з них» rows and each service row ≤ 318 (services overlap, as the heading of Розділ 3 says)",
        f"max(f{n(idp)}, f{n(dis)}, " + ", ".join(f"f{n(x)}" for x in sv) + f") <= f{n(tot)}")
g.check("parts_sum", "4.2.1. з них з позитивним результатом: ________ 3", "3 ≤ 4 completed; 5 taken and 4 completed ≤ 14",
        f"f{n(ps)} <= f{n(cp)} and f{n(st)} <= f{n(fam)} and f{n(cp)} <= f{n(fam)}")
g.check("parts_sum", "5.2. Фактично працює, осіб: __________ 26", "26 ≤ 28,5 positions", f"f{n(act)} <= f{n(pos)}")
S = g.skip
S("Додаток 2 до листа відділу соціального захисту населення від 01.04.2025 № 07-11/96", [2, 1, 4, 2025, 7, 11, 96],
  "annex number, letter date and number")
S("повертається до 10 числа місяця", [10], "deadline")
S("у тис. грн з одним знаком після коми", [], "instruction")
S("1.2. Код ЄДРПОУ: __________________ 44290573", [1, 2, 44290573], "ЄДРПОУ (field value)")
S("1.3. Звітний період: _______________________________ II квартал 2025 року", [2, 2025], "period (field value)")
S("1.4. Телефон для уточнень: _______________________ (04161) 0-93-15", [4161, 9315], "phone (field value)")
S("Розділ 1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8], "section and row numbers (1.1 … 8.2)")
S("Контрольне співвідношення: рядок 8.2 = рядку 2.1.", [8.2, 2.1], "row numbers")
S("Дата заповнення: ________________ 08.07.2025", [8, 7, 2025], "date (field value)")
S("розпорядженням селищного голови від 24.03.2025 № 61-од. Сторінка 1 з 1", [24, 3, 2025, 61, 1], "order date/number, page")
g.note("QUOTES COME FROM A PDF VIEWER, NOT FROM `zvitparse read`: the figures live in unflattened AcroForm fields "
       "(/V, NeedAppearances true) and `zvitparse read` prints the page labels only. viewer_text() in gen/common.py "
       "rebuilds what a viewer shows: each label line with its field values after the underscores; check boxes as [X] / [ ]")
g.note("no oblast is written anywhere in the form, so meta has none")
g.note("row 8.2 repeats the total of row 2.1 with another value: two facts, one internal_conflict finding")
g.note("the 14 families under social support and the 31 children are not parts of the 318 persons (another unit)")
g.write()
