"""Fast paths tell what the slow ones told: each is checked against the plain way."""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ombudsparse import Language, outlets
from ombudsparse._regex import any_of, fold, holds_any
from ombudsparse.meetings import Span, Topic, extract, people, topics
from ombudsparse.outlets import looks_like_headline
from ombudsparse.sources import AGENCIES, PARSERS, trend
from ombudsparse.sources.base import Marker, SourceParser
from ombudsparse.text import (
    _CONTROL,
    _CYRILLIC,
    _INVISIBLE,
    _LATIN,
    _SPACES,
    _attribution_patterns,
    _count_cyrillic,
    _count_latin,
    _reporter,
    find_attribution,
    guess_language,
    normalize,
    reporting_agencies,
)

ROOT = Path(__file__).resolve().parent.parent
# Letters, spaces and controls of every kind the fast paths tell apart.
_ALPHABET = (
    "абвгдеёжзҐґ҂҃ xyzAZəƏıİğüöşçɐɏ \n\t\u00a0\u2009\u200b\u00ad\r\u2028\u2029.,1²_\x01\x85\ufeff"
    "“”–×"
)
odd_texts = st.text(alphabet=_ALPHABET, max_size=40) | st.text(max_size=40)


def _normalize_plainly(text: str) -> str:
    """The normalisation, one step after another, line by line."""
    if text.isascii() and text.isprintable():
        return " ".join(text.split())
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub(" ", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip("\n")


_WORD = re.compile(r"[^\W\d_]+")
_AZERBAIJANI = frozenset("əƏıİğĞüÜöÖşŞçÇ")


def _guess_plainly(paragraphs: tuple[str, ...]) -> Language | None:
    """The language guess, every count made by a regular expression."""
    sample = " ".join(paragraphs)[:20_000]
    words = _WORD.findall(sample)
    letters = sum(map(len, words))
    if not letters:
        return None
    if len(_CYRILLIC.findall(sample)) * 2 > letters:
        return Language.RU
    if len(_LATIN.findall(sample)) * 2 <= letters:
        return None
    azerbaijani = sum(1 for word in words if not _AZERBAIJANI.isdisjoint(word))
    return Language.AZ if azerbaijani * 4 > len(words) else Language.EN


@given(odd_texts)
def test_normalize_is_the_plain_normalisation(text: str) -> None:
    assert normalize(text) == _normalize_plainly(text)


@given(st.lists(odd_texts, max_size=4))
def test_guess_language_is_the_plain_guess(paragraphs: list[str]) -> None:
    assert guess_language(tuple(paragraphs)) is _guess_plainly(tuple(paragraphs))


@given(odd_texts)
def test_script_counts_on_bytes_are_the_regex_counts(text: str) -> None:
    encoded = text.encode("utf-8", "surrogatepass")
    assert _count_cyrillic(encoded) == len(_CYRILLIC.findall(text))
    ascii_letters = sum(c.isascii() and c.isalpha() for c in text)
    assert _count_latin(encoded, ascii_letters) == len(_LATIN.findall(text))


def test_a_russian_text_with_a_cyrillic_sign_that_is_no_letter_is_still_counted() -> None:
    # U+0482 is no letter: a text of it alone has no language, even though it is Cyrillic.
    assert guess_language(("\u0482 \u0482",)) is None
    assert guess_language(("Омбудсмен \u0482 встретилась",)) is Language.RU


_CHROME_FAMILY = (
    re.compile(r"(?i)^(?:tags?|теги)\s*:"),
    re.compile(r"^[A-ZА-Я]{1,3}$"),
    re.compile(r"(?i)^(?=.{0,80}$).*\bfollow\s+us\b"),
    re.compile(r"^\d{1,9}$", re.MULTILINE),
)


@pytest.mark.parametrize(
    "line", ["Tags: x", "ТЕГИ:", "EN", "en", "Please FOLLOW us now", "12345", "12 345", "Tag"]
)
def test_any_of_matches_where_one_of_its_patterns_does(line: str) -> None:
    joined = any_of(*_CHROME_FAMILY)
    assert bool(joined.match(line)) == any(p.match(line) for p in _CHROME_FAMILY)


def test_any_of_refuses_what_a_group_cannot_hold() -> None:
    with pytest.raises(ValueError, match="capturing groups"):
        any_of(re.compile(r"(?P<x>a)"))
    with pytest.raises(ValueError, match="flag"):
        any_of(re.compile(r"a", re.ASCII))


@pytest.mark.parametrize(
    "line",
    [
        "Ombudsman met with PACE Secretary-General",
        "The Ombudsman met the PACE Secretary-General on Monday.",
        "Ombudsman met with the",
        "Ombudsman 2024",
        "Ombudsman — 2024 —",
        "Who protects the rights of prisoners?",
        "x" * 250,
    ],
)
def test_looks_like_headline_reads_the_last_words_as_the_whole_line(line: str) -> None:
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    function_word = bool(words) and words[-1].casefold() in {"the", "with"}
    expected = (
        not function_word
        and len(line) <= 200
        and len(words) >= 2
        and not line.rstrip().endswith((".", "?"))
    )
    assert looks_like_headline(line) is expected


def _texts() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests").rglob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    return [
        *texts,
        "BAKU, Azerbaijan, November 14. The two met, Trend reports.",
        "Bakı. 14 noyabr. Trend: Ombudsman görüşüb.",
        "(MENAFN- AzerNews) The two met, according to AZERNEWS.",
        "BAKI, Azərbaycan / корр. Trend Ə. Məmmədov /\nText.",
        "30-11-2022 361 dəfə oxunub",
        "CALL CENTER 916",
        "Follow Trend on GOOGLE NEWS",
        "Trend-i buradan İZLƏYİN",
        "Trend on YouTube, Instagram, Facebook, Telegram and X/Twitter: @trend",
    ]


@pytest.mark.parametrize(
    "marker",
    [m for parser in PARSERS.values() for m in parser.markers if m.needles],
    ids=lambda m: m.name,
)
def test_a_marker_that_matches_holds_its_needles(marker: Marker) -> None:
    for text in _texts():
        if marker.pattern.search(text):
            assert marker.found_in(text, text.lower())
        else:
            assert not marker.found_in(text, text.lower())


def test_a_needle_lowering_cannot_find_is_refused() -> None:
    with pytest.raises(ValueError, match="without 'i' or 's'"):
        Marker(name="x", pattern=re.compile(r"(?i)\bnews\b"), weight=2, needles=("news",))
    with pytest.raises(ValueError, match="lower-case"):
        Marker(name="x", pattern=re.compile(r"(?i)\bTrend\b"), weight=2, needles=("Trend",))
    # A case-sensitive pattern may hold any needle.
    assert Marker(name="x", pattern=re.compile(r"News"), weight=2, needles=("News",)).found_in(
        "News", "news"
    )


# Words of every alternative of the topics, the host and the triggers, as texts print them.
_MEETING_WORDS = """
сотрудничества cooperation International organizations NHRI exchange of views bilateral
Конституционный закон мандата поправки Constitutional Law amendments mandate legislation
задержанных заключенных лишения свободы НПМ National Preventive Mechanism NPM monitoring visits
detention detained cannot leave пропавших без вести missing разминирование минной угрозы мины
landmines minefields demining мигрантов беженцев переселенцев refugees migrants asylum
displaced persons IDPs детей детским child children CRC early marriages равенства
дискриминации equality discrimination non-discrimination гендерного насилия в семье gender
women's rights domestic violence ООН UN United Nations treaty bodies Universal Periodic Review
UPR High Commissioner Human Rights Council Special Rapporteur Армении Карабаха оккупации
Armenia Armenia's Karabakh Garabagh occupation liberated territories elections voting
Sabina Aliyeva S. Aliyeva Səbinə Əliyeva Сабина Алиева Elmira Süleymanova E. Suleymanova
Эльмира Сулейманова the Azerbaijani Ombudsman Ombudswoman Ombudsmanın Commissioner for Human
Rights Human Rights Commissioner Омбудсмена Уполномоченный по правам человека Müvəkkil
has received hosted приняла visited has met with встретилась с held a meeting had an online
talk провела видеоконференцию qəbul edib. The meeting was also attended by X. Also
took part Y; brought together; were attended by; among them were; participants included;
Z also attended the online meeting. qəbul edib ilə görüşüb Kamalla onlayn görüş keçirib
videokonfrans keçirib telefonla danışıb Anaya zəng edib Kamal ilə Ana arasında görüş
keçirilib; took part in an online meeting via Zoom with X; spoke by phone with Y;
поговорила по телефону с Z; N hissəsini ziyarət ediblər; X Aparatında qəbul olunub;
посетила колонию; побывала в школе; Посол встретился с омбудсменом; провела видеовстречу с
X; was received by Y; была принята Z; X tərəfindən qəbul edilib
Ombudsman Aparatında olub; Aparatına gəlib; Aparatını ziyarət edib; Посол был принят омбудсменом;
С омбудсменом встретился посол; Омбудсмена посетил посол; Посла приняла омбудсмен; Встреча
омбудсмена с послом прошла в Баку; Была проведена встреча с послом; в ходе встречи с послом;
побывал в Аппарате омбудсмена; позвонил омбудсмену; Омбудсмен и посол встретились в Баку;
позвонила послу; Ombudsman və səfir görüşüblər; Şuranın iclasında iştirak edib; Əliyevanın
qəbulunda olub; Zoom platforması vasitəsilə onlayn görüş keçirib; telefon əlaqəsi saxlayıb
Elmira Suleimanova Suləymanova Сулеймановой Müvəkkil Aparatının əməkdaşları
Lindin iştirak etdiyi onlayn iclasda; Berqin iştirakı ilə keçirilən görüşdə; Kamal ilə
Anlaşma Memorandumu imzalayıb; Azərbaycan, Norland ombudsmanları tərəfindən imzalanıb
Berqlə Anlaşma Memorandumu imzalayıb; Kamal Anlaşma Memorandumu imzalayıblar; Berqin
iştirakı ilə onlayn iclas keçirilib
приняла участие во встрече с послом; подписала меморандум о сотрудничестве с X; signed a
memorandum of understanding with Y
Berqi Aparatda qəbul edib; Berqi bu gün qəbul edib; С участием омбудсмена и посла состоялась встреча
məktəbə baş çəkib; Evinə baş çəkərək; Berqi də qəbul edib; ilə də görüşüb
"""


def _meeting_texts() -> list[str]:
    import json

    texts = [_MEETING_WORDS, _MEETING_WORDS.upper(), fold(_MEETING_WORDS)]
    texts += [_MEETING_WORDS.replace("i", "ı"), _MEETING_WORDS.replace("I", "İ")]
    for name in ("articles.json", "heldout.json"):
        data = json.loads((ROOT / "bench" / "meetings_eval" / name).read_text(encoding="utf-8"))
        texts += [item["text"] for item in data]
    return texts + _texts()


def _gated_patterns() -> list[tuple[str, re.Pattern[str], tuple[str, ...], tuple[str, ...]]]:
    """Each gated pattern, its needles folded and its needles as printed."""
    gated = [("host", extract._HOST, extract._HOST_NEEDLES, ())]
    gated.append(("delegation", extract._DELEGATION_SENTENCE, extract._DELEGATION_NEEDLES, ()))
    gated.append(("attended", extract._ATTENDED, extract._DELEGATION_NEEDLES, ()))
    for pattern, needles in extract._TRIGGER_NEEDLES.items():
        if pattern.flags & re.IGNORECASE:
            gated.append((pattern.pattern[:30], pattern, needles, ()))
        else:
            gated.append((pattern.pattern[:30], pattern, (), needles))
    for topic, pattern in topics._TOPICS.items():
        lowered, printed = topics._NEEDLES[topic]
        gated.append((topic.value, pattern, lowered, printed))
    gated.append(("trend footer", trend._FOOTER_WORDS, trend._FOOTER_NEEDLES, ()))
    return gated


@pytest.mark.parametrize(
    ("pattern", "lowered", "printed"),
    [case[1:] for case in _gated_patterns()],
    ids=[case[0] for case in _gated_patterns()],
)
def test_every_match_of_a_gated_pattern_holds_one_of_its_needles(
    pattern: re.Pattern[str], lowered: tuple[str, ...], printed: tuple[str, ...]
) -> None:
    matches = [m.group() for text in _meeting_texts() for m in pattern.finditer(text)]
    assert matches  # each pattern is exercised
    for found in matches:
        assert holds_any(fold(found), lowered) or holds_any(found, printed), found


def test_fold_lowers_every_letter_a_case_insensitive_needle_letter_matches() -> None:
    needles = list(extract._HOST_NEEDLES)
    needles += [
        n
        for pattern, ns in extract._TRIGGER_NEEDLES.items()
        if pattern.flags & re.IGNORECASE
        for n in ns
    ]
    needles += [n for lowered, _printed in topics._NEEDLES.values() for n in lowered]
    needles += [n for lowered, _printed in topics._STARTS.values() for n in lowered]
    needles += [*outlets._VIEWS_NEEDLES, *outlets._CREDIT_NEEDLES, *outlets._SITE_ENDINGS]
    needles += trend._FOOTER_NEEDLES
    letters = sorted({c for n in needles for c in n})
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    any_letter = re.compile("[" + re.escape("".join(letters)) + "]", re.IGNORECASE)
    for char in {m.group() for m in any_letter.finditer(every)}:
        for letter in letters:
            if re.fullmatch(re.escape(letter), char, re.IGNORECASE):
                assert fold(char) == letter, (char, letter)


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (outlets._FOLLOW, outlets._FOLLOW_NEEDLES),
        (outlets._POINTER, outlets._POINTER_NEEDLES),
        (outlets._SITE_CLOCK, outlets._CLOCK_NEEDLES),
    ],
    ids=["follow", "pointer", "clock"],
)
def test_every_match_of_a_gated_chrome_pattern_holds_one_of_its_needles(
    pattern: re.Pattern[str], needles: tuple[str, ...]
) -> None:
    lines = [
        "Follow us on X",
        "İZLƏYİN bizi",
        "Abunə olun!",
        "Подписывайтесь на нас",
        "Подпишитесь на канал",
        "Новости читайте на Sputnik",
        "Следите за новостями на Icma.az",
        "Продолжайте следить за нами",
        "Подробности по ссылке",
        "Linkə keçid",
        "Xəbəri oxuyun",
        "READ MORE ON the site",
        "ссылаясь на сайт ведомства",
        "SAYTINA İSTİNADƏN",
        "2024, 29 Mart, Cümə, BAKI VAXTI 16:01",
        "Baku time 16:01",
        "10:00 по бакинскому",
    ]
    matched = [line for line in lines if pattern.match(line)]
    assert len(matched) >= 3
    for line in matched:
        assert holds_any(fold(line), needles), line


# Pieces of attribution phrases in the three languages, to be put together at random.
_ATTRIBUTION_PIECES = (
    "told",
    "Trend",
    "Trend News Agency",
    "Azernews",
    "APA",
    "Report",
    "Report.az",
    "reports",
    "report",
    "citing",
    "the Ombudsman's Office",
    "According to",
    "As",
    "was told by",
    '"',
    "«",
    "xəbər verir",
    "Trend-ə",
    "APA-ya",
    "bildirilib",
    "məlumat verilib",
    "Bu barədə",
    "deyib",
    "сообщает",
    "сообщили",
    "передает",
    "в аппарате омбудсмена",
    "со ссылкой на",
    ",",
    ".",
    "\n",
)
# Whole phrases of each form, with any agency's name.
_ATTRIBUTION_FORMS = (
    "told {}",
    '"{}" xəbər verir',
    "{} reports",
    "{} reports, citing the Ombudsman's Office.",
    "{}-ə bildirilib",
    "{}-ya deyib",
    "сообщает {}",
    "сообщили {} в аппарате омбудсмена.",
    "According to {},",
    "As {} was told by the Office,",
    "Bu barədə {}-ə Ombudsman Aparatından məlumat verilib.",
)
_phrases = st.builds(
    str.format, st.sampled_from(_ATTRIBUTION_FORMS), st.sampled_from(AGENCIES.names)
)


def _joined(pieces: st.SearchStrategy[str], most: int) -> st.SearchStrategy[str]:
    """Texts of up to ``most`` pieces, joined by spaces."""
    return st.lists(pieces, max_size=most).map(" ".join)


attribution_texts = _joined(st.sampled_from(_ATTRIBUTION_PIECES) | _phrases, 12)


def _reporting_plainly(text: str) -> tuple[str, ...]:
    """The reporting agencies, every form of the pattern searched in every text."""
    found: list[str] = []
    for match in _reporter(AGENCIES.names, led=False).finditer(text):
        name = AGENCIES.canonical(next(group for group in match.groups() if group))
        if name not in found:
            found.append(name)
    return tuple(found)


def _attribution_plainly(paragraphs: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """The attribution, every pattern searched in every paragraph (no own names)."""
    who: str | None = None
    cited: list[str] = []
    for paragraph in paragraphs:
        found = sorted(
            (
                m
                for _words, p in _attribution_patterns(AGENCIES.pattern)
                for m in p.finditer(paragraph)
            ),
            key=lambda match: match.start("agency"),
        )
        for match in found:
            agency = AGENCIES.canonical(match["agency"])
            if agency.casefold() not in map(str.casefold, cited):
                cited.append(agency)
            if who is None and "who" in match.groupdict() and match["who"]:
                who = match["who"].strip()
    return who, tuple(cited)


@given(attribution_texts)
def test_reporting_agencies_with_forms_left_out_is_the_full_search(text: str) -> None:
    assert reporting_agencies(text, AGENCIES) == _reporting_plainly(text)


@given(st.lists(attribution_texts, max_size=3))
def test_attribution_with_paragraphs_left_out_is_the_full_search(paragraphs: list[str]) -> None:
    found = find_attribution(tuple(paragraphs), AGENCIES)
    assert (found.who, found.agencies) == _attribution_plainly(tuple(paragraphs))


def test_attribution_fast_paths_tell_what_the_full_search_does_on_the_real_texts() -> None:
    texts = _meeting_texts()
    assert sum(1 for text in texts if _reporting_plainly(text)) >= 5  # the texts exercise them
    assert sum(1 for text in texts if _attribution_plainly(tuple(text.split("\n")))[1]) >= 5
    for text in texts:
        assert reporting_agencies(text, AGENCIES) == _reporting_plainly(text)
        paragraphs = tuple(text.split("\n"))
        found = find_attribution(paragraphs, AGENCIES)
        assert (found.who, found.agencies) == _attribution_plainly(paragraphs)


@pytest.mark.parametrize("topic", list(topics._TOPICS), ids=lambda topic: topic.value)
def test_every_match_of_a_topic_starts_with_one_of_its_start_needles(topic: Topic) -> None:
    lowered, printed = topics._STARTS[topic]
    matches = [
        m.group() for text in _meeting_texts() for m in topics._TOPICS[topic].finditer(text)
    ]
    assert matches
    for found in matches:
        assert fold(found).startswith(lowered) or found.startswith(printed), found


def _topics_plainly(body: tuple[str, ...]) -> dict[Topic, Span]:
    """Each topic's first match, every paragraph searched from its start."""
    found: dict[Topic, Span] = {}
    for topic, pattern in topics._TOPICS.items():
        for index, paragraph in enumerate(body):
            match = pattern.search(paragraph)
            if match is not None:
                found[topic] = Span(paragraph=index, start=match.start(), end=match.end())
                break
    return found


# Words of the topics and their neighbours, with letters that folding changes.
_TOPIC_PIECES = (
    *_MEETING_WORDS.split(),
    "landmines",
    "разминирования",
    "non-discrimination",
    "gender equality",
    "Human Rights Council",
    "DETERMINE",
    "İNTERNATİONAL",
    "organızations",
    "ΟΔΟΣ",
    "\u0307",
    "e\u0307quality",
    "ᲁеᲄей",
    "детей",
    "ООН",
    "-",
    ",",
)
topic_paragraphs = _joined(st.sampled_from(_TOPIC_PIECES), 10)


@given(st.lists(topic_paragraphs, max_size=4))
def test_topics_found_at_start_needles_are_the_plain_search(body: list[str]) -> None:
    assert topics.find_topics(tuple(body)) == _topics_plainly(tuple(body))


def test_topics_of_the_real_texts_are_the_plain_search() -> None:
    for text in _meeting_texts():
        body = tuple(text.split("\n"))
        assert topics.find_topics(body) == _topics_plainly(body)


# Role words, names, verbs of speech and punctuation, to be put together at random.
_SPEAKER_PIECES = (
    "The",
    "IPHRC",
    "Chairman",
    "Saeed",
    "Al-Ghufli",
    "O'Neil",
    "thanked",
    "said",
    "noted",
    "the",
    "guests",
    ",",
    ", ",
    "x,",
    "  ",
    "\n",
    "2024",
    "Ола",
    "Берг",
)


@given(_joined(st.sampled_from(_SPEAKER_PIECES), 14))
def test_named_speakers_are_what_finditer_finds(paragraph: str) -> None:
    fast = [(m.span(), m.groupdict()) for m in people._named_speakers(paragraph)]
    plain = [(m.span(), m.groupdict()) for m in people._NAMED_SPEAKER.finditer(paragraph)]
    assert fast == plain


def test_named_speakers_of_the_real_texts_are_what_finditer_finds() -> None:
    paragraphs = [p for text in _meeting_texts() for p in text.split("\n")]
    found = 0
    for paragraph in paragraphs:
        fast = [(m.span(), m.groupdict()) for m in people._named_speakers(paragraph)]
        assert fast == [
            (m.span(), m.groupdict()) for m in people._NAMED_SPEAKER.finditer(paragraph)
        ]
        found += len(fast)
    assert found >= 20


def _first_letters(
    items: list[tuple[object, object]], flags: int
) -> tuple[set[tuple[int, bool]], bool]:
    """The letters a parsed pattern's matches can start with (each with its case rule),
    and whether it can match the empty string; refuses what it cannot tell."""
    try:
        from re import _constants as c  # Python 3.11 and later
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as c

    letters: set[tuple[int, bool]] = set()
    for op, av in items:
        ignore = bool(flags & re.IGNORECASE)
        if op is c.LITERAL:
            letters.add((av, ignore))  # type: ignore[arg-type]
            return letters, False
        if op is c.IN:
            for kind, value in av:  # type: ignore[attr-defined]
                if kind is c.LITERAL:
                    letters.add((value, ignore))
                elif kind is c.RANGE:
                    letters.update((code, ignore) for code in range(value[0], value[1] + 1))
                else:
                    raise AssertionError(f"a class of {kind} at the start")
            return letters, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # no character taken
        if op is c.SUBPATTERN:
            _group, added, removed, inner = av  # type: ignore[misc]
            found, empty = _first_letters(inner.data, (flags | added) & ~removed)
        elif op is c.BRANCH:
            found, empty = set(), False
            for branch in av[1]:  # type: ignore[index]
                more, branch_empty = _first_letters(branch.data, flags)
                found |= more
                empty = empty or branch_empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            least, _most, inner = av  # type: ignore[misc]
            found, empty = _first_letters(inner.data, flags)
            empty = empty or least == 0
        else:
            raise AssertionError(f"{op} at the start")
        letters |= found
        if not empty:
            return letters, False
    return letters, True


@functools.cache
def _every_character() -> str:
    return "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)


def _led_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """Each pattern behind a look-ahead (see _regex.led_by), and the pattern as written."""
    patterns = [(name, p) for module in (extract, people) for name, p in vars(module).items()]
    patterns += [(m.name, m.pattern) for parser in PARSERS.values() for m in parser.markers]
    patterns += [
        (f"reporter {forms}", _reporter(AGENCIES.names, forms))
        for forms in (
            (True, True, True, True),
            (False, True, False, False),
            (True,) * 3 + (False,),
        )
    ]
    return [
        (name, led, plain)
        for name, led in patterns
        if isinstance(led, re.Pattern) and led.pattern.startswith("(?=[")
        for plain in (re.compile(led.pattern[led.pattern.index("])(?:") + 5 : -1], led.flags),)
    ]


@pytest.mark.parametrize(
    ("led", "plain"), [c[1:] for c in _led_patterns()], ids=[c[0] for c in _led_patterns()]
)
def test_a_look_ahead_takes_every_letter_a_match_can_start_with(
    led: re.Pattern[str], plain: re.Pattern[str]
) -> None:
    try:
        from re import _parser  # Python 3.11 and later
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as _parser

    letters, empty = _first_letters(_parser.parse(plain.pattern, plain.flags).data, plain.flags)
    assert not empty
    assert letters
    lead = re.compile(led.pattern[3 : led.pattern.index("])(?:") + 1], led.flags)
    every = _every_character()
    for code, ignore in letters:
        letter = re.compile(re.escape(chr(code)), re.IGNORECASE if ignore else 0)
        for char in set(letter.findall(every)):
            assert lead.fullmatch(char), (chr(code), char)
    for text in _meeting_texts():
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_led_patterns_are_checked() -> None:
    assert len(_led_patterns()) >= 3


@contextlib.contextmanager
def _outlet_gates_open() -> Iterator[None]:
    """Every gate of the outlets' line tests let through: the plain way."""
    with contextlib.ExitStack() as stack:
        for name, value in (
            ("_DIGIT", re.compile("")),
            ("_VIEWS_NEEDLES", ("",)),
            ("_CREDIT_NEEDLES", ("",)),
            ("_SITE_ENDINGS", ("",)),
            ("_LINE_NEEDLES", ("",)),
            ("_CLOCK_MAX_LENGTH", 10**9),
            ("_LONG_LINE", 10**9),
            ("_starts_with_digit", lambda _text: True),
            ("_KEY_CHARACTER", re.compile("(?!)")),  # no line is too long for a section
        ):
            stack.enter_context(mock.patch.object(outlets, name, value))
        yield


def _line_readings(line: str) -> tuple[object, ...]:
    return (
        outlets._is_chrome(line, head=True),
        outlets._is_chrome(line, head=False),
        outlets._views(line),
        outlets._views_line(line),
        outlets.parse_date_line(line),
        outlets.outlet_marks(line),
    )


_LINE_PIECES = (
    "©",
    "(C)",
    "Foto:",
    "PHOTO credit",
    "Şəkil :",
    "Фото:",
    "Report.az",
    "APA.az\n",
    "www.APA.AZ/",
    "News - 1news.az",
    "Oxunub:",
    "2380",
    "1 234",
    "views",
    "BAXIŞ",
    "BAXIŞ 2380",
    "Baxılıb: 15",
    "baxılıb",
    "просмотров",
    "dəfə oxunub",
    "read",
    "29 Sentyabr 2020",
    "2017-11-01 19:37",
    "19:20, 29.09.2017",
    "|",
    "-",
    ".",
    "Tags:",
    "The Ombudsman met a guest",
    "\n",
    "Bakı vaxtı 16:01",
    "по бакинскому",
    "Daxili siyasət",
    "Politics",
    "News feed",
    ":",
    "...",
    "Follow us",
    "читайте на",
    "Подписывайтесь",
    "\t",
)


@given(_joined(st.sampled_from(_LINE_PIECES), 6))
def test_outlet_line_tests_with_gates_are_the_plain_tests(line: str) -> None:
    found = _line_readings(line)
    with _outlet_gates_open():
        assert found == _line_readings(line)


# Lines of other outlets' pages, as SOURCES.md and the module's documentation print them.
_OUTLET_LINES = (
    "29 Sentyabr 2020 Oxunub:2380",
    "2017-11-01 19:37 | www.trend.az | 0",
    "- 27 fevral, 2026",
    "27.02.2026 10:37",
    "© Report/ Elchin Murad",
    "Teqlər: ombudsman",
    "Report.az",
    "APA.az\n",
    "Baxış: 1 204",
    "Фото: Иван Петров/Sputnik",
)


def test_outlet_line_tests_of_the_real_texts_are_the_plain_tests() -> None:
    lines = [line for text in _meeting_texts() for line in text.split("\n")]
    lines += _OUTLET_LINES
    found = [_line_readings(line) for line in lines]
    with _outlet_gates_open():
        assert found == [_line_readings(line) for line in lines]
    assert sum(1 for reading in found if reading[0]) >= 3  # chrome among them
    assert sum(1 for reading in found if reading[4] is not None) >= 3  # and date lines


@pytest.mark.parametrize("call", ["Follow us on X", "read more on the site", "Подпишитесь"])
@pytest.mark.parametrize("end", ["", "\n"])
def test_calls_to_follow_by_length_are_the_patterns(call: str, end: str) -> None:
    for length in [*range(70, 95), *range(190, 215)]:
        line = call + " " + "x" * (length - len(call) - 1) + end
        expected = bool(outlets._FOLLOW.match(line) or outlets._POINTER.match(line))
        assert outlets._calls_to_follow(line, fold(line)) is expected, len(line)


@pytest.mark.parametrize("parser", list(PARSERS.values()), ids=lambda parser: parser.source.value)
def test_a_parsers_marker_names_are_distinct(parser: SourceParser) -> None:
    # detect_source scores each found marker once, as it scored each name found.
    names = [marker.name for marker in parser.markers]
    assert len(set(names)) == len(names)


def _trigger_readings(sentences: list[str]) -> list[object]:
    found = []
    for sentence in sentences:
        for she_is_host in (True, False):
            trigger = extract._trigger(sentence, she_is_host=she_is_host)
            found.append(None if trigger is None else (trigger[0], trigger[1].span()))
    return found


# A sentence for each way a meeting is told, each with no other way's words.
_EACH_TRIGGER = (
    "The Ambassador of Norland, Ola Berg, called on the Ombudsman.",
    "Müvəkkil Səbinə Əliyeva Norland səfirini qəbul edib.",
    "Müvəkkil Səbinə Əliyeva Ola Bergə zəng edib.",
    "Müvəkkil Səbinə Əliyeva Ola Berglə görüşüb.",
    "Müvəkkil Səbinə Əliyeva Ola Berg ilə görüşüb.",
    "Norland səfiri Ola Berg Ombudsman Aparatında olub.",
    "Посол Норландии Ола Берг был принят омбудсменом.",
    "Встреча омбудсмена с послом Норландии Олой Бергом прошла в Баку.",
    "Была проведена встреча омбудсмена с послом Норландии Олой Бергом.",
    "С послом Норландии Олой Бергом была проведена встреча.",
    "Norland səfiri Ola Berg ilə görüş keçirilib.",
    "A meeting was held with the Ambassador of Norland, Ola Berg.",
    "Состоялась встреча омбудсмена с послом Норландии Олой Бергом.",
    "The Ombudsman joined the online meeting of the Board of the Association.",
    "Омбудсмен приняла посла Норландии Олу Берга.",
    "She has received the Ambassador of Norland, Ola Berg.",
    "The Ombudsman hosted the Ambassador of Norland, Ola Berg.",
)


def test_sentences_without_a_trigger_word_are_what_the_full_test_finds() -> None:
    sentences = [
        paragraph[start:end]
        for text in _meeting_texts()
        for paragraph in text.split("\n")
        for start, end in extract._sentences(paragraph)
    ]
    sentences += _EACH_TRIGGER
    found = _trigger_readings(sentences)
    assert sum(reading is not None for reading in found) >= 20
    assert all(found[-2 * len(_EACH_TRIGGER) :: 2])  # each way is taken
    with contextlib.ExitStack() as stack:  # every sentence through every way
        for name in (
            "_FOLDED_TRIGGER_WORDS",
            "_VERB_NEEDLES",
            "_AZ_NEEDLES",
            "_NON_ASCII_TRIGGER_WORDS",
            "_FOLDED_TRIGGER_WORDS_LATIN",
            "_VERB_NEEDLES_LATIN",
        ):
            stack.enter_context(mock.patch.object(extract, name, ("",)))
        assert _trigger_readings(sentences) == found
