"""b114_04: Центр соціальних служб Велимченської сільської ради (Волинська), analytic note on Q3 2024.
UTF-8 TXT, LF, impersonal voice, a plain-text table with | separators, 9-month figures beside the quarter's."""
from common import Gold, report_path, read_text, write_text, uncovered

NAME = "b114_04_velymche_css_q3_2024.txt"

TEXT = """\
ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ВЕЛИМЧЕНСЬКОЇ СІЛЬСЬКОЇ РАДИ
44113, Волинська обл., с. Велимче, вул. Незалежності, 3а
тел. (03366) 0-45-19; css.velymche@example.ua

АНАЛІТИЧНА ДОВІДКА
щодо результатів роботи Центру соціальних служб за III квартал 2024 року

1. Виявлення сімей та оцінка потреб

У III кварталі 2024 року до Центру надійшли повідомлення про 23 сім'ї з дітьми, які можуть перебувати у складних життєвих обставинах (з початку року – 61). Оцінку потреб проведено 21 сім'ї, за її результатами 14 сімей визнано такими, що перебувають у складних життєвих обставинах.

2. Соціальний супровід

Протягом кварталу взято під соціальний супровід 9 сімей, в яких виховується 22 дитини. Завершено супровід 7 сімей: у 5 з них (71,4 %) складні життєві обставини подолано, у 2 (28,6 %) – мінімізовано.

Станом на 30.09.2024 під соціальним супроводом перебуває 31 сім'я, у них 68 дітей. Серед сімей під супроводом:
  • сімей, де батьки ухиляються від виконання батьківських обов'язків, – 12 (38,7 %);
  • сімей з числа внутрішньо переміщених осіб – 8 (25,8 %);
  • сімей, які опинилися у СЖО через домашнє насильство, – 6 (16,1 %).

Соціальне супроводження здійснюється щодо 3 прийомних сімей та 1 дитячого будинку сімейного типу, у яких виховується 13 дітей.

3. Надання соціальних послуг у III кварталі 2024 року

 Соціальна послуга                        | Отримувачів, сімей/осіб | Надано послуг
------------------------------------------+-------------------------+--------------
 Інформування                             |           148           |      163
 Консультування                           |           121           |      187
 Соціальний супровід сімей у СЖО          |            31           |      296
 Соціальне супроводження ПС та ДБСТ       |             4           |       52
 Посередництво (медіація)                 |             6           |       11
------------------------------------------+-------------------------+--------------
 Усього                                   |           310           |      709

За 9 місяців 2024 року Центром надано 2 038 соціальних послуг.

4. Мобільна бригада та профілактика

Мобільна бригада соціально-психологічної допомоги особам, які постраждали від домашнього насильства та/або насильства за ознакою статі, здійснила 17 виїздів; допомогу отримали 24 особи. Проведено 8 групових заходів, з них 5 тренінгів для батьків; усього заходами охоплено 92 особи.

5. Кадрове забезпечення

Штатна чисельність Центру – 7 посад, фактично працює 6 фахівців. У кварталі 2 фахівці пройшли навчання за програмою підвищення кваліфікації (тривалість – 30 годин).

6. Висновки

Кількість виявлених сімей у СЖО порівняно з II кварталом зросла на 5. У IV кварталі 2024 року заплановано взяти під супровід ще 4 сім'ї та провести 3 тренінги для кандидатів у прийомні батьки.

Заступник директора Центру
07.10.2024
"""


def build():
    write_text(report_path(NAME), TEXT)


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Велимченської сільської ради",
        "centre_type": "css", "settlement": "Велимче", "oblast": "Волинська",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30",
    })
    F = g.f
    ntf = F("notified", "families", 23, "до Центру надійшли повідомлення про 23 сім'ї з дітьми")
    na = F("needs_assessed", "families", 21, "Оцінку потреб проведено 21 сім'ї")
    sjo = F("in_difficult_circumstances", "families", 14, "14 сімей визнано такими, що перебувають у складних "
            "життєвих обставинах", parent=na)
    st = F("support_started", "families", 9, "взято під соціальний супровід 9 сімей", service="social_support_sjo")
    stc = F("support_started", "children", 22, "в яких виховується 22 дитини", service="social_support_sjo",
            parent=st)
    cp = F("support_completed", "families", 7, "Завершено супровід 7 сімей", service="social_support_sjo")
    op = F("outcome_positive", "families", 5, "у 5 з них (71,4 %) складні життєві обставини подолано",
           percent=71.4, group="completed_7_by_result", parent=cp)
    om = F("outcome_minimized", "families", 2, "у 2 (28,6 %) – мінімізовано", percent=28.6,
           group="completed_7_by_result", parent=cp)
    og = F("support_ongoing", "families", 31, "під соціальним супроводом перебуває 31 сім'я",
           service="social_support_sjo", alt=["served"])
    ogc = F("support_ongoing", "children", 68, "у них 68 дітей", service="social_support_sjo", alt=["served"],
            parent=og)
    c1 = F("support_ongoing", "families", 12, "сімей, де батьки ухиляються від виконання батьківських обов'язків, "
           "– 12 (38,7 %)", percent=38.7, service="social_support_sjo", alt=["served"],
           category="сім'ї, де батьки ухиляються від виконання батьківських обов'язків", parent=og)
    c2 = F("support_ongoing", "families", 8, "сімей з числа внутрішньо переміщених осіб – 8 (25,8 %)",
           percent=25.8, service="social_support_sjo", alt=["served"], category="внутрішньо переміщені особи",
           parent=og)
    c3 = F("support_ongoing", "families", 6, "сімей, які опинилися у СЖО через домашнє насильство, – 6 (16,1 %)",
           percent=16.1, service="social_support_sjo", alt=["served"],
           category="сім'ї, які опинилися у СЖО через домашнє насильство", parent=og)
    fo1 = F("served", "families", 3, "Соціальне супроводження здійснюється щодо 3 прийомних сімей",
            service="social_support_foster", label="прийомні сім'ї", alt=["support_ongoing"])
    fo2 = F("served", "families", 1, "1 дитячого будинку сімейного типу", service="social_support_foster",
            label="дитячий будинок сімейного типу", alt=["support_ongoing"])
    foc = F("served", "children", 13, "у яких виховується 13 дітей", service="social_support_foster",
            alt=["support_ongoing"], note="children of both foster forms; hangs on the first (3 families)",
            parent=fo1)
    tq = []
    rows = [("informing", 148, 163, "Інформування\t148\t163"),
            ("counselling", 121, 187, "Консультування\t121\t187"),
            ("social_support_sjo", 31, 296, "Соціальний супровід сімей у СЖО\t31\t296"),
            ("social_support_foster", 4, 52, "Соціальне супроводження ПС та ДБСТ\t4\t52"),
            ("mediation", 6, 11, "Посередництво (медіація)\t6\t11")]
    qtot_r = "Усього\t310\t709"
    tr = F("served", "families_persons", 310, qtot_r)
    ts = F("services_provided", "services", 709, qtot_r)
    rid, sid = [], []
    for svc, r, s, q in rows:
        rid.append(F("served", "families_persons", r, q, service=svc, group="t_recipients", parent=tr))
        sid.append(F("services_provided", "services", s, q, service=svc, group="t_services", parent=ts))
    mb = F("served", "persons", 24, "допомогу отримали 24 особи", label="мобільна бригада",
           category="особи, які постраждали від домашнього насильства")
    ev = F("events", "events", 8, "Проведено 8 групових заходів")
    ev5 = F("events", "events", 5, "з них 5 тренінгів для батьків", label="тренінги для батьків", parent=ev)
    evp = F("event_participants", "persons", 92, "усього заходами охоплено 92 особи", parent=ev)
    pos = F("staff_positions", "positions", 7, "Штатна чисельність Центру – 7 посад")
    act = F("staff_actual", "staff", 6, "фактично працює 6 фахівців")
    trn = F("staff_trained", "staff", 2, "У кварталі 2 фахівці пройшли навчання")

    def n(x):
        return x[1:]

    g.slip("percent_mismatch", "error", "сімей, які опинилися у СЖО через домашнє насильство, – 6 (16,1 %)",
           16.1, 19.4, [c3, og],
           "6 of the 31 families under support is 19,4 %, not 16,1 % (16,1 % is 5 of 31). The other two "
           "shares hold (12/31 = 38,7 %, 8/31 = 25,8 %)",
           f"pct_ok(p{n(c3)}, f{n(c3)}, f{n(og)}, 1)")
    g.check("percent_mismatch", "– 12 (38,7 %)", "12/31 = 38,7 %; 8/31 = 25,8 %",
            f"pct_ok(p{n(c1)}, f{n(c1)}, f{n(og)}, 1) and pct_ok(p{n(c2)}, f{n(c2)}, f{n(og)}, 1)")
    g.check("parts_sum", "Серед сімей під супроводом:", "«серед» categories overlap: 12 + 8 + 6 = 26 ≤ 31",
            f"f{n(c1)} + f{n(c2)} + f{n(c3)} <= f{n(og)}")
    g.check("parts_sum", "Завершено супровід 7 сімей", "5 + 2 = 7", f"f{n(op)} + f{n(om)} == f{n(cp)}")
    g.check("percent_mismatch", "у 5 з них (71,4 %)", "5/7 = 71,4 %; 2/7 = 28,6 %",
            f"pct_ok(p{n(op)}, f{n(op)}, f{n(cp)}, 1) and pct_ok(p{n(om)}, f{n(om)}, f{n(cp)}, 1)")
    g.check("percents_sum", "у 5 з них (71,4 %)", "71,4 + 28,6 = 100", f"psum_ok([p{n(op)}, p{n(om)}], 1)")
    g.check("table_arithmetic", qtot_r, "148 + 121 + 31 + 4 + 6 = 310",
            " + ".join(f"f{n(x)}" for x in rid) + f" == f{n(tr)}")
    g.check("table_arithmetic", qtot_r, "163 + 187 + 296 + 52 + 11 = 709",
            " + ".join(f"f{n(x)}" for x in sid) + f" == f{n(ts)}")
    g.check("internal_conflict", "Соціальне супроводження здійснюється щодо 3 прийомних сімей",
            "3 foster families + 1 ДБСТ = 4 in the table row; 31 in the table row = 31 under support",
            f"f{n(fo1)} + f{n(fo2)} == f{n(rid[3])} and f{n(rid[2])} == f{n(og)}")
    g.check("parts_sum", "14 сімей визнано", "14 ≤ 21 assessed", f"f{n(sjo)} <= f{n(na)}")
    g.check("parts_sum", "з них 5 тренінгів", "5 ≤ 8 events", f"f{n(ev5)} <= f{n(ev)}")
    g.check("parts_sum", "фактично працює 6 фахівців", "2 trained ≤ 6 working ≤ 7 positions",
            f"f{n(trn)} <= f{n(act)} <= f{n(pos)}")

    g.skip("44113, Волинська обл., с. Велимче, вул. Незалежності, 3а", [44113, 3], "postcode, address")
    g.skip("тел. (03366) 0-45-19", [3366, 4519], "phone")
    g.skip("за III квартал 2024 року", [2024], "period in the title")
    g.skip("У III кварталі 2024 року", [2024], "year")
    g.skip("(з початку року – 61)", [61], "9-month cumulative figure (another period)")
    g.skip("Станом на 30.09.2024", [30, 9, 2024], "date")
    g.skip("3. Надання соціальних послуг у III кварталі 2024 року", [3, 2024], "section number, year")
    g.skip("За 9 місяців 2024 року Центром надано 2 038 соціальних послуг.", [9, 2024, 2038],
           "9-month cumulative figure (another period)")
    g.skip("здійснила 17 виїздів", [17], "trips of the mobile team (no §3 id)")
    g.skip("(тривалість – 30 годин)", [30], "duration")
    g.skip("порівняно з II кварталом зросла на 5", [5], "difference with the previous quarter")
    g.skip("У IV кварталі 2024 року заплановано взяти під супровід ще 4 сім'ї та провести 3 тренінги для "
           "кандидатів у прийомні батьки", [2024, 4, 3], "plan for Q4")
    g.skip("07.10.2024", [7, 10, 2024], "date")
    for h, v in (("1. Виявлення сімей", 1), ("2. Соціальний супровід", 2), ("4. Мобільна бригада", 4),
                 ("5. Кадрове забезпечення", 5), ("6. Висновки", 6)):
        g.skip(h, [v], "section number")

    g.note("period: «за III квартал 2024 року» → 2024-07-01..2024-09-30; the 9-month cumulative figures "
           "(61 notified, 2 038 services) are skipped")
    g.note("«Станом на 30.09.2024 під соціальним супроводом перебуває 31 сім'я» → support_ongoing (alt served); "
           "the «серед» categories with a % are overlapping parts (parent only, no group) carrying percent")
    g.note("planted slip: «домашнє насильство – 6 (16,1 %)»: 6/31 = 19,4 %")
    g.note("«взято під соціальний супровід 9 сімей, в яких виховується 22 дитини» → support_started in families "
           "and children (children hang on families)")
    g.note("the foster line names 3 прийомні сім'ї and 1 ДБСТ: two served facts (social_support_foster) with "
           "labels; their 13 children hang on the first")
    g.note("the plain-text table (| separators, a dashed rule) comes out of the reader tab-separated; rows are quoted as printed; rows hang on the Усього cell "
           "of their column; the recipients column is «сімей/осіб» → families_persons")
    g.note("mobile team: 24 persons helped → served with a label, no service id (crisis help is not named "
           "as a classifier service); 17 trips skipped")
    g.write()
    return g


if __name__ == "__main__":
    build()
    g = gold()
    for num, line in uncovered(g, read_text(report_path(NAME))):
        print("  uncovered:", num, "|", line)
