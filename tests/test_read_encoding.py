"""Encodings of plain text: BOMs, UTF-8, UTF-16, windows-1251 and KOI8-U told apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from zvitparse.read import read_bytes
from zvitparse.read.encoding import NotText, decode_text

SEEDS = sorted((Path(__file__).resolve().parents[1] / "corpus" / "seeds").glob("*.txt"))
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8-u", "cp866"]


def _reencode(text: str, enc: str) -> tuple[bytes, str]:
    """The seed in `enc`; characters the code page lacks become «?» in the expected text too."""
    data = text.encode(enc, errors="replace")
    return data, data.decode(enc)


@pytest.mark.parametrize("enc", ENCODINGS)
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_reencoded_decodes_back(seed: Path, enc: str) -> None:
    data, expected = _reencode(seed.read_text(encoding="utf-8"), enc)
    text, found = decode_text(data)
    assert text.lstrip("\ufeff") == expected.lstrip("\ufeff")


@pytest.mark.parametrize("enc", ["cp1251", "koi8-u"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_every_line_of_a_seed_decodes_alone(seed: Path, enc: str) -> None:
    """Short texts are where general detectors fail: each prose line on its own."""
    for line in seed.read_text(encoding="utf-8").split("\n"):
        if len(line.split()) < 3:
            continue
        data, expected = _reencode(line, enc)
        assert decode_text(data)[0] == expected, line


@pytest.mark.parametrize(
    ("word", "enc"),
    [
        ("Добре", "cp1251"),  # a general detector calls these 5 bytes shift_jis
        ("Добре", "koi8-u"),
        ("добре", "cp1251"),
        ("задовільно", "koi8-u"),
        ("Звіт 2020", "cp1251"),
        ("сім'я", "cp1251"),
        ("сім'я", "koi8-u"),
        ("ДОБРЕ", "cp1251"),
        ("ДОБРЕ", "koi8-u"),
        ("Всього", "koi8-u"),
    ],
)
def test_short_cyrillic(word: str, enc: str) -> None:
    assert decode_text(word.encode(enc)) == (word, enc)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Звіт".encode("utf-8-sig"), "utf-8-sig"),
        ("Звіт".encode("utf-16"), "utf-16-le"),
        (b"\xfe\xff" + "Звіт".encode("utf-16-be"), "utf-16-be"),
        ("Звіт про роботу".encode("utf-16-le"), "utf-16-le"),  # no BOM
        ("Звіт про роботу".encode("utf-16-be"), "utf-16-be"),
        (b"plain ascii", "utf-8"),
    ],
)
def test_boms_and_utf16(data: bytes, encoding: str) -> None:
    assert decode_text(data)[1] == encoding


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 20, b"\x00\x01\x02\x03binary\x00\x00" * 100, b"\x89PNG-ish\x00\x00\x1a" * 50],
)
def test_binary_is_not_text(data: bytes) -> None:
    with pytest.raises(NotText):
        decode_text(data)


@pytest.mark.parametrize("enc", ["cp1251", "koi8-u", "utf-16", "utf-8-sig"])
def test_read_reports_the_encoding(enc: str) -> None:
    text = SEEDS[2].read_text(encoding="utf-8")
    doc = read_bytes(text.encode(enc, errors="replace"), "seed.txt")
    assert doc.format == "txt"
    assert doc.encoding.replace("_", "-").startswith(enc.split("-sig")[0][:6])
    assert "Сумським міським центром" in doc.text


MOJIBAKE_TEXTS = [
    "Центр соціальних служб надав 3 587 послуг 1 126 сім’ям/особам; рішення № 45 – від 23.12.2020.",
    "ЗВІТ ЦЕНТРУ СОЦІАЛЬНИХ СЛУЖБ ЗА 2023 РІК\nОхоплено 42 сім'ї (у них 97 дітей), «Добре».",
    "Їхні потреби оцінено: Євген, Ґанок, Щастя, Юрій, Ярина, Ілля, Йосип, Ірина, Ніна.",
]


@pytest.mark.parametrize("text", MOJIBAKE_TEXTS)
def test_utf8_once_read_as_windows_1251_is_read_back(text: str) -> None:
    # what a scraper that trusted the wrong charset saves: «Р¦РµРЅС‚СЂ» for «Центр»
    mangled = text.encode("utf-8").decode("cp1251", errors="replace")
    got, enc = decode_text(mangled.encode("utf-8"))
    assert got == text and enc == "utf-8"
    assert text.split()[0] in read_bytes(mangled.encode("utf-8"), "page.txt").text


@pytest.mark.parametrize("text", [
    "СЕРЕДНЯ СТАТИСТИКА СОЦІАЛЬНИХ СЛУЖБ: СІМ'Ї, СИРОТИ, СТАРОСТИ, РЕЄСТР, РІШЕННЯ, РОЗПОРЯДЖЕННЯ.",
    "Співробітники Служби: Сидоренко С. С., Романенко Р. Р., Руденко Р. С. – 12 осіб.",
])
def test_real_text_with_many_r_and_s_is_left_alone(text: str) -> None:
    assert decode_text(text.encode("utf-8"))[0] == text
