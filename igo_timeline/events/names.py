"""Names people type: an organization's slug, a status as displayed, an office, a document's title.

One rule for every door (CLI options, the HTTP API's parameters, imported events):

* an organization's slug is case-insensitive (``SCO`` is ``sco``);
* a status, condition or procedure is accepted as the output displays it (``dialogue partner``,
  ``Dialogue Partner``: the slug ``dialogue_partner``);
* a name that matches nothing is refused with the closest known names (by slug and by title).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from igo_timeline.errors import InvalidInput

_SPACES = re.compile(r"\s+")


def org_slug(value: str) -> str:
    """An organization's slug as typed: slugs are lower case, so ``SCO`` is ``sco``."""
    return value.strip().lower()


def term_slug(value: Any) -> Any:
    """A status, condition or procedure as displayed (``Dialogue Partner``) -> its slug
    (``dialogue_partner``): the output shows a slug's ``_`` as a space; this undoes it."""
    if not isinstance(value, str):
        return value
    return _SPACES.sub("_", value.strip()).lower()


def _folded(text: str) -> str:
    """A name compared loosely: case, spaces, ``-`` and ``_`` do not matter."""
    return re.sub(r"[\s_-]+", " ", text.strip()).casefold()


folded = _folded  # the same, for the rules that keep names apart


def closest(
    word: str,
    known: Mapping[str, str] | Sequence[str],
    *,
    n: int = 3,
    aliases: Mapping[str, Iterable[str]] | None = None,
) -> str:
    """``"; closest known: a, b"`` (by slug, by title or by another name), or ``"; known: ..."``
    when none is close."""
    labels = dict(known) if isinstance(known, Mapping) else {k: k for k in known}
    shown_of = {
        slug: (f"{slug} ({label})" if label and label != slug else slug) for slug, label in labels.items()
    }
    by_folded: dict[str, str] = {}
    for slug, label in labels.items():
        by_folded.setdefault(_folded(slug), slug)
        if label:
            by_folded.setdefault(_folded(label), slug)
    for slug, others in (aliases or {}).items():
        if slug in labels:
            for other in others:
                by_folded.setdefault(_folded(other), slug)
    matches = difflib.get_close_matches(_folded(word), list(by_folded), n=n * 2, cutoff=0.5)
    close: list[str] = []
    for m in matches:
        if by_folded[m] not in close:
            close.append(by_folded[m])
    if close:
        return "; closest known: " + ", ".join(shown_of[s] for s in close[:n])
    if not labels:
        return "; none recorded"
    listed = sorted(labels)
    more = f", ... ({len(listed)} in all)" if len(listed) > 8 else ""
    return "; known: " + ", ".join(shown_of[s] for s in listed[:8]) + more


def resolve(
    kind: str,
    value: str,
    known: Mapping[str, str] | Sequence[str],
    *,
    where: str = "",
    aliases: Mapping[str, Iterable[str]] | None = None,
) -> str:
    """The slug ``value`` names among ``known`` (slug -> title), matched by slug, by title or by one
    of its ``aliases`` (slug -> other names), case, spaces, ``-`` and ``_`` aside; else
    :class:`InvalidInput` naming the closest ones.

    ``kind`` is what is named (``office``, ``document``, ...); ``where`` the organization, for the message.
    """
    labels = dict(known) if isinstance(known, Mapping) else {k: k for k in known}
    if value in labels:
        return value
    wanted = _folded(value)
    others = aliases or {}
    hits = sorted(
        {
            slug
            for slug, label in labels.items()
            if wanted in (_folded(slug), _folded(label or slug))
            or any(wanted == _folded(o) for o in others.get(slug, ()))
        }
    )
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise InvalidInput(
            f"{kind} {value!r} is ambiguous{f' in {where!r}' if where else ''}: {', '.join(hits)}"
        )
    raise InvalidInput(
        f"unknown {kind} {value!r}{f' in {where!r}' if where else ''}"
        + closest(value, labels, aliases=others)
    )


def other_names(events: Iterable[Any]) -> dict[str, dict[str, tuple[str, ...]]]:
    """The other names an organization's events give its offices and bodies (``office``, ``body``
    -> slug -> names): the aliases recorded where each is declared (the founding's
    ``office_aliases``/``body_aliases``, an OfficeEstablished's or BodyEstablished's ``aliases``,
    as corrected) and every name a dated rename gave it, so that a former or a later name still
    finds the slug. The title :func:`known_names` gives is not repeated."""
    titles = known_names(events := list(events))
    found: dict[str, dict[str, dict[str, None]]] = {"office": {}, "body": {}}
    for ev in events:
        named: list[tuple[str, str, list[str]]] = []  # (kind, slug, names)
        if ev.type == "OrganizationFounded":
            for kind in ("office", "body"):
                named += [(kind, slug, n) for slug, n in (getattr(ev, f"{kind}_aliases") or {}).items()]
        elif ev.type in ("OfficeEstablished", "BodyEstablished"):
            kind = "office" if ev.type == "OfficeEstablished" else "body"
            named.append((kind, getattr(ev, kind), [ev.name, *(ev.aliases or [])]))
        elif ev.type == "NameChanged" and (ev.office or ev.body):
            kind = "office" if ev.office else "body"
            named.append((kind, getattr(ev, kind), [ev.name]))
        for kind, slug, names in named:
            for name in names:
                if name != titles[kind].get(slug):
                    found[kind].setdefault(slug, {})[name] = None
    return {kind: {slug: tuple(names) for slug, names in by_slug.items()} for kind, by_slug in found.items()}


def every_name(events: Iterable[Any], kind: str) -> dict[str, tuple[str, ...]]:
    """Each office's or body's names (``kind``: ``office`` or ``body``), its recorded title first,
    then its other names (:func:`other_names`): what a text may call it."""
    events = list(events)
    titles, others = known_names(events)[kind], other_names(events)[kind]
    return {slug: (title, *others.get(slug, ())) for slug, title in titles.items()}


def find(kind: str, value: str, events: Iterable[Any], *, where: str = "") -> str:
    """The slug of the office or body (``kind``) that ``value`` names in an organization's events:
    by slug, title, alias or a name it was renamed from or to (the one lookup every door uses:
    the CLI's ``--office``, ``why``, ``history``, the typed verbs, the API)."""
    events = list(events)
    return resolve(kind, value, known_names(events)[kind], where=where, aliases=other_names(events)[kind])


# the fields through which an event names each kind of thing (slug field, the field of its title)
_NAMED = {
    "office": (("office", "name"),),
    "body": (("body", "name"),),
    "document": (("document", "title"),),
    "status": (("status", None),),
    "chair": (("chair", "name"),),
}


def known_names(events: Iterable[Any]) -> dict[str, dict[str, str]]:
    """What an organization's events name, kind by kind (``office``, ``body``, ``document``,
    ``status``, ``party``, ...): slug -> the title or name recorded for it (the slug itself when
    none was). A name's first recorded title wins."""
    from igo_timeline.events.parties import party_name

    found: dict[str, dict[str, str]] = {kind: {} for kind in (*_NAMED, "party")}
    for ev in events:
        founding = ev.type == "OrganizationFounded"
        if founding:
            for slug, name in ev.offices.items():
                found["office"].setdefault(slug, name)
            for slug, name in ev.bodies.items():
                found["body"].setdefault(slug, name)
            for slug in ev.statuses:
                found["status"].setdefault(slug, slug.replace("_", " "))
        for kind, fields in _NAMED.items():
            for slug_field, title_field in fields:
                slug = getattr(ev, slug_field, None)
                if not isinstance(slug, str) or not slug:
                    continue
                # a document an event refers to (in force, revised) is named by its adoption
                # nor is a body by its meetings (a meeting's name, "12th meeting", is not the body's)
                titled = title_field is not None and not (
                    (kind == "document" and ev.type == "DocumentEnteredIntoForce")
                    or (kind == "body" and ev.type in ("MeetingHeld", "MeetingScheduled"))
                )
                title = getattr(ev, title_field, None) if titled and title_field else None
                current = found[kind].get(slug)
                if current is None or (current == slug and isinstance(title, str)):
                    found[kind][slug] = (
                        title
                        if isinstance(title, str) and title
                        else (slug.replace("_", " ") if kind == "status" else slug)
                    )
        parties = getattr(ev, "parties", None)
        if callable(parties):
            for code in parties():
                found["party"].setdefault(code, party_name(code))
    return found
