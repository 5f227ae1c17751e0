"""The HTML reader on small pages: structure kept, furniture dropped, encodings honoured."""

from __future__ import annotations

import pytest

from zvitparse.read import read_bytes


def page(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def blocks(doc) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>Перший рядок<br>другий рядок</p>", [("paragraph", "Перший рядок\nдругий рядок")]),
        ("<h2>Розділ</h2><p>Текст</p>", [("heading", "Розділ"), ("paragraph", "Текст")]),
        ("<ul><li>одне</li><li>друге</li></ul>", [("list_item", "одне"), ("list_item", "друге")]),
        ("<div>до<div>всередині</div>після</div>", [("paragraph", "до"), ("paragraph", "всередині"),
                                                      ("paragraph", "після")]),
        ("<p>Надано <b>1</b>2<i>3</i> послуги</p>", [("paragraph", "Надано 123 послуги")]),
        ("<p>a&nbsp;&nbsp;b</p>", [("paragraph", "a b")]),
        # a value a CMS puts in an element of its own goes on its label's line
        ("<ul><li><strong>Прийомних сімей:</strong> <div class='val'>6</div></li>"
         "<li><strong>Завершено супровід:</strong></li><li class='val'>12</li></ul>"
         "<dl><dt>Штатних посад</dt><dd>14</dd></dl><p><span>Кількість учасників</span><span>236</span></p>",
         [("list_item", "Прийомних сімей: 6"), ("list_item", "Завершено супровід: 12"),
          ("paragraph", "Штатних посад 14"), ("paragraph", "Кількість учасників 236")]),
        # the source's own line breaks are spaces: one <br> breaks a line, not the paragraph
        ("<p>До бригади звернулися<br>\n<span>1</span>&nbsp;<span>036</span> осіб,\n з них</p>",
         [("paragraph", "До бригади звернулися\n1 036 осіб, з них")]),
        ("Перший<br><br>Другий<br>рядок<br><br><br>Друк статті", [("paragraph", "Перший"),
                                                              ("paragraph", "Другий\nрядок")]),
        ("<pre>рядок 1\n\tКЕКВ\n\nрядок 3</pre>", [("paragraph", "рядок 1\nКЕКВ"), ("paragraph", "рядок 3")]),
        # an animated counter shows the figure it counts up to; a big figure heading its caption is one line
        ('<div class="results-counters"><div><span class="counter" data-target="1245">0</span><span>+</span></div>'
         '<div>отримувачів послуг</div><div><span class="odometer" data-to="3 150">3000</span>'
         '<span class="label">учасників заходів</span></div></div>',
         [("paragraph", "1245+ отримувачів послуг"), ("paragraph", "3 150 учасників заходів")]),
        # a share widget's counts stay furniture, counters or not
        ('<div class="share"><span class="count" data-count="12">12</span></div><p>Текст</p>', [("paragraph", "Текст")]),
        ("<h2>301</h2><p>сім'я звернулася до Центру</p><h2>Підсумки</h2>",
         [("paragraph", "301 сім'я звернулася до Центру"), ("heading", "Підсумки")]),
        # a bar is read by the figure inside it, once
        ('<p>Догляд вдома: <progress value="94" max="100">94 %</progress> <span>94 %</span> (47 з 50)</p>'
         '<p>Задоволеність: <meter value="93.5" max="100">93,5 %</meter> (опитано 124 особи)</p>'
         '<p>Групові заходи: <progress value="100" max="100" title="117 %"></progress> 14 з 12</p>',
         [("paragraph", "Догляд вдома: 94 % (47 з 50)"), ("paragraph", "Задоволеність: 93,5 % (опитано 124 особи)"),
          ("paragraph", "Групові заходи: 14 з 12")]),
        # a page drawing its table by script holds it in <noscript> too; a noscript pixel is nothing
        ('<div id="app"></div><noscript><table><tr><td>Обслуговано осіб</td><td>480</td></tr></table></noscript>'
         '<noscript><img src="/px.gif">Увімкніть JavaScript</noscript><p>Текст</p>',
         [("table", "Обслуговано осіб\t480"), ("paragraph", "Текст")]),
        # what is never content
        ("<script>var x = 12;</script><style>p{}</style><p>Текст</p>", [("paragraph", "Текст")]),
        ('<p style="display:none">12 прихованих</p><p hidden>13</p><p>Текст</p>', [("paragraph", "Текст")]),
        ("<nav><a href='/'>Головна</a></nav><aside>Інші 57 новин</aside><p>Текст</p>", [("paragraph", "Текст")]),
        ('<div class="sidebar-right"><p>Надано 57 послуг</p></div><p>Текст</p>', [("paragraph", "Текст")]),
        ('<div id="breadcrumbs">Головна / Новини</div><p>Текст</p>', [("paragraph", "Текст")]),
        ('<div class="col-md-3 right-col"><p>Отримали допомогу 57 сімей.</p></div><p>Текст</p>', [("paragraph", "Текст")]),
        ('<div class="moduletable"><p>Отримали допомогу 57 сімей.</p></div><p>Текст</p>', [("paragraph", "Текст")]),
        # names that only look like furniture
        ('<div class="social-services"><p>Текст</p></div>', [("paragraph", "Текст")]),
        ('<div class="printable shared-content"><p>Текст</p></div>', [("paragraph", "Текст")]),
        ('<div class="share"><a>Facebook</a></div><p>Текст</p>', [("paragraph", "Текст")]),
        ("<footer>тел. 3-12-45 © 2021</footer><p>Текст</p>", [("paragraph", "Текст")]),
        ("<p>Текст</p><p><a href='#'>Повернутись</a></p><p>Друк статті</p>", [("paragraph", "Текст")]),
        ("<p>Текст</p><ul><li><a href='/1'>Новина 1: 40 сімей</a></li><li><a href='/2'>Новина 2</a></li>"
         "<li><a href='/3'>Новина 3</a></li></ul>", [("paragraph", "Текст")]),
        ("<p>Текст</p><p><a href='/x'>Звіт за 2019 рік: 913 сімей</a></p>", [("paragraph", "Текст")]),
        ("<p>Текст</p><p>Відвідувачів сьогодні: 58</p>", [("paragraph", "Текст")]),
    ],
)
def test_blocks(body: str, expected) -> None:
    assert blocks(read_bytes(page(body), "p.html")) == expected


def test_article_chosen_and_title_outside_it_kept() -> None:
    body = ("<h1>Звіт центру</h1><div class='col'><p>" + "Інше. " * 5 + "</p></div>"
            "<article><p>" + "Надано 12 послуг. " * 20 + "</p></article>")
    doc = read_bytes(page(body), "p.html")
    assert blocks(doc)[0] == ("heading", "Звіт центру")
    assert "Інше" not in doc.text and "Надано 12 послуг." in doc.text


def test_title_is_the_last_h1_before_the_article() -> None:
    body = ("<header><h1>Сайт міської ради</h1></header><h1>Звіт центру</h1>"
            "<article><p>" + "Надано 12 послуг. " * 20 + "</p></article>")
    doc = read_bytes(page(body), "p.html")
    assert blocks(doc)[0] == ("heading", "Звіт центру")
    assert "Сайт міської ради" not in doc.text


def test_article_header_is_content() -> None:
    body = "<header class='site'>Меню сайту</header><article><header><h1>Заголовок</h1></header><p>Текст</p></article>"
    assert blocks(read_bytes(page(body), "p.html")) == [("heading", "Заголовок"), ("paragraph", "Текст")]


def test_wrapper_named_after_a_sidebar_is_not_dropped() -> None:
    body = "<div class='page has-sidebar'><p>" + "Надано 12 послуг. " * 20 + "</p></div>"
    assert "Надано 12 послуг." in read_bytes(page(body), "p.html").text


def test_sidebar_longer_than_the_article_is_still_dropped() -> None:
    body = ("<div class='content-right'><p>Надано 12 послуг.</p></div>"
            "<div class='sidebar'>" + "<p>Інша новина: 57 сімей отримали допомогу.</p>" * 10 + "</div>")
    doc = read_bytes(page(body), "p.html")
    assert doc.text == "Надано 12 послуг."


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta charset="windows-1251">', "cp1251"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        ('<meta charset="koi8-u">', "koi8-u"),
        ("", "cp1251"),  # no declaration: detected
    ],
)
def test_meta_charset(head: str, encoding: str) -> None:
    text = "Послугу отримали 47 сімей, в яких виховується 76 дітей."
    data = f"<html><head>{head}</head><body><p>{text}</p></body></html>".encode(
        "koi8-u" if "koi8" in head else "cp1251")
    doc = read_bytes(data, "p.html")
    assert doc.text == text and doc.encoding == encoding


def test_meta_charset_after_a_long_script() -> None:
    head = "<script>" + "var a = 1;" * 1000 + "</script><meta charset='koi8-u'>"
    data = f"<html><head>{head}</head><body><p>Добре</p></body></html>".encode("koi8-u")
    doc = read_bytes(data, "p.html")
    assert doc.text == "Добре" and doc.encoding == "koi8-u"


def test_declared_cp1251_but_koi8_bytes() -> None:
    text = "Послугу отримали 47 сімей, в яких виховується 76 дітей. " * 10
    data = f'<html><head><meta charset="windows-1251"></head><body><p>{text}</p></body></html>'.encode("koi8-u")
    doc = read_bytes(data, "p.html")
    assert doc.encoding == "koi8-u" and doc.text == text.strip()


def test_false_declaration_is_overruled_by_utf8_bytes() -> None:
    data = '<html><head><meta charset="windows-1251"></head><body><p>Звіт про роботу</p></body></html>'.encode()
    doc = read_bytes(data, "p.html")
    assert doc.text == "Звіт про роботу" and doc.encoding == "utf-8" and doc.warnings


@pytest.mark.parametrize(
    ("table", "grid"),
    [
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>",
         [[("a", 0, 1, 1), ("b", 1, 1, 1)], [("1", 0, 1, 1), ("2", 1, 1, 1)]]),
        ("<table><tr><td rowspan=2>a</td><td>b</td></tr><tr><td>2</td></tr></table>",
         [[("a", 0, 2, 1), ("b", 1, 1, 1)], [("2", 1, 1, 1)]]),
        ("<table><tr><td colspan=2>ab</td></tr><tr><td>1</td><td>2</td></tr></table>",
         [[("ab", 0, 1, 2)], [("1", 0, 1, 1), ("2", 1, 1, 1)]]),
        ("<table><tr><td rowspan=0>a</td><td>b</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>",
         [[("a", 0, 3, 1), ("b", 1, 1, 1)], [("2", 1, 1, 1)], [("3", 1, 1, 1)]]),
        ("<table><tr><td rowspan=99 colspan=x>a</td><td>b</td></tr></table>", [[("a", 0, 1, 1), ("b", 1, 1, 1)]]),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td></td><td> </td></tr></table>",
         [[("a", 0, 1, 1), ("b", 1, 1, 1)]]),
        ("<table><thead><tr><th>a<br>b</th><th><p>c</p><p>d</p></th></tr></thead>"
         "<tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
         [[("a b", 0, 1, 1), ("c d", 1, 1, 1)], [("1", 0, 1, 1), ("2", 1, 1, 1)]]),
    ],
)
def test_table_grid(table: str, grid) -> None:
    doc = read_bytes(page(table), "t.html")
    (t,) = doc.tables()
    assert [[(c.text, c.col, c.rowspan, c.colspan) for c in r] for r in t.rows] == grid
    for row in t.rows:
        for c in row:
            assert doc.text[c.start:c.end] == c.text


@pytest.mark.parametrize(
    "table",
    [
        "<table><tr><td><p>Лише одна клітинка з текстом звіту.</p></td></tr></table>",
        "<table><tr><td>рядок 1</td></tr><tr><td>рядок 2</td></tr></table>",
        "<table><tr><td>меню</td><td><table><tr><td>x</td><td>1</td></tr></table>"
        "<p>Основний текст сторінки, довгий і змістовний, що займає більшість сторінки.</p></td></tr></table>",
    ],
)
def test_layout_tables_are_read_as_text(table: str) -> None:
    doc = read_bytes(page(table), "t.html")
    outer = [t for t in doc.tables() if len(t.rows[0]) > 1 and t.rows[0][0].text == "меню"]
    assert not outer
    assert doc.text


def test_a_page_laid_out_in_a_table_reads_as_flowing_text() -> None:
    from zvitparse.read import read_bytes

    html = ("<html><body><table><tr><td colspan='2'><b>СВАЛЯВСЬКА МІСЬКА РАДА</b></td></tr><tr>"
            "<td><a href='/'>Головна</a><br><a href='/news'>Новини</a></td><td>"
            "<h2>Звіт про роботу Центру за I півріччя 2024 року</h2><h3>I. ОХОПЛЕННЯ</h3>"
            "<p>1. Послугами охоплено 247 сімей.</p><ul><li>а) консультування – 318 осіб;</li>"
            "<li>б) інформування – 205 осіб.</li></ul></td></tr></table></body></html>")
    doc = read_bytes(html.encode(), "t.html")
    assert not [b for b in doc.blocks if b.kind == "table"]
    assert "а) консультування – 318 осіб;" in doc.text.split("\n")


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<p>Взято під супровід 38 сімей<sup>4</sup>; надано 12 послуг.</p>", "Взято під супровід 38 сімей⁴; надано 12 послуг."),
        ("<p>площа 40 м<sup>2</sup></p><p><sup>1</sup> Примітка.</p>", "площа 40 м²\n\n¹ Примітка."),
        ("<p>послуг<sup>*</sup></p>", "послуг*"),
        ("<p>Х<sup>вищий</sup></p>", "Хвищий"),  # words raised stay as written
        # a wiki's reference, a link in brackets
        ('<p>Послуги отримала 3 421 особа<sup id="cite_ref-8" class="reference"><a href="#cite_note-8">[8]</a></sup>, '
         "з них 1 287 — ВПО.</p>", "Послуги отримала 3 421 особа⁸, з них 1 287 — ВПО."),
    ],
)
def test_a_raised_mark_is_a_superscript_joined_to_its_word(body: str, text: str) -> None:
    assert read_bytes(f"<html><body>{body}</body></html>".encode(), "t.html").text == text


CARD = ("<h2>Показники діяльності за 2024 рік</h2>"
        "<div class='kv'><div>Кількість осіб, які звернулися за послугами:</div><div>487</div></div>"
        "<div class='kv'><div>Загальна кількість отримувачів:</div><div>1 208</div></div>"
        "<div class='kv'><div>Кількість наданих соціальних послуг:</div><div>61 532</div></div>"
        "<h2>Якість</h2><dl><dt>Кількість опитаних отримувачів</dt><dd>112</dd>"
        "<dt>Загальна оцінка якості</dt><dd>добре</dd><dt>Кількість скарг</dt><dd>0</dd></dl>")


def test_a_run_of_label_value_pairs_is_a_headless_table() -> None:
    doc = read_bytes(page(CARD), "p.html")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert [doc.text[t.start:t.end] for t in tables] == [
        "Кількість осіб, які звернулися за послугами:\t487\nЗагальна кількість отримувачів:\t1 208\n"
        "Кількість наданих соціальних послуг:\t61 532",
        "Кількість опитаних отримувачів\t112\nЗагальна оцінка якості\tдобре\nКількість скарг\t0"]
    assert all(t.headless for t in tables)


@pytest.mark.parametrize(
    "body",
    [
        # two pairs are a label and its figure each, no table
        "<div><div>Прийомних сімей:</div><div>6</div></div><div><div>ДБСТ:</div><div>2</div></div>",
        # list items keep their nesting («з них …» under the item above)
        "<ul><li><strong>Надійшло повідомлень:</strong> <div>38</div><ul><li><strong>від закладів освіти:</strong>"
        " <div>14</div></li><li><strong>від поліції:</strong> <div>8</div></li></ul></li></ul>",
    ],
)
def test_pairs_that_make_no_table(body: str) -> None:
    assert not [b for b in read_bytes(page(body), "p.html").blocks if b.kind == "table"]


def test_a_card_s_pairs_are_read_as_rows_that_name_their_figures() -> None:
    from zvitparse.extract import extract_facts

    doc = read_bytes(page(CARD), "p.html")
    got = [(f.indicator, f.value, f.unit) for f in extract_facts(doc, {"period_start": "2024-01-01",
                                                                        "period_end": "2024-12-31"})]
    assert got == [("applied", 487, "persons"), ("served", 1208, "recipients"), ("services_provided", 61532, "services"),
                   ("survey_respondents", 112, "recipients"), ("rating", "good", "rating"),
                   ("complaints", 0, "complaints")]


_CARDS = ("<div class='card'>Догляд вдома</div><div class='card'>Отримувачів: 281 осіб</div>"
          "<p>Знято з обслуговування 63 особи.</p>")
_TABLE = ("<table><tr><th>Відділення</th><th>Отримувачів</th></tr><tr><td>Догляд вдома</td><td>281</td></tr>"
          "</table><p>Знято з обслуговування 63 особи.</p>")


@pytest.mark.parametrize(
    ("mobile", "desktop"),
    [
        ("article-mobile d-md-none", "article-desktop d-none d-md-block"),  # Bootstrap 4/5
        ("visible-xs", "hidden-xs"),  # Bootstrap 3
        ("hide-for-large", "show-for-large"),  # Foundation
        ("mobile-only", "desktop-only"),
        ("is-hidden-desktop", "is-hidden-mobile"),  # Bulma
    ],
)
def test_a_page_rendering_its_article_twice_is_read_once(mobile: str, desktop: str) -> None:
    doc = read_bytes(page(f"<main><div class='{mobile}'>{_CARDS}</div><div class='{desktop}'>{_TABLE}</div></main>"),
                     "p.html")
    assert doc.text.count("Знято з обслуговування 63 особи.") == 1
    assert "Отримувачів: 281" not in doc.text
    assert [b.kind for b in doc.blocks if b.kind == "table"] == ["table"]


@pytest.mark.parametrize(
    "body",
    [
        # a small-screen block with figures of its own is content, not a copy
        "<div class='d-md-none'><p>Гаряча лінія прийняла 58 дзвінків.</p></div>"
        "<div class='d-none d-md-block'><p>Обслуговано 281 особу.</p></div>",
        # and a small-screen block alone on its page is all the page has
        "<div class='d-md-none'><p>Обслуговано 281 особу.</p></div>",
    ],
)
def test_a_small_screen_block_that_is_no_copy_is_kept(body: str) -> None:
    doc = read_bytes(page(body), "p.html")
    assert all(d in doc.text for d in ("58", "281") if d in body)


@pytest.mark.parametrize("cell_role", ["cell", "gridcell"])
def test_a_grid_of_divs_with_aria_roles_is_a_table(cell_role: str) -> None:
    rows = "".join(f"<div role='row'><div role='{cell_role}'>{a}</div><div role='{cell_role}'>{b}</div></div>"
                   for a, b in (("Догляд вдома", "96"), ("Денний догляд", "28")))
    body = (f"<div role='table' class='grid-table'><div role='row'><div role='columnheader'>Послуга</div>"
            f"<div role='columnheader'>Отримувачів, осіб</div></div><div role='rowgroup'>{rows}</div></div>")
    doc = read_bytes(page(body), "p.html")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [[c.text for c in r] for r in table.rows] == [["Послуга", "Отримувачів, осіб"], ["Догляд вдома", "96"],
                                                         ["Денний догляд", "28"]]


@pytest.mark.parametrize(("row", "cell"), [("div class='row'", "div class='cell'"), ("div class='tr'", "span class='td'"),
                                         ("div", "div")])
def test_a_grid_of_divs_without_roles_is_a_table(row: str, cell: str) -> None:
    rtag, ctag = row.split()[0], cell.split()[0]

    def line(*cells: str) -> str:
        return f"<{row}>" + "".join(f"<{cell}>{c}</{ctag}>" for c in cells) + f"</{rtag}>"

    body = ("<div class='report-grid'>" + line("Послуга", "Отримувачів, осіб", "Надано послуг")
            + line("Догляд вдома", "52", "6 318") + line("Денний догляд", "28", "1 012") + line("Всього", "80", "7 330")
            + "</div>")
    doc = read_bytes(page(body), "p.html")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [[c.text for c in r] for r in table.rows][:2] == [["Послуга", "Отримувачів, осіб", "Надано послуг"],
                                                          ["Догляд вдома", "52", "6 318"]]


@pytest.mark.parametrize("body", [
    # rows of text with no figures (a list of contacts)
    "<div class='team'>" + "".join(f"<div><div>{a}</div><div>{b}</div></div>" for a, b in (
        ("Директор", "Ірина Коваль"), ("Бухгалтер", "Олена Шевчук"), ("Психолог", "Марія Бойко"))) + "</div>",
    # rows of blocks, not cells
    "<div>" + "<div><div><p>Догляд вдома</p></div><div><p>52</p></div></div>" * 3 + "</div>",
])
def test_rows_of_divs_that_are_no_table_stay_text(body: str) -> None:
    doc = read_bytes(page("<p>Центр надав 412 послуг.</p>" + body), "p.html")
    assert not [b for b in doc.blocks if b.kind == "table"]


@pytest.mark.parametrize(
    ("card", "line"),
    [
        ("<h3>Соціальний супровід</h3><div class='v'>37</div><div class='t'>сімей у СЖО, у них 81 дитина</div>",
         "37 сімей у СЖО, у них 81 дитина"),
        ("<div class='v'>1 204</div><div class='t'>отримувачі послуг</div>", "1 204 отримувачі послуг"),
    ],
)
def test_a_card_s_figure_and_its_caption_are_one_line(card: str, line: str) -> None:
    assert line in read_bytes(page(f"<div class='card'>{card}</div>"), "p.html").text.split("\n")


def test_a_figure_before_a_new_sentence_stays_apart() -> None:
    text = read_bytes(page("<div>2024</div><div>Центр надав послуги.</div>"), "p.html").text
    assert "2024\n" in text


def test_a_page_builder_s_widgets_are_the_article_and_a_sidebar_s_are_not() -> None:
    body = ("<div class='elementor-section'><div class='elementor-widget elementor-widget-heading'>"
            "<div class='elementor-widget-container'><h2>Підсумки 2024 року</h2></div></div>"
            "<div class='elementor-widget elementor-widget-text-editor'><div class='elementor-widget-container'>"
            "<p>У 2024 році Центр надав соціальні послуги 1 204 особам.</p></div></div></div>"
            "<div class='sidebar'><div class='widget widget_recent_entries'><p>Сесія ради 22.02.2024</p></div></div>")
    text = read_bytes(page(body), "p.html").text
    assert "надав соціальні послуги 1 204 особам" in text and "Підсумки 2024 року" in text
    assert "Сесія ради" not in text


def test_a_wiki_s_edit_links_contents_and_categories_are_furniture() -> None:
    page = ('<html><body><div id="content"><h1>Соціальний захист у громаді</h1>'
            '<div id="toc" class="toc"><div class="toctitle">Зміст</div><ul><li>1 Історія</li><li>2 Послуги</li></ul></div>'
            '<h2><span class="mw-headline">Послуги</span><span class="mw-editsection">[<a href="#">ред.</a> | '
            '<a href="#">ред. код</a>]</span></h2><p>У 2024 році послуги отримали 3 421 особа.</p>'
            '<div id="catlinks" class="catlinks">Категорії: Громади 2020 | Соціальний захист</div></div></body></html>')
    text = read_bytes(page.encode(), "wiki.html").text
    assert "Послуги\n\nУ 2024 році послуги отримали 3 421 особа." in text
    assert "ред." not in text and "Зміст" not in text and "Категорії" not in text


def test_a_published_spreadsheet_drops_its_column_letters_and_row_numbers() -> None:
    def row(n: str, *cells: str) -> str:
        return f'<tr><th class="row-headers-background">{n}</th>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    page = ('<html><body><div id="sheets-viewport"><table class="waffle"><tr><th></th>'
            + "".join(f"<th>{x}</th>" for x in "ABCD") + "</tr>"
            + row("1", "Показники ЦНСП за 2024 рік", "", "", "")
            + row("2", "Показник", "I кв.", "II кв.", "2024 рік")
            + row("3", "Звернулося до Центру, осіб", "84", "71", "155")
            + row("4", "Примітка: дані попередні.", "", "", "")
            + "</table></div></body></html>")
    doc = read_bytes(page.encode(), "sheet.html")
    assert doc.text.startswith("Показники ЦНСП за 2024 рік\n\nПоказник\tI кв.\tII кв.\t2024 рік\n")
    assert doc.text.rstrip().endswith("Примітка: дані попередні.")
    table = next(b for b in doc.blocks if b.kind == "table")
    assert [c.text for c in table.rows[1]] == ["Звернулося до Центру, осіб", "84", "71", "155"]


@pytest.mark.parametrize("header", ['<div class="tr thead" style="display:none"><div class="td">Послуга</div>'
                                    '<div class="td">Отримувачів, осіб</div></div>', ""])
def test_stacked_cards_named_by_data_labels_are_a_table(header: str) -> None:
    cards = "".join(f'<div class="tr"><div class="td" data-label="Послуга">{s}</div>'
                    f'<div class="td" data-label="Отримувачів, осіб">{n}</div></div>'
                    for s, n in [("Догляд вдома", "164"), ("Денний догляд", "31"), ("Разом", "195")])
    page = f'<html><body><article><p>Звіт ТЦСО за ІІ квартал 2025 року.</p><div class="table">{header}{cards}</div></article></body></html>'
    doc = read_bytes(page.encode(), "cards.html")
    table = next(b for b in doc.blocks if b.kind == "table")
    assert [[c.text for c in r] for r in table.rows] == [["Послуга", "Отримувачів, осіб"], ["Догляд вдома", "164"],
                                                          ["Денний догляд", "31"], ["Разом", "195"]]


@pytest.mark.parametrize(
    "struck",
    ["<del>198</del>", "<s>198</s>", "<strike>198</strike>",
     '<span style="text-decoration: line-through">198</span>'],
)
def test_struck_out_figures_are_no_longer_said(struck: str) -> None:
    doc = read_bytes(page(f"<article><p>Охоплено {struck} <ins>214</ins> сімей.</p></article>"), "t.html")
    assert "198" not in doc.text and "214 сімей" in doc.text


@pytest.mark.parametrize("wrap", ["{}", "<noscript>{}</noscript>"])
def test_a_table_s_caption_is_read_above_it(wrap: str) -> None:
    """A <caption> names its table and often the unit of its figures: it is read as a line of its
    own above the rows, in a <noscript> copy of a table as anywhere."""
    table = ("<table><caption>Фінансування (загальний фонд), тис. грн</caption>"
             "<tr><td>Затверджено кошторисом на 2024 рік</td><td>9 812,4</td></tr>"
             "<tr><td>Касові видатки</td><td>9 640,7</td></tr></table>")
    doc = read_bytes(page(f"<article><h1>Звіт</h1><p>Текст звіту.</p>{wrap.format(table)}</article>"), "x.html")
    assert blocks(doc)[-2:] == [("paragraph", "Фінансування (загальний фонд), тис. грн"),
                                ("table", "Затверджено кошторисом на 2024 рік\t9 812,4\nКасові видатки\t9 640,7")]
