"""Build ``extractors/data/given_names.txt`` from the first-name lists that Faker ships.

Run once when the list should change; the extractors read only the text file, so Faker is not
a run-time dependency. Cyrillic lists are transliterated in the two spellings that English-language
news uses (``-iy`` and ``-y`` endings).
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

LATIN_LOCALES = [
    "en_US",
    "en_GB",
    "en_IN",
    "en_CA",
    "en_AU",
    "en_IE",
    "en_NZ",
    "de_DE",
    "de_AT",
    "fr_FR",
    "es_ES",
    "es_MX",
    "it_IT",
    "pt_BR",
    "pt_PT",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "da_DK",
    "no_NO",
    "fi_FI",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "ro_RO",
    "hr_HR",
    "sl_SI",
    "tr_TR",
    "id_ID",
    "hi_IN",
    "fil_PH",
    "et_EE",
    "lv_LV",
    "lt_LT",
]
ROMANIZED_LOCALES = ("ja_JP", "zh_CN", "zh_TW")
CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "bg_BG")
# Given names that are also everyday English words or month names cause false person matches.
EXCLUDED = set(
    [
        "may",
        "june",
        "april",
        "august",
        "will",
        "grace",
        "hope",
        "faith",
        "joy",
        "summer",
        "autumn",
        "winter",
        "sky",
        "rose",
        "ivy",
        "star",
        "sterling",
        "king",
        "major",
        "earl",
        "guy",
        "bill",
        "mark",
        "art",
        "page",
        "price",
        "bishop",
        "chase",
        "hunter",
        "pilot",
        "china",
        "india",
        "america",
        "paris",
        "berlin",
        "victoria",
        "georgia",
        "carolina",
        "florence",
        "jordan",
        "israel",
        "miles",
        "dean",
        "royal",
        "lane",
        "sunny",
        "golden",
        "crystal",
        "jade",
        "amber",
        "ocean",
        "river",
        "sage",
        "dawn",
    ]
)
CYR = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "yo",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)


def transliterate(name: str) -> set[str]:
    """Return the usual English spellings of a Cyrillic given name."""
    low = name.lower()
    base = "".join(CYR.get(ch, ch) for ch in low)
    forms = {base}
    if low.endswith("ий"):
        forms.add(base[:-2] + "y")  # Дмитрий -> Dmitry
    if low.endswith("ей"):
        forms.add(base[:-2] + "ei")  # Алексей -> Alexei
    forms |= {f.replace("ks", "x") for f in forms}
    return {f.capitalize() for f in forms if f.isascii() and f.isalpha()}


def collect() -> set[str]:
    """Collect given names from Faker's person providers."""
    names: set[str] = set()
    for loc in LATIN_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        names.update(provider.first_names)
    for loc in ROMANIZED_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        names.update(getattr(provider, "first_romanized_names", ()))
    for loc in CYRILLIC_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for name in provider.first_names:
            names |= transliterate(name)
    return {
        n
        for n in names
        if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", n) and n.lower() not in EXCLUDED
    }


def main() -> None:
    """Write the sorted list next to the extractors."""
    out = (
        Path(__file__).resolve().parents[2] / "newsroom/extraction/extractors/data/given_names.txt"
    )
    names = sorted(collect())
    out.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {out}")


if __name__ == "__main__":
    main()
