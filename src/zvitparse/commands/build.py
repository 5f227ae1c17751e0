"""`zvitparse build PATH... --db regional.sqlite`: build or update the regional database."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging

from tqdm.contrib.logging import logging_redirect_tqdm

from zvitparse.batch import EXECUTORS, count_tasks
from zvitparse.batch.progress import Progress
from zvitparse.build import STATUSES, BuildSummary, build


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "build",
        help="build or update the regional database from files, folders and zip archives",
        description="Extract every document under PATH (files, folders, zip archives) into the "
                    "database. Unchanged files are skipped without re-extraction, changed ones "
                    "replace their rows; a killed run resumes where it stopped.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or zip archive")
    p.add_argument("--db", required=True, help="database file (.sqlite, or .duckdb)")
    p.add_argument("--manifest", help="CSV of scraped files (path, url, scraped_at, ...)")
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--executor", choices=EXECUTORS, default="process",
                   help="process: local worker pool (default); serial: in this process; dask: a Dask cluster")
    p.add_argument("--scheduler", help="Dask scheduler address, tcp://HOST:PORT (with --executor dask)")
    p.add_argument("--time-limit", type=float, default=300.0, metavar="SECONDS",
                   help="stop a document after this long and record it as failed (default 300; 0: none)")
    p.add_argument("--memory-limit", type=int, default=2048, metavar="MB",
                   help="stop a worker above this resident memory (default 2048; 0: none)")
    p.add_argument("--retry-failed", action="store_true",
                   help="process again the unchanged files that failed last time (default: skip them)")
    p.add_argument("--prune", action="store_true",
                   help="drop stored files under PATH that no longer exist (and their documents)")
    p.add_argument("--strict", action="store_true", help="exit with status 1 if any document failed")
    p.add_argument("--no-progress", action="store_true", help="no progress bar or progress lines")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=run)


def format_summary(s: BuildSummary) -> str:
    rate = s.documents / s.seconds if s.seconds else 0.0
    counts = ", ".join(f"{getattr(s, k)} {k}" for k in STATUSES)
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in s.stages.items())
    if s.removed:
        counts += f", {s.removed} removed"
    return (f"{s.documents} documents in {s.seconds:.1f} s ({rate:.1f} docs/s): {counts}; "
            f"{s.facts} facts, {s.findings} findings"
            + (f", {s.cross_document} between documents" if s.cross_document else "")
            + (f"\nstage time (summed over workers): {stages}" if stages else ""))


def run(args: argparse.Namespace) -> int:
    progress = None
    if not args.no_progress and logging.getLogger("zvitparse").isEnabledFor(logging.INFO):
        progress = Progress(count_tasks(args.paths))
    # log lines (a stopped document, a worker replaced) go above the bar, not through it
    quiet_bar = logging_redirect_tqdm() if progress and progress.bar is not None else contextlib.nullcontext()
    try:
        with quiet_bar:
            summary = build(args.paths, args.db, manifest=args.manifest, jobs=args.jobs,
                            executor=args.executor, scheduler=args.scheduler,
                            time_limit=args.time_limit or None, memory_limit_mb=args.memory_limit or None,
                            retry_failed=args.retry_failed, prune=args.prune,
                            on_result=progress.update if progress else None)
    finally:
        if progress:
            progress.close()
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        print(format_summary(summary))
    return 1 if args.strict and summary.failed else 0
