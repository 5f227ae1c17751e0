"""Show how a batch is going: a tqdm bar on a terminal, plain periodic log lines otherwise.

Only the CLI creates a `Progress`; the library reports each finished input through a callback.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TextIO

log = logging.getLogger("zvitparse.progress")

LOG_EVERY_SECONDS = 10.0


def _eta(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """Counts inputs as they finish; `total` (may be None) gives the ETA."""

    def __init__(self, total: int | None, *, stream: TextIO | None = None, bar: bool | None = None,
                 every: float = LOG_EVERY_SECONDS) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.done = 0
        self.processed = 0  # inputs that were actually worked on (not skipped as unchanged)
        self.errors = 0
        self.t0 = time.monotonic()
        self.every = every
        self._next_log = self.t0 + every
        use_bar = self.stream.isatty() if bar is None else bar
        self.bar = None
        if use_bar:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=True,
                            smoothing=0.05, desc="build")

    def update(self, source: str, status: str, _result=None) -> None:
        self.done += 1
        if status != "unchanged":
            self.processed += 1
        if status == "failed":
            self.errors += 1
        if self.bar is not None:
            self.bar.set_postfix(errors=self.errors, refresh=False)
            self.bar.update(1)
            return
        now = time.monotonic()
        if now >= self._next_log:
            self._next_log = now + self.every
            log.info("%s", self.line(now))

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-9, (now or time.monotonic()) - self.t0)
        rate = self.done / elapsed
        total = f"/{self.total}" if self.total is not None else ""
        eta = ""
        if self.total and rate > 0:
            eta = f", ETA {_eta((self.total - self.done) / rate)}"
        return f"{self.done}{total} files, {rate:.1f} docs/s, {self.errors} errors{eta}"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
