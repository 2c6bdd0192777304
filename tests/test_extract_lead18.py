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


def test_a_council_of_another_body_is_not_the_organizations_council() -> None:
    """ "Council of the Parliamentary Assembly of ...": the head noun alone ("Council", "Council of the") is the
    start of another body's name, not the organization's own council, which its table calls "Council"."""
    text = (
        "MINSK, 3 May 2031 - Speakers of the member parliaments gathered in Minsk on Saturday, 3 May 2031, for a "
        "sitting of the Council of the Parliamentary Assembly of the Collective Security Treaty Organization "
        "(CSTO), the assembly's press service said."
    )
    body = held(text, "csto")["body"]
    assert body != "collective-security-council"
    assert {"council", "parliamentary", "assembly"} <= set(body.split("-")), body


def test_the_organizations_own_council_is_still_read() -> None:
    text = (
        "MINSK, 3 May 2031 - The Collective Security Council of the Collective Security Treaty Organization "
        "(CSTO) met in Minsk on Saturday, 3 May 2031, the presidents of the member states taking part."
    )
    assert held(text, "csto")["body"] == "collective-security-council"


def test_an_organizations_name_holding_on_is_left_out_whole() -> None:
    """The phrase of a body no table knows is cut at its first "on" or "in" ("met on Thursday"): the
    organization's name the text defines ("Conference on Interaction ... in Asia (CICA)") is taken out whole
    before, not cut in half and half kept in the body's slug."""
    text = (
        "ASTANA, 9 October 2031 - The Committee of Senior Officials of the Conference on Interaction and "
        "Confidence Building Measures in Asia (CICA) met in Astana on Thursday, 9 October 2031, to draft the "
        "summit's agenda."
    )
    assert held(text, "cica")["body"] == "committee-of-senior-officials"


def test_what_follows_the_organizations_name_is_no_part_of_the_body() -> None:
    text = (
        "MANILA, 14 July 2031 - The yearly meeting of the Standing Committee of the Association of Southeast "
        "Asian Nations (ASEAN) formally began here on Monday, 14 July 2031, with the host's minister presiding."
    )
    assert held(text, "asean")["body"] == "standing-committee"
