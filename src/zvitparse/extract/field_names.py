"""Machine field names heading a table («rik | posluga | kilkist_otrymuvachiv»), as an open-data
portal prints the preview of a CSV: read as the descriptions the same page gives them in its
table of fields («Структура ресурсу: Поле | Тип | Опис»).

A field name says nothing to the column readers, which know the words of a header; its
description does («Кількість отримувачів, осіб»). The view changes only the header cells' text:
offsets and the linear text stay as written, so every quote is still the page's own.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from zvitparse.model import Block, Document

# a lowercase ASCII identifier, as databases and CSV files name their columns
_KEY = regex.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# a header of field names: at least this many, one of them joined with «_»
_MIN_KEYS = 2


def _is_key(text: str) -> bool:
    return bool(_KEY.match(text.strip()))


def _keyed(block: Block) -> bool:
    head = [c.text.strip() for c in block.rows[0]]
    keys = [t for t in head if _is_key(t)]
    return len(keys) >= _MIN_KEYS and any("_" in k for k in keys)


def _descriptions(tables: list[Block]) -> dict[str, str]:
    """Field name -> description, from the tables whose first column lists field names."""
    out: dict[str, str] = {}
    for b in tables:
        rows = [r for r in b.rows if r and _is_key(r[0].text)]
        if len(rows) < _MIN_KEYS:
            continue
        # the description is the column with the most Cyrillic in it («Тип» holds «integer»)
        width = max(len(r) for r in rows)
        col = max(range(1, width), default=None,
                  key=lambda k: sum(len(_CYRILLIC.findall(r[k].text)) for r in rows if k < len(r)))
        if col is None:
            continue
        for r in rows:
            if col < len(r) and _CYRILLIC.search(r[col].text):
                out.setdefault(r[0].text.strip(), " ".join(r[col].text.split()))
    return out


def _renamed(block: Block, names: dict[str, str]) -> Block:
    head = tuple(replace(c, text=names.get(c.text.strip(), c.text)) for c in block.rows[0])
    return replace(block, rows=(head, *block.rows[1:]))


def view(doc: Document) -> Document:
    """`doc` with the field names over its tables read as their descriptions (the same document
    if it has none to read)."""
    tables = [b for b in doc.blocks if b.kind == "table" and b.rows]
    keyed = {id(b) for b in tables if _keyed(b)}
    if not keyed:
        return doc
    names = _descriptions([b for b in tables if id(b) not in keyed])
    if not names:
        return doc
    return replace(doc, blocks=[_renamed(b, names) if id(b) in keyed else b for b in doc.blocks])

