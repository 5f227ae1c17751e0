"""Makes the turned-page PDFs the reader tests read (needs reportlab; run once, commit the PDFs).

Each holds a line above a ruled 4×3 table and a line below it, laid out the ways a table that
is wider than a portrait page gets printed: a landscape page turned by /Rotate 90 or 270; a
portrait page whose sideways content /Rotate turns upright (as scanners and «альбомна»
printing leave it); a table drawn sideways on an upright portrait page, its text running down
or up.
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent
pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
ROWS = [["Послуга", "I кв.", "II кв."], ["Догляд вдома", "6 214", "6 388"], ["Денний догляд", "1 318", "1 402"],
        ["Усього", "7 532", "7 790"]]


def _draw(c: canvas.Canvas) -> None:
    """The content in a landscape frame 842 × 595 (origin bottom left)."""
    c.setFont("DejaVu", 11)
    c.drawString(60, 540, "Таблиця 1. Кількість наданих соціальних послуг, од.")
    x0, y0, widths, h = 60, 500, [220, 120, 120], 24
    for r, row in enumerate(ROWS):
        x = x0
        for w, text in zip(widths, row, strict=True):
            c.rect(x, y0 - (r + 1) * h, w, h)
            c.drawString(x + 4, y0 - (r + 1) * h + 8, text)
            x += w
    c.drawString(60, 360, "Примітка: дані за 2024 рік.")


def rotated_page(name: str, rotate: int) -> None:
    """A landscape page shown turned (its text sideways on the screen)."""
    c = canvas.Canvas(str(HERE / name), pagesize=landscape(A4))
    _draw(c)
    c.showPage()
    c.save()
    # reportlab sets no /Rotate; write the landscape content into a portrait page turned by it
    data = (HERE / name).read_bytes()
    data = data.replace(b"/MediaBox [ 0 0 841.8898 595.2756 ]", b"/MediaBox [ 0 0 841.8898 595.2756 ] /Rotate %d" % rotate)
    (HERE / name).write_bytes(data)


def sideways(name: str, down: bool, rotate: int = 0) -> None:
    w, h = A4
    c = canvas.Canvas(str(HERE / name), pagesize=A4)
    c.saveState()
    if down:  # text runs top to bottom: the frame's top edge along the page's right edge
        c.translate(w, 0)
        c.rotate(90)
    else:  # text runs bottom to top
        c.translate(0, h)
        c.rotate(-90)
    _draw(c)
    c.restoreState()
    c.showPage()
    c.save()
    if rotate:  # a portrait page turned by /Rotate to show the sideways table upright
        data = (HERE / name).read_bytes()
        data = data.replace(b"/MediaBox [ 0 0 595.2756 841.8898 ]", b"/MediaBox [ 0 0 595.2756 841.8898 ] /Rotate %d" % rotate)
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    rotated_page("rotate90.pdf", 90)
    rotated_page("rotate270.pdf", 270)
    sideways("portrait_rotate90.pdf", False, 90)
    sideways("portrait_rotate270.pdf", True, 270)
    sideways("sideways_down.pdf", True)
    sideways("sideways_up.pdf", False)
