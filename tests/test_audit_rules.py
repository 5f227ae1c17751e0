"""Each audit rule on small reports of our own: the inconsistent version is found, the
consistent one is not (facts built by hand, offsets located in the text)."""

from __future__ import annotations

import dataclasses

import pytest

from zvitparse.audit import AUDIT_RULES, audit_report, audit_reports
from zvitparse.model import Document, Fact, Report


def report(text: str, specs: list[tuple], meta: dict | None = None, doc_id: str = "t") -> Report:
    """specs: (id, indicator, value, unit, anchor, extra); anchor is found after the previous one."""
    facts, pos = [], 0
    for fid, indicator, value, unit, anchor, extra in specs:
        i = text.find(anchor, pos)
        if i < 0:
            i = text.find(anchor)
        assert i >= 0, anchor
        pos = i
        facts.append(Fact(fact_id=fid, indicator=indicator, value=value, unit=unit, start=i, end=i + len(anchor),
                          quote=anchor, extractor="test", **extra))
    doc = Document(source=f"{doc_id}.txt", doc_id=doc_id, format="txt", encoding="utf-8", text=text)
    return Report(doc_id=doc_id, source=doc.source, meta=meta or {}, facts=facts, document=doc)


def rules_of(r: Report, severities=("error", "warning")) -> list[str]:
    return [f.rule for f in audit_report(r)[0] if f.severity in severities]


SURVEY = "В опитуванні взяли участь 50 отримувачів. Жінки – 44 особи ({a}%), чоловіки – 6 осіб ({b}%)."


def survey(a: str, b: str) -> Report:
    text = SURVEY.format(a=a, b=b)
    return report(text, [
        ("f1", "survey_respondents", 50, "recipients", "50 отримувачів", {}),
        ("f2", "survey_respondents", 44, "persons", f"44 особи ({a}%)", {"parent_id": "f1", "percent": float(a.replace(",", "."))}),
        ("f3", "survey_respondents", 6, "persons", f"6 осіб ({b}%)", {"parent_id": "f1", "percent": float(b.replace(",", "."))}),
    ])


@pytest.mark.parametrize("a, b, expected", [
    ("88", "12", []),
    ("88,0", "12,0", []),
    ("86,4", "13,6", ["percent_impossible", "percent_mismatch", "percent_impossible", "percent_mismatch"]),
    ("80", "12", ["percent_mismatch", "percents_sum"]),
])
def test_percent_rules_on_a_survey(a: str, b: str, expected: list[str]) -> None:
    assert sorted(rules_of(survey(a, b))) == sorted(expected)


@pytest.mark.parametrize("p, rules", [("92,2", []), ("95", ["percent_mismatch"])])
def test_a_satisfaction_share_is_checked_against_the_count_it_opens_on(p: str, rules: list[str]) -> None:
    # «59 з них (95 %) задоволені»: the share keeps the 59's span and the respondents as parent
    text = f"В анкетуванні взяли участь 64 отримувачі, 59 з них ({p} %) задоволені якістю послуг."
    r = report(text, [
        ("f1", "survey_respondents", 64, "recipients", "64 отримувачі", {}),
        ("f2", "satisfaction", float(p.replace(",", ".")), "percent", f"59 з них ({p} %)", {"parent_id": "f1"}),
    ])
    assert rules_of(r) == rules


def test_nearest_consistent_value_is_given() -> None:
    findings, _ = audit_report(survey("86,4", "13,6"))
    mism = [f for f in findings if f.rule == "percent_mismatch"]
    assert mism[0].expected == 88 and mism[0].reported == 86.4
    assert "44 з 50 = 88" in mism[0].message
    imp = [f for f in findings if f.rule == "percent_impossible"]
    assert "86,0" in imp[0].message and "88,0" in imp[0].message


def test_english_messages() -> None:
    findings, _ = audit_report(survey("86,4", "13,6"), lang="en")
    assert all(f.message.isascii() or "of" in f.message for f in findings)
    assert any("44 of 50" in f.message for f in findings)


WHOLE_IN_SENTENCE = "Протягом року звернулися 120 сімей, з яких 30 сімей ({p} %) – внутрішньо переміщені особи."


@pytest.mark.parametrize("p, rules", [("25", []), ("30", ["percent_mismatch"])])
def test_whole_from_the_same_sentence_without_a_link(p: str, rules: list[str]) -> None:
    text = WHOLE_IN_SENTENCE.format(p=p)
    r = report(text, [("f1", "applied", 120, "families", "120 сімей", {}),
                      ("f2", "applied", 30, "families", f"30 сімей ({p} %)", {"percent": float(p)})])
    assert rules_of(r) == rules


def test_no_whole_means_not_testable() -> None:
    text = "Послуги психолога отримали 7 сімей (59 %)."
    r = report(text, [("f1", "served", 7, "families", "7 сімей (59 %)", {"percent": 59.0})])
    findings, cov = audit_report(r)
    assert findings == [] and cov["percents_without_whole"] == 1 and cov["not_testable"] >= 1


def test_named_whole() -> None:
    text = ("Послугу надано 316 сім'ям (95 % від загальної кількості сімей, в яких здійснено оцінку "
            "потреб (342)).")
    r = report(text, [("f1", "served", 316, "families", "316 сім'ям (95 %", {"percent": 95.0})])
    findings, _ = audit_report(r)
    assert [f.rule for f in findings] == ["percent_mismatch"] and findings[0].expected == 92


BREAKDOWN = ("Знято з обліку за рік {t} сімей, з них: в 9 сім'ях складні обставини подолано, "
             "у 2 сім'ях батьки позбавлені батьківських прав.")


@pytest.mark.parametrize("total, rules, severity", [(11, [], None), (12, ["parts_sum"], "warning"),
                                                     (10, ["parts_sum"], "error")])
def test_parts_sum(total: int, rules: list[str], severity: str | None) -> None:
    text = BREAKDOWN.format(t=total)
    r = report(text, [("f1", "deregistered", total, "families", f"{total} сімей", {}),
                      ("f2", "outcome_positive", 9, "families", "9 сім'ях", {"parent_id": "f1", "group_id": "g"}),
                      ("f3", "outcome_other", 2, "families", "2 сім'ях", {"parent_id": "f1", "group_id": "g"})])
    findings = [f for f in audit_report(r)[0] if f.severity != "info"]
    assert [f.rule for f in findings] == rules
    if severity:
        assert findings[0].severity == severity and findings[0].expected == 11


def test_a_partial_z_nykh_list_falling_short_is_not_a_finding() -> None:
    text = BREAKDOWN.format(t=20)
    r = report(text, [("f1", "deregistered", 20, "families", "20 сімей", {}),
                      ("f2", "outcome_positive", 9, "families", "9 сім'ях", {"parent_id": "f1"}),
                      ("f3", "outcome_other", 2, "families", "2 сім'ях", {"parent_id": "f1"})])
    assert rules_of(r) == []


def test_percent_of_a_clause_belongs_to_its_families_count() -> None:
    text = "Завершено супровід 18 сімей. З позитивним результатом - 9 сімей, в них 11 дітей (50 %)."
    r = report(text, [("f1", "support_completed", 18, "families", "18 сімей", {}),
                      ("f2", "outcome_positive", 9, "families", "9 сімей", {"parent_id": "f1"}),
                      ("f3", "outcome_positive", 11, "children", "11 дітей (50 %)", {"parent_id": "f2", "percent": 50.0})])
    assert rules_of(r) == []


def test_a_subset_larger_than_its_whole() -> None:
    text = "В центр звернулися 367 сімей, з них 398 сімей перебували в СЖО."
    r = report(text, [("f1", "applied", 367, "families", "367 сімей", {}),
                      ("f2", "in_difficult_circumstances", 398, "families", "398 сімей", {"parent_id": "f1"})])
    assert rules_of(r) == ["parts_sum"]


def test_approximate_total_is_not_checked() -> None:
    text = "Розповсюджено понад 100 одиниць, а саме: плакати – 40, буклети – 30."
    r = report(text, [("f1", "events", 100, "events", "100 одиниць", {}),
                      ("f2", "events", 40, "events", "40", {"parent_id": "f1"}),
                      ("f3", "events", 30, "events", "30", {"parent_id": "f1"})])
    assert rules_of(r) == []


@pytest.mark.parametrize("shares, rules", [(("83", "17"), []), (("83", "27"), ["percents_sum"]),
                                           (("98", "75"), [])])
def test_standalone_shares_of_one_sentence(shares: tuple[str, str], rules: list[str]) -> None:
    a, b = shares
    text = f"За складністю {a}% випадків були середньої складності, {b}% складних."
    r = report(text, [("f1", "share", int(a), "percent", f"{a}%", {}),
                      ("f2", "share", int(b), "percent", f"{b}%", {})])
    assert rules_of(r) == rules


def _budget(savings: str, spent_total: str = "130,0") -> Report:
    text = ("КЕКВ\tЗатверджено\tВидатки\tЕкономія\n2110\tОплата праці\t100,0\t90,0\t10,0\n"
            f"2210\tПредмети\t50,0\t40,0\t{savings}\nВсього\t150,0\t{spent_total}\t20,0\n")
    rows = [("2110", "Оплата праці", 100000, 90000, 10000, "2110\tОплата праці\t100,0\t90,0\t10,0"),
            ("2210", "Предмети", 50000, 40000, int(float(savings.replace(",", ".")) * 1000),
             f"2210\tПредмети\t50,0\t40,0\t{savings}"),
            (None, "Всього", 150000, int(float(spent_total.replace(",", ".")) * 1000), 20000,
             f"Всього\t150,0\t{spent_total}\t20,0")]
    specs = []
    for i, (kekv, label, a, b, c, row) in enumerate(rows):
        for j, (ind, v) in enumerate((("budget_approved", a), ("budget_spent", b), ("budget_savings", c))):
            extra = {"kekv": kekv, "label": label}
            if kekv:
                extra["group_id"] = ind
            specs.append((f"f{i * 3 + j + 1}", ind, v, "uah", row, extra))
    return report(text, specs)


@pytest.mark.parametrize("savings, rules", [("10,0", []), ("11,0", ["table_arithmetic", "table_arithmetic"])])
def test_table_arithmetic(savings: str, rules: list[str]) -> None:
    assert rules_of(_budget(savings)) == rules


def test_a_wrong_total_is_one_slip_not_also_its_row_s_difference() -> None:
    # the spent total 139,0 sums no column (90 + 40 = 130); its row's savings 20,0 sum theirs
    assert rules_of(_budget("10,0", spent_total="139,0")) == ["table_arithmetic"]


BANDS = "Шкала: від 80% до 100% «Добре», від 51% до 79% «Задовільно», від 0% до 50% «Незадовільно».\n\n"


@pytest.mark.parametrize("p, rating, rules", [("92", "good", []), ("65", "good", ["rating_band"]),
                                               ("65", "satisfactory", [])])
def test_rating_band(p: str, rating: str, rules: list[str]) -> None:
    text = BANDS + f"Рівень задоволеності отримувачів – {p} %, оцінка «{'добре' if rating == 'good' else 'задовільно'}»."
    anchor = "оцінка «"
    r = report(text, [("f1", "rating", rating, "rating", anchor, {"criterion": "overall"})])
    assert rules_of(r) == rules


@pytest.mark.parametrize("year, rules", [("2021", []), ("2019", ["stale_period"])])
def test_stale_period(year: str, rules: list[str]) -> None:
    text = (f"Для покращення роботи заплановано ряд заходів:\n • навчання фахівців протягом {year} року;\n"
            " • супервізії.\nДиректор\n")
    r = report(text, [], meta={"period_start": "2020-01-01", "period_end": "2020-12-31"})
    assert rules_of(r) == rules


def test_internal_conflict() -> None:
    text = ("Надано соціальний супровід 18 сім'ям (57 дітей).\n\n"
            "Послугою соціального супроводу охоплено 18 сімей, в них 33 дитини.")
    common = {"service": "social_support_sjo"}
    r = report(text, [("f1", "served", 18, "families", "18 сім'ям", common),
                      ("f2", "served", 57, "children", "57 дітей", {**common, "parent_id": "f1"}),
                      ("f3", "served", 18, "families", "18 сімей", common),
                      ("f4", "served", 33, "children", "33 дитини", {**common, "parent_id": "f3"})])
    assert rules_of(r) == ["internal_conflict"]


def test_cross_document() -> None:
    meta = {"centre": "Канівський міський центр соціальних служб", "period_start": "2020-01-01",
            "period_end": "2020-12-31"}
    a = report("Звернулися 367 сімей.", [("f1", "applied", 367, "families", "367 сімей", {})], meta, "a")
    b = report("Звернулися 376 сімей.", [("f1", "applied", 376, "families", "376 сімей", {})], meta, "b")
    c = report("Звернулися 367 сімей.", [("f1", "applied", 367, "families", "367 сімей", {})], meta, "c")
    assert [f.rule for f in audit_reports([a, b])] == ["cross_document"]
    assert audit_reports([a, c]) == []


def test_every_spec_rule_is_registered() -> None:
    spec = {"percent_mismatch", "percent_impossible", "percents_sum", "parts_sum", "table_arithmetic",
            "percent_range", "rating_band", "stale_period", "internal_conflict"}
    assert spec <= set(AUDIT_RULES)


def test_percent_range() -> None:
    text = "Частка задоволених отримувачів – 120 %."
    r = report(text, [("f1", "satisfaction", 120, "percent", "120 %", {})])
    assert rules_of(r) == ["percent_range"]


def test_a_sum_spent_past_its_plan_is_no_percent_out_of_range() -> None:
    text = "Касові видатки 224,9 тис. грн (105,9 % затвердженого)."
    r = report(text, [("f1", "budget_spent", 224900, "uah", "224,9 тис. грн", {"percent": 105.9})])
    assert rules_of(r) == []


def test_a_report_without_text_is_audited_from_quotes() -> None:
    r = survey("86,4", "13,6")
    r.document = None
    assert "percent_mismatch" in rules_of(r)


@pytest.mark.parametrize("total, rules", [(11, []), (12, ["parts_sum"]), (10, ["parts_sum"])])
def test_unlinked_parts_after_a_colon(total: int, rules: list[str]) -> None:
    text = f"Знято з обліку за рік {total} сімей: в 9 сім'ях обставини подолано, у 2 сім'ях батьків позбавлено прав."
    r = report(text, [("f1", "deregistered", total, "families", f"{total} сімей", {}),
                      ("f2", "outcome_positive", 9, "families", "9 сім'ях", {}),
                      ("f3", "outcome_other", 2, "families", "2 сім'ях", {})])
    assert rules_of(r) == rules


@pytest.mark.parametrize("staff, rules", [(19, []), (18, ["percent_mismatch"])])
def test_staff_share_written_after_the_positions(staff: int, rules: list[str]) -> None:
    text = f"У Центрі працює {staff} осіб при штатній чисельності 21 посада, що становить 90,5 %."
    r = report(text, [("f1", "staff_actual", staff, "staff", f"{staff} осіб", {}),
                      ("f2", "staff_positions", 21, "positions", "21 посада", {"percent": 90.5})])
    assert rules_of(r) == rules


def test_one_list_is_rounded_one_way() -> None:
    # 316/347 = 91,07 % is 92 only rounded up, 7/347 = 2,02 % is 2 only rounded down
    text = ("Послугу консультування надано 347 сім'ям. З них разове – 316 сім'ям (92 %), короткотривале – "
            "6 сім'ям (2 %), середньотривале – 13 сім'ям (4 %), довготривале – 7 сім'ям (2 %).")
    specs = [("f1", "served", 347, "families", "347 сім'ям", {})]
    for i, (k, p) in enumerate(((316, 92), (6, 2), (13, 4), (7, 2)), 2):
        specs.append((f"f{i}", "served", k, "families", f"{k} сім'ям ({p} %)", {"parent_id": "f1", "percent": float(p)}))
    assert "percent_mismatch" in rules_of(report(text, specs))


@pytest.mark.parametrize("a, pa, rules", [
    (87, "88,8", []),
    # N = 89 + 11 = 100: neither 88,8 nor 11,2 % is a whole share of 100 (GRIM) and both miss 89 and 11 %
    (89, "88,8", ["percent_impossible", "percent_impossible", "percent_mismatch", "percent_mismatch"]),
])
def test_a_list_whose_shares_make_100_is_its_own_whole(a: int, pa: str, rules: list[str]) -> None:
    text = f"Виявлено жінок, з них {a} жінок ({pa} %) залишили дитину в сім'ї, 11 жінок (11,2 %) – ні."
    r = report(text, [("f1", "outcome_positive", a, "persons", f"{a} жінок ({pa} %)", {"percent": float(pa.replace(",", "."))}),
                      ("f2", "outcome_other", 11, "persons", "11 жінок (11,2 %)", {"percent": 11.2})])
    assert sorted(rules_of(r)) == rules


@pytest.mark.parametrize("n, unit, lang, text", [(1, "persons", "uk", "1 особу"), (3, "persons", "uk", "3 особи"),
                                                  (5, "persons", "uk", "5 осіб"), (11, "families", "uk", "11 сімей"),
                                                  (22, "families", "uk", "22 сім'ї"), (1, "persons", "en", "1 person")])
def test_unit_phrase(n: int, unit: str, lang: str, text: str) -> None:
    from zvitparse.audit.messages import unit_phrase

    assert unit_phrase(n, unit, lang) == text


@pytest.mark.parametrize("category, severity", [(True, "info"), (False, "error")])
def test_overlapping_categories_are_only_a_note(category: bool, severity: str) -> None:
    text = "Під супроводом перебувало 20 сімей, з них: сімей ВПО – 12, багатодітних сімей – 10."
    extra = [{"category": "внутрішньо переміщені особи"}, {"category": "багатодітні сім'ї"}] if category else [{}, {}]
    r = report(text, [("f1", "served", 20, "families", "20 сімей", {}),
                      ("f2", "served", 12, "families", "12", {"parent_id": "f1", "group_id": "g", **extra[0]}),
                      ("f3", "served", 10, "families", "10", {"parent_id": "f1", "group_id": "g", **extra[1]})])
    findings, _ = audit_report(r)
    assert [(f.rule, f.severity) for f in findings] == [("parts_sum", severity)]


def test_a_time_of_day_is_no_list_colon() -> None:
    text = "У центрі 4 консультанти, прийом з 8:00 до 17:00 ведуть 3 фахівці і 2 психологи."
    r = report(text, [("f1", "staff_actual", 4, "staff", "4 консультанти", {}),
                      ("f2", "staff_actual", 3, "staff", "3 фахівці", {}),
                      ("f3", "staff_actual", 2, "staff", "2 психологи", {})])
    assert rules_of(r) == []


ODD = [
    ("f1", "served", 0, "families", "0 сімей", {"percent": 0.0}),
    ("f2", "served", 5, "families", "5 сімей", {"percent": 250.0, "parent_id": "f1"}),
    ("f3", "served", -3, "persons", "-3 особи", {"parent_id": "f2", "group_id": "g"}),
    ("f4", "served", 7.5, "persons", "7,5 осіб", {"parent_id": "f2", "group_id": "g", "percent": float("nan")}),
    ("f5", "share", "багато", "percent", "багато", {}),
    ("f6", "budget_spent", 1e12, "uah", "1 трлн грн", {"group_id": "m", "label": "Всього"}),
    ("f7", "served", 10**9, "families", "1000000000 сімей", {"parent_id": "f7"}),
    ("f8", "rating", "good", "rating", "добре", {"parent_id": "missing"}),
]


def test_odd_facts_never_raise() -> None:
    text = "0 сімей; 5 сімей; -3 особи; 7,5 осіб; багато; 1 трлн грн; 1000000000 сімей; добре."
    r = report(text, ODD)
    findings, cov = audit_report(r)
    assert isinstance(findings, list) and cov["figures_found"] >= 1
    r.document = None
    audit_report(r)


@pytest.mark.parametrize("p, rules", [("88,8", []), ("86,8", ["percent_mismatch"])])  # 85/98 = 86,73 ↑ 86,8: possible
def test_whole_read_from_the_text_before_z_nykh(p: str, rules: list[str]) -> None:
    # no fact for the 98: the number right before «з них» in the sentence is the whole
    text = f"Протягом 2023 року виявлено 98 жінок, які мали намір відмовитися від дитини, з них 87 жінок ({p} %) залишили дитину."
    r = report(text, [("f1", "outcome_positive", 87, "persons", f"87 жінок ({p} %)", {"percent": float(p.replace(",", "."))})])
    assert sorted(rules_of(r)) == rules


def test_rating_band_of_a_score_in_its_own_column():
    """«| Результативність | 82 | добре |» under bands «90–100 % – «добре»; 70–89 % – «задовільно»»."""
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    text = ("Межі рівнів: 90–100 % – «добре»; 70–89 % – «задовільно».\n\n"
            "| Критерій | Значення, % | Оцінка |\n| Результативність | 82 | добре |\n"
            "| Своєчасність | 94 | добре |\n")
    report = parse_document(read_bytes(text.encode(), "t.txt"))
    bands = [f for f in report.findings if f.rule == "rating_band"]
    assert len(bands) == 1 and "82" in bands[0].message


def test_people_counted_per_service_may_add_up_to_more_than_the_whole() -> None:
    text = "Послуги надано 100 особам, зокрема: інформування – 80 особам, консультування – 60 особам."
    r = report(text, [
        ("f1", "served", 100, "persons", "100 особам", {}),
        ("f2", "served", 80, "persons", "80 особам", {"parent_id": "f1", "service": "informing"}),
        ("f3", "served", 60, "persons", "60 особам", {"parent_id": "f1", "service": "counselling"}),
    ])
    assert rules_of(r) == []  # one person gets several services: no error, at most a note


@pytest.mark.parametrize(
    ("text", "fires"),
    [  # thousands grouped by a space are one number: the list was read whole, and it falls short
        ("Загалом надано 3 482 соціальні послуги, а саме: інформування –\n1 406, консультування – 1 297, "
         "соціальна профілактика – 318, натуральна допомога – 431.", True),
        # an item line after the parts that was not read as a part: the list was not read whole
        ("До Управління надійшло 14 862 звернення громадян, з них:\n\nписьмових заяв – 9 415;\n"
         "усних звернень на особистому прийомі – 4 318;\nзвернень через «Гарячу лінію» Управління – 1 129.", False),
    ],
)
def test_a_list_read_whole_falls_short_or_is_left_alone(text: str, fires: bool) -> None:
    from zvitparse import api
    from zvitparse.read import read_bytes

    found = [x for x in api.parse_document(read_bytes(text.encode(), "t.txt")).findings if x.rule == "parts_sum"]
    assert bool(found) is fires, [x.message for x in found]


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # «у тому числі:» right after the total opens the whole list, as «а саме:» does
        ("Надано 420 послуг, у тому числі: інформування – 200, консультування – 110, профілактика – 100.",
         ["parts_sum"]),
        # without the colon it may name only some parts
        ("Надано 420 послуг, у тому числі інформування – 200, консультування – 110, профілактика – 100.", []),
        # a sum of money between the count and the cue: the list may be of that sum
        ("Допомогу отримують 420 сімей, виплачено 16,4 млн грн, у тому числі: при народженні – 200, "
         "одиноким матерям – 110, опіка – 100.", []),
    ],
)
def test_a_colon_list_after_u_tomu_chysli_is_whole(text, rules) -> None:
    unit = "services" if "послуг" in text else "families"
    ind = "services_provided" if unit == "services" else "served"
    group = {"parent_id": "f1", "group_id": "g1"}
    r = report(text, [("f1", ind, 420, unit, "420", {}),
                      ("f2", ind, 200, unit, "200", group),
                      ("f3", ind, 110, unit, "110", group),
                      ("f4", ind, 100, unit, "100", group)])
    assert rules_of(r) == rules


@pytest.mark.parametrize(
    ("first", "second", "rules"),
    [("1 126", "1 162", ["internal_conflict"]), ("421", "412", ["internal_conflict"]),
     ("1 126", "1 384", []), ("64", "58", [])],
)
def test_the_same_figure_with_two_digits_swapped(first, second, rules) -> None:
    """Two different figures of one kind are common; two that differ by a swap of neighbouring
    digits are one figure mistyped."""
    text = f"Центр надав послуги {first} сім'ям/особам. … Послуги отримали {second} сім'ї/особи."
    r = report(text, [("f1", "served", int(first.replace(" ", "")), "families_persons", first, {}),
                      ("f2", "served", int(second.replace(" ", "")), "families_persons", second, {})])
    assert rules_of(r) == rules


@pytest.mark.parametrize(("label", "rules"), [("Разом", ["internal_conflict"]), ("Усього:", ["internal_conflict"]),
                                             ("Разом, з них ВПО", []), ("Консультування", [])])
def test_a_total_row_with_two_digits_swapped_from_the_prose(label, rules) -> None:
    text = f"Надано 20 641 соціальну послугу. … {label}\t20614"
    r = report(text, [("f1", "services_provided", 20641, "services", "20 641", {}),
                      ("f2", "services_provided", 20614, "services", "20614", {"label": label, "group_id": "g1"})])
    assert rules_of(r) == rules


def test_total_rows_of_two_tables_are_two_figures() -> None:
    """«Разом» of a table by type and «Разом» of a table by reason, under the same age columns,
    total different things: no conflict, though their labels are alike."""
    from zvitparse.model import Block, Cell

    rows_a = [["Категорія", "0–6 років"], ["Разом", "8"]]
    rows_b = [["Причина", "0–6 років"], ["Разом", "11"]]
    text, blocks, facts = "", [], []
    for k, rows in enumerate((rows_a, rows_b)):
        text += "\n\n" if text else ""
        start, grid = len(text), []
        for r, row in enumerate(rows):
            text += "\n" if r else ""
            cells = []
            for c, t in enumerate(row):
                text += "\t" if c else ""
                cells.append(Cell(t, r, c, len(text), len(text) + len(t)))
                text += t
            grid.append(tuple(cells))
        blocks.append(Block("table", start, len(text), rows=tuple(grid)))
        cell = grid[1][1]
        facts.append(Fact(fact_id=f"f{k + 1}", indicator="registered", value=int(cell.text), unit="children",
                          start=cell.start, end=cell.end, quote=cell.text, extractor="test", label="Разом, 0–6 років"))
    doc = Document(source="t.docx", doc_id="t", format="docx", encoding=None, text=text, blocks=blocks)
    r = Report(doc_id="t", source="t.docx", meta={}, facts=facts, document=doc)
    assert rules_of(r) == []


def test_group_totals_of_one_table_are_no_conflict() -> None:
    """«Разом за групою» under each group of a table: the same words, a figure of its own each."""
    from zvitparse.model import Block, Cell

    rows = [["Група", "Послуга", "Отримувачів"], ["Догляд", "Догляд вдома", "168"], ["", "Разом за групою", "206"],
            ["Підтримка", "Натуральна допомога", "214"], ["", "Разом за групою", "274"]]
    text, grid = "", []
    for r, row in enumerate(rows):
        text += "\n" if r else ""
        cells = []
        for c, t in enumerate(row):
            text += "\t" if c else ""
            cells.append(Cell(t, r, c, len(text), len(text) + len(t)))
            text += t
        grid.append(tuple(cells))
    facts = [Fact(fact_id=f"f{k}", indicator="served", value=int(grid[r][2].text), unit="persons",
                  start=grid[r][2].start, end=grid[r][2].end, quote=grid[r][2].text, extractor="test",
                  label="Разом за групою") for k, r in ((1, 2), (2, 4))]
    doc = Document(source="t.docx", doc_id="t", format="docx", encoding=None, text=text,
                   blocks=[Block("table", 0, len(text), rows=tuple(grid))])
    assert rules_of(Report(doc_id="t", source="t.docx", meta={}, facts=facts, document=doc)) == []


def test_a_list_under_a_whole_with_its_children_is_read_whole() -> None:
    """«61 сім'ю (138 дітей), а саме: сім'ї ВПО – 19, сім'ї, у яких батьки ухиляються …, – 23, …»:
    the children are the whole's, the labels' relative clauses no unnumbered items."""
    text = ("Охоплено 61 сім'ю (138 дітей), а саме: сім'ї ВПО – 19, сім'ї, у яких батьки ухиляються від "
            "обов'язків, – 23, сім'ї, які постраждали від насильства, – 12, сім'ї, які виховують дітей з інвалідністю, – 5.")
    part = {"parent_id": "f1", "group_id": "g1"}
    r = report(text, [("f1", "served", 61, "families", "61 сім'ю", {}),
                      ("f2", "served", 138, "children", "138 дітей", {"parent_id": "f1"}),
                      ("f3", "served", 19, "families", "19", part), ("f4", "served", 23, "families", "23", part),
                      ("f5", "served", 12, "families", "12", part), ("f6", "served", 5, "families", "5", part)])
    r.facts[1] = dataclasses.replace(r.facts[1], extractor="child_of:test")  # as the counts extractor links them
    assert "parts_sum" in rules_of(r)


def test_a_total_row_is_all_of_itself() -> None:
    text = "Усього отримувачів 184. Варіант відповіді\tКількість\t%\nтак\t104\t92,9\nРазом\t112\t100"
    r = report(text, [("f1", "served", 184, "persons", "184", {}),
                      ("f2", "survey_respondents", 112, "persons", "112\t100", {"percent": 100.0, "label": "Разом"})])
    assert rules_of(r) == []


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Охоплення оцінкою потреб склало 93,8 % (оцінено 61 сім'ю із 66, щодо яких надійшли повідомлення).",
         ["percent_mismatch"]),
        ("Охоплення оцінкою потреб склало 92,4 % (оцінено 61 сім'ю із 66).", []),
        ("Рівень задоволеності склав 96,3 % (52 з 54 опитаних).", []),
        ("Частка виявлених складає 96,4 % (274 з 287 виявлених).", ["percent_mismatch"]),
        ("Частка складає 96,4 % (з 287 виявлених).", []),  # no count: nothing to test
    ],
)
def test_a_percentage_and_the_k_of_n_in_brackets_after_it(text: str, rules: list[str]) -> None:
    written = text.split(" %")[0].rsplit(" ", 1)[-1]
    r = report(text, [("f1", "share", float(written.replace(",", ".")), "percent", f"{written} %", {})])
    assert rules_of(r) == rules


@pytest.mark.parametrize("scale", [
    "Шкала оцінювання: 80-100 % - «добре»; 60-79,9 % - «задовільно»; менше 60 % - «незадовільно».",
    "Шкала оцінювання: «добре» – від 80 до 100 %, «задовільно» – від 60 до 79,9 %, «незадовільно» – 59,9 % і менше.",
])
@pytest.mark.parametrize("p, flagged", [("67,6", True), ("81,1", False)])
def test_rating_band_of_a_scale_written_in_words_and_decimals(scale: str, p: str, flagged: bool) -> None:
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    text = (f"{scale}\n\nЧастка позитивних відповідей за критеріями:\n- адресність - 91,9 % («добре»);\n"
            f"- зручність - {p} % («добре»);\n- професійність - 89,2 % («добре»).\n")
    bands = [f for f in parse_document(read_bytes(text.encode(), "t.txt")).findings if f.rule == "rating_band"]
    assert [p in f.message for f in bands] == ([True] if flagged else [])


def test_a_percentage_that_another_rating_word_stands_by_is_not_this_rating_s() -> None:
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    text = ("Шкала: 80–100 % позитивних відповідей – «добре», 60–79 % – «задовільно», менше 60 % – «незадовільно».\n\n"
            "Якість послуги за критерієм адресності оцінено як «добре», своєчасності – «добре», доступності – "
            "«задовільно» (лише 76,6 % отримувачів знають, куди звертатися).")
    assert [f for f in parse_document(read_bytes(text.encode(), "t.txt")).findings if f.rule == "rating_band"] == []


@pytest.mark.parametrize(("p", "rules"), [("88,7", ["percent_mismatch"]), ("86,7", [])])
def test_a_percentage_and_the_k_of_n_right_before_it(p: str, rules: list[str]) -> None:
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    text = f"2.2. Своєчасність. У 26 з 30 справ ({p} %) оцінку потреб завершено в установлений строк."
    found = parse_document(read_bytes(text.encode(), "t.txt")).findings
    assert [f.rule for f in found] == rules


@pytest.mark.parametrize("lead, rules", [("з них:", []), ("а саме:", ["parts_sum"]),
                                         ("які розподіляються так:", ["parts_sum"])])
def test_categories_short_of_the_whole_are_a_slip_only_when_the_list_is_all_of_it(lead: str, rules: list[str]) -> None:
    """«з них: ВПО – 12, багатодітні – 6» may leave families out; «а саме: …» names them all."""
    text = f"Під супроводом перебувало 20 сімей, {lead} сімей ВПО – 12, багатодітних сімей – 6."
    cats = ["внутрішньо переміщені особи", "багатодітні сім'ї"]
    r = report(text, [("f1", "served", 20, "families", "20 сімей", {}),
                      ("f2", "served", 12, "families", "12", {"parent_id": "f1", "group_id": "g", "category": cats[0]}),
                      ("f3", "served", 6, "families", "6", {"parent_id": "f1", "group_id": "g", "category": cats[1]})])
    assert rules_of(r) == rules


CRITERIA = (("Адресність та індивідуальний підхід", "targeting"), ("Результативність", "effectiveness"),
            ("Своєчасність", "timeliness"), ("Доступність та відкритість", "accessibility"),
            ("Професійність", "professionalism"))


def _assessment(shares: list[str], layout: str, overall: str | None = None) -> Report:
    """An assessment of 48 respondents with one share per criterion, as a table or as prose."""
    lines = ["В анкетуванні взяли участь 48 отримувачів послуги."]
    for (name, _), p in zip(CRITERIA, shares, strict=True):
        lines.append(f"{name}\t{p}\tдобре" if layout == "table" else f"За критерієм «{name}» позитивно відповіли {p} % опитаних.")
    if overall is not None:
        lines.append(f"Загальна оцінка (середнє значення)\t{overall}\tдобре")
    text = "\n".join(lines)
    specs = [("f1", "survey_respondents", 48, "recipients", "48 отримувачів", {})]
    for i, ((_, crit), p) in enumerate(zip(CRITERIA, shares, strict=True), 2):
        specs.append((f"f{i}", "share", float(p.replace(",", ".")), "percent", p, {"criterion": crit}))
    if overall is not None:
        specs.append(("f9", "share", float(overall.replace(",", ".")), "percent", overall, {"criterion": "overall"}))
    return report(text, specs)


@pytest.mark.parametrize("layout", ["table", "prose"])
@pytest.mark.parametrize("shares, flagged", [
    # 41/48 = 85,4; 44/48 = 91,7; 46/48 = 95,8; 35/48 = 72,9; 47/48 = 97,9: all of 48 asked
    (["85,4", "91,7", "95,8", "72,9", "97,9"], []),
    # 72,5 lies between 34/48 = 70,8 and 35/48 = 72,9: no count of those asked gives it
    (["85,4", "91,7", "95,8", "72,5", "97,9"], ["72,5"]),
    (["87,3", "91,7", "95,8", "72,9", "97,9"], ["87,3"]),
])
def test_a_criterion_share_no_count_of_those_asked_gives(layout: str, shares: list[str], flagged: list[str]) -> None:
    findings, _ = audit_report(_assessment(shares, layout))
    assert [f.quote for f in findings if f.rule == "percent_impossible"] == flagged


@pytest.mark.parametrize("shares", [
    # most shares fit no count of 48: they are no counts of those asked (a mean of several questions)
    ["85,5", "91,2", "95,8", "72,5", "97,1"],
    # whole percentages fit 48 in some rounding too often to prove anything
    ["85", "91", "96", "73", "97"],
])
def test_shares_the_respondents_do_not_explain_are_not_judged_by_them(shares: list[str]) -> None:
    findings, _ = audit_report(_assessment(shares, "table"))
    assert [f.rule for f in findings if f.rule == "percent_impossible"] == []


def test_an_overall_mean_of_the_criteria_is_no_count_of_those_asked() -> None:
    findings, _ = audit_report(_assessment(["85,4", "91,7", "95,8", "72,9", "97,9"], "table", overall="88,7"))
    assert [f.rule for f in findings if f.rule == "percent_impossible"] == []


@pytest.mark.parametrize(
    ("written", "rules"),
    [("214 (двісті сорок чотири) особи", ["internal_conflict"]),
     ("214 (двісті чотирнадцять) осіб", []),
     ("двісті сорок чотири (214) особи", ["internal_conflict"]),
     ("сорок дві (42) особи", []),
     ("1 312 (одна тисяча триста дванадцять) осіб", []),
     ("1 312 (одна тисяча триста двадцять один) особа", ["internal_conflict"]),
     ("412 650,00 (чотириста дванадцять тисяч шістсот п'ятдесят) грн", []),
     ("214 (з них 12 ВПО) осіб", [])],
)
def test_a_figure_whose_words_say_another_number(written: str, rules: list[str]) -> None:
    """Digits and words are one figure: when they differ one of them is a typo."""
    r = report(f"До Центру звернулося {written}.", [])
    assert rules_of(r) == rules


@pytest.mark.parametrize(("extractor", "rules"), [("row_table", ["internal_conflict"]), ("count_table", [])])
def test_a_row_naming_its_figure_with_two_digits_swapped_from_the_prose(extractor, rules) -> None:
    # (b98_08: «Загалом за рік надано 5 096 соціальних послуг» against the table's «5 906»; a row
    # whose words name the figure qualifies nothing, a column's cell under a header may)
    from dataclasses import replace

    text = "Загалом за рік надано 5 096 соціальних послуг. … Надано соціальних послуг, од.\t1 412\t5 906"
    r = report(text, [("f1", "services_provided", 5096, "services", "5 096", {}),
                      ("f2", "services_provided", 5906, "services", "5 906", {"label": "Надано соціальних послуг, од."})])
    r.facts[1] = replace(r.facts[1], extractor=extractor)
    assert rules_of(r) == rules
