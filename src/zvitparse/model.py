"""The types every stage shares: the read document, the fact record, the finding, the report.

Field names of `Fact` and `Finding` are the column names of SPEC §2 and §6, so a record can be
written to any output format with `dataclasses.asdict` and nothing renamed on the way.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["paragraph", "heading", "list_item", "table"]


@dataclass(frozen=True)
class Cell:
    """One table cell; `start`/`end` index the document's linear text."""

    text: str
    row: int
    col: int
    start: int
    end: int
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class Block:
    """A paragraph, heading, list item or table, with its span in the linear text.

    A table's `rows` is the cell grid (a merged cell appears once, at its top-left position,
    with its rowspan/colspan); its text in the linear text is the rows joined by newlines,
    cells joined by tabs.
    """

    kind: BlockKind
    start: int
    end: int
    page: int | None = None
    rows: tuple[tuple[Cell, ...], ...] | None = None
    level: int | None = None  # heading level where the format states one
    # a table made of label–value pairs (a <dl>, a card of divs): its first rows are no header
    headless: bool = False


@dataclass
class Document:
    """One read report: the normalized linear text and its structure.

    Every offset anywhere in zvitparse (blocks, cells, facts, findings) indexes `text`.
    `page_starts[i]` is the offset where page i+1 begins (empty for unpaged formats).
    """

    source: str
    doc_id: str
    format: str
    encoding: str | None
    text: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    page_starts: list[int] = field(default_factory=list)
    needs_ocr: bool = False
    warnings: list[str] = field(default_factory=list)
    # a web page's site name from its header or title («Кременчуцька міська рада Полтавської
    # області»): furniture, kept out of `text`, but it may state the place's oblast
    site: str = ""

    def page_at(self, offset: int) -> int | None:
        """1-based page holding `offset`, or None for unpaged formats."""
        if not self.page_starts:
            return None
        lo, hi = 0, len(self.page_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.page_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    def tables(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "table"]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


Value = int | float | str


@dataclass(frozen=True)
class Fact:
    """One extracted figure (SPEC §2), with its evidence."""

    fact_id: str
    indicator: str
    value: Value
    unit: str
    start: int
    end: int
    quote: str
    extractor: str
    confidence: float = 0.8
    percent: float | None = None
    service: str | None = None
    criterion: str | None = None
    kekv: str | None = None
    category: str | None = None
    district: str | None = None
    label: str | None = None
    parent_id: str | None = None
    group_id: str | None = None
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    """One audit finding (SPEC §6)."""

    finding_id: str
    rule: str
    severity: Severity
    message: str
    reported: Any
    expected: Any
    fact_ids: tuple[str, ...]
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["fact_ids"] = list(self.fact_ids)
        return d


META_FIELDS = (
    "centre",
    "centre_type",
    "settlement",
    "oblast",
    "report_kind",
    "period_start",
    "period_end",
    "published",
    "format",
    "encoding",
    "pages",
)


@dataclass
class Report:
    """What `zvitparse.parse` returns for one file: metadata, facts, findings, errors."""

    doc_id: str
    source: str
    meta: dict[str, Any] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    document: Document | None = None
    coverage: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "meta": dict(self.meta),
            "facts": [f.to_dict() for f in self.facts],
            "findings": [f.to_dict() for f in self.findings],
            "errors": list(self.errors),
            "coverage": dict(self.coverage),
        }
