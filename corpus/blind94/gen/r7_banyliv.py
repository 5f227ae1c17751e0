"""b94_07: external quality assessment of home care provided in 2023 by КУ «ЦНСП» Банилівської сільської ради
(Чернівецька). Less common style: a DOCX with real Word footnotes (word/footnotes.xml) and an endnote
(word/endnotes.xml); python-docx cannot write them, so the parts, relationships, content types, styles and
settings are built here. Third person. Slip: internal_conflict (48 respondents in the text, 46 in the endnote)."""
import io
import zipfile
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from xml.sax.saxutils import escape
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b94_07_banyliv_cnsp_external2023.docx"

FOOTNOTES = {
    1: "Розпорядження сільського голови від 08.01.2024 № 03-од «Про проведення зовнішньої оцінки якості соціальних послуг».",
    2: "У 2022 році – 58 осіб.",
    3: "Станом на 31.12.2023; штатним розписом передбачено 12 посад соціального робітника.",
    4: "Облік відвідувань ведеться в журналах за формою, затвердженою наказом ЦНСП від 15.02.2021 № 11.",
    5: "З них 5 – у зв’язку зі смертю, 2 – влаштовані до будинку-інтернату, 1 – за власним бажанням.",
    6: "Анкетування проведено 15–19 січня 2024 року; 9 отримувачів, які за станом здоров’я не могли заповнити анкету самостійно, опитано усно.",
    7: "Межі оцінок: «добре» – 80 % і більше позитивних відповідей, «задовільно» – від 60 до 79,9 %, «незадовільно» – менше 60 %.",
    8: "Загальну оцінку визначено за середнім значенням часток за шістьма критеріями – 90,3 %.",
    9: "У 2022 році надійшла 1 скарга, яку визнано необґрунтованою.",
}
ENDNOTES = {
    1: "Частки обчислено від кількості опитаних отримувачів (46) та округлено до десятих. Первинні анкети зберігаються у відділі соціального захисту населення протягом 3 років.",
}

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"; d.styles["Normal"].font.size = Pt(13)


def note_ref(p, i, kind):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "FootnoteReference" if kind == "footnote" else "EndnoteReference")
    rpr.append(rs); r.append(rpr)
    ref = OxmlElement(f"w:{kind}Reference"); ref.set(qn("w:id"), str(i)); r.append(ref)
    p._p.append(r)


def para(*parts, bold=False, center=False):
    """parts: strings, or ("fn", i) / ("en", i) for a note reference."""
    p = d.add_paragraph()
    for x in parts:
        if isinstance(x, tuple):
            note_ref(p, x[1], "footnote" if x[0] == "fn" else "endnote")
        else:
            r = p.add_run(x); r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ БАНИЛІВСЬКОЇ СІЛЬСЬКОЇ РАДИ\nВИЖНИЦЬКОГО РАЙОНУ ЧЕРНІВЕЦЬКОЇ ОБЛАСТІ", bold=True, center=True)
para("59231, Чернівецька обл., Вижницький р-н, с. Банилів, вул. Руська, 40; тел. (03730) 0-91-52; vszn.banyliv@example.ua", center=True)
para("ЗВІТ\nпро проведення зовнішньої оцінки якості соціальної послуги догляду вдома, наданої комунальною установою «Центр надання соціальних послуг» Банилівської сільської ради у 2023 році", bold=True, center=True)
para("Зовнішню оцінку проведено відділом соціального захисту населення Банилівської сільської ради", ("fn", 1),
     " у січні 2024 року комісією у складі 4 осіб. Надавач послуги – КУ «Центр надання соціальних послуг» Банилівської сільської ради (код ЄДРПОУ 44105826).")
para("1. Загальні відомості про надання послуги", bold=True)
para("У 2023 році послугу догляду вдома отримували 64 особи", ("fn", 2), ", з них 39 жінок і 25 чоловіків. Послугу надавали 11 соціальних робітників", ("fn", 3),
     ", які обслуговували отримувачів у 9 селах громади. Протягом року надано 9 472 послуги догляду вдома (відвідування)", ("fn", 4), ".")
para("На обслуговування у 2023 році взято 14 осіб, знято з обслуговування 8 осіб", ("fn", 5),
     ". Середнє навантаження на одного соціального робітника становило 5,8 отримувача.")
para("2. Результати анкетування отримувачів", bold=True)
para("В анкетуванні взяли участь 48 отримувачів", ("fn", 6), " (75,0 % від загальної кількості). Частки позитивних відповідей за критеріями якості", ("en", 1),
     " наведено в таблиці.", ("fn", 7))
rows = [["Критерій якості", "Частка позитивних відповідей, %", "Оцінка"],
        ["Адресність та індивідуальний підхід", "91,7", "добре"],
        ["Результативність", "85,4", "добре"],
        ["Своєчасність", "89,6", "добре"],
        ["Доступність та відкритість", "79,2", "задовільно"],
        ["Повага до гідності отримувача", "100,0", "добре"],
        ["Професійність", "95,8", "добре"]]
t = d.add_table(rows=len(rows), cols=3); t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»", ("fn", 8), ".")
para("Скарг від отримувачів послуги у 2023 році не надходило", ("fn", 9), ".")
para("3. Рекомендації", bold=True)
para("Надавачу послуги рекомендовано до 01.06.2024 забезпечити соціальних робітників, які обслуговують віддалені села, службовим транспортом і переглянути графік відвідувань з урахуванням побажань отримувачів.")
para("Начальник відділу соціального захисту населення                    (підпис)\n29.01.2024")
fix_docx_props(d, author="ВСЗН")
buf = io.BytesIO(); d.save(buf)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def notes_xml(tag, items, style):
    s = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag}s {W}>'
    s += (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
          f'<w:r><w:separator/></w:r></w:p></w:{tag}>')
    s += (f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
          f'<w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
    for i, text in items.items():
        s += (f'<w:{tag} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="{style}Text"/></w:pPr>'
              f'<w:r><w:rPr><w:rStyle w:val="{style}Reference"/></w:rPr><w:{tag}Ref/></w:r>'
              f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:{tag}>')
    return (s + f'</w:{tag}s>').encode("utf-8")


STYLES = ''.join(
    f'<w:style w:type="paragraph" w:styleId="{k}Text"><w:name w:val="{n} text"/><w:basedOn w:val="Normal"/>'
    f'<w:link w:val="{k}TextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    f'<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    f'<w:style w:type="character" w:styleId="{k}TextChar"><w:name w:val="{n} Text Char"/><w:basedOn w:val="DefaultParagraphFont"/>'
    f'<w:link w:val="{k}Text"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    f'<w:style w:type="character" w:styleId="{k}Reference"><w:name w:val="{n} reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
    f'<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    for k, n in (("Footnote", "footnote"), ("Endnote", "endnote")))

zin = zipfile.ZipFile(buf)
items = {n: zin.read(n) for n in zin.namelist()}
items["word/footnotes.xml"] = notes_xml("footnote", FOOTNOTES, "Footnote")
items["word/endnotes.xml"] = notes_xml("endnote", ENDNOTES, "Endnote")
ct = items["[Content_Types].xml"].decode("utf-8").replace("</Types>",
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
items["[Content_Types].xml"] = ct.encode("utf-8")
rel = items["word/_rels/document.xml.rels"].decode("utf-8").replace("</Relationships>",
    '<Relationship Id="rId901" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '<Relationship Id="rId902" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>')
items["word/_rels/document.xml.rels"] = rel.encode("utf-8")
sty = items["word/styles.xml"].decode("utf-8")
sty = sty[:sty.rindex("</w:styles>")] + STYLES + "</w:styles>"
items["word/styles.xml"] = sty.encode("utf-8")
st = items["word/settings.xml"].decode("utf-8")
pr = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
      '<w:endnotePr><w:numFmt w:val="lowerRoman"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>')
# footnotePr/endnotePr go before w:compat in the settings sequence
st = st.replace("<w:compat>", pr + "<w:compat>", 1) if "<w:compat>" in st else st.replace("</w:settings>", pr + "</w:settings>")
items["word/settings.xml"] = st.encode("utf-8")
path = report_path(DOC)
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for n, b in items.items():
        z.writestr(n, b)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Банилівської сільської ради",
    "centre_type": "cnsp", "settlement": "Банилів", "oblast": "Чернівецька",
    "report_kind": "external_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Банилівської сільської ради",
                "КУ «Центр надання соціальних послуг» Банилівської сільської ради",
                "Відділ соціального захисту населення Банилівської сільської ради"],
     "centre_type": ["uszn"], "settlement": ["Банилівська сільська громада"]})
f = g.f
HC = "home_care"
sv = f("served", "persons", 64, "У 2023 році послугу догляду вдома отримували 64 особи", service=HC)
w = f("served", "persons", 39, "з них 39 жінок", service=HC, label="жінки", group="served_64_by_sex", parent=sv)
m = f("served", "persons", 25, "25 чоловіків", service=HC, label="чоловіки", group="served_64_by_sex", parent=sv)
sa = f("staff_actual", "staff", 11, "Послугу надавали 11 соціальних робітників", service=HC, label="соціальні робітники")
pos = f("staff_positions", "positions", 12, "штатним розписом передбачено 12 посад соціального робітника", service=HC,
        label="соціальні робітники", note="footnote 3")
sp = f("services_provided", "services", 9472, "Протягом року надано 9 472 послуги догляду вдома (відвідування)", service=HC)
tk = f("served", "persons", 14, "На обслуговування у 2023 році взято 14 осіб", service=HC,
       alt=["registered_new", "support_started"], label="взято на обслуговування")
dr = f("deregistered", "persons", 8, "знято з обслуговування 8 осіб", service=HC)
G = "deregistered_8_by_reason"
d1 = f("deregistered", "persons", 5, "З них 5 – у зв'язку зі смертю", service=HC, label="у зв'язку зі смертю", group=G, parent=dr, note="footnote 5")
d2 = f("deregistered", "persons", 2, "2 – влаштовані до будинку-інтернату", service=HC, label="влаштовані до будинку-інтернату", group=G, parent=dr, note="footnote 5")
d3 = f("deregistered", "persons", 1, "1 – за власним бажанням", service=HC, label="за власним бажанням", group=G, parent=dr, note="footnote 5")
rs = f("survey_respondents", "recipients", 48, "В анкетуванні взяли участь 48 отримувачів", percent=75.0, service=HC, unit_alt="persons")
f48 = rs
oral = f("survey_respondents", "recipients", 9, "9 отримувачів, які за станом здоров'я не могли заповнити анкету самостійно, опитано усно",
         service=HC, label="опитано усно", parent=rs, unit_alt="persons", note="footnote 6")
r46 = f("survey_respondents", "recipients", 46, "Частки обчислено від кількості опитаних отримувачів (46)", service=HC,
        label="кількість опитаних за ендноутом", unit_alt="persons", note="endnote; conflicts with the 48 of the text")
crit = [("targeting", "Адресність та індивідуальний підхід\t91,7\tдобре", 91.7, "good"),
        ("effectiveness", "Результативність\t85,4\tдобре", 85.4, "good"),
        ("timeliness", "Своєчасність\t89,6\tдобре", 89.6, "good"),
        ("accessibility", "Доступність та відкритість\t79,2\tзадовільно", 79.2, "satisfactory"),
        ("dignity", "Повага до гідності отримувача\t100,0\tдобре", 100, "good"),
        ("professionalism", "Професійність\t95,8\tдобре", 95.8, "good")]
ids = []
for c, q, pv, rv in crit:
    ids.append((c, q, f("share", "percent", pv, q, criterion=c, service=HC, alt=["satisfaction"], label="частка позитивних відповідей"),
                f("rating", "rating", rv, q, criterion=c, service=HC)))
ov = f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»", criterion="overall", service=HC)
av = f("share", "percent", 90.3, "Загальну оцінку визначено за середнім значенням часток за шістьма критеріями – 90,3 %",
       service=HC, alt=["satisfaction"], label="середнє значення часток за шістьма критеріями", note="footnote 8")
f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2023 році не надходило", service=HC)

g.slip("internal_conflict", "error", "Частки обчислено від кількості опитаних отримувачів (46)", 46, 48, [rs, r46],
       "the text says 48 recipients took part in the survey (75,0 % of 64), the endnote says the shares were computed from 46 respondents. The shares fit 48 (44/48 = 91,7 %, 41/48 = 85,4 % …) and several cannot come from 46 (no k/46 rounds to 91,7 or 85,4), so the endnote's 46 is the slip.",
       f"{rs} == {r46}")
BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
for c, q, s_, r_ in ids:
    g.check("rating_band", q, f"{c}: share in the band of its rating (bands of footnote 7)", f"band({s_}, {BANDS}) == {r_}")
    g.check("percent_impossible", q, f"{c}: reachable with 48 respondents", f"grim_ok({s_}, {rs}, 1)")
g.check("percent_mismatch", "Загальну оцінку визначено за середнім значенням часток за шістьма критеріями – 90,3 %",
        "(91,7 + 85,4 + 89,6 + 79,2 + 100,0 + 95,8) / 6 = 90,28 → 90,3; in the «добре» band, as the overall rating says",
        "abs(sum([" + ", ".join(x[2] for x in ids) + f"]) / 6 - {av}) < 0.05 and band({av}, {BANDS}) == {ov}")
g.check("percent_mismatch", "В анкетуванні взяли участь 48 отримувачів", "48 / 64 = 75,0 %", f"pct_ok(p{rs[1:]}, {rs}, {sv}, 1)")
g.check("parts_sum", "з них 39 жінок і 25 чоловіків", "39 + 25 = 64", f"{w} + {m} == {sv}")
g.check("parts_sum", "З них 5 – у зв'язку зі смертю, 2 – влаштовані до будинку-інтернату, 1 – за власним бажанням.", "5 + 2 + 1 = 8",
        f"{d1} + {d2} + {d3} == {dr}")
g.check("parts_sum", "штатним розписом передбачено 12 посад соціального робітника", "11 ≤ 12; 9 oral ≤ 48", f"{sa} <= {pos} and {oral} <= {rs}")

g.skip("59231, Чернівецька обл., Вижницький р-н, с. Банилів, вул. Руська, 40; тел. (03730) 0-91-52", [59231, 40, 3730, 9152], "postcode, address, phone")
g.skip("у січні 2024 року комісією у складі 4 осіб", [2024, 4], "assessment date, commission size")
g.skip("(код ЄДРПОУ 44105826)", [44105826], "ЄДРПОУ")
g.skip("Розпорядження сільського голови від 08.01.2024 № 03-од «Про проведення зовнішньої оцінки якості соціальних послуг».", [8, 1, 2024, 3],
       "footnote 1: order date and number")
g.skip("У 2022 році – 58 осіб.", [2022, 58], "footnote 2: prior-year figure")
g.skip("Станом на 31.12.2023", [31, 12, 2023], "footnote 3: date")
g.skip("Облік відвідувань ведеться в журналах за формою, затвердженою наказом ЦНСП від 15.02.2021 № 11.", [15, 2, 2021, 11], "footnote 4: order date and number")
g.skip("Анкетування проведено 15–19 січня 2024 року", [15, 19, 2024], "footnote 6: survey dates")
g.skip("Межі оцінок: «добре» – 80 % і більше позитивних відповідей, «задовільно» – від 60 до 79,9 %, «незадовільно» – менше 60 %.",
       [80, 60, 79.9, 60], "footnote 7: rating band definitions")
g.skip("за шістьма критеріями", [6], "number of criteria in words")
g.skip("У 2022 році надійшла 1 скарга, яку визнано необґрунтованою.", [2022, 1], "footnote 9: prior-year complaint")
g.skip("протягом 3 років", [3], "endnote: storage period")
g.skip("у 9 селах громади", [9], "number of villages")
g.skip("Середнє навантаження на одного соціального робітника становило 5,8 отримувача.", [5.8], "ratio (64 / 11 = 5,82)")
g.skip("Надавачу послуги рекомендовано до 01.06.2024", [1, 6, 2024], "recommendation deadline")
g.skip("1. Загальні відомості про надання послуги", [1, 2, 3], "section numbers")
g.skip("29.01.2024", [29, 1, 2024], "date")
g.skip("¹ Розпорядження", [1, 2, 3, 4, 5, 6, 7, 8, 9, 1],
       "footnote and endnote markers (superscript ¹–⁹ in the text and at the head of each note; the endnote is also ¹), attached to the words and numbers they follow («64 особи²», «48 отримувачів⁶»)")

g.audit_uncertain = [{
    "rule": "percent_impossible",
    "quote": "Частки обчислено від кількості опитаних отримувачів (46)",
    "note": "if a tool takes the endnote's 46 as the base, 91,7 % and 85,4 % are GRIM-impossible (no k/46 rounds to them). That is the same planted slip seen from the table; not recorded as a separate finding."}]
g.note("the provider assessed is the КУ «ЦНСП» (meta centre); the report is written by the village council's відділ соціального захисту населення, given in meta_alt (centre and centre_type uszn)")
g.note("footnotes with figures of the period are facts: 12 positions (fn 3), the reasons for removal 5/2/1 (fn 5), 9 recipients questioned orally (fn 6), the average 90,3 % (fn 8), and the endnote's 46 respondents. Footnotes with order dates and numbers (fn 1, fn 4), last year's figures (fn 2, fn 9), survey dates (fn 6) and the band definitions (fn 7) are skipped")
g.note("the reader prints footnote references as superscript digits glued to the preceding word or number, and the notes after the body; the endnote is numbered ¹ again. Quotes stop before the superscripts")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with labelled reasons (blind18 convention)")
g.note("criterion shares → share (alt satisfaction) with criterion and service home_care; ratings → rating; the overall «добре» → rating criterion overall")
g.note("«48 отримувачів» and the endnote's «опитаних отримувачів (46)» → survey_respondents, unit recipients (unit_alt persons): same indicator, unit, service and period, different values")
_orig = g.as_dict
g.as_dict = lambda: {**_orig(), "audit_uncertain": g.audit_uncertain}
g.write()
