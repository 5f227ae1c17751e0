"""Word's automatic list numbers («1.», «1.2.», «а)», «•»), which a DOCX keeps out of its text.

A numbered paragraph stores only its list (`w:numId`) and level (`w:ilvl`); Word draws the
number from the list's definition in numbering.xml and its running count. A report laid out as
a multi-level list («1.1. Звернулися 538 осіб», «а) ВПО – 164») says by those numbers which
figure is a part of which: without them its items read as unrelated lines. The numbers are
counted here as Word counts them, in document order, and put in front of the item's text.
"""

from __future__ import annotations

from docx.oxml.ns import qn

W_NUM_PR, W_ILVL, W_NUM_ID, W_VAL = qn("w:numPr"), qn("w:ilvl"), qn("w:numId"), qn("w:val")

# a level's own count, by its format; a format not here is counted in digits
_LETTERS = {
    "lowerLetter": "abcdefghijklmnopqrstuvwxyz",
    "upperLetter": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    # Word's Cyrillic formats skip the letters not used to count (ё, й, ъ, ы, ь)
    "russianLower": "абвгдежзиклмнопрстуфхцчшщэюя",
    "russianUpper": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ",
}
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# bullets a text reader knows as list marks; a symbol font's private character («») is one too
_BULLETS = "•·-–—*"


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _count(n: int, fmt: str) -> str:
    if fmt in _LETTERS:
        letters = _LETTERS[fmt]
        # (Word goes on «aa», «bb» … after the alphabet)
        return letters[(n - 1) % len(letters)] * ((n - 1) // len(letters) + 1)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _int(value: str | None, default: int) -> int:
    """A number attribute, or `default` where a damaged file writes none or garbage."""
    return int(value) if value and value.isdigit() else default


class _Level:
    def __init__(self, lvl) -> None:
        def val(tag: str, default: str) -> str:
            el = lvl.find(qn(tag))
            return default if el is None else el.get(W_VAL, default)

        self.start = _int(val("w:start", "1"), 1)
        self.fmt = val("w:numFmt", "decimal")
        self.text = val("w:lvlText", "")


class ListNumbers:
    """The numbers of a document's numbered paragraphs, given in document order."""

    def __init__(self, doc) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}  # abstract list → its levels
        self.lists: dict[str, str] = {}  # list (numId) → its abstract list
        self.restarts: dict[str, dict[int, int]] = {}  # list → level → start it overrides
        self.style_nums: dict[str, tuple[str, int]] = {}  # paragraph style → (numId, level)
        self.counts: dict[str, list[int]] = {}  # abstract list → the running count per level
        self.started: set[str] = set()
        try:
            part = doc.part.numbering_part
        except (KeyError, NotImplementedError):
            return
        root = part.element
        for a in root.iter(qn("w:abstractNum")):
            self.levels[a.get(qn("w:abstractNumId"))] = {
                _int(lv.get(W_ILVL), 0): _Level(lv) for lv in a.iter(qn("w:lvl"))}
        for num in root.iter(qn("w:num")):
            num_id, abstract = num.get(W_NUM_ID), num.find(qn("w:abstractNumId"))
            if abstract is None:
                continue
            self.lists[num_id] = abstract.get(W_VAL)
            for over in num.iter(qn("w:lvlOverride")):
                start = over.find(qn("w:startOverride"))
                if start is not None and (start.get(W_VAL) or "").isdigit():
                    self.restarts.setdefault(num_id, {})[_int(over.get(W_ILVL), 0)] = int(start.get(W_VAL))
        for style in doc.styles.element.iter(qn("w:style")):
            ppr = style.find(qn("w:pPr"))
            num_pr = None if ppr is None else ppr.find(W_NUM_PR)
            if num_pr is not None and num_pr.find(W_NUM_ID) is not None:
                ilvl = num_pr.find(W_ILVL)
                level = _int(ilvl.get(W_VAL), 0) if ilvl is not None else 0
                self.style_nums[style.get(qn("w:styleId"))] = (num_pr.find(W_NUM_ID).get(W_VAL), level)

    def label(self, p) -> str | None:
        """The number Word shows before paragraph `p` («1.2.», «а)», «•»), or None. Call it
        for every paragraph in document order: it counts as it goes."""
        num_id, level = self._num_of(p)
        abstract = self.lists.get(num_id) if num_id is not None else None
        levels = self.levels.get(abstract) if abstract is not None else None
        if not levels or level not in levels:
            return None
        counts = self.counts.setdefault(abstract, [0] * 10)
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in self.restarts.get(num_id, {}).items():
                if 0 <= lv < len(counts):
                    counts[lv] = start - 1
        if level >= len(counts):
            return None
        counts[level] = counts[level] + 1 if counts[level] else levels[level].start
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = 0  # a deeper level starts again under every new item
        own = levels[level]
        if own.fmt == "none" or not own.text:
            return None
        if own.fmt == "bullet":
            return own.text if own.text in _BULLETS else "•"
        text = own.text
        for k in range(level, -1, -1):
            lv = levels.get(k)
            n = counts[k] or (lv.start if lv else 1)
            text = text.replace(f"%{k + 1}", _count(n, lv.fmt if lv else "decimal"))
        return text

    def _num_of(self, p) -> tuple[str | None, int]:
        ppr = p.find(qn("w:pPr"))
        num_pr = None if ppr is None else ppr.find(W_NUM_PR)
        if num_pr is not None:
            num, ilvl = num_pr.find(W_NUM_ID), num_pr.find(W_ILVL)
            level = _int(ilvl.get(W_VAL), 0) if ilvl is not None else 0
            return (num.get(W_VAL) if num is not None else None), level
        style = None if ppr is None else ppr.find(qn("w:pStyle"))
        if style is not None and style.get(W_VAL) in self.style_nums:
            return self.style_nums[style.get(W_VAL)]
        return None, 0
