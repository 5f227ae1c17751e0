"""Decode bytes of a Ukrainian text whose encoding nobody stated.

Order: a BOM decides; strict UTF-8 next (Cyrillic in windows-1251 or KOI8-U is never valid
UTF-8 by accident); BOM-less UTF-16 by its byte pattern; then every single-byte Cyrillic
candidate is decoded and scored. General detectors misread short Cyrillic texts (a 5-byte
cp1251 «Добре» comes out as shift_jis), so the score looks at what Cyrillic text looks like:
words are lower case, Title case or ALL CAPS — a wrong code page scrambles case inside words
(cp1251 «Добре» read as KOI8-U is «дНАПЕ») and puts symbols (¦ § ¤ ©, box drawing) where
letters belong.
"""

from __future__ import annotations

import codecs
import logging
import re

import regex

log = logging.getLogger(__name__)

BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
CYRILLIC_CANDIDATES = ("cp1251", "koi8-u", "cp866", "iso8859-5", "mac-cyrillic")
# How much of a file the scorer looks at: enough to decide, cheap on a 40 MB page.
SAMPLE_BYTES = 64 * 1024
# The scorer is slower: it looks at this much when the quick case count does not decide.
SCORE_BYTES = 8 * 1024
# Letters (bytes ≥ 0xC0) a text needs before letter case alone decides cp1251 vs KOI8-U.
QUICK_MIN_LETTERS = 300

_VOWELS = frozenset("аеєиіїоуюяАЕЄИІЇОУЮЯ")
# The Ukrainian alphabet; other Cyrillic letters (ы э ё ъ ў …) are what a wrong code page yields.
_UK = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ")
# A small prior, in order of how often scraped Ukrainian pages use each code page.
_PRIOR = {"cp1251": 0.6, "koi8-u": 0.3}
_WORD = regex.compile(r"[\p{L}\p{So}\p{Sm}\p{Sc}\p{Co}¦§¤©®°±µ¶·]+")
_CYR = regex.compile(r"\p{Cyrillic}")
_JUNK = regex.compile(r"[^\p{L}\p{M}\p{N}\p{P}\p{Zs}\n\r\t]")


_BINARY_CHAR = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


class NotText(ValueError):
    """The bytes are not text in any encoding we know."""


def _word_score(word: str) -> float:
    letters = sum(ch.isalpha() for ch in word)
    if letters < len(word):  # a symbol inside a letter run: a wrong code page
        return -3.0 * (len(word) - letters)
    if not _CYR.search(word):
        return 0.0
    foreign = sum(1 for ch in word if ch not in _UK and _CYR.match(ch))
    if foreign:
        return -2.0 * foreign
    rest = word[1:]
    if word.islower() or word.isupper() or (word[0].isupper() and rest.islower()):
        # about 42 % of the letters of Cyrillic prose are vowels; a scrambled word strays
        vowels = sum(ch in _VOWELS for ch in word)
        return len(word) - 2.0 * abs(vowels - 0.42 * len(word))
    return -2.0 * len(word)


def cyrillic_score(text: str) -> float:
    """Higher for text that looks like real Cyrillic prose; used to rank code pages."""
    score = sum(_word_score(w) for w in _WORD.findall(text))
    score -= 3.0 * len(_JUNK.findall(text))
    return score


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:SAMPLE_BYTES]
    for order, hi in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        # Cyrillic in UTF-16 has 0x04 as its high byte, ASCII has 0x00
        # counted by bytes.count: a generator over every byte cost ~0.5 ms per 30 KB file
        if hi.count(0) + hi.count(4) > 0.9 * len(hi):
            return order
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:SAMPLE_BYTES]
    if not sample:
        return False
    bad = len(_BINARY_CHAR.findall(sample))
    return bad > max(2, len(sample) // 100)


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return `(text, encoding)`; raise `NotText` for binary junk.

    `declared` (an HTML `<meta charset>`) wins when it decodes cleanly and is not a
    UTF-8 declaration contradicted by the bytes. The encoding is returned under Python's
    canonical codec name (`cp1251`, `koi8-u`, `utf-8`, `utf-16-le` …).
    """
    for bom, enc in BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            return _check(text, enc)
    if declared:
        try:
            text = data.decode(declared)
            if _contradicted(data, declared):
                raise LookupError(declared)
            return _check(text, declared)
        except (UnicodeDecodeError, LookupError):
            log.debug("declared encoding %s does not fit the bytes; detecting", declared)
    # before UTF-8: BOM-less UTF-16 Cyrillic is all bytes below 0x80, so valid UTF-8 too
    u16 = _utf16_without_bom(data)
    if u16:
        return _check(data.decode(u16, errors="replace"), u16)
    try:
        return _check(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:SAMPLE_BYTES]:
        raise NotText("binary data (NUL bytes), not text")
    return _check(*_best_single_byte(data))


def _delete_all_but(lo: int, hi: int) -> bytes:
    return bytes(b for b in range(256) if not lo <= b <= hi)


# bytes.translate(None, delete) counts a byte range at C speed
_KEEP_ONLY = tuple(_delete_all_but(a, b) for a, b in ((0xE0, 0xFF), (0xC0, 0xDF), (0x80, 0x9F), (0xA0, 0xBF)))


def _quick_guess(sample: bytes) -> str | None:
    """cp1251 or KOI8-U from letter case alone, when the text is long enough to be sure.

    Prose is mostly lower case: cp1251 keeps it in 0xE0-0xFF and capitals in 0xC0-0xDF,
    KOI8-U the other way round; other Cyrillic code pages put their capitals elsewhere.
    """
    hi, mid, low, sym = (len(sample.translate(None, delete)) for delete in _KEEP_ONLY)
    # cp866 and Mac Cyrillic keep letters in 0x80-0xBF too: not for the quick path
    if hi + mid < QUICK_MIN_LETTERS or low * 10 > hi + mid or sym * 3 > hi + mid:
        return None
    if hi > 4 * mid:
        return "cp1251"
    if mid > 4 * hi:
        return "koi8-u"
    return None


def _contradicted(data: bytes, declared: str) -> bool:
    """A page declaring windows-1251 whose letter case says KOI8-U (or the reverse)."""
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return False
    if name not in ("cp1251", "koi8-u", "koi8-r"):
        return False
    quick = _quick_guess(data[:SAMPLE_BYTES])
    return quick is not None and not (quick == name or {quick, name} == {"koi8-u", "koi8-r"})


def _best_single_byte(data: bytes) -> tuple[str, str]:
    quick = _quick_guess(data[:SAMPLE_BYTES])
    if quick:
        return data.decode(quick, errors="replace"), quick
    sample = data[:SCORE_BYTES]
    best: tuple[float, str] | None = None
    for enc in CYRILLIC_CANDIDATES:
        score = cyrillic_score(sample.decode(enc, errors="replace")) + _PRIOR.get(enc, 0.0)
        if best is None or score > best[0]:
            best = (score, enc)
    assert best is not None
    if best[0] <= 0:
        # not Cyrillic: let the general detector name it
        from charset_normalizer import from_bytes

        guess = from_bytes(sample).best()
        if guess is not None and guess.encoding:
            return data.decode(guess.encoding, errors="replace"), guess.encoding
    return data.decode(best[1], errors="replace"), best[1]


def _back_to_bytes(err: UnicodeEncodeError) -> tuple[bytes, int]:
    # U+FFFD stands where the reader met 0x98, the one byte windows-1251 leaves unassigned;
    # a character windows-1251 cannot hold was never mis-read, so it keeps its own UTF-8
    bad = err.object[err.start : err.end]
    return b"".join(b"\x98" if ch == "\ufffd" else ch.encode("utf-8") for ch in bad), err.end


codecs.register_error("zvitparse-mojibake", _back_to_bytes)


def repair_mojibake(text: str) -> str | None:
    """UTF-8 text once read as windows-1251 and saved again («Р¦РµРЅС‚СЂ» for «Центр», as a
    scraper that trusted the wrong charset leaves it), read back; None when it is not that."""
    sample = text[:SCORE_BYTES]
    # every Ukrainian letter so mangled begins with «Р» or «С»: in real text they are rare
    if sample.count("Р") + sample.count("С") <= max(20, len(sample) // 25):
        return None
    fixed = text.encode("cp1251", errors="zvitparse-mojibake").decode("utf-8", errors="replace")
    if cyrillic_score(fixed[:SCORE_BYTES]) <= cyrillic_score(sample):
        return None
    return fixed


def _check(text: str, enc: str) -> tuple[str, str]:
    # (before the binary test: a mis-read capital «И» left U+FFFD in every word it stood in)
    fixed = repair_mojibake(text)
    if fixed is not None:
        log.debug("text is UTF-8 once read as windows-1251; read back")
        text = fixed
    if _looks_binary(text):
        raise NotText("binary data, not text")
    try:
        enc = codecs.lookup(enc).name  # one name per codec: «windows-1251» is «cp1251»
    except LookupError:
        pass
    return text, enc


# the names web pages and the IANA registry give these charsets (Python's codec names are its own)
_CHARSET_NAMES = {"cp1251": "windows-1251", "cp866": "ibm866", "iso8859-5": "iso-8859-5",
                  "mac-cyrillic": "x-mac-cyrillic", "utf-16-le": "utf-16le", "utf-16-be": "utf-16be",
                  "ascii": "us-ascii"}


def charset_name(codec: str | None) -> str | None:
    """The charset's registered name for a codec name (`cp1251` → `windows-1251`), as users and
    web pages write it; a name it does not know is given back as it is."""
    return _CHARSET_NAMES.get(codec, codec) if codec else codec
