"""Optional OCR of a page without a text layer: Tesseract with Ukrainian data, if installed.

Not needed by the tests; without `tesseract` (and its `ukr` data), or with `ZVITPARSE_OCR=0`
in the environment, pages without text stay `needs_ocr`. OCR'd text is only as good as the
scan: the document's warnings say which pages it came from.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import shutil
import subprocess

log = logging.getLogger(__name__)

OCR_DPI = 300
OCR_TIMEOUT_S = 120
# Pages OCR'd per document; later pages without text stay `needs_ocr` (≈ 5-15 s a page).
MAX_OCR_PAGES = 30


@functools.lru_cache(maxsize=1)
def _tesseract_has_ukrainian() -> bool:
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "ukr" in out.split()


def ocr_available() -> bool:
    """Tesseract with Ukrainian data is installed and OCR is not switched off."""
    if os.environ.get("ZVITPARSE_OCR", "1").strip().lower() in ("0", "no", "off", "false"):
        return False
    return _tesseract_has_ukrainian()


def ocr_page(page) -> str:
    """Text of a pypdfium2 page via Tesseract (ukr+eng); empty if OCR fails."""
    image = page.render(scale=OCR_DPI / 72).to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    # one thread per page: a batch already runs one worker per core
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        res = subprocess.run(["tesseract", "stdin", "stdout", "-l", "ukr+eng"], input=buf.getvalue(),
                             capture_output=True, timeout=OCR_TIMEOUT_S, env=env)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("OCR failed: %s", exc)
        return ""
    return res.stdout.decode("utf-8", errors="replace")
