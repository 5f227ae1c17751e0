"""An article saved as a site's API gives it (WordPress REST JSON) reads as a page (read/json_page.py)."""

from __future__ import annotations

import json

import pytest

from zvitparse.read import read_bytes, sniff

_BODY = ("<p>За І півріччя 2025 року надано 6&nbsp;284 соціальні послуги 917 отримувачам.</p>"
         "<table><tr><td>Послуга</td><td>Осіб</td></tr><tr><td>Догляд вдома</td><td>138</td></tr></table>")


def _post(n: int = 4817) -> dict:
    return {"id": n, "date": "2025-07-08T11:42:17", "link": "https://rada.example.ua/?p=4817",
            "title": {"rendered": "Підсумки роботи ЦНСП за І півріччя 2025 року"},
            "content": {"rendered": _BODY, "protected": False},
            "excerpt": {"rendered": "<p>За І півріччя 2025 року надано 6&nbsp;284 соціальні послуги&#8230;</p>"},
            "yoast_head_json": {"og_description": "За І півріччя 2025 року надано 6 284 послуги"},
            "_links": {"self": [{"href": "https://rada.example.ua/wp-json/wp/v2/posts/4817"}]}}


@pytest.mark.parametrize("obj", [_post(), [_post()], {"data": {"post": _post()}}], ids=["post", "list", "nested"])
@pytest.mark.parametrize("ascii_only", [True, False])
def test_the_post_reads_as_a_page(obj, ascii_only: bool) -> None:
    data = json.dumps(obj, ensure_ascii=ascii_only).replace("/", "\\/").encode()
    assert sniff(data) == "json"
    doc = read_bytes(data, "post.json")
    assert doc.format == "json"
    assert doc.text.startswith("Підсумки роботи ЦНСП за І півріччя 2025 року\n\n08.07.2025")
    assert doc.text.count("6 284") == 1  # the excerpt and the SEO description are not the article
    assert "Догляд вдома\t138" in doc.text and "wp-json" not in doc.text


def test_json_without_a_post_reads_its_texts() -> None:
    data = json.dumps({"rows": [{"name": "Догляд вдома", "note": "отримали 138 осіб"}, {"n": 5}]}).encode()
    doc = read_bytes(data, "data.json")
    assert "Догляд вдома" in doc.text and "отримали 138 осіб" in doc.text


@pytest.mark.parametrize("text", ["{Звіт} центру за 2024 рік: отримали 138 осіб.", "[1] Звіт центру, 138 осіб."])
def test_text_opening_on_a_bracket_stays_text(text: str) -> None:
    assert sniff(text.encode()) == "txt"
