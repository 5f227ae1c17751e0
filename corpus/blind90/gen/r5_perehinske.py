"""b90_05: Служба у справах дітей Перегінської селищної ради (Івано-Франківська), analytic note on the protection
of children's rights in 2023. reportlab PDF (Liberation Serif), numbered sections, third person («Службою»).
No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from common import Gold, report_path, register_fonts

DOC = "b90_05_perehinske_ssd_analytic2023.pdf"

TITLE = ("АНАЛІТИЧНА ДОВІДКА<br/>щодо стану забезпечення прав дітей на території Перегінської селищної "
         "територіальної громади у 2023 році")
PARAS = [
    "Довідку підготовлено службою у справах дітей Перегінської селищної ради (далі – Служба) на запит "
    "Калуської районної військової адміністрації від 09.01.2024 № 38/01-14.",
    "1. Загальні відомості. У громаді проживає 6 812 дітей віком до 18 років, працюють 14 закладів загальної "
    "середньої освіти та 9 закладів дошкільної освіти. Штатним розписом Служби передбачено 4 посади, фактично "
    "працюють 3 особи.",
    "2. Діти, які перебувають у складних життєвих обставинах. Станом на 01.01.2023 на обліку Служби перебувала "
    "31 дитина. Протягом 2023 року на облік поставлено 19 дітей, знято з обліку 14 дітей, з них у зв'язку з "
    "поліпшенням умов виховання – 9, досягненням повноліття – 3, зміною місця проживання – 2. На кінець року на "
    "обліку перебуває 21 сім'я, в яких 36 дітей.",
    "3. Діти-сироти та діти, позбавлені батьківського піклування. На 31.12.2023 на обліку перебуває 58 дітей "
    "цієї категорії, з них 12 – діти-сироти. Під опікою, піклуванням виховується 41 дитина, у прийомних сім'ях – 9, "
    "у дитячих будинках сімейного типу – 6, у закладах інституційного догляду – 2. Упродовж року на облік "
    "поставлено 8 дітей, знято з обліку 6 дітей: 5 – у зв'язку з досягненням повноліття, 1 – у зв'язку з "
    "усиновленням. Усиновлено 1 дитину (у 2022 році – 3).",
    "4. Діти, які постраждали внаслідок воєнних дій. Протягом 2023 року статус дитини, яка постраждала внаслідок "
    "воєнних дій та збройних конфліктів, надано 47 дітям (усього з 2022 року – 129). Станом на кінець року на "
    "обліку Служби перебуває 312 дітей з числа внутрішньо переміщених осіб.",
    "5. Робота зі зверненнями. До Служби надійшло 214 звернень громадян, з них 26 – письмових. Надійшли "
    "повідомлення щодо 38 дітей, які постраждали від домашнього насильства або стали його свідками. На телефон "
    "Служби надійшло 67 дзвінків. Службою підготовлено 17 висновків для суду.",
    "6. Профілактична робота. Проведено 14 засідань комісії з питань захисту прав дитини (розглянуто 83 питання) "
    "та 11 рейдів «Діти вулиці». У закладах освіти проведено 23 профілактичні заходи, в яких взяли участь "
    "1 140 учнів 5–11 класів.",
    "7. Пропозиції. У 2024 році Служба планує створити 2 прийомні сім'ї та розширити мережу патронатних "
    "вихователів до 3 сімей.",
]
SIGN = "Начальник служби у справах дітей                                   (підпис)<br/>11.01.2024"


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=17, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=4)
    centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0, fontName="LSerif-B")
    story = [Paragraph(TITLE, centre), Spacer(1, 8)]
    story += [Paragraph(p, body) for p in PARAS]
    story += [Spacer(1, 10), Paragraph(SIGN, ParagraphStyle("s", parent=body, firstLineIndent=0))]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=28 * mm, rightMargin=15 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm, title="Аналітична довідка 2023").build(story)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Перегінської селищної ради", "centre_type": "other",
        "settlement": "Перегінське", "oblast": "Івано-Франківська", "report_kind": "period_report",
        "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"report_kind": ["annual_report"]})
    C = "children"
    fs1 = g.f("staff_positions", "positions", 4, "Штатним розписом Служби передбачено 4 посади")
    fs2 = g.f("staff_actual", "staff", 3, "фактично працюють 3 особи")
    f_new = g.f("registered_new", C, 19, "Протягом 2023 року на облік поставлено 19 дітей",
                label="діти у складних життєвих обставинах")
    f_de = g.f("deregistered", C, 14, "знято з обліку 14 дітей", label="діти у складних життєвих обставинах")
    grp = "deregistered_14_by_reason"
    f_d1 = g.f("deregistered", C, 9, "у зв'язку з поліпшенням умов виховання – 9", label="поліпшення умов виховання",
               group=grp, parent=f_de)
    f_d2 = g.f("deregistered", C, 3, "досягненням повноліття – 3", label="досягнення повноліття", group=grp, parent=f_de)
    f_d3 = g.f("deregistered", C, 2, "зміною місця проживання – 2", label="зміна місця проживання", group=grp,
               parent=f_de)
    f_rf = g.f("registered", "families", 21, "На кінець року на обліку перебуває 21 сім'я",
               label="сім'ї з дітьми у складних життєвих обставинах")
    f_rc = g.f("registered", C, 36, "в яких 36 дітей", label="діти у складних життєвих обставинах", parent=f_rf)
    f_or = g.f("registered", C, 58, "На 31.12.2023 на обліку перебуває 58 дітей",
               label="діти-сироти та діти, позбавлені батьківського піклування")
    f_os = g.f("registered", C, 12, "з них 12 – діти-сироти", label="діти-сироти", parent=f_or)
    f_on = g.f("registered_new", C, 8, "Упродовж року на облік поставлено 8 дітей",
               label="діти-сироти та діти, позбавлені батьківського піклування")
    f_od = g.f("deregistered", C, 6, "знято з обліку 6 дітей",
               label="діти-сироти та діти, позбавлені батьківського піклування")
    grp2 = "orphans_deregistered_6_by_reason"
    f_od1 = g.f("deregistered", C, 5, "5 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
                group=grp2, parent=f_od)
    f_od2 = g.f("deregistered", C, 1, "1 – у зв'язку з усиновленням", label="усиновлення", group=grp2, parent=f_od)
    f_war = g.f("registered_new", C, 47, "надано 47 дітям",
                label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f_idp = g.f("registered", C, 312, "на обліку Служби перебуває 312 дітей з числа внутрішньо переміщених осіб",
                category="внутрішньо переміщені особи")
    f_ap = g.f("applied", "applications", 214, "До Служби надійшло 214 звернень громадян", unit_alt="persons")
    f_ap2 = g.f("applied", "applications", 26, "з них 26 – письмових", label="письмові", unit_alt="persons",
                parent=f_ap)
    f_not = g.f("notified", C, 38, "повідомлення щодо 38 дітей, які постраждали від домашнього насильства",
                label="домашнє насильство")
    f_call = g.f("calls", "calls", 67, "На телефон Служби надійшло 67 дзвінків.")
    f_ev = g.f("events", "events", 23, "проведено 23 профілактичні заходи")
    f_ep = g.f("event_participants", "persons", 1140, "в яких взяли участь 1 140 учнів", unit_alt="children",
               parent=f_ev)

    g.check("parts_sum", "знято з обліку 14 дітей, з них", "9 + 3 + 2 = 14", f"{f_d1} + {f_d2} + {f_d3} == {f_de}")
    g.check("parts_sum", "На кінець року на обліку перебуває 21 сім'я, в яких 36 дітей",
            "register movement: 31 at the start + 19 − 14 = 36 (the 31 is a start-of-year figure, skipped, used as a literal)",
            f"31 + {f_new} - {f_de} == {f_rc}")
    g.check("parts_sum", "з них 12 – діти-сироти", "12 ≤ 58", f"{f_os} <= {f_or}")
    g.check("parts_sum", "Під опікою, піклуванням виховується 41 дитина",
            "placements by form (skipped, no §3 id) 41 + 9 + 6 + 2 = 58 (literals)", f"41 + 9 + 6 + 2 == {f_or}")
    g.check("parts_sum", "знято з обліку 6 дітей: 5 – у зв'язку з досягненням повноліття", "5 + 1 = 6",
            f"{f_od1} + {f_od2} == {f_od}")
    g.check("parts_sum", "з них 26 – письмових", "26 ≤ 214", f"{f_ap2} <= {f_ap}")
    g.check("parts_sum", "фактично працюють 3 особи", "3 ≤ 4", f"{fs2} <= {fs1}")

    g.skip("від 09.01.2024 № 38/01-14", [9, 1, 2024, 38, 1, 14], "request date and number")
    g.skip("у 2023 році", [2023], "period year")
    g.skip("У громаді проживає 6 812 дітей віком до 18 років", [6812, 18], "child population, age")
    g.skip("працюють 14 закладів загальної середньої освіти та 9 закладів дошкільної освіти", [14, 9],
           "institution counts")
    g.skip("Станом на 01.01.2023 на обліку Служби перебувала 31 дитина.", [1, 1, 2023, 31],
           "start-of-year register (the previous year's closing figure); used as a literal in a check")
    g.skip("Під опікою, піклуванням виховується 41 дитина, у прийомних сім'ях – 9", [41, 9],
           "placements by form – no §3 id; used as literals in a check")
    g.skip("у дитячих будинках сімейного типу – 6, у закладах інституційного догляду – 2", [6, 2],
           "placements by form – no §3 id; used as literals in a check")
    g.skip("Усиновлено 1 дитину (у 2022 році – 3).", [1, 2022, 3], "adoptions – no §3 id; prior-year figure")
    g.skip("(усього з 2022 року – 129)", [2022, 129], "cumulative figure since 2022")
    g.skip("Службою підготовлено 17 висновків для суду.", [17], "court opinions – no §3 id")
    g.skip("Проведено 14 засідань комісії з питань захисту прав дитини (розглянуто 83 питання)", [14, 83],
           "commission sittings and questions – no §3 id")
    g.skip("та 11 рейдів «Діти вулиці»", [11], "raids – no §3 id")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")
    g.skip("У 2024 році Служба планує створити 2 прийомні сім'ї та розширити мережу патронатних", [2024, 2], "plan")
    g.skip("вихователів до 3 сімей.", [3], "plan")
    g.skip("11.01.2024", [11, 1, 2024], "signature date")
    g.skip("1. Загальні відомості.", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
    g.note("a служба у справах дітей: centre_type other; an analytic note on a year → period_report (alt annual_report)")
    g.note("registers: the СЖО register at the year's end (21 families, 36 children) → registered; put on / taken off → "
           "registered_new / deregistered (children) with reasons as labelled parts")
    g.note("«статус … надано 47 дітям» → registered_new with a label, as in blind18")
    g.note("«312 дітей з числа ВПО» on the Service's register → registered with category")
    g.note("«214 звернень громадян» → applied, unit applications (alt persons)")
    g.note("«в яких взяли участь 1 140 учнів» → event_participants persons (alt children)")
    g.write()


if __name__ == "__main__":
    main()
