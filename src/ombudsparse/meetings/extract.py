"""A transparent, rule-based meeting extractor over an article's sentences.

Texts of this beat are formulaic: "<the Ombudsman> received <role>, <Name>",
"<the Ombudsman> met with <role>, <Name>", "<the Ombudsman>, and <role>,
<Name> held a meeting through videoconferencing". Each rule is a regular
expression over one sentence; every fact keeps the span of the body it came
from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ombudsparse.errors import ParseWarning, WarningCode
from ombudsparse.meetings.model import (
    Figure,
    Meeting,
    MeetingKind,
    MeetingMode,
    Person,
    Span,
    Topic,
)
from ombudsparse.meetings.names import AzerbaijaniCase, dictionary_form, person_key
from ombudsparse.model import Article

__all__ = ["CAMEO", "HOST", "PREDECESSOR", "extract_meetings", "person_key"]

#: The CAMEO event code of each kind of meeting.
CAMEO = {MeetingKind.RECEIVED: "043", MeetingKind.VISITED: "042", MeetingKind.JOINT: "040"}

#: The Ombudsman (since 2019), as one normalised person.
HOST = Person(
    name="Sabina Aliyeva",
    key=person_key("Sabina Aliyeva"),
    role="Commissioner for Human Rights (Ombudsman)",
    country="Azerbaijan",
)

#: The Ombudsman until 2019.
PREDECESSOR = Person(
    name="Elmira Suleymanova",
    key=person_key("Elmira Suleymanova"),
    role="Commissioner for Human Rights (Ombudsman)",
    country="Azerbaijan",
)
_PREDECESSOR = re.compile(r"Suleymanova|Süleymanova|Сулейманова", re.IGNORECASE)

# How the texts name the Ombudsman: her name in en/az/ru, or her titles.
_HOST = re.compile(
    r"(?:Sabina\s+Aliyeva|S\.\s*Aliyeva|Aliyeva|Səbinə\s+Əliyeva|Сабина\s+Алиева|"
    r"(?:Elmira\s+|E\.\s*)?S[uü]leymanova|Эльмира\s+Сулейманова|"
    # The title, also with Azerbaijani case endings ("Ombudsmanda", "Ombudsmanın").
    r"\b(?:the\s+)?(?:Azerbaijani\s+)?Ombuds(?:man|woman|person)(?:ın|a|da|dan|ı)?\b|"
    r"Commissioner\s+for\s+Human\s+Rights|Human\s+Rights\s+Commissioner|"
    # Russian: her name in the nominative and the title.
    r"Алиева|[Оо]мбудсмен\w*|Уполномоченн\w+\s+по\s+правам\s+человека|"
    # Azerbaijani: her name with the letter ə, and the title "müvəkkil".
    r"Əliyeva|[Mm]üvəkkil\w*)",
    re.IGNORECASE,
)
# Russian verbs stand beside the English ones: "приняла" (received), "встретилась с" (met with).
_RECEIVED = re.compile(r"\b(?:has\s+)?(?:received|hosted|принял[аи]?)\s+", re.IGNORECASE)
_MET = re.compile(
    r"\b(?:(?:has\s+|had\s+)?met\s+(?:with\s+)?|встретил(?:ась|ся|ись)\s+со?\s+)",
    re.IGNORECASE,
)
_VISITED = re.compile(r"\b(?:has\s+)?visited\s+", re.IGNORECASE)
_HELD = re.compile(
    r"\b(?:held|had)\s+(?:a|an)\s+(?:online\s+|video\s*|phone\s+|telephone\s+)?"
    r"(?:meeting|conversation|talks?|call|videoconference|video\s+conference)\b|"
    r"\bпровел[аи]?\s+(?:онлайн-?\s*встречу|видеоконференцию|телефонный\s+разговор|встречу)",
    re.IGNORECASE,
)
# "held a meeting": with no word of a phone or a screen, a meeting is face to face
# (a "conversation" or "talks" may be either, and stay unknown).
_IN_PERSON_NOUN = re.compile(r"\b(?:meeting|встреч\w*|görüş)\b", re.IGNORECASE)
# An honorific left at the end of a role, before the name: "Rapporteur ..., Mr." ; and a
# clause that joins a second role: "..., as well as", "and the".
_HONORIFIC_END = re.compile(
    r"(?:(?:^|[\s,]+)(?:Mr|Mrs|Ms|Dr|Prof|г-н|г-жа|cənab|xanım)\.?|[\s,]+(?:as\s+well\s+as|and(?:\s+the)?))+$",
    re.IGNORECASE,
)
# A visit that is not a meeting: to a grave, a memorial, a museum.
_NOT_A_MEETING = re.compile(
    r"^(?:the\s+)?(?:grave|graves|tomb|monument|memorial|cemetery|alley|mausoleum|museum|"
    r"exhibition|могил\w*|памятник\w*|мемориал\w*|аллею|məzar\w*|abidə\w*|xatirə)\b",
    re.IGNORECASE,
)
# The guest as the subject: "the Ambassador of Mexico, Rodrigo Labardini, met with the
# Commissioner ..."; "X visited the Ombudsman".
_GUEST_VERB = re.compile(
    r"\b(?:has\s+)?(?:met\s+with|met|visited|paid\s+a\s+(?:courtesy\s+)?visit\s+to|called\s+on)\s+"
    r"(?=(?:the\s+)?(?:Azerbaijani\s+)?(?:Ombuds|Commissioner|Human\s+Rights\s+Commissioner|"
    r"Sabina|S\.\s*Aliyeva|Elmira))",
    re.IGNORECASE,
)
# "X, Y and Z attended the meeting": the people named before the verb.
_ATTENDED = re.compile(
    r"\s+(?:also\s+)?(?:attended|took\s+part\s+in|participated\s+in|joined)\s+the\s+(?:online\s+)?meeting\b",
    re.IGNORECASE,
)
# A meeting of a body the Ombudsman took part in: "took part in the online meeting of
# the Executive Board of the OIC Ombudsman Association"; the body is the counterpart.
_BODY_MEETING = re.compile(
    r"\b(?:took\s+part|participated|attended|joined)\s+(?:in\s+)?(?:the|a|an)\s+"
    r"(?:(?:online|regular|extraordinary|annual|\w+th|first|second|third|joint)\s+)*"
    r"(?:meeting|session|videoconference)\s+of\s+|"
    r"\bпринял[аи]?\s+участие\s+в\s+(?:онлайн-?\s*)?(?:заседании|встрече|совещании)\s+",
    re.IGNORECASE,
)
# A meeting with no host in the sentence: "A meeting was held with <guest>", "A
# videoconference meeting was held between A and B", "Состоялась встреча ... с <guest>".
# The host is then found in the article (see _host_of).
_PASSIVE = re.compile(
    r"\b(?:an?|the)\s+(?:online\s+|video\s*conference\s+|videoconference\s+|phone\s+|"
    r"telephone\s+|bilateral\s+)?(?:meeting|conversation|talks?|videoconference)\s+"
    r"(?:was|were|has\s+been)\s+(?:also\s+|recently\s+)?held\s+(?:(?:on|in)\s+[^,]{1,40}?\s+)?"
    r"(?:with|between)\s+|"
    r"\bсостоял(?:ась|ся|ись)\s+(?:онлайн-?\s*)?(?:встреча|видеоконференция|"
    r"телефонный\s+разговор|беседа)\b[^.]{0,120}?\s+со?\s+",
    re.IGNORECASE,
)
# The Ombudsman's deputy or staff named as host: "Deputy Head of the Office Rashid
# Rumzadeh", "the head of the Ombudsman Office, Aydin Safikhanli", "Aparatın rəhbəri ...".
_STAFF_ROLE = (
    r"(?:(?:the\s+)?(?:deputy\s+)?(?:head|chief)\s+of\s+(?:the\s+)?(?:Ombudsman(?:'s|’s)?\s+)?"
    r"(?:Office|Apparatus)|(?:senior\s+)?advis[eo]r\s+(?:to|of)\s+the\s+Ombudsman|"
    r"(?:Ombudsman\s+)?Aparatının\s+rəhbəri(?:nin\s+müavini)?|müvəkkilin\s+müavini|"
    r"руководител\w+\s+аппарата(?:\s+омбудсмена)?|заместител\w+\s+(?:руководителя\s+аппарата|"
    r"омбудсмена))"
)
_STAFF_HOST = re.compile(
    rf"{_STAFF_ROLE}\s*,?\s+(?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){{1,2}})",
    re.IGNORECASE,
)
# Groups met as such: "members of the Femida Volunteers Organisation", "representatives
# of NGOs", "residents of ...", "ambassadors of EU member states"; Russian and Azerbaijani.
_GROUP = re.compile(
    r"^(?:the\s+|a\s+group\s+of\s+)?(?P<group>members|representatives|residents|ambassadors|"
    r"judges|officials|prisoners|"
    r"heads|students|volunteers|staff|employees|families|relatives|participants|"
    r"член\w+|представител\w+|жител\w+|посл(?:ами|ов)|студент\w+|волонт[её]р\w+|сотрудник\w+)"
    r"\s+(?:of\s+(?:the\s+)?)?(?P<organisation>.{3,160}?)\s*$|"
    r"^(?P<organisation2>.{3,160}?)\s+(?P<group2>nümayəndələri|nümayəndələr|üzvləri|üzvlər|"
    r"sakinləri|sakinlər|səfirləri|səfirlər|tələbələri|könüllüləri|əməkdaşları|rəhbərləri)"
    r"(?:[lI]\w*)?\s*$",
    re.IGNORECASE,
)
# The tail of a lead sentence that attributes it: ", the Ombudsman's Office told Trend."
_ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:[^,]{0,60}\s)?(?:told|reports?|informs?|reported)\b.*$|,\s*according\s+to\b.*$|"
    r",\s*(?:сообщил\w*|передает|передаёт)\b.*$",
    re.IGNORECASE,
)
_DELEGATION_HEAD = re.compile(
    r"^(?:a|the)\s+delegation\s+(?:\w+\s+){0,3}?(?:headed|led)\s+by\s+", re.IGNORECASE
)
_DELEGATION_SENTENCE = re.compile(
    r"\b(?:meeting\s+(?:was\s+)?(?:also\s+)?(?:involved|attended\s+by|included)|"
    r"also\s+(?:attended|took\s+part|participated)|brought\s+together|"
    r"(?:was|were)\s+attended\s+by|among\s+(?:them|the\s+participants)\s+(?:were|was)|"
    r"participants\s+included)\b",
    re.IGNORECASE,
)
# A role that makes a person one of the Ombudsman's own staff, not a guest.
_STAFF_WORDS = re.compile(
    r"\b(?:Ombudsman(?:'s|’s)?\s+Office|of\s+the\s+Office|Aparat\w*|аппарат\w*)", re.IGNORECASE
)
# A word of any script ("Zieliński", "Babaoğlu", "O'Neill"); capitals are checked in code.
_NAME_TOKEN = r"[^\W\d_][\w'’-]*"
# Capitalised words that are parts of roles, organisations and places, not names.
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
    latin balkans baltic""".split()
)
# Words that complete a title after "of" ("Minister of Justice") rather than name the
# country or organisation the person represents.
_ROLE_COMPLEMENTS = frozenset(
    """justice health education interior defence defense labour labor culture finance economy
    agriculture energy youth sport sports ecology transport science state""".split()
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
}
_FIGURE = re.compile(
    r"(?P<text>(?:(?:about|around|approximately|nearly|almost|over|more\s+than|some|at\s+least|"
    r"up\s+to)\s+)?(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<scale>\s+(?:thousand|million))?)"
    r"\s+(?P<counts>(?:of\s+(?:our\s+|the\s+)?)?[a-zA-Z][\w'-]*(?:\s+(?:and\s+)?[a-z][\w'-]*){0,3})"
)
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
# Her name alone, in any of its spellings.
_HOST_NAME = re.compile(r"(?:Sabina\s+|S\.\s*)?Aliyeva|(?:Səbinə\s+)?Əliyeva|(?:Сабина\s+)?Алиева")
# Azerbaijani puts the verb last, after the guest: "<role> <Name> ilə görüşüb" (met
# with; also the converb "görüşərək", "having met"), "<Name>la görüşüb" (the
# instrumental ending instead of "ilə"), "... ilə onlayn görüş keçirib" (online),
# "<role> <Name>i qəbul edib" (received), "<Name>a zəng edib" (phoned).
_AZ_MEETING_VERB = (
    r"(?:görüşüb|görüşərək|görüşmüşdür|görüşdü|görüşüb\s+və|"
    r"(?:onlayn\s+|videokonfrans\s+(?:formatında\s+)?|telefon\s+)?"
    r"(?:görüş|danışıq|danışığı|söhbət)\s+(?:keçirib|keçirərək|keçirilib|aparıb|aparıblar|edib|olub)|"
    r"videokonfrans\s+keçirib|telefonla\s+danışıb|telefon\s+danışığı\s+aparıb)"
)
_AZ_MET = re.compile(rf"\s+ilə\s+{_AZ_MEETING_VERB}")
_AZ_MET_GLUED = re.compile(rf"(?<!\bil[əa])(?<=[^\W\d_]l[aə])\s+{_AZ_MEETING_VERB}")
# "... Malkoçun rəhbərlik etdiyi nümayəndə heyəti" (the delegation led by Malkoç).
_AZ_LED_BY = re.compile(
    r"\s+rəhbərlik\s+etdiyi\s+(?:[^\W\d_]+\s+){0,3}?(?:nümayəndə\s+heyəti\w*|heyət\w*)\s*$"
)
_AZ_RECEIVED = re.compile(r"\s+qəbul\s+(?:edib|edərək|etmişdir|etdi)")
_AZ_PHONED = re.compile(r"(?<=[^\W\d_][aəeyı])\s+(?:telefonla\s+)?zəng\s+(?:edib|edərək|etdi)")
_AZ_TRIGGERS: tuple[tuple[re.Pattern[str], MeetingKind, AzerbaijaniCase], ...] = (
    (_AZ_RECEIVED, MeetingKind.RECEIVED, "accusative"),
    (_AZ_MET, MeetingKind.JOINT, "nominative"),
    (_AZ_MET_GLUED, MeetingKind.JOINT, "instrumental"),
    (_AZ_PHONED, MeetingKind.JOINT, "dative"),
)
_AZ_CASES: dict[re.Pattern[str], AzerbaijaniCase] = {p: case for p, _k, case in _AZ_TRIGGERS}
# How a meeting was held, in the three languages: by phone, else online (video).
_PHONE = re.compile(
    r"\b(?:by\s+(?:tele)?phone|(?:tele)?phone\s+(?:call|conversation|talk)s?|"
    r"telefon\s+danışığı|telefonla|zəng\s+(?:edib|edərək|etdi)|"
    r"по\s+телефону|телефонн\w+\s+разговор\w*)\b",
    re.IGNORECASE,
)
_REMOTE = re.compile(
    r"\b(?:video\s*-?\s*conferenc\w*|online|virtual(?:ly)?|via\s+video|"
    r"onlayn|videokonfrans\w*|videobağlantı\w*|"
    r"онлайн\w*|видеоконференц\w*|видеосвяз\w*)\b",
    re.IGNORECASE,
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# "with" (or Russian "с", "со") after "held a meeting": the guest follows.
_WITH = re.compile(r"\s*(?:with|со?)\s+", re.IGNORECASE)
# "Later she met with ...": the pronoun as the subject of a sentence.
_SHE = re.compile(r"(?:^|,\s*|^\w+\s+|\bthat\s+)\b[Ss]he\b")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bMrs?|\bMs|\bDr|\bSt|\bNo|\bJr|\bU\.S)\.$")


def _sentences(paragraph: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence, not splitting after initials or titles."""
    start = 0
    for match in re.finditer(r"[.!?](?=\s+[A-Z\"“(])", paragraph):
        if _ABBREVIATION.search(paragraph[start : match.end()]):
            continue
        yield start, match.end()
        start = match.end()
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if start < len(paragraph):
        yield start, len(paragraph)


def _split_role(phrase: str) -> tuple[str | None, str | None, str | None]:
    """Split "the chief adviser to the Office of X" into role, organisation, country."""
    phrase = _HONORIFIC_END.sub("", phrase.strip(" ,"))
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(" ,"), flags=re.IGNORECASE)
    if not phrase:
        return None, None, None
    country = None
    first = phrase.split()[0].casefold()
    if first in _DEMONYMS:
        country = _DEMONYMS[first]
        phrase = phrase.split(None, 1)[1] if " " in phrase else phrase
    role, organisation = phrase, None
    split = re.search(r"\s+(?:of|to|at)\s+the\s+", phrase)
    if split is not None:
        role, organisation = phrase[: split.start()], phrase[split.end() :]
    else:
        # "Ombudsman of Westvale", "Ambassador of Norland to Azerbaijan": the country the
        # person represents; "Representative of UNHCR": an organisation, by its acronym.
        of = re.search(
            rf"\s+of\s+(?P<whom>{_NAME_TOKEN}|[A-Z]{{2,}})(?:\s+to\s+{_NAME_TOKEN})?$", phrase
        )
        if (
            of is not None
            and of["whom"][0].isupper()
            and of["whom"].casefold() not in _ROLE_COMPLEMENTS
        ):
            role = phrase[: of.start()]
            if of["whom"].isupper():
                organisation = of["whom"]
            else:
                country = country or of["whom"]
    return role or None, organisation or None, country


def _is_name_word(token: str, *, first: bool) -> bool:
    if first and re.fullmatch(r"[^\W\d_]\.", token):  # an initial: "P."
        return token[0].isupper()
    return (
        token[0].isupper()
        and any(ch.islower() for ch in token)
        and all(ch.isalpha() or ch in "'’-" for ch in token)
        and token.casefold() not in _NOT_NAMES
    )


def _is_name(text: str) -> bool:
    tokens = text.split()
    return 2 <= len(tokens) <= 3 and all(
        _is_name_word(token, first=index < len(tokens) - 1) for index, token in enumerate(tokens)
    )


@attrs.frozen(kw_only=True)
class _Context:
    """What naming a person needs to know of the article and the sentence."""

    language: str | None = None
    case: AzerbaijaniCase = "nominative"
    #: The case a Russian verb governs ("приняла" + accusative, "с" + instrumental).
    governed: str | None = None
    body: str = ""


def _person(name: str, *, context: _Context, **fields: object) -> Person:
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


def _people_in_list(
    text: str,
    offset: int,
    paragraph: int,
    *,
    two_word_names: bool = False,
    context: _Context = _Context(),
) -> list[Person]:
    """Read "role, Name, role Name, and role, Name" lists into people with roles."""
    people: list[Person] = []
    role_start = 0  # where the role of the next name begins in the text
    position = 0
    for segment in re.split(r"(,\s*(?:and\s+)?|\s+and\s+)", text):
        seg_start = position
        position += len(segment)
        if not segment.strip() or re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", segment):
            continue
        tokens = segment.strip().rstrip(".").split()
        name = None
        # A name ends the segment: "Deputy Chairman Hikmet Babaoglu". Russian names are two
        # words after a role that may end in a capitalised country: "послом Норландии Олой Бергом".
        cyrillic = bool(tokens) and _CYRILLIC.search(tokens[-1]) is not None
        sizes = (2,) if two_word_names or cyrillic else (3, 2)
        for size in sizes:
            before = tokens[-size - 1].casefold() if len(tokens) > size else ""
            if (
                len(tokens) >= size
                and _is_name(" ".join(tokens[-size:]))
                and before not in _BEFORE_NON_NAMES
            ):
                name = " ".join(tokens[-size:])
                break
        if name is None:
            continue
        name_start = seg_start + segment.rindex(name)
        # The role is the clause just before the name: "In order to ..., the Ambassador".
        role_text = _HONORIFIC_END.sub("", text[role_start:name_start].strip(" ,"))
        role_text = re.sub(r"^(?:,\s*)?(?:and\s+)?", "", role_text.rsplit(", ", 1)[-1])
        role, organisation, country = _split_role(role_text)
        role_start = name_start + len(name)
        start = offset + name_start
        people.append(
            _person(
                name,
                context=context,
                role=role,
                organisation=organisation,
                country=country,
                evidence=Span(paragraph=paragraph, start=start, end=start + len(name)),
            )
        )
    return people


def _trigger(
    sentence: str, *, she_is_host: bool
) -> tuple[MeetingKind | None, re.Match[str]] | None:
    # Each rarer form is tried only where a word it needs stands (cheap on long texts).
    folded = sentence.casefold()
    passive = _PASSIVE.search(sentence) if "held" in folded or "состоял" in folded else None
    if passive is not None:
        return MeetingKind.JOINT, passive
    body_meeting = (
        _BODY_MEETING.search(sentence)
        if any(w in folded for w in ("part", "attended", "joined", "участие"))
        else None
    )
    if body_meeting is not None and _HOST.search(sentence, 0, body_meeting.start()):
        return MeetingKind.JOINT, body_meeting
    guest_first = (
        _GUEST_VERB.search(sentence)
        if any(w in folded for w in ("met", "visit", "called"))
        else None
    )
    if guest_first is not None and not _HOST.search(sentence, 0, guest_first.start()):
        return MeetingKind.RECEIVED, guest_first
    host = _HOST.search(sentence) or (_SHE.search(sentence) if she_is_host else None)
    if host is None:
        return None
    for pattern, kind in (
        (_RECEIVED, MeetingKind.RECEIVED),
        (_VISITED, MeetingKind.VISITED),
        (_MET, None),
    ):
        match = pattern.search(sentence, host.end())
        if match is not None:
            return kind, match
    held = _HELD.search(sentence, host.end())
    if held is not None:
        return MeetingKind.JOINT, held
    for pattern, az_kind, _case in _AZ_TRIGGERS:
        match = pattern.search(sentence, host.end())
        if match is not None:
            return az_kind, match
    return None


def _counterparts(
    sentence: str,
    trigger: re.Match[str],
    kind: MeetingKind | None,
    offset: int,
    paragraph: int,
    context: _Context,
) -> tuple[list[Person], MeetingKind]:
    if trigger.re in _AZ_CASES:
        # The guest stands between the Ombudsman's name and the verb; her name is the
        # last mention before the guest (a title may precede it: "müvəkkil Səbinə Əliyeva").
        before = sentence[: trigger.start()]
        mentions = list(_HOST_NAME.finditer(before)) or list(_HOST.finditer(before))
        start = mentions[-1].end() if mentions else 0
        while start < trigger.start() and sentence[start] in " ,":
            start += 1
        phrase = sentence[start : trigger.start()]
        az_context = attrs.evolve(context, case=_AZ_CASES[trigger.re])
        led = _AZ_LED_BY.search(phrase)
        if led is not None:
            # "<Name>un rəhbərlik etdiyi nümayəndə heyəti": the leader, in the genitive.
            phrase = phrase[: led.start()]
            az_context = attrs.evolve(context, case="genitive")
        people = _people_in_list(
            phrase, offset + start, paragraph, two_word_names=True, context=az_context
        )
        return people or _unnamed(phrase, offset + start, paragraph), kind or MeetingKind.JOINT
    if trigger.re is _BODY_MEETING:
        # The body whose meeting it was is the counterpart, as a group.
        rest = _ATTRIBUTION_TAIL.sub("", sentence[trigger.end() :]).rstrip(" .")
        rest = re.split(
            r"\s+(?:held|in|on|at|via|where|which|dedicated)\s+|,\s", rest, maxsplit=1
        )[0]
        rest = re.sub(r"^the\s+", "", rest)
        if not rest or not rest[:1].isupper():
            return [], MeetingKind.JOINT
        start = offset + sentence.index(rest, trigger.end())
        return [
            Person(
                name="",
                key=person_key(rest),
                role=None,
                organisation=rest,
                evidence=Span(paragraph=paragraph, start=start, end=start + len(rest)),
            )
        ], MeetingKind.JOINT
    if trigger.re is _GUEST_VERB:
        # The guest stands before the verb, after any opening clause.
        subject = sentence[: trigger.start()].rstrip(" ,")
        return _people_in_list(subject, offset, paragraph, context=context), MeetingKind.RECEIVED
    if _CYRILLIC.search(trigger.group()):
        context = attrs.evolve(context, governed="accs" if trigger.re is _RECEIVED else "ablt")
    with_ = _WITH.match(sentence, trigger.end())
    if trigger.re is _HELD and with_ is None:
        # "<host>, and <role>, <Name> held a meeting": the guest stands before the verb.
        subject = sentence[: trigger.start()]
        host = _HOST.search(subject)
        joint = re.search(r",?\s+and\s+", subject[host.end() :]) if host else None
        if host is None or joint is None:
            return [], MeetingKind.JOINT
        start = host.end() + joint.end()
        return _people_in_list(
            subject[start:].rstrip(" ,"), offset + start, paragraph, context=context
        ), MeetingKind.JOINT
    start = trigger.end()
    # "visited the Embassy of Norland and met with the Chargé d'affaires, <Name>": the
    # person stands after the second verb.
    then_met = _MET.search(sentence, start)
    if then_met is not None:
        start = then_met.end()
    if trigger.re is _HELD and with_ is not None:  # "held a meeting with <role>, <Name>"
        start = with_.end()
    rest = _ATTRIBUTION_TAIL.sub("", sentence[start:]).rstrip(" .")
    if _NOT_A_MEETING.match(rest):
        return [], MeetingKind.VISITED
    if trigger.re is _PASSIVE and trigger.group().rstrip().endswith("between"):
        # "between the Ombudsman ... and <guest>": the guest is the side that is not she.
        sides = re.split(r"\s+and\s+", rest, maxsplit=1)
        if len(sides) == 2 and _HOST.search(sides[0]):
            start += len(rest) - len(sides[1])
            rest = sides[1]
    head = _DELEGATION_HEAD.match(rest)
    if head is not None:
        start += head.end()
        rest = rest[head.end() :]
    visiting = re.search(r"\s+(?:visiting|on\s+a\s+visit|who\s+is\s+on\s+a\s+visit)\b.*$", rest)
    if visiting is not None:
        rest = rest[: visiting.start()]
    if kind is None:
        kind = (
            MeetingKind.RECEIVED if visiting is not None or head is not None else MeetingKind.JOINT
        )
    people = _people_in_list(rest, offset + start, paragraph, context=context)
    return people or _unnamed(rest, offset + start, paragraph), kind


def _unnamed(phrase: str, offset: int, paragraph: int) -> list[Person]:
    """Read a group, or a role in an organisation, met without a name in the sentence.

    "members of the Femida Volunteers Organisation" gives one counterpart with
    the organisation set and no name; "the chairman of the Independent Permanent
    Human Rights Commission" a role and an organisation, which a later sentence
    may name (see :func:`_name_later`).
    """
    phrase = re.sub(
        r"\s+(?:to|in|at)\s+(?:discuss|Baku|the\s+Office)\b.*$", "", phrase.strip(" ,")
    )
    if not phrase:
        return []
    group = _GROUP.match(phrase)
    if group is not None:
        organisation = (group["organisation"] or group["organisation2"]).strip(" ,")
        role = group["group"] or group["group2"]
        items = [(role, organisation)]
        if group["group"] and re.search(r",\s|\s+and\s+", organisation):
            # "employees of law-enforcement agencies, judges, municipalities and the
            # police": one counterpart per group listed.
            parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", organisation)]
            items = [(role, parts[0])] + [(part, part) for part in parts[1:] if part]
    else:
        role, organisation, _country = _split_role(phrase)
        if organisation is None or role is None or len(role.split()) > 4:
            return []
        items = [(role, organisation)]
    people = []
    for item_role, item_organisation in items:
        start = offset + max(phrase.find(item_organisation), 0)
        people.append(
            Person(
                name="",
                key=person_key(item_organisation),
                role=item_role,
                organisation=item_organisation,
                evidence=Span(
                    paragraph=paragraph, start=start, end=start + len(item_organisation)
                ),
            )
        )
    return people


def _figures(body: tuple[str, ...]) -> tuple[list[Figure], list[ParseWarning]]:
    figures: list[Figure] = []
    warnings: list[ParseWarning] = []
    for index, paragraph in enumerate(body):
        for match in _FIGURE.finditer(paragraph):
            number = match["number"]
            if "," not in number and 1900 <= int(number) <= 2100:
                continue  # a year
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
            value = int(number.replace(",", ""))
            if match["scale"] and value >= 1000:  # "4000 thousand": digits and a scale word
                warnings.append(
                    ParseWarning(
                        code=WarningCode.FIGURE_IMPLAUSIBLE,
                        field="figures",
                        message=f"{text!r} {counts} reads as {value * 1000:,}: probably a slip; "
                        "kept as printed",
                    )
                )
    return figures, warnings


def _topics(body: tuple[str, ...]) -> dict[Topic, Span]:
    """Return each topic the body speaks of, with where it first does."""
    found: dict[Topic, Span] = {}
    for topic, pattern in _TOPICS.items():
        for index, paragraph in enumerate(body):
            match = pattern.search(paragraph)
            if match is not None:
                found[topic] = Span(paragraph=index, start=match.start(), end=match.end())
                break
    return found


def extract_meetings(article: Article) -> tuple[Meeting, ...]:
    """Find the Ombudsman's meetings that an article reports.

    Example:
        >>> from ombudsparse import Article
        >>> article = Article(body=(
        ...     "The Ombudsman, Sabina Aliyeva, received the Ambassador of Norland, Ola Berg.",))
        >>> (meeting,) = extract_meetings(article)
        >>> guest = meeting.counterparts[0]
        >>> guest.name, guest.role, guest.country, meeting.kind.value, meeting.cameo
        ('Ola Berg', 'Ambassador', 'Norland', 'received', '043')
    """
    meetings: list[Meeting] = []
    seen: set[str] = set()
    guest_subject = False
    guest_openings: set[str] = set()  # how a sentence about a guest starts: name or surname
    body = article.body
    figures, figure_warnings = _figures(body)
    topics = _topics(body)
    language = article.language.value if article.language is not None else None
    context = _Context(language=language, body="\n".join(body))
    for index, paragraph in enumerate(body):
        for start, end in _sentences(paragraph):
            sentence = paragraph[start:end]
            # "she" is the Ombudsman unless the sentence before was about a guest:
            # "Kauma arrived on November 12. During the visit, she has already met ...".
            trigger = _trigger(sentence, she_is_host=not guest_subject)
            guest_subject = sentence.startswith(tuple(guest_openings)) if guest_openings else False
            if trigger is not None:
                kind, match = trigger
                people, kind = _counterparts(sentence, match, kind, start, index, context)
                people = [
                    p
                    for p in people
                    if p.key not in seen and p.key not in (HOST.key, PREDECESSOR.key)
                ]
                if not people:
                    continue
                seen.update(p.key for p in people)
                guest_openings.update(
                    w for p in people if p.name for w in (p.name, p.name.split()[-1])
                )
                mode = (
                    MeetingMode.PHONE
                    if _PHONE.search(sentence)
                    else MeetingMode.ONLINE
                    if _REMOTE.search(sentence)
                    else MeetingMode.IN_PERSON
                    if kind in (MeetingKind.RECEIVED, MeetingKind.VISITED)
                    or match.re in (_MET, _AZ_MET, _AZ_MET_GLUED, _GUEST_VERB)
                    or _IN_PERSON_NOUN.search(match.group())
                    else MeetingMode.UNKNOWN
                )
                meetings.append(
                    Meeting(
                        date=article.published,
                        host=_host_of(sentence, match, context.body),
                        counterparts=tuple(people),
                        mode=mode,
                        kind=kind,
                        topics=tuple(topics),
                        topic_evidence=topics,
                        figures=tuple(figures),
                        cameo=CAMEO[kind],
                        evidence=Span(paragraph=index, start=start, end=end),
                        warnings=tuple(figure_warnings),
                    )
                )
            elif meetings and (
                _DELEGATION_SENTENCE.search(sentence) or _ATTENDED.search(sentence)
            ):
                listed = _DELEGATION_SENTENCE.search(sentence)
                if listed is not None:
                    rest_start = start + listed.end()
                    people = _people_in_list(
                        paragraph[rest_start:end].rstrip(" ."), rest_start, index, context=context
                    )
                else:  # "X, Y and Z attended the meeting": the people before the verb
                    attended = _ATTENDED.search(sentence)
                    assert attended is not None
                    people = _people_in_list(
                        sentence[: attended.start()], start, index, context=context
                    )
                people = [
                    p
                    for p in people
                    if p.key not in seen and not _STAFF_WORDS.search(p.role or "")
                ]
                seen.update(p.key for p in people)
                last = meetings[-1]
                if people and not any(p.name for p in last.counterparts):
                    # "met representatives of NGOs" then the list of them: one each.
                    meetings[-1] = attrs.evolve(last, counterparts=tuple(people))
                else:
                    meetings[-1] = attrs.evolve(last, delegation=last.delegation + tuple(people))
    return tuple(_name_later(meeting, body, context) for meeting in meetings)


def _host_of(sentence: str, trigger: re.Match[str], body: str) -> Person:
    """Who held a meeting: the person the sentence names as its subject, else the article's.

    A deputy or staff member named before the verb ("Deputy Head of the Office
    Rashid Rumzadeh received ...") is the host. A sentence that names no host ("A
    meeting was held with ...") takes the staff member the article names as taking
    part, else the Ombudsman the article names; her predecessor where the sentence
    or, failing that, the article names only her.
    """
    subject = sentence[: trigger.start()]
    staff = _STAFF_HOST.search(subject) or (
        _STAFF_HOST.search(body) if trigger.re is _PASSIVE else None
    )
    if staff is not None and (trigger.re is not _PASSIVE or not _HOST_NAME.search(subject)):
        name = " ".join(staff["name"].split()[:2]).rstrip(",.")
        role = " ".join(staff.group(0)[: staff.start("name") - staff.start()].split()).strip(" ,")
        return Person(name=name, key=person_key(name), role=role, organisation=None)
    if _PREDECESSOR.search(sentence):
        return PREDECESSOR
    if (
        not _HOST_NAME.search(sentence)
        and _PREDECESSOR.search(body)
        and not _HOST_NAME.search(body)
    ):
        return PREDECESSOR
    return HOST


def _name_later(meeting: Meeting, body: tuple[str, ...], context: _Context) -> Meeting:
    """Name a counterpart met by role only, from a later sentence that names them.

    "received a delegation led by the chairman of the Independent Permanent Human
    Rights Commission" and, paragraphs later, "The IPHRC Chairman Saeed Al-Ghufli
    thanked ...": the role's word (or the organisation's acronym) stands just
    before a name, which becomes the counterpart's, with the role and
    organisation of the meeting sentence.
    """
    named = list(meeting.counterparts)
    for position, person in enumerate(named):
        if person.name or person.role is None:
            continue
        words = {w for w in re.findall(r"\w+", person.role.casefold()) if len(w) > 3}
        acronym = "".join(w[0] for w in (person.organisation or "").split() if w[:1].isupper())
        for index in range(meeting.evidence.paragraph, len(body)):
            found = _named_by_role(body[index], words, acronym, index, context)
            if found is not None:
                named[position] = attrs.evolve(
                    found, role=person.role, organisation=person.organisation
                )
                break
    return (
        attrs.evolve(meeting, counterparts=tuple(named))
        if named != list(meeting.counterparts)
        else meeting
    )


# A name just after a few words and just before a verb of speech: "The IPHRC Chairman
# Saeed Al-Ghufli thanked ...".
_NAMED_SPEAKER = re.compile(
    rf"(?P<before>(?:\S+\s+){{1,4}}?)(?P<name>{_NAME_TOKEN}\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)"
    r"(?=\s*(?:,|\s+(?:said|noted|thanked|stressed|emphasized|emphasised|added|spoke|"
    r"expressed|informed|highlighted)\b))"
)


def _named_by_role(
    paragraph: str, role_words: set[str], acronym: str, index: int, context: _Context
) -> Person | None:
    folded = paragraph.casefold()
    if not any(word in folded for word in role_words) and not (
        len(acronym) >= 3 and acronym.casefold() in folded
    ):
        return None  # the role is not named here: no need to look for a name
    for match in _NAMED_SPEAKER.finditer(paragraph):
        before = match["before"].casefold()
        if not (
            any(word in before for word in role_words)
            or (len(acronym) >= 3 and acronym.casefold() in before)
        ):
            continue
        tokens = match["name"].split()
        while tokens and not _is_name(" ".join(tokens)) and len(tokens) > 2:
            tokens = tokens[1:]
        name = " ".join(tokens)
        if not _is_name(name) or _HOST_NAME.search(name):
            continue
        start = match.start("name") + match["name"].rindex(tokens[0])
        return _person(
            name,
            context=context,
            evidence=Span(paragraph=index, start=start, end=start + len(name)),
        )
    return None
