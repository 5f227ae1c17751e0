"""Providers' names: find them in text, put them in the nominative, key them to one id.

A provider's name is a noun phrase: optional adjectives (a place, a tier), a head noun
(centre, institution, department …), and a tail that stays as written (the genitive «… міської
ради», «для сім'ї, дітей та молоді», a parenthesis). Only the adjectives and the head change case,
so the nominative is built by inflecting those with pymorphy3 and keeping the tail verbatim.
All words involved (type phrases, heads, tiers, abbreviations, tails) come from `patterns/meta.yaml`.
"""

from __future__ import annotations

import bisect
import functools
import logging
from dataclasses import dataclass

import regex

from zvitparse import patterns

log = logging.getLogger(__name__)

WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*")
_GAP_IN_PHRASE = regex.compile(r"^[\s,]*$")
_SPACE = regex.compile(r"\s+")
_PAREN_GLUE = regex.compile(r"(?<=\p{L})\(")
_QUOTES_OPEN = "«\"“„"
_QUOTES_CLOSE = "»\"”“"


# ---- morphology: the analyser spaCy's lemmatizer holds (zvitparse.nlp is the one adapter) ------

def _analyzer():
    from zvitparse.nlp import morph

    return morph()


@functools.lru_cache(maxsize=100_000)
def parses(word: str) -> tuple:
    return tuple(_analyzer().parse(word.replace("’", "'")))


@functools.lru_cache(maxsize=100_000)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy3 offers for `word` (lower-cased), plus the word itself."""
    w = word.lower().replace("’", "'")
    return frozenset({w} | {p.normal_form for p in parses(w)})


def is_adjective(word: str) -> bool:
    # participles («даного», «зазначеного») point back at a name, they are not part of it
    return any(p.tag.POS == "ADJF" and "pssv" not in p.tag for p in parses(word.lower()))


def _is_thing_noun(word: str) -> bool:
    """«рада» reads as «радий» too; a word that can be a common inanimate noun in the nominative
    ends a run of adjectives."""
    # (a hyphenated place adjective «Новоград-Волинський» gets a guessed noun reading too)
    return "-" not in word and any(p.tag.POS == "NOUN" and "inan" in p.tag and "nomn" in p.tag
                                   for p in parses(word.lower()))


def is_pronominal(word: str) -> bool:
    return any(p.tag.POS == "NPRO" for p in parses(word.lower()))


def _keep_case(src: str, out: str) -> str:
    if src.isupper() and len(src) > 1:
        return out.upper()
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def inflect_adjective(word: str, gender: str) -> str:
    for p in parses(word.lower()):
        if "ADJF" in p.tag and "plur" not in p.tag:
            form = p.inflect({"nomn", gender})
            if form is not None:
                return _keep_case(word, form.word)
    return word


def inflect_noun(word: str) -> tuple[str, str]:
    """The nominative singular of a head noun and its gender."""
    for p in parses(word.lower()):
        if "NOUN" in p.tag and "plur" not in p.tag:
            form = p.inflect({"nomn"})
            if form is not None and "plur" in form.tag:
                # «відділу» → «відділи»: the dictionary tags some nominatives singular with no case,
                # so the one it finds is plural; the lemma is the nominative singular
                return _keep_case(word, p.normal_form), str(p.tag.gender or "masc")
            if form is not None:
                return _keep_case(word, form.word), str(form.tag.gender or "masc")
    return word, "masc"


# ---- pattern data ------------------------------------------------------------------------------

def _entries(field: str) -> list[patterns.Entry]:
    return [e for e in patterns.load()["meta"] if e.get("field") == field]


def _phrase_lemmas(phrase: str) -> tuple[frozenset[str], ...]:
    return tuple(lemmas(w) for w in WORD.findall(phrase))


@functools.lru_cache(maxsize=1)
def _type_phrases() -> list[tuple[str, int, tuple[frozenset[str], ...]]]:
    out = []
    for e in _entries("centre_type"):
        for ph in e.get("phrases") or []:
            out.append((e["value"], int(e.get("priority") or 0), _phrase_lemmas(ph)))
    # longer phrases first, then the entry's priority: «центр надання соціальних послуг» before «центр»
    out.sort(key=lambda t: (-len(t[2]), -t[1]))
    return out


@functools.lru_cache(maxsize=1)
def _type_abbreviations() -> list[tuple[str, regex.Pattern]]:
    return [(e["value"], regex.compile(e["regex"])) for e in _entries("centre_type") if e.get("regex")]


@functools.lru_cache(maxsize=1)
def _word_set(field: str) -> frozenset[str]:
    """First lemmas of the one-word phrases of a field (heads, org forms)."""
    out: set[str] = set()
    for e in _entries(field):
        for ph in e.get("phrases") or []:
            if len(WORD.findall(ph)) == 1:
                out |= {ph.lower(), parses(ph.lower())[0].normal_form if parses(ph.lower()) else ph.lower()}
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _levels() -> dict[str, str]:
    out = {}
    for e in _entries("level"):
        for ph in e.get("phrases") or []:
            out[ph.lower()] = e["value"]
    return out


_BLANK_LINE = regex.compile(r"[ \t]*\n[ \t]*\n")


@functools.lru_cache(maxsize=1)
def _tails() -> list[regex.Pattern]:
    # a letterhead in capitals: «… ЗНАМ'ЯНСЬКОЇ МІСЬКОЇ РАДИ»
    return [regex.compile(e["regex"], regex.I) for e in _entries("centre_tail")]


@functools.lru_cache(maxsize=1)
def _infixes() -> list[regex.Pattern]:
    # anchored at the end: the infix must end right before the head
    return [regex.compile(f"(?:{e['regex']})\\s*$", regex.I) for e in _entries("name_infix")]


@functools.lru_cache(maxsize=1)
def _abbreviations() -> list[tuple[regex.Pattern, str]]:
    es = sorted(_entries("abbreviation"), key=lambda e: -int(e.get("priority") or 0))
    return [(regex.compile(e["regex"]), e["value"]) for e in es]


def level_of_word(word: str) -> str | None:
    lv = _levels()
    return next((lv[lm] for lm in lemmas(word) if lm in lv), None)


# ---- finding names in text ---------------------------------------------------------------------

@dataclass(frozen=True)
class NameMatch:
    """A provider's name as written: `text[start:end]`, its type and whether a tail was found."""

    start: int
    end: int
    surface: str
    centre_type: str
    tail: bool


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def _match_phrase(toks, text, i, phrase) -> int:
    """Index after the last token if `phrase` (lemma sets) matches at token i, else -1."""
    if i + len(phrase) > len(toks):
        return -1
    for k, want in enumerate(phrase):
        s, e, w = toks[i + k]
        if k and not _GAP_IN_PHRASE.match(text[toks[i + k - 1][1]:s]):
            return -1
        if not (want & lemmas(w)):
            return -1
    return i + len(phrase)


def _adjectives_left(toks, text, j: int) -> int:
    start = j
    while j > 0 and start - j < 4:
        s, e, w = toks[j - 1]
        gap = text[e:toks[j][0]]
        # («ЗОЛОЧІВСЬКА МІСЬКА РАДА» over «УПРАВЛІННЯ …»: a council is no adjective of the unit under it)
        if gap.strip() or "\n\n" in gap or not is_adjective(w) or is_pronominal(w) or _is_thing_noun(w):
            break
        if not (w[:1].isupper() or level_of_word(w)):
            break
        j -= 1
    return j


def _extend_left(toks, text, i: int) -> int:
    """Take the adjectives that belong to the name: tiers, and capitalized (place) adjectives,
    also across an infix («Дніпровський районний в місті Києві центр …»)."""
    j = _adjectives_left(toks, text, i)
    if j == i and j > 0:
        for pat in _infixes():
            m = pat.search(text, max(0, toks[j][0] - 40), toks[j][0])
            if m:
                k = next((n for n, t in enumerate(toks) if t[0] >= m.start()), j)
                if k < j and (k2 := _adjectives_left(toks, text, k)) < k:
                    j = k2
                break
    # a legal form wrapping a quoted name: КУ «Центр …», комунальної установи «…»
    s0 = toks[j][0]
    before = text[max(0, s0 - 3):s0].rstrip()
    if before and before[-1] in _QUOTES_OPEN and j > 0:
        orgs = _word_set("org_form")
        k = j - 1
        if lemmas(toks[k][2]) & orgs:
            # (not over a blank line: «ТУЛЬЧИНСЬКА МІСЬКА РАДА» over «КОМУНАЛЬНА УСТАНОВА «…»»)
            while k > 0 and is_adjective(toks[k - 1][2]) and not text[toks[k - 1][1]:toks[k][0]].strip() \
                    and "\n\n" not in text[toks[k - 1][1]:toks[k][0]]:
                k -= 1
            return k
    return j


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _whole_line(text: str, end: int, tail_end: int) -> bool:
    """The text before `end` ends its line and the tail after it is a whole line of its own."""
    return (text[end:tail_end].lstrip(" \t")[:1] == "\n" and text[tail_end:tail_end + 1] in ("\n", "")
            and text[end - 1:end] not in ("", "\n"))


def _extend_right(text: str, end: int, quoted: bool, limit: int) -> tuple[int, bool]:
    """Take the tails that continue the name, each at most once and in the patterns' order
    (so «… селищної ради Бучанського району» stops at the council), and a closing quote."""
    tail = False
    close = regex.compile(r"\s*[»\"”“]")
    for pat in _tails():
        if quoted and (m := close.match(text[end:limit])):
            end, quoted = end + m.end(), False
        m = pat.match(text[end:limit])  # on a slice: the tails are anchored with ^
        # a tail across a blank line is a paragraph of its own (a letterhead's next line),
        # unless both are in capitals: one letterhead a PDF's line spacing split
        # (or the tail is all of its line after a name that ends its own: «Комунальна установа
        # «Центр …»» / blank / «Новомиргородської міської ради», one letterhead a DOCX spaced out)
        if m and m.end() > 0 and (not _BLANK_LINE.match(text, end, end + m.end())
                                  or _caps(text[max(0, end - 30):end]) and _caps(m.group())
                                  or _whole_line(text, end, end + m.end())):
            end += m.end()
            tail = True
    if quoted and (m := close.match(text[end:limit])):
        end += m.end()
    return end, tail


def find_names(text: str, start: int = 0, end: int | None = None) -> list[NameMatch]:
    """Every provider name in `text[start:end]`, in reading order, spans indexing `text`."""
    end = len(text) if end is None else end
    # cached: the metadata extractor asks for the names of the same stretch (the body after the
    # title, the whole text) several times
    return list(_find_names(text, start, end))


@functools.lru_cache(maxsize=1)
def _first_lemmas() -> frozenset[str]:
    return frozenset(lemma for _c, _p, phrase in _type_phrases() if phrase for lemma in phrase[0])


@functools.lru_cache(maxsize=8)
def _text_words(text: str) -> tuple[list[tuple[int, int, str]], list[int], list[int], list[tuple[int, frozenset[str]]]]:
    """The words of a whole text, their starts and ends (for bisecting), and where a word
    shares a lemma with the first word of a type phrase (index, those lemmas)."""
    toks = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    hits = [(k, h) for k, (_s, _e, w) in enumerate(toks) if (h := _first_lemmas_of(w))]
    return toks, [t[0] for t in toks], [t[1] for t in toks], hits


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]


def _words(text: str, start: int, end: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, frozenset[str]]]]:
    """The words of text[start:end] (WORD looks neither behind nor ahead: bounds act as a slice),
    and their hits as in `_text_words`.

    Cut from the whole text's words, found once: the metadata asks for the names of the whole
    text and of stretches of it, and the words and their lemmas cost ~1.5 ms per 30 KB report.
    A word cut by a bound is read again within the bounds; the words between are the same."""
    toks, starts, ends, hits = _text_words(text)
    i = bisect.bisect_left(starts, start)
    first = starts[i] if i < len(starts) else len(text)
    # the end of a word cut by `start`, or nothing
    head = _bounded(text, start, min(end, first)) if first > start else []
    j = max(i, bisect.bisect_right(ends, end))
    # the beginning of a word cut by `end`
    tail = _bounded(text, toks[j][0], end) if j < len(toks) and toks[j][0] < end else []
    out = head + toks[i:j] + tail
    shift = len(head) - i
    lo, hi = bisect.bisect_left(hits, (i,)), bisect.bisect_left(hits, (j,))
    found = [(k, h) for k, (_s, _e, w) in enumerate(head) if (h := _first_lemmas_of(w))]
    found += [(k + shift, h) for k, h in hits[lo:hi]]
    found += [(k, h) for k, (_s, _e, w) in enumerate(tail, len(out) - len(tail)) if (h := _first_lemmas_of(w))]
    return out, found


@functools.lru_cache(maxsize=100_000)
def _first_lemmas_of(word: str) -> frozenset[str]:
    return lemmas(word) & _first_lemmas()


@functools.lru_cache(maxsize=32)
def _find_names(text: str, start: int, end: int) -> tuple[NameMatch, ...]:
    toks, hits = _words(text, start, end)
    used = [False] * len(toks)
    found: list[tuple[int, int, str]] = []
    # A phrase can only match where its first word does: each phrase is tried at the tokens
    # that share a lemma with that word (in reading order, as a scan of every token would),
    # not at all ~5,000 tokens of a report (a 30 KB report took ~17 ms here).
    at: dict[str, list[int]] = {}
    for i, found_lemmas in hits:
        for lemma in found_lemmas:
            at.setdefault(lemma, []).append(i)
    for ctype, _prio, phrase in _type_phrases():
        starts = sorted({i for lemma in phrase[0] for i in at.get(lemma, ())}) if phrase else range(len(toks))
        for i in starts:
            if used[i]:
                continue
            j = _match_phrase(toks, text, i, phrase)
            if j < 0 or any(used[i:j]):
                continue
            used[i:j] = [True] * (j - i)
            found.append((i, j, ctype))
    out = []
    for i, j, ctype in sorted(found):
        left = _extend_left(toks, text, i)
        s = toks[left][0]
        quoted = left < i and any(q in text[toks[left][1]:toks[i][0]] for q in _QUOTES_OPEN)
        e, tail = _extend_right(text, toks[j - 1][1], quoted, end)
        out.append(NameMatch(s, e, text[s:e], ctype, tail))
    for ctype, pat in _type_abbreviations():
        for m in pat.finditer(text, start, end):
            if any(n.start <= m.start() < n.end for n in out):
                continue
            i = next((k for k, t in enumerate(toks) if t[0] == m.start()), None)
            left = _extend_left(toks, text, i) if i is not None else None
            s = toks[left][0] if left is not None else m.start()
            quoted = left is not None and any(q in text[s:m.start()] for q in _QUOTES_OPEN)
            e, tail = _extend_right(text, m.end(), quoted, end)
            out.append(NameMatch(s, e, text[s:e], ctype, tail))
    return tuple(sorted(out, key=lambda n: n.start))


def is_plural(name: str) -> bool:
    """«центрів надання соціальних послуг громад»: a group of providers, not one provider."""
    heads = _word_set("head")
    for _s, _e, w in _tokens(name):
        if lemmas(w) & heads:
            nouns = [p for p in parses(w.lower()) if p.tag.POS == "NOUN"]
            return bool(nouns) and all("plur" in p.tag for p in nouns)
    return False


def centre_type(name: str) -> str | None:
    """The SPEC centre_type of a name, or None when it names no provider."""
    found = find_names(name)
    return found[0].centre_type if found else None


# ---- the nominative ----------------------------------------------------------------------------

def expand_abbreviations(name: str) -> str:
    """Abbreviations spelled out (case-sensitive: «КУ», not «ку»); capitalized where a name
    starts (at the start, after an opening quote)."""
    for pat, full in _abbreviations():
        def spell(m: regex.Match, full: str = full) -> str:
            before = m.string[:m.start()].rstrip()
            starts = not before or before[-1] in _QUOTES_OPEN
            return full[:1].upper() + full[1:] if starts else full
        name = pat.sub(spell, name)
    return name


def tidy(name: str) -> str:
    """One space between words, a space before a glued parenthesis, no stray edge punctuation."""
    name = _PAREN_GLUE.sub(" (", name)
    name = _SPACE.sub(" ", name).strip(" ,.;:-–")
    return name


def sentence_case(name: str) -> str:
    """An all-capitals name («ДЕПАРТАМЕНТ … ЧЕРКАСЬКОЇ ОБЛАСНОЇ …») in ordinary case: lower case
    but for place words and the first word of a quoted name."""
    from zvitparse.places import find_places

    out = list(name.lower())
    for m in WORD.finditer(name):
        w = m.group()
        before = name[:m.start()].rstrip()
        # «ВОЛИНСЬКОЇ ОБЛАСТІ» is a place only with its noun: the word is tried with the next one
        ahead = name[m.end():m.end() + 12].lower()
        if before.endswith(tuple(_QUOTES_OPEN)) or find_places(w[:1] + w[1:].lower()) or any(
                pm.start == 0 for pm in find_places(w[:1] + w[1:].lower() + ahead)):
            out[m.start()] = w[:1]
    return "".join(out)


@functools.lru_cache(maxsize=4096)  # a report names its own provider many times, and pymorphy3's inflection is slow
def nominative(name: str) -> str:
    """`name` with its adjectives and head noun in the nominative; the tail kept as written."""
    letters = [c for c in name if c.isalpha()]
    # a letterhead in capitals, perhaps with its oblast on the next line in ordinary case
    caps = len(letters) > 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    name = tidy(expand_abbreviations(name))
    if caps:
        name = sentence_case(name)
    toks = _tokens(name)
    heads = _word_set("head")
    h = next((k for k, (_s, _e, w) in enumerate(toks) if lemmas(w) & heads), None)
    if h is None:
        return name[:1].upper() + name[1:]
    head_word, gender = inflect_noun(toks[h][2])
    parts, pos = [], 0
    for k in range(h):
        s, e, w = toks[k]
        parts.append(name[pos:s])
        parts.append(inflect_adjective(w, gender) if is_adjective(w) else w)
        pos = e
    parts.append(name[pos:toks[h][0]])
    parts.append(head_word)
    parts.append(name[toks[h][1]:])
    out = "".join(parts)
    return out[:1].upper() + out[1:]


# ---- one id per provider -----------------------------------------------------------------------

def level_of(name: str) -> str | None:
    """The tier a name states: an adjective before the head (міський …) or the council in its tail."""
    for _s, _e, w in _tokens(name):
        lv = level_of_word(w)
        if lv:
            return lv
    from zvitparse.places import council_level

    return council_level(name)


def core(name: str) -> str:
    """The name reduced to the lemmas of its words (abbreviations expanded), for keys."""
    return " ".join(parses(w.lower())[0].normal_form if parses(w.lower()) else w.lower()
                    for w in WORD.findall(expand_abbreviations(name)))


def _districts(name: str, in_city: bool) -> list[str]:
    """City districts a name states («… Шевченківського району м. Києва» → шевченківський)."""
    from zvitparse.places import district_words

    return [next((p.normal_form for p in parses(w.lower()) if p.tag.POS == "ADJF"), w.lower())
            for w in district_words(name, in_city)]


def centre_id(meta: dict) -> str:
    """One id for every spelling of one provider: `<hromada KATOTTG>/<type>/<tier>[/<district>]`.

    Keyed on place + type + tier (city, raion, settlement, village …), not on the wording, so
    «Канівським міським центром соціальних служб», «Канівський МЦСС» and the older «… для сім'ї,
    дітей та молоді» share one id, while a raion centre and a city centre in one town do not, nor
    do two district centres of one city. A missing tier is the tier of the settlement (a city's
    provider is a city one). Without a resolvable place the key is the settlement as written, or
    the name's lemmas, so unresolved providers still do not collide.
    """
    from zvitparse.places import resolve_settlement

    name = meta.get("centre") or ""
    ctype = meta.get("centre_type") or centre_type(name) or "other"
    settlement = meta.get("settlement") or ""
    place = resolve_settlement(settlement, oblast=meta.get("oblast")) if settlement else None
    if place is None and name:
        place = resolve_settlement(name, oblast=meta.get("oblast"))
    level = level_of(expand_abbreviations(name)) if name else None
    if level is None and place is not None:
        level = place.level
    key = meta.get("katottg") or (place.katottg if place else None) or settlement or core(name)
    in_city = place is not None and place.category in "KM" and level == "raion"
    parts = [key.casefold(), ctype, level or "unknown", *_districts(name, in_city)]
    return "/".join(parts)
