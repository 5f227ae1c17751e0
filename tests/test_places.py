"""zvitparse.places: settlements from adjectives and nouns, with oblast and KATOTTG codes."""

from __future__ import annotations

import pytest

from zvitparse import patterns
from zvitparse.places import council_level, find_places, oblast_of, resolve_settlement

# (text, settlement, oblast of the place, hromada KATOTTG prefix)
RESOLVE = [
    ("Канівський", "Канів", "Черкаська", "UA7108015"),
    ("Канівським міським центром", "Канів", "Черкаська", "UA7108015"),
    ("Старокостянтинівської міської ради", "Старокостянтинів", "Хмельницька", "UA6804039"),
    ("Дніпровського міського центру", "Дніпро", "Дніпропетровська", "UA1202001"),
    ("Сумським", "Суми", "Сумська", "UA5908027"),
    ("м. Покров", "Покров", "Дніпропетровська", "UA1208009"),
    ("міста Дніпра", "Дніпро", "Дніпропетровська", "UA1202001"),
    ("у місті Дніпрі", "Дніпро", "Дніпропетровська", "UA1202001"),
    ("Покровської міської ради Дніпропетровської області", "Покров", "Дніпропетровська", "UA1208009"),
    ("Покровської міської ради Донецької області", "Покровськ", "Донецька", "UA1416021"),
    ("Бучанської міської ради", "Буча", "Київська", "UA3208007"),
    # a village council whose seat the register files as a селище, not the city of that adjective
    ("Довжанської сільської ради", "Довге", "Закарпатська", "UA2112007"),
    ("Ірпінської міської територіальної громади", "Ірпінь", "Київська", "UA3208015"),
    ("Гостомельської селищної ради", "Гостомель", "Київська", "UA3208011"),
    ("смт Гостомель", "Гостомель", "Київська", "UA3208011"),
    ("Київської міської ради", "Київ", None, "UA8000000"),
    ("м. Біла Церква", "Біла Церква", "Київська", "UA3202001"),
    ("міста Кривого Рогу", "Кривий Ріг", "Дніпропетровська", "UA1206017"),
    ("Криворізької міської ради", "Кривий Ріг", "Дніпропетровська", "UA1206017"),
    ("Старокостянтинова", "Старокостянтинів", "Хмельницька", "UA6804039"),
    # a raion-tier provider: the town the raion is named after, the raion's own code
    ("Бориспільський районний центр", "Бориспіль", "Київська", "UA3204000"),
    ("Бучанського району", "Буча", "Київська", "UA3208000"),
    # an oblast-tier provider: the oblast's seat
    ("Київський обласний центр соціальних служб", "Київ", "Київська", "UA8000000"),
    ("Дніпропетровського обласного центру", "Дніпро", "Дніпропетровська", "UA1202001"),
    ("Черкаської обласної державної адміністрації", "Черкаси", "Черкаська", "UA7108049"),
    # a city named outright outranks a raion adjective
    ("Дніпровський районний в місті Києві центр соціальних служб", "Київ", None, "UA8000000"),
    # former names in older reports lead to today's place
    ("Дніпропетровського міського центру соціальних служб для сім'ї, дітей та молоді", "Дніпро",
     "Дніпропетровська", "UA1202001"),
    ("м. Орджонікідзе", "Покров", "Дніпропетровська", "UA1208009"),
    ("Кіровоградської міської ради", "Кропивницький", "Кіровоградська", "UA3504021"),
    ("Новоград-Волинського міського центру", "Звягель", "Житомирська", "UA1808015"),
    ("м. Кам’янське", "Кам'янське", "Дніпропетровська", "UA1204015"),
    # renamed in 2024
    ("Красноградської міської ради", "Берестин", "Харківська", "UA6306005"),
    ("м. Южне", "Південне", "Одеська", "UA5110041"),
]


@pytest.mark.parametrize("text,name,oblast,code", RESOLVE, ids=[t for t, *_ in RESOLVE])
def test_resolve_settlement(text: str, name: str, oblast: str | None, code: str) -> None:
    place = resolve_settlement(text)
    assert place is not None
    assert (place.name, place.oblast) == (name, oblast)
    assert place.katottg and place.katottg.startswith(code)


@pytest.mark.parametrize("text", [
    "Покровської міської ради",  # Покров (Дніпропетровська) or Покровськ (Донецька)
    "Покровський центр",
    "Кам'янської міської ради",  # Кам'янське or Кам'янка, both cities
    "Дніпропетровської області",  # an oblast is not a settlement
    "соціальних послуг",
    "Служба у справах дітей",
])
def test_ambiguous_or_no_place_resolves_to_nothing(text: str) -> None:
    assert resolve_settlement(text) is None


@pytest.mark.parametrize("text,oblast", [
    ("Покровської міської ради Дніпропетровської області", "Дніпропетровська"),
    ("Бородянської селищної ради Бучанського району Київської області", "Київська"),
    ("м. Ковель Волинської обл.", "Волинська"),
    ("Канівський міський центр соціальних служб", None),
    ("Черкаський обласний центр соціальних служб", None),  # an oblast centre's name, not «… області»
])
def test_oblast_only_where_stated(text: str, oblast: str | None) -> None:
    assert oblast_of(text) == oblast


@pytest.mark.parametrize("text,level", [
    ("Центр Бородянської селищної ради", "settlement"),
    ("Центр Золочівської сільської ради", "village"),
    ("Центр Покровської міської ради", "city"),
    ("Центр Ірпінської міської територіальної громади", "city"),
    ("мешканці Бобровицької ОТГ", "hromada"),
    ("Канівський центр", None),
])
def test_council_level(text: str, level: str | None) -> None:
    assert council_level(text) == level


def test_roles_in_context() -> None:
    roles = [(pm.word, pm.role) for pm in find_places(
        "Покровської міської ради Дніпропетровської області, Бучанського району, м. Покров")]
    assert roles == [("Покровської", "council"), ("Дніпропетровської", "oblast"), ("Бучанського", "raion"),
                     ("Покров", "settlement")]


def test_gazetteer_rows_are_complete() -> None:
    rows = patterns.load().table("gazetteer")
    assert len(rows) > 1900
    cats = {r["category"] for r in rows}
    assert {"O", "K", "P", "M", "X", "C"} <= cats
    for r in rows:
        code = r["katottg"] or r["centre_katottg"]  # Прип'ять heads no hromada
        assert r["name"] and code.startswith("UA") and len(code) == 19 and r["source"]
    assert sum(r["category"] == "O" for r in rows) == 25
    assert all(r["seat"] for r in rows if r["category"] == "O")
    assert not any("’" in r["name"] or "’" in r["adjective"] for r in rows)  # as documents write it


def test_former_names_point_at_gazetteer_rows() -> None:
    rows = patterns.load().table("gazetteer")
    names = {(r["name"], r["oblast"]) for r in rows}
    for old in patterns.load().table("gazetteer_former"):
        assert (old["name"], old["oblast"]) in names, old["former"]
        assert old["source"]


@pytest.mark.parametrize(
    "text",
    [
        "Івано-Франківськ, а-Б, -Київ, 'Львів, ’Рівне, x-Yz, İstanbul Ⓐbc",
        "a--B a-'B a'-B а\u0301Бв ДЦ-Ф «Канівський» (Черкаської області)",
        "",
    ],
)
def test_capitalized_words_are_the_word_tokens_that_start_with_a_capital(text):
    from zvitparse.names import WORD
    from zvitparse.places import _capitalized_words

    expected = [m.span() for m in WORD.finditer(text) if m.group()[:1].isupper()]
    assert [m.span() for m in _capitalized_words(text)] == expected
