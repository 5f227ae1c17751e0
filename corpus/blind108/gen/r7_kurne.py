"""b108_07: ТЦСО Курненської сільської ради (Житомирська), information for Q3 2024. DOCX whose key figures
sit in a SmartArt diagram (Basic Block List): the figures live in word/diagrams/data1.xml as dgm:pt nodes
with dgm:t text, with the cached shapes in word/diagrams/drawing1.xml. The body text around it mentions only
some of them. The body is made with python-docx; the diagram parts, their relationships and content types
are built by hand with zipfile and lxml. Slip: internal_conflict (diagram 148 vs body 146)."""
import io
import zipfile
from lxml import etree
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, write_zip

NAME = "b108_07_kurne_tcso_q3_2024.docx"
MARK = "@@SMARTART@@"
# (number run, rest of the text): each block is one a:p in data1.xml
NODES = [
    ("148", " осіб отримували догляд вдома"),
    ("4 127", " соціальних послуг надано вдома"),
    ("37", " осіб відвідували відділення денного перебування"),
    ("19", " групових заходів для отримувачів"),
    ("211", " осіб отримали натуральну допомогу"),
    ("0", " скарг на якість обслуговування"),
]

# ---------------------------------------------------------------- body (python-docx)
d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("Територіальний центр соціального обслуговування (надання соціальних послуг) Курненської сільської ради",
     bold=True, center=True)
para("12114, Житомирська обл., Звягельський р-н, с. Курне, вул. Незалежності, 6; тел. (04141) 0-28-53; "
     "tcso.kurne@example.ua", center=True)
para("ІНФОРМАЦІЯ про роботу територіального центру за ІІІ квартал 2024 року", bold=True, center=True)
para("Територіальний центр надає соціальні послуги громадянам похилого віку, особам з інвалідністю, "
     "внутрішньо переміщеним особам та іншим вразливим категоріям населення 21 населеного пункту громади. "
     "Основні показники роботи за липень – вересень 2024 року наведено на схемі.")
para("Основні показники ІІІ кварталу 2024 року", bold=True, center=True)
para(MARK, center=True)
para("Відділення соціальної допомоги вдома протягом кварталу обслуговувало 146 осіб (у ІІ кварталі 2024 року – "
     "151 особа), серед них одиноких громадян – 98, осіб віком понад 80 років – 41. На платній основі "
     "обслуговуються 9 осіб; вартість години обслуговування – 79,20 грн. Кожен соціальний робітник відвідує "
     "підопічних не рідше двох разів на тиждень.")
para("За квартал до територіального центру надійшло 23 заяви про надання соціальних послуг; оцінку "
     "індивідуальних потреб проведено 21 особі. Взято на обслуговування 14 осіб, знято з обслуговування 11 осіб, "
     "а саме: у зв'язку зі смертю – 7, у зв'язку з переїздом – 3, у зв'язку з влаштуванням до інтернатного "
     "закладу – 1.")
para("Відділення денного перебування відвідували 37 осіб, з них 12 – внутрішньо переміщені особи. У відділенні "
     "працюють гуртки рукоділля, скандинавської ходьби та комп'ютерної грамотності; заняття тривають по 2 години "
     "тричі на тиждень.")
para("Через пункт гуманітарної допомоги видано допомогу на загальну суму 74,6 тис. грн, зокрема 260 "
     "продуктових наборів, отриманих від благодійного фонду.")
para("Штатна чисельність територіального центру – 26,5 посади, фактично працює 24 працівники, з них 16 "
     "соціальних робітників.")
para("Касові видатки загального фонду за ІІІ квартал 2024 року становлять 3 418,2 тис. грн, з них на оплату праці "
     "з нарахуваннями – 3 052,7 тис. грн. Скарг на роботу працівників за квартал не надходило.")
para("У IV кварталі планується забезпечити 30 отримувачів дровами та провести 8 заходів до Міжнародного дня "
     "людей похилого віку й Дня людей з інвалідністю.")
para("Директор                                          (підпис)")
para("07.10.2024")
fix_docx_props(d, "ТЦСО Курне")
buf = io.BytesIO()
d.save(buf)

# ---------------------------------------------------------------- SmartArt parts (by hand)
NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "dsp": "http://schemas.microsoft.com/office/drawing/2008/diagram",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}
A, DGM, DSP = "{%s}" % NS["a"], "{%s}" % NS["dgm"], "{%s}" % NS["dsp"]
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CX, CY = 5486400, 3200400                       # diagram frame, EMU
COLS, ROWS = 3, 2
GAP = 137160
BW = (CX - (COLS - 1) * GAP) // COLS
BH = (CY - (ROWS - 1) * GAP) // ROWS


def guid(kind, i):
    return "{%08X-%04X-4%03X-8%03X-%012X}" % (0x5A7B0000 + kind * 0x100 + i, 0x1024 + kind, 0x100 + i, 0x200 + kind,
                                               0x6C0000000000 + kind * 0x1000 + i)


DOC = guid(1, 0)
N = [guid(2, i) for i in range(len(NODES))]
PT = [guid(3, i) for i in range(len(NODES))]        # parTrans
ST = [guid(4, i) for i in range(len(NODES))]        # sibTrans
PRD = guid(5, 0)                                    # pres "diagram"
PRN = [guid(6, i) for i in range(len(NODES))]       # pres "node"
PRS = [guid(7, i) for i in range(len(NODES) - 1)]   # pres "sibTrans"


def E(parent, tag, attrib=None, text=None):
    pfx, name = tag.split(":")
    el = etree.SubElement(parent, "{%s}%s" % (NS[pfx], name), attrib or {})
    if text is not None:
        el.text = text
    return el


def text_body(parent, tag, node, size):
    """a:bodyPr, a:lstStyle and one paragraph: a bold number run and the label run."""
    t = E(parent, tag)
    E(t, "a:bodyPr", {"spcFirstLastPara": "0", "vert": "horz", "wrap": "square", "lIns": "45720", "tIns": "45720",
                      "rIns": "45720", "bIns": "45720", "numCol": "1", "spcCol": "1270", "anchor": "ctr",
                      "anchorCtr": "0"} if tag == "dsp:txBody" else {})
    E(t, "a:lstStyle")
    p = E(t, "a:p")
    ppr = E(p, "a:pPr", {"algn": "ctr"} if tag == "dsp:txBody" else {})
    r1 = E(p, "a:r")
    E(r1, "a:rPr", {"lang": "uk-UA", "sz": str(size + 1000), "b": "1", "dirty": "0"})
    E(r1, "a:t", text=node[0])
    r2 = E(p, "a:r")
    E(r2, "a:rPr", {"lang": "uk-UA", "sz": str(size), "dirty": "0"})
    E(r2, "a:t", text=node[1])
    return t


def data_xml():
    root = etree.Element(DGM + "dataModel", nsmap={"dgm": NS["dgm"], "a": NS["a"]})
    pts = E(root, "dgm:ptLst")
    p = E(pts, "dgm:pt", {"modelId": DOC, "type": "doc"})
    E(p, "dgm:prSet", {"loTypeId": "urn:microsoft.com/office/officeart/2005/8/layout/default",
                       "loCatId": "list", "qsTypeId": "urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1",
                       "qsCatId": "simple", "csTypeId": "urn:microsoft.com/office/officeart/2005/8/colors/accent1_2",
                       "csCatId": "accent1", "phldr": "1"})
    E(p, "dgm:spPr")
    t = E(p, "dgm:t")
    E(t, "a:bodyPr")
    E(t, "a:lstStyle")
    E(E(t, "a:p"), "a:endParaRPr", {"lang": "uk-UA"})
    for i, node in enumerate(NODES):
        p = E(pts, "dgm:pt", {"modelId": N[i]})
        E(p, "dgm:prSet", {"phldrT": "[Текст]"})
        E(p, "dgm:spPr")
        text_body(p, "dgm:t", node, 1400)
        for kind, mid in (("parTrans", PT[i]), ("sibTrans", ST[i])):
            q = E(pts, "dgm:pt", {"modelId": mid, "type": kind, "cxnId": guid(9, i)})
            E(q, "dgm:prSet")
            E(q, "dgm:spPr")
            tt = E(q, "dgm:t")
            E(tt, "a:bodyPr")
            E(tt, "a:lstStyle")
            E(E(tt, "a:p"), "a:endParaRPr", {"lang": "uk-UA"})
    p = E(pts, "dgm:pt", {"modelId": PRD, "type": "pres"})
    ps = E(p, "dgm:prSet", {"presAssocID": DOC, "presName": "diagram", "presStyleCnt": "0"})
    lv = E(ps, "dgm:presLayoutVars")
    E(lv, "dgm:dir")
    E(lv, "dgm:resizeHandles", {"val": "exact"})
    E(p, "dgm:spPr")
    for i in range(len(NODES)):
        p = E(pts, "dgm:pt", {"modelId": PRN[i], "type": "pres"})
        ps = E(p, "dgm:prSet", {"presAssocID": N[i], "presName": "node", "presStyleLbl": "node1",
                                "presStyleIdx": str(i), "presStyleCnt": str(len(NODES))})
        E(E(ps, "dgm:presLayoutVars"), "dgm:bulletEnabled", {"val": "1"})
        E(p, "dgm:spPr")
        if i < len(NODES) - 1:
            p = E(pts, "dgm:pt", {"modelId": PRS[i], "type": "pres"})
            E(p, "dgm:prSet", {"presAssocID": ST[i], "presName": "sibTrans", "presStyleCnt": "0"})
            E(p, "dgm:spPr")
    cx = E(root, "dgm:cxnLst")
    k = 0

    def cxn(**kw):
        nonlocal k
        attrs = {"modelId": guid(9, k)}
        attrs.update({key: str(v) for key, v in kw.items()})
        E(cx, "dgm:cxn", attrs)
        k += 1
    for i in range(len(NODES)):
        cxn(srcId=DOC, destId=N[i], srcOrd=i, destOrd=0, parTransId=PT[i], sibTransId=ST[i])
    cxn(type="presOf", srcId=DOC, destId=PRD, srcOrd=0, destOrd=0, presId="urn:microsoft.com/office/officeart/2005/8/layout/default")
    for i in range(len(NODES)):
        cxn(type="presOf", srcId=N[i], destId=PRN[i], srcOrd=0, destOrd=0, presId="urn:microsoft.com/office/officeart/2005/8/layout/default")
        cxn(type="presParOf", srcId=PRD, destId=PRN[i], srcOrd=2 * i, destOrd=0, presId="urn:microsoft.com/office/officeart/2005/8/layout/default")
        if i < len(NODES) - 1:
            cxn(type="presParOf", srcId=PRD, destId=PRS[i], srcOrd=2 * i + 1, destOrd=0, presId="urn:microsoft.com/office/officeart/2005/8/layout/default")
    E(root, "dgm:bg")
    E(root, "dgm:whole")
    ext = E(E(root, "dgm:extLst"), "a:ext", {"uri": "http://schemas.microsoft.com/office/drawing/2008/diagram"})
    etree.SubElement(ext, DSP + "dataModelExt", {"relId": "rId104", "minVer": "http://schemas.openxmlformats.org/drawingml/2006/diagram"},
                     nsmap={"dsp": NS["dsp"]})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def drawing_xml():
    root = etree.Element(DSP + "drawing", nsmap={"dgm": NS["dgm"], "dsp": NS["dsp"], "a": NS["a"]})
    tree = E(root, "dsp:spTree")
    nv = E(tree, "dsp:nvGrpSpPr")
    E(nv, "dsp:cNvPr", {"id": "0", "name": ""})
    E(nv, "dsp:cNvGrpSpPr")
    E(tree, "dsp:grpSpPr")
    for i, node in enumerate(NODES):
        x = (i % COLS) * (BW + GAP)
        y = (i // COLS) * (BH + GAP)
        sp = E(tree, "dsp:sp", {"modelId": PRN[i]})
        nv = E(sp, "dsp:nvSpPr")
        E(nv, "dsp:cNvPr", {"id": "0", "name": ""})
        E(nv, "dsp:cNvSpPr")
        spr = E(sp, "dsp:spPr")
        xf = E(spr, "a:xfrm")
        E(xf, "a:off", {"x": str(x), "y": str(y)})
        E(xf, "a:ext", {"cx": str(BW), "cy": str(BH)})
        E(E(spr, "a:prstGeom", {"prst": "rect"}), "a:avLst")
        E(E(spr, "a:solidFill"), "a:schemeClr", {"val": "accent1", "hueOff": "0", "satOff": "0", "lumOff": "0",
                                                 "alphaOff": "0"})
        ln = E(spr, "a:ln", {"w": "12700", "cap": "flat", "cmpd": "sng", "algn": "ctr"})
        E(E(ln, "a:solidFill"), "a:schemeClr", {"val": "lt1", "hueOff": "0", "satOff": "0", "lumOff": "0",
                                               "alphaOff": "0"})
        E(ln, "a:prstDash", {"val": "solid"})
        E(ln, "a:miter", {"lim": "800000"})
        E(spr, "a:effectLst")
        st = E(sp, "dsp:style")
        for ref, idx in (("a:lnRef", "2"), ("a:fillRef", "1"), ("a:effectRef", "0")):
            E(E(st, ref, {"idx": idx}), "a:scrgbClr", {"r": "0", "g": "0", "b": "0"})
        E(E(st, "a:fontRef", {"idx": "minor"}), "a:schemeClr", {"val": "lt1"})
        text_body(sp, "dsp:txBody", node, 1400)
        tx = E(sp, "dsp:txXfrm")
        E(tx, "a:off", {"x": str(x), "y": str(y)})
        E(tx, "a:ext", {"cx": str(BW), "cy": str(BH)})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


LAYOUT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dgm:layoutDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/default"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="list" pri="400"/></dgm:catLst><dgm:layoutNode name="diagram"><dgm:varLst><dgm:dir/><dgm:resizeHandles val="exact"/></dgm:varLst><dgm:choose name="Name0"><dgm:if name="Name1" func="var" arg="dir" op="equ" val="norm"><dgm:alg type="snake"><dgm:param type="grDir" val="tL"/><dgm:param type="flowDir" val="row"/><dgm:param type="contDir" val="sameDir"/><dgm:param type="off" val="ctr"/></dgm:alg></dgm:if><dgm:else name="Name2"><dgm:alg type="snake"><dgm:param type="grDir" val="tR"/><dgm:param type="flowDir" val="row"/><dgm:param type="contDir" val="sameDir"/><dgm:param type="off" val="ctr"/></dgm:alg></dgm:else></dgm:choose><dgm:shape xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst><dgm:constr type="w" for="ch" forName="node" refType="w"/><dgm:constr type="h" for="ch" forName="node" refType="w" refFor="ch" refForName="node" fact="0.6"/><dgm:constr type="w" for="ch" forName="sibTrans" refType="w" refFor="ch" refForName="node" fact="0.1"/><dgm:constr type="sp" refType="w" refFor="ch" refForName="sibTrans"/><dgm:constr type="primFontSz" for="ch" forName="node" op="equ" val="65"/></dgm:constrLst><dgm:ruleLst/><dgm:forEach name="Name3" axis="ch" ptType="node"><dgm:layoutNode name="node"><dgm:varLst><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"/><dgm:shape xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" type="rect" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf axis="desOrSelf" ptType="node"/><dgm:constrLst><dgm:constr type="tMarg" refType="primFontSz" fact="0.3"/><dgm:constr type="bMarg" refType="primFontSz" fact="0.3"/><dgm:constr type="lMarg" refType="primFontSz" fact="0.3"/><dgm:constr type="rMarg" refType="primFontSz" fact="0.3"/></dgm:constrLst><dgm:ruleLst><dgm:rule type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst></dgm:layoutNode><dgm:forEach name="Name4" axis="followSib" ptType="sibTrans" cnt="1"><dgm:layoutNode name="sibTrans"><dgm:alg type="sp"/><dgm:shape xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst/><dgm:ruleLst/></dgm:layoutNode></dgm:forEach></dgm:forEach></dgm:layoutNode></dgm:layoutDef>"""

STYLE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dgm:styleDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl name="node1"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl><dgm:styleLbl name="sibTrans1D1"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"/></dgm:style></dgm:styleLbl></dgm:styleDef>"""

COLORS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dgm:colorsDef xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl><dgm:styleLbl name="sibTrans1D1"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="tx1"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>"""


def inline_paragraph():
    """The w:p that holds the diagram: wp:inline with a:graphicData of the diagram URI and dgm:relIds."""
    w = NS["w"]
    p = etree.Element("{%s}p" % w, nsmap={"w": w})
    ppr = E(p, "w:pPr")
    E(ppr, "w:jc", {"{%s}val" % w: "center"})
    r = E(p, "w:r")
    rpr = E(r, "w:rPr")
    E(rpr, "w:noProof")
    drawing = E(r, "w:drawing")
    inl = etree.SubElement(drawing, "{%s}inline" % NS["wp"], {"distT": "0", "distB": "0", "distL": "0", "distR": "0"},
                           nsmap={"wp": NS["wp"]})
    E(inl, "wp:extent", {"cx": str(CX), "cy": str(CY)})
    E(inl, "wp:effectExtent", {"l": "0", "t": "0", "r": "0", "b": "0"})
    E(inl, "wp:docPr", {"id": "1", "name": "Схема 1"})
    E(inl, "wp:cNvGraphicFramePr")
    gr = etree.SubElement(inl, A + "graphic", nsmap={"a": NS["a"]})
    gd = E(gr, "a:graphicData", {"uri": "http://schemas.openxmlformats.org/drawingml/2006/diagram"})
    etree.SubElement(gd, DGM + "relIds", {"{%s}dm" % NS["r"]: "rId100", "{%s}lo" % NS["r"]: "rId101",
                                          "{%s}qs" % NS["r"]: "rId102", "{%s}cs" % NS["r"]: "rId103"},
                     nsmap={"dgm": NS["dgm"], "r": NS["r"]})
    return p


with zipfile.ZipFile(buf) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
out = []
for name, data in items:
    if name == "word/document.xml":
        root = etree.fromstring(data)
        for p in root.iter("{%s}p" % NS["w"]):
            if "".join(p.itertext()) == MARK:
                p.getparent().replace(p, inline_paragraph())
                break
        else:
            raise SystemExit("marker not found")
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    elif name == "word/_rels/document.xml.rels":
        root = etree.fromstring(data)
        for rid, typ, tgt in (("rId100", REL + "diagramData", "diagrams/data1.xml"),
                              ("rId101", REL + "diagramLayout", "diagrams/layout1.xml"),
                              ("rId102", REL + "diagramQuickStyle", "diagrams/quickStyle1.xml"),
                              ("rId103", REL + "diagramColors", "diagrams/colors1.xml"),
                              ("rId104", "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
                               "diagrams/drawing1.xml")):
            etree.SubElement(root, "{%s}Relationship" % NS["pr"], {"Id": rid, "Type": typ, "Target": tgt})
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    elif name == "[Content_Types].xml":
        root = etree.fromstring(data)
        for part, ct in (("data1", "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"),
                         ("layout1", "application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml"),
                         ("quickStyle1", "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml"),
                         ("colors1", "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml"),
                         ("drawing1", "application/vnd.ms-office.drawingml.diagramDrawing+xml")):
            etree.SubElement(root, "{%s}Override" % NS["ct"], {"PartName": f"/word/diagrams/{part}.xml",
                                                               "ContentType": ct})
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out.append((name, data))
out += [("word/diagrams/data1.xml", data_xml()), ("word/diagrams/layout1.xml", LAYOUT.encode()),
        ("word/diagrams/quickStyle1.xml", STYLE.encode()), ("word/diagrams/colors1.xml", COLORS.encode()),
        ("word/diagrams/drawing1.xml", drawing_xml())]
write_zip(report_path(NAME), out)

g = Gold(NAME, {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Курненської "
                          "сільської ради", "centre_type": "tcso", "settlement": "Курне", "oblast": "Житомирська",
                "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30"})
F = g.f
DM = "word/diagrams/data1.xml"
Q = ["".join(n) for n in NODES]
# diagram (SmartArt) figures: not in the `zvitparse read` text, quoted from data1.xml
d1 = F("served", "persons", 148, Q[0], service="home_care", part=DM,
       note="SmartArt block; the body says 146 (planted internal_conflict)")
d2 = F("services_provided", "services", 4127, Q[1], service="home_care", part=DM, note="SmartArt only")
d3 = F("served", "persons", 37, Q[2], service="day_care", part=DM, note="SmartArt; the body repeats 37")
d4 = F("events", "events", 19, Q[3], part=DM, note="SmartArt only")
d5 = F("served", "persons", 211, Q[4], service="natural_aid", part=DM, note="SmartArt only")
d6 = F("complaints", "complaints", 0, Q[5], part=DM, note="SmartArt; the body repeats «Скарг … не надходило»")
# body
hc = F("served", "persons", 146, "Відділення соціальної допомоги вдома протягом кварталу обслуговувало 146 осіб",
       service="home_care")
h1 = F("served", "persons", 98, "одиноких громадян – 98", service="home_care", category="одинокі громадяни", parent=hc)
h2 = F("served", "persons", 41, "осіб віком понад 80 років – 41", service="home_care",
       category="особи віком понад 80 років", parent=hc)
h3 = F("served", "persons", 9, "На платній основі обслуговуються 9 осіб", service="home_care", label="на платній основі",
       parent=hc)
ap = F("applied", "applications", 23, "надійшло 23 заяви про надання соціальних послуг")
na_ = F("needs_assessed", "persons", 21, "оцінку індивідуальних потреб проведено 21 особі")
nw = F("served", "persons", 14, "Взято на обслуговування 14 осіб", alt=["registered_new", "support_started"],
       label="взято на обслуговування")
dr = F("deregistered", "persons", 11, "знято з обслуговування 11 осіб")
r1 = F("deregistered", "persons", 7, "у зв'язку зі смертю – 7", label="смерть", group="dereg_11_by_reason", parent=dr)
r2 = F("deregistered", "persons", 3, "у зв'язку з переїздом – 3", label="переїзд", group="dereg_11_by_reason", parent=dr)
r3 = F("deregistered", "persons", 1, "у зв'язку з влаштуванням до інтернатного закладу – 1",
       label="влаштування до інтернатного закладу", group="dereg_11_by_reason", parent=dr)
dc = F("served", "persons", 37, "Відділення денного перебування відвідували 37 осіб", service="day_care")
dc1 = F("served", "persons", 12, "з них 12 – внутрішньо переміщені особи", service="day_care",
        category="внутрішньо переміщені особи", parent=dc)
av = F("aid_value", "uah", 74600, "видано допомогу на загальну суму 74,6 тис. грн", service="natural_aid")
sp = F("staff_positions", "positions", 26.5, "Штатна чисельність територіального центру – 26,5 посади")
sa = F("staff_actual", "staff", 24, "фактично працює 24 працівники")
sw = F("staff_actual", "staff", 16, "з них 16 соціальних робітників", label="соціальні робітники", parent=sa)
bs = F("budget_spent", "uah", 3418200, "Касові видатки загального фонду за ІІІ квартал 2024 року становлять 3 418,2 тис. грн",
       label="загальний фонд")
bs1 = F("budget_spent", "uah", 3052700, "з них на оплату праці з нарахуваннями – 3 052,7 тис. грн",
        label="оплата праці з нарахуваннями", parent=bs)
cp = F("complaints", "complaints", 0, "Скарг на роботу працівників за квартал не надходило")

g.slip("internal_conflict", "error", "Відділення соціальної допомоги вдома протягом кварталу обслуговувало 146 осіб",
       146, 148, [hc, d1], "the SmartArt block says «148 осіб отримували догляд вдома», the body says the home-care "
       "department served 146 persons in the same quarter (same indicator, unit, service, period). The diagram "
       "text is in word/diagrams/data1.xml, not in the read text", f"{hc} == {d1}")
g.check("internal_conflict", "Відділення денного перебування відвідували 37 осіб", "diagram 37 = body 37 (day care); "
        "diagram «0 скарг» = body «Скарг … не надходило»", f"{d3} == {dc} and {d6} == {cp}")
g.check("parts_sum", "знято з обслуговування 11 осіб", "7 + 3 + 1 = 11", f"{r1} + {r2} + {r3} == {dr}")
g.check("parts_sum", "серед них одиноких громадян – 98", "98, 41 and 9 (overlapping «серед») each ≤ 146",
        f"{h1} <= {hc} and {h2} <= {hc} and {h3} <= {hc}")
g.check("parts_sum", "з них 12 – внутрішньо переміщені особи", "12 ≤ 37", f"{dc1} <= {dc}")
g.check("parts_sum", "оцінку індивідуальних потреб проведено 21 особі", "21 ≤ 23", f"{na_} <= {ap}")
g.check("parts_sum", "фактично працює 24 працівники, з них 16", "16 ≤ 24 ≤ 26,5", f"{sw} <= {sa} <= {sp}")
g.check("parts_sum", "з них на оплату праці з нарахуваннями – 3 052,7 тис. грн", "3 052,7 ≤ 3 418,2", f"{bs1} <= {bs}")

g.skip("12114, Житомирська обл., Звягельський р-н, с. Курне, вул. Незалежності, 6; тел. (04141) 0-28-53",
       [12114, 6, 4141, 2853], "postcode, address, phone")
g.skip("за ІІІ квартал 2024 року", [2024], "period")
g.skip("населення 21 населеного пункту громади", [21], "settlements")
g.skip("Основні показники роботи за липень – вересень 2024 року наведено на схемі", [2024], "year")
g.skip("(у ІІ кварталі 2024 року – 151 особа)", [2024, 151], "previous quarter's figure")
g.skip("віком понад 80 років", [80], "age (the count 41 is a fact)")
g.skip("вартість години обслуговування – 79,20 грн", [79.2], "tariff")
g.skip("заняття тривають по 2 години тричі на тиждень", [2], "duration")
g.skip("зокрема 260 продуктових наборів", [260], "items")
g.skip("У IV кварталі планується забезпечити 30 отримувачів дровами та провести 8 заходів", [30, 8], "plan for Q4")
g.skip("07.10.2024", [7, 10, 2024], "date")
g.note("the SmartArt diagram «Основні показники ІІІ кварталу 2024 року» holds six key figures as dgm:pt nodes in "
       "word/diagrams/data1.xml (and as cached shapes in drawing1.xml). `zvitparse read` prints none of the diagram "
       "text when this set was written, so these six facts carry `part: word/diagrams/data1.xml` and are quoted "
       "from that part (each block is one a:p: the number run and the label run). They are facts of the report "
       "like any other: four of them (4 127 services, 19 events, 211 natural-aid recipients, and the 148 home-care "
       "figure) are written nowhere else")
g.note("figures written twice are two facts: 37 day care (diagram and body), complaints 0 (diagram and body)")
g.note("«серед них одиноких … віком понад 80 років …» and «На платній основі» overlap → parent only, no group")
g.note("«Взято на обслуговування» → served (alt registered_new, support_started)")
g.note("aid_value 74,6 тис. грн is tied to natural_aid (service set); the 260 food sets are items")
g.write()
