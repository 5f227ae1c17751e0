"""normalize_text: what every reader applies to each block before offsets are counted."""

from __future__ import annotations

import pytest

from zvitparse.normalize import fix_homoglyphs, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # apostrophes of every kind → U+0027
        ("сім’я", "сім'я"),
        ("сімʼя", "сім'я"),
        ("сім`я", "сім'я"),
        ("сім′я", "сім'я"),
        ("сім‘я", "сім'я"),
        # no-break, narrow no-break and thin spaces inside figures
        ("1\u00a0284 особи", "1 284 особи"),
        ("1\u202f284", "1 284"),
        ("1\u2009284", "1 284"),
        # soft hyphen and zero-width characters vanish
        ("соці\u00adальних", "соціальних"),
        ("сім\u200bей", "сімей"),
        ("\ufeffЗвіт", "Звіт"),
        ("а\u200d\u2060б", "аб"),
        # combining marks composed (PDFs write й as и + breve)
        ("и\u0306", "й"),
        ("і\u0308", "ї"),
        # stress marks dropped
        ("за́мок", "замок"),
        # runs of spaces and tabs collapse; line breaks stay; line edges trimmed
        ("a  \t b", "a b"),
        ("рядок 1  \n   рядок 2", "рядок 1\nрядок 2"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("  \n x \n  ", "x"),
        ("", ""),
        # Latin look-alikes inside Cyrillic words
        ("Вiнниця", "Вінниця"),
        ("сoцiальних", "соціальних"),
        ("СОЦIАЛЬНИХ", "СОЦІАЛЬНИХ"),
        ("пocлуги", "послуги"),
        ("дoпoмoга", "допомога"),
        ("сiм'я", "сім'я"),
        # Word's Symbol-font bullets, private-use characters in a PDF
        ("\uf0b7 пункт", "• пункт"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I півріччя",  # a Roman numeral stands alone: not inside a Cyrillic word
        "Wi-Fi у центрі",
        "e-mail: centr@ukr.net",
        "Microsоft",  # a Latin word with a Cyrillic о is not ours to fix
        "ІV квартал",  # V has no Cyrillic twin: the word is left alone
        "КЕКВ 2210",
    ],
)
def test_latin_words_left_alone(text: str) -> None:
    assert fix_homoglyphs(text) == text


@pytest.mark.parametrize(
    "raw",
    ["Звіт\u00a0про роботу", "сім’я", "a\u00ad b", "x\u200by", "Вiнниця"],
)
def test_normalize_is_idempotent(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


def test_seeds_have_no_exotic_characters_after_normalization(seed_paths) -> None:
    for path in seed_paths:
        text = normalize_text(path.read_text(encoding="utf-8"))
        for ch in ("\u00a0", "\u2019", "\u02bc", "\u00ad", "\u200b", "\t"):
            assert ch not in text, (path.name, ch)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("завер-\nшено супровід 58 сімей", "завершено супровід 58 сімей"),
        ("в яких вихо-\n  вуються 41 дитина", "в яких виховуються 41 дитина"),
        ("соціально-\nпсихологічний", "соціально-психологічний"),  # two words: the hyphen stays
        ("послуги 21 467 осо-\nбам", "послуги 21 467 особам"),  # «бам» is a word, «осо» no compound's half
        ("рядок-\nНовий", "рядок-\nНовий"),  # a capital after the break is no broken word
    ],
)
def test_words_broken_at_a_line_end_are_rejoined(raw: str, expected: str) -> None:
    from zvitparse.normalize import normalize_text

    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "want"), [
    ("знято з обслугову\nвання 57 осіб", "знято з обслуговування 57 осіб"),
    ("соціальними по- слугами складає", "соціальними послугами складає"),
    ("Рівень охо\nплення", "Рівень охоплення"),
    # kept: both halves words, a compound's half before a conjunction, a capital after the break
    ("надано\nпослуги", "надано\nпослуги"),
    ("соціально- та медико-психологічна", "соціально- та медико-психологічна"),
    ("дітей\nсиріт", "дітей\nсиріт"),
    ("вул.\nЦентральна", "вул.\nЦентральна"),
])
def test_a_scan_s_broken_words_are_joined_only_into_a_word(raw, want):
    assert normalize_text(raw) == want


@pytest.mark.parametrize(("raw", "want"), [
    ("догляд вдома ▇▇▇▇ 391", "догляд вдома – 391"),
    ("натуральна допомога ██████████ 1 204", "натуральна допомога – 1 204"),
    ("консультування ▬▬▬ 312 осіб", "консультування – 312 осіб"),
    ("денний догляд ▏63", "денний догляд – 63"),
])
def test_a_bar_drawn_in_blocks_reads_as_the_dash_of_a_list(raw, want):
    assert normalize_text(raw) == want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("обслуговано 6O5 осіб (у 2O22 році – 57l)", "обслуговано 605 осіб (у 2022 році – 571)"),
        ("перебуває l O42 особи", "перебуває 1 042 особи"),
        ("Усього надано 2l 87O соціальних послуг", "Усього надано 21 870 соціальних послуг"),
        ("на суму 4O8,2 тис. грн", "на суму 408,2 тис. грн"),
        ("4О осіб", "40 осіб"),  # a Cyrillic О
        ("Проведено l4 групових заходів", "Проведено 14 групових заходів"),
        ("індекс 52l7O, смт", "індекс 52170, смт"),
        ("лишилось l 042 особи", "лишилось 1 042 особи"),
        # letters beside the run make it a word or a code, not a mistyped figure
        ("H2O та COVID-19, ВПО2024", "H2O та COVID-19, ВПО2024"),
        ("file1 і l 2", "file1 і l 2"),
        ("I квартал 2024 року", "I квартал 2024 року"),
        ("ІІ півріччя, О 12 годині", "ІІ півріччя, О 12 годині"),
    ],
)
def test_letters_typed_for_digits_in_a_figure_become_digits(text: str, expected: str) -> None:
    assert normalize_text(text) == expected
