"""Sums of money written in prose: «економія бюджетних коштів склала 60,5 тис грн».

An amount with a currency (`numbers.find_numbers`: «тис. грн», «гривень» …) is named by the
nearest money word before it in its clause (`table_columns.yaml`: економія → budget_savings,
на загальну суму → aid_value, придбано → budget_spent …). A list item without such a word
(«- газ пропан - бутан – 31,8 тис грн.;») takes the word of the line that opens the list
(«було придбано:») and keeps its own text as `label`. An amount no word names is left out.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from zvitparse import patterns
from zvitparse.extract import context, grid
from zvitparse.extract.budget import MONEY_INDICATORS, kekv_codes
from zvitparse.extract.lexicon import lexicon
from zvitparse.extract.numbers import as_value, find_numbers, money_word_re
from zvitparse.model import Document, Fact

PREFIX = "money"
INDICATORS = (*MONEY_INDICATORS, "aid_value")
# a bracket opening right after a sum on a named part and its dash: «(КЕКВ 2210 – 388,1 тис. грн, …»
_BRACKET_PARTS = regex.compile(r"\s*\([^()\d]{0,40}(?:\d{4}[^()\d]{0,20})?[-–—:]\s*$")
# how far after a sum a part of it («з них на оплату праці – …») may stand
PART_REACH = 120
# words a clause may open with before a sum whose naming word follows it («Ще», «А ще»)
LEAD_WORDS = 2
# (an abbreviation's stop before a dash and its figure ends nothing: «Кошторис на 2025 р. - 21740,0 тис.грн»)
_CLAUSE_END = regex.compile(r"[.!?;](?=\s)(?!\s*[-–—]\s*\d)|:\s*$")
_BULLET = regex.compile(r"^\s*(?:[-–—•·*]|\d{1,2}[.)])\s*")  # (a list number, not «2110)» wrapped from «(КЕКВ»)
# the dash between an item and its amount: «продуктові набори – 2,2 тис грн»
_ITEM_SEP = regex.compile(r"\s*[-–—:]\s*$")
_SENTENCE_END = regex.compile(r"[.!?](?=\s+\p{Lu})")
# the amount closing a list item: «– касові видатки – 4 498 214,17» (kopecks or thousands groups)
_BARE_AMOUNT = regex.compile(r"[-–—:]\s*(\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*[;.]?\s*$")
# how far back (characters) aid looks for the service it was given under (natural aid)
AID_LOOKBACK = 400
# a sum opening its line may be named by a word right after it, this close («… грн затверджено»)
WORD_AFTER_REACH = 40
WORD_AFTER_GAP = 3
# how many lines back a list item looks for the line that opens its list
LIST_LOOKBACK = 12


# after a scaled figure with no currency: no noun of its own («21,3 мільйона.», not «41,2 тис. осіб»)
_SUM_GOES_ON = regex.compile(r"(?!\s*\p{L})")
# «…, тис. грн – 187,4»: a label ending in its currency just before the figure's dash
_CURRENCY_BEFORE = regex.compile(r",\s*(тис\.?|млн\.?)?\s*грн\.?\s*[-–—:]\s*$")
# «склали 37 618,4 тис. грн при плані 38 204,0»: a figure set beside the main one for comparison
_COMPARED = regex.compile(r"(?<!\p{L})(?:при|проти|порівняно\s+з)\s+$")


def _last_money_word(text: str, *, main: bool = False) -> tuple[int, str, str, int] | None:
    """(end, entry id, indicator, start) of the money word ending last in `text`; with `main`,
    the last one not set beside another for comparison («… при плані …»)."""
    best = None
    low = text.lower()
    for eid, indicator, rx in grid.column_entries():
        if indicator not in INDICATORS:
            continue
        for m in rx.finditer(low):
            if main and _COMPARED.search(low[max(0, m.start() - 16):m.start()]):
                continue
            if best is None or m.end() > best[0]:
                best = (m.end(), eid, indicator, m.start())
    return best


def kekv_named(text: str) -> str | None:
    """The KEKV code a label names («оплата праці … (КЕКВ 2100)»), if it names just one
    («(КЕКВ 2110, 2120)» names two: the row is of neither alone)."""
    codes = kekv_codes()
    if len({m.group() for m in _FOUR_DIGITS.finditer(text) if m.group() in codes}) > 1:
        return None
    # a budget line's name ending in its code alone, as forms print it: «Оплата праці (2110)»
    bare = _BARE_CODE_TAIL.search(text)
    if bare and bare.group(1) in codes:
        return bare.group(1)
    return _kekv_near(text, 0, len(text), len(text))


_BARE_CODE_TAIL = regex.compile(r"\p{L}[\p{L}\s,'’-]*\(\s*(\d{4})\s*\)\s*$")


_FOUR_DIGITS = regex.compile(r"(?<!\d)\d{4}(?!\d)")


def _kekv_near(text: str, lo: int, start: int, end: int) -> str | None:
    """The KEKV code named between the previous amount (`lo`) and this one, or right after it
    («1,1 млн грн (КЕКВ 3110)», «21,6 тис. грн — за КЕКВ 2273»)."""
    rx = next((r for eid, _, r in grid.column_entries() if eid == "kekv_mention"), None)
    if rx is None:
        return None
    codes = kekv_codes()
    before = [m.group(1) for m in rx.finditer(text.lower(), lo, start) if m.group(1) in codes]
    if before:
        return before[-1]
    # a bracket right after it, or a dash before the code («21,6 тис. грн — за КЕКВ 2273»)
    m = regex.match(r"\s*\(([^()]{0,80})\)|\s*[-–—]\s*([^\d\n]{0,20}\d{4})(?!\d)", text[end:]) \
        or patterns.link_regex("kekv_after_sum").match(text, end)  # («… тис. грн утворилась по КЕКВ 2273»)
    if m:
        inside = next(g for g in m.groups() if g).lower()
        inner = rx.search(inside)
        # (a bracket of amounts by code, «(КЕКВ 2210 – 388,1 тис. грн, КЕКВ 2240 – …)», breaks the
        # sum down: none of its codes is the sum's)
        if inner and inner.group(1) in codes and not regex.search(r"\d", inside.replace(inner.group(1), "", 1)):
            return inner.group(1)
    return None


def _sentence_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def _clause_start(text: str, pos: int) -> int:
    # (the whole text: what follows a stop tells whether it ends a clause)
    starts = [m.end() for m in _CLAUSE_END.finditer(text) if m.end() <= pos]
    return starts[-1] if starts else 0


def _list_intro(lines: list[grid.GCell], i: int) -> tuple[str, str] | None:
    """(entry id, indicator) of the line opening the list that line `i` belongs to."""
    for k in range(i - 1, max(-1, i - 1 - LIST_LOOKBACK), -1):
        text = lines[k].text
        if _BULLET.match(text) and not _opens_list(text, lines[i].text):
            continue
        if k and text.lstrip()[:1].islower():
            # a hard-wrapped intro: «Касові видатки … склали 3 917,2 тис. грн, у тому» / «числі:»
            text = f"{lines[k - 1].text} {text}"
        hit = _last_money_word(text, main=True) or _last_money_word(text)
        return (hit[1], hit[2]) if hit else None
    return None


def _opens_list(text: str, item: str) -> bool:
    """«8. Касові видатки склали …, у тому числі:» over «– заробітна плата – …»: a numbered
    item that ends on a colon opens the list of dashed items under it."""
    return text.rstrip().endswith(":") and _BULLET.match(text).group().strip()[:1].isdigit() \
        and not _BULLET.match(item).group().strip()[:1].isdigit()


def _money_intro(lines: list[grid.GCell], i: int) -> int | None:
    """The multiplier of a list whose opening line names the currency («Фінансування
    (загальний фонд), грн», «Видатки, тис. грн»), for items that write bare amounts."""
    from zvitparse.extract import budget

    for k in range(i - 1, max(-1, i - 1 - LIST_LOOKBACK), -1):
        text = lines[k].text
        if _BULLET.match(text) or _unmarked_item(text) or _PERCENT_ITEM.search(text) or _named_amounts(text):
            continue  # («Виконання — 48,0 %» among the sums is an item too)
        return (budget._multiplier(text) or 1) if budget._mentions_money(text) else None
    return None


# an item line without a mark: «Касові видатки за І півріччя — 7 915,3» (a slide, a summary)
_UNMARKED_MAX = 90
_PERCENT_ITEM = regex.compile(r"[-–—:]\s*\d{1,3}(?:[,.]\d+)?\s*%\s*$")


def _unmarked_item(text: str) -> bool:
    m = _BARE_AMOUNT.search(text)
    return bool(m) and len(text) <= _UNMARKED_MAX and regex.search(r"\p{L}{3}", text[:m.start()]) is not None


# «касові видатки 1 473 915,40»: a clause of a line that ends on its bare amount
_CLAUSE_AMOUNT = regex.compile(r"(\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*\.?\s*$")
# how far (characters, no figure between) a clause's money word may stand before its amount
_NAMED_GAP = 30
_NAMED_LINE_MAX = 200


def _named_amounts(text: str) -> list[tuple[tuple, int, int]]:
    """(money word hit, clause start, amount start) of each clause of a line like «КЕКВ 2111 –
    затверджено на півріччя 1 486 200,00; касові видатки 1 473 915,40»: every clause ends on a
    bare amount its money word names, just before it; any other clause makes the line none."""
    if len(text) > _NAMED_LINE_MAX:
        return []
    found = []
    for part in regex.finditer(r"[^;]+", text):
        clause = part.group()
        if not clause.strip():
            continue
        m = _CLAUSE_AMOUNT.search(clause)
        hit = _last_money_word(clause[:m.start()]) if m else None
        if hit is None or m.start() - hit[0] > _NAMED_GAP or regex.search(r"\d", clause[hit[0]:m.start()]):
            return []
        found.append((hit, part.start(), part.start() + m.start()))
    return found


def _named_line(doc: Document, lines: list[grid.GCell], i: int, meta: dict) -> list[Fact]:
    """The sums of a line of `_named_amounts` under a heading that names the currency
    («V. ФІНАНСУВАННЯ (загальний фонд, грн)»)."""
    line = lines[i]
    named = _named_amounts(line.text)
    if not named or _future_budget(line.text, meta) or (mult := _money_intro(lines, i)) is None:
        return []
    facts = []
    nums = find_numbers(line.text, line.start, skip_not_figures=False)
    for hit, lo, at in named:
        num = next((n for n in nums if n.start == line.start + at), None)
        if num is None:
            return []
        start = line.start + lo
        start += len(doc.text[start:num.end]) - len(doc.text[start:num.end].lstrip())
        label = line.text[lo:at].strip(" ,;:–—-") or None
        facts.append(Fact(
            fact_id="", indicator=hit[2], value=as_value(num.value * mult), unit="uah", start=start,
            end=num.end, quote=doc.text[start:num.end], extractor=hit[1], confidence=0.65,
            kekv=_kekv_near(line.text, 0, at, at), label=label, page=doc.page_at(start)))  # (one code per line)
    return facts


PRICE_REACH = 300  # a price's words stand this far before its sum, at most


def _a_price(text: str, start: int, end: int) -> bool:
    """The sum at `start` is a price or a tariff («Вартість однієї години догляду, затверджена
    рішенням …, становить 71,20 грн», its sentence wrapped over lines), no sum approved, spent
    or received."""
    lo = max(0, start - PRICE_REACH)
    lo += _sentence_start(text[lo:start], start - lo)
    low, pos = text[lo:end].lower(), start - lo
    return any(m.start() <= pos < m.end() for kind in ("unit_price", "tariff")
               for m in patterns.entry_regex("not_figures", kind).finditer(low))


def _bare_amounts(doc: Document, lines: list[grid.GCell], i: int, last: tuple | None) -> tuple[Fact | None, tuple | None]:
    """«– касові видатки за І півріччя – 4 498 214,17» under a heading in hryvnias: the item's
    money word (or the one of the item above it, «– з них на оплату праці – …») names it."""
    line = lines[i]
    bullet = _BULLET.match(line.text) or (_unmarked_item(line.text) and regex.match(r"\s*", line.text))
    m = _BARE_AMOUNT.search(line.text)
    if not bullet or not m:
        return None, last
    from zvitparse.extract import budget

    # «– вартість наданої натуральної допомоги, грн – 187 436,25»: the item names its currency
    own = line.text[bullet.end():m.start()]
    mult = (budget._multiplier(own) or 1) if budget._mentions_money(own) else _money_intro(lines, i)
    if mult is None:
        return None, None
    item = _ITEM_SEP.sub("", line.text[bullet.end():m.start()]).strip(" ,;")
    hit = _last_money_word(item)
    hit = (0, hit[1], hit[2], 0) if hit else last
    if hit is None:
        return None, None
    nums = find_numbers(line.text[m.start():], line.start + m.start(), skip_not_figures=False)
    if not nums:
        return None, hit
    num = nums[-1]
    start = line.start + bullet.end()
    kekv = _kekv_near(line.text, 0, m.start(), m.end())
    fact = Fact(
        fact_id="", indicator=hit[2], value=as_value(num.value * mult), unit="uah", start=start, end=num.end,
        quote=doc.text[start:num.end], extractor=hit[1], confidence=0.65, kekv=kekv, label=item or None,
        page=doc.page_at(start))
    return fact, hit


def _part_of_sum(doc: Document, facts: list[Fact], at: int, prev_is_part: bool = False
                 ) -> tuple[tuple, str | None, int] | None:
    """(money word hit, label, label start) for an amount that a subset cue («з них», «у т.ч.»)
    ties to the money figure before it in the same sentence, or that goes on a list of such
    parts after a comma («…, на продукти харчування (КЕКВ 2230) – 402,0 тис. грн»)."""
    if not facts or facts[-1].end > at:
        return None
    prev = facts[-1]
    between = doc.text[prev.end:at]
    if len(" ".join(between.split())) > PART_REACH:  # (a run of blanks is one space: a bracket read as none)
        return None
    subset = lexicon().link_re.get("subset")
    if (ends := list(_SENTENCE_END.finditer(between))):
        # «Касові видатки склали 2 254,1 тис. грн при затверджених 2 301,0 тис. грн. З них за
        # КЕКВ 2111 – …»: a sentence that opens on the cue breaks down the sum the sentence
        # before was about, its first
        opening = between[ends[-1].end():].lstrip()
        cue = subset.match(opening) if subset is not None else None
        if cue is None:
            return None
        sentence_from = _sentence_start(doc.text, prev.start)
        prev = next(f for f in facts if f.start >= sentence_from or f is prev)
        lead = regex.match(r"[\s:;,–—-]*", opening[cue.end():])
        return (0, prev.extractor, prev.indicator, 0), _part_label(opening[cue.end():]), \
            at - len(opening) + cue.end() + lead.end()
    cue = subset.search(between) if subset is not None else None
    if cue is None and (listed := lexicon().link_re.get("enumeration")) is not None:
        cue = listed.search(between)  # «склали 3 418,6 тис. грн, а саме: заробітна плата – …»
    if not prev_is_part and len(facts) > 1 and subset is not None and facts[-2].end <= prev.end:
        # «412 650,00 грн, у тому числі: догляд вдома – 248 900,00 грн; денний догляд – …»: the
        # sum before is itself the first part, whatever word its own clause holds
        before = doc.text[facts[-2].end:prev.end]
        prev_is_part = len(before) <= 2 * PART_REACH and not _SENTENCE_END.search(before) \
            and bool(subset.search(before))
    if cue is None and prev_is_part:
        # (the part before may close with its own bracket: «– 2 904,6 тис. грн (оплата послуг), за КЕКВ 2730 – …»)
        cue = regex.match(r"\s*(?:\([^()]*\)\s*)?[,;]", between)
    if cue is None and _BRACKET_PARTS.match(between):
        # «використано 1 204,5 тис. грн (КЕКВ 2210 – 388,1 тис. грн, КЕКВ 2240 – …)»: a bracket
        # right after the sum breaks it down
        cue = regex.match(r"\s*\(", between)
    if cue is None:
        return None
    if ")" in between[:cue.start()] and len(facts) > 1:
        # «склали 11 236,4 тис. грн (затверджено 11 380,0 тис. грн), з них …»: a part of the
        # sum outside the brackets
        opened = doc.text.rfind("(", facts[-2].end, prev.start)
        if opened >= 0:
            prev = facts[-2]
    lead = regex.match(r"[\s:;,–—-]*", between[cue.end():])
    return (0, prev.extractor, prev.indicator, 0), _part_label(between[cue.end():]), prev.end + cue.end() + lead.end()


def _part_label(text: str) -> str | None:
    """What a part of a sum went on, from the words after its cue («на оплату праці – »)."""
    label = _ITEM_SEP.sub("", text).strip(" ,;:–—-")
    return patterns.link_regex("purpose_lead").sub("", label, count=1) or None


def _next_item(doc: Document, facts: list[Fact], lines: list[grid.GCell], i: int, s: int,
               parts: set[str] = frozenset()) -> tuple[tuple, str | None, int] | None:
    """«КЕКВ 2110 «Оплата праці» – 5 903 112,80 грн;» / «КЕКВ 2210 – 318 400,15 грн;»: a line
    of a list without marks goes on with the kind of the item on the line above it (which
    may end bare when it is itself such a part: «з них: / КЕКВ 2111 - 8127,5 тис.грн / КЕКВ
    2120 - 1788,0 тис.грн»)."""
    if i == 0 or not facts:
        return None
    prev = facts[-1]
    above = lines[i - 1].text.rstrip()
    if not above.endswith((";", ":")) and not (
            prev.fact_id in parts and prev.end >= lines[i - 1].start + len(above)):
        return None
    if not (lines[i - 1].start <= prev.start < lines[i - 1].end or lines[i - 1].start <= prev.end <= lines[i - 1].end):
        return None
    line = lines[i]
    label = _ITEM_SEP.sub("", line.text[:s]).strip(" ,;:–—-") or None
    return (0, prev.extractor, prev.indicator, 0), label, line.start


def _future_budget(sentence: str, meta: dict) -> bool:
    """A draft budget, or a budget for a year after the report's («на 2025 рік» in a 2024 report)."""
    rx = lexicon().link_re.get("future_budget")
    m = rx.search(sentence) if rx is not None else None
    if m is None:
        return False
    years = [int(y) for y in regex.findall(r"(?<!\d)(20\d{2})(?!\d)", m.group())]
    end = str(meta.get("period_end") or "")[:4]
    if not years:
        return True  # a draft budget, «на наступний рік»
    return end.isdigit() and max(years) > int(end)


def _wrapped_money_word(doc: Document, lines: list[grid.GCell], i: int, s: int) -> tuple | None:
    """«Касові видатки на утримання п'яти центрів за 9 місяців 2023 року / становили 48 216,4 тис.
    грн»: prose wrapped by layout names the sum on the line above (same paragraph, no sentence end),
    or across the break («допомога надана 84 громадянам / на суму 42,0 тис. грн»); `s` is where
    the sum begins on its line."""
    if i == 0:
        return None
    prev, line = lines[i - 1], lines[i]
    if doc.text[prev.end:line.start].count("\n") != 1 or _LINE_CLOSED.search(prev.text):
        return None
    clause = prev.text[_clause_start(prev.text, len(prev.text)):]
    hit = _last_money_word(f"{clause}\n{line.text[:s]}", main=True)
    return (0, hit[1], hit[2], 0) if hit else None


def _sum_of_the_sentence_before(text: str, clause_from: int, s: int) -> tuple | None:
    """«… допомогу отримали 498 людей: продукти, засоби гігієни. Загалом на суму понад 1,2 мільйона
    гривень», «Набори передали БФ «Карітас»; загальна вартість — 372,8 тис. грн»: a clause that says
    only «на суму» or «вартість» sums what the clause or sentence before it names."""
    back = lexicon().link_re.get("sum_back")
    if back is None or not back.match(text[clause_from:s]):
        return None
    before = text[_sentence_start(text, max(0, clause_from - 2)):clause_from].rstrip(" .!?;,")
    hit = _last_money_word(f"{before}, {text[clause_from:s]}", main=True)
    return (0, hit[1], hit[2], 0) if hit else None


_LINE_CLOSED = regex.compile(r"[.;:!?]\s*$")
_ENDS_ON_FIGURE = regex.compile(r"\d\s*$")
# how far into the next line a sum's multiplier or currency may stand («412,8 тис. / грн»)
_SUFFIX_REACH = 12


def extract(doc: Document, meta: dict) -> list[Fact]:
    """Money facts of the prose of a document (tables are `budget`'s)."""
    facts: list[Fact] = []
    lines = grid.line_cells(doc)
    money_word = money_word_re()
    last_money: tuple | None = None  # the money word of the list item above (bare amounts)
    parts: set[str] = set()  # ids of the facts read as parts of the sum before them
    for i, line in enumerate(lines):
        prev_end = 0
        # (a sum whose «тис. грн» a hard wrap put on the next line: «надійшло 58,6 / тис. грн.»)
        if not money_word.search(line.text) and not (_ENDS_ON_FIGURE.search(line.text) and money_word.match(
                doc.text, line.end + 1, line.end + 1 + _SUFFIX_REACH)):
            bare, last_money = _bare_amounts(doc, lines, i, last_money)
            for fact in [bare] if bare is not None else _named_line(doc, lines, i, meta):
                facts.append(replace(fact, fact_id=f"{PREFIX}:{len(facts) + 1}"))
            continue  # no currency nor multiplier on the line: no other sum to read
        # read on into the next line: «на суму 412,8 тис. / грн» names its currency there
        nums = [n for n in find_numbers(doc.text[line.start:line.end + _SUFFIX_REACH], line.start, context=doc.text)
                if n.start < line.end]
        for num in nums:
            if not num.is_money and num.multiplier != 1 and _SUM_GOES_ON.match(doc.text, num.end) and any(
                    o.is_money and o.end <= num.start and not _SENTENCE_END.search(doc.text, o.end, num.start)
                    for o in nums):
                # «становив 21,6 мільйона гривень, використали 21,3 мільйона»: the currency
                # said once for the sentence
                num = replace(num, is_money=True)
            if not num.is_money:
                # «вартість наданої натуральної допомоги, грн – 187 436,25»: the currency named
                # before the figure, in the label
                cur = _CURRENCY_BEFORE.search(line.text, 0, num.start - line.start)
                if cur is None:
                    continue
                scale = 1000 if cur.group(1) and cur.group(1).startswith("тис") else (
                    1_000_000 if cur.group(1) else 1)
                num = replace(num, value=num.value * scale, is_money=True)
                named_before = cur.start()  # the label before «, тис. грн –» (its «тис.» ends no clause)
            else:
                named_before = None
            lo, prev_end = prev_end, num.end - line.start
            s = num.start - line.start
            clause_from = _clause_start(line.text, named_before if named_before is not None else s)
            clause = line.text[clause_from:s]
            hit = _last_money_word(clause)
            label = None
            bullet = _BULLET.match(line.text)
            # (a numbered line's later sums are parts of its first, not items of a list: «2.2. Касові
            # видатки … 412 650,00 грн, у тому числі: догляд вдома – 248 900,00 грн; …»)
            if bullet and (hit is None or clause_from == 0) and not (lo and facts and facts[-1].start >= line.start):
                item = _ITEM_SEP.sub("", line.text[bullet.end():s]).strip(" ,;")
                if hit is None:
                    intro = _list_intro(lines, i)
                    hit = (0, *intro, 0) if intro else None
                label = item or None
            if hit is None and (not bullet or (facts and facts[-1].start >= line.start)):
                # «склали 3 512,4 тис. грн, з них на оплату праці – 2 901,5 тис. грн»: a part of the
                # sum just given, named by what the money went on
                part = (_part_of_sum(doc, facts, line.start + s, bool(facts) and facts[-1].fact_id in parts)
                        or _next_item(doc, facts, lines, i, s, parts))
                if part is not None:
                    hit, label, clause_from = part[0], part[1], part[2] - line.start
                    parts.add(f"{PREFIX}:{len(facts) + 1}")
            if hit is None and not bullet and clause_from == 0:
                hit = _wrapped_money_word(doc, lines, i, s)
            if hit is None and not bullet and clause_from > 0:
                hit = _sum_of_the_sentence_before(line.text, clause_from, s)
            if hit is None and (not line.text[:s].strip(" •·-–—*\t")
                                or len(regex.findall(r"\p{L}+", clause)) <= LEAD_WORDS):
                # a slide's «14,62 млн грн затверджено на 2025 рік», a speaker's «Ще 640 тисяч
                # гривень надійшло на спецрахунок»: the sum opens its line or clause and the word
                # naming it follows
                after = line.text[num.end - line.start:num.end - line.start + WORD_AFTER_REACH]
                after = regex.split(r"[,.;:!?()]", after, maxsplit=1)[0]
                found = _last_money_word(after)
                hit = (0, found[1], found[2], s) if found and found[3] <= WORD_AFTER_GAP else None
                if label and regex.search(r"[.?!]", label):
                    label = None  # a dialogue's dash opened the line, not a list item's name
            if hit is None:
                continue
            if label is not None:
                start = line.start + (bullet.end() if bullet else clause_from)
            else:  # from the money word on: the figures before it in the clause are not this one's
                start = line.start + clause_from + hit[3]
            start += len(doc.text[start:num.end]) - len(doc.text[start:num.end].lstrip())
            kekv = _kekv_near(line.text, lo, s, num.end - line.start) or (
                _kekv_near(doc.text, start, num.start, num.end) if start < line.start else None)  # «(КЕКВ / 2110)»
            sentence = line.text[_sentence_start(line.text, s):num.end - line.start]
            plan = lexicon().link_re.get("plan_opening")
            other = lexicon().link_re.get("other_body")
            benefit = lexicon().link_re.get("state_benefit")
            if _future_budget(sentence, meta) or (plan is not None and plan.match(sentence)) \
                    or (other is not None and other.search(sentence)) or _a_price(doc.text, num.start, num.end) \
                    or (hit[2] == "aid_value" and benefit is not None and benefit.search(sentence)):
                continue  # (a plan, the money of a body that gives no social service, a state benefit)
            # (a part of a sum named by its service: «у тому числі: … денний догляд – 72 850,00 грн»)
            service = (context.service_in(label) if label else None) or context.service_in(sentence)
            if service is None and hit[2] == "aid_value":
                service = context.service_before(doc.text, line.start + s, AID_LOOKBACK)
            facts.append(Fact(
                fact_id=f"{PREFIX}:{len(facts) + 1}", indicator=hit[2], value=as_value(num.value), unit="uah",
                start=start, end=num.end, quote=doc.text[start:num.end], extractor=hit[1], confidence=0.7,
                service=service, kekv=kekv, label=label, page=doc.page_at(start)))
    return facts
