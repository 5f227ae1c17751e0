"""The spaCy adapter: tokens with document offsets, lemmas, numbers as tokens of their own."""

from __future__ import annotations

import pytest

from zvitparse import nlp


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Послугу отримали 153 сім'ї", "сім'ї", "сім'я"),
        ("надано допомогу 12 дітям", "дітям", "дитина"),
        ("звернулися 40 осіб", "звернулися", "звернутися"),
        ("Фахівцями проведено заходи", "Фахівцями", "фахівець"),
        ("консультації надала 186 жителям", "надала", "надати"),  # not the surname «Надал»
    ],
)
def test_lemma_of_a_word_in_a_sentence(text: str, word: str, lemma: str) -> None:
    tok = next(t for t in nlp.tokens(text) if t.text == word)
    assert tok.lemma == lemma
    assert tok.lower == word.lower()


@pytest.mark.parametrize("offset", [0, 7, 10_000])
def test_offsets_index_the_document_text(offset: int) -> None:
    text = "У 2023 році   охоплено 1 271 особу (92%)."
    doc_text = "x" * offset + text
    for t in nlp.tokens(text, offset):
        assert doc_text[t.start:t.end] == t.text


@pytest.mark.parametrize(
    ("text", "number"),
    [("анкетування100%", "100"), ("-2(послуга", "2"), ("осіб-15", "15"), ("15осіб", "15")],
)
def test_a_number_glued_to_a_word_is_its_own_token(text: str, number: str) -> None:
    toks = nlp.tokens(text)
    assert any(t.text == number and t.is_digit for t in toks)


def test_a_repeated_form_reads_the_same_in_every_sentence() -> None:
    first = [t for t in nlp.tokens("сім'ям надано послуги") if t.text == "сім'ям"][0]
    again = [t for t in nlp.tokens("послуги надано 5 сім'ям", 100) if t.text == "сім'ям"][0]
    assert (first.lemma, first.pos, first.case) == (again.lemma, again.pos, again.case)
    assert again.start == 100 + len("послуги надано 5 ")


def test_spaces_and_punctuation_are_marked() -> None:
    toks = nlp.tokens("Разом:  45,\nз них")
    kinds = {t.text: (t.is_punct, t.is_space) for t in toks}
    assert kinds[":"] == (True, False)
    assert kinds["Разом"] == (False, False)
    assert any(t.is_space for t in toks)


@pytest.mark.parametrize(
    "text",
    [
        "У 2023 році охоплено 1 271 особу (92,4%), з них 17 дітей",
        "протягом 1-го кварталу 2-х сімей; рішення № 142-р від 12.03.2024",
        "сайт www.centr7.gov.ua, ел. пошта a1@b2.ua, сервер 192.168.1.10:8080",
        "смайли 8) та :0 і <3 поруч із 38 особами",
        "COVID-19 у 3 сімей, 10 154 грн 50 коп., №5/12, 12:30, 2.1.3.4.",
    ],
)
def test_a_text_splits_as_written_whatever_its_digits(text: str) -> None:
    # figures are tokenized with their digits turned into «5»: the tokens must be those of
    # the text as written, digits, lemmas and offsets included
    assert nlp._tokenize(text, 3) == nlp._tokenize_as(text, text, 3)


@pytest.mark.parametrize("text", ["Надано послуги 38 сім'ям¹.", "взято під супровід 38 сімей⁴;", "38 сімей¹²"])
def test_a_footnote_mark_glued_to_a_word_is_no_token_and_keeps_its_lemma(text: str) -> None:
    from zvitparse.nlp import tokens

    toks = [t for t in tokens(text) if not t.is_space]
    assert not any(c in t.text for t in toks for c in "¹²⁴")
    assert any(t.lemma == "сім'я" for t in toks)
    assert all(text[t.start:t.end] == t.text for t in toks)
