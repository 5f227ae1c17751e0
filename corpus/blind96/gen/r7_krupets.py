"""b96_07: ТЦСО Крупецької сільської ради (Хмельницька), annual report 2023, as a SCANNED paper report
saved as a searchable PDF: each page is an image (the typed page drawn with PIL, slightly rotated, with
speckle noise, a round stamp and a signature), with an invisible OCR text layer (render mode 3) placed over it
line by line. The OCR layer has the usual scanner errors: split and joined words, Latin letters inside
Cyrillic words, lost digit-group spaces, a hyphenated line break, and garbage in the signature/stamp area."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from common import FONT_DIR, Gold, register_fonts, report_path

DOC = "b96_07_krupets_tcso_annual2023.pdf"
register_fonts()
DPI = 150
PX = DPI / 25.4                      # px per mm
PT = 72 / 25.4                       # pt per mm

# (clean typed text, OCR text layer, left margin mm, font size pt, bold, centred)
P1 = [
    ("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ", 0, 12, True, True),
    ("(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) КРУПЕЦЬКОЇ СІЛЬСЬКОЇ РАДИ", "(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) КРУПЕЦЬКОЇ СІЛЬСЬКОЇ РАДИ", 0, 12, True, True),
    ("30112, Хмельницька обл., Шепетівський р-н, с. Крупець, вул. Шевченка, 27",
     "30112, Хмельницька обл., Шепетівський р-н, с. Крупець, вул. Шевченка, 27", 0, 10, False, True),
    ("тел. (03842) 0-52-16, e-mail: tcso.krupets@example.ua, код ЄДРПОУ 43926581",
     "тел. (03842) 0-52-16, e-mail: tcso.krupets@example.ua, код ЄДРПОУ 43926581", 0, 10, False, True),
    None,
    ("15.01.2024 № 01-12/19", "15.01.2024 № 01-12/19", 20, 12, False, False),
    ("Відділу соціального захисту населення", "Відділу соціального захисту населення", 110, 12, False, False),
    ("Крупецької сільської ради", "Крупецької сільської ради", 110, 12, False, False),
    None,
    ("ЗВІТ", "ЗВІТ", 0, 13, True, True),
    ("про роботу територіального центру за 2023 рік", "про роботу територіального центру за 2023 рік", 0, 12, True, True),
    None,
    ("Протягом 2023 року територіальним центром обслуговано 268 осіб,",
     "Протягом 2023 року територіальним центром обслуго вано 268 осіб,", 30, 12, False, False),
    ("у тому числі:", "у тому числі:", 20, 12, False, False),
    ("- відділенням соціальної допомоги вдома – 121 особа;",
     "- вiддiленням соцiальної допомоги вдома — 121 особа;", 25, 12, False, False),
    ("- відділенням денного перебування – 47 осіб;",
     "- відділенням денного перебування — 47осіб;", 25, 12, False, False),
    ("- відділенням організації надання натуральної допомоги – 100 осіб.",
     "- відділенням організації надання натуральної допомоги — 100 осіб.", 25, 12, False, False),
    ("З числа обслуговуваних: осіб з інвалідністю – 82, одиноких – 95,",
     "З числа обслуговуваних: осіб з інвалідністю — 82, одиноких — 95,", 30, 12, False, False),
    ("внутрішньо переміщених осіб – 21.", "внутрішньо переміщених осіб — 21.", 20, 12, False, False),
    ("Соціальними робітниками надано 11 408 послуг догляду вдома.",
     "Соцiальними робiтниками надано 11408 послуг догляду вдома.", 30, 12, False, False),
    ("Протягом року взято на обслуговування 34 особи, знято з обслугову-",
     "Протягом року взято на обслуговування 34 особи, знято з обслугову-", 30, 12, False, False),
    ("вання 29 осіб, з них: у зв'язку зі смертю – 17, зі зміною місця",
     "вання 29 осіб, з них: у зв'язку зі смертю — 17, зі зміною місця", 20, 12, False, False),
    ("проживання – 4, влаштовано до стаціонарних закладів – 2, за власним",
     "проживання — 4, влаштовано до стаціонарних закладів — 2, за власним", 20, 12, False, False),
    ("бажанням – 6.", "бажанням — 6.", 20, 12, False, False),
    ("Відділенням денного перебування проведено 52 групові заходи (гуртки,",
     "Відділенням денного перебування проведено 52 груповi заходи (гуртки,", 30, 12, False, False),
    ("бесіди, святкові концерти), у яких взяли участь 47 осіб.",
     "бесіди, святкові концерти), у яких взяли участь 47 осіб.", 20, 12, False, False),
    ("Натуральну допомогу отримали 100 осіб: видано 186 продуктових",
     "Натуральну допомогу отримали 100 осіб: видано 186 продуктових", 30, 12, False, False),
    ("наборів та 64 комплекти засобів гігієни на загальну суму 97,3 тис. грн.",
     "наборів та 64 комплекти засобів гігієни на загальну суму 97,3 тис.грн.", 20, 12, False, False),
    ("На платній основі обслуговано 9 осіб, від платних послуг надійшло",
     "На платній основі обслуговано 9 осіб, від платних послуг надійшло", 30, 12, False, False),
    ("14,6 тис. грн до спеціального фонду.", "14,6 тис. грн до спеціального фонду.", 20, 12, False, False),
]
P2 = [
    ("Кошторисом на 2023 рік затверджено 4 612,5 тис. грн, касові видатки",
     "Кошторисом на 2023 рік затверджено 4 612,5 тис. грн, касові видатки", 30, 12, False, False),
    ("склали 4 598,1 тис. грн, економія – 14,4 тис. грн.",
     "склали 4 598,1 тис. грн, економія — 14,4 тис. грн.", 20, 12, False, False),
    ("Штатна чисельність – 27 посад, фактично працює 25 працівників,",
     "Штатна чисельність — 27 посад, фактично працює 25 працівників,", 30, 12, False, False),
    ("з них 19 соціальних робітників.", "з них 19 соціальних робітників.", 20, 12, False, False),
    ("У грудні 2023 року проведено анкетування 60 отримувачів послуг:",
     "У грудні 2023 року проведено анкетування 60 отримувачів послуг:", 30, 12, False, False),
    ("93,3 % опитаних задоволені якістю обслуговування.",
     "93,3% опитаних задоволені якістю обслуговування.", 20, 12, False, False),
    ("Скарг протягом року не надходило.", "Скарг протягом року не надх одило.", 30, 12, False, False),
    None,
    ("ВИСНОВКИ", "ВИСНОВКИ", 0, 12, True, True),
    ("Всього протягом 2023 року обслуговано 286 осіб, надано 11 408 послуг",
     "Всього протягом 2023 року обслуговано 286 осіб, надано 11 408 послуг", 30, 12, False, False),
    ("догляду вдома. У 2024 році планується відкрити пункт прокату",
     "догляду вдома. У 2024 році планується відкрити пункт прокату", 20, 12, False, False),
    ("технічних засобів реабілітації на 15 одиниць.",
     "технічних засобів реабілітації на 15 одиниць.", 20, 12, False, False),
    None,
    None,
    ("Директор", "Дире ктор ,_^/Щ~-/л_ *ТЕРИТОРІАЛЬНИЙ Ц*НТР* Ід.к0д 4З9265В1", 20, 12, False, False),
    None,
    None,
    ("Виконавець: тел. (03842) 0-52-14", "Виконавець: тел. (03842) 0-52-l4 ..' ,", 20, 10, False, False),
]

W, H = A4
IMG_W, IMG_H = int(210 * PX), int(297 * PX)
TOP = 18          # mm
LEAD = 6.6        # mm per line


def font(size, bold):
    fn = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    return ImageFont.truetype(FONT_DIR + fn, int(round(size * DPI / 72)))


def draw_page(lines, seed, angle, stamp=False):
    rnd = random.Random(seed)
    img = Image.new("L", (IMG_W, IMG_H), 250)
    dr = ImageDraw.Draw(img)
    placed = []   # (ocr, x_pt, baseline_pt, size, width_pt)
    y = TOP
    for ln in lines:
        if ln is None:
            y += LEAD
            continue
        clean, ocr, xmm, size, bold, centred = ln
        f = font(size, bold)
        wpx = dr.textlength(clean, font=f)
        xpx = (IMG_W - wpx) / 2 if centred else xmm * PX
        ypx = y * PX
        dr.text((xpx, ypx), clean, font=f, fill=rnd.randint(20, 45))
        asc = f.getmetrics()[0]
        placed.append((ocr, xpx / PX * PT, H - (ypx + asc) / PX * PT, size, wpx / PX * PT))
        y += LEAD
    if stamp:
        # signature scribble and a round stamp next to «Директор»
        sy = (TOP + LEAD * (len(lines) - 4)) * PX
        pts = [(70 * PX + i * 4, sy + 10 + 18 * math.sin(i / 3.0) + rnd.randint(-4, 4)) for i in range(60)]
        dr.line(pts, fill=60, width=3)
        cx, cy, r = 140 * PX, sy + 5, 22 * PX
        dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=110, width=4)
        dr.ellipse((cx - r * 0.62, cy - r * 0.62, cx + r * 0.62, cy + r * 0.62), outline=110, width=3)
        sf = font(7, True)
        txt = "* ТЕРИТОРІАЛЬНИЙ ЦЕНТР * КРУПЕЦЬКОЇ СІЛЬСЬКОЇ РАДИ "
        for i, ch in enumerate(txt):
            a = 2 * math.pi * i / len(txt) - math.pi / 2
            dr.text((cx + r * 0.81 * math.cos(a) - 6, cy + r * 0.81 * math.sin(a) - 8), ch, font=sf, fill=110)
        dr.text((cx - 55, cy - 10), "43926581", font=font(8, True), fill=110)
    # paper noise: specks and a faint scanner streak
    for _ in range(2600):
        x, yy = rnd.randrange(IMG_W), rnd.randrange(IMG_H)
        dr.point((x, yy), fill=rnd.randint(120, 200))
    dr.line((IMG_W * 0.93, 0, IMG_W * 0.93, IMG_H), fill=232, width=2)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72, optimize=False)
    buf.seek(0)
    return buf, placed


path = report_path(DOC)
c = canvas.Canvas(path, pagesize=A4, invariant=1)
c.setTitle("scan0017")
c.setCreator("ScanSoft OCR")
for lines, seed, angle, stamp in ((P1, 17, 0.55, False), (P2, 18, -0.4, True)):
    buf, placed = draw_page(lines, seed, angle, stamp)
    c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
    for ocr, x, base, size, wpt in placed:
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont("LSerif", size)
        natural = stringWidth(ocr, "LSerif", size)
        t.setHorizScale(100.0 * wpt / natural if natural else 100)
        t.setTextOrigin(x, base)
        t.textOut(ocr)
        c.drawText(t)
    c.showPage()
c.save()

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Крупецької сільської ради",
    "centre_type": "tcso",
    "settlement": "Крупець",
    "oblast": "Хмельницька",
    "report_kind": "annual_report",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
})
n = lambda fid: fid[1:]  # noqa: E731
t0 = g.f("served", "persons", 268, "обслуго вано 268 осіб",
         note="OCR split «обслуго вано»; the typed page reads «обслуговано 268 осіб»")
d1 = g.f("served", "persons", 121, "відділенням соціальної допомоги вдома — 121 особа", service="home_care",
         district="відділення соціальної допомоги вдома", group="served268_by_department", parent=t0,
         note="the OCR layer has Latin «i» inside «вiддiленням соцiальної»; the reader prints Cyrillic «і»")
d2 = g.f("served", "persons", 47, "відділенням денного перебування — 47осіб", service="day_care",
         district="відділення денного перебування", group="served268_by_department", parent=t0,
         note="OCR joined «47осіб»")
d3 = g.f("served", "persons", 100, "відділенням організації надання натуральної допомоги — 100 осіб",
         service="natural_aid", district="відділення організації надання натуральної допомоги",
         group="served268_by_department", parent=t0)
c1 = g.f("served", "persons", 82, "осіб з інвалідністю — 82", category="особи з інвалідністю", parent=t0)
c2 = g.f("served", "persons", 95, "одиноких — 95", category="одинокі громадяни", parent=t0)
c3 = g.f("served", "persons", 21, "внутрішньо переміщених осіб — 21", category="внутрішньо переміщені особи",
         parent=t0)
sp = g.f("services_provided", "services", 11408, "надано 11408 послуг догляду вдома", service="home_care",
         note="OCR lost the digit-group space of «11 408»")
tk = g.f("served", "persons", 34, "взято на обслуговування 34 особи", alt=["registered_new", "support_started"],
         label="взято на обслуговування")
dr_ = g.f("deregistered", "persons", 29, "знято з обслуговування 29 осіб, з них:",
          note="hyphenated across lines in the OCR layer («обслугову- / вання»); the reader joins it")
r1 = g.f("deregistered", "persons", 17, "у зв'язку зі смертю — 17", label="у зв'язку зі смертю",
         alt=["outcome_other"], group="dereg29_by_reason", parent=dr_)
r2 = g.f("deregistered", "persons", 4, "проживання — 4", label="зміна місця проживання",
         alt=["outcome_other"], group="dereg29_by_reason", parent=dr_)
r3 = g.f("deregistered", "persons", 2, "влаштовано до стаціонарних закладів — 2",
         label="влаштування до стаціонарних закладів", alt=["outcome_other"], group="dereg29_by_reason", parent=dr_)
r4 = g.f("deregistered", "persons", 6, "бажанням — 6", label="за власним бажанням", alt=["outcome_other"],
         group="dereg29_by_reason", parent=dr_)
ev = g.f("events", "events", 52, "проведено 52 групові заходи")
ep = g.f("event_participants", "persons", 47, "у яких взяли участь 47 осіб", parent=ev)
na = g.f("served", "persons", 100, "Натуральну допомогу отримали 100 осіб", service="natural_aid",
         note="the department row written again")
av = g.f("aid_value", "uah", 97300, "на загальну суму 97,3 тис.грн", parent=na)
pd = g.f("served", "persons", 9, "На платній основі обслуговано 9 осіб", label="на платній основі")
pm = g.f("budget_received", "uah", 14600, "14,6 тис. грн до спеціального фонду",
         label="надходження від платних послуг, спеціальний фонд")
b1 = g.f("budget_approved", "uah", 4612500, "Кошторисом на 2023 рік затверджено 4 612,5 тис. грн")
b2 = g.f("budget_spent", "uah", 4598100, "склали 4 598,1 тис. грн", label="касові видатки")
b3 = g.f("budget_savings", "uah", 14400, "економія — 14,4 тис. грн")
s1 = g.f("staff_positions", "positions", 27, "Штатна чисельність — 27 посад")
s2 = g.f("staff_actual", "staff", 25, "фактично працює 25 працівників")
s3 = g.f("staff_actual", "staff", 19, "з них 19 соціальних робітників", label="соціальні робітники", parent=s2)
q1 = g.f("survey_respondents", "recipients", 60, "проведено анкетування 60 отримувачів послуг", unit_alt="persons")
q2 = g.f("satisfaction", "percent", 93.3, "93,3% опитаних задоволені якістю обслуговування", alt=["share"])
cm = g.f("complaints", "complaints", 0, "Скарг протягом року не надх одило", note="OCR split «надх одило»")
t1 = g.f("served", "persons", 286, "Всього протягом 2023 року обслуговано 286 осіб", label="висновки",
         note="the conclusions repeat the total with transposed digits (268 → 286)")
sp2 = g.f("services_provided", "services", 11408, "надано 11 408 послуг", service="home_care",
          note="written again in the conclusions (with the space this time)")

g.slip("internal_conflict", "error", "Всього протягом 2023 року обслуговано 286 осіб", 286, 268, [t1, t0],
       "the conclusions give 286 persons served in 2023, the account on page 1 gives 268; the departments "
       "(121 + 47 + 100 = 268) confirm 268.", f"f{n(t1)} == f{n(t0)}")
g.check("parts_sum", "у тому числі:", "121 + 47 + 100 = 268",
        f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(t0)}")
g.check("parts_sum", "З числа обслуговуваних", "82, 95 and 21 each ≤ 268 (overlapping)",
        f"max(f{n(c1)}, f{n(c2)}, f{n(c3)}) <= f{n(t0)}")
g.check("parts_sum", "знято з обслуговування 29 осіб, з них:", "17 + 4 + 2 + 6 = 29",
        f"f{n(r1)} + f{n(r2)} + f{n(r3)} + f{n(r4)} == f{n(dr_)}")
g.check("internal_conflict", "Натуральну допомогу отримали 100 осіб", "100 = department row",
        f"f{n(na)} == f{n(d3)}")
g.check("internal_conflict", "у яких взяли участь 47 осіб", "47 participants = day department row",
        f"f{n(ep)} == f{n(d2)}")
g.check("internal_conflict", "надано 11 408 послуг", "11 408 written twice, equal", f"f{n(sp2)} == f{n(sp)}")
g.check("table_arithmetic", "економія — 14,4 тис. грн", "4 612,5 − 4 598,1 = 14,4 тис. грн",
        f"f{n(b1)} - f{n(b2)} == f{n(b3)}")
g.check("parts_sum", "з них 19 соціальних робітників", "19 ≤ 25 ≤ 27", f"f{n(s3)} <= f{n(s2)} <= f{n(s1)}")
g.check("percent_impossible", "93,3% опитаних", "56 of 60 = 93,33 %", f"grim_ok(f{n(q2)}, f{n(q1)}, 1)")

g.skip("30112, Хмельницька обл., Шепетівський р-н, с. Крупець, вул. Шевченка, 27", [30112, 27], "postcode, address")
g.skip("тел. (03842) 0-52-16", [3842, 5216], "phone")
g.skip("код ЄДРПОУ 43926581", [43926581], "ЄДРПОУ")
g.skip("15.01.2024 № 01-12/19", [15, 1, 2024, 1, 12, 19], "outgoing date and number")
g.skip("про роботу територіального центру за 2023 рік", [2023], "period in the title")
g.skip("Протягом 2023 року", [2023], "year")
g.skip("видано 186 продуктових", [186], "items")
g.skip("наборів та 64 комплекти засобів гігієни", [64], "items")
g.skip("Кошторисом на 2023 рік", [2023], "year")
g.skip("У грудні 2023 року", [2023], "date of the survey")
g.skip("У 2024 році планується відкрити пункт прокату", [2024], "plan")
g.skip("технічних засобів реабілітації на 15 одиниць", [15], "plan (items)")
g.skip("Дире ктор ,_^/Щ~-/л_ *ТЕРИТОРІАЛЬНИЙ Ц*НТР* Ід.к0д 4З9265В1", [0, 4, 9265, 1],
       "OCR garbage from the signature and the round stamp (the stamp's ЄДРПОУ misread)")
g.skip("Виконавець: тел. (03842) 0-52-14", [3842, 5214], "phone (the OCR layer has «0-52-l4»; the reader prints «14»)")

g.note("scanned searchable PDF: the facts are quoted from the OCR text layer as `zvitparse read` prints it, "
       "OCR errors included (split «обслуго вано», «надх одило», «Дире ктор»; joined «47осіб»; «11408» without its "
       "group space; «тис.грн»; «93,3%»). The layer also has Latin «i» in «вiддiленням», «Соцiальними», «груповi», "
       "«l4» for «14» and a hyphenated line break «обслугову- / вання»; the reader prints these normalized, and the "
       "quotes follow the printed text. Values are those of the typed page, which the OCR kept intact in every fact")
g.note("departments → served with district and service; the categories (інвалідність, одинокі, ВПО) overlap → "
       "parent_id only")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
       "deregistered with labelled reasons (alt outcome_other)")
g.note("the 268 total and 11 408 services are repeated in the conclusions: two facts each; the conclusions' 286 "
       "is the planted internal_conflict")
g.note("the signature/stamp line is OCR garbage with digit fragments; skipped")
g.write()
