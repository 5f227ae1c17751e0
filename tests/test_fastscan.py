from pathlib import Path

import pytest
import regex

from zvitparse import patterns
from zvitparse.fastscan import Scanner, Squeezed
from zvitparse.probes import compile_probes, leftmost_matches, probe_sources

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
        (r"(?<!\P{L})послуг", 0, None, None),  # syntax the standard parser reads otherwise
        (r"(?<!\p{L})послуг", 0, {"послуг"}, [[{"послуг"}]]),  # a letter property reads as \w
        (r"(?<!\p{l})послуг", 0, {"послуг"}, [[{"послуг"}]]),  # property names take any case
        (r"(?<![\p{l}\d@.])[\w-]+\.(?:ua|com)", 0, {"ua", "com"}, [[{"."}, {"ua", "com"}]]),
        (r"(?:послуг){e<=1}", 0, None, None),  # a fuzzy count
        (r"(?i)послуг", 0, None, None),
        # an optional letter before a word: the word with and without it
        (r"[ув]?зят\w*\s+під", 0, {"зят"}, [[{"узят", "взят", "зят"}, {"зят"}]]),
        (r"(?:у\w+)?зят", 0, {"зят"}, [[{"зят"}]]),  # more than one letter: walked back over
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


@pytest.mark.parametrize(
    ("pattern", "probes"),
    [
        # top-level alternatives, and a leading group's alternatives with the rest on each
        (r"(?:взял\w*|брал\w*)\s+участь|пройшл\w*", [r"(?:взял\w*)\s+участь", r"(?:брал\w*)\s+участь", r"пройшл\w*"]),
        (r"(?<!не\s)(?:задоволено|відмовлено)", [r"(?<!не\s)(?:задоволено)", r"(?<!не\s)(?:відмовлено)"]),
        (r"(?:(?:в|у)\s+яких|ними)\s+охоплено",
         [r"(?:(?:в)\s+яких)\s+охоплено", r"(?:(?:у)\s+яких)\s+охоплено", r"(?:ними)\s+охоплено"]),
        (r"(?:a|b)*c|d", [r"(?:a|b)*c", "d"]),  # a repeated group is no single choice
        (r"(?:від\s*)?\d+%", [r"(?:від\s*)\d+%", r"\d+%"]),  # an optional group: with it, and without
        (r"(?:a)?+b", None),  # a possessive one keeps what it took
        (r"[|(]a|\(b", [r"[|(]a", r"\(b"]),  # bars and brackets in a class or escaped are literal
        (r"abc", None),  # one alternative: nothing to spread
        (r"(a|b)\1", None),  # a back-reference would point elsewhere in a probe
        (r"(?#a|b)c", None),  # a comment is not followed
    ],
)
def test_probes_read_from_the_pattern(pattern, probes):
    assert probe_sources(pattern) == probes


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"ab|abab", "ababab abab"),  # the first alternative that matches at a place wins
        (r"(?:abab|ab)c?", "ababc abab abc"),
        (r"(?:у|в)\s+складних|складних", "у складних, в складних, складних" * 3),
        (r"(?<=x)(?:abc|bc)", "xabc abc xbc xabcabc"),  # a look-behind sees before the place
        (r"(?:a\w*|b)\s+c", "aaa c b c ab  c"),
        (r"(?:a\s*)?\d+|(?:b)??c", "a 12 3 bc c a4"),
    ],
)
def test_probes_find_the_matches_of_finditer(pattern, text):
    rx = regex.compile(pattern)
    probes = compile_probes(rx, 1)
    assert probes is not None
    got = [(m.span(), m.group()) for m in leftmost_matches(rx, probes, text)]
    assert got == [(m.span(), m.group()) for m in rx.finditer(text)]


@pytest.mark.parametrize("kind", ["indicators", "services", "criteria", "not_figures", "units", "links"])
def test_probes_match_as_the_pattern_on_real_reports(kind):
    texts = _reports()
    if not texts:
        pytest.skip("no reports in corpus/seeds")
    rxs = [patterns.compile_lowercase(e["regex"], regex.M) for e in patterns.load()[kind] if e.get("regex")]
    for rx in rxs:
        probes = Scanner(rx).probes
        if probes is None:
            continue
        for text in texts:
            low = text.lower()
            assert [m.span() for m in leftmost_matches(rx, probes, low)] == [m.span() for m in rx.finditer(low)], rx.pattern


@pytest.mark.parametrize(
    ("pattern", "dotless"),
    [
        (r"(?:якими|ними)\s+(?:[\w']+\s+){0,2}?охоплено", True),
        (r"(?<=(?:заход|тренінг)\w*[^.;!?]{0,80}?)участь", True),  # a look-behind that stops at a stop
        (r"(?<![\d,.])\d+\s*осіб", True),  # one character beside the match: the same in both texts
        (r"\bпритул\w*", True),
        (r"на\s+\d{1,2}\.\d{1,2}", False),  # a full stop in the match
        (r"\S+\s+осіб", False),
        (r"[^;]{0,40}осіб", False),
        (r"(?<=\.\s)осіб", False),  # a look-behind two characters wide
        (r"(?:осіб)?", False),  # an empty match may stand among the full stops
        (r"(?<!\p{L})осіб", True),  # a letter is no full stop
        (r"(?<!\P{L})осіб", False),  # syntax the standard parser reads otherwise
        (r"(?<!\P{l})осіб", False),
    ],
)
def test_a_pattern_that_takes_no_full_stop_is_dotless(pattern, dotless):
    assert Scanner(regex.compile(pattern)).dotless is dotless


@pytest.mark.parametrize("kind", ["indicators", "services", "criteria"])
def test_squeezed_scans_find_what_whole_scans_find(kind):
    texts = _reports()
    if not texts:
        pytest.skip("no reports in corpus/seeds")
    # blanked as the extractors blank: sentences and gaps turned into runs of full stops
    blanked = []
    for text in texts:
        low = text.lower()
        blanked.append(regex.sub(r"[^\n.]*\d[^\n.]*", lambda m: "." * len(m.group()), low))
        blanked.append("..." + regex.sub(r"\n\s*\n", lambda m: "." * len(m.group()), low) + "....")
    rxs = [patterns.compile_lowercase(e["regex"]) for e in patterns.load()[kind] if e.get("regex")]
    for rx in rxs:
        s = Scanner(rx)
        for text in blanked:
            assert s.spans(text, Squeezed.of(text)) == [m.span() for m in rx.finditer(text)], rx.pattern


def test_squeezed_offsets_read_back():
    text = "..ab....cd.e..."
    sq = Squeezed.of(text)
    assert sq.text == ".ab.cd.e."
    assert [sq.back(*m.span()) for m in regex.finditer(r"\w+", sq.text)] == [(2, 4), (8, 10), (11, 12)]
    assert Squeezed.of("a.b.c") is None  # single stops: nothing to squeeze


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (r"(?<!\p{L})(?:возим\w*|возили)(?!\p{L})", {"вози"}),  # letters read as \w
        (r"(?:тел\.?|факс)\s*[:.]?\s*\d{5,}", {"тел", "факс"}),  # «[:» opening a class, not [:alpha:]
        (r"(?m)^\s*\d+\.\s+послуг", {"послуг"}),  # the multiline flag reads the same
    ],
)
def test_patterns_with_letter_properties_and_inline_flags_are_read(pattern, required):
    s = Scanner(regex.compile(pattern))
    assert s.required == (frozenset(required) if required else None)


def test_caseless_scans_find_what_finditer_finds():
    from zvitparse.extract.meta import _period_scanners, _rx

    texts = _reports()
    if not texts:
        pytest.skip("no reports in corpus/seeds")
    texts += [t.upper() for t in texts] + ["ЗА ПЕРШЕ ПІВРІЧЧЯ 2024 РОКУ, за 9 Місяців 2023 р. " * 20,
                                           "K ſ İ у 2023 році; за 9 місяців 2024 року " * 20]  # odd case: in full
    for (rx, _), s in zip(_rx()["period"], _period_scanners(), strict=True):
        assert s.caseless and s.anchors is not None, rx.pattern
        for text in texts:
            for start in (0, 37):
                got = [(m.span(), m.groupdict()) for m in s.finditer_caseless(text, start)]
                assert got == [(m.span(), m.groupdict()) for m in rx.finditer(text, start, len(text))], rx.pattern


def test_caseless_needs_the_flag_and_plain_characters():
    assert Scanner(regex.compile("місяц", regex.I), caseless=True).anchors is not None
    assert not Scanner(regex.compile("місяц"), caseless=True).caseless
    assert Scanner(regex.compile("ſміс", regex.I), caseless=True).anchors is None
    assert Scanner(regex.compile(r"\u017fміс", regex.I), caseless=True).anchors is None
