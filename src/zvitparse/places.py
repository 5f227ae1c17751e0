"""Settlements, hromadas and oblasts: from «Канівський», «Старокостянтинівської міської ради»,
«міста Дніпра», «м. Покров» to a `Place` with its oblast and KATOTTG codes.

The gazetteer (`patterns/gazetteer.csv`, derived from the official KATOTTG codifier by
`scripts/derive_gazetteer.py`) lists every hromada as its centre settlement with the hromada's own
adjective («Покровська»), every city, raion and oblast. Adjectives are matched on their masculine
lemma (pymorphy3), nouns on their lemma, so any case form finds its row. Many names repeat across
Ukraine (four hromadas are «Покровська»): a stated oblast filters, the council's tier («міської
ради» → a city) filters, and what is still ambiguous resolves to nothing rather than to a guess.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from zvitparse import patterns
from zvitparse.names import WORD, is_adjective, lemmas, level_of_word, parses

CATEGORY_LEVEL = {"K": "city", "M": "city", "X": "settlement", "C": "village", "P": "raion", "O": "oblast"}
_LEVEL_CATEGORIES = {"city": "KM", "settlement": "X", "village": "C", "raion": "P"}
# the tier next to a council's own when the register files its seat one tier off
_LEVEL_NEAR = {"settlement": "C", "village": "X"}
_RANK = "KMXCP"


@dataclass(frozen=True)
class Place:
    """A resolved place: `name` nominative, `katottg` of the hromada (or raion), `centre_katottg`
    of the settlement itself."""

    name: str
    oblast: str | None
    katottg: str | None
    centre_katottg: str | None
    category: str

    @property
    def level(self) -> str | None:
        return CATEGORY_LEVEL.get(self.category)


@dataclass(frozen=True)
class PlaceMention:
    """A place word in text: `role` is oblast, raion, council (a hromada's council or community),
    settlement (after «м.», «міста» …) or adjective (bare, as in «Канівський міський центр»)."""

    start: int
    end: int
    word: str
    role: str
    level: str | None
    rows: tuple[dict, ...]


def _meta(field: str) -> list[patterns.Entry]:
    return [e for e in patterns.load()["meta"] if e.get("field") == field]


@functools.lru_cache(maxsize=1)
def _regexes() -> dict[str, list[tuple[regex.Pattern, str | None]]]:
    out: dict[str, list[tuple[regex.Pattern, str | None]]] = {}
    for f in ("settlement_noun", "council", "oblast_noun", "raion_noun"):
        # a settlement noun precedes the name: anchor it at the end of the text before the word
        anchor = r"(?:{})\s*$" if f == "settlement_noun" else "{}"
        # letterheads write «ІВАНО-ФРАНКІВСЬКОЇ ОБЛАСТІ» in capitals
        out[f] = [(regex.compile(anchor.format(e["regex"]), regex.I), e.get("value")) for e in _meta(f)]
    return out


def _adj_keys(word: str) -> list[str]:
    """Masculine lemmas of every adjective reading of `word` («Покровської» → покровський),
    sorted so that results never depend on set order."""
    keys = {p.normal_form for p in parses(word.lower()) if "ADJF" in p.tag}
    return sorted(keys or {word.lower()})


def _key(name: str) -> str:
    return name.casefold().replace("’", "'").replace("ʼ", "'")


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    by_adj: dict[str, list[dict]] = {}
    by_name: dict[str, list[dict]] = {}
    pats = patterns.load()
    for row in pats.table("gazetteer"):
        if row.get("adjective"):
            for key in _adj_keys(row["adjective"]):
                by_adj.setdefault(key, []).append(row)
        if row["category"] in "KMXC":
            by_name.setdefault(_key(row["name"]), []).append(row)
    # former names (Дніпропетровськ, Орджонікідзе …) lead to today's row: older reports use them
    for old in pats.table("gazetteer_former"):
        rows = [r for r in by_name.get(_key(old["name"]), []) if r["oblast"] == old["oblast"]]
        rows = [r for r in rows if r["category"] in "KM"] or rows
        if not rows:
            continue
        by_name.setdefault(_key(old["former"]), []).extend(rows[:1])
        for key in _adj_keys(old["former_adjective"]):
            by_adj.setdefault(key, []).extend(rows[:1])
    return by_adj, by_name


def _noun_rows(text: str, start: int, end: int, guess: bool) -> tuple[tuple[dict, ...], int]:
    """Rows named by the word (or two words) at start; `guess` trims an unknown case ending."""
    _, by_name = _index()
    words = [m for m in WORD.finditer(text, start, min(len(text), end + 40))][:2]
    if not words:
        return (), end
    w1 = words[0].group()
    if len(words) == 2 and words[1].group()[:1].isupper():
        for a in sorted(lemmas(w1)):
            for b in sorted(lemmas(words[1].group())):
                rows = by_name.get(f"{a} {b}")
                if rows:
                    return tuple(rows), words[1].end()
    for key in sorted(lemmas(w1), key=lambda k: (-len(k), k)):
        if key in by_name:
            return tuple(by_name[key]), words[0].end()
    if guess:
        low = w1.lower()
        for cut in (1, 2):
            if len(low) - cut >= 3 and _key(low[:-cut]) in by_name:
                return tuple(by_name[_key(low[:-cut])]), words[0].end()
    return (), end


# how `WORD` cuts tokens: one starts at a letter and goes on through letters, marks and
# apostrophes, and through «-» followed by a letter
_LETTER = regex.compile(r"\p{L}")
_MARK = regex.compile(r"[\p{M}'’]")
_CAPITAL = regex.compile(r"\p{Lu}")


def _in_token(text: str, q: int) -> bool:
    """Whether `text[q]` lies inside a word token (walking back over marks and apostrophes to
    the letter that started it)."""
    while q >= 0 and _MARK.match(text, q):
        q -= 1
    return q >= 0 and _LETTER.match(text, q) is not None


def _capitalized_words(text: str):
    """The tokens of `WORD.finditer(text)` that begin with a capital, found from the capitals
    (a report's words are mostly lower-case: the rest need not be cut into tokens)."""
    for c in _CAPITAL.finditer(text):
        p = c.start()
        if p and (_in_token(text, p - 1) or (text[p - 1] == "-" and _in_token(text, p - 2))):
            continue  # inside a word («Івано-Франківськ», «ЦНСП»)
        yield WORD.match(text, p)


@functools.lru_cache(maxsize=100_000)
def _may_be_adjective(low: str) -> bool:
    return any("ADJF" in p.tag for p in parses(low))


def find_places(text: str) -> list[PlaceMention]:
    """Every capitalized word of `text` that names a gazetteer place, with its role in context."""
    by_adj, _ = _index()
    rx = _regexes()
    out: list[PlaceMention] = []
    pos = 0
    for m in _capitalized_words(text):
        if m.start() < pos:
            continue
        w, after = m.group(), text[m.end():m.end() + 80]
        before = text[max(0, m.start() - 12):m.start()]
        if any(p.search(before) for p, _ in rx["settlement_noun"]):
            rows, e = _noun_rows(text, m.start(), m.end(), guess=True)
            if rows:
                out.append(PlaceMention(m.start(), e, text[m.start():e], "settlement", None, rows))
                pos = e
                continue
        if not _may_be_adjective(w.lower()):
            continue
        rows_all = [r for k in _adj_keys(w) for r in by_adj.get(k, [])]
        if not rows_all:
            continue
        role, level = "adjective", None
        oblast_hit = next((value for p, value in rx["oblast_noun"] if p.match(after)), None)
        if oblast_hit:
            role, level = "oblast", oblast_hit
        elif any(p.match(after) for p, _ in rx["raion_noun"]):
            role, level = "raion", "raion"
        else:
            for p, value in rx["council"]:
                if p.match(after):
                    role, level = "council", value
                    break
        if role == "adjective":
            level = _level_after(text, m.end())
        if role == "oblast" or level == "oblast":
            rows = [r for r in rows_all if r["category"] == "O"]
        elif role == "raion":
            rows = [r for r in rows_all if r["category"] == "P"]
        else:
            rows = [r for r in rows_all if r["category"] in "KMXC"]
        if rows:
            out.append(PlaceMention(m.start(), m.end(), w, role, level, tuple(rows)))
    return out


def district_words(text: str, in_city: bool = False) -> list[str]:
    """Capitalized adjectives followed by «району»: the districts of a city («Шевченківського
    району м. Києва»). With `in_city` (the provider sits in a city), «Дніпровський районний» is
    a district too; otherwise that is a raion-tier provider."""
    rx = _regexes()["raion_noun"]
    out = []
    for m in WORD.finditer(text):
        w = m.group()
        if not w[:1].isupper() or not any(p.match(text[m.end():m.end() + 20]) for p, _ in rx):
            continue
        nxt = WORD.match(text, m.end() + 1) or WORD.search(text, m.end(), m.end() + 5)
        if nxt and level_of_word(nxt.group()) and not in_city:
            continue  # «Канівський районний центр»: a raion-tier provider, not a district
        if any("ADJF" in p.tag for p in parses(w.lower())):
            out.append(w)
    return out


def council_level(text: str) -> str | None:
    """The tier of the first council named in `text` («… міської ради» → city)."""
    for pm in find_places(text):
        if pm.role == "council":
            return pm.level
    return None


def oblast_of(text: str) -> str | None:
    """The oblast `text` states («… Дніпропетровської області» → Дніпропетровська), or None."""
    for pm in find_places(text):
        if pm.role == "oblast":
            return pm.rows[0]["name"]
    return None


def _place(row: dict) -> Place:
    return Place(row["name"], row["oblast"] or None, row["katottg"] or None, row["centre_katottg"] or None,
                 row["category"])


def _raion_centre(row: dict) -> Place:
    """A raion resolves to the town it is named after (Бучанський → Буча) when there is one."""
    by_adj, _ = _index()
    for key in _adj_keys(row["name"]):
        for r in by_adj.get(key, []):
            if r["category"] in "KMX" and r["oblast"] == row["oblast"]:
                return Place(r["name"], row["oblast"], row["katottg"], r["centre_katottg"] or None, "P")
    return Place(row["name"], row["oblast"] or None, row["katottg"], None, "P")


def choose(rows: tuple[dict, ...] | list[dict], oblast: str | None = None, level: str | None = None) -> Place | None:
    """The one place `rows` can mean given the oblast and tier, or None if still ambiguous."""
    rows = list(rows)
    if oblast:
        rows = [r for r in rows if (r["oblast"] or r["name"]) == oblast]
    if level in _LEVEL_CATEGORIES:
        # a village council seated in what the register calls a селище is nearer than a city
        rows = [r for r in rows if r["category"] in _LEVEL_CATEGORIES[level]] \
            or [r for r in rows if r["category"] in _LEVEL_NEAR.get(level, "")] or rows
    if not rows:
        return None
    if len({(r["name"], r["oblast"]) for r in rows}) > 1:
        # the same name at different tiers (a city and a village): the city is the one reports mean
        best = min(_RANK.index(r["category"]) if r["category"] in _RANK else 9 for r in rows)
        rows = [r for r in rows if (_RANK.index(r["category"]) if r["category"] in _RANK else 9) == best]
        if len({(r["name"], r["oblast"]) for r in rows}) > 1:
            return None
    row = min(rows, key=lambda r: (_RANK.index(r["category"]) if r["category"] in _RANK else 9, r["katottg"]))
    return _raion_centre(row) if row["category"] == "P" else _place(row)


def _level_after(text: str, end: int) -> str | None:
    """«Канівський міський центр»: the tier adjective right after a bare place adjective."""
    nxt = WORD.search(text, end, min(len(text), end + 40))
    if nxt is None or text[end:nxt.start()].strip():
        return None
    return level_of_word(nxt.group()) if is_adjective(nxt.group()) else None


def _oblast_seat(word: str) -> Place | None:
    """«Київський обласний центр»: the oblast's seat, with the oblast (the name states it)."""
    by_adj, by_name = _index()
    for key in _adj_keys(word):
        for r in by_adj.get(key, []):
            if r["category"] == "O" and r.get("seat"):
                seat = next((x for x in by_name.get(_key(r["seat"]), []) if x["category"] in "KM"), None)
                return Place(r["seat"], r["name"], seat["katottg"] if seat else None,
                             seat["centre_katottg"] if seat else None, "O")
    return None


def resolve_settlement(text: str, oblast: str | None = None) -> Place | None:
    """The settlement `text` names: an adjective («Сумським»), a council («Покровської міської ради
    Дніпропетровської області»), a noun («міста Дніпра», «м. Покров», «Канів»)."""
    mentions = find_places(text)
    oblast = oblast or next((pm.rows[0]["name"] for pm in mentions if pm.role == "oblast"), None)
    # a city named outright («в місті Києві», «… міської ради») outranks a bare or raion adjective:
    # «Дніпровський районний в місті Києві центр» is in Kyiv
    order = {"settlement": 0, "council": 0}
    for pm in sorted(mentions, key=lambda pm: order.get(pm.role, 1)):
        if pm.role == "oblast":
            continue
        level = pm.level
        if level == "oblast":
            place = _oblast_seat(pm.word)
            if place is not None:
                return place
        place = choose(pm.rows, oblast, level)
        if place is not None:
            return place
    institutions = [pm for pm in mentions if pm.role == "oblast" and pm.level == "institution"]
    if institutions and all(pm.role == "oblast" for pm in mentions):
        # «… Черкаської обласної державної адміністрації»: an oblast body sits in the oblast's seat
        return _oblast_seat(institutions[0].word)
    if not mentions:
        # a bare noun: «Канів», «Дніпрі»
        rows, _ = _noun_rows(text, 0, 0, guess=False)
        if rows:
            return choose(rows, oblast)
    return None
