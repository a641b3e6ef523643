"""A generated crawl: article texts in the three sources' forms, reporting invented meetings.

Each invented meeting (a day, a guest with a role, a mode) is reported by one to
three outlets, each in its own form; some Trend texts come without a crawl date,
so their dates keep the year unknown. Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import attrs

import ombudsparse
from ombudsparse import Article

_FIRST = (
    "Lara Tomas Greta Anil Piotr Marta Ivo Nadia Oskar Lena Ruben Sofia Emil Vera Jonas".split()
)
_LAST = (
    "Venn Okafor Solberg Rao Zielinski Kowalczyk Brandt Haddad Lindqvist Moreau Castell "
    "Ferreira Novak Horvath Dimitrov Petersen Larsen Conti Marchetti Albescu"
).split()
_COUNTRIES = (
    "Germany France Georgia Turkey Norway Poland Italy Brazil Japan Kazakhstan Egypt Spain"
).split()
_ORGANISATIONS = (
    "OSCE Office",
    "UNICEF Office",
    "Inter-Parliamentary Union",
    "Council of Europe Office",
    "UNHCR Office",
    "ICRC Delegation",
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


_AZ_MONTHS = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split()


@attrs.frozen(kw_only=True)
class CrawlPage:
    """One generated article: a file name, its text, and the crawl date to parse it with."""

    name: str
    text: str
    reference_date: dt.date | None


def _role(rng: random.Random) -> tuple[str, str]:
    """Return a role phrase for a sentence, and a short one for a second mention."""
    if rng.random() < 0.5:
        country = rng.choice(_COUNTRIES)
        if rng.random() < 0.5:
            return f"the Ambassador of {country} to Azerbaijan", "Ambassador"
        return f"the Ombudsman of {country}", "Ombudsman"
    organisation = rng.choice(_ORGANISATIONS)
    title = rng.choice(("Head", "Secretary-General"))
    return f"the {title} of the {organisation}", title


def _sentence(host: str, role: str, guest: str, mode: str) -> str:
    if mode == "online":
        return f"{host}, and {role}, {guest}, held a meeting through videoconferencing"
    if mode == "phone":
        return f"{host}, had a phone conversation with {role}, {guest}"
    return f"{host}, received {role}, {guest}"


def _trend(day: dt.date, sentence: str) -> str:
    return (
        f"BAKU, Azerbaijan, {_MONTHS[day.month - 1]} {day.day}. {sentence}, the Ombudsman's "
        "Office told Trend.\nThe sides discussed cooperation between the institutions."
    )


def _trend_az(day: dt.date, guest: str) -> str:
    return (
        f"Bakı, {day.day} {_AZ_MONTHS[day.month - 1]} /Trend/\nAzərbaycan Respublikasının İnsan "
        "hüquqları üzrə müvəkkili (Ombudsman) Səbinə Əliyeva UNICEF-in nümayəndəsi "
        f"{guest} ilə görüşüb."
    )


def _azernews(day: dt.date, sentence: str, rng: random.Random) -> str:
    stamp = f"{day.day} {_MONTHS[day.month - 1]} {day.year} {rng.randint(9, 19):02d}:{rng.randint(0, 59):02d}"
    return f"{stamp} (UTC+04:00)\n{sentence}, Azernews reports.\nThe sides discussed cooperation."


def _official(day: dt.date, sentence: str, rng: random.Random) -> str:
    return (
        f"The Ombudsman met a guest\n{day:%d-%m-%Y} {rng.randint(50, 900)} dəfə oxunub\n"
        f"{sentence}.\nThe sides discussed cooperation."
    )


def generated_crawl(count: int, *, seed: int = 13) -> list[CrawlPage]:
    """Return ``count`` article texts reporting invented meetings, several outlets a meeting."""
    rng = random.Random(seed)
    pages: list[CrawlPage] = []
    first_day = dt.date(2020, 1, 1).toordinal()
    while len(pages) < count:
        day = dt.date.fromordinal(first_day + rng.randrange(5 * 365))
        guest = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        role, _short = _role(rng)
        mode = rng.choices(("in_person", "online", "phone"), weights=(6, 3, 1))[0]
        outlets = rng.sample(("trend", "azernews", "ombudsman"), k=rng.choice((1, 1, 2, 3)))
        for outlet in outlets:
            if len(pages) == count:
                break
            name = f"{len(pages):05d}_{outlet}.txt"
            if outlet == "trend":
                host = "The Commissioner for Human Rights (Ombudsperson) of Azerbaijan, Sabina Aliyeva"
                known_year = rng.random() < 0.9
                # Some Trend reports in Azerbaijani, so coverage has more than one language.
                in_azerbaijani = mode == "in_person" and rng.random() < 0.25
                text = (
                    _trend_az(day, guest)
                    if in_azerbaijani
                    else _trend(day, _sentence(host, role, guest, mode))
                )
                pages.append(
                    CrawlPage(
                        name=name,
                        text=text,
                        reference_date=dt.date(day.year, 12, 31) if known_year else None,
                    )
                )
            elif outlet == "azernews":
                host = "The Ombudswoman of Azerbaijan, Sabina Aliyeva"
                text = _azernews(day, _sentence(host, role, guest, mode), rng)
                pages.append(CrawlPage(name=name, text=text, reference_date=None))
            else:
                host = "The Human Rights Commissioner of Azerbaijan, Sabina Aliyeva"
                text = _official(day, _sentence(host, role, guest, mode), rng)
                pages.append(CrawlPage(name=name, text=text, reference_date=None))
    return pages


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def crawl_articles() -> list[tuple[str, Article]]:
    """The seeds and a generated crawl of 500 articles, parsed, with their input names."""
    seeds = [(str(path), ombudsparse.parse_file(path)) for path in sorted(SEEDS.iterdir())]
    crawl = [
        (page.name, ombudsparse.parse(page.text, reference_date=page.reference_date))
        for page in generated_crawl(500)
    ]
    return seeds + crawl
