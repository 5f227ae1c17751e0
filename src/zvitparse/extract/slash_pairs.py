"""Rows that pair figures with a slash: «Штатна чисельність / фактично працюючих, од. | 24,5 / 22».

Forms save space by naming two figures in one row and writing both in one cell. `split` turns
such a row into one row per figure, each named by its part of the label, so that the row
tables read them as they read any row:

* the label's parts split at its slashes («Групові заходи / учасники»), or the alternatives in its
  closing bracket («Сімей СЖО (всього/нових)» → «Сімей СЖО всього», «Сімей СЖО нових»); a tail
  after a comma («, од.») goes with every part, a «%» only with the last;
* a row right under a split one, whose label has no slash but whose cell pairs figures as well
  («з них соціальних робітників | 17 / 16»), takes the parts of the row above after its own words.

A cell whose figure is followed by a remark in brackets («23 (усі розглянуто; у 2 випадках
відмовлено)», «3 (онлайн-курси НССУ)») keeps the figure alone; a bracket of parts («з них …») is
the row tables' to read, and a percentage beside a count is too.

A telegraphic note pairs figures in lines of prose the same way («1. Звернулось/охоплено (осіб) –
52/45»). `line_grids` rebuilds such lines as label–value rows, one per figure, with their labels
spelled out by the note's own list of abbreviations («Скорочення: ОП – оцінка потреб; …») and the
words such notes shorten (`links.yaml` `abbreviated_word`).
"""

from __future__ import annotations

import regex

from zvitparse import patterns
from zvitparse.extract import grid

_NUM = r"\d{1,3}(?:[ \u00a0]\d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d+)?"
# «24,5 / 22», «40 / 95 %», «12 / 14*», «19/6/8»
_PAIRED = regex.compile(rf"^\s*(?:(?P<n>{_NUM})\s*%?\*{{0,2}}\s*/\s*)+(?P<n>{_NUM})\s*%?\*{{0,2}}\s*$")
_NUMBER = regex.compile(_NUM)
# a figure, then a remark of words in brackets
_REMARK = regex.compile(rf"^\s*(?P<n>{_NUM})\s*\((?P<r>[^()]*\p{{L}}[^()]*)\)\s*\.?\s*$")
_TAIL = regex.compile(r",\s*(?P<t>[^,/]{1,20})$")
_BRACKET_TAIL = regex.compile(r"\s*\([^()/]{1,30}\)\s*$")
_BRACKET_ALTS = regex.compile(r"^(?P<head>.*?)\s*\((?P<alts>[^()]*/[^()]*)\)\s*(?P<rest>[^()]*)$")
# a row's own number before its label: «10.», «10.1.»
_ITEM = regex.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")


def _parts(label: str, k: int) -> list[str] | None:
    """The names of the `k` figures a label pairs, or None when it does not pair `k`."""
    text = " ".join(label.split())
    m = _BRACKET_ALTS.match(text)
    if m and len(alts := [a.strip() for a in m.group("alts").split("/")]) == k and all(alts):
        rest = f" {m.group('rest')}" if m.group("rest") else ""
        return [f"{m.group('head')} {a}{rest}".strip() for a in alts]
    tail, body = "", text
    if (t := _TAIL.search(text)) is not None:
        tail, body = t.group("t").strip(), text[: t.start()]
    elif (t := _BRACKET_TAIL.search(text)) is not None:
        # «Звернулось/охоплено (осіб)»: the bracket names the unit of every part
        pieces = [p.strip() for p in text[: t.start()].split("/")]
        if len(pieces) == k and all(regex.search(r"\p{L}{2}", p) for p in pieces):
            return [f"{p} {t.group(0).strip()}" for p in pieces]
    pieces = [p.strip() for p in body.split("/")]
    if len(pieces) != k or not all(regex.search(r"\p{L}{2}", p) for p in pieces):
        return None
    if ":" in pieces[0]:
        # «СС СЖО: перебувало/взято/завершено»: the words before the colon head every part
        head = pieces[0].split(":", 1)[0].strip()
        pieces = [pieces[0]] + [f"{head}: {p}" for p in pieces[1:]]
    if not tail:
        return pieces
    if tail == "%":
        return pieces[:-1] + [f"{pieces[-1]}, %"]
    return [f"{p}, {tail}" for p in pieces]


def _figures(cell: grid.GCell) -> list[grid.GCell] | None:
    """The figures a cell pairs, each as a cell of its own span; None for any other cell."""
    m = _PAIRED.match(cell.text)
    if m is None:
        return None
    lead = cell.start
    out = []
    for n in _NUMBER.finditer(cell.text):
        out.append(grid.GCell(n.group(), lead + n.start(), lead + n.end()))
    return out if len(out) == len(m.captures("n")) else None


def _without_remark(cell: grid.GCell) -> grid.GCell:
    m = _REMARK.match(cell.text)
    if m is None or patterns.link_regex("subset_row").match(m.group("r")) or "%" in m.group("r"):
        return cell
    return grid.GCell(m.group("n"), cell.start + m.start("n"), cell.start + m.end("n"))


def _names(words: str, k: int, above: list[str] | None) -> tuple[list[str] | None, list[str] | None]:
    """The names of a row's `k` figures and the parts the next row may take: its label's parts,
    or the parts of the split row just above after its own words («з них соціальних робітників |
    17 / 16»); (None, None) when neither names them."""
    names = _parts(words, k)
    if names is not None:
        return names, names
    if above is not None and len(above) == k and "/" not in words:
        return [f"{' '.join(words.split())} ({a})" for a in above], above
    return None, None


def split(g: grid.Grid) -> grid.Grid | None:
    """The grid with its paired rows split and its remarks dropped; None when it has neither."""
    if g.width < 2:
        return None
    rows: list[tuple[grid.GCell | None, ...]] = []
    changed = False
    above: list[str] | None = None  # the parts of the split row just above
    for row in g.rows:
        cells = list(row)
        label_at = next((k for k, c in enumerate(cells) if c is not None and regex.search(r"\p{L}{2}", c.text)), None)
        paired = {k: f for k, c in enumerate(cells)
                  if c is not None and k != label_at and not c.spanned and (f := _figures(c)) is not None}
        widths = {len(f) for f in paired.values()}
        if label_at is None or len(widths) != 1:
            above = None
            fixed = tuple(_without_remark(c) if c is not None and k != label_at and not c.spanned else c
                          for k, c in enumerate(cells))
            changed = changed or fixed != row
            rows.append(fixed)
            continue
        k = widths.pop()
        label = cells[label_at]
        item = _ITEM.match(label.text)
        words = label.text[item.end():] if item else label.text
        names, above = _names(words, k, above)
        if names is None:
            rows.append(row)
            continue
        changed = True
        for i, name in enumerate(names):
            rows.append(tuple(
                grid.GCell(name, label.start, label.end) if j == label_at
                else paired[j][i] if j in paired else c
                for j, c in enumerate(cells)))
    return grid.Grid(tuple(rows), g.start, g.end, g.page, g.headless) if changed else None


# ---------------------------------------------------------------- lines of a telegraphic note

# «Звернулось/охоплено (осіб) – 52/45», «5. СС СЖО: перебув./взято/заверш. – 19/6/8»
_LINE = regex.compile(rf"^[^\S\n]*(?:\d{{1,2}}[.)][^\S\n]*)?(?P<label>[^\d\n]{{2,90}}?)[^\S\n]*[–—:-][^\S\n]*"
                      rf"(?P<vals>(?:{_NUM})[^\S\n]*%?(?:[^\S\n]*/[^\S\n]*(?:{_NUM})[^\S\n]*%?)+)(?![\d/])", regex.M)
# a glossary entry: «ОП – оцінка потреб», «перебув./взято/заверш. – перебувало / взято / завершено»
_ENTRY = regex.compile(r"^\s*(?P<key>[^–—\n]{1,40}?)\s+[–—-]\s+(?P<full>[^;\n]{2,120}?)\s*[;.]?\s*$")


def glossary(doc) -> dict[str, str]:
    """The abbreviations a document explains in a list of its own («Скорочення: ОП – оцінка
    потреб; СС – соціальний супровід; …»), longest first."""
    text = doc.text
    m = patterns.link_regex("glossary_heading").search(text)
    if m is None:
        return {}
    out: dict[str, str] = {}
    body = text[m.end():]
    for line in body.split("\n")[:40]:
        for piece in line.split(";"):
            e = _ENTRY.match(piece)
            if e and not regex.search(r"\d", e.group("key")):
                out[e.group("key").strip()] = e.group("full").strip().strip("«»\"")
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


def _expand(label: str, words: dict[str, str]) -> str:
    """A slash pair's label with the document's abbreviations spelled out (not those the patterns
    read as they stand: «СЖО», `links.yaml` `kept_acronym`), then the words such notes shorten
    everywhere (`abbreviated_word`)."""
    kept = patterns.link_regex("kept_acronym")
    for key, full in words.items():
        if kept.match(key):
            continue
        label = regex.sub(rf"(?<![\p{{L}}.]){regex.escape(key)}(?![\p{{L}}])", full.replace("\\", r"\\"), label)
    for full, rx in patterns.link_values("abbreviated_word"):
        label = rx.sub(full, label)
    return label


def line_grids(doc) -> list[grid.Grid]:
    """Grids of label–value rows, one per figure, from the lines of prose that pair figures
    with a slash (tables are `split`'s); the labels read with the document's own glossary."""
    text = doc.text
    if "/" not in text:
        return []
    tables = [(b.start, b.end) for b in doc.blocks if b.kind == "table"]
    words = None
    rows: list[tuple[grid.GCell, grid.GCell]] = []
    above: list[str] | None = None
    last_end = -1
    runs: list[list[tuple[grid.GCell, grid.GCell]]] = []
    for m in _LINE.finditer(text):
        if any(a <= m.start() < b for a, b in tables):
            continue
        nums = list(_NUMBER.finditer(m.group("vals")))
        k = len(nums)
        words = glossary(doc) if words is None else words
        label = _expand(" ".join(m.group("label").split()), words)
        # (a line takes the parts of the line right above it only)
        names, above = _names(label, k, above if 0 <= m.start() - last_end <= 2 else None)
        if names is None:
            continue
        if rows and m.start() - last_end > 2:
            runs.append(rows)
            rows = []
        at = m.start("vals")
        for name, n in zip(names, nums, strict=True):
            rows.append((grid.GCell(name, m.start("label"), m.end("label")),
                         grid.GCell(n.group(), at + n.start(), at + n.end())))
        last_end = m.end()
    if rows:
        runs.append(rows)
    return [grid.Grid(tuple(run), run[0][0].start, run[-1][1].end, None, True, loose=True) for run in runs]
