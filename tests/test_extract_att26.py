"""Attendance (helper `att26`): a list of names each followed by its titles, whose first name has one more title
before it ("the Council's Chairman, A B, Prime Minister of X, C D, Prime Minister of Y, ..."). Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.conftest import meeting_people

_COUNCIL = "ALMATY, 5 March 2031 -- The Council of Heads of Government of the Steppe Union met in Almaty on Wednesday. "


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The meeting was attended by the Council Chairman, Timur Saken, Prime Minister of the Republic of "
            "Kazakhstan, Aram Vardanyan, Prime Minister of the Republic of Armenia, Bolot Asanov, Prime Minister "
            "of the Kyrgyz Republic, as well as Pavel Orlov, Prime Minister of the Russian Federation.",
            {
                ("Timur Saken", "KAZ"),
                ("Aram Vardanyan", "ARM"),
                ("Bolot Asanov", "KGZ"),
                ("Pavel Orlov", "RUS"),
            },
        ),
        (
            "Taking part were the current chairman, Bolot Asanov, Prime Minister of Kyrgyzstan, Timur Saken, "
            "Prime Minister of Kazakhstan, and Aram Vardanyan, Prime Minister of Armenia.",
            {("Bolot Asanov", "KGZ"), ("Timur Saken", "KAZ"), ("Aram Vardanyan", "ARM")},
        ),
        (
            "The session was attended by the Chairman of the Council, Timur Saken, Prime Minister of Kazakhstan, Ilkhom Nazarov, "
            "First Deputy Prime Minister of Uzbekistan, and Aram Vardanyan, Prime Minister of Armenia.",
            {("Timur Saken", "KAZ"), ("Ilkhom Nazarov", "UZB"), ("Aram Vardanyan", "ARM")},
        ),
    ],
)
def test_a_title_before_the_first_name_shifts_no_state(
    sentence: str, want: set[tuple[str, str | None]]
) -> None:
    people = meeting_people(_COUNCIL + sentence, "steppe")
    assert want <= people
    # no name takes the state of the one before it
    assert not {(n, s) for n, s in people if any(n == w and s != t for w, t in want)}


def test_titles_before_names_stay_read_as_before() -> None:
    # each title before its name: the last name has no title after it, so the list is no name-then-title list
    people = meeting_people(
        _COUNCIL
        + "The meeting was attended by the Prime Minister of Kazakhstan, Timur Saken, the Prime Minister "
        "of Armenia, Aram Vardanyan, and the Prime Minister of Kyrgyzstan, Bolot Asanov.",
        "steppe",
    )
    assert {("Timur Saken", "KAZ"), ("Aram Vardanyan", "ARM"), ("Bolot Asanov", "KGZ")} <= people


# -- an institution's noun is no one's name ------------------------------------------------------------------

_MINISTERS = "BAKU, 9 May 2031 -- The Council of Ministers of the Steppe Union met in Baku on Friday. "


@pytest.mark.parametrize(
    ("sentence", "want", "not_people"),
    [
        (
            "The session was attended by the foreign ministers of the members and by the Secretary General of the "
            "Union's Permanent International Secretariat, Rustam Aliev.",
            ("Rustam Aliev", None),
            {"International Secretariat Rustam Aliev", "International Secretariat"},
        ),
        (
            "Also present were the Union's Secretary General Rustam Aliev, the Chief of the Union's Joint Staff, "
            "General Oleg Markov, and the heads of the Steppe Studies Institute and the Steppe Cultural Institute.",
            ("Oleg Markov", None),
            {"Joint Staff", "Studies Institute", "Cultural Institute"},
        ),
    ],
)
def test_an_institution_read_as_no_person(
    sentence: str, want: tuple[str, None], not_people: set[str]
) -> None:
    people = meeting_people(_MINISTERS + sentence, "steppe")
    assert want in people
    assert not {name for name, _ in people} & not_people


def test_a_forum_or_an_academy_is_no_participant() -> None:
    people = meeting_people(
        _MINISTERS
        + "The meeting was attended by Foreign Minister Leyla Mammadova of Azerbaijan and by the rector "
        "of the Steppe Diplomatic Academy, and it was followed by the Steppe Regional Forum.",
        "steppe",
    )
    assert ("Leyla Mammadova", "AZE") in people
    assert not {name for name, _ in people if "Academy" in name or "Forum" in name}


def test_titles_with_an_article_before_their_names_stay_read_as_before() -> None:
    # "and the outgoing Secretary, C D": a title with an article is told before its name, not after the one before
    people = meeting_people(
        _COUNCIL
        + "The incoming Secretary General of the Union, Dr. Aigerim Bekova, and the outgoing Secretary "
        "General, Dr. Nurlan Sadykov, were also in attendance, together with the Union's special envoys.",
        "steppe",
    )
    assert ("Nurlan Sadykov", None) in people
    assert not {state for name, state in people if name in ("Aigerim Bekova", "Nurlan Sadykov") and state}
