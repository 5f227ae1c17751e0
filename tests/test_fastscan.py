from pathlib import Path

import pytest
import regex

from zvitparse import patterns
from zvitparse.fastscan import Scanner

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("pattern", "flags", "required", "anchors"),
    [
        # anchors: per alternative, the word sets of its anchors in pattern order
        (r"кількіст\w*\s+звернень|звернень\s+надійшло", 0, {"кількіст", "звернень"},
         [[{"кількіст"}], [{"звернень"}, {"надійшло"}]]),  # «\w*\s+» may run over sentences
        (r"(?:у|в)\s+складних\s+обставинах", 0, {"обставинах"},
         [[{"у", "в"}, {"складних"}, {"обставинах"}]]),
        (r"(?<!\d)\d+\s*осіб", 0, {"осіб"}, [[{"осіб"}]]),
        (r"(?:віком|у віці)\s+\d+", 0, {"віком", "у віці"}, [[{"віком", "у віці"}]]),
        (r"(?:соціальн\w+\s+)?супровід", 0, {"супровід"}, None),  # words and spaces before it
        (r"\bпритул\w*", 0, {"притул"}, [[{"притул"}]]),  # a zero-width start takes no characters
        (r"^\W*під\s+супровод", regex.M, {"супровод"}, [[{"під"}, {"супровод"}]]),  # \W takes no letter
        (r"\d+", 0, None, None),
        (r"послуг", regex.I, None, None),  # case-insensitive: literals do not mean themselves
        (r"(?<!\p{L})послуг", 0, None, None),  # syntax the standard parser reads otherwise
        (r"(?:послуг){e<=1}", 0, None, None),  # a fuzzy count
        (r"(?i)послуг", 0, None, None),
    ],
)
def test_words_read_from_the_pattern(pattern, flags, required, anchors):
    s = Scanner(regex.compile(pattern, flags))
    assert (set(s.required) if s.required else None) == required
    got = [[set(a.words) for a in ways] for ways in s.anchors] if s.anchors else None
    assert got == anchors


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"кількіст\w*\s+звернень", "кількість звернень — 5; кількості звернень 7; звернень немає"),
        (r"ab|abab", "ababab abab"),  # overlapping start places: matches do not overlap
        (r"(?<=x)abc", "xabc abc xabcabc"),  # a look-behind sees the text before the start place
        (r"\babc", "zabc abc"),
        (r"abc", "немає"),  # the required word is absent: nothing is scanned
        (r"(?:у|в)\s+складних", "у складних, в складних" * 3),
        (r"^abc", "abc\nabc"),
        (r"(?m)^abc", "abc\nabc"),
        (r"(?:у|в)\s+складних", "ву  складних у\tскладних вскладних"),  # the stretch before the word
        (r"[^\W\d]+-\d+", "ковід-19, abc-2 і 12-3"),
        (r"(?<!\w)\W*під\s+супровод", "під супровод\n – під  супровод, «під супровод»\nпід\tсупровод"),
    ],
)
def test_same_matches_as_finditer(pattern, text):
    rx = regex.compile(pattern)
    got = [(m.span(), m.group()) for m in Scanner(rx).finditer(text)]
    assert got == [(m.span(), m.group()) for m in rx.finditer(text)]


def _reports() -> list[str]:
    found = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))[:6]
    return [p.read_text(encoding="utf-8") for p in found]


@pytest.mark.parametrize("kind", ["indicators", "services", "criteria", "not_figures", "units", "links"])
def test_every_pattern_matches_as_before_on_real_reports(kind):
    texts = _reports()
    if not texts:
        pytest.skip("no reports in corpus/seeds")
    rxs = [patterns.compile_lowercase(e["regex"], regex.M) for e in patterns.load()[kind] if e.get("regex")]
    for rx in rxs:
        s = Scanner(rx)
        for text in texts:
            low = text.lower()
            assert [m.span() for m in s.finditer(low)] == [m.span() for m in rx.finditer(low)], rx.pattern
