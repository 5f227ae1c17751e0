"""Strip a parsed web page down to its main content: no scripts, menus, sidebars, footers.

Structure decides first (nav/aside/footer elements; class and id names such as menu, sidebar,
breadcrumb, share, footer; hidden elements; link-heavy lists of other news), then the main
content container is chosen (article / main / articleBody) when one holds most of the text.
Furniture phrases are matched later, per block, in `html.py`.
"""

from __future__ import annotations

import regex
from lxml import html as lxml_html

# Elements that never hold report content.
DROP_TAGS = {
    "script", "style", "template", "iframe", "svg", "object", "embed", "canvas",
    "button", "select", "option", "input", "textarea", "nav", "aside", "menu", "head", "link",
    "meta", "map", "audio", "video", "dialog",
    # struck-out text is what the page no longer says: «охоплено <del>198</del> <ins>214</ins> сімей»
    "del", "s", "strike",
}
# Dropped unless inside the article itself (an article's own <header> holds its title).
SITE_TAGS = {"header", "footer"}

# class/id substrings marking site furniture wherever they appear (a page builder's «elementor-widget-
# text-editor» is the article's own block, a sidebar's «widget_recent_entries» is not).
_FURNITURE_NAME = regex.compile(
    r"menu|navbar|navigation|sidebar|side[-_]bar|breadcrumb|\bshare(?!d)|social[-_]?(?:links|icons|buttons|"
    r"share|networks|media)|\bsoc[-_]|(?<!elementor-)widget|related|\bcomments?\b|pagination|pager|cookie|banner|advert|"
    r"subscribe|other[-_]?news|last[-_]?news|latest[-_]?news|latestnews|news[-_]?list|popular|toolbar|topbar|"
    r"\bsearch|\blogin|\bprint\b|\blikes?\b|tagcloud|copyright|counter|weather|calendar|informer|modal|"
    r"popup|moduletable|\bmod[-_]|\b(?:left|right|side)[-_]?col|\bcol(?:umn)?[-_](?:left|right|side)\b|"
    r"editsection|\btoc\b|catlinks|printfooter",  # a wiki's «[ред. | ред. код]», contents box, categories
    regex.I,
)
# Whole class/id tokens marking site regions (not substrings: «article-header» is content).
_SITE_TOKEN = regex.compile(r"(?:^|[\s_-])(?:nav|header|footer|aside)(?:$|[\s_-])",
                            regex.I)
# Names of wrappers that merely announce a furniture region beside them: «has-sidebar».
_WRAPPER_NAME = regex.compile(r"\b(?:has|with|no|show|hide|without)[-_]\w+", regex.I)
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|text-decoration(?:-line)?\s*:[^;]*line-through",
                              regex.I)

# Class names of a responsive template's two renderings of one article: shown only on small
# screens (Bootstrap «d-md-none», «visible-xs», Foundation «hide-for-large», Bulma
# «is-hidden-desktop», «mobile-only») and only on large ones («d-none d-md-block», «hidden-xs»).
_MOBILE_ONLY = regex.compile(
    r"(?:^|\s)(?:d-(?:sm|md|lg|xl)-none|visible-xs(?:-block)?|visible-sm|hide-for-(?:medium|large)(?:-up)?|"
    r"show-for-small-only|is-hidden-(?:tablet|desktop)|uk-hidden@[sml]|(?:mobile|phone)[-_]?(?:only|version|view)|"
    r"only[-_](?:mobile|phone)|(?:show|visible)[-_](?:on[-_])?mobile|hid(?:e|den)[-_](?:on[-_])?desktop)(?=\s|$)", regex.I)
_DESKTOP_ONLY = regex.compile(
    r"(?:^|\s)(?:d-(?:sm|md|lg|xl)-(?:block|flex|table|inline(?:-block)?)|hidden-xs|visible-(?:md|lg)(?:-block)?|"
    r"show-for-(?:medium|large)(?:-up)?|hide-for-small-only|is-hidden-mobile|uk-visible@[sml]|"
    r"desktop[-_]?(?:only|version|view)|only[-_]desktop|(?:show|visible)[-_](?:on[-_])?desktop|"
    r"hid(?:e|den)[-_](?:on[-_])?mobile)(?=\s|$)", regex.I)
_DIGITS = regex.compile(r"\d+")
# a small-screen copy is dropped when this share of its figures is in the large-screen copy
_COPY_SHARE = 0.8

MAIN_XPATHS = (
    "//*[@itemprop='articleBody']",
    "//article",
    "//main",
    "//*[@role='main']",
)
# The main container must hold at least this share of the page's text to be trusted.
MAIN_SHARE = 0.25
# A list whose items are mostly link text is a list of other pages (other news, menus).
LINK_LIST_SHARE = 0.6
LINK_LIST_MIN_ITEMS = 3
# An element holding more than this share of the page's text is never dropped by its name.
MOST_OF_PAGE = 0.5


# The attributes an animated counter keeps its real figure in («<span class="counter"
# data-target="1245">0</span>»: the text is where a script starts counting from).
_COUNTER_ATTRS = ("data-target", "data-count", "data-to", "data-end", "data-value", "data-number", "data-countup")
_COUNTER_VALUE = regex.compile(r"\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?")
_COUNTER_MARK = "data-zvitparse-counter"
# a <noscript> holding these is the page's content for readers without scripts (a table the
# page draws from script data); any other is a tracking pixel or a plea to turn scripts on
_NOSCRIPT_CONTENT = ("table", "p", "ul", "ol", "dl", "h2", "h3", "h4")


def reveal_counters(root: lxml_html.HtmlElement) -> None:
    """Animated counters show the figure their script counts up to, not the one it starts at."""
    for el in root.iter():
        if not isinstance(el.tag, str) or len(el):
            continue
        value = next((v.strip() for a in _COUNTER_ATTRS if (v := el.get(a)) and _COUNTER_VALUE.fullmatch(v.strip())), None)
        if value is None or (el.text or "").strip() and not _COUNTER_VALUE.fullmatch(el.text.strip()):
            continue
        el.text = value
        el.set(_COUNTER_MARK, "")
        nxt = el.getnext()
        if not (el.tail or "").strip() and nxt is not None and nxt.text_content().strip()[:1].isalpha():
            el.tail = " "  # («<span>1318</span><span>отримувачів</span>»: a widget sets them apart, not «+»)


def read_bars(root: lxml_html.HtmlElement) -> None:
    """A <progress> or <meter> is drawn as a bar: the figure written inside it is read once, not
    again where the page prints the same label beside it (a tooltip's `title` is no text)."""
    for el in list(root.iter("progress", "meter")):
        label = " ".join(el.text_content().split())
        nxt = el.getnext()
        beside = (el.tail or "").strip() or (nxt.text_content().strip() if nxt is not None else "")
        for child in list(el):
            el.remove(child)
        el.text = "" if not label or beside.startswith(label) else f" {label} "


def _furniture_name(el: lxml_html.HtmlElement, names: str) -> bool:
    """A class or id that marks furniture; «counter» alone does not when the element holds
    animated counters («results-counters» is a block of the centre's figures, not a visit counter;
    a share widget's counts stay furniture)."""
    found = _FURNITURE_NAME.search(_WRAPPER_NAME.sub(" ", names))
    if found is None:
        return False
    return found.group().lower() != "counter" or not any(
        x.get(_COUNTER_MARK) is not None for x in el.iter() if isinstance(x.tag, str))


def _names(el: lxml_html.HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _inside(el: lxml_html.HtmlElement, tags: set[str]) -> bool:
    return any(a.tag in tags for a in el.iterancestors())


def _is_hidden(el: lxml_html.HtmlElement) -> bool:
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style") or "")))


def _text_len(el: lxml_html.HtmlElement) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def _link_share(el: lxml_html.HtmlElement) -> float:
    total = _text_len(el)
    if not total:
        return 0.0
    return sum(_text_len(a) for a in el.iter("a")) / total


def _is_link_list(el: lxml_html.HtmlElement) -> bool:
    items = [li for li in el if li.tag == "li"]
    return len(items) >= LINK_LIST_MIN_ITEMS and _link_share(el) >= LINK_LIST_SHARE


def _most_of_page(el: lxml_html.HtmlElement, page_len: int) -> bool:
    """A «header» region that holds most of the page is a wrapper of the page, not its header."""
    return _text_len(el) > MOST_OF_PAGE * page_len


def _doomed(el: lxml_html.HtmlElement, page_len: int) -> bool:
    tag = el.tag
    if not isinstance(tag, str) or tag in DROP_TAGS:
        return True
    if tag == "noscript":
        return not any(True for t in _NOSCRIPT_CONTENT for _ in el.iter(t))
    if _is_hidden(el):
        return True
    names = _names(el)
    if tag in ("body", "html"):
        return False
    if names and _furniture_name(el, names):
        return True
    if tag in SITE_TAGS or (names and _SITE_TOKEN.search(names)):
        return (not _inside(el, {"article", "main"}) and not any(True for _ in el.iter("h1"))
                and not _most_of_page(el, page_len))
    if tag in ("ul", "ol"):
        return _is_link_list(el)
    return False


def strip_furniture(root: lxml_html.HtmlElement) -> None:
    """Remove furniture elements in place (tails are kept: they belong to the parent)."""
    doomed = []
    page_len = _text_len(root)
    for el in root.iter():
        if _doomed(el, page_len):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def drop_mobile_copies(root: lxml_html.HtmlElement) -> None:
    """A template that renders the article twice, for small and for large screens, is read once:
    the small-screen copy goes (its cards repeat the large one's table) when the large-screen
    copy holds its figures."""
    mobile = [el for el in root.iter() if isinstance(el.tag, str) and _MOBILE_ONLY.search(el.get("class") or "")]
    desktop = [el for el in root.iter() if isinstance(el.tag, str) and _DESKTOP_ONLY.search(el.get("class") or "")]
    if not mobile or not desktop:
        return
    shown = set()
    for el in desktop:
        shown.update(_DIGITS.findall(" ".join(el.itertext())))
    for el in mobile:
        figures = _DIGITS.findall(" ".join(el.itertext()))
        if figures and sum(f in shown for f in figures) >= _COPY_SHARE * len(figures) and el.getparent() is not None:
            el.drop_tree()


def main_content(body: lxml_html.HtmlElement) -> tuple[lxml_html.HtmlElement, lxml_html.HtmlElement | None]:
    """The element holding the report and, if it lies outside it, the page's <h1> title."""
    total = _text_len(body)
    best, best_len = body, 0
    for xp in MAIN_XPATHS:
        for el in body.xpath(xp):
            n = _text_len(el)
            if n > best_len:
                best, best_len = el, n
        if best is not body:
            break
    if best is body or not total or best_len < MAIN_SHARE * total:
        return body, None
    # the page's title: the last <h1> before the content (a site's logo may be an earlier one)
    title = None
    for el in body.iter():
        if el is best:
            break
        if el.tag == "h1":
            title = el
    if title is not None and best in list(title.iterancestors()):
        title = None
    return best, title
