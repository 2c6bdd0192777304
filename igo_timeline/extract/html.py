"""HTML to the plain text extraction reads (standard library only).

Block elements become paragraph breaks (a blank line), ``<br>`` a line break;
scripts and styles are dropped and entities decoded. Offsets of an HTML
document's quotes are offsets into this text, the text as read.
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
    "title",
}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


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


def looks_like_html(text: str, name: str = "") -> bool:
    return name.lower().endswith((".html", ".htm")) or bool(
        re.match(r"\s*<(?:!doctype|html|body|p|div)\b", text, re.I)
    )


def html_text(text: str) -> str:
    parser = _Text()
    parser.feed(text)
    parser.close()
    joined = "".join(parser.parts)
    joined = re.sub(r"[ \t]*\n[ \t]*", "\n", joined)
    return re.sub(r"\n{3,}", "\n\n", joined).strip() + "\n"
