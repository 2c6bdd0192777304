"""HTML to the plain text extraction reads (standard library only).

Block elements become paragraph breaks (a blank line), ``<br>`` a line break;
scripts and styles are dropped and entities decoded. A page saved from a
browser is mostly chrome: menus, banners, footers, share bars and columns of
related stories, whose headlines name other meetings. Those are dropped, and
where the page marks its story (``<main>``, one ``<article>``) only the story
and its headline are read. Offsets of an HTML document's quotes are offsets
into this text, the text as read.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "blockquote",
}


# a page's chrome, not its story: menus, cookie and share bars, forms, the related-stories column. Read,
# its headlines of other meetings would be taken for this page's meetings.
_CHROME = {"nav", "aside", "form", "noscript", "template", "svg", "button", "select", "iframe", "dialog"}
# a page's own banner and footer, chrome outside an article; inside one they hold its headline and byline
_FRAME = {"header", "footer"}
# where a page keeps its story, when it marks it
_STORY = ("main", "article")


class _Text(HTMLParser):
    """The text of a page, in parts, each part marked with the story elements (``main``, ``article``) open
    around it and whether it belongs to the page's first ``h1`` (its headline)."""

    def __init__(self, chrome: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.chrome = chrome  # drop the page's chrome
        self.parts: list[tuple[str, frozenset[str], bool]] = []
        self.skip = 0
        self.open: list[str] = []
        self.h1 = 0  # 1 inside the first h1, 2 after it
        self.articles = 0
        self.title = False
        self.titled: list[str] = []  # the page's <title>: its headline only where it has no h1

    def _story(self) -> frozenset[str]:
        return frozenset(t for t in self.open if t in _STORY)

    def _skipped(self, tag: str) -> bool:
        if tag in ("script", "style"):
            return True
        return self.chrome and (tag in _CHROME or (tag in _FRAME and not self._story()))

    def _add(self, text: str) -> None:
        if self.title:
            self.titled.append(text)
        else:
            self.parts.append((text, self._story(), self.h1 == 1))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipped(tag):
            self.skip += 1
            self.open.append("#" + tag)
            return
        if tag in _STORY:
            self.open.append(tag)
            self.articles += tag == "article"
        if tag == "h1" and self.h1 == 0 and not self.skip:
            self.h1 = 1
        if tag == "title":
            self.title = True
            return
        if tag in _BLOCKS or tag in _STORY:
            self._add("\n\n")
        elif tag == "br":
            self._add("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if ("#" + tag) in self.open:
            # close what the page left open inside it as well (a malformed page must not hide the rest)
            while self.open and self.open.pop() != "#" + tag:
                pass
            self.skip = sum(1 for t in self.open if t.startswith("#"))
            return
        if tag == "title":
            self.title = False
            return
        if tag in _STORY and tag in self.open:
            while self.open and self.open.pop() != tag:
                pass
        if tag in _BLOCKS or tag in _STORY:
            self._add("\n\n")
        if tag == "h1" and self.h1 == 1:
            self.h1 = 2

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._add(data)

    def story(self) -> str:
        """The page's story: its ``main`` if it marks one, else its one ``article``, each with the page's
        headline when that stands outside; the whole page (chrome dropped) when it marks neither, marks
        several articles (a listing), or its story holds next to nothing of its text."""
        whole = "".join(text for text, _, _ in self.parts)
        if self.h1 == 0 and self.titled:
            whole = "".join(self.titled) + "\n\n" + whole
        for tag in _STORY:
            if tag == "article" and self.articles != 1:
                continue
            inside = "".join(text for text, story, _ in self.parts if tag in story)
            if len(inside.split()) < max(20, len(whole.split()) // 5):
                continue
            headline = "".join(text for text, story, h1 in self.parts if h1 and tag not in story)
            if self.h1 == 0:
                headline = "".join(self.titled)
            return headline + "\n\n" + inside
        return whole


# the page's own publication day, as publishers mark it for feeds and search engines
_PUBLISHED_NAMES = {
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
}
_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


class _Published(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key in _PUBLISHED_NAMES:
                self.found.append(a.get("content", ""))
        elif tag == "time" and ("pubdate" in a or a.get("itemprop", "").lower() == "datepublished"):
            self.found.append(a.get("datetime", ""))
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self.in_ld = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_ld = False

    def handle_data(self, data: str) -> None:
        if self.in_ld:
            self.found.extend(_LD_PUBLISHED.findall(data))


def html_published(text: str) -> str | None:
    """The publication day an HTML page states of itself (``article:published_time``, ``datePublished`` in
    its metadata or JSON-LD, ``<time pubdate>``, Dublin Core dates): ``YYYY-MM-DD`` as the page writes it (its
    own time zone), the first such mark that is a real day; None when the page marks none."""
    parser = _Published()
    parser.feed(text)
    parser.close()
    for value in parser.found:
        m = _DAY.match(value)
        if m is None:
            continue
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        return day.isoformat()
    return None


# a day written in a page's address: "/2016/04/08/", "2008-02-02", "/20171115/", "/200011/24/" (a year, then a
# month and a day, separated or not; never a lone year or month: "/archive/2001/" tells no day)
_URL_DAY = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<s>[-/_.]?)(?P<m>0[1-9]|1[0-2])(?:(?P=s)|/)(?P<d>0[1-9]|[12]\d|3[01])(?![\d])"
)


def url_published(url: str | None) -> str | None:
    """The day a page's address states (``YYYY-MM-DD``), when it states exactly one real day; None otherwise
    (no day, or two different ones: "/2021/05/25/..-2019-11-07" is no page's one day)."""
    days = set()
    for m in _URL_DAY.finditer(url or ""):
        try:
            days.add(dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat())
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


def looks_like_html(text: str, name: str = "") -> bool:
    return name.lower().endswith((".html", ".htm")) or bool(
        re.match(r"\s*<(?:!doctype|html|body|p|div)\b", text, re.I)
    )


def html_text(text: str) -> str:
    """The text of an HTML page as extraction reads it: its story and headline where it marks them, else
    the page without its chrome; the whole page when dropping the chrome leaves next to nothing."""
    parser = _Text(chrome=True)
    parser.feed(text)
    parser.close()
    if parser.skip:
        # a page that never closes its menu would hide all that follows it: read it whole instead
        parser = _Text(chrome=False)
        parser.feed(text)
        parser.close()
    joined = parser.story()
    joined = re.sub(r"[ \t]*\n[ \t]*", "\n", joined)
    return re.sub(r"\n{3,}", "\n\n", joined).strip() + "\n"
