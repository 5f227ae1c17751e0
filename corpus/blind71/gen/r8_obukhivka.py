"""b71_08 (less common style 2): ТЦСО Обухівської селищної ради (Дніпропетровська), annual report
2023, a DOCX typed with Latin look-alike letters (keyboard layout switching mid-word / OCR): Latin
a c e i o p x y K M H T B A C E O P X inside Cyrillic words, digits written with «O» and «l»
(«1O5», «2l4», «l O42»), apostrophes as ` and ". The letters are swapped by a seeded pseudo-random pass over
a clean text; the digits and apostrophes are corrupted by hand in the source.

Quotes are what `zvitparse read` prints: the reader repairs look-alikes inside mixed words but keeps
whole-Latin words («Ha», «a», «y»), the digit look-alikes and «"». Each gold quote is written clean
here and located in the read text through a length-preserving normalisation."""
import random
import re
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip, read_text

DOC = "b71_08_obukhivka_tcso_annual2023.docx"

PARAS = [
    "ЗВІТ",
    "про роботу Територіального центру соціального обслуговування (надання соціальних послуг) Обухівської селищної ради за 2O23 рік",
    "Територіальний центр (52l7O, Дніпропетровська обл., Дніпровський р-н, смт Обухівка, вул. Шкільна, 7; тел. (O56) O-79-18-4O; код ЄДРПОУ 4O27l593) надає соціальні послуги мешканцям 9 населених пунктів громади відповідно до Положення, затвердженого рішенням сесії від 2l.12.2O22 № 7l2-l5/VIII.",
    "Станом на 31.12.2O23 на обліку центру перебуває l O42 особи, які потребують соціальних послуг.",
    "У 2O23 році центром обслуговано 6O5 осіб (у 2O22 році – 57l), з них:",
    "– відділенням соціальної допомоги вдома – 2l2 осіб;",
    "– відділенням денного перебування – 1O5 осіб;",
    "– відділенням натуральної допомоги – 2l4 особи;",
    "– відділенням соціальної роботи (консультування) – 82 особи.",
    "Серед обслугованих 3l7 осіб похилого віку, 139 осіб з інвалідністю та 46 внутрішньо переміщених осіб. Усього надано 2l 87O соціальних послуг.",
    "Відділенням соціальної допомоги вдома у звітному році взято на обслуговування 39 осіб, знято з обслуговування 33 особи (у зв`язку зі смертю – 2O, у зв`язку з переїздом до членів сім\"ї – 7, у зв`язку з влаштуванням до інтернатного закладу – 6). Вартість l години догляду вдома – 6l,2O грн.",
    "Платні послуги отримували 28 осіб, до спеціального фонду надійшло 96,4 тис. грн.",
    "Відділенням натуральної допомоги видано l 4OO продуктових наборів та 26O комплектів засобів гігієни на суму 4O8,2 тис. грн. Послугою соціального таксі скористались 34 особи (6l поїздка).",
    "В анкетуванні щодо якості послуг взяли участь 9O отримувачів, з них задоволені якістю послуг 84 особи (93,3 %).",
    "Проведено l4 групових заходів для осіб похилого віку, в яких взяли участь 28O учасників.",
    "Штатна чисельність – 32,5 штатні одиниці, фактично працює 3l особа, з них l9 соціальних робітників. Скарг від отримувачів послуг не надходило.",
    "У 2O24 році заплановано відкрити пункт прокату засобів реабілітації на 4O одиниць.",
    "Директор                                        (підпис)",
]

CYR2LAT = {"а": "a", "с": "c", "е": "e", "і": "i", "о": "o", "р": "p", "х": "x", "у": "y", "К": "K", "М": "M",
           "Н": "H", "Т": "T", "В": "B", "А": "A", "С": "C", "Е": "E", "О": "O", "Р": "P", "Х": "X"}
LAT2CYR = {v: k for k, v in CYR2LAT.items() if v != k}
LAT2CYR["'"] = "'"


def corrupt(text, rng):
    out = []
    for w in re.split(r"(\s+)", text):
        if w and not w.isspace() and rng.random() < 0.45:
            w = "".join(CYR2LAT.get(ch, ch) if ch in CYR2LAT and rng.random() < 0.55 else ch for ch in w)
        out.append(w)
    return "".join(out)


_NUM = re.compile(r"(?<![^\W\d_])[0-9Ol](?:[0-9Ol,.\-/]|\s(?=[0-9Ol]{3}(?![0-9Ol])))*(?![^\W\d_])")


def normalize(s):
    """Length-preserving: Latin look-alikes → Cyrillic, ` and " → ', O/l inside numbers → 0/1."""
    s = _NUM.sub(lambda m: m.group().replace("O", "0").replace("l", "1")
                 if any(c.isdigit() for c in m.group()) else m.group(), s)
    s = "".join(LAT2CYR.get(ch, ch) for ch in s)
    return s.replace("`", "'").replace('"', "'")


def build(path):
    rng = random.Random(7108)
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    for p in PARAS:
        d.add_paragraph(corrupt(p, rng))
    fix_docx_props(d, author="User")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    norm = normalize(text)
    assert len(norm) == len(text)

    def Q(clean):
        i = norm.find(clean)
        if i < 0:
            raise SystemExit(f"clean quote not found: {clean!r}")
        return text[i:i + len(clean)]

    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Обухівської селищної ради",
        "centre_type": "tcso", "settlement": "Обухівка", "oblast": "Дніпропетровська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    })
    f1 = g.f("registered", "persons", 1042, Q("на обліку центру перебуває 1 042 особи"),
             note="«l O42» in the source: digits typed as letters")
    f2 = g.f("served", "persons", 605, Q("центром обслуговано 605 осіб"))
    grp = "served_605_by_department"
    f3 = g.f("served", "persons", 212, Q("відділенням соціальної допомоги вдома – 212 осіб"), service="home_care",
             district="відділення соціальної допомоги вдома", group=grp, parent=f2)
    f4 = g.f("served", "persons", 105, Q("відділенням денного перебування – 105 осіб"), service="day_care",
             district="відділення денного перебування", group=grp, parent=f2)
    f5 = g.f("served", "persons", 214, Q("відділенням натуральної допомоги – 214 особи"), service="natural_aid",
             district="відділення натуральної допомоги", group=grp, parent=f2)
    f6 = g.f("served", "persons", 82, Q("відділенням соціальної роботи (консультування) – 82 особи"),
             service="counselling", district="відділення соціальної роботи", group=grp, parent=f2)
    f7 = g.f("served", "persons", 317, Q("Серед обслугованих 317 осіб похилого віку"),
             category="особи похилого віку", parent=f2)
    f8 = g.f("served", "persons", 139, Q("139 осіб з інвалідністю"), category="особи з інвалідністю", parent=f2)
    f9 = g.f("served", "persons", 46, Q("46 внутрішньо переміщених осіб"), category="внутрішньо переміщені особи",
             parent=f2)
    f10 = g.f("services_provided", "services", 21870, Q("Усього надано 21 870 соціальних послуг"))
    f11 = g.f("served", "persons", 39, Q("взято на обслуговування 39 осіб"), service="home_care",
              alt=["registered_new", "support_started"], label="взято на обслуговування")
    f12 = g.f("deregistered", "persons", 33, Q("знято з обслуговування 33 особи"), service="home_care")
    grp2 = "home_care_deregistered_33"
    f13 = g.f("deregistered", "persons", 20, Q("у зв'язку зі смертю – 20"), service="home_care", label="смерть",
              group=grp2, parent=f12)
    f14 = g.f("deregistered", "persons", 7, Q("у зв'язку з переїздом до членів сім'ї – 7"), service="home_care",
              label="переїзд до членів сім'ї", group=grp2, parent=f12)
    f15 = g.f("deregistered", "persons", 6, Q("у зв'язку з влаштуванням до інтернатного закладу – 6"),
              service="home_care", label="влаштування до інтернатного закладу", group=grp2, parent=f12)
    f16 = g.f("served", "persons", 28, Q("Платні послуги отримували 28 осіб"), label="платні послуги")
    f17 = g.f("budget_received", "uah", 96400, Q("до спеціального фонду надійшло 96,4 тис. грн"),
              label="спеціальний фонд, платні послуги")
    f18 = g.f("aid_value", "uah", 408200, Q("на суму 408,2 тис. грн"), service="natural_aid")
    f19 = g.f("served", "persons", 34, Q("Послугою соціального таксі скористались 34 особи"), service="social_taxi")
    f20 = g.f("survey_respondents", "recipients", 90, Q("взяли участь 90 отримувачів"), unit_alt="persons")
    f21 = g.f("survey_respondents", "persons", 84, Q("задоволені якістю послуг 84 особи (93,3 %)"), percent=93.3,
              label="задоволені якістю послуг", alt=["satisfaction"], parent=f20,
              note="a count of satisfied respondents with its percent: one row (SPEC §3: a percentage written "
                   "next to a count is that count's percent)")
    f22 = g.f("events", "events", 14, Q("Проведено 14 групових заходів"))
    f23 = g.f("event_participants", "persons", 280, Q("в яких взяли участь 280 учасників"), parent=f22)
    f24 = g.f("staff_positions", "positions", 32.5, Q("Штатна чисельність – 32,5 штатні одиниці"))
    f25 = g.f("staff_actual", "staff", 31, Q("фактично працює 31 особа"))
    f26 = g.f("staff_actual", "staff", 19, Q("з них 19 соціальних робітників"), label="соціальні робітники",
              parent=f25)
    f27 = g.f("complaints", "complaints", 0, Q("Скарг від отримувачів послуг не надходило."))

    g.slip("parts_sum", "error", Q("центром обслуговано 605 осіб (у 2022 році – 571), з них:"),
           613, 605, [f2, f3, f4, f5, f6],
           "the four departments sum to 212 + 105 + 214 + 82 = 613, but 605 persons were served: 8 extra "
           "(the departments are a partition: «з них» followed by every department of the centre)",
           "f3 + f4 + f5 + f6 == f2")
    g.check("percent_mismatch", Q("задоволені якістю послуг 84 особи (93,3 %)"), "84 / 90 = 93,33 % → 93,3",
            "pct_ok(p21, f21, f20, 1)")
    g.check("parts_sum", Q("знято з обслуговування 33 особи (у зв'язку зі смертю – 20"), "20 + 7 + 6 = 33",
            "f13 + f14 + f15 == f12")
    g.check("parts_sum", Q("Серед обслугованих 317 осіб похилого віку"),
            "overlapping categories, each ≤ 605; 605 served ≤ 1 042 on the register",
            "f7 <= f2 and f8 <= f2 and f9 <= f2 and f2 <= f1")
    g.check("parts_sum", Q("фактично працює 31 особа, з них 19 соціальних робітників"), "19 ≤ 31 ≤ 32,5",
            "f26 <= f25 <= f24")
    g.check("parts_sum", Q("Платні послуги отримували 28 осіб"), "28 paying ≤ 605 served", "f16 <= f2")

    g.skip(Q("за 2023 рік"), [2023], "year in the title («2O23»)")
    g.skip(Q("52170, Дніпропетровська обл., Дніпровський р-н, смт Обухівка, вул. Шкільна, 7; тел. (056) 0-79-18-40; код ЄДРПОУ 40271593"),
           [52170, 7, 56, 791840, 40271593], "postcode, address, phone, ЄДРПОУ (digits typed as O and l)")
    g.skip(Q("мешканцям 9 населених пунктів громади"), [9], "settlement count")
    g.skip(Q("рішенням сесії від 21.12.2022 № 712-15/VIII"), [21, 12, 2022, 712, 15], "decision date and number")
    g.skip(Q("Станом на 31.12.2023"), [31, 12, 2023], "date")
    g.skip(Q("(у 2022 році – 571)"), [2022, 571], "prior-year figure")
    g.skip(Q("години догляду вдома – 61,20 грн."), [61.2], "tariff (per «l години», one hour written with the letter l)")
    g.skip(Q("видано 1 400 продуктових наборів та 260 комплектів засобів гігієни"), [1400, 260], "items handed out")
    g.skip(Q("(61 поїздка)"), [61], "trips: no §3 id")
    g.skip(Q("У 2024 році заплановано відкрити пункт прокату засобів реабілітації на 40 одиниць."), [2024, 40], "plan")
    g.note("the source text mixes Latin look-alike letters into Cyrillic words; `zvitparse read` repairs mixed words "
           "but keeps whole-Latin short words and all digit look-alikes, so quotes carry «O» and «l» in numbers "
           "(«1O5», «2l4», «2l 87O») and «\"» for an apostrophe; values are the intended numbers")
    g.note("«з них:» followed by the four departments of the centre → a partition of the 605 (the slip: 613)")
    g.note("«з них задоволені якістю послуг 84 особи (93,3 %)» → survey_respondents 84 with percent 93,3 and a "
           "label, hanging on the 90 respondents; no separate satisfaction row")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started)")
    g.write()


if __name__ == "__main__":
    main()
