"""Names of people: their dictionary form, and one key across scripts and spellings.

Articles print a guest's name as the sentence inflects it: Russian "встретилась
с Дмитрием Лубинцом" (instrumental), Azerbaijani "Ceyms Şarpı qəbul edib"
(accusative). A record gives the name in its dictionary (nominative) form, in
the text's own script, and keeps the printed form beside it.

* **Russian**: pymorphy3, the field's standard morphological analyser, with its
  Russian dictionaries. The case is read from the word it is surest of (a first
  name pymorphy3 knows), and every word is put in the nominative of that case's
  reading, keeping its gender: "Сильвией Майер-Кайбич" -> "Сильвия Майер-Кайбич".
  A word pymorphy3 cannot read in that case is kept as printed.
* **Azerbaijani**: case endings are stripped from the last word by the rules of
  :data:`AZERBAIJANI_ENDINGS`, for the case the sentence puts the name in (the
  object of "qəbul edib" is accusative; "...la/lə görüşüb" is the instrumental),
  preferring a form the same article prints elsewhere.

:func:`person_key` makes one key of a name in any script: an ASCII transliteration
(anyascii, with Azerbaijani letters read as Azerbaijani: ``c`` is ``j``, ``ş`` is
``sh``, ``x`` is ``kh``, ``q`` is ``g``) simplified so that common spelling
variants meet: ``Дмитрий Лубинец``, ``Dmitry Lubinets`` and ``Dmitriy Lubinets``
give one key, as do ``Səbinə Əliyeva``, ``Сабина Алиева`` and ``Sabina Aliyeva``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Literal

from anyascii import anyascii

__all__ = [
    "AZERBAIJANI_ENDINGS",
    "AzerbaijaniCase",
    "azerbaijani_lower",
    "dictionary_form",
    "organisation_nominative",
    "person_key",
    "russian_common_words",
    "russian_role_nominative",
    "strip_azerbaijani_ending",
]

#: The cases in which an Azerbaijani sentence puts a name.
AzerbaijaniCase = Literal["nominative", "accusative", "genitive", "dative", "instrumental"]

#: Endings stripped from an Azerbaijani name in each case, longest first; an
#: apostrophe before the ending (``Şarp'ı``) is stripped with it. The vowel of
#: an ending follows the name's last vowel (vowel harmony), and after a vowel
#: the ending takes a buffer consonant (``-nı``, ``-ya``, ``-nın``, ``-yla``).
AZERBAIJANI_ENDINGS: dict[str, tuple[str, ...]] = {
    "nominative": (),
    "accusative": ("nı", "ni", "nu", "nü", "ı", "i", "u", "ü"),
    "genitive": ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün"),
    "dative": ("ya", "yə", "a", "ə"),
    "instrumental": ("yla", "ylə", "la", "lə"),
}
_VOWELS = frozenset("aeıioöuüəAEIİOÖUÜƏ")
_AZERBAIJANI_LETTERS = frozenset("əƏıİşŞçÇğĞöÖüÜ")
_AZERBAIJANI_TO_ASCII = str.maketrans(
    {
        "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch",
        "ğ": "g", "Ğ": "G", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "c": "j", "C": "J",
        "x": "kh", "X": "Kh", "q": "g", "Q": "G",
    }
)  # fmt: skip
# Spelling variants that transliterations of one name differ by, in order.
_VARIANTS = (
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), ""),  # aliyeva / alieva
    (re.compile(r"(?:iy|ij|yi|y)\b"), "i"),  # dmitriy / dmitry / dmitrij
    (re.compile(r"(?<=[^aeiou\s])y(?=[^aeiou\s])"), "i"),  # dmytro / dmitro
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"(\w)\1+"), r"\1"),  # doubled letters
)


def person_key(name: str) -> str:
    """Return one key for a name's spellings in any script: lower-case ASCII, simplified.

    Example:
        >>> person_key("Дмитрий Лубинец") == person_key("Dmitry Lubinets")
        True
        >>> person_key("Səbinə Əliyeva") == person_key("Сабина Алиева") == person_key("Sabina Aliyeva")
        True
        >>> person_key("  Ola  Berg ")
        'ola berg'
    """  # noqa: E501 (a doctest line)
    if not _AZERBAIJANI_LETTERS.isdisjoint(name):
        name = name.translate(_AZERBAIJANI_TO_ASCII)
    plain = anyascii(unicodedata.normalize("NFC", name)).casefold()
    plain = " ".join(re.sub(r"[^a-z\s]", " ", plain).split())
    for pattern, replacement in _VARIANTS:
        plain = pattern.sub(replacement, plain)
    return plain


@functools.cache
def _morph() -> object:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=16_384)
def _parses(word: str) -> tuple[Any, ...]:
    """Return pymorphy3's readings of a word, once per word (words recur in every article)."""
    return tuple(_morph().parse(word))  # type: ignore[attr-defined]


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def _restore_case(word: str, like: str) -> str:
    """Give ``word`` (lower case) the capitals of ``like``, part by hyphenated part."""
    parts = word.split("-")
    models = like.split("-")
    if len(parts) != len(models):
        return word.capitalize()
    return "-".join(
        part.capitalize() if model[:1].isupper() else part
        for part, model in zip(parts, models, strict=True)
    )


# Endings of first names and surnames pymorphy3 does not know, by case: the
# oblique ending and the nominative's ("Олу" -> "Ола", "Бергом" -> "Берг").
_UNKNOWN_WORD_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "accs": (("ю", "я"), ("у", "а"), ("а", "")),
    "gent": (("ы", "а"), ("и", "я"), ("а", "")),
    "datv": (("у", ""), ("ю", "й")),
    "ablt": (("ой", "а"), ("ей", "я"), ("ом", ""), ("ем", "й")),
    "loct": (("е", ""),),
}


def _guess_nominative(word: str, case: str) -> str:
    for ending, nominative in _UNKNOWN_WORD_ENDINGS.get(case, ()):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: len(word) - len(ending)] + nominative
    return word


_RUSSIAN_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _support(options: Sequence[object], case: str) -> float:
    """How strongly a word's readings support a case (an indeclinable reading, any case)."""
    total = 0.0
    for p in options:
        tag = p.tag  # type: ignore[attr-defined]
        if tag.case is None:
            continue
        if "Fixd" in tag.grammemes:
            total += p.score / len(_RUSSIAN_CASES)  # type: ignore[attr-defined]
        elif tag.case == case:
            named = bool(_NAME_TAGS & set(tag.grammemes))
            total += p.score * (2 if named else 1)  # type: ignore[attr-defined]
    return total


def russian_common_words(words: list[str]) -> bool:
    """Tell whether every word is one pymorphy3 knows, and knows as no part of a name.

    "Красного Креста" (of the Red Cross) is two such words: an organisation's, not a
    person's; a name has a word pymorphy3 reads as a name or does not know ("Бергом").

    Example:
        >>> russian_common_words(["Красного", "Креста"]), russian_common_words(["Олой", "Бергом"])
        (True, False)
    """
    for word in words:
        options = _parses(word)
        if not all(p.is_known for p in options) or any(
            _NAME_TAGS & set(p.tag.grammemes) for p in options
        ):
            return False
    return bool(words)


_RUSSIAN_PARTICLES = frozenset(
    "ди де да дель ван фон дер аль эль бин бинт ибн абу ле ля дю".split()
)


def _russian(words: list[str], governed: str | None) -> list[str]:
    """Put a Russian name in the nominative; the case is read from all its words.

    Each word's readings vote for their case (readings as a name count double);
    the case the sentence's verb governs (``приняла`` + accusative, ``с`` +
    instrumental), when known, weighs one vote more.
    """
    # A particle ("Ди", "ван", "аль") does not decline and has no say in the case.
    particles = [word.casefold() in _RUSSIAN_PARTICLES for word in words]
    if any(particles):
        declined = _russian([w for w, p in zip(words, particles, strict=True) if not p], governed)
        rest = iter(declined)
        return [word if p else next(rest) for word, p in zip(words, particles, strict=True)]
    parses = [_parses(word) for word in words]
    # A guest named after a verb or "с" is never in the prepositional case, which
    # pymorphy3 guesses for unknown names in "-е" ("Монтефиоре").
    cases = _RUSSIAN_CASES if governed is None else _RUSSIAN_CASES[:-1]
    # A word that may be indeclinable ("Шмидт": a woman's surname, any case) tells
    # nothing of the case: its other readings ("Шмидт", a man's, nominative) do not
    # outvote the first name's ("с Ханной Шмидт" is instrumental).
    voters = [options for options in parses if not any("Fixd" in p.tag.grammemes for p in options)]
    votes = {
        case: sum(_support(options, case) for options in voters) + (case == governed)
        for case in cases
    }
    case = max(cases, key=lambda c: votes[c])
    if case == "nomn" or votes[case] == 0:
        return words
    first = parses[0]
    if (
        len(words) > 1
        and any(_NAME_TAGS & set(p.tag.grammemes) for p in first)
        and not any(p.tag.case == case or "Fixd" in p.tag.grammemes for p in first)
    ):
        # A first name that cannot be in the sentence's case ("с Василе Корой") is
        # printed undeclined, a foreign name: so is its surname ("Корой", not "Кора").
        return words
    gender = next(
        (
            p.tag.gender
            for options in parses
            for p in options
            if _NAME_TAGS & set(p.tag.grammemes) and p.tag.case == case
        ),
        None,
    )
    result = []
    for word, options in zip(words, parses, strict=True):
        if all(p.tag.case is None for p in options):  # unknown to pymorphy3
            result.append(_guess_nominative(word, case))
            continue
        # A person is never neuter: "Пера" is the name "Пер", not "перо" (a feather).
        fitting = [
            p
            for p in options
            if p.tag.case == case and "Fixd" not in p.tag.grammemes and p.tag.gender != "neut"
        ]
        if not fitting and not any(_NAME_TAGS & set(p.tag.grammemes) for p in options):
            result.append(_guess_nominative(word, case))
            continue
        # Readings as a name first, then those of the name's gender.
        fitting.sort(
            key=lambda p: (
                not (_NAME_TAGS & set(p.tag.grammemes)),
                gender is not None and p.tag.gender not in (None, gender),
            )
        )
        inflected = fitting[0].inflect({"nomn", "sing"}) if fitting else None
        result.append(_restore_case(inflected.word, word) if inflected else word)
    return result


def azerbaijani_lower(text: str) -> str:
    """Lower Azerbaijani text by its own alphabet: ``İ`` is ``i``, ``I`` is ``ı``.

    ``str.lower`` and ``str.casefold`` give "i" and a combining dot for ``İ``
    and "i" for ``I``: "İttifaq" would not start with "ittifaq", nor "IŞIQ" be "ışıq".

    Example:
        >>> azerbaijani_lower("İttifaqı"), azerbaijani_lower("IŞIQ"), "İ".casefold() == "i"
        ('ittifaqı', 'ışıq', False)
    """
    return text.replace("İ", "i").replace("I", "ı").lower()


# Vowel harmony: the vowel a four-way ending (-ı/-i/-u/-ü) and a two-way one (-a/-ə)
# takes after a stem's last vowel.
_FOUR_WAY = {
    "a": "ı",
    "ı": "ı",
    "o": "u",
    "u": "u",
    "e": "i",
    "ə": "i",
    "i": "i",
    "ö": "ü",
    "ü": "ü",
}
_TWO_WAY = {
    "a": "a",
    "ı": "a",
    "o": "a",
    "u": "a",
    "e": "ə",
    "ə": "ə",
    "i": "ə",
    "ö": "ə",
    "ü": "ə",
}
# The surname suffix -lı/-li/-lu/-lü after a consonant ("Məmmədli", "Səfixanlı"): its
# vowel is no accusative ending (that would be "Məmmədlini").
_LI_SUFFIX = re.compile(r"[^aeıioöuüə\W\d_]l[ıiuü]$")


def _harmonic(stem: str, ending: str) -> bool:
    """Tell whether an ending's vowel is the one vowel harmony gives after the stem.

    A stem without a vowel is an acronym, read by its letters' names: any goes.
    """
    vowels = [ch for ch in azerbaijani_lower(stem) if ch in _FOUR_WAY]
    vowel = next((ch for ch in ending if ch in "aəıiuü"), None)
    if not vowels or vowel is None:
        return True
    return (_TWO_WAY if vowel in "aə" else _FOUR_WAY)[vowels[-1]] == vowel


def _stem_before(word: str, lowered: str, ending: str) -> str | None:
    """Return the stem ``ending`` leaves of ``word`` (``lowered``: its lower case), if it may.

    The word must end so, the stem keep three letters, and the ending's vowel be the
    one vowel harmony gives after the stem.
    """
    stem = word[: -len(ending)]
    if not lowered.endswith(ending) or len(stem) < 3 or not _harmonic(stem, ending):
        return None
    return stem


def _azerbaijani_stems(word: str, case: AzerbaijaniCase) -> list[str]:
    """Every stem the case's endings leave, in the order of preference of the rules.

    After a vowel an ending takes its buffer consonant (``Kauma-nı``), after a
    consonant it does not (``Şarp-ı``); both readings can fit one word
    (``Kaumanı``: ``Kauma-nı`` or ``Kauman-ı``). The ending's vowel follows the
    stem's last vowel (``Şarp-ı``, ``Berg-i``, never ``Şarp-u``); a stem of fewer
    than three letters, or a vowel that is the surname suffix ``-lı``
    (``Məmmədli``), is no reading. The longer ending is preferred.
    In the instrumental, ``-yla`` after a vowel (``Məmmədova-yla``,
    ``Kostopulu-yla``) and ``-la`` after a name in ``-ay``/``-ey``/``-əy``
    (``Tarqay-la``, ``Güney-lə``) meet: the shorter is preferred where the stem
    it leaves ends so (a consonant, then ``a``, ``e`` or ``ə``, then ``y``) and the
    longer's stem is no feminine surname (``-ova``, ``-eva``, ``-ina``).
    """
    if "'" in word or "’" in word:
        stem, _, ending = word.replace("’", "'").rpartition("'")
        if stem and azerbaijani_lower(ending) in AZERBAIJANI_ENDINGS[case]:
            return [stem]
    lowered = azerbaijani_lower(word)
    stems = []
    for ending in AZERBAIJANI_ENDINGS[case]:
        cut = _stem_before(word, lowered, ending)
        if cut is None:
            continue
        buffered = len(ending) > 1 and ending[0] in "ny"
        if len(ending) == 1 and _LI_SUFFIX.search(lowered):
            continue
        if (cut[-1] in _VOWELS) == buffered or case == "instrumental":
            stems.append(cut)
    if case == "instrumental" and len(stems) == 2:
        longer, shorter = stems  # "Tarqa" (-yla) and "Tarqay" (-la)
        if _Y_NAME.search(shorter) and not _FEMININE_SURNAME.search(longer):
            return [shorter, longer]
    return stems


# A name in "-ay"/"-ey"/"-əy" after a consonant ("Tarqay", "Güney"), and a feminine
# surname ("Məmmədova", "Əliyeva", "Borodina"): how the two readings of "-yla" are told.
_Y_NAME = re.compile(r"(?<![aeıioöuüəyAEIİOÖUÜƏY])[aeə]y$")
_FEMININE_SURNAME = re.compile(r"(?:ov|ev|in)a$")


def strip_azerbaijani_ending(word: str, endings: Sequence[str]) -> str:
    """Strip the first of ``endings`` (lower case, longest first) the rules allow, if any.

    The ending's vowel must follow the stem's last vowel (vowel harmony), a
    buffered ending (``-nı``, ``-nda``) follow a vowel, the locative's ``-nda``
    the possessive's (``şəhəri-ndə``); the stem keeps three letters at least.
    A word no ending fits comes back as printed.

    Example:
        >>> [strip_azerbaijani_ending(w, ("nda", "ndə", "da", "də"))
        ...  for w in ("Londonda", "Bakıda", "Müəssisəsində", "Lənkəranda", "Nərmin")]
        ['London', 'Bakı', 'Müəssisəsi', 'Lənkəran', 'Nərmin']
    """
    lowered = azerbaijani_lower(word)
    for ending in endings:
        stem = _stem_before(word, lowered, ending)
        if stem is None:
            continue
        if len(ending) > 1 and ending[0] in "ny":
            before = azerbaijani_lower(stem[-1])
            if before not in ("ıiuü" if ending[1] == "d" else _FOUR_WAY):
                continue
        return stem
    return word


_ALL_CASES: tuple[AzerbaijaniCase, ...] = ("accusative", "genitive", "dative", "instrumental")


def _readings(word: str) -> set[str]:
    """Every dictionary form a word printed in any case may have, itself included."""
    return {word}.union(*(_azerbaijani_stems(word, case) for case in _ALL_CASES))


def _supported(candidates: list[str], word: str, elsewhere: str) -> list[str]:
    """Keep the candidates another printed form of the word in ``elsewhere`` may also be.

    "Aydını" (``Aydı-nı`` or ``Aydın-ı``) and, elsewhere, "Aydına" (only
    ``Aydın-a``) share one reading: ``Aydın``.
    """
    shortest = min(len(c) for c in candidates)
    forms = {
        form
        for form in re.findall(rf"\b{re.escape(word[: min(shortest, 3)])}[\w'’]*", elsewhere)
        if form != word
    }
    seen = set().union(*(_readings(form) for form in forms)) if forms else set()
    return [candidate for candidate in candidates if candidate in seen]


def dictionary_form(
    name: str,
    *,
    language: str | None,
    case: AzerbaijaniCase = "nominative",
    governed: str | None = None,
    context: str = "",
) -> str:
    """Return a name in its dictionary (nominative) form, in the text's script.

    Args:
        name: The name as printed.
        language: ``"ru"`` or ``"az"`` (others come back unchanged).
        case: For Azerbaijani, the case the sentence puts the name in.
        governed: For Russian, the case the sentence's verb governs, if known
            (pymorphy3 tags: ``"accs"``, ``"ablt"``, ...).
        context: The article's text: an Azerbaijani form printed there as a word of
            its own is preferred over a rule's guess.

    Example:
        >>> dictionary_form("Дмитрием Лубинцом", language="ru")
        'Дмитрий Лубинец'
        >>> dictionary_form("Ceyms Şarpı", language="az", case="accusative")
        'Ceyms Şarp'
        >>> dictionary_form("Koray Tarqayla", language="az", case="instrumental")
        'Koray Tarqay'
    """
    words = name.split()
    if not words:
        return name
    if language == "ru":
        return " ".join(_russian(words, governed))
    if language == "az" and case != "nominative":
        last = words[-1]
        stems = _azerbaijani_stems(last, case)
        if not stems:
            return name
        elsewhere = context.replace(name, " ")
        # A form the article prints elsewhere wins: the stem as a word, else the printed
        # form itself (a name that happens to end like a case), else a stem another
        # printed form of the word may have too ("Aydını" and "Aydına": "Aydın").
        seen = [stem for stem in stems if re.search(rf"\b{re.escape(stem)}(?![\w'’])", elsewhere)]
        if seen:
            chosen = seen[0]
        elif re.search(rf"\b{re.escape(last)}(?![\w'’])", elsewhere):
            chosen = last
        else:
            shared = _supported([*stems, last], last, elsewhere) if elsewhere.strip() else []
            chosen = shared[0] if shared else stems[0]
        return " ".join([*words[:-1], chosen])
    return name


# Names that end in "-an"/"-ən" before a genitive ending, read otherwise as a vowel and
# the buffered "-nın" ("Azərbaycanın": Azərbaycan-ın, not Azərbayca-nın).
_AZERBAIJANI_AN_STEMS = re.compile(r"(?:stan|Azərbaycan|İran|Oman|Sudan|Yəmən|Ərdən)$")


def _azerbaijani_genitive_stem(word: str) -> str | None:
    head, hyphen, ending = word.rpartition("-")
    if hyphen and head and azerbaijani_lower(ending) in AZERBAIJANI_ENDINGS["genitive"]:
        return head  # "BMT-nin", "ATƏT-in"
    stems = _azerbaijani_stems(word, "genitive")
    if not stems:
        return None
    return next((stem for stem in stems if _AZERBAIJANI_AN_STEMS.search(stem)), stems[0])


def _russian_phrase_nominative(words: list[str], case: str = "gent") -> list[str]:
    """Put the head of a Russian noun phrase in ``case`` (genitive) in the nominative.

    The adjectives that lead the phrase agree with the first noun after them, and
    what follows the noun is its own complement, kept as printed: "Европейского
    института омбудсмена" -> "Европейский институт омбудсмена". The words come back
    unchanged (the same list) when they read as no such phrase.
    """
    readings: list[Any] = []

    def genitive(word: str) -> list[Any]:
        return [p for p in _parses(word) if p.tag.case == case and p.tag.POS in ("ADJF", "NOUN")]

    for position, word in enumerate(words):
        if word.isupper():
            break  # an acronym: "УВКБ ООН"
        options = genitive(word)
        noun = next((p for p in options if p.tag.POS == "NOUN"), None)
        adjective = next((p for p in options if p.tag.POS == "ADJF"), None)
        # A word read both ways ("Норландской": an adjective, or a guessed surname) is
        # the adjective when a genitive word follows for it to agree with.
        agrees = adjective is not None and (
            options[0].tag.POS == "ADJF"
            and position + 1 < len(words)
            and not words[position + 1].isupper()
            and bool(genitive(words[position + 1]))
        )
        if noun is not None and not agrees and (not readings or options[0].tag.POS == "NOUN"):
            readings.append(noun)
            break
        if adjective is None:
            return words
        readings.append(adjective)
    if not readings or readings[-1].tag.POS != "NOUN":
        return words
    noun = readings[-1]
    number = noun.tag.number or "sing"
    agreement = {"nomn", number} | (
        {noun.tag.gender} if noun.tag.gender and number == "sing" else set()
    )
    result = list(words)
    for position, reading in enumerate(readings):
        grammemes = {"nomn", number} if reading is noun else agreement
        inflected = reading.inflect(grammemes)
        if inflected is None:
            return words
        result[position] = _restore_case(inflected.word, words[position])
    return result


# The cases a role met takes after the verbs of meetings: "с омбудсменом" (instrumental),
# "приняла послов" (accusative), "делегацию во главе с" (instrumental), "для" (genitive).
_ROLE_CASES = ("ablt", "accs", "gent", "datv", "loct")


@functools.lru_cache(maxsize=4_096)
def russian_role_nominative(role: str) -> str:
    """Return a Russian role, printed in a case the sentence gives it, in the nominative.

    The leading adjectives and the first noun are inflected, keeping the noun's
    number; what follows (its complement) stays as printed. A role in the nominative,
    or in no other script, comes back unchanged.

    Example:
        >>> russian_role_nominative("омбудсменом"), russian_role_nominative("послов")
        ('омбудсмен', 'послы')
        >>> russian_role_nominative("генеральным секретарем")
        'генеральный секретарь'
        >>> russian_role_nominative("посол"), russian_role_nominative("ambassador")
        ('посол', 'ambassador')
    """
    words = role.split()
    if not words or not re.match("[\u0400-\u04ff]", words[0]):
        return role
    if any(p.tag.case == "nomn" for p in _parses(words[0])):
        return role  # "посол", "члены": read in the nominative first
    for case in _ROLE_CASES:
        inflected = _russian_phrase_nominative(words, case)
        if inflected is not words:
            return " ".join(inflected)
    return role


def organisation_nominative(text: str, *, language: str | None) -> str:
    """Return an organisation named in the genitive in its nominative form.

    Groups are printed with their body in the genitive: Azerbaijani "Bakı Dövlət
    Universitetinin tələbələri" (the university's students), Russian "студенты
    Бакинского государственного университета". The body's head is put in the
    nominative (Azerbaijani: the genitive ending of the last word, by the rules of
    :data:`AZERBAIJANI_ENDINGS`; Russian: the leading adjectives and first noun, by
    pymorphy3); other languages and forms come back unchanged.

    Example:
        >>> organisation_nominative("Bakı Dövlət Universitetinin", language="az")
        'Bakı Dövlət Universiteti'
        >>> organisation_nominative("Бакинского государственного университета", language="ru")
        'Бакинский государственный университет'
        >>> organisation_nominative("Baku State University", language="en")
        'Baku State University'
    """
    words = text.split()
    if not words:
        return text
    if language == "az":
        stem = _azerbaijani_genitive_stem(words[-1])
        return text if stem is None else " ".join([*words[:-1], stem])
    if language == "ru" and re.match("[\u0400-\u04ff]", words[0]):
        return " ".join(_russian_phrase_nominative(words))
    return text
