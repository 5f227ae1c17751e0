"""b63_06: external quality assessment of social support (СЖО) provided by the ЦСС Гніванської міської ради
(Вінницька) in July–December 2024, by the oblast department. Plain UTF-8 text with lettered lists."""
from common import Gold, report_path, write_text

NAME = "b63_06_hnivan_css_external2024.txt"

TEXT = """ДЕПАРТАМЕНТ СОЦІАЛЬНОЇ ТА МОЛОДІЖНОЇ ПОЛІТИКИ
ВІННИЦЬКОЇ ОБЛАСНОЇ ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ

ВИСНОВОК
за результатами зовнішньої оцінки якості надання соціальної послуги
соціального супроводу сімей (осіб), які перебувають у складних життєвих
обставинах, Центром соціальних служб Гніванської міської ради

Оцінюваний період: 01.07.2024 – 31.12.2024.
Підстава: наказ Департаменту від 13.01.2025 № 09-од. Склад експертної
групи – 5 осіб. Виїзд до надавача: 28–30.01.2025.

I. Відомості про надавача
Центр соціальних служб Гніванської міської ради (23310, Вінницька обл.,
м. Гнівань, вул. Соборна, 51; тел. (04355) 0-33-18) обслуговує громаду з
14 населених пунктів і населенням 19,4 тис. осіб. Штатним розписом
передбачено 8 посад, у тому числі 5 посад фахівців із соціальної роботи;
фактично працюють 7 осіб.

II. Показники надання послуги у оцінюваному періоді
а) на 01.07.2024 під супроводом перебувало 27 сімей;
б) взято під соціальний супровід 18 сімей, у яких 41 дитина;
в) загалом послугу отримували 45 сімей, у них виховується 96 дітей;
   з них 11 сімей – внутрішньо переміщені (24,4 %);
г) завершено надання послуги 20 сім'ям, з них:
   - подолали СЖО – 13 (65,0 %);
   - СЖО мінімізовано – 5 (25,0 %);
   - результату не досягнуто – 2 (10,0 %);
д) станом на 31.12.2024 послугу отримують 25 сімей.

III. Опитування отримувачів
Анкетовано 42 представники сімей, що становить 93,3 % сімей, які
отримували послугу. На запитання «Чи допомогла Вам послуга?» відповіли:
«так, повністю» – 64,3 %, «частково» – 28,6 %, «ні» – 4,8 %.
Ставленням фахівців задоволені 95,2 % респондентів.

IV. Рівень якості за критеріями
Адресність та індивідуальний підхід – «добре»; результативність –
«задовільно»; своєчасність – «добре»; доступність та відкритість –
«добре»; професійність – «добре»; конфіденційність – «добре».
Порушень конфіденційності не виявлено. Скарг від отримувачів за
оцінюваний період не надходило.

Загальна оцінка якості надання послуги – «добре».

V. Рекомендації
1. До 30.06.2025 забезпечити навчання 2 фахівців за програмою роботи з
сім'ями, які виховують дітей з інвалідністю.
2. Заповнити 1 вакантну посаду фахівця із соціальної роботи.

Голова експертної групи                                    31.01.2025
"""
write_text(report_path(NAME), TEXT)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Гніванської міської ради",
    "centre_type": "css", "settlement": "Гнівань", "oblast": "Вінницька", "report_kind": "external_assessment",
    "period_start": "2024-07-01", "period_end": "2024-12-31"})
f = g.f
SJO = "social_support_sjo"
sp = f("staff_positions", "positions", 8, "Штатним розписом\nпередбачено 8 посад")
sp5 = f("staff_positions", "positions", 5, "у тому числі 5 посад фахівців із соціальної роботи",
        label="фахівці із соціальної роботи", parent=sp)
sa = f("staff_actual", "staff", 7, "фактично працюють 7 осіб")
ss = f("support_started", "families", 18, "взято під соціальний супровід 18 сімей", service=SJO)
sc = f("support_started", "children", 41, "у яких 41 дитина", service=SJO, parent=ss)
se = f("served", "families", 45, "загалом послугу отримували 45 сімей", service=SJO)
sch = f("served", "children", 96, "у них виховується 96 дітей", service=SJO, parent=se)
idp = f("served", "families", 11, "з них 11 сімей – внутрішньо переміщені (24,4 %)", percent=24.4, service=SJO,
        category="внутрішньо переміщені особи", parent=se)
cm = f("support_completed", "families", 20, "завершено надання послуги 20 сім'ям", service=SJO)
op = f("outcome_positive", "families", 13, "подолали СЖО – 13 (65,0 %)", percent=65.0, group="completed_20", parent=cm)
om = f("outcome_minimized", "families", 5, "СЖО мінімізовано – 5 (25,0 %)", percent=25.0, group="completed_20", parent=cm)
on = f("outcome_negative", "families", 2, "результату не досягнуто – 2 (10,0 %)", percent=10.0, group="completed_20",
       parent=cm)
og = f("support_ongoing", "families", 25, "станом на 31.12.2024 послугу отримують 25 сімей", service=SJO)
sr = f("survey_respondents", "persons", 42, "Анкетовано 42 представники сімей, що становить 93,3 %", percent=93.3)
a1 = f("share", "percent", 64.3, "«так, повністю» – 64,3 %", label="послуга допомогла повністю",
       alt=["satisfaction"], group="answers_help")
a2 = f("share", "percent", 28.6, "«частково» – 28,6 %", label="послуга допомогла частково", group="answers_help")
a3 = f("share", "percent", 4.8, "«ні» – 4,8 %", label="послуга не допомогла", group="answers_help")
sat = f("satisfaction", "percent", 95.2, "Ставленням фахівців задоволені 95,2 % респондентів", alt=["share"],
        label="задоволені ставленням фахівців")
CR = [("targeting", "Адресність та індивідуальний підхід – «добре»", "good"),
      ("effectiveness", "результативність –\n«задовільно»", "satisfactory"),
      ("timeliness", "своєчасність – «добре»", "good"),
      ("accessibility", "доступність та відкритість –\n«добре»", "good"),
      ("professionalism", "професійність – «добре»", "good"),
      ("confidentiality", "конфіденційність – «добре»", "good")]
for c, q, v in CR:
    f("rating", "rating", v, q, criterion=c, service=SJO)
cp = f("complaints", "complaints", 0, "Скарг від отримувачів за\nоцінюваний період не надходило")
ov = f("rating", "rating", "good", "Загальна оцінка якості надання послуги – «добре»", criterion="overall", service=SJO)

g.slip("percents_sum", "error", "«так, повністю» – 64,3 %, «частково» – 28,6 %, «ні» – 4,8 %", 97.7, 100,
       [a1, a2, a3],
       "the three answers partition the 42 respondents but sum to 97,7 %; 27 + 12 + 2 = 41 of 42 (one answer "
       "missing), and with one decimal per share the sum can be off by at most 0,15",
       f"psum_ok([{a1}, {a2}, {a3}], 1)")
g.check("parts_sum", "загалом послугу отримували 45 сімей", "27 at 01.07 + 18 taken = 45", f"27 + {ss} == {se}")
g.check("parts_sum", "станом на 31.12.2024 послугу отримують 25 сімей", "45 − 20 completed = 25", f"{se} - {cm} == {og}")
g.check("parts_sum", "завершено надання послуги 20 сім'ям, з них", "13 + 5 + 2 = 20", f"{op} + {om} + {on} == {cm}")
g.check("percent_mismatch", "подолали СЖО – 13 (65,0 %)", "13/20, 5/20, 2/20 = 65,0, 25,0, 10,0 %",
        f"pct_ok(p{op[1:]}, {op}, {cm}, 1) and pct_ok(p{om[1:]}, {om}, {cm}, 1) and pct_ok(p{on[1:]}, {on}, {cm}, 1)")
g.check("percents_sum", "подолали СЖО – 13 (65,0 %)", "65,0 + 25,0 + 10,0 = 100", f"psum_ok([p{op[1:]}, p{om[1:]}, p{on[1:]}], 1)")
g.check("percent_mismatch", "з них 11 сімей – внутрішньо переміщені (24,4 %)", "11 / 45 = 24,44 % → 24,4",
        f"pct_ok(p{idp[1:]}, {idp}, {se}, 1)")
g.check("percent_mismatch", "Анкетовано 42 представники сімей, що становить 93,3 %", "42 / 45 = 93,33 % → 93,3",
        f"pct_ok(p{sr[1:]}, {sr}, {se}, 1)")
g.check("percent_impossible", "«так, повністю» – 64,3 %, «частково» – 28,6 %, «ні» – 4,8 %",
        "each share alone is reachable with 42 (27, 12, 2 of 42); 95,2 = 40 of 42",
        f"grim_ok({a1}, {sr}, 1) and grim_ok({a2}, {sr}, 1) and grim_ok({a3}, {sr}, 1) and grim_ok({sat}, {sr}, 1)")
g.check("parts_sum", "фактично працюють 7 осіб", "7 + 1 vacancy = 8; 5 ≤ 8", f"{sa} + 1 == {sp} and {sp5} <= {sp}")
g.skip("Оцінюваний період: 01.07.2024 – 31.12.2024.", [1, 7, 2024, 31, 12, 2024], "assessed period")
g.skip("наказ Департаменту від 13.01.2025 № 09-од", [13, 1, 2025, 9], "order date and number")
g.skip("Склад експертної\nгрупи – 5 осіб. Виїзд до надавача: 28–30.01.2025.", [5, 28, 30, 1, 2025],
       "commission size, visit dates")
g.skip("23310, Вінницька обл.,\nм. Гнівань, вул. Соборна, 51; тел. (04355) 0-33-18", [23310, 51, 4355, 3318],
       "postcode, address, phone")
g.skip("обслуговує громаду з\n14 населених пунктів і населенням 19,4 тис. осіб", [14, 19400],
       "settlement count and population")
g.skip("а) на 01.07.2024 під супроводом перебувало 27 сімей", [1, 7, 2024, 27],
       "start-of-period register (used as a literal in a check)")
g.skip("I. Відомості про надавача", [1, 2, 3, 4, 5], "section numbers (Roman)")
g.skip("1. До 30.06.2025 забезпечити навчання 2 фахівців", [1, 30, 6, 2025, 2], "recommendation with a deadline")
g.skip("2. Заповнити 1 вакантну посаду фахівця із соціальної роботи.", [2, 1], "recommendation; vacancy")
g.skip("Голова експертної групи                                    31.01.2025".replace("                                    ", " "),
       [31, 1, 2025], "signature date")
g.note("the report is written by the oblast department, but it assesses the ЦСС: meta centre is the assessed provider, "
       "as in the seed external assessment")
g.note("«на 01.07.2024 під супроводом перебувало 27 сімей» is the register at the start of the assessed period → skipped; "
       "«станом на 31.12.2024 послугу отримують 25 сімей» is the end of the period → support_ongoing")
g.note("the help question's answers are standalone shares; «так, повністю» has alt satisfaction")
g.note("«результату не досягнуто» → outcome_negative")
g.write()
