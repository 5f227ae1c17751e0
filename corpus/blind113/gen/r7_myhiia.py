"""b113_07: ТЦСО Мигіївської сільської ради (Миколаївська), information on 2023 sent to the oblast department.
Hand-written RTF as exported by a document-flow system: \\ansicpg1251, Cyrillic as \\'xx and (cover letter) \\uNNNN?,
font and colour tables, an incoming-registration stamp «Вх. № … від …», \\page breaks, tables as \\trowd … \\cell … \\row."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, rtf_hex, rtf_uni

DOC = "b113_07_myhiia_tcso_annual2023.rtf"
out = []


def P(text, align="qj", bold=False, uni=False, fs=24, indent=True, cf=0):
    enc = rtf_uni(text) if uni else rtf_hex(text)
    b0, b1 = (r"\b ", r"\b0") if bold else ("", "")
    fi = r"\fi709" if indent and align == "qj" else r"\fi0"
    cfs = rf"\cf{cf}" if cf else ""
    out.append(rf"\pard\plain\{align}{fi}\sa120\f0\fs{fs}{cfs} {b0}{enc}{b1}\par")


def ROW(cells, widths, bold=False):
    x = 0
    defs = []
    for w in widths:
        x += w
        defs.append(rf"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10\cellx{x}")
    b0, b1 = (r"\b ", r"\b0") if bold else ("", "")
    body = "".join(r"\pard\plain\intbl\ql\f0\fs22 " + b0 + rtf_hex(c) + b1 + r"\cell " for c in cells)
    out.append(r"\trowd\trgaph108\trleft0" + "".join(defs) + "\n" + body + r"\row")


head = r"""{\rtf1\ansi\ansicpg1251\uc1\deff0\deflang1058\deflangfe1058
{\fonttbl{\f0\froman\fcharset204\fprq2 Times New Roman;}{\f1\fswiss\fcharset204\fprq2 Arial;}{\f2\fmodern\fcharset204\fprq1 Courier New;}}
{\colortbl;\red0\green0\blue0;\red0\green0\blue128;\red128\green128\blue128;\red192\green0\blue0;}
{\stylesheet{\ql\f0\fs24 Normal;}{\s1\qc\b\f0\fs28 heading 1;}}
{\info{\title \u1030?\u1085?\u1092?\u1086?\u1088?\u1084?\u1072?\u1094?\u1110?\u1103?}{\author SED export}{\operator SED}{\creatim\yr2024\mo1\dy19\hr10\min12}{\revtim\yr2024\mo1\dy19\hr10\min12}{\doccomm doc-id 7f3a91c2}}
\paperw11906\paperh16838\margl1701\margr567\margt1134\margb1134\viewkind1
"""
out.append(head)
# registration stamp (incoming) as a framed block on the right
out.append(r"\pard\plain\qr\f2\fs18\cf2\box\brdrs\brdrw10\brsp40 " +
           rtf_hex("Департамент соціального захисту населення") + r"\line " +
           rtf_hex("Миколаївської обласної державної адміністрації") + r"\line " +
           rtf_hex("Вх. № 01-14/2317 від 19.01.2024") + r"\line " + rtf_hex("Контроль: до 02.02.2024") + r"\par")
P("МИГІЇВСЬКА СІЛЬСЬКА РАДА", align="qc", bold=True, uni=True, indent=False)
P("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)", align="qc", bold=True, uni=True,
  indent=False)
P("55223, Миколаївська обл., с. Мигія, вул. Соборна, 63, тел. (05161) 0-33-09, tcso.myhiia@example.ua, "
  "код ЄДРПОУ 40216358", align="qc", fs=20, uni=True, indent=False)
P("15.01.2024 № 47", align="ql", uni=True, indent=False)
P("Директору Департаменту соціального захисту населення Миколаївської обласної державної адміністрації",
  align="qr", uni=True, indent=False)
P("Про надання інформації", align="ql", bold=True, uni=True, indent=False)
P("На виконання листа Департаменту від 04.12.2023 № 05-31/4418 надсилаємо інформацію про роботу "
  "територіального центру за 2023 рік. Протягом року територіальним центром обслуговано 420 осіб, "
  "надано 22 778 соціальних послуг.", uni=True)
P("Додаток: на 2 арк. в 1 прим.", align="ql", uni=True, indent=False)
P("Директор  ____________", align="ql", uni=True, indent=False)
out.append(r"\page")
P("ІНФОРМАЦІЯ", align="qc", bold=True, fs=28, indent=False)
P("про роботу територіального центру соціального обслуговування (надання соціальних послуг) "
  "Мигіївської сільської ради за 2023 рік", align="qc", bold=True, indent=False)
P("Територіальний центр надає соціальні послуги громадянам похилого віку, особам з інвалідністю, "
  "хворим та внутрішньо переміщеним особам у 14 населених пунктах громади. У 2023 році "
  "територіальним центром обслуговано 402 особи, з них 117 – внутрішньо переміщені особи.")
P("Таблиця 1. Обслуговування за відділеннями", align="ql", indent=False)
W = [5200, 2000, 2200]
ROW(["Відділення", "Обслуговано осіб", "Надано послуг"], W, bold=True)
ROW(["Відділення соціальної допомоги вдома", "136", "18 944"], W)
ROW(["Відділення денного перебування", "58", "3 210"], W)
ROW(["Відділення організації надання адресної натуральної допомоги", "208", "624"], W)
ROW(["Всього", "402", "22 778"], W, bold=True)
P("")
P("Протягом року взято на обслуговування 71 особу, знято з обслуговування 49 осіб (у зв'язку зі смертю, "
  "зміною місця проживання, влаштуванням до стаціонарних закладів). Відділенням натуральної допомоги видано "
  "1 056 наборів продуктів і засобів гігієни на загальну суму 412,5 тис. грн.")
P("Штатна чисельність територіального центру – 34,5 штатної одиниці, працює 32 особи, з них 21 соціальний "
  "робітник. Середнє навантаження на соціального робітника – 6,5 підопічного.")
P("У листопаді 2023 року проведено анкетування: в опитуванні взяли участь 85 отримувачів, 79 з них (92,9 %) "
  "задоволені якістю обслуговування. За рік надійшло 2 скарги, обидві розглянуто у встановлений строк.")
out.append(r"\page")
P("Додаток 2", align="qr", indent=False, fs=20)
P("Виконання кошторису за 2023 рік (загальний фонд), тис. грн", align="qc", bold=True, indent=False)
W2 = [900, 3700, 1700, 1700, 1400]
ROW(["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"], W2, bold=True)
BUD = [("2111", "Заробітна плата", "7 412,0", "7 398,6", "13,4"),
       ("2120", "Нарахування на оплату праці", "1 630,6", "1 627,7", "2,9"),
       ("2273", "Оплата електроенергії", "96,0", "88,3", "7,7"),
       ("2274", "Оплата природного газу", "154,2", "141,8", "12,4")]
for r in BUD:
    ROW(list(r), W2)
ROW(["", "Разом", "9 292,8", "9 256,4", "36,4"], W2, bold=True)
P("")
P("Головний бухгалтер  ____________", align="ql", indent=False)
P("Документ сформовано в системі електронного документообігу 19.01.2024 10:12", align="ql", fs=16, cf=3,
  indent=False)
out.append("}")
with open(report_path(DOC), "w", encoding="ascii", newline="\r\n") as fh:
    fh.write("\n".join(out))

g = Gold(DOC, {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                         "Мигіївської сільської ради",
               "centre_type": "tcso", "settlement": "Мигія", "oblast": "Миколаївська", "report_kind": "annual_report",
               "period_start": "2023-01-01", "period_end": "2023-12-31"})
f_let = g.f("served", "persons", 420, "Протягом року територіальним центром обслуговано 420 осіб",
            label="супровідний лист", note="the cover letter's figure; the information itself says 402")
f_let2 = g.f("services_provided", "services", 22778, "надано 22 778 соціальних послуг", label="супровідний лист")
f_sv = g.f("served", "persons", 402, "територіальним центром обслуговано 402 особи")
f_idp = g.f("served", "persons", 117, "з них 117 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
            parent=f_sv)
TOT = "Всього\t402\t22 778"
t_r = g.f("served", "persons", 402, TOT, label="Таблиця 1, Всього")
t_s = g.f("services_provided", "services", 22778, TOT, label="Таблиця 1, Всього")
R, S = [], []
for name, n, k in (("Відділення соціальної допомоги вдома", 136, "18 944"), ("Відділення денного перебування", 58, "3 210"),
                   ("Відділення організації надання адресної натуральної допомоги", 208, "624")):
    q = f"{name}\t{n}\t{k}"
    R.append(g.f("served", "persons", n, q, district=name.lower(), group="t1_served", parent=t_r))
    S.append(g.f("services_provided", "services", int(k.replace(" ", "")), q, district=name.lower(),
                 group="t1_services", parent=t_s))
f_new = g.f("served", "persons", 71, "взято на обслуговування 71 особу", alt=["registered_new", "support_started"])
f_der = g.f("deregistered", "persons", 49, "знято з обслуговування 49 осіб")
f_aid = g.f("aid_value", "uah", 412500, "на загальну суму 412,5 тис. грн", service="natural_aid")
f_pos = g.f("staff_positions", "positions", 34.5, "Штатна чисельність територіального центру – 34,5 штатної одиниці")
f_act = g.f("staff_actual", "staff", 32, "працює 32 особи")
f_sw = g.f("staff_actual", "staff", 21, "з них 21 соціальний робітник", label="соціальні робітники", parent=f_act)
f_sr = g.f("survey_respondents", "recipients", 85, "в опитуванні взяли участь 85 отримувачів", unit_alt="persons")
f_sat = g.f("survey_respondents", "recipients", 79, "79 з них (92,9 %)", percent=92.9, unit_alt="persons",
            label="задоволені якістю обслуговування", parent=f_sr)
f_cp = g.f("complaints", "complaints", 2, "За рік надійшло 2 скарги")
TOTB = "Разом\t9 292,8\t9 256,4\t36,4"
b_a = g.f("budget_approved", "uah", 9292800, TOTB, label="Додаток 2, Разом, загальний фонд")
b_s = g.f("budget_spent", "uah", 9256400, TOTB, label="Додаток 2, Разом, загальний фонд")
b_e = g.f("budget_savings", "uah", 36400, TOTB, label="Додаток 2, Разом, загальний фонд")
A, SP, E = [], [], []
for code, name, a, s_, e in BUD:
    q = f"{code}\t{name}\t{a}\t{s_}\t{e}"
    def hr(x):
        return int(round(float(x.replace(" ", "").replace(",", ".")) * 1000))
    A.append(g.f("budget_approved", "uah", hr(a), q, kekv=code, group="b_approved", parent=b_a))
    SP.append(g.f("budget_spent", "uah", hr(s_), q, kekv=code, group="b_spent", parent=b_s))
    E.append(g.f("budget_savings", "uah", hr(e), q, kekv=code, group="b_savings", parent=b_e))

g.slip("internal_conflict", "warning", "Протягом року територіальним центром обслуговано 420 осіб", 420, 402,
       [f_let, f_sv, t_r], "the cover letter says 420 persons served in 2023; the information and its Table 1 say 402 "
       "(digits swapped). Same indicator, unit and period", f"{f_let} == {f_sv}")
g.check("table_arithmetic", TOT, "136 + 58 + 208 = 402; 18 944 + 3 210 + 624 = 22 778",
        " + ".join(R) + f" == {t_r} and " + " + ".join(S) + f" == {t_s}")
g.check("internal_conflict", "надано 22 778 соціальних послуг", "the letter's 22 778 services equal the table; the "
        "prose 402 equals the table", f"{f_let2} == {t_s} and {f_sv} == {t_r}")
g.check("table_arithmetic", TOTB, "columns: 7 412,0 + 1 630,6 + 96,0 + 154,2 = 9 292,8; 7 398,6 + 1 627,7 + 88,3 + "
        "141,8 = 9 256,4; 13,4 + 2,9 + 7,7 + 12,4 = 36,4",
        " + ".join(A) + f" == {b_a} and " + " + ".join(SP) + f" == {b_s} and " + " + ".join(E) + f" == {b_e}")
g.check("table_arithmetic", TOTB, "економія = затверджено − видатки in every row and in Разом",
        " and ".join(f"{a} - {s_} == {e}" for a, s_, e in zip(A + [b_a], SP + [b_s], E + [b_e])))
g.check("percent_mismatch", "79 з них (92,9 %)", "79/85 = 92,94 → 92,9", f"pct_ok(p{f_sat[1:]}, {f_sat}, {f_sr}, 1)")
g.check("parts_sum", "з них 117 – внутрішньо переміщені особи", "117 ≤ 402; 21 ≤ 32 ≤ 34,5",
        f"{f_idp} <= {f_sv} and {f_sw} <= {f_act} <= {f_pos}")

g.skip("Вх. № 01-14/2317 від 19.01.2024", [1, 14, 2317, 19, 1, 2024], "incoming registration number and date")
g.skip("Контроль: до 02.02.2024", [2, 2, 2024], "control date")
g.skip("55223, Миколаївська обл., с. Мигія, вул. Соборна, 63, тел. (05161) 0-33-09", [55223, 63, 5161, 3309],
       "postcode, address, phone")
g.skip("код ЄДРПОУ 40216358", [40216358], "ЄДРПОУ")
g.skip("15.01.2024 № 47", [15, 1, 2024, 47], "outgoing date and number")
g.skip("від 04.12.2023 № 05-31/4418", [4, 12, 2023, 5, 31, 4418], "date and number of the request")
g.skip("за 2023 рік", [2023], "year")
g.skip("Додаток: на 2 арк. в 1 прим.", [2, 1], "attachment sheets and copies")
g.skip("у 14 населених пунктах громади", [14], "settlements")
g.skip("Таблиця 1. Обслуговування за відділеннями", [1], "table number")
g.skip("видано 1 056 наборів продуктів", [1056], "items")
g.skip("Середнє навантаження на соціального робітника – 6,5 підопічного.", [6.5], "ratio")
g.skip("У листопаді 2023 року", [2023], "survey month")
g.skip("Додаток 2", [2], "attachment number")
g.skip("2111\tЗаробітна плата", [2111, 2120, 2273, 2274], "KEKV codes (kept as kekv)")
g.skip("Документ сформовано в системі електронного документообігу 19.01.2024 10:12", [19, 1, 2024, 10, 12],
       "export timestamp")
g.note("Hand-written RTF: header block and cover letter Cyrillic as \\uNNNN?, the rest as \\'xx in windows-1251; tables "
       "as \\trowd … \\cell … \\row; two \\page breaks (letter / information / budget annex).")
g.note("The cover letter's «420 осіб» and the information's «402 особи» (prose and Table 1 Всього) are three facts; the "
       "letter row carries the label «супровідний лист». One slip: internal_conflict (severity warning: a reader could "
       "suspect a typo, but the values differ).")
g.note("Table 1 rows are departments (district), not services. Budget annex in тис. грн stored in hryvnias, each cell a "
       "fact with its KEKV; rows hang on Разом of the same column.")
g.note("«79 з них (92,9 %)» → survey_respondents with label and percent.")
g.write()
