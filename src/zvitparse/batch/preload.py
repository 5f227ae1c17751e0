"""Imported once by the pool's fork server: the pipeline's code and the spaCy pipeline itself
are loaded there, so every worker forked from it starts ready (pages shared copy-on-write) and
a worker replaced after a timeout costs milliseconds, not a pipeline load."""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

MODULES = ("zvitparse.api", "zvitparse.read", "zvitparse.extract", "zvitparse.audit", "zvitparse.store",
           "pdfplumber", "pypdfium2", "bs4", "lxml.html", "docx")

for _name in MODULES:
    try:
        importlib.import_module(_name)
    except Exception as exc:  # a module still missing must not stop the pool: workers import lazily
        log.debug("preload %s: %s", _name, exc)

try:
    from zvitparse.batch.work import init_worker

    init_worker()
except Exception as exc:
    log.debug("preload of the NLP pipeline failed: %s", exc)
