"""b72_07: КУ «ЦНСП» Залозецької селищної ради (Тернопільська), report for H1 2025, as a SCANNED PDF
with an invisible OCR text layer (what ABBYY FineReader / ocrmypdf produce): each page is a picture of
the typed page (rendered with Pillow, slightly rotated, speckled, with a stamp and a signature), and the
same text is laid over it in reportlab text render mode 3 (invisible), one text line per typed line,
horizontally scaled to the picture's line width, with a few recognition errors."""
import os
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path, GEN

DOC = "b72_07_zalizttsi_cnsp_h1_2025.pdf"
LIB = "/usr/share/fonts/truetype/liberation/"
DPI = 150
W, H = 1240, 1754          # A4 at 150 dpi
LEFT, TOP, LINE = 170, 150, 40
FS = 27                    # ~13 pt at 150 dpi

# Each line: (typed text as on paper, OCR text or None if OCR read it right, indent px, style)
PAGE1 = [
    ("Вх. № 1187 від 09.07.2025", "Вх. № 1187 вiд 09.07.2025", 700, "stamp"),
    ("КОМУНАЛЬНА УСТАНОВА", None, 420, "b"),
    ("«ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЗАЛОЗЕЦЬКОЇ СЕЛИЩНОЇ РАДИ", None, 90, "b"),
    ("47234, Тернопільська обл., Тернопільський р-н, смт Залізці, вул. Сі-", None, 0, ""),
    ("чових Стрільців, 12, тел. (03540) 0-61-93, код ЄДРПОУ 43962218",
     "чових Стрільців, 12, тел. (03540) 0-61-93, код ЄДРПОУ 4З962218", 0, ""),
    ("№ 214/02-07 від 08.07.2025", None, 0, ""),
    ("Залозецькому селищному голові", None, 560, ""),
    ("", None, 0, ""),
    ("ЗВІТ", None, 470, "b"),
    ("про роботу КУ «ЦНСП» Залозецької селищної ради за І півріччя 2025 року",
     "про роботу КУ «ЦНСП» Залозецької селищної ради за l півріччя 2025 року", 0, "b"),
    ("", None, 0, ""),
    ("    Громада налічує 31 населений пункт, чисельність населення – 15,2 тис.", None, 0, ""),
    ("осіб, у т. ч. 3,9 тис. осіб віком понад 60 років.", None, 0, ""),
    ("    1. Упродовж І півріччя 2025 року до Центру звернулося 412 осіб (з них",
     "    1. Упродовж І півріччя 2025 року до Центру звернулося412 осіб (з них", 0, ""),
    ("повторно – 137). Соціальні послуги отримали 368 осіб, у тому числі:", None, 0, ""),
    ("догляд вдома – 142 особи, денний догляд – 40 осіб, консультування –",
     "догляд вдома – 142 особи, денний догляд – 4О осіб, консультування –", 0, ""),
    ("151 особа, натуральна допомога – 35 осіб. Серед отримувачів 57 осіб –", None, 0, ""),
    ("внутрішньо переміщені. Загалом надано 11 608 соціальних послуг.", None, 0, ""),
    ("    2. Оцінку потреб проведено 58 особам/сім'ям. Під соціальним супроводом", None, 0, ""),
    ("перебувало 19 сімей (44 дитини): взято під супровід 6 сімей, завершено", None, 0, ""),
    ("супровід 5 сімей, з них з позитивним результатом – 4.", None, 0, ""),
    ("    3. Тариф на послугу догляду вдома з 01.02.2025 – 74,20 грн за годину;", None, 0, ""),
    ("платно послугу отримували 23 особи. Видано 96 продуктових наборів.", None, 0, ""),
    ("    4. Проведено 12 групових заходів (арт-терапія, клуб «Активне довголіт-", None, 0, ""),
    ("тя»), у яких узяли участь 186 учасників.", None, 0, ""),
]
PAGE2 = [
    ("- 2 -", "-2-", 500, ""),
    ("    5. Штатна чисельність Центру – 31 посада, фактично працює 28 пра-", None, 0, ""),
    ("цівників, з них 19 соціальних робітників.", None, 0, ""),
    ("    6. Касові видатки за І півріччя 2025 року склали 4 127,6 тис. грн при", None, 0, ""),
    ("плані на півріччя 4 290,0 тис. грн; економія – 162,4 тис. грн.", None, 0, ""),
    ("    7. У червні 2025 року опитано 64 отримувачі послуг; 59 із них (92,2 %)", None, 0, ""),
    ("задоволені якістю обслуговування. Скарг на роботу Центру не надходило.", None, 0, ""),
    ("    Висновки: у звітному періоді послуги Центру отримали 386 осіб. У ІІ пів-", None, 0, ""),
    ("річчі планується відкрити відділення соціальної реабілітації на 10 місць.", None, 0, ""),
    ("", None, 0, ""),
    ("", None, 0, ""),
    ("Директор                              (підпис)", "Директор ~Щ/ (підпис)", 0, "sig"),
    ("", None, 0, ""),
    ("", None, 0, ""),
    ("ЗГІДНО З ОРИГІНАЛОМ", None, 560, "stamp"),
    ("Діловод ________ 08.07.2025", "Діловод _____ О8.07.2025", 560, "stamp"),
]


def render_page(lines, seed, angle, png):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 247)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(LIB + "LiberationSerif-Regular.ttf", FS)
    bold = ImageFont.truetype(LIB + "LiberationSerif-Bold.ttf", FS)
    boxes = []
    y = TOP
    for typed, ocr, indent, style in lines:
        if typed:
            font = bold if style == "b" else reg
            x = LEFT + indent
            ink = 40 if style != "stamp" else 120
            d.text((x, y), typed, font=font, fill=ink)
            w = d.textlength(typed, font=font)
            boxes.append((x, y, w, ocr if ocr is not None else typed, style))
            if style == "sig":   # a hand signature scribble over the line
                pts = [(x + 300 + i * 6, y + 14 + int(10 * ((-1) ** i) * rnd.random())) for i in range(30)]
                d.line(pts, fill=70, width=3)
            if style == "stamp" and typed.startswith("ЗГІДНО"):
                d.rectangle((x - 20, y - 14, x + 430, y + 2 * LINE + 10), outline=120, width=4)
        y += LINE
    # scanner noise: speckles, a faint fold line, slight blur, slight skew
    px = img.load()
    for _ in range(9000):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.choice((60, 120, 170, 200))
    d.line((0, H // 2 + 7, W, H // 2 - 5), fill=225, width=2)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    img.save(png, optimize=True)
    return boxes


def build(path):
    pdfmetrics.registerFont(TTFont("GlyphLessDV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("")
    c.setCreator("ABBYY FineReader 15")
    c.setProducer("ABBYY FineReader 15")
    sx, sy = A4[0] / W, A4[1] / H
    tmp = os.path.join(GEN, "_scan_tmp")
    os.makedirs(tmp, exist_ok=True)
    for n, (lines, angle) in enumerate(((PAGE1, 0.35), (PAGE2, -0.25)), 1):
        png = os.path.join(tmp, f"p{n}.png")
        boxes = render_page(lines, 7200 + n, angle, png)
        c.drawImage(png, 0, 0, A4[0], A4[1])
        fs = FS * sy * 0.92
        for x, y, w, text, style in boxes:
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("GlyphLessDV", fs)
            natural = pdfmetrics.stringWidth(text, "GlyphLessDV", fs)
            t.setHorizScale(100.0 * (w * sx) / natural if natural else 100)
            t.setTextOrigin(x * sx, A4[1] - (y + FS * 0.8) * sy)
            t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()
    for n in (1, 2):
        os.remove(os.path.join(tmp, f"p{n}.png"))
    os.rmdir(tmp)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Залозецької селищної ради",
        "centre_type": "cnsp", "settlement": "Залізці", "oblast": "Тернопільська",
        "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Залозецької селищної ради",
                    "КУ «ЦНСП» Залозецької селищної ради",
                    "КУ «Центр надання соціальних послуг» Залозецької селищної ради"]})
    f = g.f
    ap = f("applied", "persons", 412, "до Центру звернулося412 осіб",
           note="OCR dropped the space: «звернулося412»")
    ap2 = f("applied", "persons", 137, "повторно – 137", label="повторно", parent=ap)
    sv = f("served", "persons", 368, "Соціальні послуги отримали 368 осіб")
    G = "served_368_by_service"
    s1 = f("served", "persons", 142, "догляд вдома – 142 особи", service="home_care", group=G, parent=sv)
    s2 = f("served", "persons", 40, "денний догляд – 4О осіб", service="day_care", group=G, parent=sv,
           note="OCR read the digit 0 as Cyrillic «О»: the printed page says 40")
    s3 = f("served", "persons", 151, "консультування – 151 особа", service="counselling", group=G, parent=sv)
    s4 = f("served", "persons", 35, "натуральна допомога – 35 осіб", service="natural_aid", group=G, parent=sv)
    idp = f("served", "persons", 57, "Серед отримувачів 57 осіб – внутрішньо переміщені",
            category="внутрішньо переміщені особи", parent=sv)
    sp = f("services_provided", "services", 11608, "Загалом надано 11 608 соціальних послуг")
    na = f("needs_assessed", "families_persons", 58, "Оцінку потреб проведено 58 особам/сім'ям")
    su = f("served", "families", 19, "Під соціальним супроводом перебувало 19 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    suc = f("served", "children", 44, "(44 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=su)
    st = f("support_started", "families", 6, "взято під супровід 6 сімей", service="social_support_sjo", parent=su)
    cm = f("support_completed", "families", 5, "завершено супровід 5 сімей", service="social_support_sjo", parent=su)
    po = f("outcome_positive", "families", 4, "з них з позитивним результатом – 4", service="social_support_sjo", parent=cm)
    pd = f("served", "persons", 23, "платно послугу отримували 23 особи", service="home_care", label="платні послуги",
           parent=s1)
    ev = f("events", "events", 12, "Проведено 12 групових заходів")
    ep = f("event_participants", "persons", 186, "у яких узяли участь 186 учасників", parent=ev)
    pos = f("staff_positions", "positions", 31, "Штатна чисельність Центру – 31 посада")
    act = f("staff_actual", "staff", 28, "фактично працює 28 працівників")
    sw = f("staff_actual", "staff", 19, "з них 19 соціальних робітників", label="соціальні робітники", parent=act)
    bs = f("budget_spent", "uah", 4127600, "Касові видатки за І півріччя 2025 року склали 4 127,6 тис. грн")
    ba = f("budget_approved", "uah", 4290000, "при плані на півріччя 4 290,0 тис. грн", label="план на І півріччя")
    be = f("budget_savings", "uah", 162400, "економія – 162,4 тис. грн")
    sr = f("survey_respondents", "recipients", 64, "опитано 64 отримувачі послуг", unit_alt="persons")
    sat = f("survey_respondents", "persons", 59, "59 із них (92,2 %)", percent=92.2,
            label="задоволені якістю обслуговування", parent=sr)
    cp = f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")
    sv2 = f("served", "persons", 386, "у звітному періоді послуги Центру отримали 386 осіб",
            label="висновки: повторна згадка", note="the conclusions repeat the served total with the digits swapped (368 → 386)")

    g.slip("internal_conflict", "error", "у звітному періоді послуги Центру отримали 386 осіб", 386, 368, [sv, sv2],
           "persons served in H1 2025: 368 in section 1 (and 142 + 40 + 151 + 35 = 368), 386 in the conclusions.",
           f"{sv2} == {sv}")
    g.check("parts_sum", "Соціальні послуги отримали 368 осіб, у тому числі:",
            "142 + 40 + 151 + 35 = 368", f"{s1} + {s2} + {s3} + {s4} == {sv}")
    g.check("parts_sum", "Серед отримувачів 57 осіб", "57 IDPs ≤ 368; 137 repeat ≤ 412; 368 ≤ 412 applied",
            f"{idp} <= {sv} and {ap2} <= {ap} and {sv} <= {ap}")
    g.check("parts_sum", "взято під супровід 6 сімей, завершено", "6 ≤ 19; 4 positive ≤ 5 completed ≤ 19",
            f"{st} <= {su} and {po} <= {cm} <= {su}")
    g.check("table_arithmetic", "економія – 162,4 тис. грн", "4 290,0 − 4 127,6 = 162,4 тис. грн",
            f"{ba} - {bs} == {be}")
    g.check("percent_mismatch", "59 із них (92,2 %)", "59/64 = 92,2 %", f"pct_ok(p{sat[1:]}, {sat}, {sr}, 1)")
    g.check("parts_sum", "фактично працює 28 працівників, з них 19 соціальних робітників",
            "19 ≤ 28 ≤ 31", f"{sw} <= {act} <= {pos}")
    g.check("parts_sum", "платно послугу отримували 23 особи", "23 paying ≤ 142 home-care recipients", f"{pd} <= {s1}")

    g.skip("Вх. № 1187 від 09.07.2025", [1187, 9, 7, 2025], "incoming registration stamp (number, date); the text layer has «вiд» with a Latin i, which the reader prints as «від»")
    g.skip("47234, Тернопільська обл., Тернопільський р-н, смт Залізці, вул. Січових Стрільців, 12, тел. (03540) 0-61-93, код ЄДРПОУ 4З962218",
           [47234, 12, 3540, 6193, 43962218], "postcode, address, phone, ЄДРПОУ (OCR read a 3 as «З»)")
    g.skip("№ 214/02-07 від 08.07.2025", [214, 2, 7, 8, 7, 2025], "outgoing number and date")
    g.skip("Громада налічує 31 населений пункт, чисельність населення – 15,2 тис. осіб, у т. ч. 3,9 тис. осіб віком понад 60 років.",
           [31, 15200, 3900, 60], "settlement count, population, age")
    g.skip("Тариф на послугу догляду вдома з 01.02.2025 – 74,20 грн за годину", [1, 2, 2025, 74.20], "tariff and its date")
    g.skip("Видано 96 продуктових наборів.", [96], "items handed out")
    g.skip("У червні 2025 року", [2025], "survey month")
    g.skip("У ІІ півріччі планується відкрити відділення соціальної реабілітації на 10 місць.", [10], "plan, places")
    g.skip("Діловод _____ О8.07.2025", [8, 7, 2025], "certification stamp date (OCR «О8»)")
    g.skip("1. Упродовж І півріччя 2025 року", [1, 2, 3, 4, 5, 6, 7], "paragraph numbers 1.–7.")
    g.note("a scanned page image with an invisible OCR text layer: the reader prints the text layer, with the OCR errors: «l півріччя» in the title (Latin l for І), «звернулося412», «4О» (Cyrillic О for 0) in a fact, «4З962218» in the ЄДРПОУ, «О8.07.2025» in the stamp, a scribble «~Щ/» at the signature; the page number «- 2 -» was recognised as «-2-» and is not printed by the reader")
    g.note("the value of «денний догляд – 4О осіб» is the figure on the page, 40; an extractor that does not repair O/0 misses it")
    g.note("period from «за І півріччя 2025 року» (the title has the OCR error «l», but paragraphs 1 and 6 say «І півріччя 2025 року»)")
    g.note("the served total is given twice, 368 and 386: two facts and one internal_conflict finding")
    g.note("«59 із них (92,2 %) задоволені» → survey_respondents 59 with percent and label")
    g.write()

if __name__ == "__main__":
    main()
