"""Texts of other outlets: headline, date lines, bylines and page chrome out of the body.

A text that is none of the three sources' (``source`` is ``None``) still comes
from a news page, and extraction tools leave that page's furniture in it: the
site's name, a section name, a language switcher, a date line in the outlet's
own style, a byline, a photo credit, a tag line. This module sorts those lines
out by their form, in the three languages of the beat, so that the record of
such a text is as clean as a source's:

* **Date lines** become :attr:`Article.published` (and :attr:`Article.view_count`
  where they print one): ``29 Sentyabr 2020 Oxunub:2380``,
  ``2017-11-01 19:37 | www.trend.az | 0``, ``- 27 fevral, 2026`` followed by
  ``- 10:37``, ``27.02.2026 10:37``; relative ones (``11:57 - Сегодня``,
  ``Bu gün, 11:57``) only with a reference date (:class:`RelativeDate`).
* **Datelines** of other agencies, ``Baku. 30 October. REPORT.AZ/`` or
  ``Baku, April 29, AZERTAC``, become :attr:`Article.dateline` and a month-day
  (or full) date.
* **Bylines**, ``By Akbar Mammadov``, ``Müəllif: ...``, ``Автор: ...``, become
  :attr:`Article.authors`.
* **Chrome** leaves the body: photo credits (``© Report/ Elchin Murad``), tag
  lines (``Teqlər: ...``), section names (``Daxili siyasət``), ``Xəbər lenti``,
  language switchers (``EN``), bare site names (``Report.az``), the site's
  clock, share and subscribe lines, link texts (``Keçid et``). After such a
  service line below the body, headline-like lines (related articles) go too.
* **The headline**: see :func:`split_headline`.

Only the first lines of a text (:data:`HEAD_LINES`) are read as the page's
heading, so a date or a name deep in the body is never taken for metadata;
tag, credit and share lines are dropped wherever they stand, as they never
make a sentence of an article.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence

import attrs

from ombudsparse._regex import any_of, fold, holds_any
from ombudsparse.dates import (
    MONTH_PATTERN,
    RelativeDate,
    in_baku,
    month_number,
    parse_day_month_year,
    parse_month_day,
)
from ombudsparse.model import Dateline, PublishedDate
from ombudsparse.text import Agencies

__all__ = [
    "HEAD_LINES",
    "MENU_MAX_WORDS",
    "Heading",
    "RelativeDate",
    "looks_like_headline",
    "outlet_marks",
    "parse_other_text",
    "split_headline",
]

#: How many lines at the top of a text are read as the page's heading.
HEAD_LINES = 10

#: The longest line taken for a headline.
HEADLINE_MAX_LENGTH = 250


@attrs.frozen(kw_only=True)
class Heading:
    """What :func:`parse_other_text` found around an other outlet's article."""

    title: str | None = None
    published: PublishedDate | None = None
    relative: RelativeDate | None = None
    dateline: Dateline | None = None
    authors: tuple[str, ...] = ()
    view_count: int | None = None
    body: tuple[str, ...] = ()


_TIME = r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
_VIEWS = re.compile(
    r"(?i)(?:oxunub|baxış(?:ların\s+sayı)?|baxılıb|просмотр(?:ов|ы)?|views?|read)\s*[:\-]?\s*"
    r"(?P<views>\d[\d\s,.]{0,12}\d|\d)\b(?:\s*(?:dəfə|раз|times))?"
    r"|(?P<views2>\d[\d\s,.]{0,12}\d|\d)\s+(?:dəfə\s+oxunub|просмотр(?:ов|а)?|views)\b"
)
# "19:20, 29.09.2017": the time first.
_TIME_FIRST = re.compile(
    _TIME + r"\s*[,|•·–—-]?\s*(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})"
)
_ISO_DATETIME = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[ T]+" + _TIME + r"(?::\d{2})?)?"
)
_NUMERIC_DATE = re.compile(
    r"^(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})(?:[\s,|–—-]+" + _TIME + r")?"
)
_WORD_DATE = re.compile(
    rf"^(?P<date>\d{{1,2}}\s+{MONTH_PATTERN}\s*,?\s+\d{{4}}|{MONTH_PATTERN}\s+\d{{1,2}}\s*,\s*\d{{4}})"
    rf"(?:\s*(?:,|-|–|—|\||/|at|в|saat)?\s*{_TIME})?",
    re.IGNORECASE,
)
_NUMERIC_FORMS = (_ISO_DATETIME, _NUMERIC_DATE, _TIME_FIRST)


def _starts_with_digit(text: str) -> bool:
    r"""Tell whether a line can be of the numeric forms: each starts with a digit (``\d``)."""
    return text[:1].isdecimal()  # the characters \d matches are the decimal ones


_TIME_LINE = re.compile(rf"^[\s|•·–—-]*{_TIME}\s*$")
# A date line after the body is short: a date, a time, a section or site name, views.
_DATE_LINE_MAX = 120
# A time before the date on its line: "15:36 - 7 Fevral 2023 - Xəbər".
_CLOCK_FIRST = re.compile(rf"^{_TIME}\s*[-–—|,]\s*(?=\d)")
_RELATIVE_WORDS = {
    "сегодня": 0,
    "bu gün": 0,
    "bugün": 0,
    "today": 0,
    "вчера": 1,
    "dünən": 1,
    "yesterday": 1,
}
_RELATIVE = re.compile(
    r"(?i)(?:^|[\s|•·,–—-])(?P<word>сегодня|вчера|bu\s*gün|dünən|today|yesterday)(?:$|[\s|•·,–—-])"
)
_RELATIVE_TIME = re.compile(_TIME)

# "Baku. 30 October. REPORT.AZ/", "Baku, April 29, AZERTAC", "Bakı, 8 oktyabr, APA".
_PLACE = r"[^\W\d_][^\W\d_'’-]*(?:[ '’-][^\W\d_]+){0,2}"
_DAY_MONTH = rf"(?:\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}})(?:\s*,?\s*\d{{4}})?"
# The agency closing the dateline: capitals (REPORT.AZ, AZERTAC, 1NEWS.AZ), a site
# name (Report.az), or a known agency's name (Sputnik, Interfax).
_AGENCY_CAPITALS = (
    r"[A-ZА-ЯƏÜÖĞŞÇİ0-9][A-ZА-ЯƏÜÖĞŞÇİ0-9.\-]{1,20}(?:\.[A-Za-z]{2,4})?(?![\w])"
    r"|[A-Z0-9][\w-]{1,20}\.(?:az|ru|com)\b"
)


@functools.lru_cache(maxsize=8)
def _agency_dateline_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    agency = (
        _AGENCY_CAPITALS
        + r"|"
        + "|".join(re.escape(name) for name in names if not name.isupper())
        + r"\b"
    )
    return re.compile(
        rf"""^(?P<text>(?P<place>{_PLACE})\s*[.,]\s*(?P<date>(?i:{_DAY_MONTH}))\s*[.,/–—-]?\s*
            (?P<agency>{agency})\s*/?)
            (?:\s*[.:\-–—]\s*|\s+|$)""",
        re.VERBOSE,
    )


# "By Akbar Mammadov", "Müəllif: Aynur Əliyeva", "Автор: Иван Петров".
_BYLINE = re.compile(
    r"^(?:By|Author\s*:|Müəllif\s*:|Müəllif|Автор\s*:|Автор)\s+"
    r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})\.?$"
)
# A credit at the start of its line, the only form of one longer than 160 characters.
_CREDIT_START = re.compile(r"(?i)^(?:©|\(c\)|foto\s*:|photo\s*:|фото\s*:|şəkil\s*:|photo credit)")
_CREDIT = re.compile(
    _CREDIT_START.pattern + r"|^[^.]{0,60}©[^.]{0,60}$"
    # A caption that ends with its credit: "Name Name Фото: Имя Фамилия/Агентство".
    r"|^(?=.{0,160}$)[^.!?]*\b(?:foto|photo|фото|şəkil)\s*:\s*[^.!?]*$"
)
_TAGS = re.compile(
    r"(?i)^(?:teqlər|tags?|теги|etiketlər|açar\s+sözlər|ключевые\s+слова|region|theme|"
    r"category|categories|section|рубрика|тема|регион|bölmə|kateqoriya)\s*:"
)
_SHARE = re.compile(
    r"(?i)^(?:paylaş(?:ın)?|share(?:\s+on\b.*)?|поделиться|print|çap\s+et|печать"
    r"|abunə\s+ol(?:un)?|subscribe\b.*|подписывайтесь\b.*)\s*[:.!]?$"
)
# Service lines: a network's name alone, a call to follow or subscribe, a link's text,
# a "related news" heading. They close an article's body (or navigate around it).
_SERVICE_LINE = re.compile(
    r"(?i)^(?:telegram|whatsapp|facebook|twitter|x|instagram|youtube|tiktok|vk|google\s+news"
    r"|keçid\s+et|keçid\s+linkləri|skip\s+(?:links|to\s+(?:main\s+)?content)|перейти"
    r"(?:\s+к\s+(?:основному\s+)?содержанию)?|read\s+more|ətraflı|подробнее"
    r"|oxşar\s+xəbərlər|digər\s+xəbərlər|related(?:\s+news|\s+articles)?|more\s+news"
    r"|читайте\s+также|похожие\s+новости|другие\s+новости)\s*[:.!]?$"
    r"|^(?:this\s+(?:text|article|news)\s+(?:is\s+)?(?:also\s+)?available\s+in|"
    r"этот\s+текст\s+(?:также\s+)?доступен|bu\s+xəbəri?\s+.{0,20}dilində)\b"
)
# A call to follow or subscribe, in a line of at most eighty characters.
_FOLLOW = re.compile(
    r"(?i)^(?=.{0,80}$).*\b(?:izləyin|izlə|abunə\s+olun|follow\s+us|подписывайтесь|подпишитесь)\b"
)
# Promotions and pointers: "... читайте на Sputnik", "следите за ... на Icma.az",
# "... по ссылке", "reposted from": at most two hundred characters.
_POINTER = re.compile(
    r"(?i)^(?=.{0,200}$).*\b(?:читайте\s+(?:на|в)|следите\s+за|продолжайте\s+следить|"
    r"по\s+ссылке|linkə\s+keçid|oxuyun|read\s+(?:more\s+)?on|ссылаясь\s+на\s+сайт|"
    r"saytına\s+istinadən)\b"
)
# Their needles (see ombudsparse._regex.fold): each match holds one, folded.
_FOLLOW_NEEDLES = ("izlə", "abunə", "follow", "подписывайтесь", "подпишитесь")
_POINTER_NEEDLES = (
    "читайте",
    "следите",
    "продолжайте",
    "ссылке",
    "linkə",
    "oxuyun",
    "read",
    "ссылаясь",
    "saytina",
)


def _is_service(line: str, folded: str | None = None) -> bool:
    """Tell whether a line is a service line (``folded`` is ``fold(line)``, if made)."""
    if _SERVICE_LINE.match(line):
        return True
    return _calls_to_follow(line, fold(line) if folded is None else folded)


def _calls_to_follow(line: str, folded: str) -> bool:
    """Tell whether a line is a call to follow or a pointer elsewhere (``folded`` is folded)."""
    # Each holds its whole line in at most 80 or 200 characters (and a final newline):
    # a body's sentences are longer.
    return bool(
        (len(line) <= 81 and holds_any(folded, _FOLLOW_NEEDLES) and _FOLLOW.match(line))
        or (len(line) <= 201 and holds_any(folded, _POINTER_NEEDLES) and _POINTER.match(line))
    )


# The site's clock in its header: "2024, 29 Mart, Cümə, Bakı vaxtı 16:01".
_SITE_CLOCK = re.compile(r"(?i)^(?=.{0,80}$).*(?:bakı\s+vaxtı|baku\s+time|по\s+бакинскому)")
# One to three capitals alone: a language or size switcher ("EN", "XS", "LG").
_CAPITALS = re.compile(r"^[A-ZА-Я]{1,3}$")
# A number alone (a counter of views or comments: what it counts is not printed).
_BARE_NUMBER = re.compile(r"^\d{1,9}$")
# A name alone on the last line, as some outlets sign an article: "Тимур Рзаев".
_SIGNATURE = re.compile(r"^[^\W\d_][^\W\d_'’-]+(?:\s+[^\W\d_][^\W\d_'’-]+){1,2}$")
_LANGUAGE_SWITCH = re.compile(
    r"(?i)^(?:(?:en|eng|az|aze|ru|rus|ру|рус|tr|de|fr)(?:\s*[|/•·]?\s*|$)){1,4}$"
)
_SITE_NAME = re.compile(
    r"(?i)^(?:[^.!?\d]{1,40}\s[-–—|]\s)?(?:www\.)?[a-z0-9][a-z0-9-]{0,30}"
    r"\.(?:az|com|ru|net|org|info|news|media|am|ge|tr|uz|kz)/?$"
)
# Section and feed names that outlets print above or below an article, by language.
_SECTIONS = frozenset(
    name.strip().casefold()
    for names in (
        # Azerbaijani
        "Xəbər; Xəbər lenti; Son xəbərlər; Xəbərlər; Siyasət; Daxili siyasət; Xarici siyasət; "
        "Cəmiyyət; Sosial; Hüquq; Gündəm; Ölkə; Region; Dünya; İqtisadiyyat; Rəsmi; "
        "Rəsmi xronika; Aktual; Müsahibə; Köhnə versiya; Son buraxılış; Sosial",
        # English
        "News feed; Latest news; News; Politics; Domestic politics; Domestic policy; "
        "Foreign policy; Society; Nation; Azerbaijan; World; Region; Analytics; Official; "
        "Official chronicle; Interview; Home; Social; Old version; Latest issue",
        # Russian
        "Лента новостей; Новости; Последние новости; Политика; Внутренняя политика; "
        "Внешняя политика; Общество; Азербайджан; В мире; Регион; Официально; "
        "Официальная хроника; Интервью; Главная",
    )
    for name in names.split(";")
)
# The most words of a section name.
_SECTION_WORDS = max(len(name.split()) for name in _SECTIONS)
# What a section's key keeps of a line: neither white space nor the stripped ".:|".
_KEY_CHARACTER = re.compile(r"[^\s.:|]")
# A relative-date line also prints the outlet's name: "First News Media11:57 - Сегодня".
_RELATIVE_MAX_LENGTH = 60


# Every match of _VIEWS holds a digit and one of these words (folded): the search, slow
# on a long line, is made only where both stand.
_VIEWS_NEEDLES = ("oxunub", "baxi", "просмотр", "view", "read")
_DIGIT = re.compile(r"\d")


def _may_count_views(text: str) -> bool:
    return _DIGIT.search(text) is not None and holds_any(fold(text), _VIEWS_NEEDLES)


def _views(text: str) -> int | None:
    match = _VIEWS.search(text) if _may_count_views(text) else None
    if match is None:
        return None
    digits = re.sub(r"\D", "", match["views"] or match["views2"])
    return int(digits) if digits and len(digits) <= 12 else None


def _views_line(line: str) -> int | None:
    """Return the count of a line that is only a view counter ("Oxunub: 2380")."""
    match = _VIEWS.search(line) if _may_count_views(line) else None
    if match is None or (line[: match.start()] + line[match.end() :]).strip(" |•·,:–—-"):
        return None
    return _views(line)


def _clock(match: re.Match[str]) -> dt.time | None:
    if match["hour"] is None:
        return None
    return dt.time(int(match["hour"]), int(match["minute"]))


def _with_time(day: dt.date, time: dt.time | None) -> PublishedDate:
    return day if time is None else in_baku(dt.datetime.combine(day, time))


def _remainder_is_metadata(rest: str) -> bool:
    """Tell whether what follows a date on its line is page furniture, not a sentence."""
    rest = rest.strip(" |•·,–—-")
    if not rest:
        return True
    parts = [part.strip() for part in re.split(r"[|•·]", rest) if part.strip()]
    return all(
        part.isdigit()
        or _SITE_NAME.match(part) is not None
        or _views(part) is not None
        or part.casefold() in _SECTIONS
        for part in parts
    )


def _last_sentence(
    paragraphs: Sequence[str],
    tail_date_of: Callable[[str], tuple[PublishedDate, int | None] | None],
) -> int:
    """Find the index of the text's last line that reads as a sentence of a body.

    A date line below it is under the text (the page's); one above it stands in the
    article and stays body. Read from the end, so a page's tail is all it costs.
    """
    for index in range(len(paragraphs) - 1, -1, -1):
        line = paragraphs[index]
        if looks_like_headline(line) or _is_chrome(line, head=False):
            continue
        if tail_date_of(line) is not None:
            continue
        return index
    return -1


def _names_section(line: str) -> bool:
    """Tell whether one of a date line's parts is a section's name ("... 10:24 - Social")."""
    return any(part.strip().casefold() in _SECTIONS for part in re.split(r"[|•·–—-]", line))


def parse_date_line(line: str) -> tuple[PublishedDate, int | None] | None:
    """Read a line that is only a date (with a time, a view count, a site name), or ``None``.

    Example:
        >>> parse_date_line("29 Sentyabr 2020 Oxunub:2380")
        (datetime.date(2020, 9, 29), 2380)
        >>> value, views = parse_date_line("2017-11-01 19:37 | www.trend.az | 0")
        >>> value.isoformat(), views
        ('2017-11-01T19:37:00+04:00', None)
        >>> parse_date_line("- 27 fevral, 2026")
        (datetime.date(2026, 2, 27), None)
        >>> parse_date_line("15:36 - 7 Fevral 2023 - Xəbər")[0].isoformat()
        '2023-02-07T15:36:00+04:00'
        >>> parse_date_line("The 27 February 2026 meeting was held in Baku.") is None
        True
    """
    if _DIGIT.search(line) is None:
        return None  # each form holds a digit (which no strip below takes)
    text = line.strip().lstrip("-–—•· ").strip()
    clock = _CLOCK_FIRST.match(text)
    if clock is None:
        return _dated_line(text)
    # One clock before the date, never more: a line of clocks is no date line.
    dated = _dated_line(text[clock.end() :])  # the clock's pattern ends before a digit
    if dated is None or not isinstance(dated[0], dt.date) or isinstance(dated[0], dt.datetime):
        return None  # a date with its own time as well: not a form seen
    return _with_time(dated[0], _clock(clock)), dated[1]


def _dated_line(text: str) -> tuple[PublishedDate, int | None] | None:
    """Read a date line's text that starts with its date (stripped, no clock before it)."""
    for pattern in _NUMERIC_FORMS if _starts_with_digit(text) else ():
        match = pattern.match(text)
        if match is None:
            continue
        try:
            day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            return None
        rest = text[match.end() :]
        if not _remainder_is_metadata(rest):
            return None
        return _with_time(day, _clock(match)), _views(rest)
    match = _WORD_DATE.match(text)
    if match is None:
        return None
    found = parse_day_month_year(match["date"])
    if not isinstance(found, dt.date) or isinstance(found, dt.datetime):
        return None
    rest = text[match.end() :]
    if not _remainder_is_metadata(rest):
        return None
    return _with_time(found, _clock(match)), _views(rest)


def _relative_date(line: str) -> RelativeDate | None:
    if len(line) > _RELATIVE_MAX_LENGTH:
        return None
    word = _RELATIVE.search(line)
    if word is None:
        return None
    clock = _RELATIVE_TIME.search(line)
    time = dt.time(int(clock["hour"]), int(clock["minute"])) if clock else None
    if time is None and len(line.split()) > 2:
        return None  # "today" in a short sentence, not a date line
    key = " ".join(word["word"].casefold().split())
    return RelativeDate(days_before=_RELATIVE_WORDS[key], time=time, text=line)


# A place in capitals and a dash, without a date: "YEREVAN. – The ...".
_PLACE_DATELINE = re.compile(
    r"^(?P<text>(?P<place>[A-ZА-ЯƏ]{3,}(?:[ -][A-ZА-ЯƏ]{3,})?)\.?\s*[–—-])\s+"
)


def _agency_dateline(
    paragraph: str, pattern: re.Pattern[str]
) -> tuple[Dateline, PublishedDate | None, str] | None:
    """Read an agency's dateline; ``pattern`` is ``_agency_dateline_pattern`` of its names."""
    bare = _PLACE_DATELINE.match(paragraph)
    if bare is not None:
        dateline = Dateline(text=bare["text"], place=bare["place"], date_text=None)
        return dateline, None, paragraph[bare.end() :].strip()
    match = pattern.match(paragraph)
    if match is None or month_number(_month_of(match["date"])) is None:
        return None
    date_text = match["date"].rstrip(".")
    published: PublishedDate | None = parse_day_month_year(date_text) or parse_month_day(date_text)
    if published is None:
        return None
    text = " ".join(match["text"].split())
    dateline = Dateline(text=text, place=match["place"].strip(), date_text=date_text)
    return dateline, published, paragraph[match.end() :].strip()


def _month_of(date_text: str) -> str:
    words = [w for w in re.split(r"[\s,]+", date_text) if w and not w.isdigit()]
    return words[0] if words else ""


# Chrome wherever it stands, in one pass: credits, tags, share and service lines,
# switchers, bare numbers, site names; the service lines that need a word anywhere
# in them, and the site's clock, only where their needles are.
_CHROME = any_of(_TAGS, _SHARE, _SERVICE_LINE, _CAPITALS, _BARE_NUMBER)
# Credits and site names are slower to try: each is tried only where its marks stand, a
# credit's sign or word (folded), a site name's domain at the end of the line.
_CREDIT_NEEDLES = ("©", "(c)", "foto", "photo", "фото", "şəkil")
_SITE_ENDINGS = tuple(
    f".{domain}{slash}"
    for domain in "az com ru net org info news media am ge tr uz kz".split()
    for slash in ("", "/", "\n", "/\n")
)
_CLOCK_NEEDLES = ("baki", "baku", "бакинск")
# The clock's line is of at most 80 characters (and a final newline).
_CLOCK_MAX_LENGTH = 81
_LINE_NEEDLES = (*_CREDIT_NEEDLES, *_FOLLOW_NEEDLES, *_POINTER_NEEDLES)
# The chrome of a long line: a line that starts as chrome, a credit at its start (one
# alternation; the credit's other forms, of at most 160 characters, are not tried).
_LONG_CHROME = any_of(_TAGS, _SHARE, _SERVICE_LINE, _CAPITALS, _BARE_NUMBER, _CREDIT_START)
# Longer than a site name (86 characters at most), a credit that is not at the start of
# its line (160), the clock (80), a call to follow (80) or a pointer (200), each with a
# final newline.
_LONG_LINE = 202


def _is_chrome(line: str, *, head: bool) -> bool:
    if len(line) > _LONG_LINE:
        # A body's paragraph, mostly: of the chrome, only a line that starts as one
        # (and a section name, a switcher, which are tried as they are) is this long.
        if _LONG_CHROME.match(line):
            return True
        return head and (_is_section(line) or _LANGUAGE_SWITCH.match(line) is not None)
    folded = fold(line)
    if _CHROME.match(line) or (folded.endswith(_SITE_ENDINGS) and _SITE_NAME.match(line)):
        return True
    # A credit, a call to follow and a pointer each hold one of their needles: one look
    # for all of them passes over the lines (most) that hold none. _calls_to_follow is
    # the rest of _is_service: _CHROME holds its lines.
    if holds_any(folded, _LINE_NEEDLES) and (
        (holds_any(folded, _CREDIT_NEEDLES) and _CREDIT.match(line))
        or _calls_to_follow(line, folded)
    ):
        return True
    if not head:
        return False
    clock = (
        len(line) <= _CLOCK_MAX_LENGTH
        and holds_any(folded, _CLOCK_NEEDLES)
        and _SITE_CLOCK.match(line)
    )
    if clock or (line.isalpha() and len(line) <= 30):
        return True  # the site's clock; one word alone: a section or tag name
    return _is_section(line) or _LANGUAGE_SWITCH.match(line) is not None


def _is_section(line: str) -> bool:
    """Tell whether a line is a section or feed name alone (white space and ``.:|`` aside)."""
    # A line whose first words each hold more than ".:|" keeps them all in its key
    # (the strip stops inside the first): with more words than any section has, it is
    # none, and the key of a long line, dear to make, is not made.
    words = line.split(None, _SECTION_WORDS)  # the first words, then the rest of the line
    if (
        len(words) > _SECTION_WORDS
        and all(word.strip(".:|") for word in words[:-1])
        and _KEY_CHARACTER.search(words[-1]) is not None
    ):
        return False
    return " ".join(line.casefold().split()).strip(" .:|") in _SECTIONS


# Words a headline does not end with: a line ending with one is a broken sentence.
_FUNCTION_WORDS = frozenset(
    """the a an of and or to in on at by for with from as that citing via than
    и в во с со на по к о об от для из за или что və ilə ki da də üçün""".split()
)


def _repeats(line: str, other: str) -> bool:
    """Tell whether a line is printed again (white space aside), as some outlets do a headline."""
    # Lines whose last characters differ (white space aside) differ: most, told at once.
    return (
        bool(line) and line.rstrip()[-1:] == other.rstrip()[-1:] and line.split() == other.split()
    )


def outlet_marks(text: str) -> tuple[str, ...]:
    r"""Name the marks of another outlet's page among a text's first lines.

    A byline (``By Akbar Mammadov``), a date line in an outlet's own style
    (``2017-11-01 19:37 | www.trend.az | 0``, ``29 Sentyabr 2020 Oxunub:2380``), a
    bare site name. The three sources print none of these in their texts.

    Example:
        >>> outlet_marks("Ombudsman met judges\n2017-11-01 19:37 | www.trend.az | 0\nText.")
        ('date line',)
        >>> outlet_marks("By Jane Roe\nThe Ombudsman met a guest.")
        ('byline',)
        >>> outlet_marks("BAKU, Azerbaijan, March 3. The Ombudsman met judges.")
        ()
    """
    marks: list[str] = []
    for line in (line.strip() for line in text.split("\n", HEAD_LINES)[:HEAD_LINES]):
        if _BYLINE.match(line):
            marks.append("byline")
        elif parse_date_line(line) is not None:
            marks.append("date line")
        elif fold(line).endswith(_SITE_ENDINGS) and _SITE_NAME.match(line):
            marks.append("site name")
    return tuple(dict.fromkeys(marks))


def looks_like_headline(line: str, *, placed: bool = False) -> bool:
    """Tell by its form whether a line can be a headline rather than a sentence of the body.

    A headline has no final full stop (nor colon, semicolon or comma), is at
    most :data:`HEADLINE_MAX_LENGTH` characters long, and has at least two
    words with a letter. A lead sentence ends with a full stop. A line that
    ends with ``?`` or ``!`` reads as either, so it is a headline only when
    its place says so (``placed``: a date line follows it, or it is printed
    twice).

    Example:
        >>> looks_like_headline("Ombudsman met with PACE Secretary-General")
        True
        >>> looks_like_headline("The Ombudsman met the PACE Secretary-General on Monday.")
        False
        >>> looks_like_headline("Who protects the rights of prisoners?")
        False
        >>> looks_like_headline("Who protects the rights of prisoners?", placed=True)
        True
    """
    end = line.rstrip().rstrip("\"'”»")
    stops = (".", ":", ";", ",", "…") if placed else (".", ":", ";", ",", "…", "!", "?")
    if len(line) > HEADLINE_MAX_LENGTH or end.endswith(stops):
        return False
    # The last two words with a letter, from the end: enough to tell.
    words: list[str] = []
    for word in reversed(line.split()):
        if word.isalpha() or any(c.isalpha() for c in word):
            words.append(word)
            if len(words) == 2:
                break
    if words and words[0].casefold() in _FUNCTION_WORDS:
        return False  # "..., Azernews reports, citing": a sentence broken off, not a headline
    return len(words) >= 2


def split_headline(paragraphs: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """Take the headline off the top of a body, if its first line reads as one.

    The first paragraph is the headline when it reads as one
    (:func:`looks_like_headline`) and a paragraph that reads as a sentence
    follows it; a repeat of the headline right after it (some outlets print it
    twice) goes too. Otherwise nothing is taken.

    Example:
        >>> split_headline(("Ombudsman met a guest", "The Ombudsman met a guest today."))
        ('Ombudsman met a guest', ('The Ombudsman met a guest today.',))
        >>> split_headline(("The Ombudsman met a guest today.", "They spoke."))
        (None, ('The Ombudsman met a guest today.', 'They spoke.'))
    """
    if len(paragraphs) < 2 or not looks_like_headline(
        paragraphs[0], placed=_repeats(paragraphs[0], paragraphs[1])
    ):
        return None, paragraphs
    title, rest = paragraphs[0], list(paragraphs[1:])
    while rest and _repeats(rest[0], title):
        rest.pop(0)
    if not rest or (len(rest) == 1 and looks_like_headline(rest[0])):
        return None, paragraphs
    return title, tuple(rest)


#: The fewest words of a headline that stands below a page's menu lines.
MENU_MAX_WORDS = 3


def _menu_lines(
    paragraphs: tuple[str, ...],
    date_line: Callable[[str], object],
    head_chrome: Callable[[str], bool],
) -> set[int]:
    """Short headline-like lines above the headline: a page's menu, not its article.

    Above the first sentence of the body, when a headline-like line of more than
    :data:`MENU_MAX_WORDS` words follows lines of at most that many ("Köhnə
    versiya", "Latest news", "Son buraxılış"), those short lines are the page's.
    ``date_line`` and ``head_chrome`` read a line as :func:`parse_date_line` and
    ``_is_chrome(line, head=True)`` do.
    """
    short: list[int] = []
    for index, line in enumerate(paragraphs[:HEAD_LINES]):
        if not looks_like_headline(line):
            if date_line(line) is None and not head_chrome(line):
                return set()  # the body began before any headline
            continue
        if len(line.split()) > MENU_MAX_WORDS:
            return set(short)
        short.append(index)
    return set()


def parse_other_text(paragraphs: tuple[str, ...], agencies: Agencies) -> Heading:
    """Sort an other outlet's text into headline, dates, dateline, bylines, chrome and body.

    ``agencies`` are the names an agency dateline may end with (``Sputnik`` in
    ``БАКУ, 19 дек - Sputnik.``), besides names in capitals and site names.

    Example:
        >>> from ombudsparse.text import OTHER_AGENCIES
        >>> found = parse_other_text((
        ...     "EN", "Ombudsman meets envoy", "Politics", "- 27 February, 2026", "- 10:37",
        ...     "By Jane Roe", "The Ombudsman met an envoy in Baku.", "Tags: ombudsman",
        ... ), Agencies(names=OTHER_AGENCIES))
        >>> found.title, found.published.isoformat(), found.authors, found.body
        ('Ombudsman meets envoy', '2026-02-27T10:37:00+04:00', ('Jane Roe',), ('The Ombudsman met an envoy in Baku.',))
    """  # noqa: E501 (a doctest line)
    published: PublishedDate | None = None
    relative: RelativeDate | None = None
    dateline: Dateline | None = None
    views: int | None = None
    authors: list[str] = []
    title: str | None = None
    kept: list[str] = []
    in_body = False  # set by the first kept line that reads as a sentence
    closed = False  # set by a service line after the body: what follows is the page's
    # A heading line is read as a date line and as chrome more than once: once is enough.
    date_lines: dict[str, tuple[PublishedDate, int | None] | None] = {}
    head_chrome: dict[str, bool] = {}
    # Looked up once: the cache's key, every agency's name, costs to hash.
    agency_dateline = _agency_dateline_pattern(agencies.names)

    def date_line_of(line: str) -> tuple[PublishedDate, int | None] | None:
        if line not in date_lines:
            date_lines[line] = parse_date_line(line)
        return date_lines[line]

    def tail_date_of(line: str) -> tuple[PublishedDate, int | None] | None:
        """Read a line below the head as a date line: only a short one can be."""
        return date_line_of(line) if len(line) <= _DATE_LINE_MAX else None

    def is_chrome(line: str, *, head: bool) -> bool:
        if not head:
            return _is_chrome(line, head=False)
        if line not in head_chrome:
            head_chrome[line] = _is_chrome(line, head=True)
        return head_chrome[line]

    menu = _menu_lines(paragraphs, date_line_of, functools.partial(is_chrome, head=True))
    last_sentence: int | None = None  # looked up at the first date line below the head
    for index, line in enumerate(paragraphs):
        head = index < HEAD_LINES and not in_body
        if index in menu or is_chrome(line, head=head):
            closed = closed or (in_body and _is_service(line))
            continue
        if closed and looks_like_headline(line):
            continue  # a related article's headline, after the service lines
        if not head and index < HEAD_LINES and dateline is None and len(kept) == 1:
            # A summary paragraph may stand above the dateline ("БАКУ, 19 дек - Sputnik.").
            found = _agency_dateline(line, agency_dateline)
            if found is not None and found[0].date_text is not None:
                dateline, dateline_date, lead = found
                published = published or dateline_date
                kept.extend([lead] if lead else [])
                continue
        if not head:
            # A date line after the body is the page's: the article's own when it names
            # the section, as a site prints it under the text ("17 September 2021 10:24 -
            # Social"), else a related article's, whose headline follows.
            tail_date = tail_date_of(line) if in_body else None
            if tail_date is not None:
                if last_sentence is None:
                    last_sentence = _last_sentence(paragraphs, tail_date_of)
                if index > last_sentence:
                    if published is None and not closed and _names_section(line):
                        published, views = tail_date[0], tail_date[1] if views is None else views
                    closed = True
                    continue
            kept.append(line)
            continue
        date_line = date_line_of(line)
        if date_line is not None:  # the first is the article's; others are the page's
            if published is None:
                published, views = date_line[0], date_line[1] if views is None else views
            continue
        time_line = _TIME_LINE.match(line)
        if time_line is not None:  # a time alone: the date line's, else page furniture
            if isinstance(published, dt.date) and not isinstance(published, dt.datetime):
                published = _with_time(published, _clock(time_line))
            continue
        byline = _BYLINE.match(line)
        if byline is not None:
            authors.append(byline["name"])
            continue
        line_views = _views_line(line)
        if line_views is not None:
            views = line_views if views is None else views
            continue
        if published is None and relative is None:
            relative = _relative_date(line)
            if relative is not None:
                continue
        if dateline is None and len(kept) <= 1:
            found = _agency_dateline(line, agency_dateline)
            if found is not None:
                dateline, dateline_date, lead = found
                published = published or dateline_date
                if lead:
                    kept.append(lead)
                continue
        if title is None and not kept:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
            placed = _repeats(following, line) or date_line_of(following) is not None
            if looks_like_headline(line, placed=placed):
                title = line
                continue
        if title is not None and _repeats(line, title):
            continue  # the headline printed twice
        kept.append(line)
        in_body = not looks_like_headline(line)
    # A name alone on the last line of a text with a body is its author's signature.
    if (
        len(kept) >= 2
        and in_body
        and _SIGNATURE.match(kept[-1])
        and all(word[0].isupper() for word in kept[-1].split())
    ):
        authors.append(kept.pop())
    if title is not None and not kept:
        kept = [title]  # one line only: it is the text, not a headline
        title = None
    return Heading(
        title=title,
        published=published,
        relative=relative,
        dateline=dateline,
        authors=tuple(dict.fromkeys(authors)),
        view_count=views,
        body=tuple(kept),
    )
