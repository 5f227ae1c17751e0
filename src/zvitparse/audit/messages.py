"""The one catalogue of audit messages, Ukrainian (default) and English.

Templates take named parameters; numbers arrive already formatted with a decimal comma.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    "percent_mismatch": {
        "uk": "{k} з {n} = {exact} %, що округлюється до {expected} %, а написано {reported} %.{would}{why}",
        "en": "{k} of {n} = {exact} %, which rounds to {expected} %, but {reported} % is written.{would}{why}",
    },
    "would_be": {
        "uk": " {reported} % з {n} — це {counts}.",
        "en": " {reported} % of {n} would be {counts}.",
    },
    "would_be_none": {
        "uk": " {reported} % не дає жодна ціла кількість з {n}.",
        "en": " No whole count out of {n} gives {reported} %.",
    },
    "percent_mismatch_reading": {
        "uk": "{k} з {n} = {exact} % (округлено {expected} %), а написано {reported} %. Збігається лише якщо "
              "врахувати ще {extra} з того ж речення: {k2} з {n} = {exact2} %.{why}",
        "en": "{k} of {n} = {exact} % (rounded {expected} %), but {reported} % is written. It fits only if the "
              "same clause's {extra} is counted as well: {k2} of {n} = {exact2} %.{why}",
    },
    "percent_impossible": {
        "uk": "Жодна ціла кількість з {n} не дає {reported} % при {decimals} знаках після коми; "
              "можливі найближчі значення: {near}.{why}",
        "en": "No whole count out of {n} gives {reported} % at {decimals} decimals; "
              "the nearest possible values are {near}.{why}",
    },
    "percent_range": {
        "uk": "Частка {reported} % лежить поза межами 0–100 %.",
        "en": "The share {reported} % lies outside 0–100 %.",
    },
    "percents_sum": {
        "uk": "Частки одного поділу в сумі: {terms} = {total} %, а мали б дати {target} % "
              "(з урахуванням округлення).",
        "en": "Shares of one partition add up to {terms} = {total} %, but should give {target} % "
              "(allowing for rounding).",
    },
    "percents_sum_parent": {
        "uk": "Частки складових ({terms} = {total} %) більші за частку цілого, до якого вони входять ({target} %).",
        "en": "The shares of the parts ({terms} = {total} %) exceed the share of the whole they belong to "
              "({target} %).",
    },
    "parts_sum": {
        "uk": "Складові в сумі: {terms} = {total}, а загальна кількість {reported}; {diff_text}.",
        "en": "The parts add up to {terms} = {total}, but the total is {reported}; {diff_text}.",
    },
    "parts_sum_reading": {
        "uk": "Складові в сумі: {terms} = {total}, а загальна кількість {reported}; {diff_text}. Сходиться лише "
              "якщо до {reported} додати ще {extra} з того ж речення ({reported} + {extra_n} = {total}).",
        "en": "The parts add up to {terms} = {total}, but the total is {reported}; {diff_text}. It fits only if the "
              "{extra} of the same clause are added ({reported} + {extra_n} = {total}).",
    },
    "parts_sum_overlap": {
        "uk": "Категорії в сумі: {terms} = {total}, а загальна кількість {reported}; {diff_text}. Можливо лише якщо "
              "категорії перетинаються (одна сім'я належить до кількох).",
        "en": "The categories add up to {terms} = {total}, but the total is {reported}; {diff_text}. Possible only if "
              "the categories overlap (one family in several).",
    },
    "parts_sum_children": {
        "uk": "Діти за складовими: {terms} = {total}, а всього зазначено {reported} дітей; {diff_text}, "
              "хоча складові-сім'ї охоплюють усе ціле.",
        "en": "Children by part: {terms} = {total}, but {reported} children are stated in all; {diff_text}, "
              "although the family parts cover the whole.",
    },
    "parts_sum_subset": {
        "uk": "Частина ({part}) більша за ціле, до якого вона входить ({reported}).",
        "en": "A part ({part}) is larger than the whole it belongs to ({reported}).",
    },
    "parts_sum_partition": {
        "uk": "Частки {pterms} = {ptotal} % ділять ціле {reported} без залишку, але кількості дають "
              "{terms} = {total}; {diff_text}.",
        "en": "The shares {pterms} = {ptotal} % split the whole of {reported} completely, but the counts give "
              "{terms} = {total}; {diff_text}.",
    },
    "diff_missing": {"uk": "бракує {d}", "en": "{d} missing"},
    "diff_extra": {"uk": "на {d} більше", "en": "{d} too many"},
    "table_sum": {
        "uk": "Рядок «{label}»: {terms} = {total}, а в таблиці {reported}; {diff_text}.",
        "en": "Row «{label}»: {terms} = {total}, but the table says {reported}; {diff_text}.",
    },
    "budget_execution": {
        "uk": "Рядок «{label}»: {spent} з {approved} = {exact} %, що округлюється до {expected} %, а в колонці "
              "виконання {reported} %.",
        "en": "Row «{label}»: {spent} of {approved} = {exact} %, which rounds to {expected} %, but the execution "
              "column says {reported} %.",
    },
    "table_diff": {
        "uk": "Рядок «{label}»: {a} − {b} = {expected}, а в колонці економії {reported}.",
        "en": "Row «{label}»: {a} − {b} = {expected}, but the savings column says {reported}.",
    },
    "rating_band": {
        "uk": "Оцінка «{rating}» не відповідає власній шкалі документа: {p} % належить до діапазону "
              "{lo}–{hi} % («{band}»).",
        "en": "The rating «{rating}» contradicts the document's own bands: {p} % falls in {lo}–{hi} % («{band}»).",
    },
    "stale_period": {
        "uk": "Запланований захід датовано {year} роком, тобто раніше за період звіту ({period}).",
        "en": "A planned measure is dated {year}, before the report's own period ({period}).",
    },
    "internal_conflict": {
        "uk": "Документ подає два різні значення того самого показника ({what}): {a} і {b}.",
        "en": "The document gives two different values for the same figure ({what}): {a} and {b}.",
    },
    "spelled_conflict": {
        "uk": "Число записано цифрами як {a}, а словами як {b}.",
        "en": "A figure is written {a} in digits and {b} in words.",
    },
    "cross_document": {
        "uk": "Два документи про той самий центр і період подають різні значення ({what}): {a} у {src_a} "
              "і {b} у {src_b}.",
        "en": "Two documents on the same centre and period give different values ({what}): {a} in {src_a} "
              "and {b} in {src_b}.",
    },
    "why_inferred": {
        "uk": " Ціле N = {n} визначено з контексту, а не з прямого зв'язку.",
        "en": " The whole N = {n} is inferred from the context, not from an explicit link.",
    },
    "why_parent": {"uk": " Ціле: {n} ({src}).", "en": " Whole: {n} ({src})."},
    "not_testable": {"uk": "не перевіряється", "en": "not testable"},
    "or": {"uk": " або ", "en": " or "},
}

SOURCES = {
    "parent": {"uk": "пов'язаний показник", "en": "linked figure"},
    "whole_ref": {"uk": "«від загальної кількості …»", "en": "named whole"},
    "sentence": {"uk": "загальна кількість у тому ж або попередньому реченні",
                 "en": "total in the same or previous sentence"},
    "context": {"uk": "попередня загальна кількість", "en": "earlier total"},
    "sum": {"uk": "сума перелічених частин, чиї частки дають 100 %", "en": "sum of the listed parts, whose shares make 100 %"},
    "basis": {"uk": "«K з N» поруч із часткою", "en": "the «K of N» written beside the share"},
    "survey": {"uk": "кількість опитаних, якою пояснюються інші частки оцінювання",
               "en": "the number of respondents, which explains the assessment's other shares"},
}

UI = {  # words of the HTML report
    "title": {"uk": "Аудит звітів", "en": "Report audit"},
    "summary": {"uk": "Зведення", "en": "Summary"},
    "findings": {"uk": "Знахідки", "en": "Findings"},
    "centre": {"uk": "Центр / документ", "en": "Centre / document"},
    "rule": {"uk": "Правило", "en": "Rule"},
    "severity": {"uk": "Рівень", "en": "Severity"},
    "all": {"uk": "усі", "en": "all"},
    "error": {"uk": "помилка", "en": "error"},
    "warning": {"uk": "попередження", "en": "warning"},
    "info": {"uk": "примітка", "en": "info"},
    "consistent": {"uk": "узгоджено", "en": "consistent"},
    "not_testable": {"uk": "не перевіряється", "en": "not testable"},
    "figures": {"uk": "цифр знайдено", "en": "figures found"},
    "checkable": {"uk": "придатних до перевірки", "en": "checkable"},
    "checked": {"uk": "перевірено", "en": "checked"},
    "reported": {"uk": "написано", "en": "reported"},
    "expected": {"uk": "очікувано", "en": "expected"},
    "source": {"uk": "джерело", "en": "source"},
    "none": {"uk": "Знахідок немає.", "en": "No findings."},
    "shown": {"uk": "показано", "en": "shown"},
}


def render(key: str, lang: str = "uk", **params: Any) -> str:
    """The message `key` in `lang` (falls back to Ukrainian) with its parameters filled in."""
    entry = MESSAGES[key]
    return entry.get(lang, entry["uk"]).format(**params)


def word(key: str, lang: str = "uk") -> str:
    entry = UI.get(key) or MESSAGES.get(key) or {}
    return entry.get(lang, entry.get("uk", key))


def source_name(source: str, lang: str = "uk") -> str:
    return SOURCES.get(source, {}).get(lang, source)


def diff_text(total: int | float, reported: int | float, lang: str = "uk", fmt=str) -> str:
    d = total - reported
    return render("diff_extra" if d > 0 else "diff_missing", lang, d=fmt(abs(d)))


RATING_WORDS = {"good": {"uk": "добре", "en": "good"}, "satisfactory": {"uk": "задовільно", "en": "satisfactory"},
                "unsatisfactory": {"uk": "незадовільно", "en": "unsatisfactory"}}
# accusative forms after «врахувати ще …», «додати ще …»: one, two to four, five and more
UNIT_FORMS = {
    "persons": {"uk": ("особу", "особи", "осіб"), "en": ("person", "persons", "persons")},
    "families": {"uk": ("сім'ю", "сім'ї", "сімей"), "en": ("family", "families", "families")},
    "children": {"uk": ("дитину", "дитини", "дітей"), "en": ("child", "children", "children")},
}


def rating_word(value: str, lang: str = "uk") -> str:
    return RATING_WORDS.get(value, {}).get(lang, value)


def unit_phrase(n: int, unit: str, lang: str = "uk") -> str:
    """«1 особу», «3 особи», «5 осіб» (Ukrainian plural by the last digits)."""
    forms = UNIT_FORMS.get(unit, {}).get(lang)
    if not forms:
        return f"{n} {unit}"
    n10, n100 = n % 10, n % 100
    if lang == "uk":
        form = forms[0] if n10 == 1 and n100 != 11 else forms[1] if 2 <= n10 <= 4 and not 12 <= n100 <= 14 else forms[2]
    else:
        form = forms[0] if n == 1 else forms[1]
    return f"{n} {form}"
