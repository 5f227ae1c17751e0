"""The SPEC §7 scorer: matching rules on hand-made pairs, and a floor on the real gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zvitparse.eval import (
    evaluate,
    evaluate_reports,
    fact_matches,
    locate,
    match_facts,
    norm_text,
    score_document,
    score_meta,
)
from zvitparse.model import Document, Fact, Finding, Report

# Micro F1 over the five seed documents must never drop below these. Raise them as extraction
# improves; never lower them. (Measured 0.996 overall, 0.994 on the table-shaped indicators.)
F1_FLOOR = 0.99
TABLE_F1_FLOOR = 0.98
TABLE_INDICATORS = ("rating", "share", "budget_approved", "budget_spent", "budget_savings",
                    "budget_received", "aid_value")

SHARED = Path(__file__).resolve().parents[2] / "shared"


def g(**kw):
    return {"indicator": "served", "unit": "families", "value": 18, "quote": "q", **kw}


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        (g(), g(), True),
        (g(value=18.0), g(), True),  # numbers compared numerically
        (g(value=83.7 * 1000, unit="uah", indicator="aid_value"),
         g(value=83700, unit="uah", indicator="aid_value"), True),
        (g(value=19), g(), False),
        (g(indicator="support_started"), g(alt=["support_started"]), True),  # alt indicator
        (g(indicator="support_started"), g(), False),
        (g(unit="children"), g(unit="persons", unit_alt="children"), True),  # unit_alt
        (g(unit="children"), g(unit="persons", unit_alt=["children"]), True),
        (g(unit="children"), g(unit="persons"), False),
        (g(), g(service="counselling"), False),  # gold sets service: required
        (g(service="counselling"), g(service="counselling"), True),
        (g(service="informing"), g(service="counselling"), False),
        (g(service="counselling"), g(), True),  # gold leaves service open: anything goes
        (g(service="counselling"), g(service=None), True),
        (g(indicator="rating", unit="rating", value="good", criterion="overall"),
         g(indicator="rating", unit="rating", value="good", criterion="overall"), True),
        (g(indicator="rating", unit="rating", value="good", criterion="targeting"),
         g(indicator="rating", unit="rating", value="good", criterion="overall"), False),
        (g(indicator="rating", unit="rating", value="good"),
         g(indicator="rating", unit="rating", value="satisfactory"), False),
        (g(kekv="2110"), g(kekv=2110), True),
        (g(kekv=None), g(kekv="2110"), False),
        (g(kekv="2210"), g(kekv=None), True),
    ],
)
def test_fact_matches(pred, gold, expected):
    assert fact_matches(pred, gold) is expected


RATING = {"indicator": "rating", "unit": "rating", "value": "good"}


@pytest.mark.parametrize(
    "preds, golds, n",
    [
        # two identical gold facts, one prediction: one match only
        ([RATING], [RATING, RATING], 1),
        # two identical predictions, one gold fact: one match, one extra
        ([RATING, RATING], [RATING], 1),
        ([RATING, RATING], [RATING, RATING], 2),
        # a greedy pass taking p0 for the open gold fact would strand the constrained one
        ([{**RATING, "criterion": "overall"}, RATING],
         [RATING, {**RATING, "criterion": "overall"}], 2),
        ([{**g(), "service": "counselling"}, g()],
         [g(), g(service="counselling")], 2),
        ([g(value=1), g(value=2)], [g(value=2), g(value=3)], 1),
        ([], [g()], 0),
        ([g()], [], 0),
    ],
)
def test_match_facts_one_to_one(preds, golds, n):
    pairs = match_facts(preds, golds)
    assert len(pairs) == n
    assert len({p for p, _ in pairs}) == n and len({q for _, q in pairs}) == n
    assert all(fact_matches(preds[p], golds[q]) for p, q in pairs)


def test_match_prefers_overlapping_evidence():
    text = "перше 5 сімей ... друге 5 сімей"
    preds = [g(value=5, start=0, end=13), g(value=5, start=18, end=30)]
    golds = [g(value=5, quote="друге 5 сімей")]
    pairs = match_facts(preds, golds, [locate(golds[0]["quote"], text)])
    assert pairs == [(1, 0)]


@pytest.mark.parametrize(
    "pred, gold, alts, ok",
    [
        ("Сумський міський центр соціальних служб для сім'ї", "Сумський міський центр соціальних служб для сім’ї", None, True),
        ("сім`ї  дітей", "Сімʼї дітей", None, True),
        ("Канів ", "канів", None, True),
        ("Канева", "Канів", None, False),
        ("2020-01-01", "2020-08-01", {"settlement": ["x"]}, False),
        ("2020-01-01", "2020-08-01", {"settlement": ["2020-01-01"]}, True),
        (None, "Канів", None, False),
    ],
)
def test_score_meta(pred, gold, alts, ok):
    alts = {"settlement": alts["settlement"]} if alts else None
    out = score_meta({"settlement": pred}, {"settlement": gold}, alts)
    assert out["settlement"][0] is ok


def test_score_meta_skips_fields_absent_from_gold():
    out = score_meta({"settlement": "Канів", "oblast": "Черкаська"}, {"settlement": "Канів"})
    assert set(out) == {"settlement"}


@pytest.mark.parametrize(
    "quote, text, found",
    [
        ("в центр звернулися 367 сімей", "Протягом року в  центр\nзвернулися 367 сімей.", "в  центр\nзвернулися 367 сімей"),
        ("визначеноіндивідуальні потреби", "визначено індивідуальні потреби", "визначено індивідуальні потреби"),
        ("сім’ї", "дві сім'ї", "сім'ї"),
        ("… 18 сімей", "охоплено 18 сімей", "18 сімей"),
        ("немає", "зовсім інше", None),
        # a row copied from a «;»-separated export is found in the table the reader made of it
        ("3;Взято на обслуговування;осіб;118;34", "№\tПоказник\n3\tВзято на обслуговування\tосіб\t118\t34\t29",
         "3\tВзято на обслуговування\tосіб\t118\t34"),
        # and a row copied from a table drawn with box characters
        ("│ │ Разом │ 773 │ 170 │", "1\tДогляд вдома\t96\t7\n\tРазом\t773\t170\t10 189", "Разом\t773\t170"),
        # a leader's dots are no ellipsis when the quote stands whole in the text
        ("Скарг (р. 420) .......... 0", "Скарг (р. 420) .......... 0\nДзвінків .......... 58",
         "Скарг (р. 420) .......... 0"),
        # a quote copied from the file before the reader repaired letters typed for digits
        ("центром обслуговано 6O5 осіб", "У 2023 році центром обслуговано 605 осіб", "центром обслуговано 605 осіб"),
    ],
)
def test_locate(quote, text, found):
    span = locate(quote, text)
    assert (text[span[0]:span[1]] if span else None) == found


def test_norm_text():
    assert norm_text("  Сім’ЇʼВ  \n`x ") == "сім'ї'в 'x"


TEXT = "Звіт. В опитуванні взяли участь 103 отримувачі. з них 5 сімей (50 %) і 7 сімей (60 %)."


def _report(facts=(), findings=(), meta=None, text=TEXT) -> Report:
    doc = Document(source="x/000_a.txt", doc_id="d", format="txt", encoding="utf-8", text=text)
    return Report(doc_id="d", source=doc.source, meta=meta or {}, facts=list(facts),
                  findings=list(findings), document=doc)


def _fact(fid, value, start, end, **kw) -> Fact:
    base = {"indicator": "survey_respondents", "unit": "recipients"}
    base.update(kw)
    return Fact(fact_id=fid, value=value, start=start, end=end, quote=TEXT[start:end], extractor="t", **base)


GOLD = {
    "doc": "000_a.txt",
    "meta": {"settlement": "Канів", "centre_type": "css"},
    "facts": [
        {"indicator": "survey_respondents", "unit": "recipients", "value": 103, "quote": "взяли участь 103"},
        {"indicator": "served", "unit": "families", "value": 5, "service": "counselling", "quote": "5 сімей"},
    ],
    "audit": [{"rule": "percents_sum", "quote": "5 сімей (50 %) і 7 сімей (60 %)"}],
    "audit_uncertain": [{"rule": "percent_mismatch", "quote": "7 сімей (60 %)"}],
}


def test_evaluate_reports_counts():
    s = TEXT.index("5 сімей")
    facts = [
        _fact("f1", 103, 6, 47),
        _fact("f2", 5, s, s + 7, indicator="served", unit="families"),  # service missing: no match
        _fact("f3", 7, s + 18, s + 25, indicator="served", unit="families"),
    ]
    a = TEXT.index("5 сімей (50")
    findings = [
        Finding("a1", "percents_sum", "error", "m", 110, 100, ("f2",), a, a + 10, "5 сімей (50"),
        Finding("a2", "percent_mismatch", "warning", "m", 60, 58, ("f3",), a + 17, a + 26, "7 сімей (60 %)"),
        Finding("a3", "parts_sum", "error", "m", 1, 2, (), 0, 4, "Звіт"),
    ]
    report = _report(facts, findings, meta={"settlement": "Канів", "centre_type": "tcso"})
    res = evaluate_reports({"000_a": GOLD}, [("corpus/renditions/000_a.pdf", report, None),
                                              ("other/999_b.txt", None, None)])
    m = res.micro
    assert (m.tp, m.fp, m.fn) == (1, 2, 1)
    assert m.precision == pytest.approx(1 / 3) and m.recall == pytest.approx(0.5)
    per = res.per_indicator()
    assert (per["served"].tp, per["served"].fp, per["served"].fn) == (0, 2, 1)
    assert res.meta_accuracy() == {"centre_type": (0, 1), "settlement": (1, 1)}
    assert res.audit_counts() == {"gold": 1, "found": 1, "false_alarms": 1, "neutral": 1}
    assert res.unpaired_inputs == ["other/999_b.txt"]
    d = res.to_dict()
    assert d["micro"]["tp"] == 1 and d["docs"][0]["missed"][0]["value"] == 5
    json.dumps(d, ensure_ascii=False, default=str)


def test_failed_document_counts_gold_as_missed():
    res = evaluate_reports({"000_a": GOLD}, [("000_a.txt", None, "read: broken")])
    assert res.micro.fn == 2 and res.docs[0].error == "read: broken"


def test_score_document_only_restricts_indicators():
    res = score_document(GOLD, [], only={"served"})
    assert res.counts.fn == 1


def test_evaluate_never_raises_on_bad_files(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "000_a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    bad = tmp_path / "000_a.pdf"
    bad.write_bytes(b"not a pdf at all")
    res = evaluate(gold_dir, [tmp_path])
    assert len(res.docs) == 1 and res.micro.fn + res.micro.tp == 2


def test_cli_eval_prints_table(tmp_path, capsys):
    from zvitparse.cli import main

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "000_a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "000_a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["eval", "--gold", str(gold_dir), "--misses", str(tmp_path / "000_a.txt")]) == 0
    out = capsys.readouterr().out
    assert "micro:" in out and "MISS" in out
    assert main(["eval", "--gold", str(gold_dir), "--json", str(tmp_path / "000_a.txt")]) == 0
    assert "micro" in json.loads(capsys.readouterr().out)


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="shared/ not beside the repo")
def test_seed_gold_floor():
    res = evaluate(SHARED / "gold", [SHARED / "seeds"])
    assert len(res.docs) == 5
    assert res.micro.f1 >= F1_FLOOR, res.to_dict()["micro"]
    assert not [d.stem for d in res.docs if d.error]


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="shared/ not beside the repo")
def test_seed_gold_floor_table_indicators():
    res = evaluate(SHARED / "gold", [SHARED / "seeds"], only=TABLE_INDICATORS)
    assert res.micro.f1 >= TABLE_F1_FLOOR, res.to_dict()["micro"]


@pytest.mark.parametrize(("quote", "found"), [("в них 196 дітей", 1), ("в яких 169 дітей", 1), ("Послугу отримали", 0)])
def test_a_conflict_matches_at_either_of_its_facts(quote: str, found: int) -> None:
    from zvitparse.eval import score_audit

    text = "Послугу отримали 87 сімей, в них 196 дітей. Пізніше: 87 сімей, в яких 169 дітей, отримали супровід."
    gold = {"facts": [{"id": "f1", "quote": "в них 196 дітей"}, {"id": "f2", "quote": "в яких 169 дітей"}],
            "audit": [{"rule": "internal_conflict", "quote": "87 сімей, в яких 169 дітей", "fact_ids": ["f1", "f2"]}]}
    start = text.find(quote)
    pred = [{"rule": "internal_conflict", "quote": quote, "start": start, "end": start + len(quote)}]
    assert len(score_audit(pred, gold, text)[0]) == found
