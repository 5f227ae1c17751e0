"""Sentence segmentation that survives bullets, numbered lists, headings and flattened tables.

Works on the document's prose blocks (tables are the table extractors' job). A line break ends a
sentence when the next line starts a bullet, a number or a capital, or when the line ends with
sentence punctuation; otherwise the lines are one sentence cut by layout. Inside a line, a full
stop ends a sentence unless it closes an abbreviation (`patterns/abbreviations.yaml`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from zvitparse import patterns
from zvitparse.model import Document
from zvitparse.nlp import tokens

# a list mark, or a pictograph used as one («🔹 214 підопічних…», «➡️ 412 поїздок» in a social-media
# post); © ® ™ are pictographs too, but no marks
# (several pictographs may stand together, «👨👩👧», «👩🏫», joined or not, with their modifiers)
BULLET = r"(?:[•·●▪■◦‣∙\-–—*]|(?:(?![©®™])\p{Extended_Pictographic}[\uFE0F\u200D\p{Emoji_Modifier}]*)+)"
# (a bracket opening on a figure, «(742 учасники)», goes on the line above: it is that line's figure)
_LINE_START_NEW = regex.compile(rf"^\s*(?:{BULLET}\s|\d{{1,2}}(?:\.\d{{1,2}})*[.)]\s|\p{{Lu}}|[«\"“]|\((?!\s*\d))")
_LINE_END_HARD = regex.compile(r"[.!?;:…]\s*$")
_DASH_FIGURE = regex.compile(r"^\s*[-–—]\s*\d")
_PERCENT_BRACKET = regex.compile(r"^\s*\(\s*\d+(?:[,.]\d+)?\s*%\s*\)")
_ITEM_END = regex.compile(r"\s[-–—]\s*\d[\d\s]*(?:[,.]\d+)?\s*%?(?:\s*\([^()\n]{1,20}\))?\s*$")
# (and a middle dot between items of one line: «2 415 звернень · 98 повідомлень · 73 оцінки потреб»)
_SENT_END = regex.compile(r"(?<=[.!?…])\s+(?=[«\"“(]?[\p{Lu}\d•·])|\s+·\s+(?=[«\"“(]?[\p{L}\d])")
_BULLET_START = regex.compile(rf"{BULLET}\s|\d{{1,2}}(?:\.\d{{1,2}})*[.)]\s")
# an item's marks before its first word, however many a list stacks («а) », «• 1) »)
_ITEM_MARKS = regex.compile(rf"(?:(?:{BULLET}|\d{{1,2}}(?:\.\d{{1,2}})*[.)]|[а-яіїєґa-z]\))\s+)+")
_WORD_BEFORE = regex.compile(r"([\p{L}\-'’ʼ]+)\.$")  # («сім'ї.»: the apostrophe is the word's)
_NEAR_END = 64

_CURRENCY_STOP = regex.compile(r"\d\s*(?:тис\.\s*|млн\.?\s*)?(?:грн|коп)\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index of the block in doc.blocks (-1 when the document has none)
    bullet: bool = False  # starts with a bullet or a list number


@functools.lru_cache(maxsize=1)
def _abbrev_re() -> regex.Pattern:
    alts = [f"(?:{e['regex']})" for e in patterns.load()["abbreviations"]]
    return regex.compile("|".join(alts) or r"(?!)", regex.I)


@functools.lru_cache(maxsize=1)
def _unit_stop() -> regex.Pattern:
    """A counted noun cut short right before a bracket (`links.yaml` `counted_noun_cut`)."""
    alts = [f"(?:{e['regex']})" for e in patterns.load()["links"] if e.get("relation") == "counted_noun_cut"]
    return regex.compile("|".join(alts) or r"(?!)", regex.I)


def is_abbrev(text: str, end: int | None = None) -> bool:
    """Whether `text[:end]` ends in an abbreviation and its full stop («вул.», «Г.»)."""
    end = len(text) if end is None else end
    # the word before the stop, searched for near the end: a search from the line's start
    # walks the whole line at every full stop (a paragraph's worth of them)
    lo = max(0, end - _NEAR_END)
    m = _WORD_BEFORE.search(text, lo, end)
    if m is not None and lo and m.start() == lo:
        m = _WORD_BEFORE.search(text, 0, end)  # the word may begin before the stretch looked at
    if not m:
        return False
    word = m.group(1)
    # «Добре.» ends a sentence, «вул.» and a single capital initial do not
    return bool(_abbrev_re().fullmatch(word.lower()) or _abbrev_re().fullmatch(word))


def _split_line(text: str, start: int) -> list[tuple[int, int]]:
    spans, cur = [], 0
    for m in _SENT_END.finditer(text):
        if is_abbrev(text, m.start()) and not (_CURRENCY_STOP.search(text, 0, m.start())
                                                 and text[m.end():m.end() + 1].isupper()):
            continue  # («… 96480,50 грн. Забезпечено …»: a currency's stop before a capital ends it)
        if text[m.end():m.end() + 1] == "(" and _unit_stop().search(text, 0, m.start()):
            continue  # «взято під супровід 6 сім. (35 % від …)»: the bracket is the figure's
        spans.append((start + cur, start + m.start()))
        cur = m.end()
    spans.append((start + cur, start + len(text)))
    return spans


# a block of lines no longer than this is a slide or a list of «figure noun» lines, not prose
# wrapped by layout (prose wraps at 60–100 characters)
_SHORT_LINE = 50
# a line this long that ends mid-sentence was wrapped by layout
_WRAPPED_LINE = 60
_FIGURE_START = regex.compile(r"^\s*\d")
# «а) Догляд вдома», «2. Соціальний супровід»: a marked heading on a line of its own, over a
# sentence that starts on the next line (with a figure: «4 906 послуг догляду вдома надали …»)
_MARKED_HEADING = regex.compile(r"^\s*(?:[а-яіїєґa-z]\)|\d{1,2}(?:\.\d{1,2})*[.)])\s+\p{Lu}[^\d\n.,;:!?–—-]{0,60}$")


def _open_end(line: str) -> bool:
    """The line's last word leaves it open («перебувало», «у», «та»): the sentence goes on."""
    toks = [t for t in tokens(line) if not t.is_space and not t.is_punct]
    return not toks or toks[-1].pos in ("VERB", "PREP", "CONJ", "ADJF", "NUMR", "NPRO", "PRCL")


def _heads_section(line: str) -> bool:
    """«а) Догляд вдома»: a marked heading, its last word closing it (not «3. У відділенні …
    перебувало», a sentence the layout wrapped)."""
    return bool(_MARKED_HEADING.match(line)) and not _open_end(line)


def _figure_line_ends(prev: str, line: str, slide: bool) -> bool:
    """In a block of short lines, «62 штатні одиниці» after «5 структурних підрозділів» is a
    line of its own; after an open end («звернулося», «у», «,») it goes on the sentence."""
    if not slide or not _FIGURE_START.match(line) or patterns.link_regex("open_line_end").search(prev):
        return False
    if prev.isupper():
        return True  # «ХТО МИ»: a heading in capitals
    return not _open_end(prev)


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """Lines joined where layout cut a sentence."""
    out: list[list[int]] = []
    pos = 0
    all_lines = text.split("\n")
    full = [ln for ln in all_lines if ln.strip()]
    slide = len(full) >= 3 and max(len(ln.strip()) for ln in full) <= _SHORT_LINE
    for line in all_lines:
        s, e = start + pos, start + pos + len(line)
        pos += len(line) + 1
        if not line.strip():
            if out:
                out.append([s, s])  # a blank line always ends the sentence
            continue
        if out and out[-1][1] > out[-1][0]:
            prev_text = text[out[-1][0] - start : out[-1][1] - start]
            # «з них соціальних робітників / – 71»: a dash and a figure after an open line is the
            # wrapped «назва – число», not a bullet
            # a line «м. Ірпінь – 164» is a list item of its own: the next line starts another
            # («… соціальний супровід сімей / (осіб), які …»: a bracket after a long line that layout
            # wrapped mid-sentence goes on it)
            prev_line = prev_text.rsplit("\n", 1)[-1]
            # («21 ос. / відмовлено»: a counted noun cut short ends no line before a lowercase word)
            cut_noun = line.lstrip()[:1].islower() and _unit_stop().search(prev_text.rstrip())
            # («… 1 318 осіб (за 9 міс. / 2022 р. – 1 274), у т.ч.»: a bracket still open goes on)
            open_bracket = prev_text.count("(") > prev_text.count(")") and ")" in line
            if _PERCENT_BRACKET.match(line) and not _LINE_END_HARD.search(prev_text):
                # «… інвалідністю I–II груп – 94 / (29,6 %), одинокі …»: the figure's percent, cut
                # off by a hard wrap, goes on with it
                out[-1][1] = e
                continue
            if (not _LINE_END_HARD.search(prev_text) or cut_noun or open_bracket) and not _ITEM_END.search(prev_text) and (
                    not _LINE_START_NEW.match(line) or _DASH_FIGURE.match(line)
                    or (line.lstrip().startswith("(") and len(prev_line.strip()) >= _WRAPPED_LINE)) \
                    and not _figure_line_ends(prev_line, line, slide) \
                    and not (prev_line == prev_text and len(line.strip()) >= _WRAPPED_LINE and _heads_section(prev_line)):
                out[-1][1] = e
                continue
        out.append([s, e])
    return [(s, e) for s, e in out if e > s]


def split_text(text: str, offset: int = 0, block: int = -1) -> list[Sentence]:
    sents = []
    for ls, le in _lines(text, offset):
        line = text[ls - offset : le - offset]
        for s, e in _split_line(line, ls):
            raw = text[s - offset : e - offset]
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw) - len(raw.rstrip())
            s2, e2 = s + lead, e - trail
            if e2 > s2:
                body = text[s2 - offset : e2 - offset]
                sents.append(Sentence(s2, e2, body, block, bool(_BULLET_START.match(body))))
    return sents


def sentences(doc: Document) -> list[Sentence]:
    """Sentences of the document's prose (headings, paragraphs, list items), in order.

    Computed once per document: every prose extractor walks the same list."""
    cached = doc.__dict__.get("_sentences")
    if cached is not None and cached[0] == len(doc.text):
        return cached[1]
    out = _sentences(doc)
    doc.__dict__["_sentences"] = (len(doc.text), out)
    return out


def _sentences(doc: Document) -> list[Sentence]:
    if not doc.blocks:
        return split_text(doc.text, 0, -1)
    out = []
    for i, b in enumerate(doc.blocks):
        if b.kind == "table" and not _list_in_columns(b):
            out.extend(_prose_cells(doc, b, i))
            continue
        out.extend(split_text(doc.text[b.start : b.end], b.start, i))
    return out


# a cell that reports in sentences («Виконано. Надійшло 87 звернень, з них 64 письмові заяви.»):
# a figure, several words, and a sentence's stop inside or at the end
_PROSE_CELL_WORDS = 6
_HAS_DIGIT = regex.compile(r"\d")
_SENTENCE_STOP = regex.compile(r"[.;!?](?:\s|$)")
_CELL_WORD = regex.compile(r"\p{L}{2,}")


def _prose_cells(doc: Document, b, i: int) -> list[Sentence]:
    """The sentences of a table's prose cells (a work plan's «Відмітка про виконання»), each
    after the row's first words cell (the measure it reports on, naming its service)."""
    out: list[Sentence] = []
    for row in b.rows or ():
        cells = [c for c in row if c is not None and c.text.strip()]
        prose = [c for c in cells if _HAS_DIGIT.search(c.text) and _SENTENCE_STOP.search(c.text)
                 and len(_CELL_WORD.findall(c.text)) >= _PROSE_CELL_WORDS]
        if not prose:
            continue
        label = next((c for c in cells if c not in prose and c.start < prose[0].start
                      and len(_CELL_WORD.findall(c.text)) >= 2), None)
        for c in ([label] if label is not None else []) + prose:
            out.extend(split_text(doc.text[c.start : c.end], c.start, i))
    return out


# «604 особи», «(71,4 %)»: a cell that says what its figure counts, as prose does
_COUNTED_CELL = regex.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})*(?:[,.]\d+)?\s+\p{L}{3,}|^\(?\d+(?:[,.]\d+)?\s*%\)?$")
_FIGURE_CELL = regex.compile(r"^\(?\d")


def _list_in_columns(b) -> bool:
    """A headless table of «label | 604 особи | (71,4 %)» rows: a list a reader aligned in
    columns (pdftotext, spaces), read as the prose lines it is."""
    rows = [[c.text.strip() for c in r if c is not None and c.text.strip()] for r in b.rows or ()]
    rows = [r for r in rows if r]
    if not rows or len(rows) > 12:
        return False
    for r in rows:
        figures = [t for t in r if _FIGURE_CELL.match(t)]
        if not figures or not all(_COUNTED_CELL.match(t) for t in figures) or \
                not any(regex.match(r"^\d", t) and regex.search(r"\p{L}", t) for t in figures):
            return False
    return True


def sentence_text(doc: Document) -> str:
    """The document's text with everything between sentences turned into full stops.

    Offsets are unchanged, so a pattern scanned once over this text finds what a scan of each
    sentence would, and no phrase runs from one sentence (or a table) into the next."""
    cached = doc.__dict__.get("_sentence_text")
    if cached is not None and len(cached) == len(doc.text):
        return cached
    # joined from slices, not filled in character by character (a list of 30,000 one-character
    # strings cost more than the sentence splitting itself)
    text, parts, pos = doc.text, [], 0
    for start, end in sorted((s.start, s.end) for s in sentences(doc)):
        if end <= pos:
            continue
        start = max(start, pos)
        parts.append("." * (start - pos))
        parts.append(text[start:end])
        pos = end
    parts.append("." * (len(text) - pos))
    out = "".join(parts)
    doc.__dict__["_sentence_text"] = out
    return out


def is_task(sent: Sentence) -> bool:
    """A plan or recommendation item («- забезпечити охоплення … не менше 75 % сімей»): the
    sentence opens on an infinitive, or on whom a decision charges and the infinitive
    («Фінансовому відділу … передбачити …»), so its figures are targets, not results."""
    text = sent.text
    head = patterns.link_regex("task_heading").match(text)
    if head:  # «Завдання на 2024 рік: взяти під супровід не менше 45 сімей»
        text = text[head.end():]
    item = _ITEM_MARKS.sub("", text.lstrip(), count=1)
    if deadline := patterns.link_regex("task_deadline").match(item):
        text = item[deadline.end():]  # «до 01.09.2025 забезпечити …»: the infinitive after its deadline
    if _opens_on_infinitive(text):
        # («Подолати складні життєві обставини вдалося 12 сім'ям»: done, no task)
        return not patterns.link_regex("infinitive_achieved").search(text, 0, _ACHIEVED_REACH)
    return _charges_someone(text)


# how far into an infinitive's sentence «вдалося» still says it was done
_ACHIEVED_REACH = 120


# how many words a decision's addressee («Фінансовому відділу міської ради») may take
_ADDRESSEE_WORDS = 6


@functools.lru_cache(maxsize=4096)
def _charges_someone(text: str) -> bool:
    head = _ITEM_MARKS.sub("", text.lstrip(), count=1)[:80]
    # (without a dative opening and an infinitive's ending in the head no tokenizing is needed)
    if not patterns.link_regex("dative_opening").match(head) or not patterns.link_regex("infinitive_ending").search(head):
        return False
    words = [t for t in tokens(head) if not (t.is_space or t.is_punct)][: _ADDRESSEE_WORDS + 1]
    if not words or words[0].case != "datv" or words[0].pos not in ("NOUN", "ADJF"):
        return False
    for t in words[1:]:
        if t.pos == "INFN":
            return True
        if t.pos == "VERB" or any(ch.isdigit() for ch in t.text):
            return False
    return False


@functools.lru_cache(maxsize=4096)
def _opens_on_infinitive(text: str) -> bool:
    # cached: the counts and the shares ask it of the same sentences
    head = _ITEM_MARKS.sub("", text.lstrip(), count=1)[:40]
    # spaCy cuts text at white space and tokenizes each piece on its own: the first word of the
    # head is the first word of its first piece that has one. Tokenizing the pieces one by one
    # (common words, cached) spares tokenizing the 40 characters, whose cut last word is new text
    for piece in head.split():
        if not any(map(str.isalpha, piece)) and any(map(str.isdigit, piece)):
            # a piece without letters holding a digit («2024», «1)», «45,6»): the digit's token is
            # its first word (a token with a digit is no punctuation), and no verb; a new number
            # would cost the tokenizer a new vocabulary entry to say so
            return False
        words = [t for t in tokens(piece) if not (t.is_space or t.is_punct)]
        if words:
            # («діти — 298»: «діти» reads first as an infinitive, but is the plural of «дитина»)
            # labelling a figure («діти — 298», «дати: 4») or a noun its clause describes
            # («б) діти, позбавлені батьківського піклування, – 27»)
            return words[0].pos == "INFN" and not (
                (LABEL_DASH.match(head, len(piece)) or (piece.endswith(",") and _CLAUSE_DASH.search(text)))
                and _may_be_noun(words[0].lower))
    return False


# a dash or colon and a figure after a label («діти — 298», «Усього – 2 318»)
LABEL_DASH = regex.compile(r"\s*[-–—:]\s*\d")
# a label's clause closed by a comma before its dash and figure («…, позбавлені піклування, – 27»)
_CLAUSE_DASH = regex.compile(r",\s*[-–—]\s*\d")


@functools.lru_cache(maxsize=4096)
def _may_be_noun(word: str) -> bool:
    from zvitparse.nlp import morph

    return any(p.tag.POS == "NOUN" for p in morph().parse(word))
