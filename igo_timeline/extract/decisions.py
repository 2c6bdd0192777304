"""Decisions about parties and persons: the readers' public names, gathered in one place.

The readers live in one module per kind of decision: ``statuses`` (statuses
and procedures), ``appointments`` (with ``offices``, ``backrefs`` and
``terms``), ``presidency``, ``nextmeeting`` and ``histories``; ``clauses``
holds what they share. This module keeps the names that the package and other
modules import from here, so that callers need not know the split.
"""

from __future__ import annotations

from igo_timeline.extract.appointments import _office_of_own, appointments, officer_lists
from igo_timeline.extract.clauses import (
    _OTHER_ACT,
    _other_organization,
    _own_name,
    _own_org,
    _state_parties,
    _status_slug,
    _term_slug,
    cut_points,
)
from igo_timeline.extract.histories import histories
from igo_timeline.extract.nextmeeting import next_meeting
from igo_timeline.extract.offices import _head_noun_of_own_name
from igo_timeline.extract.presidency import _state_of_person, presidency
from igo_timeline.extract.statuses import _sought, back_again, lifted_for, statuses
from igo_timeline.extract.terms import _term, term_grammar

__all__ = [
    "_OTHER_ACT",
    "_head_noun_of_own_name",
    "_office_of_own",
    "_other_organization",
    "_own_name",
    "_own_org",
    "_sought",
    "_state_of_person",
    "_state_parties",
    "_status_slug",
    "_term",
    "_term_slug",
    "appointments",
    "back_again",
    "cut_points",
    "histories",
    "lifted_for",
    "next_meeting",
    "officer_lists",
    "presidency",
    "statuses",
    "term_grammar",
]
