"""b33_07: ТЦСО Оржицької селищної ради, report for Q3 2023, as the OCR text of a scanned typed report (TXT, UTF-8).

The base text is typed with Cyrillic letters; `ocr()` then swaps some letters for Latin look-alikes
(seeded, so the output is reproducible). Hyphenation across line breaks, running header and page
number, garbled stamp and a few misread letters are written into BASE by hand.
"""
import random
import re
from common import Gold, write_text, report_path

DOC = "b33_07_orzhytsia_tcso_q3_2023.txt"

BASE = """                    ОРЖИЦЬКА СЕЛИЩНА РАДА
     ТЕРИТОРIАЛЬНИЙ ЦЕНТР СОЦIАЛЬНОГО ОБСЛУГОВУВАННЯ
              (НАДАННЯ СОЦIАЛЬНИХ ПОСЛУГ)
37700, смт Оржиця, вул. Центральна, 52, тел. (05357) 0-13-95

№ 187  від 06.10.2023
                              Начальнику відділу соціального
                              захисту населення Оржицької
                              селищної ради

                              З В I Т
         про роботу територіального центру за III квартал 2023 року

     Територіальний центр обслуговує жнтелів 37 населених пунктів
громади, де на обліку в органах Пенсійного фонду перебуває 5 212 пен-
сіонерів. Робота центру спрямоваиа на надання соціальних послуг
громадянам похилого віку, особам з інвалідністю, хворим, які не
здатні до самообслуговування і потребують сторонньої допомоги.

     Протягом III кварталу 2023 року соціальні послуги отримали
341 особа (у II кварталі - 336 осіб), з них:
     - віком від 60 до 69 років - 74 особи;
     - від 70 до 79 років - 121 особа;
     - 80 років і старше - 139 осіб;
     - особи з інвалідністю працездатного віку - 12 осіб.

     Відділенням соціальної допомоги вдома обслуговано 198 осіб, якими
отримано 14 862 соціальні послуги. Вартість 1 години соціальної по-
слуги догляду вдома згідно з тарифом становить 74,18 грн.

     Відділення денного перебування відвідали 87 осіб, надано 2146
послуг. Проведено 23 культурно-масові заходи (концерти, вечори від-
починку, екскурсія до м. Лубни), у яких взяли участь 264 відвідувачі.
Гурток "Умілі руки" працює 2 рази на тиждень по 3 години.

Оржицький ТЦСО. Звіт за III кв. 2023 р.                          - 2 -

     Відділенням організації надання адресної натуральної допомоги
натуральну допомогу отримали 56 осіб (видано 112 продуктових наборів, з них 18 - сім'-
ям внутрішньо переміщених осіб, та 30 комплектів постільної білизни).
Послугою соціального таксі скористалися 8 осіб з інвалідністю. Мобіль-
ною бригадою здійснено 46 виїздів до 19 населених пунктів громади.

     За квартал взято на обслуговування 19 осіб, знято з обслуговуваиня
14 осіб (у зв'язку зі смертю - 9, вибули за межі громади - 5).

     Надходження від надання платних соціальних послуг склали
38 746,20 грн, які зараховані до спеціального фонду.

     Штатна чисельність центру - 42,5 штатних одиниць, фактично пра-
цює 39 працівників, у т.ч. 31 соціаль-
ний робітник.

     Скарг від отримувачів соціальних послуг та їх родичів за III квар-
тал 2023 року не надходило.


Директор територіального центру          /підпис/
                  М.П.
      (ОРЖИЦЬКА СЕЛ1ЩНА РАДА * ТЕРИТ. ЦЕНТР * ідент. код 33957014)
                      ~ПОСЛУГ* ~ смт 0ржиця~

Вик.: тел. 0-13-96
"""

LOOK = {"і": "i", "о": "o", "с": "c", "а": "a", "е": "e", "р": "p", "х": "x", "у": "y"}


def ocr(text, seed=33, rate=0.09):
    rnd = random.Random(seed)

    def sub(m):
        w = m.group(0)
        if len(w) < 3 or rnd.random() > rate:
            return w
        pos = [i for i, ch in enumerate(w) if ch in LOOK]
        if not pos:
            return w
        i = rnd.choice(pos)
        return w[:i] + LOOK[w[i]] + w[i + 1:]
    return re.sub(r"[А-Яа-яІіЇїЄєҐґ']+", sub, text)


# look-alikes planted by hand next to figures (raw form → what a careful reader would write)
NEAR = [("обслуговано 198 осіб", "обслуговано 198 oсiб"),
        ("отримали 56 осіб", "отримали 56 ocіб"),
        ("39 працівників, у т.ч. 31 соціаль-", "39 пpацівників, у т.ч. 31 coціаль-"),
        ("взято на обслуговування 19 осіб", "взято на обслуговування 19 осiб")]


def near_figures(text):
    for a, b in NEAR:
        assert a in text, a
        text = text.replace(a, b)
    return text


TEXT = ocr(near_figures(BASE))


def main():
    write_text(report_path(DOC), TEXT)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Оржицької селищної ради",
        "centre_type": "tcso", "settlement": "Оржиця", "report_kind": "period_report",
        "period_start": "2023-07-01", "period_end": "2023-09-30",
    })
    f = g.f
    OCR = "OCR convention: quote as the reader prints it (look-alikes and line-break hyphens repaired by the reader); raw scan form: "
    sv = f("served", "persons", 341, "341 особа (у II кварталі - 336 осіб)",
           note="the sentence «соціальні послуги отримали» is on the line before; the figure starts a line")
    ag = "served_341_by_age"
    a1 = f("served", "persons", 74, "віком від 60 до 69 років - 74 особи", label="60–69 років", group=ag, parent=sv)
    a2 = f("served", "persons", 121, "від 70 до 79 років - 121 особа", label="70–79 років", group=ag, parent=sv)
    a3 = f("served", "persons", 139, "80 років і старше - 139 осіб", label="80 років і старше", group=ag, parent=sv)
    a4 = f("served", "persons", 12, "особи з інвалідністю працездатного віку - 12 осіб",
           category="особи з інвалідністю працездатного віку", group=ag, parent=sv)
    dg = "served_341_by_department"
    hc = f("served", "persons", 198, "Відділенням соціальної допомоги вдома обслуговано 198 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group=dg, parent=sv, note=OCR + "«198 oсiб» (Latin o, i)")
    hcs = f("services_provided", "services", 14862, "отримано 14 862 соціальні послуги", service="home_care",
            district="відділення соціальної допомоги вдома")
    dc = f("served", "persons", 87, "Відділення денного перебування відвідали 87 осіб", service="day_care",
           district="відділення денного перебування", group=dg, parent=sv, note=OCR + "«відвідaли» (Latin a)")
    dcs = f("services_provided", "services", 2146, "відвідали 87 осіб, надано 2146", service="day_care",
            district="відділення денного перебування", note="thousands written without a space in the scan")
    ev = f("events", "events", 23, "Проведено 23 культурно-масові заходи", district="відділення денного перебування",
           note=OCR + "«культyрно-масові» (Latin y)")
    ep = f("event_participants", "persons", 264, "у яких взяли участь 264 відвідувачі", parent=ev,
           note=OCR + "«учаcть» (Latin c)")
    na = f("served", "persons", 56, "натуральну допомогу отримали 56 осіб", service="natural_aid",
           district="відділення організації надання адресної натуральної допомоги", group=dg, parent=sv,
           note=OCR + "«56 ocіб» (Latin o, c)")
    tx = f("served", "persons", 8, "Послугою соціального таксі скористалися 8 осіб з інвалідністю", service="social_taxi",
           category="особи з інвалідністю")
    new = f("served", "persons", 19, "взято на обслуговування 19 осіб", alt=["registered_new", "support_started"],
            note=OCR + "«19 осiб» (Latin i); «За квaртал» (Latin a)")
    de = f("deregistered", "persons", 14, "14 осіб (у зв'язку зі смертю",
           note="«знято з обслуговуваиня» (misread н → и) ends the line before; the figure starts a line")
    rg = "deregistered_14_by_reason"
    d1 = f("deregistered", "persons", 9, "у зв'язку зі смертю - 9", label="смерть", alt=["outcome_other"], group=rg, parent=de)
    d2 = f("deregistered", "persons", 5, "вибули за межі громади - 5", label="вибули за межі громади", alt=["outcome_other"],
           group=rg, parent=de)
    rc = f("budget_received", "uah", 38746.2, "38 746,20 грн, які зараховані до спеціального фонду",
           label="платні соціальні послуги, спеціальний фонд", note="thin space (U+2009) in the thousands in the scan")
    pos = f("staff_positions", "positions", 42.5, "Штатна чисельність центру - 42,5 штатних одиниць")
    act = f("staff_actual", "staff", 39, "фактично працює 39 працівників",
            note=OCR + "«пра-/цює 39 пpацівників» (hyphenated, Latin p)")
    sw = f("staff_actual", "staff", 31, "у т.ч. 31 соціальний робітник", label="соціальні робітники", parent=act,
           note=OCR + "«31 coціаль-/ний» (Latin c, hyphenated)")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів соціальних послуг та їх родичів за III квартал 2023 року не надходило.")

    g.slip("parts_sum", "error", "341 особа (у II кварталі - 336 осіб), з них:", 346, 341, [sv, a1, a2, a3, a4],
           "the age groups 74 + 121 + 139 + 12 = 346, five more than the 341 served. The groups (60–69, 70–79, 80+, "
           "working-age disabled) cover every kind of recipient a ТЦСО serves and follow «з них:», so the list is a partition",
           f"{a1} + {a2} + {a3} + {a4} == {sv}")
    g.check("parts_sum", "Відділенням соціальної допомоги вдома обслуговано 198 осіб",
            "by department: 198 + 87 + 56 = 341 (the social taxi is not a department)", f"{hc} + {dc} + {na} == {sv}")
    g.check("parts_sum", "14 осіб (у зв'язку зі смертю - 9, вибули за межі громади - 5)", "9 + 5 = 14", f"{d1} + {d2} == {de}")
    g.check("parts_sum", "фактично працює 39 працівників, у т.ч. 31 соціальний робітник", "31 ≤ 39 ≤ 42,5",
            f"{sw} <= {act} <= {pos}")

    g.skip("37700, смт Оржиця, вул. Центральна, 52, тел. (05357) 0-13-95", [37700, 52, 5357, 1395], "postcode, address, phone")
    g.skip("№ 187 від 06.10.2023", [187, 6, 10, 2023], "outgoing number and date")
    g.skip("про роботу територіального центру за III квартал 2023 року", [3, 2023], "period (Roman quarter), year")
    g.skip("обслуговує жнтелів 37 населених пунктів", [37], "settlement count («жнтелів»: misread и → н)")
    g.skip("перебуває 5 212 пенсіонерів", [5212], "population-type count (pensioners); thin space in the scan, de-hyphenated «пен-/сіонерів»")
    g.skip("Протягом III кварталу 2023 року", [3, 2023], "period, year")
    g.skip("(у II кварталі - 336 осіб)", [2, 336], "previous quarter's figure")
    g.skip("віком від 60 до 69 років", [60, 69, 70, 79, 80], "ages of the age groups")
    g.skip("Вартість 1 години соціальної послуги догляду вдома згідно з тарифом становить 74,18 грн.", [1, 74.18], "tariff")
    g.skip('Гурток "Умілі руки" працює 2 рази на тиждень по 3 години.', [2, 3], "frequency, duration")
    g.skip("Оржицький ТЦСО. Звіт за III кв. 2023 р. - 2 -", [3, 2023, 2], "running header and page number in the middle of the text")
    g.skip("(видано 112 продуктових наборів, з них 18 - сім'ям внутрішньо переміщених осіб, та 30 комплектів постільної білизни)",
           [112, 18, 30], "items handed out («18 - сім'ям» is a number of sets, not of families)")
    g.skip("здійснено 46 виїздів до 19 населених пунктів громади", [46, 19], "trips and settlements (no §3 id)")
    g.skip("(ОРЖИЦЬКА СЕЛ1ЩНА РАДА * ТЕРИТ. ЦЕНТР * ідент. код 33957014)", [1, 33957014],
           "garbled stamp: «СЕЛ1ЩНА» is a misread letter, not a number; ЄДРПОУ in the stamp")
    g.skip("~ПОСЛУГ* ~ смт 0ржиця~", [0], "garbled stamp: «0ржиця» is a misread letter О")
    g.skip("Вик.: тел. 0-13-96", [1396], "phone")
    g.note("OCR convention: every quote is what `zvitparse read` prints, which repairs Latin look-alike letters and joins words hyphenated across line breaks; where the scan has a garbled word inside or next to the quoted figure, the fact's `note` gives the raw form. Misreads the reader leaves alone («жнтелів», «обслуговуваиня», «Мобіль-ною», «СЕЛ1ЩНА», «0ржиця») stay in the quotes as printed")
    g.note("the reader keeps the scan's line breaks inside paragraphs, so quotes stay within one line; figures that start a line are quoted from the line start")
    g.note("the age list overshoots 341 by 5 (planted slip); the department list (198 + 87 + 56) adds up")
    g.note("oblast is not written → omitted; addressed to the селищна рада's social-protection department, but the figures are the ТЦСО's own")
    g.write()


if __name__ == "__main__":
    main()
