"""The organization's own name after a body's name, with the particles organizations' names hold.

"The Assembly of Heads of State and Government of the Intergovernmental Authority on Development (IGAD)":
the body is the assembly, the words after it are the organization the text defines by its brackets. A
name that holds "on", "in" or "de" ("Authority on Development", "Measures in Asia") was cut at the
particle, and the body kept half of the organization's name in its slug.
"""

from __future__ import annotations

from extract_run import held

from igo_timeline.extract.meeting_ownname import _defined_in


def test_a_defined_name_keeps_its_particles() -> None:
    text = "Leaders of the Intergovernmental Authority on Development (IGAD) met."
    assert "intergovernmental authority on development" in _defined_in(text, "igad")
    text = "The Conference on Interaction and Confidence Building Measures in Asia (CICA) met."
    assert "conference on interaction and confidence building measures in asia" in _defined_in(text, "cica")


def test_a_body_of_the_organization_named_in_full_is_the_body() -> None:
    text = (
        "DJIBOUTI, 4 May 2031 - The Assembly of Heads of State and Government of the Intergovernmental "
        "Authority on Development (IGAD) met in extraordinary session in Djibouti on Sunday 4 May 2031 to "
        "review the drought response."
    )
    found = held(text, "igad")
    assert (found["body"], found["date"], found["place"]) == (
        "assembly-of-heads-of-state-and-government",
        "2031-05-04",
        "Djibouti",
    )
