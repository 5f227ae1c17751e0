"""The audit's cues in patterns/links.yaml: every example matches, every `not` does not;
sentences are cut where a reader would cut them."""

from __future__ import annotations

import pytest
import regex

from zvitparse.audit.context import AuditContext
from zvitparse.model import Document, Report
from zvitparse.patterns import load

# the relations the audit reads (the extractor's own entries in links.yaml are tested with it)
AUDIT_RELATIONS = {"subset", "enumeration", "whole_ref", "total", "approximate", "plan", "period_year",
                   "rating_band", "rating_word", "respondents_ref", "conjunction"}
ENTRIES = [e for e in load()["links"] if e.get("regex") and e.get("relation") in AUDIT_RELATIONS]
CASES = [(e.id, e["regex"], ex, True) for e in ENTRIES for ex in e.get("examples") or []] + \
        [(e.id, e["regex"], ex, False) for e in ENTRIES for ex in e.get("not") or []]


@pytest.mark.parametrize("entry, pattern, text, matches", CASES, ids=[f"{c[0]}:{c[2][:20]}" for c in CASES])
def test_link_cue_examples(entry: str, pattern: str, text: str, matches: bool) -> None:
    found = regex.search(pattern, text, regex.IGNORECASE | regex.MULTILINE) is not None
    assert found is matches


@pytest.mark.parametrize("text, offset, sentence", [
    ("Звернулися 367 сімей. З них 339 сімей в СЖО.", 30, "З них 339 сімей в СЖО."),
    ("Завершено 12 сім'ям (67 %) з них:\n\n • з позитивним результатом - 9 сімей", 50,
     "• з позитивним результатом - 9 сімей"),
    ("надано 5,5 тис. грн. Далі", 3, "надано 5,5 тис. грн. "),
])
def test_sentence_span(text: str, offset: int, sentence: str) -> None:
    ctx = AuditContext(Report(doc_id="t", source="t", document=Document("t", "t", "txt", None, text)))
    s, e = ctx.sentence_span(offset)
    assert text[s:e].strip() == sentence.strip()


def test_a_line_ending_in_semicolon_ends_a_sentence() -> None:
    text = "послуги отримали 734 мешканці, а саме:\nдогляд вдома – 88 особам;\nконсультування – 301 особа;"
    ctx = AuditContext(Report(doc_id="t", source="t", document=Document("t", "t", "txt", None, text)))
    assert ctx.sentence_index(text.index("88")) != ctx.sentence_index(text.index("301"))


@pytest.mark.parametrize(
    ("span", "digits"),
    [
        ("632 сім'ям, в яких 792 дитини", "792"),
        ("792 і ще 792", "792"),
        ("1 792,5 та 7920", "792"),  # inside other numbers only
        ("-5 і 5", "5"),
        ("", "12"),
        ("12", "12"),
    ],
)
def test_last_number_at_is_the_last_whole_number(span, digits):
    from zvitparse.audit.context import _last_number_at

    hits = list(regex.finditer(r"(?<![\d.,])" + digits + r"(?![\d])", span))
    assert _last_number_at(span, digits) == (hits[-1].start() if hits else -1)
