"""The audit as one self-contained HTML page: no network, no CDN, inline CSS and JS.

A summary per centre and per rule, the coverage of each document (consistent / not testable
in statcheck's traffic-light colours), then each finding with its sentence and the numbers
highlighted, filterable by severity and rule (the filter state lives in the URL's #fragment,
so a filtered view can be linked), with a link to the source file.
"""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

import regex

from zvitparse.audit.messages import word
from zvitparse.model import Finding, Report

SEVERITIES = ("error", "warning", "info")
CONTEXT = 160  # characters of the sentence shown around the evidence
_NUMBER = regex.compile(r"(?<![\d\p{L}])\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?(?:\s?%)?")

CSS = """
:root{--error:#c62828;--warning:#ef8f00;--info:#1565c0;--consistent:#2e7d32;--untested:#9e9e9e}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
main{max-width:1400px;margin:0 auto;padding:16px}
h1{font-size:1.5em;margin:.2em 0 .6em}h2{font-size:1.2em;margin:1.2em 0 .5em}
table{border-collapse:collapse;width:100%;min-width:760px;background:#fff;table-layout:auto}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
td:first-child{min-width:12em}td:nth-child(2){min-width:10em}
td.n{text-align:right;white-space:nowrap}
.wrap{overflow-x:auto;max-width:100%}  /* a wide summary scrolls sideways on a phone, never squeezed */
.pill{display:inline-block;border-radius:10px;padding:0 8px;color:#fff;font-size:.85em;white-space:nowrap}
.error{background:var(--error)}.warning{background:var(--warning)}.info{background:var(--info)}
.consistent{background:var(--consistent)}.not_testable{background:var(--untested)}
.bar{display:flex;height:12px;min-width:120px;border-radius:6px;overflow:hidden;background:#eee}
.bar span{display:block;height:100%}
#filters{position:sticky;top:0;background:#fafafa;padding:8px 0;border-bottom:1px solid #ddd;z-index:1;
 display:flex;flex-wrap:wrap;gap:12px;align-items:center}
#filters label{white-space:nowrap}
.finding{background:#fff;border:1px solid #ddd;border-left:6px solid var(--untested);border-radius:4px;
 margin:10px 0;padding:8px 12px;overflow-wrap:anywhere}
.finding.sev-error{border-left-color:var(--error)}.finding.sev-warning{border-left-color:var(--warning)}
.finding.sev-info{border-left-color:var(--info)}
.finding[hidden]{display:none}
.meta{color:#555;font-size:.9em}
.quote{background:#f3f3f3;border-radius:4px;padding:6px 8px;margin:6px 0;white-space:pre-wrap;font-size:.95em}
.quote .ev{background:#fff3c4}
mark{background:#ffd54f;padding:0 2px;border-radius:2px}
.values{font-size:.9em}
a{color:#1565c0}
"""

JS = """
(function(){
  const boxes=[...document.querySelectorAll('#filters input[name=sev]')];
  const rule=document.getElementById('rule');
  const cards=[...document.querySelectorAll('.finding')];
  const shown=document.getElementById('shown');
  function apply(){
    const sev=new Set(boxes.filter(b=>b.checked).map(b=>b.value));
    let n=0;
    for(const c of cards){
      const ok=sev.has(c.dataset.severity)&&(rule.value===''||rule.value===c.dataset.rule);
      c.hidden=!ok; if(ok) n++;
    }
    shown.textContent=n;
    document.body.dataset.shown=n;
    const h='severity='+[...sev].join(',')+'&rule='+rule.value;
    if(location.hash.slice(1)!==h) history.replaceState(null,'','#'+h);
  }
  function fromHash(){
    const q=new URLSearchParams(location.hash.slice(1));
    if(q.has('severity')){const s=new Set(q.get('severity').split(','));boxes.forEach(b=>b.checked=s.has(b.value));}
    if(q.has('rule')) rule.value=q.get('rule');
  }
  boxes.forEach(b=>b.addEventListener('change',apply)); rule.addEventListener('change',apply);
  window.addEventListener('hashchange',()=>{fromHash();apply();});
  fromHash(); apply();
  // self-check for tests and curious readers: does anything stick out of its box?
  let cut=0;
  for(const el of document.querySelectorAll('.finding,.quote,td,th,h1,h2,#filters')){
    if(el.offsetParent!==null && el.scrollWidth>el.clientWidth+1) cut++;
  }
  if(document.documentElement.scrollWidth>document.documentElement.clientWidth+1) cut++;
  document.body.dataset.overflow=cut;
})();
"""


def _e(x: object) -> str:
    return html.escape(str(x), quote=True)


def _marked(text: str) -> str:
    out, pos = [], 0
    for m in _NUMBER.finditer(text):
        out.append(_e(text[pos:m.start()]))
        out.append(f"<mark>{_e(m.group())}</mark>")
        pos = m.end()
    out.append(_e(text[pos:]))
    return "".join(out)


def _sentence(report: Report, f: Finding) -> str:
    """The evidence inside a little of its sentence, its numbers marked."""
    text = report.document.text if report.document is not None and report.document.text else ""
    if not text or not (0 <= f.start <= f.end <= len(text)):
        return f'<span class="ev">{_marked(f.quote)}</span>'
    a = max(0, f.start - CONTEXT)
    a = max(a, text.rfind("\n\n", a, f.start) + 1 if text.rfind("\n\n", a, f.start) >= 0 else a)
    b = min(len(text), f.end + CONTEXT)
    nb = text.find("\n\n", f.end, b)
    b = nb if nb >= 0 else b
    pre, ev, post = text[a:f.start], text[f.start:f.end], text[f.end:b]
    return (("… " if a > 0 else "") + _e(pre) + f'<span class="ev">{_marked(ev)}</span>' + _e(post)
            + (" …" if b < len(text) else ""))


def _source_link(source: str) -> str:
    try:
        uri = Path(source).resolve().as_uri()
    except ValueError:
        uri = source
    return f'<a href="{_e(uri)}">{_e(Path(source).name or source)}</a>'


def _centre(report: Report) -> str:
    return (report.meta or {}).get("centre") or (report.meta or {}).get("settlement") or Path(report.source).name


def _coverage_bar(cov: dict[str, int], lang: str) -> str:
    checkable = max(cov.get("checkable", 0), 1)
    parts = [("error", cov.get("errors", 0)), ("warning", cov.get("warnings", 0)),
             ("consistent", cov.get("consistent", 0)), ("not_testable", cov.get("not_testable", 0))]
    total = max(sum(n for _, n in parts), 1)
    spans = "".join(f'<span class="{k}" style="width:{100 * n / total:.1f}%" title="{_e(word(k, lang))}: {n}"></span>'
                    for k, n in parts if n)
    return (f'<div class="bar">{spans}</div><div class="meta">{cov.get("figures_found", 0)} {_e(word("figures", lang))}, '
            f'{cov.get("checkable", 0)} {_e(word("checkable", lang))}, {cov.get("checked", 0)} '
            f'{_e(word("checked", lang))} ({100 * cov.get("checked", 0) / checkable:.0f} %)</div>')


def render_html(reports: list[Report], findings: dict[str, list[Finding]] | None = None, lang: str = "uk") -> str:
    """The page for `reports`; `findings` by doc_id overrides `report.findings` (e.g. another language)."""
    findings = findings or {}
    per_doc = [(r, findings.get(r.doc_id, r.findings)) for r in reports]
    rules = sorted({f.rule for _, fs in per_doc for f in fs})
    sev_count = Counter(f.severity for _, fs in per_doc for f in fs)
    rows = []
    for r, fs in per_doc:
        by_rule = Counter(f.rule for f in fs if f.severity != "info")
        cells = "".join(f'<td class="n">{by_rule.get(rule, "") or ""}</td>' for rule in rules)
        rows.append(f"<tr><td>{_e(_centre(r))}<div class='meta'>{_source_link(r.source)}</div></td>"
                    f"<td>{_coverage_bar(r.coverage, lang)}</td>{cells}</tr>")
    head = "".join(f"<th>{_e(rule).replace('_', '_<wbr>')}</th>" for rule in rules)
    totals = Counter(f.rule for _, fs in per_doc for f in fs if f.severity != "info")
    rows.append("<tr><th>Σ</th><td></td>" + "".join(f'<th class="n">{totals.get(rule, "")}</th>' for rule in rules)
                + "</tr>")
    legend = " ".join(f'<span class="pill {k}">{_e(word(k, lang))}</span>'
                      for k in ("error", "warning", "consistent", "not_testable"))
    cards = []
    for r, fs in per_doc:
        for f in fs:
            cards.append(
                f'<article class="finding sev-{_e(f.severity)}" data-severity="{_e(f.severity)}" data-rule="{_e(f.rule)}" '
                f'id="{_e(r.doc_id)}-{_e(f.finding_id)}">'
                f'<div><span class="pill {_e(f.severity)}">{_e(word(f.severity, lang))}</span> '
                f'<b>{_e(f.rule)}</b> <span class="meta">{_e(_centre(r))} · {_source_link(r.source)} · '
                f'{_e(f.finding_id)}</span></div>'
                f'<p>{_marked(f.message)}</p>'
                f'<div class="quote">{_sentence(r, f)}</div>'
                f'<div class="values">{_e(word("reported", lang))}: <b>{_e(f.reported)}</b> · '
                f'{_e(word("expected", lang))}: <b>{_e(f.expected)}</b> · '
                f'<span class="meta">{_e(", ".join(f.fact_ids))}</span></div></article>')
    sev_boxes = "".join(f'<label><input type="checkbox" name="sev" value="{s}" checked> '
                        f'<span class="pill {s}">{_e(word(s, lang))}</span> {sev_count.get(s, 0)}</label>'
                        for s in SEVERITIES)
    options = "".join(f'<option value="{_e(r)}">{_e(r)}</option>' for r in rules)
    total = sum(len(fs) for _, fs in per_doc)
    body = (f"<main><h1>{_e(word('title', lang))}</h1>"
            f"<h2>{_e(word('summary', lang))}</h2><p class='meta'>{legend}</p><div class='wrap'><table><thead><tr><th>{_e(word('centre', lang))}</th>"
            f"<th>{_e(word('checked', lang))}</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
            f"<h2>{_e(word('findings', lang))}</h2>"
            f"<div id='filters'>{sev_boxes}<label>{_e(word('rule', lang))}: <select id='rule'>"
            f"<option value=''>{_e(word('all', lang))}</option>{options}</select></label>"
            f"<span>{_e(word('shown', lang))}: <b id='shown'>{total}</b> / {total}</span></div>"
            + ("".join(cards) if cards else f"<p>{_e(word('none', lang))}</p>") + "</main>")
    return (f"<!DOCTYPE html><html lang='{_e(lang)}'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{_e(word('title', lang))}</title><style>{CSS}</style></head>"
            f"<body data-findings='{total}'>{body}<script>{JS}</script></body></html>")


def write_html(path: str | Path, reports: list[Report], findings: dict[str, list[Finding]] | None = None,
               lang: str = "uk") -> None:
    Path(path).write_text(render_html(reports, findings, lang), encoding="utf-8")
