"""People in a meeting sentence: names, roles, organisations, countries, groups.

The extractor (:mod:`ombudsparse.meetings.extract`) finds where a sentence
names the people met; this module reads them: "<role>, <Name>" lists, roles
split into role, organisation and country by one convention, names in their
dictionary form (:mod:`ombudsparse.meetings.names`), groups and organisations
met as such, and a counterpart met by role only named by a later sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from ombudsparse._regex import fold
from ombudsparse.dates import MONTH_PATTERN
from ombudsparse.meetings.model import Person, Span
from ombudsparse.meetings.names import (
    AzerbaijaniCase,
    azerbaijani_lower,
    dictionary_form,
    organisation_nominative,
    person_key,
    russian_common_words,
    russian_role_nominative,
)

__all__ = [
    "CYRILLIC",
    "NAME_TOKEN",
    "NameContext",
    "azerbaijani_office_holders",
    "demonym_country",
    "is_name",
    "make_person",
    "named_by_role",
    "people_in_list",
    "role_words",
    "russian_non_name",
    "split_role",
    "strip_circumstances",
    "unnamed_counterparts",
]


# An honorific left at the end of a role, before the name: "Rapporteur ..., Mr." ; and a
# clause that joins a second role: "..., as well as", "and the".
HONORIFIC_END = re.compile(
    r"(?:(?:^|[\s,]+)(?:Mr|Mrs|Ms|Dr|Prof|H\.?\s?E|г-н\w*|г-ж\w*|господин\w*|госпож\w*|"
    r"cənab|xanım)\.?|"
    r"[\s,]+(?:as\s+well\s+as|and(?:\s+the)?|və|и))+$",
    re.IGNORECASE,
)


# Groups met as such: "members of the Femida Volunteers Organisation", "representatives
# of NGOs", "residents of ...", "ambassadors of EU member states"; Russian and Azerbaijani.
_ENGLISH_GROUPS = (
    r"(?:(?:women|young|intern|military|local|foreign)\s+)?(?:members|representatives|"
    r"residents|ambassadors|"
    r"judges|officials|prisoners|children|journalists|lawyers|experts|activists|teachers|"
    r"heads|students|volunteers|staff|employees|families|relatives|participants|"
    r"convicts|inmates|detainees|administration|management|servicemen|soldiers|"
    r"schoolchildren|pupils|citizens|youth|veterans|refugees|parents|deputies|"
    r"graduates|interns|ombudsmen|diplomats|doctors|athletes|personnel|people)"
)
_GROUP = re.compile(
    # "the members of", "a group of children", "three members on", "20 representatives from".
    r"^(?:the\s+|a\s+group\s+of\s+|a\s+number\s+of\s+|(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|some|many)\s+)?"
    # Groups of one body listed together: "parents and teachers of the school".
    rf"(?P<group>{_ENGLISH_GROUPS}(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?{_ENGLISH_GROUPS})*|"
    r"член\w+|представител\w+|жител\w+|посл(?:ами|ов)|студент\w+|волонт[её]р\w+|сотрудник\w+|"
    r"делегаци\w+|состав(?:а|ом)?|команд\w+|лиц(?:а|ами|ам)?|заключенн\w+|осужденн\w+|"
    r"военнослужащ\w+|журналист\w+|дет(?:ьми|ей|и)|школьник\w+|учащ\w+|воспитанник\w+|"
    r"беженц\w+|переселенц\w+|ветеран\w+|юрист\w+|адвокат\w+|эксперт\w+|депутат\w+|"
    r"участник\w+|молодеж\w+|молодёж\w+|родител\w+|гражданам\w*|граждан|послами)"
    # Met "there" or "here", or named alone: a group with no body named.
    r"(?:\s+(?:there|here)\s*$|\s*$|"
    r",?\s+(?:(?:of|on|from|из|от)\s+(?:the\s+)?)?"
    # "children who will participate in the 6th National Forum": the forum is the body.
    r"(?:(?:who|that)\s+(?:\w+\s+){0,4}?(?:in|at)\s+(?:the\s+)?)?"
    r"(?P<organisation>.{2,160}?)\s*$)|"
    r"^(?P<organisation2>.{3,160}?)\s+(?P<group2>nümayəndə\s+heyəti|nümayəndələri|nümayəndələr|"
    r"üzvləri|üzvlər|"
    r"sakinləri|sakinlər|səfirləri|səfirlər|tələbələri|könüllüləri|əməkdaşları|rəhbərləri)"
    r"(?:[lI]\w*)?\s*$|"
    # The body's name before the English group noun: "Amnesty International representatives",
    # "the Norland Red Cross delegation" (the body capitalised: "the local officials" is none).
    r"^(?:the\s+|an?\s+)?(?P<organisation3>(?-i:[A-Z])[^,;()]{1,150}?)(?<!['’]s)\s+"
    r"(?P<group3>representatives|officials|delegation|staff|members|employees|experts|"
    r"leadership|management|team)\s*$",
    re.IGNORECASE,
)


# A people's adjective before a group noun, no body's name: "Turkish", "Norwegian".
_NATIONALITY = re.compile(r"(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ch))")


# A clause after a group's body that says what its members do.
_GROUP_CLAUSE = re.compile(
    r"\s+(?:who|which|that|where|supervising|working|living|serving|participating|taking|"
    r"attending|visiting|during|there|here|within|as\s+part)\b.*$"
)


# When and where a meeting was, printed after the body met: "the Council of Europe on 12
# May", "of the UN in Baku", "Совета Европы 12 мая в Баку". Dates need their digits (or
# a weekday); a place is capitalised ("in Baku", not "Women in law"), or the capital.
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE_TAIL = (
    rf"on\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN}(?!\w)|"
    rf"on\s+{MONTH_PATTERN}\s+\d{{1,2}}\b|on\s+{_WEEKDAYS}\b|"
    rf"on\s+\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|in\s+(?:{MONTH_PATTERN}\s+)?\d{{4}}\b|"
    r"(?:yesterday|today|earlier\s+today|this\s+week|last\s+week)\b|"
    r"(?:via|during|within\s+the\s+framework|on\s+the\s+sidelines|on\s+the\s+occasion|"
    r"on\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+)?visit)\b|"
    rf"\d{{1,2}}\s+{MONTH_PATTERN}(?!\w)|в\s+ходе\b|во\s+время\b"
)
_PLACE_TAIL = (
    # "Co-operation in Europe" is the OSCE's name.
    r"(?:in|at)\s+(?:the\s+)?(?:capital|city)\b|(?<!operation\s)in\s+(?-i:[A-Z])|"
    # A town in Russian is one word ("в Баку"), not "в Российской Федерации" of a title.
    r"в\s+(?-i:[А-ЯЁ])[\w-]+(?=\s*$|,|\s+\d)"
)
# A match starts where a run of spaces does (or at its comma): tried once per run, linear.
# (The run is taken whole by a look-ahead's capture, as a possessive "\s++" would, which
# Python 3.10 lacks.)
_RUN_START = r"(?:,(?=(?P<after_comma>\s*))(?P=after_comma)|(?<![\s,])(?=(?P<run>\s+))(?P=run))"
_CIRCUMSTANCE = re.compile(rf"{_RUN_START}(?:{_DATE_TAIL}|{_PLACE_TAIL}).*$", re.IGNORECASE)
_WHEN = re.compile(rf"{_RUN_START}(?:{_DATE_TAIL}).*$", re.IGNORECASE)


def strip_circumstances(text: str, *, places: bool = True) -> str:
    """Cut the date (and, with ``places``, the place) printed after a body met.

    Example:
        >>> strip_circumstances("Council of Europe on 12 May in Strasbourg")
        'Council of Europe'
        >>> strip_circumstances("UN Office in Baku"), strip_circumstances("ООН в Баку")
        ('UN Office', 'ООН')
        >>> strip_circumstances("school No. 5 in Norcity on 12 May", places=False)
        'school No. 5 in Norcity'
        >>> strip_circumstances("Organization for Security and Co-operation in Europe")
        'Organization for Security and Co-operation in Europe'
    """
    return (_CIRCUMSTANCE if places else _WHEN).sub("", text)


# A word of any script ("Zieliński", "Babaoğlu", "O'Neill"); capitals are checked in code.
NAME_TOKEN = r"[^\W\d_][\w'’-]*"


# Capitalised words that are parts of roles, organisations, events, days and places, not
# names ("the Georgian Public Defender", "on Human Rights Day", "the Norland Red Cross").
_NOT_NAMES = frozenset(
    """the a an of and to for in on at by with chairman chairperson deputy ambassador
    permanent representative president member secretary general minister head director
    commissioner ombudsman ombudswoman ombudsperson parliament parliamentary assembly union
    republic office community council committee delegation mission embassy agency
    organization organisation national human rights united nations western eastern northern
    southern azerbaijan azerbaijani austria ukraine ukrainian armenia armenian turkey russia
    georgia osce pace un eu nato ohchr unicef unhcr icrc undp extraordinary plenipotentiary
    special rapporteur high adviser advisor chief senior international affairs foreign
    caucasus south north europe european state states coordinator resident association bar
    commission court ministry bank university center centre institute foundation society
    federation fund programme program board network service department academy school
    college hospital company group central asia africa america middle east west pacific
    latin balkans baltic speaker prime prosecutor mayor governor rector dean judge consul
    envoy counsellor counselor attaché attache
    public defender advocate people's mediator vice attorney auditor inspector manager
    officer executive consultant spokesperson spokesman chancellor mr ms mrs dr prof sir
    professor academician colonel lieutenant
    day week year holiday anniversary forum conference congress summit festival contest
    competition olympiad championship award prize medal cross crescent
    monday tuesday wednesday thursday friday saturday sunday
    baku ganja shusha sumgait nakhchivan khankendi geneva strasbourg vienna brussels ankara
    istanbul moscow kyiv tbilisi warsaw""".split()
)


# Stems of Russian words of organisations and places, not names ("делегацию Совета
# Европы"): a word is one when it is the stem and an inflection's few letters.
_RUSSIAN_NOT_NAMES = (
    "совет", "европ", "организац", "объедин", "наци", "комисс", "комитет", "республик",
    "министерств", "университет", "посольств", "офис", "институт", "союз", "парламент",
    "ассамбле", "государств", "федерац", "агентств", "фонд", "центр", "палат", "бюро",
    "мисси", "программ", "ассоциац", "служб", "академи", "азербайджан", "росси", "украин",
    "турци", "грузи", "казахстан", "узбекистан", "аппарат", "омбудсмен", "уполномоченн",
    "делегац", "верховн", "национальн", "международн", "генеральн",
)  # fmt: skip


# Stems of Azerbaijani words of organisations, places and titles, not names ("Böyük
# Britaniya", "Avropa İttifaqı", "Norland Universitetini"), read as russian_non_name's.
_AZERBAIJANI_NOT_NAMES = (
    "avropa", "britaniya", "böyük", "birləşmiş", "krallı", "ittifaq", "respublika", "şimali",
    "cənubi", "qərbi", "şərqi", "mərkəzi", "dövlət", "milli", "beynəlxalq", "universitet",
    "institut", "komitə", "şura", "nazirli", "təşkilat", "müəssisə", "xidmət", "aparat",
    "idarə", "mərkəz", "məktəb", "xəstəxana", "hissə", "rayon", "şəhər", "kənd", "palata",
    "parlament", "məclis", "assosiasiya", "birliy", "birlik", "cəmiyyət", "komissiya",
    "səfirli", "nümayəndəli", "akademiya", "lisey", "kollec", "agentli", "departament",
    "şöbə", "qurum", "federasiya", "təsisat", "məhkəmə", "prokurorlu", "ombudsman",
    "müvəkkil", "səfir", "sədr", "nümayəndə", "prezident", "nazir", "rəhbər", "katib",
    "deputat", "müavin", "həmsədr", "amerika", "türkiyə", "gürcüstan", "ukrayna", "rusiya",
    "almaniya", "fransa", "italiya", "azərbaycan", "qızıl", "xaç", "aypara", "ştat",
    # Honorifics and titles that may stand capitalised before a name ("Cənab Ola Berq").
    "cənab", "xanım", "doktor", "professor", "akademik", "dosent", "rektor", "prorektor",
    "direktor", "koordinator", "müşavir", "konsul", "attaşe", "general", "spiker",
    "ekspert", "mütəxəssis",
    # Ombudsmen's titles of other countries: "Xalq Vəkili" (People's Advocate, Moldova),
    # "İctimai Müdafiəçi" (Public Defender, Georgia); "vəkili", not "vəkil" ("Vəkilov").
    "xalq", "vəkili", "ictimai", "müdafiəçi",
    # Countries (of five letters or more: a stem is a word's start, and "Çin" starts
    # "Çingiz") that may stand before a title and a name.
    "norveç", "isveç", "niderland", "finlandiya", "danimarka", "polşa", "yaponiya",
    "hindistan", "qazaxıstan", "özbəkistan", "qırğızıstan", "türkmənistan", "tacikistan",
    "moldova", "belarus", "latviya", "litva", "estoniya", "rumıniya", "bolqarıstan",
    "macarıstan", "çexiya", "slovakiya", "serbiya", "xorvatiya", "yunanıstan", "ispaniya",
    "portuqaliya", "avstriya", "belçika", "irlandiya", "kanada", "meksika", "braziliya",
    "pakistan", "əfqanıstan", "səudiyyə", "küveyt", "iordaniya", "israil", "koreya",
    "indoneziya", "malayziya", "avstraliya", "sloveniya", "monteneqro",
)  # fmt: skip


def _azerbaijani_non_name(token: str) -> bool:
    # Lowered by the Azerbaijani alphabet ("İttifaqı" is "ittifaqı": casefold gives an "i"
    # and a combining dot) and, as the token may be English ("Institution"), by fold.
    return any(
        folded.startswith(stem) and len(folded) <= len(stem) + 4
        for folded in {azerbaijani_lower(token), fold(token)}
        for stem in _AZERBAIJANI_NOT_NAMES
    )


def russian_non_name(token: str) -> bool:
    """Tell whether a Russian word is one of an organisation or place, not of a name.

    Example:
        >>> russian_non_name("Совета"), russian_non_name("Бергом")
        (True, False)
        >>> russian_non_name("России"), russian_non_name("Росси")
        (True, False)
    """
    folded = token.casefold()
    # A stem in "-и" is no word without its ending ("России", "миссия"): "Росси" is a name.
    return any(
        folded.startswith(stem) and len(stem) + stem.endswith("и") <= len(folded) <= len(stem) + 3
        for stem in _RUSSIAN_NOT_NAMES
    )


# Words that complete a title after "of" ("Minister of Justice") rather than name the
# country or organisation the person represents.
_ROLE_COMPLEMENTS = frozenset(
    """justice health education interior defence defense labour labor culture finance economy
    agriculture energy youth sport sports ecology transport science state""".split()
)


# A ministry's matters, which a role's "and" joins ("Labour and Social Protection").
_PORTFOLIO = _ROLE_COMPLEMENTS | frozenset(
    """protection affairs development security welfare population migration emergency
    emergencies situations tourism environment resources trade industry innovation
    infrastructure communications technologies equality family families""".split()
)


# Words after "of" that complete a title and name no country: "Head of Office".
_NOT_PLACES = frozenset(
    "office mission department division staff cabinet apparatus delegation".split()
)


# Words that, standing just before capitalised words, make them an organisation or a
# place ("of the Norland Bar Association"), not a person's name.
_BEFORE_NON_NAMES = frozenset({"of", "the", "to", "for", "at", "in", "from", "on"})


_DEMONYMS = {
    "us": "United States",
    "u.s.": "United States",
    "american": "United States",
    "ukrainian": "Ukraine",
    "georgian": "Georgia",
    "turkish": "Turkey",
    "russian": "Russia",
    "german": "Germany",
    "french": "France",
    "british": "United Kingdom",
    "italian": "Italy",
    "polish": "Poland",
    "kazakh": "Kazakhstan",
    "uzbek": "Uzbekistan",
    "pakistani": "Pakistan",
    "iranian": "Iran",
    "chinese": "China",
    "japanese": "Japan",
    "swiss": "Switzerland",
    "korean": "Korea",
    "qatari": "Qatar",
    "norwegian": "Norway",
    "swedish": "Sweden",
    "finnish": "Finland",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "belgian": "Belgium",
    "austrian": "Austria",
    "hungarian": "Hungary",
    "czech": "Czech Republic",
    "romanian": "Romania",
    "bulgarian": "Bulgaria",
    "greek": "Greece",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "irish": "Ireland",
    "israeli": "Israel",
    "egyptian": "Egypt",
    "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates",
    "indian": "India",
    "indonesian": "Indonesia",
    "malaysian": "Malaysia",
    "mexican": "Mexico",
    "canadian": "Canada",
    "brazilian": "Brazil",
    "moldovan": "Moldova",
    "belarusian": "Belarus",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "estonian": "Estonia",
    "serbian": "Serbia",
    "croatian": "Croatia",
    "slovak": "Slovakia",
    "albanian": "Albania",
    "kyrgyz": "Kyrgyzstan",
    "tajik": "Tajikistan",
    "turkmen": "Turkmenistan",
    "afghan": "Afghanistan",
    "iraqi": "Iraq",
    "jordanian": "Jordan",
    "kuwaiti": "Kuwait",
}


def demonym_country(word: str) -> str | None:
    """Return the country a demonym names ("Turkish": Turkey), else ``None``.

    Example:
        >>> demonym_country("Turkish"), demonym_country("Norland")
        ('Turkey', None)
    """
    return _DEMONYMS.get(word.casefold())


CYRILLIC = re.compile("[\u0400-\u04ff]")
# Compiled once: these run for every phrase and token of every meeting sentence.
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_OF_THE = re.compile(r"\s+(?:of|to|at)\s+the\s+")
# A title's matter: "Special Rapporteur on the situation of ...", "Representative on Freedom".
_ON_A_MATTER = re.compile(r"\s(?:on|for)\s+[^\s]+(?:\s+[^\s]+)?$")
_OF_WHOM = re.compile(rf"\s+of\s+(?P<whom>{NAME_TOKEN}|[A-Z]{{2,}})(?:\s+to\s+{NAME_TOKEN})?$")
_INITIAL = re.compile(r"[^\W\d_]\.")
# "and" in the three languages: "və" (Azerbaijani), "и" (Russian).
_AND = r"(?:and|as\s+well\s+as|və|и)"
# "Ambassador Extraordinary and Plenipotentiary" is one title: its "and" joins no two people.
_TITLE_AND = r"(?<![Ee]xtraordinary)"
_LIST_SEPARATOR = re.compile(rf",\s*(?:{_AND}\s+)?|{_TITLE_AND}\s+{_AND}\s+")
_LIST_PARTS = re.compile(rf"(,\s*(?:{_AND}\s+)?|{_TITLE_AND}\s+{_AND}\s+)")


def split_role(phrase: str) -> tuple[str | None, str | None, str | None]:
    """Split "the chief adviser to the Office of X" into role, organisation, country."""
    phrase = HONORIFIC_END.sub("", phrase.strip(" ,"))
    phrase = _ARTICLE.sub("", phrase.strip(" ,"))
    if not phrase:
        return None, None, None
    country = None
    first = phrase.split()[0].casefold()
    if first in _DEMONYMS:
        country = _DEMONYMS[first]
        phrase = phrase.split(None, 1)[1] if " " in phrase else phrase
    role, organisation = phrase, None
    split = _OF_THE.search(phrase)
    if split is not None and _ON_A_MATTER.search(phrase, 0, split.start()):
        split = None  # "Representative on Freedom of the Media": one title
    if split is not None:
        # The body, not the date or place after it ("of the Council of Europe on 12 May").
        role, organisation = phrase[: split.start()], strip_circumstances(phrase[split.end() :])
    else:
        # "Ombudsman of Westvale", "Ambassador of Norland to Azerbaijan": the country the
        # person represents; "Representative of UNHCR": an organisation, by its acronym.
        of = _OF_WHOM.search(phrase)
        if (
            of is not None
            and of["whom"][0].isupper()
            and of["whom"].casefold() not in _ROLE_COMPLEMENTS
            and of["whom"].casefold() not in _NOT_PLACES  # "Head of Office"
        ):
            role = phrase[: of.start()]
            if of["whom"].isupper():
                organisation = of["whom"]
            else:
                country = country or of["whom"]
    return role or None, organisation or None, country


@functools.lru_cache(maxsize=65_536)
def is_name_word(token: str, *, first: bool) -> bool:
    """Tell whether a word may be part of a person's name (``first``: not the last word).

    Asked of the same words in every article, so each answer is kept.
    """
    if first and _INITIAL.fullmatch(token):  # an initial: "P."
        return token[0].isupper()
    folded = token.casefold()
    return (
        token[0].isupper()
        and any(ch.islower() for ch in token)
        and all(ch.isalpha() or ch in "'’-" for ch in token)
        and folded not in _NOT_NAMES
        # "Chairperson-in-Office", "Secretary-General", "Vice-Rector": a title's words.
        and not ("-" in folded and any(part in _NOT_NAMES for part in folded.split("-")))
        and not (CYRILLIC.match(token) and russian_non_name(token))
        and not _azerbaijani_non_name(token)
    )


@functools.lru_cache(maxsize=65_536)
def is_name(text: str) -> bool:
    """Tell whether two or three words read as a person's name (capitals, no role words).

    Asked of the same words in every article (what follows each title of hers), so each
    answer is kept.
    """
    tokens = text.split()
    return (
        2 <= len(tokens) <= 3
        and all(
            is_name_word(token, first=index < len(tokens) - 1)
            for index, token in enumerate(tokens)
        )
        and not (CYRILLIC.match(tokens[0]) and russian_common_words(tokens))
    )


@attrs.frozen(kw_only=True)
class NameContext:
    """What naming a person needs to know of the article and the sentence."""

    language: str | None = None
    case: AzerbaijaniCase = "nominative"
    #: The case a Russian verb governs ("приняла" + accusative, "с" + instrumental).
    governed: str | None = None
    body: str = ""


def make_person(name: str, *, context: NameContext, **fields: object) -> Person:
    """Make a person with the name in dictionary form and the printed form kept."""
    lemma = dictionary_form(
        name,
        language=context.language,
        case=context.case,
        governed=context.governed,
        context=context.body,
    )
    return Person(
        name=lemma,
        key=person_key(lemma),
        printed=name if lemma != name else None,
        **fields,  # type: ignore[arg-type]
    )


# The end of a dateline or heading before a role: "Baku: ", "/AGENCY/- ", " - ".
_ROLE_PREFIX = re.compile(r"^[^:]{1,40}:\s+|/\s*[-–—]\s*|\s[-–—]\s")
# What leads to a name without being its role: "in Geneva with", "officials, including".
_LEAD_IN = re.compile(r"^(?:.*\s)?(?:with|including|among\s+them|namely)(?:\s+|$)", re.IGNORECASE)
# An appositive that is a role: "the UN Deputy High Commissioner", "UNICEF Regional Director".
_ROLE_AFTER = re.compile(
    r"^(?:the\s+|a\s+)?(?:[A-Z]|(?:member|head|chairman|chairperson|chair|deputy|director|"
    r"president|ambassador|representative|rapporteur|adviser|advisor|secretary|minister|"
    r"coordinator|expert|professor|rector|judge|officer|counsellor|counselor)\b|"
    # Russian, in the case of the name before it: "Олой Бергом, главой делегации МККК".
    r"(?:глав|председател|директор|посл|представител|руководител|заместител|советник|член|"
    r"министр|депутат|секретар|координатор|уполномоченн|омбудсмен|президент|эксперт|"
    r"профессор|ректор|судь|начальник|сотрудник|консул)[а-яё]*\b)"
    r"[\w'’-]*(?:\s+[\w'’().-]+){0,11}$"
)


def _with_role_after(person: Person, segment: str) -> Person:
    """Give a person met by name the role its appositive states, when it is one."""
    text = segment.strip().rstrip(".")
    if not _ROLE_AFTER.match(text):
        return person
    role, organisation, country = split_role(re.sub(r"^(?:the|a)\s+", "", text))
    if role is None:
        return person
    return attrs.evolve(
        person,
        role=role,
        organisation=person.organisation or organisation,
        country=person.country or country,
    )


# Particles inside a name: "Luca Di Gianfrancesco", "Maryam bint Abdullah Al Attiyah",
# "Луку Ди Джанфранческо"; and how many words a name with them may have.
_PARTICLES = frozenset(
    """di de da del della van von der den al el bin bint ibn abu le la du dos do
    ди де да дель ван фон дер аль эль бин бинт ибн абу ле ля дю""".split()
)
_LONGEST_NAME = 6


def _with_particles(tokens: list[str], size: int) -> int:
    """How many of the last tokens a name of ``size`` found at the end spans with its particles.

    A name that starts with a particle takes the name word before it ("Луку Ди
    Джанфранческо"); a lower-case particle before the name joins it with the name word
    before that ("Maryam bint Abdullah Al Attiyah").
    """
    while size < min(len(tokens), _LONGEST_NAME):
        first = tokens[-size]
        before = tokens[-size - 1]
        if first.casefold() in _PARTICLES and is_name_word(before, first=True):
            size += 1
        elif (
            before.islower()
            and before in _PARTICLES
            and size + 2 <= min(len(tokens), _LONGEST_NAME)
            and is_name_word(tokens[-size - 2], first=True)
        ):
            size += 2
        else:
            break
    return size


# A role's word glued to the name that follows: "MinisterUnal Üstel", "withPresident".
_GLUED_ROLE = re.compile(r"(?P<word>[A-Za-z][a-z]+)(?=[A-Z][a-z])")


def _name_before_tail(tokens: list[str]) -> str | None:
    """Return the last name of Russian tokens that lower-case words follow, or ``None``.

    "послом Норландии Олой Бергом в Аппарате омбудсмена": where, when or the next
    verb after the name ("в Баку", "рассказала ...") is its tail, not part of it.
    """
    for end in range(len(tokens) - 1, 1, -1):
        if tokens[end][:1] in _RUSSIAN_LOWER and tokens[end - 1][:1] in _RUSSIAN_UPPER:
            name = _name_at_end(tokens[:end])
            if name is not None:
                return name
    return None


_RUSSIAN_UPPER = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_RUSSIAN_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def _name_at_end(tokens: list[str], *, role_runs_on: bool = False) -> str | None:
    """Return the name that ends the tokens, with its particles, or ``None``.

    Russian names are two words after a role that may end in a capitalised country
    ("послом Норландии Олой Бергом"). Azerbaijani ones may be three ("Xuan Karlos
    Mendes"), as English ones: the capitalised words that may stand before a name there
    (honorifics, titles, countries) are no name's words (``_AZERBAIJANI_NOT_NAMES``).
    ``role_runs_on``: the tokens follow a role's "and" (no name before it).
    """
    cyrillic = bool(tokens) and CYRILLIC.search(tokens[-1]) is not None
    sizes = (2,) if cyrillic else (3, 2)
    for size in sizes:
        before = tokens[-size - 1].casefold() if len(tokens) > size else ""
        if (
            role_runs_on
            and size == 3
            and len(tokens) > 3
            and tokens[-4][:1].isupper()
            and is_name_word(tokens[-4], first=True)
        ):
            # Four capitalised words after a role's "and": the role's last words run into
            # the name ("Minister of Labour and Social Protection Ola Berg"); take two.
            continue
        if role_runs_on and any(t.casefold() in _PORTFOLIO for t in tokens[-size:]):
            continue  # "Minister of Labour and Social Protection": the role's, no name
        if (
            len(tokens) >= size
            and is_name(" ".join(tokens[-size:]))
            and before not in _BEFORE_NON_NAMES
        ):
            return " ".join(tokens[-_with_particles(tokens, size) :])
    size = _surname_after_particles(tokens)
    if (
        size
        and (tokens[-size - 1].casefold() if len(tokens) > size else "") not in _BEFORE_NON_NAMES
    ):
        return " ".join(tokens[-size:])
    return None


def _surname_after_particles(tokens: list[str]) -> int:
    """How many last tokens a name of one surname after lower-case particles spans, or 0.

    "Sanne de Fris", "Ludwig van der Berg", "Санне де Врис": a given name, one or two
    particles (:data:`_PARTICLES`), the surname.
    """
    if len(tokens) < 3 or not is_name_word(tokens[-1], first=False):
        return 0
    start = len(tokens) - 2
    while start >= 1 and len(tokens) - 1 - start < 3 and tokens[start] in _PARTICLES:
        start -= 1
    if start == len(tokens) - 2 or not is_name_word(tokens[start], first=True):
        return 0
    return len(tokens) - start


def people_in_list(
    text: str,
    offset: int,
    paragraph: int,
    *,
    context: NameContext = NameContext(),
) -> list[Person]:
    """Read "role, Name, role Name, and role, Name" lists into people with roles."""
    people: list[Person] = []
    role_start = 0  # where the role of the next name begins in the text
    position = 0
    after_name = False  # the segment before was a name (its appositive may follow)
    separator = ""  # the separator before this segment
    named = True  # the segment before this separator held a name
    role_after: int | None = None  # where the role after the last name begins
    for segment in _LIST_PARTS.split(text):
        seg_start = position
        position += len(segment)
        if not segment.strip() or _LIST_SEPARATOR.fullmatch(segment):
            separator = segment or separator
            continue
        tokens = segment.strip().rstrip(".").split()
        name = None
        # A name ends the segment: "Deputy Chairman Hikmet Babaoglu". Russian names are two
        # words after a role that may end in a capitalised country: "послом Норландии Олой Бергом".
        runs_on = not named and "," not in separator and bool(separator.strip())
        name = _name_at_end(tokens, role_runs_on=runs_on)
        named = name is not None
        separator = ""
        if name is None and tokens and CYRILLIC.match(tokens[0]):
            # "с послом Олой Бергом в Баку", "Олой Бергом рассказала ...": where, when or
            # the next verb after a Russian name, cut off (Azerbaijani puts the verb last;
            # English puts where and when after a comma as often as not).
            name = _name_before_tail(tokens)
        if name is None:
            if after_name and people[-1].role is None:
                # "Ms. Nada Al Nashif, the UN Deputy High Commissioner": the role follows.
                people[-1] = _with_role_after(people[-1], segment)
                if people[-1].role is not None:
                    # "A, the Chairman of X, and B, the Secretary": the role was A's, not B's.
                    role_start = position
                    role_after = seg_start
            elif runs_on and role_after is not None and tokens[0][:1].isupper():
                # "A, Minister of Labour and Social Protection of X": the role's "and".
                people[-1] = _with_role_after(
                    attrs.evolve(people[-1], role=None, organisation=None, country=None),
                    text[role_after:position],
                )
                role_start = position
            after_name = False
            continue
        role_after = None
        after_name = True
        name_start = seg_start + segment.rindex(name)
        glued = _GLUED_ROLE.match(name)
        if glued is not None and glued["word"].casefold() in _NOT_NAMES:
            # "Prime MinisterUnal Üstel": a line's break lost its space (MENAFN copies).
            name = name[glued.end("word") :]
            name_start += glued.end("word")
        # The role is the clause just before the name: "In order to ..., the Ambassador";
        # not what leads to it ("met in Geneva with Ms. ...", "officials, including").
        role_text = HONORIFIC_END.sub("", text[role_start:name_start].strip(" ,"))
        role_text = re.sub(rf"^(?:,\s*)?(?:{_AND}(?:\s+|$))?", "", role_text.rsplit(", ", 1)[-1])
        role_text = _LEAD_IN.sub("", role_text)
        # What a dateline or heading leaves before the role: "Baku: ", "26 Sep. /AGENCY/- ".
        role_text = _ROLE_PREFIX.split(role_text)[-1]
        role, organisation, country = split_role(role_text)
        role_start = name_start + len(name)
        start = offset + name_start
        people.append(
            make_person(
                name,
                context=context,
                role=role,
                organisation=organisation,
                country=country,
                evidence=Span(paragraph=paragraph, start=start, end=start + len(name)),
            )
        )
    return _plural_role_shared(people)


# English roles in the plural that a list of names shares: "ambassadors A, B and C".
_ENGLISH_PLURAL_ROLES = {
    f"{noun}s": noun
    for noun in """ambassador representative member head expert official judge minister
    rapporteur commissioner delegate diplomat deputy adviser advisor counsellor counselor
    director coordinator professor officer lawyer""".split()
} | {"ombudsmen": "ombudsman", "deputies": "deputy"}
# The Azerbaijani possessive after a vowel and after a consonant, by the last vowel.
_AZ_POSSESSIVE = {
    **dict.fromkeys("aı", "ı"),
    **dict.fromkeys("eəi", "i"),
    **dict.fromkeys("ou", "u"),
    **dict.fromkeys("öü", "ü"),
}


def _singular_role(role: str) -> str | None:
    """Return a role in the plural in the singular, or ``None`` if it is no plural.

    English "ambassadors" → "ambassador" (of the role nouns it knows); Azerbaijani
    "Norveçin səfirləri" → "Norveçin səfiri", "nümayəndələri" → "nümayəndəsi" (the
    possessive of a role of a body, by vowel harmony).
    """
    head, _sep, rest = role.partition(" of ")
    words = head.split()
    last = words[-1].casefold() if words else ""
    if last in _ENGLISH_PLURAL_ROLES:
        singular = " ".join([*words[:-1], _ENGLISH_PLURAL_ROLES[last]])
        return f"{singular} of {rest}" if rest else singular
    if rest or not re.fullmatch(r"[a-zəçğıöşü]{3,}l[aə]r[ıi]", last):
        return None
    stem = last[:-4]
    vowels = [ch for ch in stem if ch in _AZ_POSSESSIVE]
    if not vowels:
        return None
    ending = _AZ_POSSESSIVE[vowels[-1]]
    ending = f"s{ending}" if stem[-1] in _AZ_POSSESSIVE else ending
    return " ".join([*words[:-1], stem + ending])


def _plural_role_shared(people: list[Person]) -> list[Person]:
    """Give each name of a list the plural role before the first, in the singular.

    "ambassadors Lukas Hofer and Sanne de Vries", "Norveçin səfirləri Ola Berq və Ana
    Lind": the role is each one's. Left as it is when any other name has a role.
    """
    if len(people) < 2 or people[0].role is None or any(p.role for p in people[1:]):
        return people
    singular = _singular_role(people[0].role)
    if singular is None:
        return people
    first = people[0]
    return [
        attrs.evolve(
            person,
            role=singular,
            organisation=person.organisation or first.organisation,
            country=person.country or first.country,
        )
        for person in people
    ]


# A role met without a name in Russian or Azerbaijani: "президентом Европейского
# института омбудсмена" (the role, then the body in the genitive), "Avropa Ombudsman
# İnstitutunun prezidenti" (the body in the genitive, then the role).
_RUSSIAN_ROLE_FIRST = re.compile(
    r"^(?P<role>(?:[а-яё-]+\s+){1,3}?)(?P<organisation>[А-ЯЁ].{2,150})$"
)
_AZERBAIJANI_ROLE_LAST = re.compile(
    r"^(?P<organisation>[A-ZƏÇĞİÖŞÜ].{1,150}?(?:n[ıiuü]n|[ıiuü]n|-[ıiuü]n|-n[ıiuü]n))"
    r"\s+(?P<role>(?:[a-zəçğıöşü]+\s+){0,2}[a-zəçğıöşü]+)$"
)


# An Azerbaijani group: "Norkənd rayonunun sakinləri" (the district's residents), "hərbi
# qulluqçularla" (with servicemen), "Universitetin müəllim və tələbələrini": the body in
# the genitive, if any, then the plural noun (with its adjective or a noun joined by
# "və"), then the case ending the sentence gives it.
_AZ_LOWER = "a-zəçğıöşü"
_AZERBAIJANI_GROUP = re.compile(
    rf"^(?:(?P<organisation>.{{2,160}}?(?:n[ıiuü]n|-[ıiuü]n))\s+)?"
    rf"(?P<group>(?:[{_AZ_LOWER}-]+\s+və\s+)?(?:(?![{_AZ_LOWER}-]*n[ıiuü]n\s)[{_AZ_LOWER}-]+\s+)?"
    rf"[{_AZ_LOWER}-]+(?:lar|lər)(?:ı|i)?|nümayəndə\s+heyəti|rəhbərliyi|kollektivi)"
    r"(?P<ending>n[ıi]|y?l[aə])?\s*$"
)
# The case endings a group's noun takes: "tələbələrini" (accusative), "-la"/"-ylə" (with).
_AZERBAIJANI_GROUP_ENDINGS: dict[str, tuple[str, ...]] = {
    "accusative": ("nı", "ni"),
    "instrumental": ("la", "lə", "yla", "ylə"),
}


def _azerbaijani_group(
    phrase: str, case: AzerbaijaniCase, offset: int, paragraph: int
) -> Person | None:
    """Read an Azerbaijani group met, its body in the nominative, or ``None``."""
    match = _AZERBAIJANI_GROUP.match(phrase)
    if match is None:
        return None
    ending = match["ending"]
    if ending and ending not in _AZERBAIJANI_GROUP_ENDINGS.get(case, ()):
        return None  # "…ni" where the sentence gives no accusative: not a group's ending
    role = match["group"]
    printed = match["organisation"]
    organisation = organisation_nominative(printed, language="az") if printed else None
    at = offset + match.start("organisation" if printed else "group")
    return Person(
        name="",
        key=person_key(organisation or role),
        role=role,
        organisation=organisation,
        evidence=Span(paragraph=paragraph, start=at, end=offset + match.end("group")),
    )


# A country's title, its country before it uninflected (izafet): "Türkiyə Baş Ombudsmanı",
# "Qazaxıstan ombudsmanı" (the ombudsman of Kazakhstan); in the plural for several
# countries, "Qazaxıstan və Özbəkistan ombudsmanları" (the ombudsmen of both).
_AZ_TITLE_OF_COUNTRY = re.compile(
    r"(?P<country>[A-ZÇƏĞIİÖŞÜ][\w'’-]*(?:\s+[A-ZÇƏĞIİÖŞÜ][\w'’-]*){0,2}?)\s+"
    r"(?P<title>(?:[Bb]aş\s+)?(?:[Oo]mbudsman|[Mm]üvəkkil|[Ss]əfir|[Kk]onsul|[Ss]ədr|"
    r"[Pp]rezident|[Nn]azir|[Dd]irektor|[Rr]əhbər))(?:l[aə]r)?[ıiuü]"
)
# A country alone in such a list: it shares the title of the next ("Qazaxıstan və ...").
_AZ_COUNTRY_ALONE = re.compile(r"[A-ZÇƏĞIİÖŞÜ][\w'’-]*(?:\s+[A-ZÇƏĞIİÖŞÜ][\w'’-]*){0,2}")
# The case ending after a title's possessive ending: "ombudsmanının", "səfirini", "sədrinə".
_AZ_AFTER_POSSESSIVE = re.compile(r"(?<=[ıiuü])(?:n[ıiuü]n|n[ıiuü]|n[aə])$")
# Where a list of Azerbaijani groups and titles parts: a comma, "və".
_AZ_LIST_PARTS = re.compile(r",\s+(?:və\s+)?|\s+və\s+")


# Several countries' holders of one office, then their names in the same order: "İsveçrə,
# Niderland və Finlandiyanın (ölkəmizdəki) səfirləri A, B və C" (the ambassadors of the
# three, respectively). The countries share the last one's genitive ending (or each has
# its own); what qualifies the office may stand between ("ölkəmizdəki", in our country).
_AZ_OFFICE_HOLDERS = re.compile(
    r"^(?P<countries>.+?)\s+(?:[a-zəçğıöşü]+(?:dakı|dəki)\s+)?"
    r"(?P<office>[a-zəçğıöşü]{3,})l[aə]r[ıi]\s+(?=[A-ZÇƏĞIİÖŞÜ])"
)


def azerbaijani_office_holders(
    phrase: str, offset: int, paragraph: int, *, context: NameContext
) -> list[Person]:
    """Read "A, B və C-nin səfirləri X, Y və Z" as X of A, Y of B, Z of C, or ``[]``.

    Each person gets the office in the singular (``role`` "səfir") and the country in
    the nominative; read only when the countries and the names are as many (two or more)
    and each country is capitalised words, so any other list is left to
    :func:`people_in_list`.

    Example:
        >>> people = azerbaijani_office_holders(
        ...     "Norveç və İsveçin səfirləri Ola Berq və Ana Lind", 0, 0, context=NameContext()
        ... )
        >>> [(p.name, p.role, p.country) for p in people]
        [('Ola Berq', 'səfir', 'Norveç'), ('Ana Lind', 'səfir', 'İsveç')]
    """
    match = _AZ_OFFICE_HOLDERS.match(phrase)
    if match is None:
        return []
    countries = _AZ_LIST_PARTS.split(match["countries"])
    if len(countries) < 2 or not all(_AZ_COUNTRY_ALONE.fullmatch(c) for c in countries):
        return []
    names = phrase[match.end() :]
    people = people_in_list(names, offset + match.end(), paragraph, context=context)
    if len(people) != len(countries) or any(p.role for p in people):
        return []
    held: list[Person] = []
    for person, body in zip(people, countries, strict=True):
        nominative = organisation_nominative(body, language="az") if _az_genitive(body) else body
        # "UNICEF və UNDP-nin nümayəndələri": bodies (an acronym) rather than countries.
        acronym = nominative.split("-")[0].isupper()
        held.append(
            attrs.evolve(
                person,
                role=match["office"],
                organisation=nominative if acronym else None,
                country=None if acronym else nominative,
            )
        )
    return held


def _az_genitive(word: str) -> bool:
    """Tell whether an Azerbaijani word ends as a genitive ("Norveçin", "Fransanın")."""
    return word.endswith(("nın", "nin", "nun", "nün")) or (
        not word.isascii() and word.endswith(("ın", "in", "un", "ün"))
    )


def _azerbaijani_titles_and_groups(
    phrase: str, case: AzerbaijaniCase, offset: int, paragraph: int
) -> list[Person] | None:
    """Read countries' titles, alone or in a list with groups, one counterpart each.

    "Türkiyə Baş Ombudsmanı, Qazaxıstan və Özbəkistan ombudsmanları və milli insan
    hüquqları institutlarının nümayəndələri" is four: the title of each country (its
    ``role`` in dictionary form, its ``country``), a country alone sharing the next
    title, and a group (:func:`_azerbaijani_group`). The sentence's case ending stands
    on the last item only. ``None`` unless every item reads so and one is a title.
    """
    if any(mark in phrase for mark in '()"«“'):
        return None
    bounds = [0]
    for part in _AZ_LIST_PARTS.finditer(phrase):
        bounds += [part.start(), part.end()]
    bounds.append(len(phrase))
    items = [(bounds[i], phrase[bounds[i] : bounds[i + 1]]) for i in range(0, len(bounds), 2)]
    people: list[Person] = []
    waiting: list[tuple[int, str]] = []  # countries alone, before the title they share
    titled = False
    for number, (start, item) in enumerate(items):
        last = number == len(items) - 1
        bare = _AZ_AFTER_POSSESSIVE.sub("", item) if last and case != "nominative" else item
        title = _AZ_TITLE_OF_COUNTRY.fullmatch(bare)
        if title is not None and _az_genitive(title["country"].rsplit(None, 1)[-1]):
            title = None  # "Norveçin səfiri": the body's role (below), not an izafet
        if title is not None:
            role = title["title"]
            role = role if role[:1].islower() or " " in role else role.lower()
            for at, country in [*waiting, (start, title["country"])]:
                people.append(
                    Person(
                        name="",
                        key=person_key(f"{country} {role}"),
                        role=role,
                        country=country,
                        evidence=Span(
                            paragraph=paragraph,
                            start=offset + at,
                            end=offset + (start + len(item) if at == start else at + len(country)),
                        ),
                    )
                )
            waiting = []
            titled = True
            continue
        if not last and _AZ_COUNTRY_ALONE.fullmatch(item):
            waiting.append((start, item))
            continue
        if last and case == "genitive":  # "... nümayəndələrinin": the group, its ending off
            group = _azerbaijani_group(bare, "nominative", offset + start, paragraph)
        else:
            group = _azerbaijani_group(
                item, case if last else "nominative", offset + start, paragraph
            )
        body_role = None if group is not None else _AZERBAIJANI_ROLE_LAST.fullmatch(bare)
        if body_role is not None:  # "BMT-nin rezident koordinatoru": a body's role
            organisation = organisation_nominative(body_role["organisation"], language="az")
            group = Person(
                name="",
                key=person_key(organisation),
                role=body_role["role"],
                organisation=organisation,
                evidence=Span(
                    paragraph=paragraph, start=offset + start, end=offset + start + len(bare)
                ),
            )
            titled = titled or len(items) == 1
        if group is None:
            return None
        if waiting:
            # "Fransanın və Almaniyanın səfirləri": the bodies before share the role.
            if group.organisation is None or not all(_az_genitive(c) for _, c in waiting):
                return None
            for at, body in waiting:
                nominative = organisation_nominative(body, language="az")
                people.append(
                    attrs.evolve(
                        group,
                        key=person_key(nominative),
                        organisation=nominative,
                        evidence=Span(
                            paragraph=paragraph, start=offset + at, end=offset + at + len(body)
                        ),
                    )
                )
            waiting = []
            titled = True
        people.append(group)
    return people if titled and not waiting else None


# What is met, received or visited that is no one's role: "met the requirements of the
# Paris Principles", "received the support of ...", "visited the website of the Office".
_NOT_A_ROLE = re.compile(
    r"(?:requirements?|standards?|criteria|demands?|needs|expectations|support|approval|"
    r"consent|status|website|web\s+site|sites?|attention|interest|activit(?:y|ies)|work|"
    r"results?|rules|principles|provisions|norms|conditions|situation|territor(?:y|ies)|"
    r"areas?|ruins|remains|page|account)\b"
    # In lower case: "the Support Group of the Parliament" is a body.
)


# Where the bodies of a group part: "of Norway, Sweden and Finland", "Норвегии и Швеции".
_BODIES_PART = re.compile(r",\s*(?:(?:and|и)\s+)?|\s+(?:and|и)\s+")
# A body named by its matter, whose "and" is inside its name: "the Committee on Legal
# Affairs and Human Rights", "комитета по правовым вопросам и правам человека".
_BODY_OF_A_MATTER = re.compile(r"\s(?:on|for|по)\s")


def _groups_listed(role: str, organisation: str) -> list[tuple[str, str | None]]:
    """Part a group's bodies into one (role, body) each: "ambassadors of Norway and Sweden".

    A body named after the first in capitals is another of the same group ("the
    Ministry of Justice and the Ministry of Internal Affairs"); a word in lower case
    starts a group of its own ("employees of law-enforcement agencies, judges and the
    police"). A body named by its matter is one ("the Committee on Legal Affairs and
    Human Rights"); in Russian, whose genitive complements are in lower case, only
    bodies all in capitals are parted.
    """
    parts = [p.strip() for p in _BODIES_PART.split(organisation)]
    if len(parts) < 2 or _BODY_OF_A_MATTER.search(parts[0]):
        return [(role, organisation)]
    if CYRILLIC.match(organisation):
        if not all(part[:1].isupper() for part in parts):
            return [(role, organisation)]
        return [(role, part) for part in parts]
    items: list[tuple[str, str | None]] = [(role, parts[0])]
    for part in parts[1:]:
        body = _ARTICLE.sub("", part)
        if body:
            items.append((role, body) if body[:1].isupper() else _group_of_its_own(part))
    return items


def _group_of_its_own(part: str) -> tuple[str, str | None]:
    """Read a list's part that starts a group of its own: "representatives of NGOs"."""
    group = _GROUP.match(part)
    if group is None or group["group"] is None:
        return _ARTICLE.sub("", part), None
    return group["group"], group["organisation"]


# The last word of a title met without a name and without a body, of a country alone:
# "the Georgian Public Defender", "the Ombudsman of Kazakhstan" (not "the Turkish side").
_TITLE_HEAD = re.compile(
    r"(?:[A-Z][\w-]*|ombuds(?:man|woman|person)|ambassador|consul|envoy|minister|president|"
    r"chair(?:man|woman|person)?|commissioner|defender|rapporteur|ombudsmen|ambassadors)$"
)


def _title(phrase: str) -> tuple[str, str | None, str | None] | None:
    """Read a role of a body, or a title of a country alone, met without a name."""
    role, organisation, country = split_role(phrase)
    if (
        role is None
        or len(role.split()) > 4
        or _NOT_A_ROLE.match(role) is not None
        or is_name(role)  # "Ola Berg at the Office": a name, not a role of the Office
        or (organisation is None and (country is None or not _TITLE_HEAD.search(role)))
    ):
        return None
    return role, organisation, country if organisation is None else None


def _titles_listed(phrase: str) -> list[tuple[str, str | None, str | None]]:
    """Read one title or a list of them, met without names: (role, organisation, country).

    "the chief adviser to the Office of X" is a role of a body; "the Georgian Public
    Defender" and "the Chief Ombudsman of Türkiye and the Ombudsman of Kazakhstan" are
    titles of countries (:func:`split_role`). A list is read as such only when each of
    its parts is a title; else the phrase is read as one.
    """
    parts = _LIST_SEPARATOR.split(phrase)
    if len(parts) > 1:
        titles = [_title(part) for part in parts]
        if all(titles):
            return [title for title in titles if title is not None]
    title = _title(phrase)
    return [] if title is None else [title]


def unnamed_counterparts(
    phrase: str,
    offset: int,
    paragraph: int,
    *,
    language: str | None = None,
    case: AzerbaijaniCase = "nominative",
) -> list[Person]:
    """Read a group, or a role in an organisation, met without a name in the sentence.

    "members of the Femida Volunteers Organisation" gives one counterpart with
    the organisation set and no name; "the chairman of the Independent Permanent
    Human Rights Commission" a role and an organisation, which a later sentence
    may name (see :func:`_name_later`). In Russian and Azerbaijani the body,
    printed in the genitive, is given in the nominative
    (:func:`~ombudsparse.meetings.names.organisation_nominative`).
    """
    phrase = re.sub(
        r"\s+(?:to|in|at)\s+(?:discuss|Baku|the\s+Office)\b.*$",
        "",
        strip_circumstances(phrase.strip(" ,")),
    )
    if not phrase:
        return []
    if language == "az":
        listed = _azerbaijani_titles_and_groups(phrase, case, offset, paragraph)
        if listed is not None:
            return listed
        az_group = _azerbaijani_group(phrase, case, offset, paragraph)
        if az_group is not None:
            return [az_group]
    group = _GROUP.match(phrase)
    items: list[tuple[str, str | None]]
    countries: list[str | None] = []  # of each item, where a title names it
    if group is not None:
        role = group["group"] or group["group2"] or group["group3"]
        printed = group["organisation"] or group["organisation2"] or group["organisation3"]
        if group["group3"] and _NATIONALITY.fullmatch(printed):
            role, printed = f"{printed} {role}", None  # "Turkish officials": no body named
        if printed is None:  # "met with inmates there": a group, no body named
            items = [(role, None)]
        else:
            organisation = printed.strip(" ,")
            # "election commissions of Ganja supervising the reelections": not the body.
            organisation = _GROUP_CLAUSE.sub("", organisation) or organisation
            items = [(role, organisation)]
            if group["group"]:
                items = _groups_listed(role, organisation)
    else:
        local = (
            _RUSSIAN_ROLE_FIRST.match(phrase)
            if language == "ru"
            else _AZERBAIJANI_ROLE_LAST.match(phrase)
            if language == "az"
            else None
        )
        if local is not None:
            items = _groups_listed(local["role"].strip(), local["organisation"].strip())
        else:
            titles = _titles_listed(phrase)
            if not titles:
                return []
            items = [(role, organisation) for role, organisation, _ in titles]
            countries = [country for _, _, country in titles]
    people = []
    for number, (printed_role, item_organisation) in enumerate(items):
        at = phrase.find(item_organisation) if item_organisation else phrase.find(printed_role)
        length = len(item_organisation or printed_role)
        start = offset + max(at, 0)
        # "с омбудсменами Казахстана": the role in the nominative, as the body is.
        item_role = russian_role_nominative(printed_role) if language == "ru" else printed_role
        nominative = (
            organisation_nominative(item_organisation, language=language)
            if item_organisation
            else None
        )
        country = countries[number] if countries else None
        people.append(
            Person(
                name="",
                key=person_key(nominative or (f"{country} {item_role}" if country else item_role)),
                role=item_role,
                organisation=nominative,
                country=country,
                evidence=Span(paragraph=paragraph, start=start, end=start + length),
            )
        )
    return people


# A name just after a few words and just before a verb of speech: "The IPHRC Chairman
# Saeed Al-Ghufli thanked ...".
_NAMED_SPEAKER = re.compile(
    rf"(?P<before>(?:\S+\s+){{1,4}}?)(?P<name>{NAME_TOKEN}\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN})?)"
    r"(?=\s*(?:,|\s+(?:said|noted|thanked|stressed|emphasized|emphasised|added|spoke|"
    r"expressed|informed|highlighted)\b))"
)
# The same, starting where a run of non-spaces does. A match that starts inside a run
# implies one at the run's start, which a search meets first: after where it starts
# searching, a search finds only matches that start at the start of a run.
_NAMED_SPEAKER_AT_RUN = re.compile(rf"(?<!\S)(?:{_NAMED_SPEAKER.pattern})")


def _named_speakers(paragraph: str) -> Iterator[re.Match[str]]:
    """Yield what ``_NAMED_SPEAKER.finditer`` does, trying few places for a match's start."""
    at = 0
    while True:
        match = _NAMED_SPEAKER.match(paragraph, at) or _NAMED_SPEAKER_AT_RUN.search(paragraph, at)
        if match is None:
            return
        yield match
        at = match.end()


def role_words(role: str, language: str | None) -> set[str]:
    """Return the words of a role (longer than three letters), lowered for the language.

    Azerbaijani is lowered by its own alphabet (``İ`` is ``i``, ``I`` is ``ı``: see
    :func:`~ombudsparse.meetings.names.azerbaijani_lower`), so that "İcraçı" and
    "icraçı" meet; other languages are casefolded.

    Example:
        >>> sorted(role_words("İcraçı direktoru", "az")), sorted(role_words("The Chairman", "en"))
        (['direktoru', 'icraçı'], ['chairman'])
    """
    lower = azerbaijani_lower if language == "az" else str.casefold
    return {word for word in re.findall(r"\w+", lower(role)) if len(word) > 3}


def named_by_role(
    paragraph: str,
    role_words: set[str],
    acronym: str,
    index: int,
    context: NameContext,
    *,
    not_named: re.Pattern[str],
) -> Person | None:
    """Find the person a paragraph names just after a role's word or acronym.

    ``role_words`` are the words of the role met ("chairman", lowered as
    :func:`role_words` lowers them), ``acronym`` the
    organisation's ("IPHRC"); a name that ``not_named`` matches (the host's) is
    passed over. ``index`` is the paragraph's, for the evidence span.
    """
    lower = azerbaijani_lower if context.language == "az" else str.casefold
    folded = lower(paragraph)
    if not any(word in folded for word in role_words) and not (
        len(acronym) >= 3 and lower(acronym) in folded
    ):
        return None  # the role is not named here: no need to look for a name
    for match in _named_speakers(paragraph):
        tokens = match["name"].split()
        while tokens and not is_name(" ".join(tokens)) and len(tokens) > 2:
            tokens = tokens[1:]
        # The role's word may be in the words before the name or be the first of the
        # run read as a name ("... Commission. Chairperson Song Doo-hwan thanked").
        dropped = match["name"].split()[: len(match["name"].split()) - len(tokens)]
        printed_before = " ".join([*match["before"].split(), *dropped])
        before = lower(printed_before)
        if not (
            any(word in before for word in role_words)
            or (len(acronym) >= 3 and lower(acronym) in before)
        ):
            continue
        name = " ".join(tokens)
        if not is_name(name) or not_named.search(name):
            continue
        start = match.start("name") + match["name"].rindex(tokens[0])
        # The words before the name are its role here: "Head of NEI Ola Berg said".
        role, organisation, country = split_role(_ROLE_PREFIX.split(printed_before)[-1])
        return make_person(
            name,
            context=context,
            role=role,
            organisation=organisation,
            country=country,
            evidence=Span(paragraph=index, start=start, end=start + len(name)),
        )
    return None
