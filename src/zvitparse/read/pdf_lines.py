"""A PDF page's text lines back into paragraphs: layout line breaks undone, hyphens rejoined.

A line continues into the next when the next starts in lower case, or when the line is full
(near the page's usual line length) and does not end a sentence; list items and short lines
ending a sentence start new paragraphs. A word hyphenated at a line end is rejoined — always
for a layout hyphen (soft hyphen, pdfium's U+0002), for a plain «-» when the document itself
uses the joined word or a fragment cannot be a word (see `_breaks_word`); a compound
(«діти-сироти») keeps its hyphen. The page's own number alone at its top or bottom is dropped.
"""

from __future__ import annotations

import regex

from zvitparse import patterns
from zvitparse.read.lexicon import one_word

# Where a line ended in a hyphen and the next line went on in lower case (pdfium marks the
# same with U+FFFE); resolved per document by `resolve_hyphens`.
HYPHEN_MARK = "\ufffe"
# Share of the page's usual (90th percentile) line length above which a line counts as full.
FULL_LINE_SHARE = 0.75
# Share of characters that must be garbage for the page to count as having no usable text.
GARBAGE_SHARE = 0.3

_LIST_START = regex.compile(r"^\s*(?:[-–—•·▪●○◦*]\s|\d{1,2}[.)]\s?\D|[а-яіїєґa-z]\)\s)", regex.I)
_SENTENCE_END = ".!?:;…"
_CLOSERS = "'\"»”) \t"
_LOWER_START = regex.compile(r"^\s*[\p{Ll}]")
# a line whose dot leader brings it to a figure (and perhaps its unit: «412,0 тис. грн»)
_LEADER_LINE = regex.compile(r"(?:\.[^\S\n]?){4,}[^\S\n]*\d[\d \u00a0]*(?:[,.]\d+)?(?:[^\S\n]+[\p{L}.%]{1,6}){0,3}[^\S\n]*$")
_FIGURE_AFTER_DASH = regex.compile(r"^\s*[-–—]\s*\d")
_HYPHENS = "-\u00ad\u0002\u2010"
_PAGE_NUMBER = regex.compile(r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$")
_CID = regex.compile(r"\(cid:\d+\)")
_GARBAGE_CHAR = regex.compile(r"[\ufffd\p{Co}\p{Cn}\x00-\x08\x0e-\x1f]")


def is_garbage(text: str) -> bool:
    """True for a text layer that is `(cid:NN)` codes, replacement or private-use glyphs."""
    stripped = "".join(text.split())
    if not stripped:
        return True
    cid = sum(len(m) for m in _CID.findall(stripped))
    bad = cid + len(_GARBAGE_CHAR.findall(_CID.sub("", stripped)))
    return bad > GARBAGE_SHARE * len(stripped)


def _ends_sentence(line: str) -> bool:
    end = line.rstrip(_CLOSERS)
    return bool(end) and end[-1] in _SENTENCE_END


def _usual_length(lines: list[str]) -> int:
    lengths = sorted(len(ln.strip()) for ln in lines if ln.strip())
    if not lengths:
        return 0
    return lengths[int(0.9 * (len(lengths) - 1))]


_VOWELS = frozenset("аеєиіїоуюяaeiouy")


def _breaks_word(lpart: str, rpart: str, words: set[str]) -> bool:
    """Whether «lpart-» + «rpart» at a line end is one word broken by layout.

    The document itself is the dictionary: the joined form used elsewhere in it decides for
    joining, the hyphenated form for keeping. Otherwise only a fragment that cannot stand
    alone (no vowel, a leading soft sign or apostrophe, one or two letters) is joined: real
    compounds at line ends («соціально-психологічних», «діти-сироти») are common in reports.
    """
    joined, hyphened = (lpart + rpart).lower(), f"{lpart}-{rpart}".lower()
    if joined in words:
        return True
    if hyphened in words or rpart[:1].isupper():
        return False
    verdict = one_word(lpart, rpart)
    if verdict is not None:
        return verdict
    low_l, low_r = lpart.lower(), rpart.lower()
    return (not _VOWELS & set(low_r) or low_r[0] in "ь'" or not _VOWELS & set(low_l) or len(low_l) <= 2
            or _split_double(low_l, low_r))


def _split_double(left: str, right: str) -> bool:
    """«обстежен» + «ня», «забезпечен» + «ня»: a doubled consonant (-ння, -ття) split by the break."""
    return bool(left) and bool(right) and left[-1] == right[0] and left[-1] not in _VOWELS and left[-1].isalpha()


_MARKED = regex.compile(r"(\p{L}+)\ufffe('?\p{L}+)")
_WORDS = regex.compile(r"\p{L}+(?:-\p{L}+)*")


_LAST_WORD = regex.compile(r"(\p{L}+)(-?)\s*$")
_CLOSING_PUNCT = frozenset(",.;:!?)]»”…%")
_FIRST_WORD = regex.compile(r"\s*\p{L}+")


def _wrapped_mid_word(left: str, right: str, words: set[str]) -> bool:
    """A narrow table cell wraps long words without a hyphen («консультува» / «ння»): the right
    part cannot start a word — no vowel, a soft sign or apostrophe first, or a doubled consonant
    (the «-ння», «-ття», «-лля» endings) — or the document uses the joined form elsewhere."""
    low = right.lower()
    if (left + right).lower() in words:
        return True
    if f"{left} {right}".lower() in words:
        return False
    verdict = one_word(left, right)
    if verdict is not None:
        return verdict
    return (not _VOWELS & set(low) or low[0] in "ь'" or _split_double(left.lower(), low)
            or (len(low) > 1 and low[0] == low[1] and low[0] not in _VOWELS))


def rejoin_cell_lines(text: str, words: set[str]) -> str:
    """A table cell's text with its layout line breaks undone: words wrapped mid-word rejoined
    (a word broken over three lines too), hyphens at line ends decided as in running text."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = lines[0]
    for line in lines[1:]:
        left = _LAST_WORD.search(out)
        right = _FIRST_WORD.match(line)
        if line[:1] in _CLOSING_PUNCT:  # a comma or bracket wrapped alone to the next line
            out += line
        elif left and right and left.group(2):
            out = out[: left.end(1)] + HYPHEN_MARK + line.lstrip()
        elif left and right and right.group()[0].islower() and _wrapped_mid_word(left.group(1), right.group(), words):
            out += line.lstrip()
        else:
            out = f"{out} {line}"
    return resolve_hyphens(out, words)


def continues_paragraph(prev: str, first: str) -> str | None:
    """`prev` + `first` as one paragraph when a page break cut it (the new page goes on in
    lower case), else None."""
    if not _LOWER_START.match(first) or not prev.strip():
        return None
    tail = prev.rstrip()
    if len(tail) > 1 and tail[-1] in _HYPHENS and tail[-2].isalpha():
        return tail[:-1] + ("" if tail[-1] in "\u00ad\u0002" else HYPHEN_MARK) + first.lstrip()
    return f"{tail} {first.lstrip()}"


def document_words(texts: list[str]) -> set[str]:
    """Lower-cased words (hyphenated compounds whole) of a document's texts."""
    words: set[str] = set()
    for t in texts:
        words.update(w.lower() for w in _WORDS.findall(t))
    return words


def resolve_hyphens(text: str, words: set[str]) -> str:
    """Replace each line-end hyphen mark by «-» or nothing (see `_breaks_word`)."""
    if HYPHEN_MARK not in text:
        return text

    def fix(m: regex.Match[str]) -> str:
        glue = "" if _breaks_word(m.group(1), m.group(2), words) else "-"
        return m.group(1) + glue + m.group(2)

    return _MARKED.sub(fix, text).replace(HYPHEN_MARK, "-")


# a page with less text than this in few lines is a slide (or a poster): its lines are items
SLIDE_CHARS = 700
SLIDE_LINES = 25


def is_slide(lines: list[str]) -> bool:
    """A sparse page of short lines: a presentation's slide, whose lines are items of their own."""
    filled = [ln for ln in lines if ln.strip()]
    return 0 < len(filled) <= SLIDE_LINES and sum(len(ln.strip()) for ln in filled) < SLIDE_CHARS \
        and max(len(ln.strip()) for ln in filled) <= 90


_FIGURE_START = regex.compile(r"^\s*\d")


# «… надали отримувачам 96» / «318 соціальних послуг»: a number's thousands cut by the line end
_GROUP_HEAD_END = regex.compile(r"\p{L}\s+\d{1,3}\s*$")
_GROUP_START = regex.compile(r"^\s*\d{3}(?!\d)[\s,]+\p{L}")


# punctuation that closes what stands before it: no line of a paragraph opens on it
_PUNCT_START = regex.compile(r"^\s*[,;:)](?!\S*\d)")


def join_lines(lines: list[str], slide: bool = False) -> list[str]:
    """Paragraphs of one page from its text lines (blank lines always break). On a `slide` a
    line goes on the one before only when it starts in lower case («2 964» / «звернення …»)."""
    usual = _usual_length(lines)
    paras: list[str] = []
    cur = ""
    prev_line = ""
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            if cur:
                paras.append(cur)
            cur, prev_line = "", ""
            continue
        if not cur:
            cur, prev_line = line, line
            continue
        full = usual and len(prev_line.strip()) >= FULL_LINE_SHARE * usual
        lower = bool(_LOWER_START.match(line))
        if _PUNCT_START.match(line):
            # «…на обліку 2 186 ВПО¹» / «, що становить …»: a raised footnote mark ended the text
            # layer's line; no line opens on a comma
            cur, prev_line = cur.rstrip() + line.strip(), line
            continue
        if _LEADER_LINE.search(prev_line) and not lower:
            # «Догляд вдома ........ 214» / «Денний догляд ........ 36»: a line led to its figure
            # by dots ends there, however long
            join = False
        elif full and not slide and _FIGURE_AFTER_DASH.match(line) and prev_line.rstrip()[-1:].isalpha():
            # («…, екстрене (кризове) втручання» / «– 34, соціальна профілактика – 120.»: a full
            # line cut between an item's words and its figure; a list item opens on words)
            join = True
        elif (_LIST_START.match(line) or slide) and not lower:
            join = False
        elif lower:
            join = True
        else:
            # («…, з них жінки –» / «734, чоловіки – 402»: a short line left open by a dash, a
            # comma or a preposition — a raised footnote mark or a typewriter cut it — goes on
            # with the figure: «від 60 до» / «69 років – 23,8 %»)
            join = (bool(full) and not _ends_sentence(prev_line)) or bool(
                patterns.link_regex("open_line_end").search(prev_line) and _FIGURE_START.match(line)) or bool(
                _GROUP_HEAD_END.search(prev_line) and _GROUP_START.match(line))
        if not join:
            paras.append(cur)
            cur, prev_line = line, line
            continue
        tail = cur.rstrip()
        if lower and len(tail) > 1 and tail[-1] in _HYPHENS and tail[-2].isalpha():
            mark = "" if tail[-1] in "\u00ad\u0002" else HYPHEN_MARK
            cur = tail[:-1] + mark + line.lstrip()
        else:
            cut_group = bool(_GROUP_HEAD_END.search(prev_line) and _GROUP_START.match(line))
            cur = f"{cur}\n{line}" if not full and not lower and not cut_group else f"{cur.rstrip()} {line.strip()}"
        prev_line = line
    if cur:
        paras.append(cur)
    return paras


def _is_page_number(line: str, page_no: int) -> bool:
    # «Сторінка 1 з 2», «стор. 2», «Page 3 of 5» (`furniture.yaml`): the page's number is the first
    if (of := patterns.entry_regex("furniture", "page_number_line").match(line.lower())) is not None:
        return int(of.group("n") or of.group("n2")) in (page_no, page_no - 1)
    m = _PAGE_NUMBER.match(line)
    return bool(m) and int(regex.sub(r"\D", "", line)) in (page_no, page_no - 1)


def drop_page_numbers(lines: list[str], page_no: int) -> list[str]:
    """Without the page's number (or one less: an unnumbered title page) as its first or last line."""
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    drop = set()
    if idx and _is_page_number(lines[idx[-1]], page_no):
        drop.add(idx[-1])
    if len(idx) > 1 and _is_page_number(lines[idx[0]], page_no):
        drop.add(idx[0])
    return [ln for i, ln in enumerate(lines) if i not in drop]


# a browser's print footer: the page's address and «2/3» (drawn where the browser likes, so its
# line may stand anywhere in the page's text)
_PRINT_FOOTER = regex.compile(r"^\s*(?:https?://|file:///)\S+\s+(\d{1,4})\s*/\s*\d{1,4}\s*$")


def drop_print_footers(lines: list[str], page_no: int) -> list[str]:
    """Without the line a browser printed as the page's footer («https://…/news/17/ 2/3»)."""
    return [ln for ln in lines if not ((m := _PRINT_FOOTER.match(ln)) and int(m.group(1)) == page_no)]


# A line is a running header or footer when it recurs at a page edge on this share of pages
# (and on at least RUNNING_MIN_PAGES pages); how many lines of each edge are looked at.
RUNNING_SHARE = 0.5
RUNNING_MIN_PAGES = 3
EDGE_LINES = 2
_DIGITS = regex.compile(r"\d+")


def _edge_key(line: str) -> str:
    """Lines compared with their numbers blanked: «Сторінка 3 з 10» recurs as «сторінка # з #»."""
    return _DIGITS.sub("#", " ".join(line.split()).casefold())


def _edge(lines: list[str], top: bool) -> list[str]:
    nonblank = [ln for ln in lines if ln.strip()]
    return nonblank[:EDGE_LINES] if top else nonblank[-EDGE_LINES:]


def top_keys(lines: list[str]) -> set[str]:
    """Keys of a page's top lines (as `running_lines` gives them), bare numbers left out."""
    return {k for k in (_edge_key(ln) for ln in _edge(lines, True)) if k.strip("# ")}


def running_lines(edges: list[tuple[list[str], list[str]]]) -> set[str]:
    """Keys of lines that recur at the top or bottom of many pages (`edges`: each page's first
    and last band of lines)."""
    if len(edges) == 2:
        return _numbered_pair(edges)
    if len(edges) < RUNNING_MIN_PAGES:
        return set()
    counts: dict[str, int] = {}
    for first, last in edges:
        keys = {_edge_key(ln) for ln in _edge(first, True)} | {_edge_key(ln) for ln in _edge(last, False)}
        for k in keys:
            if k.strip("# "):  # a bare number is left to drop_page_numbers
                counts[k] = counts.get(k, 0) + 1
    need = max(RUNNING_MIN_PAGES, RUNNING_SHARE * len(edges))
    return {k for k, c in counts.items() if c >= need}


def _numbered_pair(edges: list[tuple[list[str], list[str]]]) -> set[str]:
    """Of two pages, a line that recurs at the same edge of both and carries each page's own
    number («Звіт ЦСС … за 2025 рік, сторінка 1» / «…, сторінка 2»): two pages are too few to
    trust a bare repeat, but not a repeat that counts the pages."""
    out = set()
    for top in (True, False):
        lines = [_edge(first if top else last, top) for first, last in edges]
        for a in lines[0]:
            for b in lines[1]:
                key = _edge_key(a)
                if key == _edge_key(b) and "1" in _DIGITS.findall(a) and "2" in _DIGITS.findall(b):
                    out.add(key)
    return out


def drop_running(lines: list[str], running: set[str], top: bool) -> list[str]:
    """`lines` without running headers (top) or footers (bottom) among their edge lines."""
    if not running:
        return lines
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    edge = idx[:EDGE_LINES] if top else idx[-EDGE_LINES:]
    drop = {i for i in edge if _edge_key(lines[i]) in running}
    return [ln for i, ln in enumerate(lines) if i not in drop]
