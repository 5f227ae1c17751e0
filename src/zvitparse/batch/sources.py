"""Stream the inputs of a batch: files, folders (recursively) and zip archives of scraped files.

Nothing is listed up front: folders are walked lazily in sorted order (so every run meets the
files in the same order) and zip members are read one at a time with a size cap, so memory does
not grow with the corpus. A zip member's source path is `archive.zip!dir/member.html`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ZIP_SEP = "!"
# Formats a reader may accept; anything else in a scraped folder (images, css) is not a report.
DOC_SUFFIXES = frozenset({".txt", ".html", ".htm", ".xhtml", ".pdf", ".docx", ".doc", ".rtf", ".odt",
                          ".md", ".markdown"})
# a folder's own description («README.md» beside the reports it describes) is no report
_FOLDER_NOTES = frozenset({"readme", "changelog", "license", "licence"})
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # a zip member larger than this is recorded, not read
MAX_RATIO = 200  # uncompressed/compressed beyond this is a zip bomb, not a report
_CHUNK = 1 << 20


@dataclass
class Task:
    """One document to process. `data` carries the bytes of a zip member (or of any file sent to
    a remote worker); otherwise the worker opens `path` itself."""

    source: str
    path: str
    content_hash: str
    size: int
    member: str | None = None
    data: bytes | None = None
    problem: str | None = None  # set when the input cannot even be handed to a reader

    @property
    def suffix(self) -> str:
        return Path(self.member or self.path).suffix.lower()


def hash_file(path: str | Path) -> str:
    """SHA-256 of a file's bytes, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _is_doc(name: str) -> bool:
    path = Path(name)
    return path.suffix.lower() in DOC_SUFFIXES and path.stem.lower() not in _FOLDER_NOTES


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root` in sorted order, one directory listing in memory at a time."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        log.warning("cannot list %s: %s", root, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every candidate input file under `paths` (files given explicitly are always kept)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in _walk(p):
                if _is_doc(f.name) or f.suffix.lower() == ".zip":
                    yield f
        else:
            yield p


def _zip_members(path: Path, only: str | None = None) -> Iterator[Task]:
    source_base = str(path)
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        yield Task(source_base, source_base, "", 0, problem=f"not a readable zip archive: {exc}")
        return
    with zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if info.is_dir() or not _is_doc(info.filename) or (only is not None and info.filename != only):
                continue
            source = f"{source_base}{ZIP_SEP}{info.filename}"
            problem = None
            if info.file_size > MAX_MEMBER_BYTES:
                problem = f"zip member of {info.file_size} bytes exceeds the {MAX_MEMBER_BYTES} byte limit"
            elif info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > _CHUNK:
                problem = f"zip member expands {info.file_size // info.compress_size}x: refused as a zip bomb"
            if problem:
                yield Task(source, source_base, hashlib.sha256(source.encode()).hexdigest(), info.file_size,
                           member=info.filename, problem=problem)
                continue
            try:
                data = _read_member(zf, info)
            except (OSError, zipfile.BadZipFile, ValueError, RuntimeError) as exc:
                yield Task(source, source_base, hashlib.sha256(source.encode()).hexdigest(), info.file_size,
                           member=info.filename, problem=f"cannot unpack zip member: {exc}")
                continue
            yield Task(source, source_base, hashlib.sha256(data).hexdigest(), len(data),
                       member=info.filename, data=data)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read a member, stopping at the cap whatever its header claims (headers can lie)."""
    out = bytearray()
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            out += chunk
            if len(out) > MAX_MEMBER_BYTES:
                raise ValueError(f"member expands beyond {MAX_MEMBER_BYTES} bytes")
    return bytes(out)


def iter_tasks(paths: Iterable[str | Path]) -> Iterator[Task]:
    """One `Task` per document under `paths`, hashed, in a stable order."""
    for f in iter_files(paths):
        if f.suffix.lower() == ".zip":
            yield from _zip_members(f)
            continue
        try:
            size = f.stat().st_size
            digest = hash_file(f)
        except OSError as exc:
            yield Task(str(f), str(f), "", 0, problem=f"cannot open: {exc.strerror or exc}")
            continue
        yield Task(str(f), str(f), digest, size)


def count_tasks(paths: Iterable[str | Path]) -> int:
    """How many documents `iter_tasks` will yield, without reading them (for the ETA)."""
    n = 0
    for f in iter_files(paths):
        if f.suffix.lower() != ".zip":
            n += 1
            continue
        try:
            with zipfile.ZipFile(f) as zf:
                n += sum(1 for i in zf.infolist() if not i.is_dir() and _is_doc(i.filename))
        except (OSError, zipfile.BadZipFile):
            n += 1
    return n


def task_for_source(source: str) -> Task:
    """The task for one source path as `iter_tasks` names it (`archive.zip!member` included)."""
    base, sep, member = source.partition(".zip" + ZIP_SEP)
    if sep and Path(base + ".zip").is_file():
        for task in _zip_members(Path(base + ".zip"), only=member):
            return task
        return Task(source, base + ".zip", "", 0, member=member, problem="no such member in the archive")
    for task in iter_tasks([source]):
        return task
    return Task(source, source, "", 0, problem="cannot open")


def zip_members(archive: str | Path) -> set[str] | None:
    """Names of an archive's members, None if it is gone or unreadable."""
    try:
        with zipfile.ZipFile(archive) as zf:
            return set(zf.namelist())
    except (OSError, zipfile.BadZipFile):
        return None
