"""Text cleaning shared by every source: white space, prefixes, attribution, language.

Nothing here knows one source from another; source modules call these steps
and add only what is their own.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import unicodedata

import attrs

from ombudsparse._regex import holds_any, led_by
from ombudsparse.dates import parse_iso_partial
from ombudsparse.model import Language, YearMonth

__all__ = [
    "OTHER_AGENCIES",
    "Agencies",
    "Attribution",
    "find_attribution",
    "guess_language",
    "is_blank",
    "normalize",
    "reporting_agencies",
    "same_text",
    "split_extractor_prefix",
    "split_syndication_prefix",
]

# Characters that carry no text: zero-width spaces and joiners, the BOM, soft hyphens.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control and format characters (Unicode categories Cc, Cf, Cs) other than the
# newline: regular expressions keep this fast on multi-megabyte pages.
_CONTROL = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u0600-\u0605\u061c\u06dd\u070f\u180e\u200e\u200f"
    "\u202a-\u202e\u2061-\u2064\u2066-\u206f\ufff9-\ufffb\ud800-\udfff]"
)
# Anything that is neither white space, nor invisible, nor a control character.
_VISIBLE = re.compile(
    "[^\\s\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x1f\x7f-\x9f"
    "\u0600-\u0605\u061c\u06dd\u070f\u180e\u200e\u200f\u202a-\u202e\u2061-\u2064"
    "\u2066-\u206f\ufff9-\ufffb]"
)
# Every other kind of space becomes a plain space.
_SPACES = re.compile(r"[^\S\n]+")
_PLAIN_SPACES = re.compile(" {2,}")


def normalize(text: str) -> str:
    r"""Normalise text for parsing: NFC, one kind of newline and space, no control characters.

    Lines are stripped; blank lines are kept (they separate paragraphs in
    some extracted texts).

    Example:
        >>> normalize("  Call\u00a0center  916 \r\n\r\nnext\u200b line ")
        'Call center 916\n\nnext line'
    """
    if text.isascii() and text.isprintable():
        return " ".join(text.split())  # the common case, with nothing else to undo
    text = unicodedata.normalize("NFC", text)
    if all(map(str.isprintable, text.split("\n"))):
        # The common case again: the invisible, control and separator characters and
        # every space but the plain one are not printable, so none is in the text.
        text = _PLAIN_SPACES.sub(" ", text) if "  " in text else text
    else:
        text = _INVISIBLE.sub("", text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
        text = _SPACES.sub(" ", _CONTROL.sub(" ", text))
    # Every run of spaces is one plain space now, none across a newline: stripping
    # each line is taking the space before and after each newline, and at the ends.
    return text.replace(" \n", "\n").replace("\n ", "\n").strip(" ").strip("\n")


def is_blank(text: str) -> bool:
    r"""Tell whether text holds nothing but white space and invisible characters.

    Example:
        >>> is_blank(" \n\u200b\t"), is_blank(" a ")
        (True, False)
    """
    return _VISIBLE.search(text) is None


def same_text(first: str, second: str) -> bool:
    """Compare two lines as a reader would: ignoring case, spacing and final punctuation.

    Example:
        >>> same_text("Ombudspersons met online", "ombudspersons  met online.")
        True
    """

    def key(text: str) -> str:
        return " ".join(text.casefold().split()).rstrip(" .!?")

    return key(first) == key(second)


# " date 2023-09-21 rest of the line": the prefix some extraction tools write.
_EXTRACTOR_PREFIX = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)\s*")


def split_extractor_prefix(text: str) -> tuple[dt.date | YearMonth | None, str]:
    """Remove an extraction tool's `` date YYYY-MM-DD`` prefix; return its date and the rest.

    The page's text goes on after the prefix on the same line. The prefix may
    hold only a year and month. Text without the prefix comes back unchanged.

    Example:
        >>> split_extractor_prefix(" date 2023-09-21 21 September 2023 16:21")
        (datetime.date(2023, 9, 21), '21 September 2023 16:21')
        >>> split_extractor_prefix(" date 2019-11 Title")
        (YearMonth(year=2019, month=11), 'Title')
        >>> split_extractor_prefix("No prefix here")
        (None, 'No prefix here')
    """
    match = _EXTRACTOR_PREFIX.match(text)
    if match is None:
        return None, text
    value = parse_iso_partial(match["date"])
    if value is None:
        return None, text
    return value, text[match.end() :]


_SYNDICATION_PREFIX = re.compile(r"^\s*\(\s*MENAFN\s*[-–—]\s*(?P<name>[^()\n]{1,80}?)\s*\)\s*")


def split_syndication_prefix(text: str) -> tuple[str | None, str]:
    """Remove a syndication prefix such as ``(MENAFN- Trend News Agency)``.

    Returns the name of the original as the copy prints it, and the rest.

    Example:
        >>> split_syndication_prefix("(MENAFN- AzerNews) The Ombudsman met ...")
        ('AzerNews', 'The Ombudsman met ...')
        >>> split_syndication_prefix("The Ombudsman met ...")
        (None, 'The Ombudsman met ...')
    """
    match = _SYNDICATION_PREFIX.match(text)
    if match is None:
        return None, text
    return match["name"].strip(), text[match.end() :]


#: News agencies other than the sources, as attribution phrases print their names.
#: The sources' own names come from their parsers (``ombudsparse.sources.AGENCIES``).
OTHER_AGENCIES: tuple[str, ...] = (
    "Azertac",
    "AZERTAC",
    "Azertaj",
    "AZERTAJ",
    "APA",
    "Report.az",
    "Report",
    "News.az",
    "Interfax",
    "TASS",
    "Xinhua",
    "Anadolu Agency",
    "Anadolu",
    "Sputnik",
    "Day.Az",
    "Oxu.az",
    "Haqqin.az",
    "Haqqin",
    "1news.az",
    "1news",
    "1NEWS.AZ",
    "АПА",
    "Азертадж",
    "АЗЕРТАДЖ",
    "РИА Новости",
    "Sputnik Азербайджан",
    "Metbuat.az",
    "Metbuat",
    "Caliber.az",
)


@attrs.frozen
class Agencies:
    """The agency names attribution phrases are read with, and the name each stands for.

    The registry makes the one in use (``ombudsparse.sources.AGENCIES``): every
    source's own names, then :data:`OTHER_AGENCIES`. Names are tried in order,
    so a longer name goes before its prefix (``Trend News Agency``, ``Trend``).

    Example:
        >>> agencies = Agencies(names=("Trend News Agency", "Trend"),
        ...                     aliases=(("Trend News Agency", "Trend"),))
        >>> agencies.canonical("Trend News Agency"), agencies.canonical("APA")
        ('Trend', 'APA')
    """

    names: tuple[str, ...]
    #: Names that stand for another, as pairs: ``("Trend News Agency", "Trend")``.
    aliases: tuple[tuple[str, str], ...] = ()

    def canonical(self, name: str) -> str:
        """Return the name a record gives an agency printed as ``name``."""
        return dict(self.aliases).get(name, name)

    @property
    def pattern(self) -> str:
        """A regular expression (no groups) matching any of the names as a word."""
        return _agency_pattern(self.names)


@functools.lru_cache(maxsize=8)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@functools.lru_cache(maxsize=8)
def _agency_pattern(names: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w|\.\w)"


# The person or body told: a short phrase with no clause punctuation in it.
_WHO = r"(?:the\s+|The\s+)?[^\s,.;:!?()\"“”][^,.;:!?()\"“”]{1,80}?"


# Each pattern with the words it cannot match without one of, checked first: cheap on
# long texts.
@functools.lru_cache(maxsize=8)
def _attribution_patterns(agency: str) -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    return (
        # "..., the Ombudsman's Office told Trend." / "... told Trend on October 25"
        (
            ("told",),
            re.compile(rf"(?:^|[,;:]\s+|[.!?]\s+)(?P<who>{_WHO})\s+told\s+(?P<agency>{agency})"),
        ),
        # "As Azertaj was told by the Ombudsman's Office, ..."
        (
            ("told",),
            re.compile(
                rf"\b[Aa]s\s+(?P<agency>{agency})\s+was\s+told\s+by\s+(?P<who>{_WHO})(?=[,.;:]|$)"
            ),
        ),
        # "..., Azernews reports, citing the Ombudsman Office."
        # "..., Trend reports on Sept.21 citing the Ombudsman's Office." / "... reports via ..."
        (
            ("report",),
            re.compile(
                rf"\b(?P<agency>{agency})\s+reports?(?:\s+on\s+[\w. ]{{1,20}}?)?,?\s+"
                rf"(?:citing|via|with\s+reference\s+to)\s+(?P<who>{_WHO})(?=[,.;:]|$)"
            ),
        ),
        # Russian: "Как сообщили АПА в Аппарате омбудсмена, ..."
        (
            ("сообщили",),
            re.compile(rf"\bсообщили\s+(?P<agency>{agency})\s+в\s+(?P<who>{_WHO})(?=[,.;:]|$)"),
        ),
        # Azerbaijani: "Bu barədə Trend-ə Ombudsman Aparatından məlumat verilib."
        (
            ("məlumat",),
            re.compile(
                rf"\b[Bb]u\s+barədə\s+(?P<agency>{agency})['’-]?(?:y?[əa])\s+(?P<who>{_WHO})"
                r"\s+məlumat\s+veril(?:ib|di)"
            ),
        ),
        # Azerbaijani: "..., Ombudsman Aparatından Trend-ə bildirilib." / "X Trend-ə deyib."
        (
            ("bildir", "deyib", "açıqlayıb", "verib"),
            re.compile(
                rf"(?:^|[,;:]\s+|[.!?]\s+)(?:[Bb]u\s+barədə\s+)?(?P<who>{_WHO})\s+"
                rf"(?P<agency>{agency})['’-]?(?:y?[əa])\s+(?:açıqlamasında\s+)?"
                r"(?:bildiril(?:ib|di)|bildirib|deyib|açıqlayıb|məlumat\s+verib)\b"
            ),
        ),
        # Russian: "..., сообщили Trend в аппарате омбудсмена."
        (
            ("сообщили",),
            re.compile(rf"\bсообщили\s+(?P<agency>{agency})\s+в\s+(?P<who>{_WHO})(?=[,.;:]|$)"),
        ),
        # Russian: "Как сообщает 1news.az со ссылкой на пресс-службу омбудсмена, ..."
        (
            ("ссылкой",),
            re.compile(
                rf"\b(?:сообщает|сообщают|передает|передаёт|пишет)\s+(?P<agency>{agency})\s+"
                rf"со\s+ссылкой\s+на\s+(?P<who>{_WHO})(?=[,.;:]|$)"
            ),
        ),
        # Russian: "..., передает Trend" / "сообщает Report".
        (
            ("передает", "передаёт", "сообщает"),
            re.compile(rf"\b(?:передает|передаёт|сообщает)\s+(?P<agency>{agency})"),
        ),
        # "According to Azernews, ..." / "..., Trend reports."
        (("ccording",), re.compile(rf"\b[Aa]ccording\s+to\s+(?P<agency>{agency})")),
        (("report",), re.compile(rf"\b(?P<agency>{agency})\s+reports?\b")),
    )


# The distinct sets of words of the attribution patterns (the same for any agency names).
_ATTRIBUTION_WORDS = tuple(dict.fromkeys(words for words, _pattern in _attribution_patterns("X")))


# Phrases in which a text names the outlet that reports it: "told X", "X reports",
# '"X" xəbər verir', "X-a bildirilib", "сообщает X". Citing forms ("according to X",
# "as X was told by") are not among them: any outlet cites others.
_QUOTE = "[\"“”«»']?"


# Each form of _reporter with the words it cannot match without (besides an agency's
# name): a form whose words are not in a text is left out of its pattern. A form left
# out matches nowhere in that text, so what the pattern finds, in order, is the same.
# Each form also says what its matches can start with: these letters, and (True) any
# agency name's first letter.
_REPORTER_FORMS: tuple[tuple[tuple[str, ...], str, str, bool], ...] = (
    (("told",), r"\btold\s+(?P<a1>{agency})", "t", False),
    (
        ("reports", "xəbər"),
        rf"{_QUOTE}\b(?P<a2>{{agency}}){_QUOTE}\s+(?:reports\b|xəbər\s+verir)",
        _QUOTE[1:-2],  # the quotes of the class
        True,
    ),
    (
        ("bildir", "məlumat", "deyib", "açıqlayıb"),
        r"\b(?P<a3>{agency})['’-]?(?:y?[əa])\s+(?:[^.\n]{{0,60}}\s)?"
        r"(?:bildir(?:il)?ib|məlumat\s+ver(?:il)?ib|deyib|açıqlayıb)\b",
        "",
        True,
    ),
    (
        ("сообщает", "передает", "передаёт", "сообщили"),
        r"\b(?:сообщает|передает|передаёт|сообщили)\s+(?P<a4>{agency})",
        "сп",
        False,
    ),
)


@functools.lru_cache(maxsize=64)
def _reporter(
    names: tuple[str, ...],
    forms: tuple[bool, ...] = (True,) * len(_REPORTER_FORMS),
    *,
    led: bool = True,
) -> re.Pattern[str]:
    """Join the phrases naming a reporter, of the forms ``forms`` keeps, in one alternation.

    With ``led``, behind a look-ahead for the letters the kept forms start with: the
    alternation, long with every agency's name, is tried only where one stands.
    """
    kept = [form for form, keep in zip(_REPORTER_FORMS, forms, strict=True) if keep]
    agency = _agency_pattern(names)
    pattern = re.compile("|".join(form.format(agency=agency) for _w, form, _l, _n in kept))
    if not led:
        return pattern
    first = set("".join(letters for _w, _f, letters, _n in kept))
    if any(named for _w, _f, _l, named in kept):
        first.update(name[0] for name in names)
    return led_by("".join(map(re.escape, sorted(first))), pattern)


def reporting_agencies(text: str, agencies: Agencies) -> tuple[str, ...]:
    """Return the agencies a text names as the outlet reporting it, in order of appearance.

    Example:
        >>> agencies = Agencies(names=("Trend News Agency", "Trend", "Report", "APA"),
        ...                     aliases=(("Trend News Agency", "Trend"),))
        >>> reporting_agencies('The MP told Trend News Agency. "Report" xəbər verir ki, ...',
        ...                    agencies)
        ('Trend', 'Report')
        >>> reporting_agencies("According to APA, the two met.", agencies)
        ()
    """
    # Every form holds an agency's name as printed; most texts hold none of the forms.
    forms = tuple(holds_any(text, words) for words, _form, _letters, _named in _REPORTER_FORMS)
    if not any(forms) or not holds_any(text, agencies.names):
        return ()
    found: list[str] = []
    for match in _reporter(agencies.names, forms).finditer(text):
        name = agencies.canonical(next(group for group in match.groups() if group))
        if name not in found:
            found.append(name)
    return tuple(found)


@attrs.frozen
class Attribution:
    """Who a text is attributed to and which agencies it cites."""

    who: str | None
    agencies: tuple[str, ...]


def find_attribution(
    paragraphs: tuple[str, ...], agencies: Agencies, own_names: tuple[str, ...] = ()
) -> Attribution:
    """Find the first attribution phrase and every agency cited in the paragraphs.

    ``agencies`` are the names read as agencies; ``own_names`` are the
    publishing source's own names (``Trend``): the source itself is not a cited
    agency.

    Example:
        >>> agencies = Agencies(names=("Trend", "Azertaj"))
        >>> find_attribution(("The Ombudsman met a guest, the Ombudsman's Office told Trend.",),
        ...                  agencies, own_names=("Trend",))
        Attribution(who="the Ombudsman's Office", agencies=())
        >>> find_attribution(("As Azertaj was told by the Ombudsman's Office, the two met.",),
        ...                  agencies)
        Attribution(who="the Ombudsman's Office", agencies=('Azertaj',))
    """
    own = {agencies.canonical(name).casefold() for name in own_names}
    who: str | None = None
    cited: list[str] = []
    # A pattern whose words are in no paragraph cannot match any: checked once, on all.
    whole = "\n".join(paragraphs)
    # Patterns share their words: each set of words is looked for once.
    holds = {words: holds_any(whole, words) for words in _ATTRIBUTION_WORDS}
    patterns = [
        (keywords, pattern)
        for keywords, pattern in _attribution_patterns(agencies.pattern)
        if holds[keywords]
    ]
    if not patterns:
        return Attribution(who=None, agencies=())
    # Every pattern holds an agency's name where the agency pattern matches: the
    # paragraphs without one are passed over, found in one search of them all.
    starts = list(itertools.accumulate((len(p) + 1 for p in paragraphs[:-1]), initial=0))
    named = {
        bisect.bisect_right(starts, match.start()) - 1
        for match in _compiled(agencies.pattern).finditer(whole)
    }
    for index, paragraph in enumerate(paragraphs):
        if index not in named:
            continue
        found = sorted(
            (
                match
                for keywords, pattern in patterns
                if holds_any(paragraph, keywords)
                for match in pattern.finditer(paragraph)
            ),
            key=lambda match: match.start("agency"),
        )
        for match in found:
            agency = agencies.canonical(match["agency"])
            if agency.casefold() not in own and agency.casefold() not in map(str.casefold, cited):
                cited.append(agency)
            if who is None and "who" in match.groupdict() and match["who"]:
                who = match["who"].strip()
    return Attribution(who=who, agencies=tuple(cited))


_LANGUAGE_SAMPLE = 20_000
_AZERBAIJANI_LETTERS = frozenset("əƏıİğĞüÜöÖşŞçÇ")
_WORD = re.compile(r"[^\W\d_]+")
# The rest of a word (a run of _WORD) from a letter of _AZERBAIJANI_LETTERS on.
_AZERBAIJANI_WORD = re.compile(f"[{''.join(sorted(_AZERBAIJANI_LETTERS))}][^\\W\\d_]*")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_ASCII_LETTER = re.compile("[A-Za-z]")
# A letter (as _WORD reads letters) that is not ASCII, or anything of the Cyrillic block
# (which the counts below count, letter or not).
_OTHER_LETTER = re.compile("[^\\W\\d_A-Za-z]|[\u0400-\u04ff]")


def guess_language(paragraphs: tuple[str, ...]) -> Language | None:
    """Guess the language of body text from its letters; ``None`` when there are none.

    Cyrillic script means Russian. Latin script in which more than a quarter
    of the words hold a letter of the Azerbaijani alphabet that English lacks
    (``ə ı ğ ü ö ş ç``) means Azerbaijani: English texts that quote an
    Azerbaijani name stay well below that. Other Latin text is English.

    Example:
        >>> guess_language(("Müvəkkil Səbinə Əliyeva görüş keçirib.",))
        <Language.AZ: 'az'>
        >>> guess_language(("Омбудсмен встретилась с делегацией.",))
        <Language.RU: 'ru'>
        >>> guess_language(("The Ombudsman, Səbinə Əliyeva, received a delegation of "
        ...                 "guests from abroad in Baku.",))
        <Language.EN: 'en'>
    """
    # The start of a text tells its language; a sample keeps huge pages fast.
    sample = " ".join(paragraphs)[:_LANGUAGE_SAMPLE]
    if sample.isascii():
        # No Cyrillic and no Azerbaijani letter: English if it has letters at all
        # (what the counts below give, at once).
        return Language.EN if _ASCII_LETTER.search(sample) else None
    # Counted in C: words by a regular expression, scripts on the UTF-8 bytes.
    encoded = sample.encode("utf-8", "surrogatepass")
    # The text's characters that are not ASCII, alone (no byte of theirs is ASCII).
    others = encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if _OTHER_LETTER.search(others) is None:
        # Curly quotes and dashes, but every letter ASCII: English again, at once.
        return Language.EN if _ASCII_LETTER.search(sample) else None
    cyrillic = _count_cyrillic(encoded)
    if (
        cyrillic  # (none: the test below cannot hold, and its counts are not made)
        and b"\xd2" not in encoded
        and cyrillic * 2 > len(sample) - sum(map(sample.count, _SAMPLE_SPACES))
    ):
        # More than half of what is not a space, so more than half of the letters (each
        # Cyrillic character is a letter, but U+0482 to U+0489, which start with D2).
        return Language.RU
    letters, words, ascii_letters = _count_letters_and_words(sample, encoded, others)
    if not letters:
        return None
    if cyrillic * 2 > letters:
        return Language.RU
    # The ASCII letters are Latin: when they are more than half, so are the Latin ones.
    if ascii_letters * 2 <= letters and _count_latin(encoded, ascii_letters) * 2 <= letters:
        return None
    # The words that hold such a letter, counted in one search: each match starts at
    # the first such letter of a word and takes the rest of it.
    azerbaijani = len(_AZERBAIJANI_WORD.findall(sample))
    return Language.AZ if azerbaijani * 4 > words else Language.EN


def _count_letters_and_words(sample: str, encoded: bytes, others: str) -> tuple[int, int, int]:
    """Count a text's letters, words (runs of letters, as ``_WORD`` finds them), ASCII letters.

    ``encoded`` is the text in UTF-8 and ``others`` its characters that are not ASCII.
    """
    # What is not a letter among the few characters that are not ASCII becomes a
    # space; then, on the UTF-8, every byte of those left is a letter's, and of the
    # ASCII bytes the letters are A-Z and a-z: one translation marks every letter,
    # and a split in C counts the runs.
    not_letters = _NOT_LETTER.findall(others)
    for character in set(not_letters):
        sample = sample.replace(character, " ")
    marked = sample.encode("utf-8", "surrogatepass").translate(_LETTER_BYTES)
    ascii_letters = len(encoded) - len(encoded.translate(None, _ASCII_LETTERS))
    return ascii_letters + len(others) - len(not_letters), len(marked.split()), ascii_letters


# In UTF-8, U+0400 to U+04FF (the Cyrillic block) are the characters whose first byte
# is D0 to D3, and U+00C0 to U+023F those whose first byte is C3 to C8; a first byte
# is never a later byte of a character (80 to BF), so counting bytes counts characters.
_SAMPLE_SPACES = (" ", "\n")
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
_LATIN_LEADS = (b"\xc3", b"\xc4", b"\xc5", b"\xc6", b"\xc7", b"\xc8")
# The characters of _LATIN whose first byte in UTF-8 is C9 (U+0240 to U+024F), in UTF-8:
# the search, led by a byte, passes over the rest of the text in C.
_LATIN_C9 = re.compile(b"\xc9[\x80-\x8f]")
_ASCII_BYTES = bytes(range(128))
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
# A character that _WORD does not take.
_NOT_LETTER = re.compile(r"[\W\d_]")
# Every byte to a space, but the ASCII letters' and those of characters not ASCII.
_LETTER_BYTES = bytes(
    ord("a") if byte in _ASCII_LETTERS or byte >= 0x80 else ord(" ") for byte in range(256)
)


def _count_cyrillic(encoded: bytes) -> int:
    """Count the characters of ``_CYRILLIC`` in a text, given as UTF-8."""
    return sum(map(encoded.count, _CYRILLIC_LEADS))


def _count_latin(encoded: bytes, ascii_letters: int) -> int:
    """Count the characters of ``_LATIN`` in a text, given as UTF-8 with its ASCII letters."""
    latin = ascii_letters + sum(map(encoded.count, _LATIN_LEADS))
    if b"\xc9" in encoded:  # U+0240 to U+027F ("ə" among them): only part are in the class
        latin += len(_LATIN_C9.findall(encoded))
    return latin
