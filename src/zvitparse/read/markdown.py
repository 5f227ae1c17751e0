"""Markdown text (a site's «текстова версія», a wiki or messenger export) rendered as the HTML
reader renders tags: the markup goes, headings become heading blocks, and footnote marks
become superscript digits, which no extractor reads as a figure.

Only a text that is plainly Markdown is rendered: ATX headings («## 3. Послуги») together with
bold or footnote marks, or several footnote marks. A post with a hashtag («#Косів») or a pair of
asterisks stays as written.
"""

from __future__ import annotations

import regex

from zvitparse.normalize import superscript
from zvitparse.read.assemble import RawBlock

_HEADING = regex.compile(r"^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_BOLD = regex.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = regex.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])")
_FOOTNOTE_REF = regex.compile(r"\[\^(\w+)\]")
_FOOTNOTE_DEF = regex.compile(r"^\[\^(\w+)\]:[ \t]*")
_LINK = regex.compile(r"!?\[([^\[\]\n]*)\]\([^()\s]*\)")
_CODE = regex.compile(r"`([^`\n]+)`")
_QUOTE = regex.compile(r"^>[ \t]?")
_RULE = regex.compile(r"^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_ESCAPABLE = "\\`*_{}[]()#+-.!>|"
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
# an escaped mark is set aside as a private-use character while the markup is read, then restored
_HIDE = {c: chr(0xE000 + i) for i, c in enumerate(_ESCAPABLE)}
_SHOW = str.maketrans({v: k for k, v in _HIDE.items()})

# the least of each mark that says a text is Markdown
MIN_HEADINGS = 2
MIN_FOOTNOTES = 2


def is_markdown(text: str) -> bool:
    """ATX headings with bold or footnote marks, or two headings, or two footnote marks."""
    headings = sum(1 for line in text.split("\n") if _HEADING.match(line.rstrip("\r")))
    footnotes = len(_FOOTNOTE_REF.findall(text))
    if footnotes >= MIN_FOOTNOTES or headings >= MIN_HEADINGS:
        return True
    return headings >= 1 and (footnotes >= 1 or _BOLD.search(text) is not None)


def _mark(ident: str) -> str:
    return superscript(ident) if ident.isdigit() else ""


def render_inline(line: str) -> str:
    """One line without its inline markup."""
    line = _ESCAPE.sub(lambda m: _HIDE[m.group(1)], line)
    line = _FOOTNOTE_DEF.sub(lambda m: f"{_mark(m.group(1))} " if _mark(m.group(1)) else "", line)
    line = _QUOTE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _FOOTNOTE_REF.sub(lambda m: _mark(m.group(1)), line)
    line = _BOLD.sub(r"\2", line)
    line = _ITALIC.sub(r"\1", line)
    return line.translate(_SHOW)


def markdown_blocks(text: str, blocks_of_text) -> list[RawBlock]:
    """Heading blocks for the headings; the text between them rendered and handed to
    `blocks_of_text` (the plain-text reader: paragraphs, lists, pipe tables)."""
    out: list[RawBlock] = []
    body: list[str] = []

    def flush() -> None:
        if any(line.strip() for line in body):
            out.extend(blocks_of_text("\n".join(body)))
        body.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        heading = _HEADING.match(raw)
        if heading:
            flush()
            out.append(RawBlock("heading", render_inline(heading.group(2)), level=len(heading.group(1))))
        elif _RULE.match(raw):
            body.append("")
        else:
            body.append(render_inline(raw))
    flush()
    return out
