"""What a meeting was about: topics from a small vocabulary, and figures as printed."""

from __future__ import annotations

import re

from ombudsparse._arguments import check_type
from ombudsparse._regex import fold, holds_any
from ombudsparse.errors import ParseWarning, WarningCode
from ombudsparse.meetings.model import ArticleFigures, Figure, Span, Topic
from ombudsparse.model import Article

__all__ = ["find_figures", "find_topics"]


# The lookahead only spares the engine places where no figure starts: a digit, or the
# first letter of a word before one.
_FIGURE = re.compile(
    r"(?=[aonmsu\d])(?P<text>(?:(?:about|around|approximately|nearly|almost|over|more\s+than|some|at\s+least|"
    r"up\s+to)\s+)?(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<scale>\s+(?:thousand|million))?)"
    r"\s+(?P<counts>(?:of\s+(?:our\s+|the\s+)?)?[a-zA-Z][\w'-]*(?:\s+(?:and\s+)?[a-z][\w'-]*){0,3})"
)


_DIGIT = re.compile(r"\d")


# Words that end what a figure counts: "4,000 Azerbaijanis went missing".
_COUNT_STOP = frozenset(
    """went were was are is have has had lost became become during in on at from to who which
    that as by for with remained remain""".split()
)


# Each topic's words, in English and Russian; "\\w*" marks a word whose endings
# vary. Matched as whole words, case-insensitively except where (?-i:...) says so.
_TOPIC_WORDS: dict[Topic, str] = {
    Topic.INTERNATIONAL_COOPERATION: (
        r"сотрудничеств\w*|cooperat\w*|international\s+organi[sz]ations?|"
        r"NHRIs?|exchange\s+of\s+(?:views|experience)|bilateral"
    ),
    Topic.LEGISLATION_MANDATE: (
        r"Конституционн\w+\s+закон\w*|мандат\w*|поправк\w*|"
        r"Constitutional\s+Law|amendments?|mandate|legislation"
    ),
    Topic.DETENTION_MONITORING: (
        r"задержан\w*|заключенн\w*|лишения\s+свободы|(?-i:НПМ)|"
        r"National\s+Preventive\s+Mechanism|(?-i:NPM)|monitoring\s+visits?|"
        r"detention|detained|cannot\s+(?:leave|abandon)"
    ),
    Topic.MISSING_PERSONS: (r"пропавш\w*|без\s+вести|missing"),
    Topic.LANDMINES: (
        r"разминир\w*|минн\w+\s+(?:угроз|террор|пол)\w*|мин(?:ы|ам|ами|ах)|"
        r"(?:land)?mines?|minefields?|demining"
    ),
    Topic.REFUGEES_MIGRANTS: (
        r"мигрант\w*|беженц\w*|переселенц\w*|refugees?|migrants?|asylum|"
        r"displaced\s+persons|(?-i:IDPs?)"
    ),
    Topic.CHILDREN: (
        r"дет(?:ей|и|ям|ьми|ях|ск\w+)|child|children|(?-i:CRC)|"
        r"early\s+marriages?"
    ),
    Topic.EQUALITY: (
        r"равенств\w*|дискриминац\w*|(?<!gender\s)equality|discrimination|"
        r"non-discrimination"
    ),
    Topic.GENDER: (
        r"гендерн\w*|насили\w+\s+в\s+семье|gender|women's\s+rights|"
        r"domestic\s+violence"
    ),
    Topic.UN_MECHANISMS: (
        r"(?-i:ООН)|(?-i:UN)|United\s+Nations|treaty\s+bodies|"
        r"Universal\s+Periodic\s+Review|(?-i:UPR)|High\s+Commissioner|"
        r"Human\s+Rights\s+Council|Special\s+Rapporteur"
    ),
    Topic.ARMENIA_AZERBAIJAN_CONFLICT: (
        r"Армени\w*|Карабах\w*|оккупаци\w*|Armenia|Armenia's|Karabakh|"
        r"Garabagh|occupation|liberated\s+(?:from\s+occupation|territor\w*)"
    ),
    Topic.ELECTIONS: (r"elections?|voting"),
}


_TOPICS = {
    topic: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for topic, words in _TOPIC_WORDS.items()
}

# Each topic's needles: every match of its words holds one of them, lowered as
# fold lowers (the first), or as printed (the second: the words of (?-i:...)).
# A paragraph with none of a topic's needles is not searched for it.
_NEEDLES: dict[Topic, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Topic.INTERNATIONAL_COOPERATION: (
        ("сотрудничеств", "cooperat", "international", "nhri", "exchange", "bilateral"),
        (),
    ),
    Topic.LEGISLATION_MANDATE: (
        (
            "конституционн",
            "мандат",
            "поправк",
            "constitutional",
            "amendment",
            "mandate",
            "legislation",
        ),
        (),
    ),
    Topic.DETENTION_MONITORING: (
        (
            "задержан",
            "заключенн",
            "лишения",
            "national",
            "monitoring",
            "detention",
            "detained",
            "cannot",
        ),
        ("НПМ", "NPM"),
    ),
    Topic.MISSING_PERSONS: (("пропавш", "без", "missing"), ()),
    Topic.LANDMINES: (("мин", "mine", "demining"), ()),
    Topic.REFUGEES_MIGRANTS: (
        ("мигрант", "беженц", "переселенц", "refugee", "migrant", "asylum", "displaced"),
        ("IDP",),
    ),
    Topic.CHILDREN: (("дет", "child", "early"), ("CRC",)),
    Topic.EQUALITY: (("равенств", "дискриминац", "equality", "discrimination"), ()),
    Topic.GENDER: (("гендерн", "насили", "gender", "women", "domestic"), ()),
    Topic.UN_MECHANISMS: (
        ("united", "treaty", "universal", "high", "council", "special"),
        ("ООН", "UN", "UPR"),
    ),
    Topic.ARMENIA_AZERBAIJAN_CONFLICT: (
        (
            "армени",
            "карабах",
            "оккупаци",
            "armenia",
            "karabakh",
            "garabagh",
            "occupation",
            "liberated",
        ),
        (),
    ),
    Topic.ELECTIONS: (("election", "voting"), ()),
}


def find_figures(article: Article) -> ArticleFigures:
    """Return the figures an article's body states, as printed, and a warning for each slip.

    A number counts something when words follow it (``about 4,000 Azerbaijanis``);
    years are not figures. A figure that reads as implausible (``about 4000
    thousand``) is kept as printed, with a ``figure-implausible`` warning.

    Raises:
        ArgumentTypeError: ``article`` is not an :class:`~ombudsparse.Article`.

    Example:
        >>> from ombudsparse import Article
        >>> found = find_figures(Article(body=(
        ...     "She said about 4000 thousand missing citizens were sought.",)))
        >>> [(f.text, f.counts) for f in found.figures], [w.code.value for w in found.warnings]
        ([('about 4000 thousand', 'missing citizens')], ['figure-implausible'])
    """
    check_type(article, Article, name="article", function="find_figures()")
    figures, warnings = _figures_in(article.body)
    return ArticleFigures(figures=figures, warnings=warnings)


def _figures_in(body: tuple[str, ...]) -> tuple[list[Figure], list[ParseWarning]]:
    figures: list[Figure] = []
    warnings: list[ParseWarning] = []
    for index, paragraph in enumerate(body):
        if _DIGIT.search(paragraph) is None:
            continue  # a figure has digits
        at = 0
        while (match := _FIGURE.search(paragraph, at)) is not None:
            at = match.end()
            number = match["number"]
            if "," not in number and len(number) == 4 and 1900 <= int(number) <= 2100:
                # A year; the words after it may hold a figure ("in 2023 about 4,000 ..."),
                # which a match that took them as what the year counts would hide.
                at = match.end("number")
                continue
            words = match["counts"].split()
            kept: list[str] = []
            for word in words:
                if word.casefold() in _COUNT_STOP:
                    break
                kept.append(word)
            while kept and kept[-1].casefold() in {"of", "and", "the", "our"}:
                kept.pop()
            counts = re.sub(r"^of\s+", "", " ".join(kept).strip(" ,."))
            if not counts:
                continue
            text = match["text"]
            span = Span(paragraph=index, start=match.start("text"), end=match.end("text"))
            figures.append(Figure(text=text, counts=counts, evidence=span))
            digits = number.replace(",", "").lstrip("0")
            # Compared by length first: int() of thousands of digits is refused, and slow.
            if match["scale"] and (len(digits) > 4 or (len(digits) == 4 and int(digits) >= 1000)):
                # "4000 thousand": digits and a scale word
                value = f"{int(digits) * 1000:,}" if len(digits) <= 18 else f"{digits}000"
                warnings.append(
                    ParseWarning(
                        code=WarningCode.FIGURE_IMPLAUSIBLE,
                        field="figures",
                        message=f"{text!r} {counts} reads as {value}: probably a slip; "
                        "kept as printed",
                    )
                )
    return figures, warnings


# Each topic's start needles: every match of its words starts with one of them (folded,
# or as printed). They are the needles above, but where a needle stands inside its
# word ("мин" in "разминир...", "council" in "Human Rights Council"): its word's start.
_STARTS: dict[Topic, tuple[tuple[str, ...], tuple[str, ...]]] = {
    **_NEEDLES,
    Topic.LANDMINES: (("разминир", "мин", "landmine", "mine", "demining"), ()),
    Topic.EQUALITY: (
        ("равенств", "дискриминац", "equality", "discrimination", "non-discrimination"),
        (),
    ),
    Topic.UN_MECHANISMS: (
        ("united", "treaty", "universal", "high", "human", "special"),
        ("ООН", "UN", "UPR"),
    ),
}


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_Needles = dict[Topic, tuple[tuple[str, ...], tuple[str, ...]]]


def _latin(needles: _Needles) -> _Needles:
    """Drop the needles in Cyrillic: a text with no Cyrillic letter holds none of them."""
    return {
        topic: (
            tuple(n for n in lowered if not _CYRILLIC.search(n)),
            tuple(n for n in printed if not _CYRILLIC.search(n)),
        )
        for topic, (lowered, printed) in needles.items()
    }


_LATIN_NEEDLES = _latin(_NEEDLES)
_LATIN_STARTS = _latin(_STARTS)


def _starts(
    folded: str, paragraph: str, starts: tuple[tuple[str, ...], tuple[str, ...]]
) -> list[int]:
    """Where a topic's start needles stand in a paragraph, in order."""
    lowered, printed = starts
    places: set[int] = set()
    for text, needles in ((folded, lowered), (paragraph, printed)):
        for needle in needles:
            place = text.find(needle)
            while place >= 0:
                places.add(place)
                place = text.find(needle, place + 1)
    return sorted(places)


def find_topics(body: tuple[str, ...]) -> dict[Topic, Span]:
    """Return each topic the body speaks of, with where it first does.

    Example:
        >>> found = find_topics(("They met.", "On detention and children; detained men."))
        >>> {topic.value: (span.paragraph, span.start) for topic, span in found.items()}
        {'detention-monitoring': (1, 3), 'children': (1, 17)}
    """
    found: dict[Topic, Span] = {}
    whole = "\n".join(body)
    folded_whole = fold(whole)
    folded: list[str] | None = None
    # Folding keeps a text's Cyrillic letters and may make some (U+1C80 to U+1C88), so a
    # folded text without one holds no Cyrillic needle, folded or as printed.
    cyrillic = _CYRILLIC.search(folded_whole) is not None
    needles, starts = (_NEEDLES, _STARTS) if cyrillic else (_LATIN_NEEDLES, _LATIN_STARTS)
    for topic, pattern in _TOPICS.items():
        lowered, printed = needles[topic]
        if not holds_any(folded_whole, lowered) and not holds_any(whole, printed):
            continue  # no paragraph can match
        folded = folded or [fold(paragraph) for paragraph in body]
        for index, paragraph in enumerate(body):
            if not holds_any(folded[index], lowered) and not holds_any(paragraph, printed):
                continue
            if "\u0307" in paragraph:  # folding drops it: the places of the two differ
                match = pattern.search(paragraph)
            else:
                # Every match starts at a start needle: the first place where the pattern
                # matches is the match a search finds.
                places = _starts(folded[index], paragraph, starts[topic])
                match = next(filter(None, (pattern.match(paragraph, at) for at in places)), None)
            if match is not None:
                found[topic] = Span(paragraph=index, start=match.start(), end=match.end())
                break
    return found
