"""Appointments and documents of ``igo extract`` (second-round fixer fix7d): a term told in a later sentence
about the same person, a term for a calendar year, offices glued to their rank ("Vice-President"), titles no
part of a name. Every sentence is invented for the test (invented organizations and persons): no sentence of
a real text or of a held-out set."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract


def _appointed(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == "OfficialAppointed"]


@pytest.mark.parametrize(
    ("later", "term"),
    [
        ("Quorvane will begin her four-year term on 1 March 2031.", "2031-03-01/2035-02-28"),
        ("Quorvane will take office on 1 March 2031 for a three-year term.", "2031-03-01/2034-02-28"),
        ("Quorvane is to assume her duties on 1 March 2031, for two years.", "2031-03-01/2033-02-28"),
    ],
)
def test_a_term_told_later_about_the_same_person_is_the_appointments(later: str, term: str) -> None:
    """The appointed person's own later sentence, other elections' talk between, gives the term."""
    text = (
        "Lintbridge, 4 May 2030 - The member states of the Xylo Yard Zone today elected Mira Quorvane as "
        "the zone's next Director-General.\n\n"
        "It was the first time that the members chose the head of the zone by secret ballot.\n\n"
        f"{later}"
    )
    found = _appointed(text)
    assert [(e["person"], e["office"], e.get("term")) for e in found] == [
        ("Mira Quorvane", "director-general", term)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lintbridge, 4 May 2030 - Mira Quorvane was elected Vice-President of the Xylo Yard Zone today.",
        "Lintbridge, 4 May 2030 - The Zone Council today elected Mira Quorvane as its Second Vice-President.",
        "Lintbridge, 4 May 2030 - Mira Quorvane was appointed Vice-Chair of the Xylo Yard Zone on Monday.",
    ],
)
def test_an_office_glued_to_its_rank_is_that_office_and_the_rank_no_person(text: str) -> None:
    found = _appointed(text)
    assert all(not e["person"].startswith(("Vice", "Second")) for e in found)
    assert [e["person"] for e in found] == ["Mira Quorvane"]
    assert all("vice" in e["office"] for e in found)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Halvard Brenne was elected President of the Xylo Yard Zone for 2031 today.", "2031/2031"),
        ("The Zone Council elected Halvard Brenne as its President for the year 2031.", "2031/2031"),
        ("Halvard Brenne was chosen as Chair of the Xylo Yard Zone for calendar year 2031.", None),
    ],
)
def test_a_presidency_for_a_year_is_that_years_term(text: str, term: str | None) -> None:
    found = _appointed("Lintbridge, 4 November 2030 - " + text)
    assert [e["person"] for e in found] == ["Halvard Brenne"]
    if term is not None:
        assert found[0].get("term") == term


def test_a_year_range_is_not_read_as_one_year() -> None:
    text = "Lintbridge, 4 November 2030 - Halvard Brenne was elected President of the Xylo Yard Zone for 2031-2033."
    assert [e.get("term") for e in _appointed(text)] == ["2031-01-01/2033-12-31"]


@pytest.mark.parametrize("title", ["Professor", "Prof.", "Dr", "Dr.", "Professor Dr"])
def test_a_title_is_no_part_of_the_appointed_persons_name(title: str) -> None:
    text = (
        f"Lintbridge, 4 May 2030 - The Zone Assembly today appointed {title} Mira Quorvane of Chile as "
        "Secretary-General of the Xylo Yard Zone."
    )
    assert [e["person"] for e in _appointed(text)] == ["Mira Quorvane"]


@pytest.mark.parametrize(
    "opening",
    ["LINTBRIDGE, May 4 -- ", "Lintbridge, 4 May 2030 — ", "LINTBRIDGE, 4 May 2030 - "],
)
def test_a_dateline_dash_and_a_weekday_do_not_hide_the_person(opening: str) -> None:
    text = (
        f"{opening}Mira Quorvane of Chile was elected on Thursday as the next Secretary-General of the "
        "Xylo Yard Zone, the first woman in the post."
    )
    found = _appointed(text)
    assert [(e["person"], e["office"]) for e in found] == [("Mira Quorvane", "secretary-general")]


def _withdrawals(text: str) -> list[dict[str, Any]]:
    return [
        c.event for c in extract(text, "xyz", "t") if c.type == "WithdrawalNotified" and c.record == "event"
    ]


@pytest.mark.parametrize(
    "lede",
    [
        "Chile's government has announced that it is leaving the XYZ.",
        "The government of Chile said that it was withdrawing from the XYZ.",
        "Chile has formally informed the depositary that it is pulling out of the XYZ.",
    ],
)
def test_a_state_reporting_that_it_leaves_is_the_leaver(lede: str) -> None:
    found = _withdrawals(f"LINTBRIDGE, 12 March 2031 -- {lede}")
    assert [e["party"] for e in found] == ["CHL"]


@pytest.mark.parametrize(
    "lede",
    [
        "Chile's minister said that Peru is leaving the XYZ.",
        "Chile has announced that it regrets Peru's decision to leave the XYZ.",
    ],
)
def test_a_report_about_another_state_is_not_the_reporters_withdrawal(lede: str) -> None:
    found = _withdrawals(f"LINTBRIDGE, 12 March 2031 -- {lede}")
    assert "CHL" not in [e["party"] for e in found]


@pytest.mark.parametrize(
    "vehicle", ["In a communique issued on Tuesday", "In a statement broadcast on Tuesday"]
)
def test_a_notice_is_dated_by_the_communique_that_gave_it(vehicle: str) -> None:
    text = (
        "LINTBRIDGE, 12 March 2031 -- Chile's government has announced that it is leaving the XYZ.\n\n"
        f"{vehicle}, the authorities said the country was pulling out of every organ of the XYZ."
    )
    assert [e.get("effective") for e in _withdrawals(text)] == ["2031-03-11"]


def _documents(text: str) -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(text, "xyz", "t")
        if c.type in ("DocumentAdopted", "AgreementSigned") and c.record == "event"
    ]


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        ("the Lintbridge Statute in August 2011, and the treaty", "Lintbridge Statute"),
        ("the Harrow Accord on 3 May and", "Harrow Accord"),
        ("the Quay Charter in 2019", "Quay Charter"),
        ("the Declaration on Cooperation in Fisheries", "Declaration on Cooperation in Fisheries"),
    ],
)
def test_a_time_phrase_after_a_title_is_no_part_of_it(phrase: str, title: str) -> None:
    from igo_timeline.extract.documents import title_phrase

    assert title_phrase(phrase.removeprefix("the ")) == title


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile ratified the Lintbridge Statute in August 2011, and the treaty entered into force later that year.",
        "Peru signed the Harrow Accord on 3 May 2012.",
        "The members adopted the Quay Charter in 2009, long before the crisis.",
    ],
)
def test_a_document_act_of_another_time_is_background(sentence: str) -> None:
    text = f"LINTBRIDGE, 12 March 2031 -- The XYZ summit met today. {sentence}"
    assert _documents(text) == []


def test_a_document_act_of_the_texts_own_time_is_kept() -> None:
    text = "LINTBRIDGE, 12 March 2031 -- At their summit today, the XYZ leaders signed the Harrow Agreement on Fisheries."
    assert [e["title"] for e in _documents(text)] == ["Harrow Agreement on Fisheries"]


@pytest.mark.parametrize("same", ["for the same year", "for the same period", "for the same term"])
def test_the_same_term_is_the_term_the_sentence_before_states(same: str) -> None:
    text = (
        "Lintbridge, 4 November 2030 - Halvard Brenne was elected President of the Xylo Yard Zone for 2031 "
        f"today. Mira Quorvane was elected Vice-President {same}."
    )
    assert [(e["person"], e.get("term")) for e in _appointed(text)] == [
        ("Halvard Brenne", "2031/2031"),
        ("Mira Quorvane", "2031/2031"),
    ]


def test_the_same_term_without_a_term_before_is_no_term() -> None:
    text = (
        "Lintbridge, 4 November 2030 - The summit opened today. Mira Quorvane was elected Vice-President of "
        "the Xylo Yard Zone for the same year."
    )
    assert [e.get("term") for e in _appointed(text)] in ([], ["2030-11-04/.."])


@pytest.mark.parametrize(
    ("intro", "marker"),
    [
        ("The Zone Assembly also elected its officers:", "-"),
        ("On the same day the Assembly of the XYZ chose its new bureau:", "•"),
        ("The following were elected to lead the Zone Council until its next session:", "1."),
    ],
)
def test_a_list_of_officers_after_an_election_is_each_an_appointment(intro: str, marker: str) -> None:
    text = (
        f"Lintbridge, 4 May 2030 - {intro}\n"
        f"{marker} Chair: Dr Halvard Brenne, head of the weather service of Norway;\n"
        f"{marker} Second Vice-Chair: Mira Quorvane (Chile).\n"
    )
    found = [(e["office"], e["person"], e.get("nationality")) for e in _appointed(text)]
    assert ("chair", "Halvard Brenne", "NOR") in found
    assert ("second-vice-chair", "Mira Quorvane", "CHL") in found


def test_a_list_after_a_sentence_that_elects_no_one_is_no_appointment() -> None:
    text = (
        "Lintbridge, 4 May 2030 - The agenda of the Zone Assembly listed the speakers:\n"
        "- Chair: Dr Halvard Brenne;\n- Vice-Chair: Mira Quorvane (Chile).\n"
    )
    assert _appointed(text) == []


def test_a_list_after_an_election_to_come_is_no_appointment() -> None:
    text = (
        "Lintbridge, 4 May 2030 - The Zone Assembly will elect its officers next week:\n"
        "- Chair: Dr Halvard Brenne;\n- Vice-Chair: Mira Quorvane (Chile).\n"
    )
    assert _appointed(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "With the vote, the presidency of the XYZ passes to Chile for 2032.",
        "Peru holds the rotating chairmanship of the XYZ this year and passes it to Chile in 2032.",
        "The chairmanship of the XYZ goes to Chile for 2032, the leaders decided.",
    ],
)
def test_a_handover_for_a_later_year_is_dated_by_that_year(sentence: str) -> None:
    text = f"LINTBRIDGE, 12 November 2031 -- The XYZ summit closed today. {sentence}"
    found = [
        (c.event["to_party"], c.event.get("effective"))
        for c in extract(text, "xyz", "t")
        if c.type == "PresidencyHandedOver" and c.record == "event"
    ]
    assert found == [("CHL", "2032")]


def test_a_handover_for_a_year_range_is_not_that_years() -> None:
    text = (
        "LINTBRIDGE, 12 November 2031 -- The XYZ summit closed today. "
        "The presidency of the XYZ passes to Chile for 2032-2033."
    )
    found = [c.event.get("effective") for c in extract(text, "xyz", "t") if c.type == "PresidencyHandedOver"]
    assert "2032" not in found
