"""zvitparse.names: providers' names found in text, in the nominative, keyed to one id."""

from __future__ import annotations

import pytest

from zvitparse.names import centre_id, centre_type, expand_abbreviations, find_names, is_plural, nominative

NOMINATIVE = [
    ("Канівським міським центром соціальних служб", "Канівський міський центр соціальних служб"),
    ("Сумським міським центром соціальних служб для сім’ї, дітей та молоді",
     "Сумський міський центр соціальних служб для сім’ї, дітей та молоді"),
    ("Дніпровського міського центру соціальних служб", "Дніпровський міський центр соціальних служб"),
    ("територіальному центрі соціального обслуговування(надання соціальних послуг) виконавчого комітету "
     "Старокостянтинівської міської ради",
     "Територіальний центр соціального обслуговування (надання соціальних послуг) виконавчого комітету "
     "Старокостянтинівської міської ради"),
    ("комунальною установою «Центр надання соціальних послуг» Ковельської міської ради",
     "Комунальна установа «Центр надання соціальних послуг» Ковельської міської ради"),
    ("управлінням соціального захисту населення виконавчого комітету Смілянської міської ради",
     "Управління соціального захисту населення виконавчого комітету Смілянської міської ради"),
    ("департаменту соціальної політики Житомирської міської ради",
     "Департамент соціальної політики Житомирської міської ради"),
    ("Вишгородським районним центром соціальних служб", "Вишгородський районний центр соціальних служб"),
    ("Канівського МЦСС", "Канівський міський центр соціальних служб"),
    ("Фастівського РЦСССДМ", "Фастівський районний центр соціальних служб для сім'ї, дітей та молоді"),
    ("КУ «ЦНСП» Бучанської міської ради", "Комунальна установа «Центр надання соціальних послуг» Бучанської міської ради"),
    ("Гостомельському ТЦСО", "Гостомельський територіальний центр соціального обслуговування"),
    ("Центр надання соціальних послуг Бородянської селищної ради",
     "Центр надання соціальних послуг Бородянської селищної ради"),
    # all capitals: ordinary case, capitals kept for places and a quoted name
    ("ДЕПАРТАМЕНТОМ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ЧЕРКАСЬКОЇ ОБЛАСНОЇ ДЕРЖАВНОЇ АДМІНІСТРАЦІЇ",
     "Департамент соціального захисту населення Черкаської обласної державної адміністрації"),
    ("ЛУБЕНСЬКОГО МІСЬКОГО ЦЕНТРУ СОЦІАЛЬНИХ СЛУЖБ", "Лубенський міський центр соціальних служб"),
    ("Дніпровським районним у м. Києві центром соціальних служб",
     "Дніпровський районний у м. Києві центр соціальних служб"),
    ("КУ «ЦНСП» БУЧАНСЬКОЇ МІСЬКОЇ РАДИ",
     "Комунальна установа «Центр надання соціальних послуг» Бучанської міської ради"),
]


@pytest.mark.parametrize("written,want", NOMINATIVE, ids=[w[:40] for w, _ in NOMINATIVE])
def test_nominative(written: str, want: str) -> None:
    assert nominative(written) == want


@pytest.mark.parametrize("text,want_surface,want_type", [
    ("Звіт про проведення Канівським міським центром соціальних служб внутрішньої оцінки",
     "Канівським міським центром соціальних служб", "css"),
    ("наданих Сумським міським центром соціальних служб \n\nдля сім’ї, дітей та молоді у 2020 році",
     "Сумським міським центром соціальних служб \n\nдля сім’ї, дітей та молоді", "css"),
    ("на територіальний центр соціального обслуговування (надання соціальних послуг) Покровської міської "
     "ради Дніпропетровської області та затвердження Положення",
     "територіальний центр соціального обслуговування (надання соціальних послуг) Покровської міської ради "
     "Дніпропетровської області", "tcso"),
    # a council's district after a council is not part of the name («… селищної ради Бучанського району»)
    ("Комунальна установа «Центр надання соціальних послуг» Бородянської селищної ради\nБучанського району",
     "Комунальна установа «Центр надання соціальних послуг» Бородянської селищної ради", "cnsp"),
    ("Звіт управління праці та соціального захисту населення за 2021 рік",
     "управління праці та соціального захисту населення", "uszn"),
    ("роботу Гостомельського ЦНСП у I кварталі", "Гостомельського ЦНСП", "cnsp"),
    ("про діяльність КУ «ЦНСП» Бучанської міської ради за 2023 рік", "КУ «ЦНСП» Бучанської міської ради", "cnsp"),
    ("Звіт КЗ «Центр надання соціальних послуг Ірпінської міської ради» за 2023 рік",
     "КЗ «Центр надання соціальних послуг Ірпінської міської ради»", "cnsp"),
    # a participle or pronoun pointing back at a name is not part of it
    ("зазначеного центру соціальних служб", "центру соціальних служб", "css"),
    ("цього центру надання соціальних послуг", "центру надання соціальних послуг", "cnsp"),
    # a letterhead in capitals a PDF split over two paragraphs, and the city the provider serves
    ("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ\n\n(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) М. БЕРДИЧЕВА\n\nЗвіт",
     "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ\n\n(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) М. БЕРДИЧЕВА", "tcso"),
    # a signature's «(підпис)» and an address after it are not part of the name
    ("Директор територіального центру (підпис) м. Бердичів, вул. Житомирська, 54",
     "територіального центру", "tcso"),
])
def test_find_names(text: str, want_surface: str, want_type: str) -> None:
    found = find_names(text)
    assert found and (found[0].surface, found[0].centre_type) == (want_surface, want_type)


@pytest.mark.parametrize("text", ["соціальних послуг", "Канівської міської ради"])
def test_no_provider_no_type(text: str) -> None:
    assert centre_type(text) is None


def test_abbreviations_expand_case_sensitively() -> None:
    assert expand_abbreviations("Канівський МЦСС") == "Канівський міський центр соціальних служб"
    assert expand_abbreviations("кум") == "кум"


SAME_PROVIDER = [
    [dict(centre=nominative("Канівським міським центром соціальних служб"), centre_type="css", settlement="Канів"),
     dict(centre="Канівський МЦСС", centre_type="css", settlement="Канів"),
     dict(centre="Канівський міський центр соціальних служб для сім'ї, дітей та молоді", centre_type="css",
          settlement="Канів"),
     dict(centre="Канівський міський центр соціальних служб", centre_type="css")],
    [dict(centre="Територіальний центр соціального обслуговування (надання соціальних послуг) Покровської міської "
                 "ради Дніпропетровської області", centre_type="tcso", settlement="Покров", oblast="Дніпропетровська"),
     dict(centre="Територіальний центр соціального обслуговування", centre_type="tcso", settlement="Покров",
          oblast="Дніпропетровська")],
]


@pytest.mark.parametrize("spellings", SAME_PROVIDER, ids=["kaniv", "pokrov"])
def test_one_id_for_every_spelling(spellings: list[dict]) -> None:
    assert len({centre_id(m) for m in spellings}) == 1


@pytest.mark.parametrize("a,b", [
    # a raion centre and a city centre in one town
    (dict(centre="Канівський міський центр соціальних служб", centre_type="css", settlement="Канів"),
     dict(centre="Канівський районний центр соціальних служб", centre_type="css", settlement="Канів")),
    # two types in one town
    (dict(centre="Канівський міський центр соціальних служб", centre_type="css", settlement="Канів"),
     dict(centre="Територіальний центр Канівської міської ради", centre_type="tcso", settlement="Канів")),
    # two districts of one city
    (dict(centre="Територіальний центр соціального обслуговування Шевченківського району м. Києва",
          centre_type="tcso", settlement="Київ"),
     dict(centre="Територіальний центр соціального обслуговування Дарницького району м. Києва",
          centre_type="tcso", settlement="Київ")),
    # the same name in two oblasts
    (dict(centre="Центр соціальних служб Покровської міської ради", centre_type="css", settlement="Покров",
          oblast="Дніпропетровська"),
     dict(centre="Центр соціальних служб Покровської міської ради", centre_type="css", settlement="Покровськ",
          oblast="Донецька")),
    # two district centres of Kyiv written the Kyiv way
    (dict(centre="Дніпровський районний в місті Києві центр соціальних служб", centre_type="css", settlement="Київ"),
     dict(centre="Дарницький районний в місті Києві центр соціальних служб", centre_type="css", settlement="Київ")),
    # two unresolved providers
    (dict(centre="Покровський територіальний центр", centre_type="tcso"),
     dict(centre="Михайлівський територіальний центр", centre_type="tcso")),
])
def test_different_providers_differ(a: dict, b: dict) -> None:
    assert centre_id(a) != centre_id(b)


@pytest.mark.parametrize("name,plural", [
    ("центрів надання соціальних послуг територіальних громад", True),
    ("центри соціальних служб", True),
    ("центру надання соціальних послуг", False),
    ("управлінням соціального захисту населення", False),
    ("територіальному центрі", False),
])
def test_plural_names_are_groups(name: str, plural: bool) -> None:
    assert is_plural(name) is plural


def test_a_head_noun_whose_dictionary_nominative_is_plural_gets_its_singular() -> None:
    from zvitparse.names import nominative

    assert nominative("Відділу соціального захисту населення Вороньківської сільської ради") == (
        "Відділ соціального захисту населення Вороньківської сільської ради")


def test_a_childrens_service_is_named_as_another_provider() -> None:
    """Three golds name «служба у справах дітей» as the report's author (type other): its
    children's cases are no SPEC provider type, but it is who reports them."""
    assert centre_type("Служба у справах дітей") == "other"

