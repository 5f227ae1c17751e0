"""The values of a fillable PDF form (AcroForm), as a centre fills a department's template in
Acrobat: the page's text holds the labels and blank lines («Кількість отримувачів, осіб: ______»),
the figures live in the form's fields. Each value is written into its label's blank, as a PDF
viewer shows it; a form never flattened would otherwise read as an empty template."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import regex

# text fields, combo boxes and list boxes hold words; check boxes and buttons say nothing
_VALUE_FIELDS = (pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX, pdfium_c.FPDF_FORMFIELD_LISTBOX)
# between a label and its blank: a colon or a point, spaces
_GAP = r"[^\S\n]*[:.]?[^\S\n]*"
# the end of a label that finds its blank in the page's text
LABEL_TAIL = 40


def has_form(pdf: pdfium.PdfDocument) -> bool:
    return pdfium_c.FPDF_GetFormType(pdf.raw) != pdfium_c.FORMTYPE_NONE


def _value(form, annot) -> str:
    size = pdfium_c.FPDFAnnot_GetFormFieldValue(form, annot, None, 0)
    if size <= 2:
        return ""
    buf = (ctypes.c_ushort * (size // 2 + 1))()
    pdfium_c.FPDFAnnot_GetFormFieldValue(form, annot, buf, size)
    return bytes(buf)[:size].decode("utf-16-le", errors="replace").rstrip("\x00").strip()


def page_fields(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[tuple[str, str]]:
    """(label, value) of the page's filled fields, the label being the text left of the field."""
    form = pdf.formenv.raw if pdf.formenv is not None else None
    if form is None:
        return []
    out = []
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET \
                    or pdfium_c.FPDFAnnot_GetFormFieldType(form, annot) not in _VALUE_FIELDS:
                continue
            value = _value(form, annot)
            rect = pdfium_c.FS_RECTF()
            if not value or not pdfium_c.FPDFAnnot_GetRect(annot, rect):
                continue
            label = textpage.get_text_bounded(left=0, bottom=rect.bottom, right=rect.left, top=rect.top)
            label = " ".join(label.split()).rstrip(" _:")
            if label:
                out.append((label, " ".join(value.split())))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return out


def fill(text: str, fields: list[tuple[str, str]]) -> str:
    """`text` with each field's value written into the blank after its label."""
    for label, value in fields:
        tail = regex.escape(label[-LABEL_TAIL:]).replace(r"\ ", r"\s+")
        m = regex.search(f"({tail}{_GAP})_{{3,}}", text)
        if m is not None:
            text = text[:m.start()] + m.group(1) + value + text[m.end():]
    return text
