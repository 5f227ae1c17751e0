"""Scrape manifests: a CSV with a `path` column (plus `url`, `scraped_at`, anything else) that
carries each file's web origin into `sources` and `documents`.

A manifest path is matched to a stored source path exactly, then as resolved against the
manifest's folder, then by file name when only one manifest row has that name (a scraper
often records bare names while the build is given a folder).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from zvitparse.errors import StoreError

if TYPE_CHECKING:
    from zvitparse.store.core import Store


@dataclass(frozen=True)
class Entry:
    path: str
    resolved: str
    name: str
    url: str | None
    scraped_at: str | None
    extra: str | None


def _resolve(path: str, base: Path | None = None) -> str:
    p = Path(path)
    if base is not None and not p.is_absolute():
        p = base / p
    return str(p.resolve())


def _name(path: str) -> str:
    # a zip member is written `archive.zip!inner/name.txt`: its name is the member's
    return PurePath(path.rsplit("!", 1)[-1]).name


def read_csv(csv_path: Path) -> list[Entry]:
    try:
        with csv_path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = [f.strip() for f in reader.fieldnames or []]
            if "path" not in fields:
                raise StoreError(f"{csv_path}: a manifest needs a 'path' column (found: {', '.join(fields) or 'none'})")
            entries: dict[str, Entry] = {}
            for raw in reader:
                row = {(k or "").strip(): (v or "").strip() for k, v in raw.items()}
                if not row.get("path"):
                    continue
                extra = {k: v for k, v in row.items() if k not in ("path", "url", "scraped_at") and v}
                entries[row["path"]] = Entry(row["path"], _resolve(row["path"], csv_path.parent),
                                             _name(row["path"]), row.get("url") or None,
                                             row.get("scraped_at") or None,
                                             json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None)
    except OSError as exc:
        raise StoreError(f"{csv_path}: cannot read manifest: {exc.strerror}") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise StoreError(f"{csv_path}: not a UTF-8 CSV manifest: {exc}") from exc
    return list(entries.values())


def store(db: Store, entries: list[Entry]) -> None:
    """Insert or replace manifest rows (inside the caller's transaction)."""
    for e in entries:
        db._x("DELETE FROM manifest WHERE path = ?", (e.path,))
        db._x("INSERT INTO manifest VALUES (?, ?, ?, ?, ?, ?)",
              (e.path, e.resolved, e.name, e.url, e.scraped_at, e.extra))


def origin(db: Store, path: str, url: str | None, scraped_at: str | None) -> tuple[str | None, str | None]:
    """The URL and scrape time of a source: given ones win, else the manifest's."""
    if url:
        return url, scraped_at
    row = db._one("SELECT url, scraped_at FROM manifest WHERE path = ?", (path,))
    if row is None and "!" not in path:
        row = db._one("SELECT url, scraped_at FROM manifest WHERE resolved = ?", (_resolve(path),))
    if row is None:
        hits = db._all("SELECT url, scraped_at FROM manifest WHERE name = ? LIMIT 2", (_name(path),))
        row = hits[0] if len(hits) == 1 else None
    if row is None:
        return None, scraped_at
    return row[0], scraped_at or row[1]
