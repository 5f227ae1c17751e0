"""b70_08: a page of the district newspaper «Люботинський вісник» (PDF, reportlab canvas): masthead, a headline
spanning two columns, an article on the Люботинський міський центр соціальних служб after the first half of 2024
flowing from column 1 to column 2 (words hyphenated at line ends), and beside it a road-works note, a TV programme
and classified ads with their own numbers."""
from reportlab.lib.pagesizes import A3
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from common import Gold, report_path, register_dejavu

DOC = "b70_08_lyubotyn_css_newspaper_h1_2024.pdf"

ARTICLE = [
    ("lead", "Люботинський міський центр соціальних служб підбив підсумки першого півріччя. За шість місяців до "
             "фахівців центру звернулися 318 родин – на 47 більше, ніж торік за той самий час (тоді – 271). Під "
             "соціальним супроводом нині перебувають 52 родини."),
    ("p", "– Люди приходять з дуже різними бідами: втрата житла, борги, алкоголь у сім'ї, переселення. Наше "
          "завдання – не лише порадити, а й бути поруч, доки ситуація не зміниться, – розповідає директорка центру."),
    ("p", "Оцінку потреб із січня по червень фахівці провели 143 сім'ям. Соціальні послуги отримали 1 164 особи, у "
          "тому числі 402 дитини. Найбільше людей – 911 – зверталися по консультування, інформування отримали 187 "
          "осіб, екстрене (кризове) втручання – 66. Серед отримувачів – 214 внутрішньо переміщених осіб."),
    ("p", "З початку року під супровід взяли 19 сімей. Для 14 родин супровід завершили: в 11 складні життєві "
          "обставини вдалося подолати, ще 3 сім'ї переїхали до інших громад. Зараз супровід отримують 57 сімей, у "
          "яких виховується 97 дітей віком від 3 до 17 років. Окремо центр супроводжує 8 прийомних сімей та "
          "дитячих будинків сімейного типу, у яких виховується 31 дитина."),
    ("p", "Завдяки партнерам-благодійникам родинам передали 640 наборів засобів гігієни та 95 обігрівачів на "
          "загальну суму 384 тис. грн. На телефон довіри центру надійшло 212 дзвінків. Для батьків провели 23 "
          "тренінги, їх відвідали 276 людей."),
    ("p", "Нині в центрі працюють 17 працівників, з них 12 – фахівці із соціальної роботи, ще 3 посади вакантні. "
          "Четверо фахівців навесні пройшли навчання з кейс-менеджменту. Скарг на роботу центру за півроку не "
          "надійшло. З 1 вересня центр планує відкрити групу підтримки для ветеранів та їхніх родин."),
    ("p", "Звертатися можна за адресою: вул. Шевченка, 120 (2-й поверх), з понеділка по п'ятницю з 8:00 до 17:00, "
          "телефон довіри (057) 0-41-63-28."),
]
ROAD = ("Ремонт вулиці Слобожанської завершать до 30 серпня. Підрядник оновлює 1,2 км покриття та 14 зупинок; "
        "вартість робіт – 4,6 млн грн. На час ремонту автобус № 3 їздить об'їзною дорогою.")
TV = ["ПРОГРАМА ТБ • ПОНЕДІЛОК, 22 ЛИПНЯ",
      "ПЕРШИЙ: 06:00 Ранок. 09:00 Новини. 13:10 Д/ф «Карпати». 19:30 Спорт. 21:00 Підсумки дня.",
      "ХАРКІВ-ТБ: 07:00 Погода. 10:15 Т/с «Дім на краю», 14 с. 18:00 Новини громади. 22:40 Х/ф «Стежка»."]
GREET = ("ВІТАЄМО! Колектив ліцею № 2 щиро вітає ветерана праці, вчительку математики з 80-річчям! "
         "Бажаємо здоров'я, миру і ще багато років у колі рідних.")
ADS = ["ОГОЛОШЕННЯ",
       "Продам дрова (дуб, ясен), 1 850 грн/м³, доставка по місту безкоштовно. Тел. 067 000 12 34.",
       "Ремонт пральних машин і холодильників. Виїзд 150 грн. Тел. (057) 0-48-77-10.",
       "Загублене посвідчення УБД серії АА № 041277 вважати недійсним."]


def wrap(text, font, size, width, indent=0.0):
    """Greedy line breaking with crude hyphenation (split a long word after a vowel) at line ends."""
    vowels = set("аеєиіїоуюяАЕЄИІЇОУЮЯ")
    words = text.split(" ")
    lines, cur, first = [], "", True
    while words:
        w = words.pop(0)
        avail = width - (indent if first else 0)
        cand = (cur + " " + w) if cur else w
        if stringWidth(cand, font, size) <= avail:
            cur = cand
            continue
        # try to hyphenate w
        best = None
        for i in range(len(w) - 2, 1, -1):
            head, tail = w[:i], w[i:]
            if head[-1] not in vowels or not tail[0].isalpha() or len(tail) < 2 or not head.isalpha():
                continue
            c2 = (cur + " " + head + "-") if cur else head + "-"
            if stringWidth(c2, font, size) <= avail:
                best = (c2, tail)
                break
        if best and len(w) >= 6:
            lines.append(best[0])
            words.insert(0, best[1])
            cur = ""
        else:
            lines.append(cur)
            cur = w
        first = False
    if cur:
        lines.append(cur)
    return lines


def make(path):
    register_dejavu()
    W, H = A3
    c = canvas.Canvas(path, pagesize=A3, invariant=1)
    c.setTitle("Люботинський вісник № 29")
    m = 36
    # masthead
    c.setFont("DVS-B", 34)
    c.drawString(m, H - 70, "ЛЮБОТИНСЬКИЙ ВІСНИК")
    c.setFont("DVS", 10)
    c.drawString(m, H - 88, "Громадсько-політична газета Люботинської міської ради • Виходить з 1931 року")
    c.drawRightString(W - m, H - 70, "№ 29 (8417)")
    c.drawRightString(W - m, H - 88, "П'ятниця, 19 липня 2024 року • Ціна 12 грн")
    c.line(m, H - 96, W - m, H - 96)
    gap = 16
    cw = (W - 2 * m - 2 * gap) / 3
    x1, x2, x3 = m, m + cw + gap, m + 2 * (cw + gap)
    # headline across columns 1-2
    c.setFont("DVS-B", 24)
    c.drawString(x1, H - 132, "СІМ'Ї НЕ ЗАЛИШАЮТЬ НАОДИНЦІ З БІДОЮ")
    c.setFont("DVS-I", 12)
    c.drawString(x1, H - 152, "Центр соціальних служб – про півроку роботи")
    top = H - 178
    size, lead_size, lh = 10.5, 11.5, 13.2
    lines = []
    for kind, para in ARTICLE:
        f = "DVS-B" if kind == "lead" else "DVS"
        s = lead_size if kind == "lead" else size
        for i, ln in enumerate(wrap(para, f, s, cw, indent=12)):
            lines.append((f, s, ln, 12 if i == 0 else 0))
        lines.append(None)
    # the column break falls after the hyphenated line nearest to row 38: a word split across the two columns
    hy = [k for k, it in enumerate([t for t in lines if t is not None]) if it[2].endswith("-")]
    col_rows = min(hy, key=lambda k: abs(k - 37)) + 1
    y = top
    x = x1
    row = 0
    for item in lines:
        if row >= col_rows and x == x1:
            x, y, row = x2, top, 0
        if item is None:
            y -= 4
            continue
        f, s, ln, ind = item
        c.setFont(f, s)
        c.drawString(x + ind, y, ln)
        y -= lh
        row += 1
    c.setFont("DVS-I", 9)
    c.drawString(x2, y - 10, "Підготувала Олена ЛУК'ЯНЕНКО")
    # photo placeholder in column 1 bottom
    c.rect(x1, 330, cw, 170)
    c.setFont("DVS-I", 8.5)
    c.drawString(x1, 318, "На фото: тренінг для батьків у центрі, 14 червня.")
    # column 3: road works, TV, ads
    y = H - 132
    c.setFont("DVS-B", 13)
    c.drawString(x3, y, "ДОРОГИ")
    y -= 18
    c.setFont("DVS", 10)
    for ln in wrap(ROAD, "DVS", 10, cw):
        c.drawString(x3, y, ln)
        y -= 12.5
    y -= 14
    c.setFillGray(0.9)
    c.rect(x3 - 4, y - 150, cw + 8, 165, fill=1, stroke=0)
    c.setFillGray(0)
    c.setFont("DVS-B", 10.5)
    c.drawString(x3, y, TV[0])
    y -= 15
    c.setFont("DVSC" if False else "DVS", 9)
    for t in TV[1:]:
        for ln in wrap(t, "DVS", 9, cw):
            c.drawString(x3, y, ln)
            y -= 11
        y -= 4
    y -= 30
    c.rect(x3 - 4, y - 160, cw + 8, 175)
    c.setFont("DVS-B", 11)
    c.drawString(x3, y, ADS[0])
    y -= 16
    c.setFont("DVS", 9.5)
    for t in ADS[1:]:
        for ln in wrap(t, "DVS", 9.5, cw):
            c.drawString(x3, y, ln)
            y -= 11.5
        y -= 5
    y -= 40
    c.setFont("DVS-I", 10)
    for ln in wrap(GREET, "DVS-I", 10, cw):
        c.drawString(x3, y, ln)
        y -= 12.5
    c.setFont("DVS", 8)
    c.drawCentredString(W / 2, 20, "2    Люботинський вісник • № 29 • 19.07.2024")
    c.showPage()
    c.save()


def build():
    path = report_path(DOC)
    make(path)
    g = Gold(DOC, {
        "centre": "Люботинський міський центр соціальних служб",
        "centre_type": "css", "settlement": "Люботин",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
        "published": "2024-07-19"},
        {"report_kind": ["other"], "centre": ["Люботинський міський центр соціальних служб Люботинської міської ради"]})
    f = g.f
    ap = f("applied", "families", 318, "до фахівців центру звернулися 318 родин")
    s52 = f("served", "families", 52, "Під соціальним супроводом нині перебувають 52 родини.", service="social_support_sjo",
            alt=["support_ongoing"])
    na = f("needs_assessed", "families", 143, "фахівці провели 143 сім'ям")
    sv = f("served", "persons", 1164, "Соціальні послуги отримали 1 164 особи")
    ch = f("served", "children", 402, "у тому числі 402 дитини", parent=sv)
    grp = "served_1164_by_service"
    s1 = f("served", "persons", 911, "Найбільше людей – 911 – зверталися по консультування", service="counselling",
           group=grp, parent=sv)
    s2 = f("served", "persons", 187, "інформування отримали 187 осіб", service="informing", group=grp, parent=sv)
    s3 = f("served", "persons", 66, "екстрене (кризове) втручання –\n\n66.", service="crisis_intervention", group=grp,
           parent=sv, note="the reader starts a new paragraph at the line that begins with «66.»; the quote keeps the break")
    vp = f("served", "persons", 214, "Серед отримувачів – 214 внутрішньо переміщених осіб.",
           category="внутрішньо переміщені особи", parent=sv)
    st = f("support_started", "families", 19, "під супровід взяли 19 сімей", service="social_support_sjo")
    sc = f("support_completed", "families", 14, "Для 14 родин супровід завершили", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 11, "в 11 складні життєві обставини вдалося подолати",
           service="social_support_sjo", group="completed_14_by_result", parent=sc)
    o2 = f("outcome_other", "families", 3, "ще 3 сім'ї переїхали до інших громад", service="social_support_sjo",
           label="переїзд до інших громад", group="completed_14_by_result", parent=sc)
    s57 = f("served", "families", 57, "Зараз супровід отримують 57 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    c57 = f("served", "children", 97, "у яких виховується 97 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=s57)
    fo = f("served", "families", 8, "центр супроводжує 8 прийомних сімей та дитячих будинків сімейного типу",
           service="social_support_foster")
    fc = f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_foster", parent=fo)
    av = f("aid_value", "uah", 384000, "на загальну суму 384 тис. грн", label="засоби гігієни та обігрівачі")
    cl = f("calls", "calls", 212, "212 дзвінків", label="телефон довіри",
           note="«На телефон довіри центру надійшло» and «212 дзвінків» are split into two paragraphs by the reader "
                "(the line begins with a number)")
    ev = f("events", "events", 23, "провели 23 тренінги", label="тренінги для батьків")
    ep = f("event_participants", "persons", 276, "їх відвідали 276 людей", parent=ev)
    sa = f("staff_actual", "staff", 17, "працюють 17 працівників")
    sw = f("staff_actual", "staff", 12, "з них 12 – фахівці із соціальної роботи", label="фахівці із соціальної роботи",
           parent=sa)
    tr = f("staff_trained", "staff", 4, "Четверо фахівців навесні пройшли навчання")
    cp = f("complaints", "complaints", 0, "Скарг на роботу центру за півроку не надійшло.")

    g.slip("internal_conflict", "error", "Зараз супровід отримують 57 сімей", 57, 52, [s52, s57],
           "the lead says 52 families are under social support now («нині перебувають 52 родини»), the body says 57 "
           "(«Зараз супровід отримують 57 сімей»): same indicator, unit, service and moment",
           f"{s52} == {s57}")
    g.check("parts_sum", "Найбільше людей – 911 – зверталися по консультування", "911 + 187 + 66 = 1 164",
            f"{s1} + {s2} + {s3} == {sv}")
    g.check("parts_sum", "у тому числі 402 дитини", "402 children and 214 IDPs ≤ 1 164", f"{ch} <= {sv} and {vp} <= {sv}")
    g.check("parts_sum", "Для 14 родин супровід завершили", "11 + 3 = 14", f"{o1} + {o2} == {sc}")
    g.check("parts_sum", "з них 12 – фахівці із соціальної роботи", "12 ≤ 17; 4 trained ≤ 17", f"{sw} <= {sa} and {tr} <= {sa}")
    g.check("parts_sum", "фахівці провели 143 сім'ям", "143 assessed ≤ 318 applied", f"{na} <= {ap}")

    g.skip("Громадсько-політична газета Люботинської міської ради • Виходить з 1931 року № 29 (8417)", [1931, 29, 8417],
           "masthead: founding year, issue numbers")
    g.skip("П'ятниця, 19 липня 2024 року • Ціна 12 грн", [19, 2024, 12], "issue date, price")
    g.skip("на 47 більше, ніж торік за той самий час (тоді – 271)", [47, 271], "difference to and figure of the prior year")
    g.skip("віком від 3 до 17 років", [3, 17], "ages")
    g.skip("передали 640 наборів засобів гігієни та 95 обігрівачів", [640, 95], "items handed out")
    g.skip("ще 3 посади вакантні", [3], "vacancies")
    g.skip("З 1 вересня центр планує відкрити групу підтримки", [1], "plan date")
    g.skip("вул. Шевченка, 120 (2-й поверх), з понеділка по п'ятницю з 8:00 до 17:00", [120, 2, 8, 0, 17, 0],
           "address, floor, office hours")
    g.skip("(057) 0-41-63-28.", [57, 0, 41, 63, 28], "phone")
    g.skip("На фото: тренінг для батьків у центрі, 14 червня.", [14], "photo caption date")
    g.skip("30 серпня. Підрядник оновлює 1,2 км покриття та 14 зупинок; вартість робіт – 4,6 млн грн. На час ремонту автобус № 3",
           [30, 1.2, 14, 4600000, 3], "another article (road works): date, length, stops, cost, bus route")
    g.skip("ПЕРШИЙ: 06:00 Ранок. 09:00 Новини. 13:10 Д/ф", [6, 0, 9, 0, 13, 10], "TV programme times")
    g.skip("ПРОГРАМА ТБ • ПОНЕДІЛОК, 22 ЛИПНЯ", [22], "TV programme date")
    g.skip("«Карпати». 19:30 Спорт. 21:00 Підсумки дня.", [19, 30, 21, 0], "TV programme times")
    g.skip("ХАРКІВ-ТБ: 07:00 Погода. 10:15 Т/с «Дім на краю»,", [7, 0, 10, 15], "TV programme times")
    g.skip("14 с. 18:00 Новини громади. 22:40 Х/ф «Стежка».", [14, 18, 0, 22, 40], "TV episode number and times")
    g.skip("Продам дрова (дуб, ясен), 1 850 грн/м³, доставка по місту безкоштовно. Тел. 067 000 12 34.",
           [1850, 67, 0, 12, 34], "ad: price, phone")
    g.skip("150 грн. Тел. (057) 0-48-77-10.", [150, 57, 0, 48, 77, 10], "ad: price, phone")
    g.skip("Загублене посвідчення УБД серії АА № 041277 вважати недійсним.", [41277], "ad: document number")
    g.skip("Колектив ліцею № 2 щиро вітає ветерана праці, вчительку математики з", [2], "school number")
    g.skip("80-річчям!", [80], "age")
    g.skip("2 Люботинський вісник • № 29 • 19.07.2024", [2, 29, 19, 7, 2024], "page footer: page number, issue, date")
    g.note("a newspaper page: the centre's article fills columns 1–2 (words hyphenated at line ends, one word split across "
           "the column break: «наді-» / «йшло»); column 3 holds a road-works note, a TV programme, ads and a greeting. "
           "The reader joins the hyphenated words back, so quotes use whole words")
    g.note("oblast not stated in the text (Люботин is in Харківська oblast; only a TV channel «ХАРКІВ-ТБ» is named) → "
           "omitted from meta")
    g.note("report_kind period_report (results of the first half of 2024); meta_alt allows other (a newspaper article); "
           "published is the issue date")
    g.note("the 52 (lead) and 57 (body) families under support are two facts; the 97 children hang on the 57")
    g.note("«торік» = 2023: the 271 is skipped; «Четверо» (a word) → staff_trained 4")
    g.write()
    return g


if __name__ == "__main__":
    build()
