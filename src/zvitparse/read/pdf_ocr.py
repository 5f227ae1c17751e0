"""Optional OCR of a page without a text layer: Tesseract with Ukrainian data, if installed.

Not needed by the tests; without `tesseract` (and its `ukr` data) pages stay `needs_ocr`.
"""

from __future__ import annotations

import functools
import io
import logging
import shutil
import subprocess

log = logging.getLogger(__name__)

OCR_DPI = 300
OCR_TIMEOUT_S = 120


@functools.lru_cache(maxsize=1)
def ocr_available() -> bool:
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "ukr" in out.split()


def ocr_page(page) -> str:
    """Text of a pypdfium2 page via Tesseract (ukr+eng); empty if OCR fails."""
    image = page.render(scale=OCR_DPI / 72).to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    try:
        res = subprocess.run(["tesseract", "stdin", "stdout", "-l", "ukr+eng"], input=buf.getvalue(),
                             capture_output=True, timeout=OCR_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("OCR failed: %s", exc)
        return ""
    return res.stdout.decode("utf-8", errors="replace")
