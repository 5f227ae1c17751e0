"""An article as a site's API gives it, saved as a file: a WordPress REST response
(`/wp-json/wp/v2/posts/1234`, or a list of posts), a headless CMS's JSON. Each post's title, date
and HTML content are read as one page; what else the JSON holds (links, SEO meta, ids) is not
the article. JSON holding no post is read as its texts, one paragraph each."""

from __future__ import annotations

import html
import json

import regex

from zvitparse.model import Document
from zvitparse.read.page import printed_date, read_page
from zvitparse.read.txt import read_txt

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# keys whose value is a post's text, in the order tried (an excerpt repeats the text's opening)
_BODY_KEYS = ("content", "body", "article_body", "articleBody", "text", "description")
_TITLE_KEYS = ("title", "headline", "name")
_DATE_KEYS = ("date", "published", "published_at", "datePublished", "created_at", "created")
_MAX_DEPTH = 12


# an object or a list opening as JSON does («{"id"», «[{», «[]»), not as text in brackets («[1] Звіт»)
_JSON_START = regex.compile(rb'^(?:\xef\xbb\xbf)?\s*(?:\{\s*["}]|\[\s*[\[{"\]])')


def is_json(head: bytes) -> bool:
    """A file opening as a JSON object or list does (parsed whole only when read)."""
    return bool(_JSON_START.match(head))


def _text_of(value: object) -> str:
    """A field's text: a string, or WordPress's {"rendered": "…"}."""
    if isinstance(value, dict):
        value = value.get("rendered") or value.get("html") or value.get("value") or ""
    return value if isinstance(value, str) else ""


def _posts(obj: object, depth: int = 0) -> list[dict]:
    if depth > _MAX_DEPTH:
        return []
    if isinstance(obj, list):
        return [p for item in obj for p in _posts(item, depth + 1)]
    if not isinstance(obj, dict):
        return []
    if any(_CYRILLIC.search(_text_of(obj.get(k))) for k in _BODY_KEYS):
        return [obj]
    return [p for v in obj.values() if isinstance(v, (dict, list)) for p in _posts(v, depth + 1)]


def _texts(obj: object, depth: int = 0) -> list[str]:
    """Every string with Cyrillic in it, in document order."""
    if depth > _MAX_DEPTH:
        return []
    if isinstance(obj, str):
        return [obj] if _CYRILLIC.search(obj) else []
    values = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else ()
    return [t for v in values for t in _texts(v, depth + 1)]


def _post_html(post: dict) -> str:
    title = next((t for k in _TITLE_KEYS if (t := _text_of(post.get(k)).strip())), "")
    day = next((d for k in _DATE_KEYS if (d := printed_date(_text_of(post.get(k))))), "")
    body = next((t for k in _BODY_KEYS if _CYRILLIC.search(t := _text_of(post.get(k)))), "")
    parts = ['<div class="post">']
    if title:
        parts.append(f"<h1>{title}</h1>")  # (a rendered title is HTML already: «&#8211;»)
    if day:
        parts.append(f"<p>{day}</p>")
    parts += [body, "</div>"]
    return "".join(parts)


def read_json_page(data: bytes, source: str) -> Document:
    """Read the posts a JSON file holds as a page (or its texts, if it holds none); a file that
    only opened like JSON is read as the text it is."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return read_txt(data, source)
    posts = _posts(obj)
    if posts:
        page = "".join(_post_html(p) for p in posts)
    else:
        page = "".join(f"<p>{html.escape(t)}</p>" for t in _texts(obj))
    return read_page(page, source, "json")
