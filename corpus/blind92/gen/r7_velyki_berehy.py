"""b92_07: Центр соціальних служб Великоберезької сільської ради (Закарпатська), annual report 2024, as the text of a
scanned paper original saved by a free OCR tool (UTF-8 TXT). OCR noise: Latin look-alike letters inside Ukrainian
words, hyphens left at line ends, stray spaces inside some numbers, the running header and page number repeated at
the page breaks, the stamp's text where the stamp was, «No» for «№», one figure broken beyond reading.
Planted slip: internal_conflict (31 families under social support in section 2, «34 сім'ї» in the closing list)."""
from common import Gold, write_text, report_path

DOC = "b92_07_velyki_berehy_css_annual2024.txt"

PAGES = [
"""ВЕЛИКОБЕРЕЗЬКА СІЛЬСЬКА РАДА
БЕРЕГІВСЬКОГО РАЙОНУ ЗАКАРПАТСЬКОЇ ОБЛАСТІ
ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
90221, с. Великі Береги, вул. Ракоці, 17, тел. (03141) 0-45-72
e-mail: css.velberehy@example.ua Код ЄДРПОУ 44582910

Вих. No 31/02-14 від 20.01.2025

ЗВІТ
про роботу Центру соціальних служб
Великоберезької сільської ради за 2024 рік

Центр соціальних служб Великоберезької сільської ради (далі - Центр) створено
рішенням сесії сільської ради від 17.09.2021 No 512. Центр надає соціальні
послуги сім'ям, дітям та молоді на території 9 населених пунктів громади.

1. Виявлення сімей/осіб, які перебувають у складних життєвих обставинах
Протягом 2024 року до Центру надійшли повідомлення про 58 сімей/осіб, які
можуть перебувати у складних життєвих обставинах (СЖО). Проведено оцінку
потреб 54 сімей, за результатами якої 39 сімей визнано такими, що пере-
бувають у СЖО (в них виховується 8 4 дитини). У 15 сімей складні життєві
обставини не підтвердилися, їм надано консультації.

2. Соціальний супровід
Протягом року під соціальним супроводом перебувала 31 сім'я, в яких 67 ді-
тей. Взято під супровід 22 сім'ї. Завершено надання послуги 12 сім'ям:
- з позитивним результатом - 9;
- у зв'язку зі зміною місця проживання - 2;
- у зв'язку з відмовою від послуги - 1.
Станом на 31.12.2024 продовжено надання послуги 19 сім'ям.
Серед сімей, які перебували під супроводом, 11 сімей внутрішньо пере-
міщених осіб та 6 сімей, які виховують дітей з інвалідністю.
""",
"""3. Соціальне супроводження прийомних сімей та ДБСТ
Соціальним супроводженням охоплено 5 сімей, в яких виховується 18 дітей:
4 прийомні сім'ї (1 1 дітей) та 1 дитячий будинок сімейного типу (7 ді-
тей). Фахівці здійснили 96 візитів до цих сімей.

4. Надання соціальних послуг
Всього протягом 2024 року соціальними послугами охоплено 1 126 осіб, на-
дано 2 874 послуги, з них:
- інформування - 1 108;
- консультування - 1 436;
- соціальний супровід - 2 66;
- посередництво (медіація) - 64.
Проведено 1? групових заходів (тренінги, батьківські клуби), у яких взяли
участь 164 особи. На телефон довіри Центру надійшло 47 дзвінків.

5. Кадрове забезпечення
Штатна чисельність Центру - 8 посад, фактично працюють 7 працівників: ди-
ректор, 5 фахівців із соціальної роботи, психолог. У 2024 році 6 праців-
ників пройшли навчання за програмами НССУ та ЮНІСЕФ (по 30 годин).
Скарг на роботу Центру протягом року не надходило.
""",
"""Основні показники роботи Центру за 2024 рік:
- надійшло повідомлень про сім'ї/особи - 58;
- визнано такими, що перебувають у СЖО - 39 сімей;
- соціальний супровід сімей у СЖО - 34 сім'ї;
- охоплено соціальними послугами - 1 126 осіб.

У 2025 році планується створити 1 прийомну сім'ю та 1 ДБСТ.

            ЗГІДНО З ОРИГІНАЛОМ
    Центр соціальних служб * Великоберезька сільська рада
              * Ідентифікаційний код 44582910 *

Директор                 ______________ (підпис)
""",
]
RUN = "Звіт ЦСС Великоберезької сільської ради за 2024 рік"

# OCR look-alikes: every n-th Cyrillic letter (outside the address block) becomes its Latin twin.
LOOK = {"і": ("i", 5), "о": ("o", 9), "с": ("c", 8), "р": ("p", 11), "е": ("e", 10), "а": ("a", 12), "х": ("x", 3)}


def ocr(text):
    seen = {k: 0 for k in LOOK}
    out = []
    for ch in text:
        if ch in LOOK:
            seen[ch] += 1
            lat, n = LOOK[ch]
            if seen[ch] % n == 0:
                out.append(lat)
                continue
        out.append(ch)
    return "".join(out)


body = []
for i, page in enumerate(PAGES, 1):
    if i > 1:
        body.append(f"{RUN}                        - {i} -\n\n")
    body.append(page)
    body.append("\n\f\n" if i < len(PAGES) else "")
write_text(report_path(DOC), ocr("".join(body)))

g = Gold(DOC, {
    "centre": "Центр соціальних служб Великоберезької сільської ради",
    "centre_type": "css", "settlement": "Великі Береги", "oblast": "Закарпатська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"settlement": ["Великоберезька сільська територіальна громада"]})
f = g.f
nt = f("notified", "families_persons", 58, "надійшли повідомлення про 58 сімей/осіб")
na = f("needs_assessed", "families", 54, "потреб 54 сімей")
sj = f("in_difficult_circumstances", "families", 39, "39 сімей визнано такими, що пере-бувають у СЖО")
sjc = f("in_difficult_circumstances", "children", 84, "(в них виховується 8 4 дитини)", parent=sj,
        note="OCR left a stray space inside the figure: «8 4» is 84")
su = f("served", "families", 31, "під соціальним супроводом перебувала 31 сім'я", service="social_support_sjo",
       alt=["support_ongoing"])
suc = f("served", "children", 67, "в яких 67 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=su,
        note="«ді-/тей» split at a line end in the file; the reader prints «дітей»")
st = f("support_started", "families", 22, "Взято під супровід 22 сім'ї", service="social_support_sjo", parent=su)
sc = f("support_completed", "families", 12, "Завершено надання послуги 12 сім'ям", service="social_support_sjo",
       parent=su)
o1 = f("outcome_positive", "families", 9, "з позитивним результатом - 9", service="social_support_sjo",
       group="completed_12_by_result", parent=sc)
o2 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання - 2", service="social_support_sjo",
       label="зміна місця проживання", group="completed_12_by_result", parent=sc)
o3 = f("outcome_other", "families", 1, "у зв'язку з відмовою від послуги - 1", service="social_support_sjo",
       label="відмова від послуги", group="completed_12_by_result", parent=sc)
og = f("support_ongoing", "families", 19, "продовжено надання послуги 19 сім'ям", service="social_support_sjo")
vp = f("served", "families", 11, "11 сімей внутрішньо переміщених осіб", service="social_support_sjo",
       category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=su)
inv = f("served", "families", 6, "6 сімей, які виховують дітей з інвалідністю", service="social_support_sjo",
        category="сім'ї, які виховують дітей з інвалідністю", alt=["support_ongoing"], parent=su)
fo = f("served", "families", 5, "Соціальним супроводженням охоплено 5 сімей", service="social_support_foster")
foc = f("served", "children", 18, "в яких виховується 18 дітей", service="social_support_foster", parent=fo)
fo1 = f("served", "families", 4, "4 прийомні сім'ї (1 1 дітей)", service="social_support_foster", label="прийомні сім'ї",
        group="foster_5_by_form", parent=fo)
fo1c = f("served", "children", 11, "4 прийомні сім'ї (1 1 дітей)", service="social_support_foster",
         label="прийомні сім'ї", group="foster_children_18_by_form", parent=foc,
         note="OCR stray space: «1 1» is 11 (11 + 7 = 18 confirms it)")
fo2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
        label="дитячі будинки сімейного типу", group="foster_5_by_form", parent=fo)
fo2c = f("served", "children", 7, "1 дитячий будинок сімейного типу (7 дітей)", service="social_support_foster",
         label="дитячі будинки сімейного типу", group="foster_children_18_by_form", parent=foc)
sv = f("served", "persons", 1126, "соціальними послугами охоплено 1 126 осіб")
sp = f("services_provided", "services", 2874, "надано 2 874 послуги")
S = []
for sid, v, q in (("informing", 1108, "інформування - 1 108"), ("counselling", 1436, "консультування - 1 436"),
                  ("social_support_sjo", 266, "соціальний супровід - 2 66"),
                  ("mediation", 64, "посередництво (медіація) - 64")):
    S.append(f("services_provided", "services", v, q, service=sid, group="services_2874_by_service", parent=sp,
               note="OCR stray space: «2 66» is 266 (the parts then sum to 2 874)" if v == 266 else None))
ep = f("event_participants", "persons", 164, "участь 164 особи",
       note="the number of events is broken by OCR («1?»): no events fact; the participants stand alone")
cl = f("calls", "calls", 47, "На телефон довіри Центру надійшло 47 дзвінків")
pos = f("staff_positions", "positions", 8, "Штатна чисельність Центру - 8 посад")
act = f("staff_actual", "staff", 7, "фактично працюють 7 працівників")
act5 = f("staff_actual", "staff", 5, "5 фахівців із соціальної роботи", label="фахівці із соціальної роботи",
          parent=act, note="director and psychologist are written without figures, so no group")
trn = f("staff_trained", "staff", 6, "У 2024 році 6 працівників пройшли навчання")
cm = f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило.")
nt2 = f("notified", "families_persons", 58, "надійшло повідомлень про сім'ї/особи - 58", label="основні показники")
sj2 = f("in_difficult_circumstances", "families", 39, "визнано такими, що перебувають у СЖО - 39 сімей",
        label="основні показники")
su2 = f("served", "families", 34, "соціальний супровід сімей у СЖО - 34 сім'ї", service="social_support_sjo",
        alt=["support_ongoing"], label="основні показники")
sv2 = f("served", "persons", 1126, "охоплено соціальними послугами - 1 126 осіб", label="основні показники")

g.slip("internal_conflict", "error", "соціальний супровід сімей у СЖО - 34 сім'ї", 34, 31, [su, su2],
       "section 2 gives 31 families under social support (12 completed + 19 continued = 31); the closing list "
       "of main indicators says 34 for the same service, unit and year", f"{su2} == {su}")
g.check("parts_sum", "з позитивним результатом - 9", "9 + 2 + 1 = 12 completed", f"{o1} + {o2} + {o3} == {sc}")
g.check("parts_sum", "продовжено надання послуги 19 сім'ям", "12 completed + 19 continued = 31 under support",
        f"{sc} + {og} == {su}")
g.check("parts_sum", "У 15 сімей складні життєві",
        "39 found in СЖО + 15 not confirmed = 54 assessed (15 is skipped, used as a literal); 54 ≤ 58 notified",
        f"{sj} + 15 == {na} and {na} <= {nt}")
g.check("parts_sum", "Соціальним супроводженням охоплено 5 сімей, в яких виховується 18 дітей",
        "4 + 1 = 5 families; 11 + 7 = 18 children", f"{fo1} + {fo2} == {fo} and {fo1c} + {fo2c} == {foc}")
g.check("parts_sum", "надано 2 874 послуги, з них:", "1 108 + 1 436 + 266 + 64 = 2 874", " + ".join(S) + f" == {sp}")
g.check("internal_conflict", "надійшло повідомлень про сім'ї/особи - 58",
        "the closing list repeats 58, 39 and 1 126 as in the body", f"{nt2} == {nt} and {sj2} == {sj} and {sv2} == {sv}")
g.check("parts_sum", "фактично працюють 7 працівників", "6 trained ≤ 7 working ≤ 8 positions; 22 taken ≤ 31; 11, 6 ≤ 31",
        f"{act5} <= {act} and {trn} <= {act} <= {pos} and {st} <= {su} and {vp} <= {su} and {inv} <= {su}")
g.skip("90221, с. Великі Береги, вул. Ракоці, 17, тел. (03141) 0-45-72", [90221, 17, 3141, 4572],
       "postcode, address, phone")
g.skip("Код ЄДРПОУ 44582910", [44582910], "ЄДРПОУ")
g.skip("Вих. No 31/02-14 від 20.01.2025", [31, 2, 14, 20, 1, 2025], "outgoing number and date")
g.skip("Великоберезької сільської ради за 2024 рік", [2024], "year of the report")
g.skip("від 17.09.2021 No 512", [17, 9, 2021, 512], "decision date and number")
g.skip("на території 9 населених пунктів громади", [9], "number of settlements")
g.skip("1. Виявлення сімей/осіб", [1, 2, 3, 4, 5], "section numbers")
g.skip("У 15 сімей складні життєві", [15],
       "СЖО not confirmed: no §3 id; used as a literal in a check")
g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("Фахівці здійснили 96 візитів до цих сімей.", [96], "home visits: no §3 id")
g.skip("Проведено 1? групових заходів", [], "the number of events is broken by OCR («1?», a digit unreadable): "
       "not guessed, no fact")
g.skip("(по 30 годин)", [30], "duration of the training")
g.skip("Звіт ЦСС Великоберезької сільської ради за 2024 рік - 2 -", [2024, 2, 2024, 3],
       "running header and page numbers repeated at the page breaks")
g.skip("Основні показники роботи Центру за 2024 рік:", [2024], "year")
g.skip("У 2025 році планується створити 1 прийомну сім'ю та 1 ДБСТ.", [2025, 1, 1], "plan")
g.skip("Ідентифікаційний код 44582910", [44582910], "the stamp's text (ЄДРПОУ)")
g.skip("Протягом 2024 року до Центру надійшли", [2024], "year")
g.skip("Всього протягом 2024 року", [2024], "year")
g.note("OCR noise: Latin look-alike letters inside words (i o c p e a x); quotes are as `zvitparse read` prints them")
g.note("words split at line ends («пере-/бувають», «ді-/тей», «на-/дано», «праців-/ників», «пере-/міщених»): the "
       "reader joins the lines; it prints «пере-бувають» with the hyphen and the others without, and the quotes "
       "follow the printed text")
g.note("stray spaces inside figures: «8 4» = 84, «1 1» = 11, «2 66» = 266 (each confirmed by a sum or by the "
       "context); «1 126», «1 108», «1 436», «2 874» are ordinary thousands separators")
g.note("«1?» (the number of group events) is unreadable: no events fact, the 164 participants are kept without a parent")
g.note("the closing list «Основні показники» repeats figures of the body → separate facts labelled «основні показники»; "
       "its 34 families under support conflicts with the 31 of section 2 (the slip)")
g.note("foster families: «соціальне супроводження» → social_support_foster; families 4 + 1 and children 11 + 7 as "
       "two groups")
g.note("«перебувала під супроводом» → served (alt support_ongoing), as in blind18")
g.note("the stamp «ЗГІДНО З ОРИГІНАЛОМ» and its code, the running header and page numbers are not facts")
g.write()
