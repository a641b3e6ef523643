"""A transparent, rule-based meeting extractor over an article's sentences.

Texts of this beat are formulaic: "<the Ombudsman> received <role>, <Name>",
"<the Ombudsman> met with <role>, <Name>", "<the Ombudsman>, and <role>,
<Name> held a meeting through videoconferencing". Each rule is a regular
expression over one sentence; every fact keeps the span of the body it came
from.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator

import attrs

from ombudsparse._arguments import check_type
from ombudsparse._regex import fold, holds_any, led_by
from ombudsparse.dates import MONTH_PATTERN, date_parts
from ombudsparse.meetings.model import Meeting, MeetingKind, MeetingMode, Person, Span, Topic
from ombudsparse.meetings.names import (
    AZERBAIJANI_ENDINGS,
    AzerbaijaniCase,
    azerbaijani_lower,
    dictionary_form,
    organisation_nominative,
    person_key,
    strip_azerbaijani_ending,
)
from ombudsparse.meetings.people import (
    CYRILLIC,
    NameContext,
    azerbaijani_office_holders,
    demonym_country,
    is_name,
    named_by_role,
    people_in_list,
    role_words,
    russian_non_name,
    strip_circumstances,
    unnamed_counterparts,
)
from ombudsparse.meetings.topics import find_topics
from ombudsparse.model import Article, PublishedDate

__all__ = ["CAMEO", "HANDOVER", "HOST", "PREDECESSOR", "extract_meetings", "person_key"]

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
# Her surname as outlets spell it ("Suleimanova" too), in any case of Azerbaijani (the
# ending follows) and Russian ("Сулеймановой", "Сулеймановою", "Сулеймановy"): the one
# list of its forms, which her name alone (_PREDECESSOR_NAME) and her mentions (_HOST) use.
_PREDECESSOR_LATIN = r"S[uü]l(?:e[iy]|əy)manova"
_PREDECESSOR_FORMS = rf"(?:{_PREDECESSOR_LATIN}|Сулейманов(?:а|ой|ою|у)\b)"
_PREDECESSOR = re.compile(_PREDECESSOR_FORMS, re.IGNORECASE)
#: The day parliament elected Sabina Aliyeva; an article dated before it is of her predecessor's.
HANDOVER = dt.date(2019, 11, 25)

# A title of another country's or body's: "the Ombudsman of Norland", "the Commissioner
# for Human Rights of the Council of Europe" (hers is "of (the Republic of) Azerbaijan").
_NOT_OF_ANOTHER = (
    r"(?!\s+of\s+(?:the\s+)?(?!(?:Republic\s+of\s+)?Azerbaijan|Azərbaycan)(?-i:[A-Z]))"
    # A body of ombudsmen, not she: "the Asian Ombudsman Association", "Ombudsman Institute".
    r"(?!\s+(?-i:Association|Institute|Network|Alliance|Union|Federation)\b)"
)
# The same in Russian: "омбудсмен Турции", "Уполномоченный по правам человека в Российской
# Федерации" (a country in the genitive, or after "в"); hers is Azerbaijan's, or named.
_NOT_OF_ANOTHER_RU = (
    r"(?!\s+(?:\(омбудсмен\)\s+)?(?:в\s+)?(?!Азербайдж|Сабин|Эльмир|Алиев|Сулейманов)"
    r"(?-i:[А-ЯЁ])[а-яё]+(?:ой|ии|ы|и|а|ого)\b)"
)
# How the texts name the Ombudsman: her name in en/az/ru, or her titles.
_HOST = re.compile(
    r"(?:Sabina\s+Aliyeva|S\.\s*Aliyeva|Aliyeva|Səbinə\s+Əliyeva|Сабина\s+Алиева|"
    rf"(?:Elmira\s+|E\.\s*)?(?:{_PREDECESSOR_LATIN})|(?:Эльмира\s+)?Сулейманова\b|"
    # The title, also with Azerbaijani case endings ("Ombudsmanda", "Ombudsmanın").
    r"\b(?:the\s+)?(?:Azerbaijani\s+)?Ombuds(?:man|woman|person)(?:ın|a|da|dan|ı|la)?\b"
    rf"{_NOT_OF_ANOTHER}|"
    # Not the UN's "High Commissioner for Human Rights".
    r"(?<!High\s)(?:Commissioner\s+for\s+Human\s+Rights|Human\s+Rights\s+Commissioner)"
    rf"{_NOT_OF_ANOTHER}|"
    # "The Commissioner held ...": the bare title, right after "the" (not "the European
    # Commissioner") and not another's ("the Commissioner of the Council of Europe").
    r"\b[Tt]he\s+Commissioner\b(?!\s+(?:of|for|on|to|in|at)\b)|"
    # Russian: her name in the nominative and the title.
    r"Алиева|(?:[Оо]мбудсмен\w*|Уполномоченн\w+\s+по\s+правам\s+человека)"
    rf"{_NOT_OF_ANOTHER_RU}|"
    # Azerbaijani: her name with the letter ə, and the title "müvəkkil".
    r"Əliyeva|[Mm]üvəkkil\w*)",
    re.IGNORECASE,
)
# Russian verbs stand beside the English ones: "приняла" (received), "встретилась с" (met with).
# Where and when, between a Russian verb and its guest: "приняла в своем офисе посла",
# "встретилась в Баку с ...", "встретилась по видеосвязи с ...".
_RU_ADVERBIAL = (
    r"(?:(?:в\s+сво[её]м\s+(?:офисе|кабинете)|в\s+(?:Аппарате|офисе)\s+(?:омбудсмена|"
    r"Уполномоченного(?:\s+по\s+правам\s+человека)?)|в\s+Баку|сегодня|вчера|также|"
    r"в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\s+)*"
)
_RECEIVED = re.compile(
    rf"\b(?:has\s+)?(?:(?:received|hosted)\s+|принял[аи]?\s+{_RU_ADVERBIAL}(?!участие\b))",
    re.IGNORECASE,
)
# "встретилась с" takes its guest after "с", with up to four words of where, when or how
# before it ("встретилась в своем офисе с", "встретилась по видеосвязи с").
_MET = re.compile(
    r"\b(?:(?:has\s+|had\s+)?met\s+(?:with\s+)?|"
    r"встретил(?:ась|ся|ись)\s+(?:[^\s,.;:]+\s+){0,4}?со?\s+)",
    re.IGNORECASE,
)
# Read as "met with": "приняла участие во встрече с" (took part in the meeting with), and
# a memorandum signed with someone: "signed a memorandum of understanding with",
# "подписала меморандум о сотрудничестве с".
_SIGNED = re.compile(
    r"\b(?:принял[аи]?\s+участие\s+во\s+(?:онлайн-?\s*)?встрече\s+со?\s+|"
    r"(?:has\s+)?signed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:memorandum|agreement)\s+"
    r"(?:of\s+(?:understanding|cooperation)\s+|on\s+(?:[\w-]+\s+){1,3}?)?with\s+|"
    r"подписал[аи]?\s+(?:меморандум|соглашение|протокол)\w*\s+(?:[^\s,.;:]+\s+){0,3}?со?\s+)",
    re.IGNORECASE,
)
# "<host> и <guest> встретились (в Баку)": they met each other, the guest before the verb.
_MET_EACH_OTHER = re.compile(r"\bвстретились(?!\s+(?:[^\s,.;:]+\s+){0,4}?со?\s)", re.IGNORECASE)
_VISITED = re.compile(
    r"\b(?:(?:has\s+)?visited\s+|посетил[аи]?\s+|побывал[аи]?\s+в\s+)", re.IGNORECASE
)
# Headlines speak in the present: "Ombudsman meets UN official", "receives", "visits",
# "holds online meeting with"; "Омбудсмен встречается с". Only headlines are read so.
_MET_NOW = re.compile(r"\b(?:meets|встречается)\s+(?:with\s+|со?\s+)?", re.IGNORECASE)
_RECEIVED_NOW = re.compile(r"\b(?:receives|hosts|принимает)\s+", re.IGNORECASE)
_VISITED_NOW = re.compile(r"\b(?:visits|посещает)\s+", re.IGNORECASE)
_HELD_NOW = re.compile(
    r"\bholds\s+(?:an?\s+)?(?:online\s+|video\s*|phone\s+|telephone\s+)?"
    r"(?:meeting|conversation|talks?|call|videoconference|video\s+conference)\b",
    re.IGNORECASE,
)
_HELD = re.compile(
    # "held a meeting", "held talks", "held legal awareness meeting" (up to two words).
    r"\b(?:held|had)\s+(?:(?:a|an)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:online\s+|video\s*|phone\s+|telephone\s+)?"
    r"(?:meetings?|conversation|talks?|call|videoconference|video\s+conference)\b|"
    # "provided information ... during meetings with the Speaker ...".
    r"\b(?:during|in\s+the\s+course\s+of)\s+(?:her\s+|the\s+)?meetings?(?=\s+with\s)|"
    # "took part in an online meeting via Zoom with", "spoke by phone with".
    r"\b(?:took\s+part|participated)\s+in\s+an?\s+(?:online\s+|video\s*|virtual\s+)?"
    r"(?:meeting|videoconference|video\s+conference|conversation)"
    r"(?:\s+(?:via|on|through|by)\s+[\w-]+)?(?=\s+with\s)|"
    r"\b(?:spoke|talked|conversed)\s+(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|"
    r"on\s+the\s+(?:tele)?phone|via\s+video\s*(?:link|conference)|online)(?=\s+with\s)|"
    # "провела (в своем офисе) встречу", "провели онлайн-встречу" (she and the guest).
    r"\bпровел[аи]?\s+(?:[^\s,.;:]+\s+){0,3}?(?:онлайн-?\s*встреч[уи]|видеовстреч[уи]|"
    r"видеоконференци[юи]|телефонн(?:ый|ые)\s+разговоры?|встреч(?:[уи]|\b)|бесед[уы]|"
    r"переговоры)"
    # "провела встречу в онлайн-формате с", "... в режиме видеосвязи с": how, before "с".
    r"(?:\s+(?:в\s+(?:онлайн-?\s*)?формате(?:\s+(?:онлайн|видеоконференции|видеосвязи))?|"
    r"в\s+режиме\s+(?:онлайн|видеосвязи|видеоконференции)|по\s+видеосвязи|онлайн))?|"
    r"\bпоговорил[аи]?\s+по\s+телефону(?=\s+со?\s)|"
    # "Омбудсмен позвонила послу ...": a call, the guest in the dative.
    r"\bпозвонил[аи]?\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
# "held a meeting": with no word of a phone or a screen, a meeting is face to face
# (a "conversation" or "talks" may be either, and stay unknown).
_IN_PERSON_NOUN = re.compile(r"\b(?:meetings?|встреч\w*|görüş\w*)\b", re.IGNORECASE)
# A meeting named before her, in a clause that leads the sentence: "During the meeting with
# <guest>, the Ombudsman ...", "В ходе встречи с <guest> омбудсмен ...", "<guest> ilə
# görüşdə Ombudsman ..." (the guest before the Azerbaijani postposition).
_DURING = re.compile(
    r"\b(?:[Dd]uring|[Aa]t|[Ii]n\s+the\s+course\s+of)\s+(?:the|her|a|their)\s+"
    r"(?:online\s+|video\s+|phone\s+|telephone\s+)?(?:meeting|conversation|talks?)\s+with\s+|"
    r"\b(?:[Вв]\s+ходе|[Вв]о\s+время|[Нн]а)\s+(?:онлайн-?\s*)?(?:встречи|встрече|беседы|беседе|"
    r"видеоконференции|телефонного\s+разговора)\s+со?\s+|"
    r"\s+ilə\s+(?:onlayn\s+)?(?:görüşdə|görüş\s+zamanı|görüşü\s+zamanı|görüşündə|"
    r"görüş\s+çərçivəsində)(?![^\W\d_])"
)
_DURING_WORDS = (
    "meeting",
    "conversation",
    "talk",
    "встреч",
    "бесед",
    "видеоконф",
    "разговор",
    "görüş",
)
# A visit that is not a meeting: to a grave, a memorial, a museum; in Russian also a
# town or village ("посетила город Шуша": a place, no body met).
_NOT_A_MEETING = re.compile(
    r"^(?:the\s+)?(?:grave|graves|tomb|monument|memorial|cemetery|alley|mausoleum|museum|"
    r"exhibition|могил\w*|памятник\w*|мемориал\w*|аллею|кладбищ\w*|музей\w*|город|село|деревню|"
    r"посел[оё]к|məzar\w*|abidə\w*|xatirə)\b",
    re.IGNORECASE,
)
# The same named by the last word, the head of an English compound ("the Martyrs' Alley")
# and of an Azerbaijani one ("Şəhidlər xiyabanı", "Ulu Öndərin məzarı", "Şuşa şəhəri").
_NOT_A_MEETING_HEAD = re.compile(
    r"(?:^|\s)(?:alley|lane|graves?|tomb|monument|memorial|cemetery|mausoleum|museum|pantheon)$|"
    # "Bakı Türk Şəhidliyi" (the Turkish martyrs' cemetery), "məqbərəsi" (a mausoleum),
    # "sərgisi" (an exhibition).
    r"(?:^|\s)(?:məzar|qəbr|qəbir|xiyaban|abidə|heykəl|büst|türbə|memorial|muzey|xatirə|"
    r"şəhidli[kyğ]|məqbərə|sərgi)"
    r"[a-zəçğıöşü]*$|(?:memorial|xatirə)\s+kompleks[a-zəçğıöşü]*$",
    re.IGNORECASE,
)
# A town, a district or a village visited: where she went, no body met ("Şuşa şəhəri").
_AZ_TOWN_HEAD = re.compile(r"(?:^|\s)(?:şəhər|rayon|kənd|qəsəbə|ərazi|bölgə)[a-zəçğıöşü]*$")


def _body_met(organisation: str, paragraph: int, start: int, printed: str) -> Person:
    """Return a body met, unnamed: its dictionary form, printed from ``start`` as ``printed``."""
    return Person(
        name="",
        key=person_key(organisation),
        organisation=organisation,
        evidence=Span(paragraph=paragraph, start=start, end=start + len(printed)),
    )


def _not_a_body(place: str) -> bool:
    """Tell whether a place visited is a grave, memorial or town, no body to meet."""
    lowered = azerbaijani_lower(place.strip(" ,."))
    return bool(_NOT_A_MEETING.match(lowered) or _NOT_A_MEETING_HEAD.search(lowered))


# What was received that is not a guest: "received an award", "a letter from ...", "the
# invitation of ...", "1,245 complaints"; the words before it are not "of" or "from" (not
# "the Head of the Complaints Department").
_NOT_RECEIVED = re.compile(
    r"^(?:(?:a|an|the|her|its|this|these|some|numerous|more\s+than|over|about)\s+)*"
    r"(?:(?P<count>\d[\d,.]*)\s+)?"
    r"(?:(?!(?:of|from|with|and|to|for)\b)[\w'’-]+\s+){0,3}?"
    r"(?:awards?|prizes?|medals?|orders?\s+of|letters?|messages?|invitations?|information|"
    r"reports?|certificates?|diplomas?|gifts?|documents?|calls?|congratulations|greetings|"
    r"proposals?|honou?rs?|titles?|answers?|repl(?:y|ies)|responses?|cop(?:y|ies)|texts?|"
    r"decisions?|feedback|news|data|materials?|recommendations?|instructions?|assurances?|"
    r"guarantees?|confirmation|notifications?|notice|photos?|videos?|books?|donations?|"
    r"aid|assistance|grants?|(?(count)(?:complaints?|appeals?|applications?|"
    r"petitions?|requests?)|(?!)))\b",
    re.IGNORECASE,
)
# What was "met" that is not a guest: "met the New Year with children", "met Novruz".
_NOT_MET = re.compile(
    r"^(?:the\s+)?(?:New\s+Year|Novruz|holidays?|[\w-]+\s+holiday|anniversary)\b|"
    # "met with resistance from ...", "met with criticism": a reception of an idea.
    # (In lower case: "the Support Group of ..." is a body met.)
    r"^(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?-i:resistance|criticism|response|reaction|approval|"
    r"support|understanding|difficulties|problems|obstacles|interest)\b",
    re.IGNORECASE,
)
# The occasion, after the guests: "on the occasion of the National Press Day", "on the
# eve of Novruz", "on Human Rights Day" (its capitals are no one's name).
_OCCASION = re.compile(
    r",?\s+(?:on\s+the\s+(?:occasion|eve)\s+of|in\s+connection\s+with|dedicated\s+to|"
    r"on\s+the\s+Day\s+of|on\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}Day)\b.*$"
)
# A relative clause that tells of the guest's own meeting with someone else: "received
# the delegation, which had met with the Minister of Justice, ...".
_OTHERS_MEETING = re.compile(
    r",?\s+(?:which|who|that)\s+(?:(?:had|has|have)\s+)?(?:also\s+|earlier\s+|previously\s+)?"
    r"(?:met|visited|received|held)\b.*$"
)
# A relative pronoun just before a verb: the verb is the clause's subject's, not hers.
# "X, whom she had first met in Geneva": the relative's own subject stands between.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:(?:which|who|that)\s+(?:[\w-]+\s+){0,2}|whom\s+(?:[\w-]+\s+){1,3})$",
    re.IGNORECASE,
)
# The family of someone who died: the person named is the martyr, not met ("visited the
# family of martyr Ola Berg", "met with the mother of the late Ola Berg").
_KIN_OF_THE_DEAD = re.compile(
    r"\b(?:famil(?:y|ies)|mother|father|parents|relatives|widow|wife|husband|sons?|daughters?|"
    r"children|brothers?|sisters?)\s+of\s+(?:the\s+)?(?:(?:late|martyrs?|National\s+Hero(?:es)?|"
    r"fallen|deceased|victims?)(?:\s+|$))+",
    re.IGNORECASE,
)


def _kin_met(person: Person) -> Person:
    """Give the family of a dead person named in its role as the group met, unnamed."""
    said = " of ".join(part for part in (person.role, person.organisation) if part)
    if not person.name or not _KIN_OF_THE_DEAD.search(said + " "):
        return person
    role = f"{said} {person.printed or person.name}"
    return Person(name="", key=person_key(role), role=role, evidence=person.evidence)


# A clause after the guests that names others: "..., and discussed the situation of
# journalist X", "..., accompanied by Deputy Head of the Office X", "..., who presented
# the new Consul X", "at the invitation of X".
_OTHERS_CLAUSE = re.compile(
    # A verb, not an adjective ("and wounded servicemen"): the verb takes what follows.
    r",?\s+and\s+(?:also\s+)?(?:[a-z]+ed\s+(?:the|a|an|her|his|their|its|with|on|about|"
    r"that|issues|views|prospects|cooperation|information|them|him|to|for|in|at|into|"
    r"over|how|what|each|all|some)\b|"
    # Verbs of no "-ed": "and heard their concerns", "and saw the conditions".
    r"(?:said|spoke|told|gave|took|made|held|heard|saw|met|got|brought|sent|wrote|left|"
    r"went|came|found|paid|shared|answered)\b).*$|"
    r",?\s+accompanied\s+by\b.*$|,\s+who\s.*$|"
    # "visited Norland at the invitation of its Ombudsman X": the inviter is not met there.
    r",?\s+(?:at|on|upon)\s+the\s+invitation\s+of\b.*$"
)
# Where and when, after the guests: "in Shusha", "in Baku Congress Center", "on 14 May",
# "on Tuesday", "at her request".
_PLACE_OR_DAY_TAIL = re.compile(
    r",?\s+(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,4}(?:city|district|region)?|"
    r"on\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|"
    r"at\s+(?:his|her|their|the)\s+(?:own\s+)?(?:request|invitation)(?:\s+of\s+[^,]{1,60})?|"
    # "(pictured)", "(Norland)"; "Azernews reports" with no comma before it.
    r"\s*\([^()]{1,40}\)|[A-Z][\w.]*\s+(?:reports?|informs?|says)\b.*)$"
)
# The multilateral bodies whose sessions are events, not meetings of hers with a body:
# "the 50th session of the UN Human Rights Council", "the General Assembly of the AOA".
_ASSEMBLY = re.compile(
    r"\b(?:General\s+Assembly|Human\s+Rights\s+Council|Conference|Congress|Summit|Forum|"
    r"Генеральн\w+\s+Ассамбле\w*)\b"
)
# Ombudsmen met as a group, named in lower case: "the meeting of the ombudsmen of
# Turkic-speaking states", "во встрече омбудсменов тюркоязычных стран".
_OMBUDSMEN = re.compile(
    r"(?:ombuds(?:men|women|persons)|heads\s+of\s+(?:the\s+)?national\s+human\s+rights|"
    r"national\s+human\s+rights\s+institutions|омбудсменов|уполномоченных\s+по\s+правам\s+человека|"
    r"руководителей\s+национальных\s+правозащитных|национальных\s+правозащитных)\b"
)
# A session is a meeting of a board or a committee ("the session of the Executive Board").
_BOARD = re.compile(r"\b(?:Board|Bureau|Executive|Committee|Commission)\b")
# The guest as the subject: "the Ambassador of Mexico, Rodrigo Labardini, met with the
# Commissioner ..."; "X visited the Ombudsman".
_GUEST_VERB = re.compile(
    r"\b(?:has\s+)?(?:met\s+with|met|visited|paid\s+a\s+(?:courtesy\s+)?visit\s+to|called\s+on|"
    # "Speaker X had a meeting today with Commissioner ...", "X held meetings with".
    r"(?:held|had)\s+(?:an?\s+)?(?:online\s+|bilateral\s+)?meetings?\s+(?:today\s+)?with)\s+"
    r"(?=(?:the\s+)?(?:(?:Office|Apparatus|headquarters)\s+of\s+the\s+)?(?:Azerbaijani\s+)?"
    r"(?:(?:Ombuds\w*|Commissioner|Human\s+Rights\s+Commissioner)\b"
    # Not another's title: "met with the Ombudsman of Eastland".
    r"(?!(?:\s+for\s+Human\s+Rights)?\s+of\s+(?:the\s+)?(?!(?:Republic\s+of\s+)?Azerbaijan)"
    r"(?-i:[A-Z]))|Sabina|S\.\s*Aliyeva|Elmira))|"
    # Russian: "Посол Ола Берг встретился (в Баку) с омбудсменом", "посетил Аппарат
    # омбудсмена", "побывал в Аппарате омбудсмена", "позвонил омбудсмену" (phoned her).
    r"\b(?:встретил(?:ся|ась|ись)\s+(?:[^\s,.;:]+\s+){0,4}?со?|посетил[аи]?|"
    r"побывал[аи]?\s+в|позвонил[аи]?)\s+"
    r"(?=(?:(?:Аппарат|офис)\w*\s+)?(?:(?:омбудсмен|Уполномоченн)\w*\b"
    # Not another's title: "встретился с омбудсменом Грузии".
    r"(?!(?:\s+по\s+правам\s+человека)?\s+(?:в\s+)?(?!Азербайдж|Сабин|Эльмир|Алиев)"
    r"(?-i:[А-ЯЁ])[а-яё]+(?:ой|ии|ы|и|а|ого)\b)|Сабин|Эльмир))",
    re.IGNORECASE,
)
# "called on <her> to <verb>": urged her to act, not a visit to her.
# (Not a visit's purpose: "called on the Ombudsman to discuss cooperation".)
_URGED = re.compile(
    r"[^.,;]{0,120}?\s+to\s+(?!(?:the|her|his|a|an|discuss|talk|meet|present|introduce|"
    r"bid|say|pay|exchange|hand|deliver)\b)[a-z]+\b"
)
# The Russian passive: "Посол Ола Берг был принят омбудсменом" (the host after the verb).
_RECEIVED_BY_RU = re.compile(
    r"\b(?:был[аи]?\s+)?(?:также\s+)?принят[аы]?\s+"
    r"(?=(?:(?:в\s+Аппарате\s+)?омбудсмен|Уполномоченн|Сабин))",
    re.IGNORECASE,
)
# Russian word order puts the guest after the verb too: "С омбудсменом встретился посол
# Ола Берг", "Омбудсмена посетил посол Ола Берг" (the guest in the nominative), or the
# guest first and her after the verb: "Посла Олу Берга приняла омбудсмен".
_RU_INVERTED = re.compile(
    r"^(?:[^,.]{0,40},\s*)?(?:[Сс]о?\s+(?:омбудсменом|[Уу]полномоченным\s+по\s+правам\s+"
    r"человека|Сабиной\s+Алиевой)(?:\s+(?:Азербайджана|Сабиной\s+Алиевой))*\s+"
    r"(?:[^\s,.;:]+\s+){0,3}?встретил(?:ся|ась|ись)|"
    r"(?:[Оо]мбудсмена|[Уу]полномоченного\s+по\s+правам\s+человека|Сабину\s+Алиеву)"
    r"(?:\s+(?:Азербайджана|Сабину\s+Алиеву))*\s+посетил[аи]?)\s+"
)
_RU_RECEIVED_INVERTED = re.compile(
    r"\bпринял[аи]?\s+(?=(?:омбудсмен|[Уу]полномоченный|Сабина\s+Алиева)\b)",
    re.IGNORECASE,
)
# What "приняла" also takes that is no guest: part, an application, a decision, a law.
_RU_THING = re.compile(
    r"(?:участие\b|обращени|жалоб|заявлени|петици|письм|решени|мер[уы]?\b|меры|закон|документ|"
    r"резолюци|программ|план|к\s+сведению|во\s+внимание|присяг|поздравлени|наград|"
    r"предложени|доклад|отч[её]т|запрос|приглашени)",
    re.IGNORECASE,
)
# Complaints received from people, who brought them: "приняла обращения и жалобы
# некоторых жителей Губы" (a reception of citizens); a body's letter is no meeting.
_RU_COMPLAINTS_OF = re.compile(
    r"(?:обращени|жалоб|заявлени)\w*(?:\s+и\s+(?:обращени|жалоб|заявлени)\w*)?\s+"
    r"(?:от\s+)?(?P<group>(?:(?:некоторых|ряда|местных|многих)\s+)?(?:жителей|граждан|"
    r"родственников|заключенных|осужденных|беженцев|переселенцев|семей)\b[^,.;:]{0,60}?)"
    r"(?=\s*(?:[,.;:]|$|\s(?:по|о|на|в|и|с|к|из)\s))",
    re.IGNORECASE,
)
# The guest as the subject of a passive: "The representatives of X, Ms. A and Mr. B have
# been received by the Head of the Ombudsman Office, Mr. C" (the host is after the verb).
# She may be that guest: "The Ombudsman was received by the President of X", "Омбудсмен
# была принята президентом X" (the receiver in the instrumental): she visited.
_RECEIVED_BY = re.compile(
    # Tried where a run of spaces starts only: linear on a long run.
    r"(?<!\s)\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:also\s+)?received\s+by\s+|"
    r"(?<!\s)\s+был[аио]?\s+(?:также\s+)?принят[аы]?\s+",
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
    r"(?:(?:online|regular|extraordinary|\w+th|first|second|third|joint)\s+)*"
    r"(?:meeting|session|videoconference)\s+of\s+|"
    r"\bпринял[аи]?\s+участие\s+во?\s+(?:онлайн-?\s*)?(?:заседании|встрече|совещании)\s+(?!со?\s)",
    re.IGNORECASE,
)
# The Russian verbs of a meeting held: "состоялась", "прошла", "была проведена".
_RU_HELD_VERB = r"(?:состоял(?:ась|ся|ись)|прошл[аи]|был[аи]?\s+проведен[аы]?)"
# A meeting with no host in the sentence: "A meeting was held with <guest>", "A
# videoconference meeting was held between A and B", "Состоялась встреча ... с <guest>".
# The host is then found in the article (see _host_of).
_PASSIVE = re.compile(
    r"\b(?:an?|the)\s+(?:online\s+|video\s*conference\s+|videoconference\s+|phone\s+|"
    r"telephone\s+|bilateral\s+)?(?:meeting|conversation|talks?|video\s*conference)\s+"
    r"(?:was|were|has\s+been)\s+(?:also\s+|recently\s+)?held\s+"
    r"(?:(?:on|in|at|via|through)\s+[^,]{1,40}?\s+)?"
    r"(?:with|between)\s+|"
    # "Состоялась / Прошла / Была проведена встреча ... с <guest>" or "... между A и B".
    rf"\b{_RU_HELD_VERB}\s+(?:онлайн-?\s*)?(?:встреч[аи]|видеоконференция|"
    r"телефонный\s+разговор|беседа)\b(?:[^.]{0,120}?\s+между\s+|[^.]{0,120}?\s+со?\s+)|"
    # "Между A и B состоялся телефонный разговор": the sides before the verb, joined by
    # "и"; not "Между тем" (meanwhile), "Между делом", "Между прочим", "между собой".
    r"\b[Мм]ежду\s+(?!(?:тем|делом|прочим|собой|нами|ними)\b)"
    # Two look-aheads, each linear: "и" before the verb, and the verb.
    rf"(?=(?:(?!{_RU_HELD_VERB})[^.]){{1,200}}?\s+и\s)(?=[^.]{{3,200}}?\s+{_RU_HELD_VERB}\s)",
    re.IGNORECASE,
)
# "Встреча омбудсмена с <guest> прошла в Баку", "Встреча омбудсмена и <guest> состоялась":
# the meeting named first, her in the genitive, the guest after "с" (or "и"), then the verb.
_RU_MEETING_NOUN = re.compile(
    r"\b[Вв]стреч[аи]\s+(?:[Оо]мбудсмена|[Уу]полномоченного\s+по\s+правам\s+человека|"
    r"Сабины\s+Алиевой)(?:\s+(?:Азербайджана|Сабины\s+Алиевой))*\s+(?P<joint>со?|и)\s+"
    rf"(?=[^.]{{3,200}}?\s+{_RU_HELD_VERB}\b)"
)
# "Встреча Совета Детских Послов состоялась с Уполномоченным ...": the guest, in the
# genitive, before the verb; the host after "с".
_GUEST_MEETING_RU = re.compile(
    r"\b[Вв]стреч[аи]\s+(?P<guest>[^.]{3,150}?)\s+состоял(?:ась|ся|ись)\s+(?:\w+\s+){0,3}?со?\s+"
)
# "С <guest> состоялась / была проведена встреча": the guest first, no host in the sentence.
_RU_WITH_FIRST = re.compile(
    # Not "С участием <others> состоялась встреча": a meeting of others (see below).
    r"^(?:[^,.]{0,40},\s*)?[Сс]о?\s+(?!участием\b)(?P<guest>[^.]{3,150}?)\s+"
    rf"{_RU_HELD_VERB}\s+(?:онлайн-?\s*)?(?:встреча|беседа|видеоконференция|"
    r"телефонный\s+разговор)\b"
)
# "С участием омбудсмена и <guest> состоялась встреча": those taking part, she one of
# them (in the genitive), before the verb.
_RU_PARTICIPANTS_FIRST = re.compile(
    r"^(?:[^,.]{0,40},\s*)?[Сс]\s+участием\s+(?P<guest>[^.]{3,200}?)\s+"
    rf"{_RU_HELD_VERB}\s+(?:онлайн-?\s*)?(?:встреча|беседа|видеоконференция)\b"
)
# Her mention first in that list, cut with its "и": "омбудсмена Сабины Алиевой и ...".
_RU_HER_FIRST = re.compile(
    r"^(?:(?:[Оо]мбудсмена|[Уу]полномоченного\s+по\s+правам\s+человека)(?:\s+Азербайджана)?"
    r"(?:\s+Сабины\s+Алиевой)?|Сабины\s+Алиевой)(?:\s+и|,)\s+"
)
# "Встреча <guest> с омбудсменом состоялась / прошла ...": the host after "с", before the verb.
_GUEST_MEETING_RU_WITH = re.compile(
    r"\b[Вв]стреч[аи]\s+(?P<guest>[^.]{3,150}?)\s+со?\s+"
    rf"(?=(?:[Оо]мбудсмен|[Уу]полномоченн|Сабин)[^.]{{0,80}}?\s+{_RU_HELD_VERB}\b)"
)
# The Ombudsman and a delegation as one subject: "The Commissioner and the delegation of
# the OIC Ombudsman Association also inspected ...", "the fact-finding mission of the
# Ombudsman and the delegation of X continues": a joint activity with the delegation.
# The body before "delegation" is capitalised ("the TIHEK delegation"), in any case of
# the rest ("(?-i:...)": not "her delegation", "the accompanying delegation", which are
# hers); "the visiting delegation of X" names the body after it.
_JOINT_SUBJECT = re.compile(
    r"\s+and\s+(?=(?:the\s+|a\s+)?(?!(?:her|his|its|their|our)\s)"
    r"(?:(?:(?-i:[a-z])[\w-]*\s+){0,2}delegation\s+of\s|"
    r"(?:(?-i:[A-Z])[\w-]*\s+){1,3}[Dd]elegation\b))",
    re.IGNORECASE,
)
# Where the delegation's body ends in such a sentence: at its verb or a clause.
_JOINT_SUBJECT_END = re.compile(
    r"\s+(?:also\s+|jointly\s+|together\s+)?(?:[a-z]+ed|continues?|began|is|are|was|were|"
    r"has|have|had|will|to)\b|,|;|\s+-\s",
)
# The Ombudsman's deputy or staff named as host: "Deputy Head of the Office Rashid
# Rumzadeh", "the head of the Ombudsman Office, Aydin Safikhanli", "Aparatın rəhbəri ...".
_STAFF_ROLE = (
    r"(?:(?:the\s+)?(?:deputy\s+)?(?:head|chief)\s+of\s+(?:the\s+)?(?:Ombudsman(?:'s|’s)?\s+)?"
    r"(?:Office|Apparatus)(?:(?:'s|’s)?\s+(?:[\w-]+\s+){0,4}?(?:department|sector|division|unit))?|"
    # "the head of the ... department of the Ombudsman's Office"
    r"(?:the\s+)?(?:deputy\s+)?(?:head|chief|director)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:department|sector|division|unit)\s+of\s+the\s+Ombudsman(?:'s|’s)?(?:\s+Office)?|"
    r"(?:senior\s+)?advis[eo]r\s+(?:to|of)\s+the\s+Ombudsman|"
    # "Deputy Ombudsman", "the Ombudsman's deputy", "Deputy Commissioner for Human Rights".
    r"(?:the\s+)?deputy\s+(?:to\s+the\s+)?(?:Ombuds(?:man|woman|person)|"
    r"(?:Human\s+Rights\s+)?Commissioner(?:\s+for\s+Human\s+Rights)?)|"
    r"(?:the\s+)?Ombuds(?:man|woman|person)(?:'s|’s)\s+deputy|"
    r"(?:Ombudsman\s+)?Aparatının\s+rəhbəri(?:nin\s+müavini)?|"
    r"(?:müvəkkilin|Ombudsmanın|[Oo]mbudsman)\s+müavini|"
    r"руководител\w+\s+аппарата(?:\s+омбудсмена)?|заместител\w+\s+(?:руководителя\s+аппарата|"
    r"омбудсмена|уполномоченного(?:\s+по\s+правам\s+человека)?))"
)
_STAFF_HOST = re.compile(
    rf"{_STAFF_ROLE}\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){{1,2}})",
    re.IGNORECASE,
)
# Her staff as a group that no name is given for, as the subject of a meeting:
# "Representatives of the Ombudsman's Office met ...", "Ombudsman Aparatının əməkdaşları
# ... görüşüb", "Представители омбудсмена встретились ...".
_STAFF_GROUP = re.compile(
    r"(?:the\s+)?(?:representatives|staff(?:\s+members)?|employees|officials|officers)\s+of\s+"
    r"(?:the\s+)?(?:Ombuds(?:man|woman|person)(?:'s|’s)?\s+Office|Office\s+of\s+the\s+"
    r"(?:Ombuds(?:man|woman|person)|Commissioner(?:\s+for\s+Human\s+Rights)?)|"
    r"Ombuds(?:man|woman|person)(?:'s|’s)?\s+(?:Apparatus|Apparat)|Ombuds(?:man|woman|person))|"
    r"(?:the\s+)?Ombuds(?:man|woman|person)(?:'s|’s)\s+(?:Office\s+)?(?:staff|employees|representatives)|"
    r"(?:(?:Ombudsman|Müvəkkil(?:in)?)\s+)?Aparatının\s+(?:əməkdaşları|nümayəndələri|məsul\s+şəxsləri)|"
    r"(?:Ombudsmanın|[Mm]üvəkkilin)\s+(?:nümayəndələri|əməkdaşları)|"
    r"(?:представители|сотрудники)\s+(?:аппарата(?:\s+омбудсмена|\s+Уполномоченного"
    r"(?:\s+по\s+правам\s+человека)?)?|омбудсмена|Уполномоченного(?:\s+по\s+правам\s+человека)?)",
    re.IGNORECASE,
)
# The word after (of another country: "омбудсмена Грузии", "Ombudsman of Norland") or before
# ("Gürcüstan Ombudsmanının nümayəndələri") a staff group that makes it another's.
_ANOTHERS_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?(?-i:[A-ZА-ЯƏÖÜÇŞĞİ])[\w'’-]*")
# The tail of a lead sentence that attributes it: ", the Ombudsman's Office told Trend."
_ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:[^,]{0,60}\s)?(?:told|reports?|informs?|reported)\b.*$|,\s*according\s+to\b.*$|"
    r",\s*(?:сообщил\w*|передает|передаёт)\b.*$",
    re.IGNORECASE,
)
# "a delegation of the X led by its Chairperson ...", "делегацию X во главе с ...": the
# leader is met, of the delegation's body.
_DELEGATION_HEAD = re.compile(
    # "the Norland delegation led by ...": the body before the word, capitalised.
    r"^(?:a|the)\s+(?P<body_before>(?:(?-i:[A-Z])[\w'’-]*\s+){1,3})?"
    r"delegation\s+(?:(?:of|from)\s+(?:the\s+)?(?P<body>[^,;]{2,100}?)\s*,?\s+|"
    r"(?:\w+\s+){0,3}?)(?:headed|led)\s+by\s+(?:its\s+)?|"
    # "делегацию X во главе с Y", "делегацию (X), возглавляемую Y": Y in the instrumental.
    r"^делегаци\w+\s*(?:(?P<body_ru>[^,;]{2,100}?)\s*)?(?:,\s*)?(?:во\s+главе\s+со?|"
    r"возглавляем\w+)\s+",
    re.IGNORECASE,
)
# How a Russian delegation's head is named, in the instrumental: "во главе с", "возглавляемую".
_LED_BY_RU = re.compile(r"(?:\sсо?|возглавляем\w+)\s*$", re.IGNORECASE)
_DELEGATION_SENTENCE = re.compile(
    r"\b(?:meeting\s+(?:was\s+)?(?:also\s+)?(?:involved|attended\s+by|included)|"
    r"also\s+(?:attended|took\s+part|participated)|brought\s+together|"
    r"(?:was|were)\s+attended\s+by|among\s+(?:them|the\s+participants)\s+(?:were|was)|"
    r"participants\s+included)\b",
    re.IGNORECASE,
)
# An event that is not the meeting, named before those who attended it: "The conference
# was attended by ...", "The opening ceremony of the exhibition was also attended by".
_OTHER_EVENT = re.compile(
    r"\b(?:conference|event|forum|ceremony|exhibition|seminar|round[\s-]*table|training|"
    r"session|congress|summit|festival|concert|opening|presentation|competition|contest|"
    r"olympiad|celebration|commemoration)s?\b",
    re.IGNORECASE,
)
# A role that makes a person one of the Ombudsman's own staff, not a guest.
_STAFF_WORDS = re.compile(
    r"\b(?:Ombudsman(?:'s|’s)?\s+Office|of\s+the\s+Office|Aparat\w*|аппарат\w*)", re.IGNORECASE
)


# Her predecessor's name alone, her first name (or its initial) before any of her
# surname's forms ("Elmira Suleimanova", "Эльмирой Сулеймановой").
_PREDECESSOR_NAME = re.compile(
    rf"(?:(?:Elmira|Эльмир(?:а|ой|ою|е|у|ы))\s+|[EЭ]\.\s*)?{_PREDECESSOR_FORMS}", re.IGNORECASE
)
# Her name alone, in any of its spellings; in Russian also declined, with her first name
# ("омбудсменом Сабиной Алиевой").
_HOST_NAME = re.compile(
    r"(?:Sabina\s+|S\.\s*)?Aliyeva|(?:Səbinə\s+)?Əliyeva|Сабин[оеуы]\w*\s+Алиев\w+|"
    r"(?:Сабина\s+)?Алиева"
)
# Azerbaijani puts the verb last, after the guest: "<role> <Name> ilə görüşüb" (met
# with; also the converb "görüşərək", "having met"), "<Name>la görüşüb" (the
# instrumental ending instead of "ilə"), "... ilə onlayn görüş keçirib" (online),
# "<role> <Name>i qəbul edib" (received), "<Name>a zəng edib" (phoned).
_AZ_MEETING_VERB = (
    # How: "onlayn görüşüb", "videokonfrans vasitəsilə görüşüb" (met online, by video).
    r"(?:(?:onlayn|virtual|videoformatda|video\s+formatda|onlayn\s+formatda|"
    r"videokonfrans\s+(?:formatında|vasitəsilə|rejimində)|videobağlantı\s+vasitəsilə|"
    # "Zoom platforması vasitəsilə (onlayn görüş keçirib)": by what means.
    r"videoəlaqə\s+vasitəsilə|(?:[\w-]+\s+){1,2}(?:vasitəsilə|üzərindən))\s+)?"
    r"(?:görüş(?:üb(?:lər)?|ərək|müşdür|müşlər|dü(?:lər)?)|"
    # "ilə görüşdə" (at the meeting with), "ilə görüşü olub" (had a meeting with).
    r"görüş(?:də|ü\s+zamanı|ü\s+(?:olub|olmuşdur|keçirilib|keçirilmişdir|baş\s+tutub|"
    r"baş\s+tutmuşdur))|"
    r"(?:onlayn\s+|videokonfrans\s+(?:formatında\s+)?|telefon\s+)?"
    r"(?:görüş|danışıq|danışığı|söhbət)\s+"
    # The perfect in -ib, the narrative perfect in -mişdir, the simple past in -di.
    r"(?:keçirib(?:lər)?|keçirmiş(?:dir|lər)?|keçirdi(?:lər)?|keçirərək|keçiril(?:ib|di|mişdir)|"
    r"aparıb|aparıblar|aparmışdır|edib|olub|olmuşdur)|"
    r"videokonfrans\s+keçir(?:ib|miş(?:dir)?|di)|telefonla\s+danış(?:ıb|mışdır|dı|araq)|"
    r"telefon\s+danışığı\s+apar(?:ıb|mışdır|dı)|telefon\s+əlaqəsi\s+saxla(?:yıb|mışdır|dı)|"
    # "... ilə bir araya gəlib" (came together with).
    r"bir\s+araya\s+gəl(?:ib(?:lər)?|miş(?:dir|lər)?|di(?:lər)?))"
    # Not a longer word: "görüşdüyünü xatırladıb" (recalled that she had met).
    r"(?![^\W\d_])"
)
# The particle "da/də" (also, too) may stand before the verb: "... ilə də görüşüb" (met
# with ... too), "<guest>i də qəbul edib" (received ... too).
_AZ_ALSO = r"(?:\s+d[aə])?"
_AZ_MET = re.compile(rf"\s+ilə{_AZ_ALSO}\s+{_AZ_MEETING_VERB}")
# The instrumental ending glued to the name, after an apostrophe too ("Zeller'lə").
_AZ_MET_GLUED = re.compile(
    rf"(?<=(?:[^\W\d_]|['’])l[aə])(?<!\bil[əa]){_AZ_ALSO}\s+{_AZ_MEETING_VERB}"
)
# "<host> və <guest> görüşüblər" (they met), "<host> ilə <guest> bir araya gəliblər".
_AZ_MET_EACH_OTHER = led_by(
    "gb",
    re.compile(
        r"(?<=[^\W\d_]\s)(?:görüşüblər|görüşmüşlər|görüş\s+keçiriblər|bir\s+araya\s+gəliblər)"
        r"(?![^\W\d_])"
    ),
)
# "<host> və <guest> Anlaşma Memorandumu imzalayıblar" (they signed a memorandum).
_AZ_SIGNED_EACH_OTHER = led_by(
    "AaƏəMmSs",
    re.compile(
        r"(?<=[^\W\d_]\s)(?:[Aa]nlaşma\s+|[Əə]məkdaşlıq\s+)?(?:[Mm]emorandum[ua]?|[Ss]aziş[ia]?)\s+"
        r"imzala(?:yıblar|mışlar)(?![^\W\d_])"
    ),
)
# A meeting with no host in the sentence: "<guest> ilə (onlayn) görüş keçirilib" (a
# meeting was held with), as the English passive; the host is the article's.
_AZ_PASSIVE = re.compile(
    r"\s+ilə\s+(?:onlayn\s+|videokonfrans\s+formatında\s+|telefon\s+)?"
    r"(?:görüş|danışıq|söhbət|telefon\s+danışığı|videokonfrans)\s+"
    r"(?:keçiril(?:ib|di|mişdir)|baş\s+tut(?:ub|muşdur)|ol(?:ub|muşdur)|aparılıb)(?![^\W\d_])"
)
# A body's meeting she took part in: "<body>nın (onlayn) iclasında iştirak edib".
_AZ_BODY_MEETING = re.compile(
    r"(?<=n[ıiuü]n)\s+(?:(?:növbəti|onlayn|illik|növbədənkənar|birgə|videokonfrans\s+formatında|"
    r"\d+-[a-zəçğıöşü]+)\s+)*(?:iclasında|toplantısında|sessiyasında)\s+(?:onlayn\s+)?"
    r"iştirak\s+(?:edib|etmişdir|edərək)(?![^\W\d_])"
)
# A meeting of several, its participants in a relative clause before it: "<host> A, B və
# C-nin iştirak etdiyi (onlayn) iclasda çıxış edib" (spoke at the session A, B and C took
# part in), "... iştirakı ilə keçirilən görüşdə" (held with their participation). She may
# be one of them ("A və Səbinə Əliyevanın iştirak etdiyi görüşdə"). A conference, a
# forum or an event ("tədbir") so attended is no meeting.
_AZ_PARTICIPANTS = re.compile(
    # (One space inside "iştirak etdiyi" and "iştirakı ilə", as bodies print it: their needles.)
    r"(?<=(?:[^\W\d_]|['’])[ıiuü]n)\s+(?:da\s+)?(?:iştirak etdiyi|iştirakı ilə\s+"
    r"(?:keçirilən|keçirilmiş|baş\s+tutan|təşkil\s+(?:olunan|edilən))|iştirakı ilə)\s+"
    r"(?:(?:növbəti|onlayn|virtual|"
    r"birgə|ikinci|videokonfrans\s+formatında|\d+-[a-zəçğıöşü]+)\s+)*(?:iclas|toplantı|görüş)"
    # "... iştirakı ilə (onlayn) görüş keçirilib" (a meeting was held with them taking part).
    r"(?:da|də|a|ə|\s+keçiril(?:ib|di|mişdir)|\s+baş\s+tut(?:ub|muşdur))?(?![^\W\d_])"
)
# An online session she took part in, told before its participants are (see scan).
_AZ_ONLINE_SESSION = re.compile(
    r"(?<![^\W\d_])(?:onlayn|virtual|videokonfrans\s+formatında)\s+(?:iclas|görüş|toplantı)"
)
# A memorandum she signed with others: "<host> <guest> ilə Anlaşma Memorandumu imzalayıb";
# signed by a list of which she (or her country's ombudsman) is one: "... Azərbaycan,
# Türkiyə və Qazaxıstanın ombudsmanları tərəfindən imzalanıb".
_AZ_SIGNING = (
    # What the memorandum is, in lower case but its name ("əməkdaşlıq haqqında Anlaşma").
    r"(?:birlikdə\s+)?(?:(?:[a-zçəğıöşü]+|Anlaşma|Əməkdaşlıq)\s+){0,4}?"
    r"(?:[Mm]emorandum[ua]?|[Ss]aziş[ia]?|[Pp]rotokol[ua]?)\s+"
    r"imzala(?:yıb(?:lar)?|mış(?:dır|lar)?|dı(?:lar)?|yaraq)(?![^\W\d_])"
)
_AZ_SIGNED = re.compile(rf"\s+ilə\s+{_AZ_SIGNING}")
# The instrumental glued to the name: "<host> Ola Berqlə Anlaşma Memorandumu imzalayıb".
_AZ_SIGNED_GLUED = re.compile(rf"(?<=(?:[^\W\d_]|['’])l[aə])(?<!\bil[əa])\s+{_AZ_SIGNING}")
_AZ_SIGNED_BY = re.compile(r"\s+tərəfindən\s+imzalan(?:ıb|mışdır|dı)(?![^\W\d_])")
# Her country as one of a list of signatories: "Azərbaycan, Türkiyə və ..." (then the
# others' ombudsmen are her counterparts).
_AZ_HER_COUNTRY_LISTED = re.compile(
    r"(?<![^\W\d_])Azərbaycan(?:ın|\s+Respublikasının)?\s*(?:,|\s+və)\s+(?=(?-i:[A-ZÇƏĞİÖŞÜ]))"
)
# Ombudsmen as the body whose session it was, in its last word ("... ombudsmanları").
_AZ_OMBUDSMEN = re.compile(r"(?<![^\W\d_])ombudsmanlar(?:ı(?:nın)?)?$")
_AZ_HOST_SIDE = re.compile(
    r"(?:(?:və|,)\s+)?(?:aparatın|Aparatın|Aparatının|Ombudsman\s+Aparatının)\s+"
    r"(?:nümayəndələri|əməkdaşları)\s+"
)
# "... Malkoçun rəhbərlik etdiyi nümayəndə heyəti" (the delegation led by Malkoç).
_AZ_LED_BY = re.compile(
    r"\s+(?:rəhbərlik|başçılıq)\s+etdiyi\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:nümayəndə\s+heyəti\w*|heyət\w*)\s*$"
)
# Where or when may stand between the guest and the verb: "<guest>i Aparatda qəbul edib".
_AZ_RECEIVED = re.compile(
    rf"{_AZ_ALSO}"
    r"\s+(?:(?:(?:Ombudsman\s+)?Aparat(?:ın)?da|ofisində|ofisdə|iş\s+otağında|Bakıda|"
    r"bu\s+gün|dünən)\s+)?qəbul\s+(?:edib|edərək|etmişdir|etdi)(?![^\W\d_])"
)
# The guest as the subject of a passive: "<guest> Ombudsman Aparatında qəbul olunub".
_AZ_RECEIVED_PASSIVE = re.compile(
    r"\s+(?:tərəfindən\s+)?qəbul\s+(?:olunub|edilib|olundu|edildi|olunmuşdur|edilmişdir)"
    r"(?![^\W\d_])"
)
# What "qəbul edib" also takes that is no person: an application, a complaint, a letter, a
# decision ("müraciəti qəbul edib", accepted the application), as the phrase's last word.
_AZ_THING = re.compile(
    r"(?:^|\s)(?:müraciət|şikayət|ərizə|məktub|sənəd|qərar|təklif|zəng|hesabat|qanun|tövsiyə|"
    r"bəyanat|sorğu|xahiş|məruzə|layihə|proqram|plan|qətnamə|dəvət|təbrik|mükafat|məlumat|"
    r"iddia|vəsatət)[^\W\d_]*\s*$"
)
# The guest as the subject, at her Office: "<guest> Ombudsman Aparatında olub" (was at
# the Office), "... Aparatına gəlib" (came to it), "... Aparatını ziyarət edib" (visited it).
# (Behind its look-ahead here, as _AZ_CASES holds it.)
_AZ_AT_OFFICE = led_by(
    "AİOoMmSƏ",
    re.compile(
        r"(?<!\S)(?:(?:(?:Azərbaycan\s+Respublikasının\s+)?İnsan\s+[Hh]üquqları\s+üzrə\s+"
        r"[Mm]üvəkkilinin|[Oo]mbudsman(?:ın)?|[Mm]üvəkkilin)\s+Aparatın"
        r"(?:da\s+(?:qonaq\s+|səfərdə\s+)?(?:olub(?:lar)?|olmuş(?:dur|lar))|"
        r"a\s+(?:gəlib(?:lər)?|gəlmiş(?:dir|lər)|səfər\s+edib(?:lər)?)|"
        r"ı\s+ziyarət\s+(?:edib(?:lər)?|etmiş(?:dir|lər)|edərək))|"
        # "<guest> Ombudsmanın qəbulunda olub" (was received by her).
        # Her title before her name may take its possessive ("Ombudsmanı Səbinə Əliyevanın").
        r"(?:(?:(?:[Oo]mbudsman|[Mm]üvəkkil)[ıi]?\s+)?(?:Səbinə\s+)?Əliyevanın|[Oo]mbudsmanın|"
        r"[Mm]üvəkkilin)\s+qəbulunda\s+"
        r"(?:olub(?:lar)?|olmuş(?:dur|lar)))(?![^\W\d_])"
    ),
)
# "<host> (və aparatın nümayəndələri) N hərbi hissəsini ziyarət ediblər" (visited).
_AZ_VISITED = re.compile(r"\s+ziyarət\s+(?:edib(?:lər)?|edərək|etmişdir|etdi(?:lər)?)")
# "<host> N saylı cəzaçəkmə müəssisəsinə baş çəkib" (called at, visited): the place in
# the dative.
_AZ_CALLED_AT = re.compile(
    r"\s+baş\s+çək(?:ib(?:lər)?|ərək|miş(?:dir|lər)?|di(?:lər)?)(?![^\W\d_])"
)
# The dative ending on the guest's name, after an apostrophe too ("Zeller'ə zəng edib").
_AZ_PHONED = re.compile(
    rf"(?<=(?:[^\W\d_]|['’])[aəeyı]){_AZ_ALSO}\s+(?:telefonla\s+)?zəng\s+"
    r"(?:edib|edərək|etdi|etmişdir)(?![^\W\d_])"
)
# "<host> ilə <guest> arasında görüş keçirilib" (a meeting was held between them).
_AZ_BETWEEN = re.compile(
    r"\s+arasında\s+(?:onlayn\s+|videokonfrans\s+(?:formatında\s+)?|telefon\s+)?"
    r"(?:görüş|danışıq|telefon\s+danışığı|söhbət|videokonfrans)\s+"
    r"(?:keçirilib|keçirildi|keçirilmişdir|olub|olmuşdur|baş\s+tutub|baş\s+tutmuşdur|aparılıb)"
)
_AZ_PAIR_TRIGGERS: tuple[tuple[re.Pattern[str], MeetingKind, AzerbaijaniCase], ...] = (
    (_AZ_RECEIVED, MeetingKind.RECEIVED, "accusative"),
    (_AZ_RECEIVED_PASSIVE, MeetingKind.RECEIVED, "nominative"),
    (_AZ_BETWEEN, MeetingKind.JOINT, "nominative"),
    (_AZ_VISITED, MeetingKind.VISITED, "accusative"),
    (_AZ_CALLED_AT, MeetingKind.VISITED, "dative"),
    (_AZ_MET, MeetingKind.JOINT, "nominative"),
    (_AZ_MET_GLUED, MeetingKind.JOINT, "instrumental"),
    (_AZ_PHONED, MeetingKind.JOINT, "dative"),
    (_AZ_MET_EACH_OTHER, MeetingKind.JOINT, "nominative"),
    (_AZ_BODY_MEETING, MeetingKind.JOINT, "genitive"),
)
# The forms of meetings of several and of signing, tried (after the others) only where
# one of their words stands (_AZ_SEVERAL_NEEDLES): most sentences hold none.
_AZ_SEVERAL_TRIGGERS: tuple[tuple[re.Pattern[str], MeetingKind, AzerbaijaniCase], ...] = (
    (_AZ_PARTICIPANTS, MeetingKind.JOINT, "genitive"),
    (_AZ_SIGNED, MeetingKind.JOINT, "nominative"),
    (_AZ_SIGNED_GLUED, MeetingKind.JOINT, "instrumental"),
    (_AZ_SIGNED_BY, MeetingKind.JOINT, "nominative"),
    (_AZ_SIGNED_EACH_OTHER, MeetingKind.JOINT, "nominative"),
)
_AZ_SEVERAL_NEEDLES = ("iştirak etdiyi", "iştirakı ilə", "imzala")
_AZ_TRIGGERS = (*_AZ_PAIR_TRIGGERS, *_AZ_SEVERAL_TRIGGERS)
# Headlines speak in the present (in -ir): "Ombudsman səfir ... ilə görüşür", "... qəbul
# edir"; in a body the present tells of habits ("vətəndaşları hər həftə qəbul edir").
_AZ_PRESENT = r"(?:onlayn\s+)?(?:görüşür|görüş\s+keçirir)(?![^\W\d_])"
_AZ_MET_NOW = re.compile(rf"\s+ilə\s+{_AZ_PRESENT}")
_AZ_MET_GLUED_NOW = re.compile(rf"(?<=(?:[^\W\d_]|['’])l[aə])(?<!\bil[əa])\s+{_AZ_PRESENT}")
_AZ_RECEIVED_NOW = re.compile(r"\s+qəbul\s+edir(?![^\W\d_])")
_AZ_HEADLINE_TRIGGERS: tuple[tuple[re.Pattern[str], MeetingKind, AzerbaijaniCase], ...] = (
    (_AZ_RECEIVED_NOW, MeetingKind.RECEIVED, "accusative"),
    (_AZ_MET_NOW, MeetingKind.JOINT, "nominative"),
    (_AZ_MET_GLUED_NOW, MeetingKind.JOINT, "instrumental"),
)
_AZ_CASES: dict[re.Pattern[str], AzerbaijaniCase] = {
    **{p: case for p, _k, case in (*_AZ_TRIGGERS, *_AZ_HEADLINE_TRIGGERS)},
    _AZ_PASSIVE: "nominative",
    _AZ_AT_OFFICE: "nominative",
}
# Her titles before her name: "Azərbaycan Respublikasının İnsan hüquqları üzrə müvəkkili
# (Ombudsman)", cut from the end of a guest who is the subject.
_AZ_HER_TITLES = re.compile(
    r"(?:\s*(?:\(?Ombudsman\w*\)?|[Mm]üvəkkil\w*|İnsan\s+[Hh]üquqları\s+üzrə|"
    r"Azərbaycan(?:ın|\s+Respublikasının)?))+\s*$"
)
# What may lead the guest: her name's genitive ending ("Əliyeva-nın"), how, when.
_AZ_LEAD = re.compile(
    # "əvvəlcə" (first), "sonra", "daha sonra", "ardından" (then), "həmçinin" (also).
    r"^(?:n[ıi]n\s+)?(?:(?:[Bb]u\s+gün|[Dd]ünən|onlayn\s+formatda|onlayn|əvvəlcə|"
    r"(?:daha\s+)?sonra|ardından|ardınca|həmçinin|eləcə\s+də|"
    r"videokonfrans\s+(?:formatında|vasitəsilə|rejimində)|video\s*formatda|telefonla|"
    r"\d{1,2}\s+[a-zəçğıöşü]+(?:\s+\d{4}-?[a-zü]*)?\s+(?:tarixində|ildə)|"
    r"\d{4}-?(?:cü|ci|cı|cu)\s+ildə|"
    # Where: "Aparatda", "ofisində" (at her Office), "Bakıda".
    r"(?:Ombudsman\s+)?Aparat(?:ın)?da|ofisində|ofisdə|iş\s+otağında|Bakıda|"
    # "Səfər çərçivəsində" (during the visit), "görüş zamanı" (at the meeting).
    r"(?:[^\W\d_]+\s+){1,2}(?:çərçivəsində|zamanı|əsnasında))\s*,?\s+)*"
)
# A clause of a place visited before the guest and its role: "<place>da olub və".
# A converb ("ziyarət edərək", having visited; "baş çəkərək") needs no "və".
_AZ_VISIT_CLAUSE = re.compile(
    r"\s+(?:(?:olub|olaraq|gedib|səfər\s+edib|ziyarət\s+edib|baş\s+çəkib)\s*(?:,|\s+və)|"
    r"(?:ziyarət\s+edərək|baş\s+çəkərək|səfər\s+edərək)\s*,?)\s+"
)
# A clause before the guest: "<place>da olub və", "<place>ı ziyarət edib,".
_AZ_CLAUSE = re.compile(
    r"(?:\s+(?:olub|olaraq|gedib|səfər\s+edib|ziyarət\s+edib|ziyarət\s+edərək|baş\s+çəkib|"
    r"baş\s+çəkərək)\s*(?:,|\s+və)?|"
    r",)\s+(?=\S+$|\S+\s+\S+$)"
)


# The locative ("Bakıda", "Müəssisəsində"), the accusative of a place gone to and the
# dative of one called at ("Evinə baş çəkib", "Şuşaya").
_AZ_PLACE_ENDINGS = (
    *("nda", "ndə", "da", "də", "ta", "tə", "nı", "ni", "nu", "nü"),
    *("na", "nə", "ya", "yə", "a", "ə"),
)


def _az_place(text: str) -> str | None:
    """Return a place an Azerbaijani clause was at ("Müəssisəsində olub"), in the nominative."""
    words = text.strip(" ,").split()
    if not words or len(words) > 8 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return None
    last = strip_azerbaijani_ending(words[-1], _AZ_PLACE_ENDINGS)
    place = " ".join([*words[:-1], last])
    return None if _not_a_body(place) else place


# How a meeting was held, in the three languages: by phone, else online (video).
_PHONE = re.compile(
    r"\b(?:by\s+(?:tele)?phone|(?:tele)?phone\s+(?:call|conversation|talk)s?|"
    r"telefon\s+danışığı|telefon\s+əlaqəsi|telefonla|zəng\s+(?:edib|edərək|etdi|etmişdir)|"
    r"по\s+телефону|телефонн\w+\s+разговор\w*|позвонил\w*)\b",
    re.IGNORECASE,
)
_REMOTE = re.compile(
    r"\b(?:video\s*-?\s*conferenc\w*|online|virtual(?:ly)?|via\s+video|"
    r"video[\s-]*(?:meeting|call|link|format|mode|conversation)s?|via\s+(?:Zoom|Skype|Webex)|"
    r"onlayn|videokonfrans\w*|videobağlantı\w*|videoəlaqə\w*|videoformat\w*|video\s+format\w*|"
    r"videozəng\w*|(?-i:Zoom|Skype|Webex)|"
    r"онлайн\w*|видеоконференц\w*|видеосвяз\w*|видеовстреч\w*|видеоформат\w*)\b",
    re.IGNORECASE,
)
# "with" (or Russian "с", "со") after "held a meeting": the guest follows.
_PARTICIPATION = re.compile(
    r"(?:the\s+)?participation\s+of\s+(?:the\s+)?|участием\s+", re.IGNORECASE
)
# "withPresident": a page's lines joined without their space (MENAFN copies); the
# capital is a capital ("(?-i:...)"), or "within", "without" would read as "with".
_WITH = re.compile(r"\s*(?:(?:with|со?)\s+|with(?=(?-i:[A-Z])))", re.IGNORECASE)
# "Later she met with ...": the pronoun as the subject of a sentence.
_SHE = re.compile(r"(?:^|,\s*|^\w+\s+|\bthat\s+)\b[Ss]he\b")
# A sentence ends at a stop before a capital of any script ("... сотрудничество. Стороны",
# "... olunub. Əsirlər") or an opening quote; the capital is checked in _sentences.
_SENTENCE_END = re.compile(r"[.!?](?=\s+(?P<next>[\"“«(]|[^\W\d_]))")
# An initial of any script ("S.", "С.", "Ə."), a title, or a Russian "г." (year, city).
_ABBREVIATION = re.compile(
    r"(?:(?<!\w)[^\W\d_]|\bMrs?|\bMs|\bDr|\bSt|\bNo|\bJr|\bU\.S|\bгг|\bим|\bул)\.$"
)


def _sentences(paragraph: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence, not splitting after initials or titles."""
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        following = match["next"]
        if not (following.isupper() or following in '"“«('):
            continue  # "... the U.S. delegation", "e.g. the": a stop inside a sentence
        # An abbreviation is at most four characters before the end ("U.S."); its \b
        # looks one further back, and the character before ``start`` is a space.
        if _ABBREVIATION.search(paragraph, max(start, match.end() - 6), match.end()):
            continue
        yield start, match.end()
        start = match.end()
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    if start < len(paragraph):
        yield start, len(paragraph)


# Patterns searched in every sentence stand behind a look-ahead for the letters their
# matches start with (ombudsparse._regex.led_by): a place without one costs one try.
_PREDECESSOR = led_by("SС", _PREDECESSOR)
_HOST = led_by("SAEtOCHƏMСАЭОУ", _HOST)
_RECEIVED = led_by("hrп", _RECEIVED)
_MET = led_by("hmв", _MET)
_SIGNED = led_by("hsп", _SIGNED)
_MET_EACH_OTHER = led_by("в", _MET_EACH_OTHER)
_VISITED = led_by("hvпП", _VISITED)
_HELD = led_by("hпtpscdi", _HELD)
_GUEST_VERB = led_by("hmvpcвп", _GUEST_VERB)
_BODY_MEETING = led_by("tpajп", _BODY_MEETING)
_PASSIVE = led_by("atсМмпб", _PASSIVE)
_RECEIVED_BY_RU = led_by("бтп", _RECEIVED_BY_RU)
_RU_RECEIVED_INVERTED = led_by("п", _RU_RECEIVED_INVERTED)
_STAFF_HOST = led_by("tdhcsaOAmрз", _STAFF_HOST)
_DELEGATION_SENTENCE = led_by("mabwp", _DELEGATION_SENTENCE)
_HOST_NAME = led_by("SAƏСА", _HOST_NAME)
_PHONE = led_by("btpzпт", _PHONE)
_REMOTE = led_by("voовZSW", _REMOTE)

_VERBS: tuple[tuple[re.Pattern[str], MeetingKind | None], ...] = (
    (_RECEIVED, MeetingKind.RECEIVED),
    (_VISITED, MeetingKind.VISITED),
    (_MET, None),
    (_SIGNED, None),
    (_HELD, MeetingKind.JOINT),
    (_MET_EACH_OTHER, MeetingKind.JOINT),
)
_HEADLINE_VERBS = (
    *_VERBS[:3],
    (_RECEIVED_NOW, MeetingKind.RECEIVED),
    (_VISITED_NOW, MeetingKind.VISITED),
    (_MET_NOW, None),
    (_HELD, MeetingKind.JOINT),
    (_HELD_NOW, MeetingKind.JOINT),
)
# Needles (see ombudsparse._regex.fold): every match of the pattern holds one of them,
# folded for a case-insensitive pattern, as printed for the Azerbaijani verbs.
_HOST_NEEDLES = (
    "aliyeva",
    "əliyeva",
    "алиева",
    "ymanova",
    "leimanova",
    "сулейманов",
    "ombuds",
    "commissioner",
    "омбудсмен",
    "уполномоченн",
    "müvəkkil",
)
# Those of _DELEGATION_SENTENCE and _ATTENDED (which holds "meeting").
_DELEGATION_NEEDLES = ("meeting", "also", "brought", "attended", "among", "participants")
# Every staff host's role holds one of these words (folded): the search, a long one,
# runs only where one stands.
_STAFF_NEEDLES = (
    "head",
    "chief",
    "director",
    "advis",
    "deputy",
    "rəhbəri",
    "müavini",
    "руководител",
    "заместител",
)
_TRIGGER_NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {
    _STAFF_HOST: _STAFF_NEEDLES,
    _RECEIVED: ("received", "hosted", "приня"),
    _VISITED: ("visited", "посетил", "побывал"),
    _MET: ("met", "встретил"),
    _SIGNED: ("участие", "signed", "подписал"),
    _HELD: (
        "during",
        "course",
        "held",
        "had",
        "провел",
        "part",
        "participated",
        "spoke",
        "talked",
        "conversed",
        "поговорил",
        "позвонил",
    ),
    _MET_EACH_OTHER: ("встретились",),
    _AZ_RECEIVED: ("qəbul",),
    _AZ_RECEIVED_PASSIVE: ("qəbul",),
    _AZ_MET: ("ilə",),
    _AZ_MET_GLUED: ("görüş", "danışı", "söhbət", "videokonfrans", "telefonla"),
    _AZ_PHONED: ("zəng",),
    _AZ_BETWEEN: ("arasında",),
    _AZ_VISITED: ("ziyarət",),
    _AZ_CALLED_AT: ("baş çək",),
    _AZ_MET_EACH_OTHER: ("görüş", "araya"),  # ("görüş" is also _AZ_MET_GLUED's)
    _AZ_SIGNED_EACH_OTHER: ("imzalayıblar", "imzalamışlar"),
    _AZ_BODY_MEETING: ("iclasında", "toplantısında", "sessiyasında"),
    _AZ_PARTICIPANTS: ("iştirak etdiyi", "iştirakı ilə"),
    _AZ_SIGNED: ("imzala",),
    _AZ_SIGNED_GLUED: ("imzala",),
    _AZ_SIGNED_BY: ("imzalan",),
}


# The words (casefolded) of the Russian verbs of a meeting held (_RU_HELD_VERB).
_RU_HELD_WORDS = ("состоял", "прошл", "проведен")
# The words (casefolded) the passive, a body's meeting and a guest's verb each need.
_BODY_MEETING_WORDS = ("part", "attended", "joined", "участие")
_GUEST_VERB_WORDS = (
    "met",
    "visit",
    "called",
    "meeting",
    "встретил",
    "посетил",
    "побывал",
    "позвонил",
)
# "<host> and the delegation of ...": the joint subject (_JOINT_SUBJECT) needs its word.
_FOLDED_TRIGGER_WORDS = (
    "held",
    "принят",
    "состоял",
    "delegation",
    *_BODY_MEETING_WORDS,
    *_GUEST_VERB_WORDS,
    *_DURING_WORDS,
)
# The words (casefolded) of the Azerbaijani way that needs none of the words above:
# "<guest> Ombudsman Aparatında olub", "... qəbulunda olub" (not "Aparatından": from the
# Office). "прошла встреча" holds "встреч", a word of _DURING_WORDS; "был принят", "приня".
_NON_ASCII_TRIGGER_WORDS = ("aparatında ", "aparatına ", "aparatını ", "qəbulunda ")


def _fewest(needles: Iterable[str]) -> tuple[str, ...]:
    """Drop each needle that holds another: a text then holds one of either or of neither.

    Every needle costs a scan of the sentence; "imzalayıblar" is found where "imzala" is.
    """
    unique = tuple(dict.fromkeys(needles))
    return tuple(n for n in unique if not any(m != n and m in n for m in unique))


# The needles of the body's verbs (folded) and of the Azerbaijani ones (as printed).
assert all(pattern in _TRIGGER_NEEDLES for pattern, _kind in _VERBS)  # see _trigger_after
_VERB_NEEDLES = _fewest(n for pattern, _kind in _VERBS for n in _TRIGGER_NEEDLES[pattern])
_AZ_NEEDLES = _fewest(
    n for pattern, _kind, _case in _AZ_TRIGGERS for n in _TRIGGER_NEEDLES[pattern]
)
# The same without their Russian needles, for a sentence with no Russian (see _russian).
_FOLDED_TRIGGER_WORDS_LATIN = tuple(w for w in _FOLDED_TRIGGER_WORDS if not CYRILLIC.search(w))
_VERB_NEEDLES_LATIN = tuple(w for w in _VERB_NEEDLES if not CYRILLIC.search(w))
_HOST_NEEDLES_LATIN = tuple(w for w in _HOST_NEEDLES if not CYRILLIC.search(w))
_TRIGGER_NEEDLES_LATIN = {
    pattern: tuple(w for w in needles if not CYRILLIC.search(w))
    for pattern, needles in _TRIGGER_NEEDLES.items()
}


# The two capitalised words after a title: "the Norland Ombudsman Ola Berg" (another's).
_AFTER_TITLE = re.compile(
    r",?\s+(?:(?:Mr|Ms|Mrs|Dr|H\.?\s?E)\.?\s+)?(?P<first>[^\W\d_][\w'’-]+)\s+"
    r"(?P<second>[^\W\d_][\w'’-]+)"
)


# Words before a title that make it another's: "Chief Ombudsman", "European Ombudsman".
_ANOTHERS_RANK = frozenset({"chief", "european", "regional", "parliamentary", "children's"})


def _anothers_title(sentence: str, match: re.Match[str]) -> bool:
    """Tell whether the word before a title makes it another's: a demonym, a possessive.

    "the Turkish Ombudsman", "Norland's Ombudsman", "Chief Ombudsman"; not
    "Azerbaijan's Ombudsman". A title whose office follows ("the Norland Ombudsman's
    Office") is another's after any capitalised word but those that leave an office
    hers (:func:`_office_is_hers`). Asked of every mention, so no pattern is searched.
    """
    start = match.start()
    if start < 2 or sentence[start - 1] != " " or sentence[start] in "tT":
        return False  # "the Azerbaijani Ombudsman": the match holds what precedes
    word = sentence[sentence.rfind(" ", 0, start - 1) + 1 : start - 1]
    if not word[:1].isupper():
        return False
    if sentence.startswith(("'s Office", "’s Office"), match.end()):
        return not _office_is_hers(sentence, start)  # "the Norland Ombudsman's Office"
    if word.endswith(("'s", "’s")):  # "Norland's Ombudsman"
        return not word.startswith("Azerbaijan")
    if word.endswith(("nın", "nin", "nun", "nün")) or (
        not word.isascii() and word.endswith(("ın", "in", "un", "ün"))
    ):
        # Azerbaijani "Gürcüstanın Ombudsmanı" (Georgia's), not "Azərbaycan Respublikasının"
        # or "Ölkəmizin" (our country's).
        return not (
            "Azərbaycan" in sentence[max(0, start - 40) : start]
            or word.casefold().startswith(("ölkə", "respublikamız"))
        )
    return demonym_country(word) is not None or word.casefold() in _ANOTHERS_RANK


def _her_mention(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """Find the first mention of the Ombudsman between ``start`` and ``end``.

    A title of another's ("the Ombudsman of Norland") is no match of ``_HOST``
    (``_NOT_OF_ANOTHER``). A title followed by a name that is not hers is another's
    ("The Norland Ombudsman Ola Berg visited ..."), as is a title after a demonym or a
    possessive ("the Turkish Ombudsman", "Norland's Ombudsman"); words that read
    as no name ("Ombudsman Aparatında Norlandiyanın ...", her Office) leave it hers.
    """
    for match in _HOST.finditer(sentence, start, end):
        if _anothers_title(sentence, match) and not _HOST_NAME.search(match.group()):
            continue  # "the Deputy Ombudsman of Norland", "the Turkish Ombudsman": another's
        after = _AFTER_TITLE.match(sentence, match.end())
        if (
            after is None
            or not (after["first"][0].isupper() and after["second"][0].isupper())
            or _HOST_NAME.search(match.group())
            or _PREDECESSOR.search(match.group())
            or any(
                pattern.match(sentence, after.start(word))
                for pattern in (_HOST_NAME, _PREDECESSOR)
                for word in ("first", "second")
            )
            or not is_name(f"{after['first']} {after['second']}")
        ):
            return match
    return None


# A meeting the sentence recalls or tells as a habit, not one the article reports: "As
# reported earlier, ...", "Earlier, the Ombudsman received ...", "has repeatedly met",
# "said that she had met ...", "... met with X last year", "... in 2019" (before the
# article's year).
_RECALLED_BEFORE = re.compile(
    # Not "As reported by Trend, ...": an attribution of the article's own news.
    r"\b(?:as\s+(?:was\s+|we\s+(?:have\s+)?|it\s+was\s+)?(?:previously\s+|earlier\s+)?reported"
    r"(?!\s+by\b)|recall(?:ed)?\s+that|reminded\s+that|"
    # Russian "как (ранее) сообщалось", Azerbaijani "xatırladaq ki" (let us recall),
    # "daha əvvəl" / "bundan əvvəl" (earlier).
    r"как\s+(?:уже\s+)?(?:ранее\s+)?сообщал\w*|xatırladaq\s+ki|(?:daha|bundan)\s+əvvəl)(?!\w)|"
    r"^earlier\s*,",
    re.IGNORECASE,
)
_HABIT_ADVERB = re.compile(
    r"\b(?:previously|earlier|repeatedly|regularly|often|frequently|ранее)\s+"
    r"(?:(?:has|have|had)\s+)?$",
    re.IGNORECASE,
)
_REPORTED_PLUPERFECT = re.compile(
    r"\b(?:said|noted|stated|added|told\s+[^,.]{1,40}?|recalled|reminded|informed\s+[^,.]{1,40}?)"
    r"\s+(?:that\s+)?[^,.]{0,60}?\bhad\s*$",
    re.IGNORECASE,
)
# A past time, a count of times or a period, in the meeting's clause (or before it): a
# summary or a recollection, not one meeting.
_RECALLED_AFTER = re.compile(
    r"\b(?:last\s+(?:year|month)|(?:a|one|two|three|four|five|\d+|several|many)\s+"
    r"(?:years?|months?)\s+ago|(?:many|several|numerous)\s+times|"
    r"on\s+(?:several|many|numerous)\s+occasions|"
    r"(?:over|during|in|for)\s+the\s+(?:past|last|reporting)\s+(?:\w+\s+)?(?:years?|months?|period)|"
    r"during\s+the\s+year|since\s+the\s+beginning\s+of|in\s+total|"
    r"in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?P<year>(?:19|20)\d\d)(?![\d-])|"
    # Azerbaijani "2019-cu ildə", "ötən il" (last year), "dəfələrlə" (repeatedly); Russian
    # "в 2019 году", "в прошлом году", "неоднократно", "несколько раз".
    r"(?P<az_year>(?:19|20)\d\d)-?(?:ci|cı|cu|cü)\s+ildə|(?:ötən|keçən)\s+il|dəfələrlə|"
    r"bir\s+neçə\s+dəfə|в\s+(?P<ru_year>(?:19|20)\d\d)\s+году|в\s+прошлом\s+году|"
    r"неоднократно|несколько\s+раз)(?!\w)",
    re.IGNORECASE,
)
# Where the clause of the meeting ends: a relative clause tells of someone else, and
# another clause of something else ("..., and the sides agreed ...", "noted that").
_CLAUSE_END = re.compile(
    r"\b(?:who|whom|whose|which|where|while|when|that|to|about|regarding|concerning|"
    r"discuss\w*)\b|,\s*and\b|\band\s+(?:she|he|they|the\s+sides|the\s+parties)\b",
    re.IGNORECASE,
)
# A time that is another thing's: "the memorandum signed in 2019", "adopted last year".
_ANOTHERS_TIME = re.compile(
    r"\b(?:signed|adopted|established|founded|launched|created|approved|held|organi[sz]ed|"
    r"started|began|begun|since|born|elected|appointed|imzalanmış|qəbul\s+edilmiş|"
    r"подписанн\w+|принят\w+)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# Every match of the patterns before and after the verb holds one of these (casefolded).
_RECALLED_BEFORE_NEEDLES = (
    "reported",
    "recall",
    "remind",
    "earlier",
    "previously",
    "repeatedly",
    "regularly",
    "often",
    "frequently",
    " had",
    "сообщал",
    "ранее",
    "xatırladaq",
    "əvvəl",
)
_RECALLED_AFTER_NEEDLES = (
    "last",
    " ago",
    "times",
    "occasions",
    " 19",
    " 20",
    "past",
    "reporting",
    "during the year",
    "since the beginning",
    "in total",
    " il",
    "dəfə",
    "прошлом",
    "неоднократно",
    "несколько раз",
)


def _recalled(sentence: str, trigger: re.Match[str], year: int | None) -> bool:
    """Tell whether a meeting sentence recalls an earlier meeting or a habit of hers.

    ``year`` is the article's year, if known: a meeting "in 2019" in an article of
    a later year is recalled.
    """
    lead = sentence[: trigger.start()]
    folded_lead = lead.casefold()
    had = trigger.group()[:4].casefold() == "had "  # "she had met": the verb holds "had"
    if had or holds_any(folded_lead, _RECALLED_BEFORE_NEEDLES):
        if _RECALLED_BEFORE.search(lead) or _HABIT_ADVERB.search(lead):
            return True
        if _REPORTED_PLUPERFECT.search(lead + ("had " if had else "")):
            return True
    rest = sentence[trigger.end() :]
    found = None
    if holds_any(rest.casefold(), _RECALLED_AFTER_NEEDLES):
        end = _CLAUSE_END.search(rest)
        found = _RECALLED_AFTER.search(rest, 0, end.start() if end else len(rest))
    if found is None and holds_any(folded_lead, _RECALLED_AFTER_NEEDLES):
        found = _RECALLED_AFTER.search(lead)  # "In 2022, the Ombudsman held meetings ..."
        text = lead
    else:
        text = rest
    if found is None or _ANOTHERS_TIME.search(text, 0, found.start()):
        return False
    said = found["year"] or found["az_year"] or found["ru_year"]
    return said is None or (year is not None and int(said) < year)


def _another_subject(sentence: str) -> bool:
    """Tell whether a sentence names someone, near its start, and not the Ombudsman.

    "Ann Lind, the Minister of Norland, arrived in Baku": a "she" after it is Ann Lind.
    """
    if not sentence or holds_any(fold(sentence), _HOST_NEEDLES):
        return False
    tokens = [token.strip(",;:()") for token in sentence.split()[:10]]
    return any(is_name(f"{first} {second}") for first, second in itertools.pairwise(tokens))


def _staff_host(text: str, lowered: str | None = None) -> re.Match[str] | None:
    """Find a deputy or staff member of hers named in the text (``lowered``: its fold).

    Only of her office: the words after the role are a name ("the head of the Office
    of the Public Defender of X, ..." and "руководитель аппарата омбудсмена Грузии
    ..." are another's office), and no other body's name stands just before the role
    ("the Norland Deputy Ombudsman", "X Xalq Müdafiəçisi Aparatının rəhbəri").
    """
    if not holds_any(fold(text) if lowered is None else lowered, _STAFF_NEEDLES):
        return None
    for staff in _STAFF_HOST.finditer(text):
        if _is_her_staff(text, staff):
            return staff
    return None


# The word just before a staff role, and the words that may stand there for her office.
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_HER_COUNTRY = re.compile(r"(?:Azerbaijan|Azərbaycan|Азербайджан)[\w'’]*", re.IGNORECASE)
# Words that open a sentence, capitalised there, and name no office: "Yesterday
# Ombudsman Aparatının əməkdaşları ...", "Вчера сотрудники аппарата ...".
_OPENING_WORD = re.compile(
    r"(?:Yesterday|Today|Earlier|Recently|Also|Then|Meanwhile|Later|"
    r"Dünən|Bugün|Həmçinin|Daha|Sonra|Eyni|Вчера|Сегодня|Также|Затем|Недавно)",
)


def _office_is_hers(text: str, start: int) -> bool:
    """Tell whether the staff role or group at ``start`` is of her office by the word before.

    Her own staff host with her or for her; another office's staff are counterparts.
    The word before tells: none, one in lower case, her country, her title or name
    ("Müvəkkil Aparatının əməkdaşları") or a word that opens sentences ("Yesterday")
    leave the office hers; any other capitalised word names another's ("Gürcüstan
    Ombudsman Aparatının əməkdaşları", "the Norland Deputy Ombudsman"). After an
    English article ("Yesterday the Ombudsman's Office staff") the word before is no
    possessor.
    """
    if text.startswith(("the ", "The "), start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if before is None or not before[1][0].isupper():
        return True
    word = before[1]
    return bool(
        _HER_COUNTRY.fullmatch(word)
        or _OPENING_WORD.fullmatch(word)
        or _HOST.match(text, before.start(1))
    )


def _is_her_staff(text: str, staff: re.Match[str]) -> bool:
    return is_name(_staff_name(staff)) and _office_is_hers(text, staff.start())


def _russian(folded: str) -> bool:
    """Tell whether a sentence (casefolded) may tell of a meeting in Russian.

    Every Russian form needs her name or title ("омбудсмен", "Алиева", ...) or a noun
    ("встреча") holding a Cyrillic "о", "е" or "а": a sentence without one of the three
    has no Russian meeting, whatever other Cyrillic it holds (three searches for a
    letter cost less than one for a class of letters). Elsewhere the Russian needles
    are not looked for.
    """
    return not folded.isascii() and ("о" in folded or "е" in folded or "а" in folded)


def _trigger(
    sentence: str, *, she_is_host: bool, headline: bool = False, previous: str = ""
) -> tuple[MeetingKind | None, re.Match[str]] | None:
    # Each rarer form is tried only where a word it needs stands (cheap on long texts).
    folded = sentence.casefold()
    lowered = fold(sentence)
    cyrillic = _russian(folded)
    if not headline and not (
        holds_any(folded, _FOLDED_TRIGGER_WORDS if cyrillic else _FOLDED_TRIGGER_WORDS_LATIN)
        or holds_any(lowered, _VERB_NEEDLES if cyrillic else _VERB_NEEDLES_LATIN)
        # Every Azerbaijani verb holds a letter beyond ASCII ("qəbul", "görüş", "keçir").
        or (not folded.isascii() and holds_any(sentence, _AZ_NEEDLES))
        or (not cyrillic and not folded.isascii() and holds_any(folded, _NON_ASCII_TRIGGER_WORDS))
    ):
        return None  # none of the words that each way below needs, so none of them
    if cyrillic and "напомнил" in folded and _RECALLED_RU.search(sentence):
        return None  # "напомнила, что встретилась с ...": a meeting of the past recalled
    host_named = holds_any(lowered, _HOST_NEEDLES if cyrillic else _HOST_NEEDLES_LATIN)
    russian_held = cyrillic and holds_any(folded, _RU_HELD_WORDS)  # "состоялась", "прошла"
    guest_meeting = (
        _GUEST_MEETING_RU.search(sentence) if russian_held and "состоял" in folded else None
    )
    if russian_held and not host_named:
        with_first = _RU_WITH_FIRST.match(sentence)
        if with_first is not None:
            return MeetingKind.JOINT, with_first  # "С <guest> состоялась встреча"
    if russian_held and host_named and "участием" in folded:
        participants = _RU_PARTICIPANTS_FIRST.match(sentence)
        if participants is not None and _HOST.search(participants["guest"]):
            return MeetingKind.JOINT, participants  # "С участием омбудсмена и <guest> ..."
    if guest_meeting is None and russian_held and "встреч" in folded:
        guest_meeting = _GUEST_MEETING_RU_WITH.search(sentence)
        meeting_first = _RU_MEETING_NOUN.search(sentence) if host_named else None
        if meeting_first is not None:
            return MeetingKind.JOINT, meeting_first
    if (
        guest_meeting is not None
        and host_named
        and _HOST.match(sentence, guest_meeting.end())
        and not _HOST.search(guest_meeting["guest"])
    ):
        return MeetingKind.JOINT, guest_meeting
    passive = _PASSIVE.search(sentence) if russian_held or "held" in folded else None
    if passive is not None:
        return MeetingKind.JOINT, passive
    body_meeting = (
        _BODY_MEETING.search(sentence) if holds_any(folded, _BODY_MEETING_WORDS) else None
    )
    if body_meeting is not None and host_named and _HOST.search(sentence, 0, body_meeting.start()):
        return MeetingKind.JOINT, body_meeting
    received_by = (
        _RECEIVED_BY.search(sentence) if "received by" in folded or "принят" in folded else None
    )
    if (
        received_by is not None
        and host_named
        and _her_mention(sentence, received_by.end(), len(sentence))
    ):
        return MeetingKind.RECEIVED, received_by
    if received_by is not None and host_named and _her_mention(sentence, 0, received_by.start()):
        return MeetingKind.VISITED, received_by  # she was received: the receiver is met
    if (
        cyrillic
        and (host_named or "сабин" in folded)
        and holds_any(folded, ("приня", "встретил", "посетил"))
    ):
        russian = _russian_guest_first(sentence, folded)
        if russian is not None:
            return MeetingKind.RECEIVED, russian
    during = _DURING.search(sentence) if host_named and holds_any(folded, _DURING_WORDS) else None
    if during is not None and (
        _her_mention(sentence, during.end(), len(sentence))
        # "Омбудсмен в ходе встречи с <guest> рассказала ...": her name before it.
        or (cyrillic and _her_mention(sentence, 0, during.start()))
    ):
        return MeetingKind.JOINT, during
    at_office = (
        _AZ_AT_OFFICE.search(sentence)
        if not cyrillic and not sentence.isascii() and holds_any(folded, _NON_ASCII_TRIGGER_WORDS)
        else None
    )
    if at_office is not None and not _her_mention(sentence, 0, at_office.start()):
        return MeetingKind.RECEIVED, at_office  # "<guest> Ombudsman Aparatında olub"
    if not host_named and not cyrillic and not folded.isascii() and "ilə" in sentence:
        az_passive = _AZ_PASSIVE.search(sentence)
        if az_passive is not None:
            return MeetingKind.JOINT, az_passive  # "<guest> ilə görüş keçirilib"
    guest_first = _GUEST_VERB.search(sentence) if holds_any(folded, _GUEST_VERB_WORDS) else None
    if (
        guest_first is not None
        and guest_first.group()[:6].casefold() == "called"
        and _URGED.match(sentence, guest_first.end())
    ):
        guest_first = None  # "X called on the Ombudsman to investigate": urged, not visited
    if guest_first is not None and not (
        host_named and _her_mention(sentence, 0, guest_first.start())
    ):
        return MeetingKind.RECEIVED, guest_first
    # Her deputy or staff named as the subject is the host too ("Deputy Ombudsman X").
    staff = _staff_host(sentence, lowered) if host_named else None
    if staff is not None and not _her_mention(sentence, 0, staff.start()):
        found = _trigger_after(
            sentence,
            staff.start("name") + len(_staff_name(staff)),
            lowered,
            headline=headline,
            cyrillic=cyrillic,
        )
        if found is not None:
            return found
    host = _her_mention(sentence, 0, len(sentence)) if host_named else None
    if host is None and host_named and "imzalan" in sentence:
        signed = _AZ_SIGNED_BY.search(sentence)
        listed = (
            None if signed is None else _AZ_HER_COUNTRY_LISTED.search(sentence, 0, signed.start())
        )
        if (
            signed is not None
            and listed is not None
            and "ombudsman" in fold(sentence[listed.end() : signed.start()])
        ):
            return MeetingKind.JOINT, signed  # "Azərbaycan, A və B ombudsmanları tərəfindən"
    if host is None and she_is_host and holds_any(sentence, ("she", "She")):
        host = _SHE.search(sentence)
        if host is not None and _another_subject(previous):
            # The sentence before named someone else and not her: "Ann Lind, the Minister
            # of Norland, arrived in Baku. She met with the Speaker ...".
            host = None
    if host is None:
        return None
    joint = _JOINT_SUBJECT.match(sentence, host.end()) if "delegation" in folded else None
    if joint is not None:
        return MeetingKind.JOINT, joint
    return _trigger_after(sentence, host.end(), lowered, headline=headline, cyrillic=cyrillic)


# "Омбудсмен напомнила, что в 2019 году встретилась с ...": what follows is recalled.
_RECALLED_RU = re.compile(r"\bнапомнил[аи]?,?\s+что\b", re.IGNORECASE)


def _russian_guest_first(sentence: str, folded: str) -> re.Match[str] | None:
    """Find a Russian meeting told with the guest before her or after the verb.

    "Посол Ола Берг был принят омбудсменом" (the passive), "С омбудсменом
    встретился посол Ола Берг", "Омбудсмена посетил посол" (she comes first, the
    guest after the verb), "Посла Олу Берга приняла омбудсмен" (the guest first,
    she after the verb). What "приняла" takes that is no person ("Жалоба ... была
    принята омбудсменом") is none.
    """
    if _RU_THING.match(sentence):
        return None
    if "принят" in folded:
        passive = _RECEIVED_BY_RU.search(sentence)
        if passive is not None:
            return passive
    if "встретил" in folded or "посетил" in folded:
        inverted = _RU_INVERTED.match(sentence)
        if inverted is not None:
            return inverted
    if "принял" in folded:
        received = _RU_RECEIVED_INVERTED.search(sentence)
        if received is not None and not _her_mention(sentence, 0, received.start()):
            return received
    return None


def _trigger_after(
    sentence: str, at: int, lowered: str, *, headline: bool, cyrillic: bool = True
) -> tuple[MeetingKind | None, re.Match[str]] | None:
    """Find the first verb of a meeting after the host's mention, which ends at ``at``.

    ``cyrillic``: whether the sentence may hold Russian (see _russian); where not, the
    Russian needles are not looked for.
    """
    all_needles = _TRIGGER_NEEDLES if cyrillic else _TRIGGER_NEEDLES_LATIN
    # A body's sentence with none of the verbs' words (an Azerbaijani one, most of all)
    # tries none of them: one look instead of one a verb (each has its needles).
    verbs = (
        _HEADLINE_VERBS
        if headline
        else _VERBS
        if holds_any(lowered, _VERB_NEEDLES if cyrillic else _VERB_NEEDLES_LATIN)
        else ()
    )
    for pattern, kind in verbs:
        needles = all_needles.get(pattern)
        if needles is not None and not holds_any(lowered, needles):
            continue  # none of the words the pattern needs is in the sentence
        match = pattern.search(sentence, at)
        if match is not None:
            return kind, match
    if sentence.isascii():
        return None  # every Azerbaijani verb holds a letter beyond ASCII
    # A sentence with none of their words (a Russian one, most of all) tries none of them.
    if holds_any(sentence, _AZ_NEEDLES):
        several = holds_any(sentence, _AZ_SEVERAL_NEEDLES)
        for pattern, az_kind, _case in _AZ_TRIGGERS if several else _AZ_PAIR_TRIGGERS:
            match = (
                pattern.search(sentence, at)
                if holds_any(sentence, _TRIGGER_NEEDLES[pattern])
                else None
            )
            if match is not None:
                return az_kind, match
    if headline:
        for pattern, az_kind, _case in _AZ_HEADLINE_TRIGGERS:
            match = pattern.search(sentence, at)
            if match is not None:
                return az_kind, match
    return None


def _counterparts(
    sentence: str,
    trigger: re.Match[str],
    kind: MeetingKind | None,
    offset: int,
    paragraph: int,
    context: NameContext,
) -> tuple[list[Person], MeetingKind]:
    if trigger.re in _AZ_CASES:
        # The guest stands between the Ombudsman's name and the verb; her name is the
        # last mention before the guest (a title may precede it: "müvəkkil Səbinə Əliyeva").
        before = sentence[: trigger.start()]
        # A title before a name is another's ("Norlandiyanın Ombudsmanı Ola Berq"): the
        # guest's, not a mention of her after which the guest would start.
        mentions = list(_HOST_NAME.finditer(before)) or [
            m for m in _HOST.finditer(before) if _her_mention(sentence, m.start(), m.end())
        ]
        start = mentions[-1].end() if mentions else 0
        if trigger.re is _AZ_SIGNED_BY and not mentions:
            listed = list(_AZ_HER_COUNTRY_LISTED.finditer(before))
            if not listed:
                return [], MeetingKind.JOINT
            start = listed[-1].end()  # the other signatories, after her country
        staff = _staff_host(before)
        if staff is not None:  # "Ombudsmanın müavini Aydın Səfixanlı <guest> qəbul edib"
            start = max(start, staff.start("name") + len(_staff_name(staff)))
        group = _STAFF_GROUP.search(before)
        # "Ombudsmanın nümayəndələri <guest> ilə görüşüb": her staff host, the guest
        # follows; another office's staff ("Gürcüstan Ombudsman Aparatının ...") are met.
        if group is not None and _office_is_hers(before, group.start()):
            start = max(start, group.end())
        while start < trigger.start() and sentence[start] in " ,":
            start += 1
        phrase = sentence[start : trigger.start()]
        az_context = attrs.evolve(context, case=_AZ_CASES[trigger.re])
        if (
            mentions
            and trigger.re is _AZ_RECEIVED_PASSIVE
            and "tərəfindən" in trigger.group()
            and phrase.strip(" ,")
        ):
            # "<her> <receiver> tərəfindən qəbul edilib": she was received, by the
            # people between her name and "tərəfindən" (in the nominative).
            people = people_in_list(phrase, offset + start, paragraph, context=az_context)
            return people or unnamed_counterparts(
                phrase, offset + start, paragraph, language=context.language
            ), MeetingKind.VISITED
        if mentions and (
            trigger.re is _AZ_RECEIVED_PASSIVE or re.fullmatch(r"['’]?[a-zəıöüşçğ]{0,3}", phrase)
        ):
            # "<guest> Səbinə Əliyevaya zəng edib", "<guest> Ombudsmanla görüşüb": the case
            # ending is on her name (or "ilə" follows it), so the guest is the sentence's
            # subject, before her titles, in the nominative; so in a passive.
            start = 0
            phrase = _AZ_HER_TITLES.sub("", sentence[: mentions[-1].start()]).rstrip(" ,")
            az_context = attrs.evolve(context, case="nominative")
            if trigger.re is _AZ_PARTICIPANTS:
                # "A, B və Səbinə Əliyevanın iştirak etdiyi görüş": she is one of them.
                phrase = re.sub(r"(?:\s+və|,)$", "", phrase)
            elif trigger.re is not _AZ_PHONED:
                kind = MeetingKind.RECEIVED  # the guest came to her
        elif trigger.re is _AZ_AT_OFFICE:
            # "<guest> Azərbaycan Ombudsmanı Səbinə Əliyevanın qəbulunda olub": her titles
            # before the title the pattern starts at are no part of the guest.
            phrase = _AZ_HER_TITLES.sub("", phrase).rstrip(" ,")
        elif phrase.startswith(("ilə ", "və ")):  # "<host> ilə <guest> arasında görüş"
            skip = phrase.index(" ") + 1
            start += skip
            phrase = phrase[skip:]
        if trigger.re is _AZ_BODY_MEETING:
            # "<body>nın iclasında iştirak edib": the body, in the nominative, is met.
            printed = phrase.strip(" ,")
            # A body is named; ombudsmen may be met as a group in lower case
            # ("türkdilli dövlətlərin ombudsmanlarının iclasında").
            if not (printed[:1].isupper() or _AZ_OMBUDSMEN.search(printed)):
                return [], MeetingKind.JOINT
            met = organisation_nominative(printed, language="az")
            at = offset + start
            return [_body_met(met, paragraph, at, printed)], MeetingKind.JOINT
        # "Səbinə Əliyevanın <guest> ilə görüşü olub": her name's genitive ending, and
        # how or when ("onlayn formatda", "bu gün") before the guest.
        lead = _AZ_LEAD.match(phrase)
        if lead is not None:
            start += lead.end()
            phrase = phrase[lead.end() :]
        along = _AZ_HOST_SIDE.match(phrase)
        if along is not None:  # "<host> və aparatın nümayəndələri <guest>": her side
            start += along.end()
            phrase = phrase[along.end() :]
        led = _AZ_LED_BY.search(phrase)
        if led is not None:
            # "<Name>un rəhbərlik etdiyi nümayəndə heyəti": the leader, in the genitive.
            phrase = phrase[: led.start()]
            az_context = attrs.evolve(context, case="genitive")
        if trigger.re in (_AZ_RECEIVED, _AZ_RECEIVED_PASSIVE) and _AZ_THING.search(phrase):
            return [], MeetingKind.RECEIVED  # "<guest>in müraciətini qəbul edib": a thing
        people = azerbaijani_office_holders(
            phrase, offset + start, paragraph, context=az_context
        ) or people_in_list(phrase, offset + start, paragraph, context=az_context)
        visit = _AZ_VISIT_CLAUSE.search(phrase) if people else None
        if visit is not None:
            # "<place>da olub və səfir <guest> ilə görüşüb": the place is no part of the role.
            after = people_in_list(
                phrase[visit.end() :],
                offset + start + visit.end(),
                paragraph,
                context=az_context,
            )
            people = after or people
        if not people:
            # "<place>da olub və məhkumlarla görüşüb": the group met, of the place visited.
            clause = _AZ_CLAUSE.search(phrase)
            if clause is not None and not phrase.endswith(" heyəti"):
                place = _az_place(phrase[: clause.start()])
                start += clause.end()
                phrase = phrase[clause.end() :]
                groups = unnamed_counterparts(
                    phrase, offset + start, paragraph, language="az", case=az_context.case
                )
                if groups:
                    return [
                        p
                        if p.organisation or place is None
                        else attrs.evolve(p, organisation=place)
                        for p in groups
                    ], kind or MeetingKind.JOINT
        if trigger.re in (_AZ_VISITED, _AZ_CALLED_AT) and (
            _not_a_body(phrase)  # its capitals are a place's ("Bakı Türk Şəhidliyini")
            or (not people and _AZ_TOWN_HEAD.search(azerbaijani_lower(phrase)))
        ):
            # A wreath at a grave, a walk in a town: no one met ("Şuşa şəhərini"), unless
            # the sentence goes on to a meeting there ("... və sakinlərlə görüşüb").
            later = _AZ_MET.search(sentence, trigger.end()) or _AZ_MET_GLUED.search(
                sentence, trigger.end()
            )
            if later is None:
                return [], kind or MeetingKind.VISITED
            people, _kind = _counterparts(sentence, later, None, offset, paragraph, context)
            return people, kind or MeetingKind.VISITED
        if trigger.re is _AZ_CALLED_AT:
            # "<body>a məxsus N saylı müəssisəsinə": the place, after what it belongs to;
            # a place, never a person ("Bakı Uşaq Evinə" is no name).
            belongs = phrase.rfind(" məxsus ")
            if belongs >= 0:
                start += belongs + len(" məxsus ")
                phrase = phrase[belongs + len(" məxsus ") :]
            people = []
        if not people and trigger.re in (_AZ_VISITED, _AZ_CALLED_AT):
            # A place visited: "N hərbi hissəsini" (the accusative) is "N hərbi hissəsi",
            # "N saylı müəssisəsinə" (the dative) "N saylı müəssisəsi".
            visited = _place_visited(phrase, offset + start, paragraph, az_context)
            later = _AZ_MET.search(sentence, trigger.end()) or _AZ_MET_GLUED.search(
                sentence, trigger.end()
            )
            if visited and later is not None:
                # "<place>a baş çəkərək uşaqlarla görüşüb": those met there, of the place.
                there, _kind = _counterparts(sentence, later, None, offset, paragraph, context)
                place = visited[0].organisation
                visited = [
                    p if p.organisation or p.name else attrs.evolve(p, organisation=place)
                    for p in there
                ] or visited
            return visited, kind or MeetingKind.VISITED
        return people or unnamed_counterparts(
            phrase, offset + start, paragraph, language=context.language, case=az_context.case
        ), kind or MeetingKind.JOINT
    if trigger.re is _DURING:
        return _during_counterparts(sentence, trigger, offset, paragraph, context)
    if trigger.re is _BODY_MEETING:
        # The body whose meeting it was is the counterpart, as a group.
        rest = _ATTRIBUTION_TAIL.sub("", sentence[trigger.end() :]).rstrip(" .")
        rest = re.split(
            r"\s+(?:held|in|on|at|via|where|which|dedicated)\s+|,\s", rest, maxsplit=1
        )[0]
        rest = re.sub(r"^the\s+", "", rest)
        if (
            not rest
            or not (rest[:1].isupper() or _OMBUDSMEN.match(rest))
            or _ASSEMBLY.search(rest)
            or (re.search(r"session", trigger.group(), re.IGNORECASE) and not _BOARD.search(rest))
        ):
            return [], MeetingKind.JOINT
        start = offset + sentence.index(rest, trigger.end())
        # "в заседании Совета Норландии": the body, printed in the genitive, in the nominative.
        met = organisation_nominative(rest, language="ru") if CYRILLIC.match(rest) else rest
        return [_body_met(met, paragraph, start, rest)], MeetingKind.JOINT
    if trigger.re is _JOINT_SUBJECT:
        # "<host> and the delegation of <body> inspected ...": the delegation, to its verb.
        rest = sentence[trigger.end() :]
        end = _JOINT_SUBJECT_END.search(rest)
        phrase = rest[: end.start()] if end is not None else rest.rstrip(" .")
        # "the TIHEK delegation" is the delegation of TIHEK.
        phrase = re.sub(
            r"^(?:the\s+|a\s+)?((?:[A-Z][\w-]*\s+){1,3}?)delegation$",
            lambda m: "delegation of " + m[1].strip(),
            phrase,
        )
        return unnamed_counterparts(
            phrase, offset + trigger.end(), paragraph, language=context.language
        ), MeetingKind.JOINT
    if trigger.re is _RU_MEETING_NOUN:
        # "Встреча омбудсмена с <guest> прошла ...": the guest, to the verb.
        rest = _RUSSIAN_HELD_AFTER.split(sentence[trigger.end() :], maxsplit=1)[0]
        governed = "ablt" if trigger["joint"] != "и" else "gent"
        return people_in_list(
            rest,
            offset + trigger.end(),
            paragraph,
            context=attrs.evolve(context, governed=governed),
        ) or unnamed_counterparts(
            rest, offset + trigger.end(), paragraph, language=context.language
        ), MeetingKind.JOINT
    if trigger.re is _RU_WITH_FIRST:
        # "С послом Олой Бергом состоялась встреча": the guest, in the instrumental.
        at = offset + trigger.start("guest")
        return people_in_list(
            trigger["guest"], at, paragraph, context=attrs.evolve(context, governed="ablt")
        ) or unnamed_counterparts(
            trigger["guest"], at, paragraph, language=context.language
        ), MeetingKind.JOINT
    if trigger.re is _RU_PARTICIPANTS_FIRST:
        # "С участием омбудсмена Сабины Алиевой и посла Олы Берга": the others, genitive.
        guest = trigger["guest"]
        her = _RU_HER_FIRST.match(guest)
        skip = her.end() if her is not None else 0
        at = offset + trigger.start("guest") + skip
        return people_in_list(
            guest[skip:], at, paragraph, context=attrs.evolve(context, governed="gent")
        ), MeetingKind.JOINT
    if trigger.re in (_GUEST_MEETING_RU, _GUEST_MEETING_RU_WITH):
        guest = trigger["guest"]
        at = offset + trigger.start("guest")
        people = (
            []
            if russian_non_name(guest.split()[0])  # "Совета Детских Послов": a body
            else people_in_list(
                guest, at, paragraph, context=attrs.evolve(context, governed="gent")
            )
        )
        if people:
            return people, MeetingKind.JOINT
        organisation = organisation_nominative(guest, language="ru")
        return [_body_met(organisation, paragraph, at, guest)], MeetingKind.JOINT
    if trigger.re is _RECEIVED_BY and kind is MeetingKind.VISITED:
        # "The Ombudsman was received by <receiver>": the people after the verb.
        if CYRILLIC.search(trigger.group()):
            context = attrs.evolve(context, governed="ablt")  # "принята президентом X"
        start = trigger.end()
        rest = _ATTRIBUTION_TAIL.sub("", sentence[start:]).rstrip(" .")
        people = people_in_list(rest, offset + start, paragraph, context=context)
        return people or unnamed_counterparts(
            rest, offset + start, paragraph, language=context.language
        ), MeetingKind.VISITED
    if trigger.re is _RU_INVERTED:
        # "С омбудсменом встретился посол Ола Берг": the guest after the verb, nominative.
        rest = _ATTRIBUTION_TAIL.sub("", sentence[trigger.end() :]).rstrip(" .")
        at = offset + trigger.end()
        nominative = attrs.evolve(context, governed="nomn")
        return people_in_list(rest, at, paragraph, context=nominative) or unnamed_counterparts(
            rest, at, paragraph, language=context.language
        ), MeetingKind.RECEIVED
    if trigger.re in (_GUEST_VERB, _RECEIVED_BY, _RECEIVED_BY_RU, _RU_RECEIVED_INVERTED):
        if CYRILLIC.search(trigger.group()) and _RU_THING.match(sentence):
            return [], kind or MeetingKind.RECEIVED  # "Жалоба ... была принята": no guest
        # The guest stands before the verb, after any opening clause.
        subject = sentence[: trigger.start()].rstrip(" ,")
        start = 0
        if trigger.re is _RU_RECEIVED_INVERTED:
            context = attrs.evolve(context, governed="accs")  # "Посла Олу Берга приняла"
        head = _DELEGATION_HEAD.match(subject)
        if head is not None:
            # "Делегация X во главе с Олой Бергом посетила ...": the leader, of the body.
            start = head.end()
            if _LED_BY_RU.search(head.group()):
                context = attrs.evolve(context, governed="ablt")
        phrase = subject[start:]
        people = people_in_list(phrase, offset + start, paragraph, context=context)
        led_body = head and (head["body"] or head["body_ru"] or head["body_before"])
        if led_body:
            organisation = organisation_nominative(led_body.strip(), language=context.language)
            people = [
                p if p.organisation else attrs.evolve(p, organisation=organisation) for p in people
            ]
        # A call ("позвонил омбудсмену") is hosted by neither side.
        kind = (
            MeetingKind.JOINT
            if trigger.group().lstrip().casefold().startswith("позвонил")
            else MeetingKind.RECEIVED
        )
        # "Делегация парламента Норландии встретилась с омбудсменом": a group met as such.
        return people or unnamed_counterparts(
            subject, offset, paragraph, language=context.language
        ), kind
    if CYRILLIC.search(trigger.group()):
        if trigger.re in (_RECEIVED, _RECEIVED_NOW) and _RU_THING.match(sentence, trigger.end()):
            brought = _RU_COMPLAINTS_OF.match(sentence, trigger.end())
            if brought is None:
                return [], MeetingKind.RECEIVED  # "приняла участие / обращение": no guest
            # "приняла жалобы жителей Губы": a reception of the people who brought them.
            people_met = brought["group"].rstrip(" ")
            met = organisation_nominative(people_met, language="ru")
            at = offset + brought.start("group")
            return [_body_met(met, paragraph, at, people_met)], MeetingKind.RECEIVED
        context = attrs.evolve(
            context, governed="accs" if trigger.re in (_RECEIVED, _RECEIVED_NOW) else "ablt"
        )
    with_ = _WITH.match(sentence, trigger.end())
    held = trigger.re in (_HELD, _HELD_NOW, _MET_EACH_OTHER)
    if held and trigger.group().casefold().startswith("позвонил"):
        # "позвонила послу Норландии Оле Бергу": the guest after the verb, in the dative.
        rest = _ATTRIBUTION_TAIL.sub("", sentence[trigger.end() :]).rstrip(" .")
        dative = attrs.evolve(context, governed="datv")
        return people_in_list(
            rest, offset + trigger.end(), paragraph, context=dative
        ), MeetingKind.JOINT
    if held and with_ is None:
        # "<host>, and <role>, <Name> held a meeting": the guest stands before the verb.
        subject = sentence[: trigger.start()]
        host = _HOST.search(subject)
        joint = re.search(r",?\s+(?:and|и)\s+", subject[host.end() :]) if host else None
        if host is None or joint is None:
            return [], MeetingKind.JOINT
        start = host.end() + joint.end()
        if CYRILLIC.search(trigger.group()):
            # "Омбудсмен и посол Ола Берг провели встречу": the guest in the nominative.
            context = attrs.evolve(context, governed="nomn")
        return people_in_list(
            subject[start:].rstrip(" ,"), offset + start, paragraph, context=context
        ), MeetingKind.JOINT
    start = trigger.end()
    # "visited the Embassy of Norland and met with the Chargé d'affaires, <Name>": the
    # person stands after the second verb.
    then_met = _MET.search(sentence, start)
    then_start = then_met.start() if then_met is not None else len(sentence)
    if then_met is None and trigger.re in (_VISITED, _VISITED_NOW):
        # "visited X and held a meeting with its head, <Name>": the second verb, to its "with".
        then_held = _HELD.search(sentence, start)
        then_met = then_held and _WITH.match(sentence, then_held.end())
        then_start = then_held.start() if then_held and then_met else len(sentence)
    if then_met is not None and _RELATIVE_BEFORE.search(sentence, start, then_start):
        then_met = None  # "received the delegation, which had met with ...": not hers
        then_start = len(sentence)
    place = (
        _place_visited_en_ru(sentence[start:then_start])
        if trigger.re in (_VISITED, _VISITED_NOW)
        else None
    )
    place_at = offset + start
    if then_met is not None:
        start = then_met.end()
    if held and with_ is not None:  # "held a meeting with <role>, <Name>"
        start = with_.end()
    if held or trigger.re is _PASSIVE:
        # "... with the participation of the administration and convicts": those present.
        taking_part = _PARTICIPATION.match(sentence, start)
        if taking_part is not None:
            start = taking_part.end()
    rest = _ATTRIBUTION_TAIL.sub("", sentence[start:]).rstrip(" .")
    if _NOT_A_MEETING.match(rest) or (
        trigger.re in (_VISITED, _VISITED_NOW) and then_met is None and _not_a_body(rest)
    ):
        return [], MeetingKind.VISITED
    if (trigger.re in (_RECEIVED, _RECEIVED_NOW) and _NOT_RECEIVED.match(rest)) or (
        trigger.re in (_MET, _MET_NOW) and _NOT_MET.match(rest)
    ):
        return [], kind or MeetingKind.JOINT
    rest = _OTHERS_CLAUSE.sub("", _OTHERS_MEETING.sub("", _OCCASION.sub("", rest)))
    if trigger.re is _PASSIVE and trigger.group().rstrip().casefold().endswith(
        ("between", "между")
    ):
        # "between the Ombudsman ... and <guest>": the guest is the side that is not she;
        # "Между A и B состоялся разговор": the sides end at the verb.
        rest = _RUSSIAN_HELD_AFTER.split(rest, maxsplit=1)[0]
        sides = re.split(r"\s+(?:and|и)\s+", rest, maxsplit=1)
        if len(sides) == 2 and _HOST.search(sides[0]):
            start += len(rest) - len(sides[1])
            rest = sides[1]
        elif (
            len(sides) == 2
            and trigger.group().rstrip().endswith("between")
            and not _HOST.search(rest)
        ):
            return [], MeetingKind.JOINT  # "between the Minister X and the Ambassador Y": not hers
    head = _DELEGATION_HEAD.match(rest)
    if head is not None:
        start += head.end()
        rest = rest[head.end() :]
        if _LED_BY_RU.search(head.group()):
            context = attrs.evolve(context, governed="ablt")  # "во главе с Олой Берг"
    visiting = re.search(r"\s+(?:visiting|on\s+a\s+visit|who\s+is\s+on\s+a\s+visit)\b.*$", rest)
    if visiting is not None:
        rest = rest[: visiting.start()]
    if kind is None:
        kind = (
            MeetingKind.RECEIVED if visiting is not None or head is not None else MeetingKind.JOINT
        )
    people = people_in_list(rest, offset + start, paragraph, context=context)
    if not people:
        # "met with Ola Berg in Shusha", "... on 14 May", "... at her request": the name
        # is before a place, a day or a reason (tried only where none ends the phrase).
        # "... at the Office on Tuesday": when, then where, each cut in turn.
        bare = rest
        for _ in range(3):
            shorter = _PLACE_OR_DAY_TAIL.sub("", bare)
            if shorter == bare:
                break
            bare = shorter
            people = people_in_list(bare, offset + start, paragraph, context=context)
            if people:
                break
    body = head and (head["body"] or head["body_ru"] or head["body_before"])
    if body:
        organisation = organisation_nominative(body.strip(), language=context.language)
        people = [
            p if p.organisation else attrs.evolve(p, organisation=organisation) for p in people
        ]
    people = [_kin_met(p) for p in people] or unnamed_counterparts(
        rest, offset + start, paragraph, language=context.language
    )
    if place is not None:
        if then_met is not None:
            # "visited Prison No. 7 and met with prisoners": the prisoners of that prison;
            # "... and met with its director, <Name>": the director of that body.
            people = [
                _of_place(p, place)
                if p.name
                else p
                if p.organisation
                else attrs.evolve(p, organisation=place)
                for p in people
            ]
        elif (
            not people
            and _INSTITUTION.search(place)
            and (place[:1].isupper() or re.search(r"\d", place))
            # "visited 120 penitentiary institutions": a count of visits, not one place.
            and not re.match(r"(?:more\s+than\s+|over\s+|about\s+)?\d[\d,]*\s", place)
        ):
            # "visited school No. 45": one place, named or numbered, is met as an
            # organisation ("visits prisons in the regions" names none).
            at = place_at + sentence[place_at - offset :].find(place)
            people = [_body_met(place, paragraph, at, place)]
    return people, kind


# Places a visit meets as such: a prison, a school, a military unit, a hospital.
_INSTITUTION = re.compile(
    r"\b(?:prisons?|penitentiar\w*|colony|facility|institution|school|lyceum|university|"
    r"hospital|clinic|cent(?:re|er)|shelter|orphanage|boarding|home|unit|camp|isolator|"
    r"учреждени\w*|колони\w*|изолятор\w*|школ\w*|лице\w*|больниц\w*|госпитал\w*|"
    r"центр\w*|дом\w*|част\w*|университет\w*|интернат\w*|приют\w*)\b",
    re.IGNORECASE,
)
# What joins a place visited to the next clause: "and", ", where she", "и", ", где".
_PLACE_TAIL = re.compile(
    r"(?:,?\s+(?:and|where|и|где)(?:\s+(?:she|also|then|there))*|,)\s*$", re.IGNORECASE
)


_ITS_ROLE = re.compile(r"^(?:its|their)\s+(?P<role>\S.*)$", re.IGNORECASE)


def _of_place(person: Person, place: str) -> Person:
    """Give a person met at a place visited "its" role there: "its director" of the place."""
    its = _ITS_ROLE.match(person.role or "")
    if its is None or person.organisation:
        return person
    return attrs.evolve(person, role=its["role"], organisation=place)


def _place_visited_en_ru(phrase: str) -> str | None:
    """Return the place an English or Russian sentence says was visited, if one reads so."""
    place = _ATTRIBUTION_TAIL.sub("", phrase).strip(" ,.")
    # The date and the occasion go; the place stays, part of what is visited ("school No. 45").
    place = _PLACE_TAIL.sub("", strip_circumstances(_OCCASION.sub("", place), places=False))
    place = place.strip(" ,.")
    place = re.sub(r"^the\s+", "", place)
    if not place or len(place.split()) > 10 or _not_a_body(place):
        return None
    return place


def _during_counterparts(
    sentence: str, trigger: re.Match[str], offset: int, paragraph: int, context: NameContext
) -> tuple[list[Person], MeetingKind]:
    """Read the guest of "During the meeting with <guest>, the Ombudsman ..." forms."""
    if trigger.group().lstrip().startswith("ilə"):
        start, end = 0, trigger.start()  # "<guest> ilə görüşdə Ombudsman ..."
        lead = _AZ_LEAD.match(sentence, 0, end)
        if lead is not None:
            start = lead.end()
        phrase = sentence[start:end]
        people = people_in_list(phrase, offset + start, paragraph, context=context)
    else:
        her = _her_mention(sentence, trigger.end(), len(sentence))
        start = trigger.end()
        phrase = sentence[start : her.start() if her else len(sentence)].rstrip(" ,")
        if CYRILLIC.search(trigger.group()):
            context = attrs.evolve(context, governed="ablt")  # "с послом Олой Бергом"
        people = people_in_list(phrase, offset + start, paragraph, context=context)
    return people or unnamed_counterparts(
        phrase, offset + start, paragraph, language=context.language
    ), MeetingKind.JOINT


_RUSSIAN_HELD_AFTER = re.compile(rf"\s+{_RU_HELD_VERB}(?:\s|$)")

# "met with A, and with B": the preposition said again starts another meeting.
_AND_WITH = re.compile(r",?\s+and\s+(?:also\s+|separately\s+|then\s+)?with\s+")
# A second meeting of another day, its verb left out: "received X on May 11, and on May
# 12 - Y", "..., and the next day, Y". Read as "and with Y": one more meeting.
_AND_ON_DAY = re.compile(
    r"(?P<cut>,?\s+and\s+(?:then\s+)?)(?:on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?|(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday))|the\s+(?:next|following)\s+day)(?![\w-])\s*[-–—,:]?\s+"
    # A person or a role follows, not a clause ("and on May 12 she visited ...").
    r"(?=(?:the\s+|a\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])|,|\s+of\b|\s+(?-i:[a-z])[\w-]*\s+of\b))",
    re.IGNORECASE,
)


def _elided_meetings(sentence: str, after: int) -> str:
    """Write each elided second meeting after ``after`` as "and with" (of the same length).

    "received X on May 11, and on May 12 - Y" reads as "received X ..., and with Y",
    which :func:`_each_meeting` cuts into two meetings; the date is no part of Y's role.
    """
    if " and " not in sentence:
        return sentence

    def masked(found: re.Match[str]) -> str:
        cut = found["cut"]
        return cut + "with" + " " * (len(found.group()) - len(cut) - 4)

    rest, count = _AND_ON_DAY.subn(masked, sentence[after:])
    return sentence[:after] + rest if count else sentence


def _each_meeting(
    people: list[Person], sentence: str, after: int, offset: int
) -> list[list[Person]]:
    """Split the people of one sentence into meetings where "and with" is said again.

    ``after`` is where the verb ends in the sentence, ``offset`` where the
    sentence starts in its paragraph (the people's spans count from there).
    """
    cuts = [offset + m.start() for m in _AND_WITH.finditer(sentence, after)]
    if not cuts:
        return [people]
    groups: list[list[Person]] = [[] for _ in range(len(cuts) + 1)]
    for person in people:
        at = person.evidence.start if person.evidence is not None else offset
        groups[sum(at > cut for cut in cuts)].append(person)
    return [group for group in groups if group]


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
    check_type(article, Article, name="article", function="extract_meetings()")
    body = article.body
    # The topics are the article's, read once, and only for an article that reports a
    # meeting (most of a crawl reports none).
    found_topics: list[dict[Topic, Span]] = []

    def topics() -> dict[Topic, Span]:
        if not found_topics:
            found_topics.append(find_topics(body))
        return found_topics[0]

    language = article.language.value if article.language is not None else None
    context = NameContext(language=language, body="\n".join(body))
    year: int | None = getattr(article.published, "year", None)

    def scan(paragraphs: tuple[str, ...], *, headline: bool) -> list[Meeting]:
        meetings: list[Meeting] = []
        seen: set[str] = set()
        guest_subject = False
        guest_openings: set[str] = set()  # how a sentence about a guest starts: name or surname
        previous = ""
        for index, paragraph in enumerate(paragraphs):
            for start, end in _sentences(paragraph):
                sentence = paragraph[start:end]
                # "she" is the Ombudsman unless the sentence before was about a guest:
                # "Kauma arrived on November 12. During the visit, she has already met ...".
                trigger = _trigger(
                    sentence, she_is_host=not guest_subject, headline=headline, previous=previous
                )
                guest_subject = (
                    sentence.startswith(tuple(guest_openings)) if guest_openings else False
                )
                earlier, previous = previous, sentence
                if trigger is not None:
                    kind, match = trigger
                    read = _elided_meetings(sentence, match.end())
                    if read is not sentence:
                        found = match.re.match(read, match.start())
                        if found is not None and found.end() == match.end():
                            sentence, match = read, found
                    people, kind = _counterparts(sentence, match, kind, start, index, context)
                    people = [p for p in people if p.key not in seen and not _is_her(p)]
                    if (
                        not people
                        or _recalled(sentence, match, year)
                        or _anothers_staff_met(sentence, match, kind)
                    ):
                        # No one met, a meeting recalled or told as a habit, or one of
                        # another office's staff.
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
                        or match.re
                        in (
                            _MET,
                            _SIGNED,
                            _MET_NOW,
                            _MET_EACH_OTHER,
                            _AZ_MET,
                            _AZ_MET_GLUED,
                            _AZ_MET_NOW,
                            _AZ_MET_GLUED_NOW,
                            _AZ_MET_EACH_OTHER,
                            _AZ_SIGNED_EACH_OTHER,
                            _AZ_PASSIVE,
                            _AZ_PARTICIPANTS,
                            _AZ_SIGNED,
                            _AZ_SIGNED_GLUED,
                            _AZ_SIGNED_BY,
                            _GUEST_VERB,
                            _JOINT_SUBJECT,
                        )
                        or _IN_PERSON_NOUN.search(match.group())
                        else MeetingMode.UNKNOWN
                    )
                    if (
                        match.re is _AZ_PARTICIPANTS
                        and mode is MeetingMode.IN_PERSON
                        and _AZ_ONLINE_SESSION.search(earlier)
                    ):
                        # "... onlayn iclasda iştirak edib. <A>nın iştirak etdiyi iclasda ...":
                        # the session the sentence before called online.
                        mode = MeetingMode.ONLINE
                    host = _host_of(
                        sentence, match, context.body, she_came=kind is MeetingKind.VISITED
                    )
                    article_topics = topics()
                    meetings.extend(
                        Meeting(
                            date=article.published,
                            host=host,
                            counterparts=tuple(group),
                            mode=mode,
                            kind=kind,
                            topics=tuple(article_topics),
                            topic_evidence=article_topics,
                            cameo=CAMEO[kind],
                            evidence=Span(paragraph=index, start=start, end=end),
                            headline=headline,
                        )
                        for group in _each_meeting(people, sentence, match.end(), start)
                    )
                elif (
                    meetings
                    and holds_any(fold(sentence), _DELEGATION_NEEDLES)
                    and (_DELEGATION_SENTENCE.search(sentence) or _ATTENDED.search(sentence))
                ):
                    listed = _DELEGATION_SENTENCE.search(sentence)
                    if listed is not None and _OTHER_EVENT.search(sentence, 0, listed.start()):
                        continue  # "The conference was attended by ...": another event's
                    if listed is not None:
                        rest_start = start + listed.end()
                        people = people_in_list(
                            paragraph[rest_start:end].rstrip(" ."),
                            rest_start,
                            index,
                            context=context,
                        )
                    else:  # "X, Y and Z attended the meeting": the people before the verb
                        attended = _ATTENDED.search(sentence)
                        assert attended is not None
                        people = people_in_list(
                            sentence[: attended.start()], start, index, context=context
                        )
                    people = [
                        p
                        for p in people
                        if p.key not in seen
                        and not _STAFF_WORDS.search(p.role or "")
                        and not _is_her(p)
                    ]
                    seen.update(p.key for p in people)
                    last = meetings[-1]
                    if people and not any(p.name for p in last.counterparts):
                        # "met representatives of NGOs" then the list of them: one each.
                        meetings[-1] = attrs.evolve(last, counterparts=tuple(people))
                    else:
                        meetings[-1] = attrs.evolve(
                            last, delegation=last.delegation + tuple(people)
                        )
        return meetings

    meetings = scan(body, headline=False)
    if meetings:
        named = [
            _name_later(_delegation_leader(m, body, context), body, context) for m in meetings
        ]
        # A delegation's leader put in two sentences' meetings is one meeting.
        met: set[tuple[str, ...]] = set()
        unique = []
        for meeting in named:
            keys = tuple(sorted(p.key for p in meeting.counterparts))
            if keys not in met:
                met.add(keys)
                unique.append(meeting)
        return _in_office(unique, article.published, context.body)
    # Only the headline says it ("Ombudsman meets UN official"): read it as a sentence.
    # Its spans are in the title; people named later in the body are not linked to it.
    if article.title and _HOST.search(article.title):
        seen_in = f"{article.title}\n{context.body}"
        if not _title_case(article.title):
            return _in_office(scan((article.title,), headline=True), article.published, seen_in)
        # "Ombudsman Meets With Ambassador Of Italy": every word capitalised, so no
        # capital is a name's by itself. Read with the capitals the body (or her
        # mention) gives; the counterparts keep the title's letters.
        cased = _sentence_case(article.title, context.body, language=language)
        read = [_as_printed(m, cased, article.title) for m in scan((cased,), headline=True)]
        return _in_office(read, article.published, seen_in)
    return ()


def _in_office(
    meetings: list[Meeting], published: PublishedDate | None, body: str
) -> tuple[Meeting, ...]:
    """Give the predecessor the meetings the Ombudsman is taken to host by default before 2019.

    A meeting hosted by "the Ombudsman" in an article that names neither is
    hers by default; an article dated before :data:`HANDOVER` is of the years
    her predecessor held the office. A date without its year tells nothing.
    """
    if not _before_handover(published) or _HOST_NAME.search(body):
        return tuple(meetings)
    return tuple(
        attrs.evolve(meeting, host=PREDECESSOR) if meeting.host is HOST else meeting
        for meeting in meetings
    )


def _before_handover(published: PublishedDate | None) -> bool:
    if published is None:
        return False
    year, month, day = date_parts(published)
    if year is None:
        return False
    if day is None:  # a month: before the handover's month
        return (year, month) < (HANDOVER.year, HANDOVER.month)
    return (year, month, day) < (HANDOVER.year, HANDOVER.month, HANDOVER.day)


# The short words a title-case headline may leave in lower case ("Meets with").
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A word capitalised inside a sentence of the body: after a space that follows no stop.
_BODY_CAPITALISED = re.compile(r"(?<![.!?:;\n\s])\s+(?=[^\W\d_])([\w'’-]+)")


def _title_case(title: str) -> bool:
    """Tell whether a headline capitalises all its words (short ones may be spared)."""
    words = _TITLE_WORD.findall(title)
    long_words = [w for w in words if w.casefold() not in _SMALL_WORDS]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _sentence_case(title: str, body: str, *, language: str | None = None) -> str:
    """Lower the words of a title-case headline that nothing else shows capitalised.

    A word keeps its capital where the body prints it capitalised inside a sentence
    ("Ola Berg", "Italy") or where it names her ("Sabina Aliyeva", "Ombudsman");
    the result has the title's length, so spans in it are spans in the title.
    """
    capitalised = {m[1] for m in _BODY_CAPITALISED.finditer(body) if m[1][0].isupper()}
    # An Azerbaijani title by its own alphabet: "İlə" is "ilə" ("İ".lower() is two letters).
    lower = azerbaijani_lower if language == "az" else str.lower
    hers = [(m.start(), m.end()) for m in _HOST.finditer(title)]
    parts = []
    at = 0
    for word in _TITLE_WORD.finditer(title):
        text = word.group()
        lowered = lower(text)
        keep = (
            text in capitalised
            or len(lowered) != len(text)
            or any(start <= word.start() < end for start, end in hers)
        )
        parts.append(title[at : word.start()] + (text if keep else lowered))
        at = word.end()
    return "".join(parts) + title[at:]


def _as_printed(meeting: Meeting, cased: str, title: str) -> Meeting:
    """Give the people of a meeting read from ``cased`` the letters ``title`` prints."""

    def printed(value: str | None, near: int) -> str | None:
        if not value:
            return value
        spots = [m.start() for m in re.finditer(re.escape(value), cased)]
        if not spots:
            return value
        at = min(spots, key=lambda spot: abs(spot - near))
        return title[at : at + len(value)]

    def person(p: Person) -> Person:
        near = p.evidence.start if p.evidence is not None else 0
        return attrs.evolve(
            p,
            name=printed(p.name, near) or "",
            role=printed(p.role, near),
            organisation=printed(p.organisation, near),
            country=printed(p.country, near),
        )

    return attrs.evolve(
        meeting,
        counterparts=tuple(person(p) for p in meeting.counterparts),
        delegation=tuple(person(p) for p in meeting.delegation),
    )


# Her name's words, in either order ("Алиева Сабина", "Əliyeva Səbinə"), by key.
_HER_NAME_WORDS = (sorted(HOST.key.split()), sorted(PREDECESSOR.key.split()))
# Her title alone, as a role of no other body: "the Ombudsman", "Müvəkkil", "омбудсменом".
_HER_TITLE = re.compile(
    r"(?:the\s+)?(?:Azerbaijani\s+)?(?:Ombuds(?:man|woman|person)\w*|"
    r"(?:Human\s+Rights\s+)?Commissioner(?:\s+for\s+Human\s+Rights)?|"
    r"(?:İnsan\s+hüquqları\s+üzrə\s+)?[Mm]üvəkkil\w*|[Оо]мбудсмен\w*|"
    r"[Уу]полномоченн\w+(?:\s+по\s+правам\s+человека)?)",
    re.IGNORECASE,
)


def _is_her(person: Person) -> bool:
    """Tell whether a counterpart read is the Ombudsman herself (or her predecessor).

    By her name in any script, spelling or order ("S. Aliyeva", "Алиева Сабина"), or
    by her title alone, of no other body or country ("the Ombudsman", "Müvəkkil").
    """
    if person.name:
        return (
            sorted(person.key.split()) in _HER_NAME_WORDS
            or _HOST_NAME.fullmatch(person.name) is not None
            or _PREDECESSOR_NAME.fullmatch(person.name) is not None
        )
    return (
        person.role is not None
        and _HER_TITLE.fullmatch(person.role.strip()) is not None
        and person.organisation is None
        and person.country in (None, "Azerbaijan")
    )


def _place_visited(phrase: str, start: int, paragraph: int, context: NameContext) -> list[Person]:
    """Return the place an Azerbaijani sentence says was visited, as an organisation met."""
    words = phrase.split()
    # Where it stands is no part of its name: "Şəki şəhərindəki internat məktəbinə" (the
    # boarding school in Sheki) is a place of no name.
    where = [i for i, word in enumerate(words) if word.endswith(("dakı", "dəki"))]
    if where:
        words = words[where[-1] + 1 :]
    # A place is named ("Norland Məktəbi") or numbered ("7 nömrəli Cəzaçəkmə Müəssisəsi").
    if not words or len(words) > 8 or not (words[0][:1].isupper() or words[0].isdigit()):
        return []
    if context.case == "dative":
        # After a possessive the dative takes its "n" ("müəssisəsinə"), as no name does.
        stem = strip_azerbaijani_ending(words[-1], ("na", "nə", *AZERBAIJANI_ENDINGS["dative"]))
    else:
        stem = dictionary_form(words[-1], language="az", case="accusative", context=context.body)
    place = " ".join([*words[:-1], stem])
    return [_body_met(place, paragraph, start, phrase)]


def _staff_name(staff: re.Match[str]) -> str:
    """Return the staff member's name: two words (what follows may be the guest's role)."""
    return " ".join(staff["name"].split()[:2]).rstrip(",.")


def _host_of(
    sentence: str, trigger: re.Match[str], body: str, *, she_came: bool = False
) -> Person:
    """Who held a meeting: the person the sentence names as its subject, else the article's.

    A deputy or staff member named before the verb ("Deputy Head of the Office
    Rashid Rumzadeh received ...") is the host. A sentence that names no host ("A
    meeting was held with ...") takes the staff member the article names as taking
    part, else the Ombudsman the article names; her predecessor where the sentence
    or, failing that, the article names only her.
    """
    # The host is the subject, but the agent of "was received by <host>".
    subject = (
        sentence[trigger.end() :]
        if trigger.re in (_RECEIVED_BY, _RECEIVED_BY_RU, _RU_RECEIVED_INVERTED) and not she_came
        else sentence[: trigger.start()]
    )
    staff = _staff_host(subject) or (_staff_host(body) if trigger.re is _PASSIVE else None)
    if staff is not None and (trigger.re is not _PASSIVE or not _HOST_NAME.search(subject)):
        name = _staff_name(staff)
        role = " ".join(staff.group(0)[: staff.start("name") - staff.start()].split()).strip(" ,")
        return Person(name=name, key=person_key(name), role=role, organisation=None)
    group = _staff_group(subject)
    if group is not None:
        return group
    if _PREDECESSOR.search(sentence):
        return PREDECESSOR
    if (
        not _HOST_NAME.search(sentence)
        and _PREDECESSOR.search(body)
        and not _HOST_NAME.search(body)
    ):
        return PREDECESSOR
    return HOST


def _anothers_group(text: str, found: re.Match[str]) -> bool:
    """Tell whether a staff group (a match of ``_STAFF_GROUP``) is another office's.

    By the words after it ("сотрудники аппарата омбудсмена Грузии") or the word before
    (:func:`_office_is_hers`). Azerbaijani puts the possessor first ("Gürcüstan
    Ombudsmanının nümayəndələri"): a capital after its plural ("... əməkdaşları Bakı
    şəhər sakinləri ilə") is the guest's.
    """
    after = _ANOTHERS_AFTER.match(text, found.end())
    if (
        after is not None
        and not found.group().endswith(("ları", "ləri"))
        and not _HER_COUNTRY.search(after.group())
    ):
        return True
    return not _office_is_hers(text, found.start())


# The triggers whose subject is the guest ("X was received by", "X met with the Ombudsman").
_GUEST_SUBJECT_TRIGGERS = (
    _GUEST_VERB,
    _RECEIVED_BY,
    _RECEIVED_BY_RU,
    _RU_RECEIVED_INVERTED,
    _PASSIVE,
)


def _anothers_staff_met(sentence: str, trigger: re.Match[str], kind: MeetingKind) -> bool:
    """Tell whether another office's staff, not she nor hers, held the meeting reported.

    "Gürcüstan Ombudsman Aparatının əməkdaşları tələbələrlə görüşüblər", "Сотрудники
    аппарата омбудсмена Грузии встретились со студентами": the subject is another
    office's staff (as :func:`_office_is_hers` tells), and names neither her nor her
    title besides: it is not her meeting. Where the guest is the subject (she was
    visited, or received someone), such staff are her guests, and this does not apply.
    """
    if kind is MeetingKind.VISITED or trigger.re in _GUEST_SUBJECT_TRIGGERS:
        return False
    subject = sentence[: trigger.start()]
    found = _STAFF_GROUP.search(subject)
    if found is None or not _anothers_group(subject, found):
        return False
    rest = subject[: found.start()] + " " + subject[found.end() :]
    return _HOST.search(rest) is None and _PREDECESSOR.search(rest) is None


def _staff_group(subject: str) -> Person | None:
    """Return her staff as the unnamed host a sentence's subject names, if it does.

    "Representatives of the Ombudsman's Office", "Ombudsman Aparatının əməkdaşları",
    "Сотрудники аппарата": the host is the group as printed (its ``role``; no name).
    Not where she is named beside them ("Sabina Aliyeva and staff of the Office"), nor
    another country's office ("представители омбудсмена Грузии").
    """
    found = _STAFF_GROUP.search(subject)
    if found is None:
        return None
    rest = subject[: found.start()] + subject[found.end() :]
    if _HOST_NAME.search(rest) or _PREDECESSOR.search(rest):
        return None
    if _anothers_group(subject, found):
        return None
    role = " ".join(found.group().split())
    return Person(name="", key=person_key(role), role=role)


# "A delegation led by the President of X, Name, ...": who leads a delegation met.
_LED_DELEGATION = re.compile(
    r"\bdelegation,?\s+(?:\w+\s+){0,3}?(?:headed|led|leading|heading)\s+by\s+"
    # A stop after "Mr", "Ms", "Mrs" or "Dr" is not the end of the leader.
    r"(?P<leader>(?:[^,;.]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){3,160}?)"
    r"(?=,|;|(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)\.|\s+with\s|\s+who\s|\s+is\s|\s+has\s|\s+on\s+a\s+visit|$)",
    re.IGNORECASE,
)
# The same in Russian ("Делегацию возглавлял председатель комиссии Ола Берг", the leader
# in the nominative) and Azerbaijani ("Nümayəndə heyətinə <leader> rəhbərlik edir").
_LED_DELEGATION_RU = re.compile(
    r"\b[Дд]елегаци\w+\s+(?:\w+\s+){0,3}?(?:возглавля\w+|возглавил\w*|руководил\w*)\s+"
    r"(?P<leader>[^,;.]{3,160}?)(?=,|;|\.|$)"
)
_LED_DELEGATION_AZ = re.compile(
    r"\b(?:[Nn]ümayəndə\s+heyət\w*|[Hh]eyət\w*)\s+(?P<leader>[^,;.]{3,160}?)\s+"
    r"(?:rəhbərlik|başçılıq)\s+(?:edir|edib|edirdi|edəcək)\b"
)
# A delegation met as such, in the three languages.
_DELEGATION_ROLE = re.compile(r"delegation|делегаци\w*|nümayəndə\s+heyət\w*", re.IGNORECASE)


def _delegation_leader(meeting: Meeting, body: tuple[str, ...], context: NameContext) -> Meeting:
    """Put a delegation's leader, where the article names one, for the delegation met.

    "The Commissioner and the delegation of X inspected ..." meets a delegation;
    "A delegation led by the President of X, Ola Berg, ..." elsewhere in the
    article says who led it: the leader is the counterpart (named, or by role
    and organisation), as in "received a delegation led by ...".
    """
    counterparts = meeting.counterparts
    if (
        len(counterparts) != 1
        or counterparts[0].name
        or not _DELEGATION_ROLE.fullmatch(counterparts[0].role or "")
    ):
        return meeting
    body_met = counterparts[0].organisation
    for index, paragraph in enumerate(body):
        folded = paragraph.casefold()
        if not holds_any(folded, ("delegation", "делегаци", "heyət")):
            continue
        for led in (
            *_LED_DELEGATION.finditer(paragraph),
            *_LED_DELEGATION_RU.finditer(paragraph),
            *_LED_DELEGATION_AZ.finditer(paragraph),
        ):
            start = led.start("leader")
            phrase = led["leader"]
            people = people_in_list(phrase, start, index, context=context)
            people = people or unnamed_counterparts(
                phrase, start, index, language=context.language
            )
            if len(people) == 1:
                (leader,) = people
                if body_met and not leader.organisation:
                    leader = attrs.evolve(leader, organisation=body_met)
                return attrs.evolve(meeting, counterparts=(leader,))
    return meeting


def _name_later(meeting: Meeting, body: tuple[str, ...], context: NameContext) -> Meeting:
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
        words = role_words(person.role, context.language)
        acronym = "".join(w[0] for w in (person.organisation or "").split() if w[:1].isupper())
        for index in range(meeting.evidence.paragraph, len(body)):
            found = named_by_role(
                body[index], words, acronym, index, context, not_named=_HOST_NAME
            )
            if found is not None:
                if _DELEGATION_ROLE.fullmatch(person.role) and found.role:
                    # A delegation met, named by its head: the head's own role.
                    named[position] = attrs.evolve(
                        found, organisation=found.organisation or person.organisation
                    )
                else:
                    named[position] = attrs.evolve(
                        found, role=person.role, organisation=person.organisation
                    )
                break
    return (
        attrs.evolve(meeting, counterparts=tuple(named))
        if named != list(meeting.counterparts)
        else meeting
    )
