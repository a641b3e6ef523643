"""Deterministic article pages of the three sources, at the size of real news pages.

Real article pages are mostly chrome: menus, scripts, related-story lists,
footers. The evaluation set of real pages averages about 170 kB; these pages
wrap an article in each source's layout with as much chrome, so timings
reflect real work rather than a toy page.
"""

from __future__ import annotations

import html
import random

WORDS = (
    "the ombudsperson commissioner delegation guests meeting rights human freedoms "
    "cooperation institutions discussed informed stressed noted visit region report "
    "detention monitoring children refugees mandate law amendments international office"
).split()


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 25))
    return " ".join(words).capitalize() + "."


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    return [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def _chrome(rng: random.Random, target_bytes: int) -> tuple[str, str]:
    """Return chrome for before and after the article, together about ``target_bytes``."""
    links = "".join(
        f"<li class='menu-item'><a href='/section/{i}/' title='{_sentence(rng)}'>{rng.choice(WORDS)}</a></li>"
        for i in range(120)
    )
    script = "<script>window.__state = " + repr([_sentence(rng) for _ in range(60)]) + ";</script>"
    related = "".join(
        f"<div class='news-item'><a href='/n/{i}.html'><img src='/i/{i}.jpg' alt=''>"
        f"<span class='title'>{_sentence(rng)}</span></a><span class='date'>10:{i % 60:02d}</span></div>"
        for i in range(60)
    )
    before = f"<header><nav><ul>{links}</ul></nav></header>{script}"
    after = f"<aside class='related'>{related}</aside><footer><ul>{links}</ul></footer>"
    while len(before) + len(after) < target_bytes:
        after += "<script>" + "var x = " + repr(_sentence(rng)) * 40 + ";</script>"
    return before, after


def trend_page(rng: random.Random, size: int) -> tuple[str, bytes]:
    body = _paragraphs(rng, rng.randint(5, 12))
    title = _sentence(rng).rstrip(".")
    before, after = _chrome(rng, size)
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body)
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{html.escape(title)}'>"
        "<meta property='article:published_time' content='2026-07-07T15:56:00+04:00'>"
        f"</head><body>{before}<div class='top-part'><h1>{html.escape(title)}</h1><div class='meta'>"
        "<span class='categories'>Politics</span><span class='date-time'>7 July 2026 15:56 (UTC +04:00)</span>"
        "</div></div><div class='right-part'><div class='article-paddings'><span class='author'>Lara Venn</span></div>"
        f"<div class='article-content article-paddings'><p>BAKU, Azerbaijan, July 7. {_sentence(rng)}</p>{paragraphs}"
        "<p>Stay up to date with more news at Trend News Agency's WhatsApp channel</p></div></div>"
        f"{after}</body></html>"
    )
    return (
        f"https://en.trend.az/azerbaijan/politics/{rng.randint(1, 9_999_999)}.html",
        page.encode(),
    )


def azernews_page(rng: random.Random, size: int) -> tuple[str, bytes]:
    body = _paragraphs(rng, rng.randint(5, 12))
    title = _sentence(rng).rstrip(".")
    before, after = _chrome(rng, size)
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body)
    page = (
        f"<html><head><meta charset='utf-8'><meta property='og:title' content='{html.escape(title)}'></head>"
        f"<body>{before}<div class='container'><h1>{html.escape(title)}</h1>"
        "<div class='d-flex'><span class='me-3'>21 September 2023 16:21 (UTC+04:00)</span></div>"
        f"<div class='article-content'>{paragraphs}<p>---</p><p>Follow us on Twitter @AzerNewsAz</p></div>"
        "<div class='author'><img src='/a.jpg'><h6>Ilkin Mammadli</h6><a href='/a'>Read more</a></div>"
        f"</div>{after}</body></html>"
    )
    return f"https://www.azernews.az/nation/{rng.randint(1, 999_999)}.html", page.encode()


def official_page(rng: random.Random, size: int) -> tuple[str, bytes]:
    body = _paragraphs(rng, rng.randint(5, 12))
    title = _sentence(rng).rstrip(".")
    before, after = _chrome(rng, size)
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body)
    page = (
        "<html><head><meta charset='utf-8'></head><body>"
        "<div>Please ensure Javascript is enabled for purposes of website accessibility</div>"
        f"{before}<div class='news-detail'><h2>{html.escape(title)}</h2>"
        "<div class='news-info'><span>30-11-2022</span> <span>361 dəfə oxunub</span></div>"
        f"<h3>{html.escape(title)}</h3><div class='news-body'>{paragraphs}</div></div>{after}</body></html>"
    )
    return f"https://ombudsman.az/en/view/news/{rng.randint(1, 99_999)}/slug", page.encode()


def pages(count: int, *, size: int = 170_000, seed: int = 1) -> list[tuple[str, bytes]]:
    """Return ``count`` pages (URL, bytes), the three sources in turn, about ``size`` bytes each."""
    rng = random.Random(seed)
    makers = (trend_page, azernews_page, official_page)
    return [makers[i % 3](rng, size) for i in range(count)]


def _article_markup(maker: str, rng: random.Random) -> tuple[str, str]:
    """Return (URL, the article's markup alone) in one source's layout."""
    url, page = {"trend": trend_page, "azernews": azernews_page, "ombudsman": official_page}[
        maker
    ](rng, 0)
    text = page.decode()
    body = text[text.index("<body>") + len("<body>") : text.rindex("</body>")]
    return url, body


def pages_in_real_chrome(eval_dir: str, *, seed: int = 1) -> list[tuple[str, bytes]]:
    """Return one page per real page of the evaluation set, with its article replaced.

    Each real page keeps its own chrome (head, scripts, menus, footers: real
    DOM size and shape); the element holding most of its paragraphs is
    replaced by an article in a source's layout, the sources in turn. The URL
    is the source's, so the page is parsed as that source's.
    """
    import gzip
    from pathlib import Path

    import lxml.html

    rng = random.Random(seed)
    result = []
    for index, path in enumerate(sorted(Path(eval_dir, "html").glob("*.html.gz"))):
        root = lxml.html.fromstring(gzip.decompress(path.read_bytes()))
        parents: dict[lxml.html.HtmlElement, int] = {}
        for paragraph in root.iter("p"):
            parent = paragraph.getparent()
            if parent is not None:
                parents[parent] = parents.get(parent, 0) + len(paragraph.text_content())
        if not parents:
            continue
        container = max(parents, key=parents.__getitem__)
        url, markup = _article_markup(("trend", "azernews", "ombudsman")[index % 3], rng)
        replacement = lxml.html.fragment_fromstring(markup, create_parent="div")
        container.getparent().replace(container, replacement)
        # The real page's own metadata describes another article on another site: drop it.
        for element in root.xpath(
            "//meta[@property or @name or @itemprop] | //link[@rel='canonical']"
            " | //script[@type='application/ld+json']"
        ):
            if element.getparent() is not None:
                element.getparent().remove(element)
        for element in root.xpath("//*[@itemprop]"):
            del element.attrib["itemprop"]
        result.append((url, lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")))
    return result


def real_pages(eval_dir: str) -> list[tuple[str, bytes]]:
    """Return the evaluation set's real pages as they are, with their URLs."""
    import gzip
    import json
    from pathlib import Path

    truth = json.loads(Path(eval_dir, "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (truth[path.name.removesuffix(".html.gz")]["url"], gzip.decompress(path.read_bytes()))
        for path in sorted(Path(eval_dir, "html").glob("*.html.gz"))
    ]
