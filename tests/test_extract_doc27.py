"""Documents of ``igo extract`` (twenty-seventh-session fixer doc27): a span of years that runs to the text's
year is a document's term, not the time of its act; a described title ("a 60-page Final Communique") as the
second item of a list; a document named in apposition to a common noun with any words before it ("a new
regional security document, the Charter for X"); a participle set off by commas that names the act ("The X
Declaration, adopted unanimously at the summit, calls ..."). Every sentence is invented for the test: no
sentence of a real text or of a held-out set."""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract


def _docs(text: str, org: str, published: str) -> list[tuple[str, str]]:
    return [
        (str(c.event.get("title")), str(c.event.get("adopted_on") or c.event.get("signed_on")))
        for c in extract(text, org, "t", published=published)
        if c.record == "event" and c.type in ("DocumentAdopted", "AgreementSigned")
    ]


@pytest.mark.parametrize(
    ("org", "text", "published", "titles"),
    [
        # a span of years that runs to the text's year or beyond: the document's term
        (
            "cbss",
            "The CBSS foreign ministers met in Riga on 4 June 2031. At the close of the meeting the ministers "
            "adopted two documents: the Riga Declaration and the Roadmap of the CBSS reforms for 2029–2032.",
            "2031-06-05",
            ["Riga Declaration", "Roadmap of the CBSS reforms for 2029–2032"],
        ),
        (
            "asean",
            "The ASEAN economic ministers met in Hue on 12 May 2031. They approved the Work Plan on Digital "
            "Trade 2028-2031 and the Hue Statement on Supply Chains.",
            "2031-05-13",
            ["Work Plan on Digital Trade 2028-2031", "Hue Statement on Supply Chains"],
        ),
        (
            "cica",
            "The CICA foreign ministers met in Almaty on 9 October 2031. The ministers adopted the Action Plan "
            "on Countering Drugs for 2030-2033.",
            "2031-10-10",
            ["Action Plan on Countering Drugs for 2030-2033"],
        ),
        # a described title as the second item of a list
        (
            "oic",
            "The OIC summit was held in Dakar on 13-14 March 2031. The leaders adopted the Dakar Declaration "
            "and a 40-page Final Communique at the closing session.",
            "2031-03-15",
            ["Dakar Declaration", "Final Communique"],
        ),
        (
            "asean",
            "The ASEAN summit was held in Vientiane on 6 September 2031. The leaders signed the Vientiane "
            "Declaration, the landmark Charter on Disaster Relief and a ten-point Plan of Action on Haze.",
            "2031-09-07",
            ["Vientiane Declaration", "Charter on Disaster Relief", "Plan of Action on Haze"],
        ),
        # a document named in apposition to a common noun, whatever words describe the noun
        (
            "osce",
            "The OSCE summit was held in Astana on 1-2 December 2031. The heads of state adopted a new "
            "regional security document, the Charter for Cooperative Security.",
            "2031-12-03",
            ["Charter for Cooperative Security"],
        ),
        (
            "cica",
            "The CICA summit was held in Almaty on 4 June 2031. The summit also adopted a second text, the "
            "Almaty Declaration on Water Security.",
            "2031-06-05",
            ["Almaty Declaration on Water Security"],
        ),
        (
            "sco",
            "The SCO Council of Heads of State met in Bishkek on 12 June 2031. The leaders approved one more "
            "important programmatic document - the Programme of Economic Cooperation for 2032-2036.",
            "2031-06-13",
            ["Programme of Economic Cooperation for 2032-2036"],
        ),
        # a participle set off by commas names the act
        (
            "arab-league",
            "The Arab League summit was held in Tunis on 27 March 2031. The Tunis Declaration, adopted "
            "unanimously at the summit, calls for a ceasefire.",
            "2031-03-28",
            ["Tunis Declaration"],
        ),
        (
            "asean",
            "The ASEAN summit was held in Manila on 15-16 November 2031. In the Manila Declaration on "
            "Connectivity, issued on the final day, the leaders pledged closer links.",
            "2031-11-17",
            ["Manila Declaration on Connectivity"],
        ),
        (
            "asean",
            "The ASEAN summit was held in Manila on 15-16 November 2031. The Manila Plan of Action adopted by "
            "consensus at the summit sets out the goals for the decade.",
            "2031-11-17",
            ["Manila Plan of Action"],
        ),
    ],
)
def test_documents_read(org: str, text: str, published: str, titles: list[str]) -> None:
    got = [t for t, _ in _docs(text, org, published)]
    for title in titles:
        assert title in got, (title, got)


@pytest.mark.parametrize(
    ("org", "text", "published"),
    [
        # a span of years wholly in the past still tells an act of another time
        (
            "asean",
            "The ASEAN economic ministers met in Hue on 12 May 2031. They recalled that the ministers had "
            "adopted the Work Plan on Digital Trade in 2024-2025.",
            "2031-05-13",
        ),
        (
            "asean",
            "The ASEAN economic ministers met in Hue on 12 May 2031. The Work Plan on Digital Trade for "
            "2024-2025 was adopted by the ministers.",
            "2031-05-13",
        ),
        # an act asked for, not done
        (
            "oecs",
            "The OECS Authority met in Castries on 19-20 October 2031. Before the Heads was a request from the "
            "Commission to approve the OECS Work Programme 2030-2033 and its budget.",
            "2031-10-21",
        ),
        (
            "au",
            "The AU Assembly met in Addis Ababa on 9-10 February 2031. The Assembly urged the member states "
            "that have not yet done so to sign the Protocol on Free Movement of Persons.",
            "2031-02-11",
        ),
        (
            "sco",
            "The SCO Council of Heads of State met in Bishkek on 12 June 2031. The leaders invited the "
            "observer states to sign the Agreement on Customs Cooperation.",
            "2031-06-13",
        ),
        # a treaty of long ago named with a participle set off by commas: no act of the meeting
        (
            "asean",
            "The ASEAN summit was held in Manila on 15-16 November 2031. The leaders recalled the Bangkok "
            "Declaration, signed in Bangkok on 8 August 1967, and vowed to uphold it.",
            "2031-11-17",
        ),
        # "issued by" another: the participle names no act of the meeting
        (
            "asean",
            "The ASEAN summit was held in Manila on 15-16 November 2031. In the Manila Statement, issued by "
            "the chair, the leaders were praised.",
            "2031-11-17",
        ),
        # a common noun in apposition to no title
        (
            "osce",
            "The OSCE summit was held in Astana on 1-2 December 2031. The heads of state approved the text, "
            "the first of its kind.",
            "2031-12-03",
        ),
        # a draft still to be signed, in apposition
        (
            "osce",
            "The OSCE summit was held in Astana on 1-2 December 2031. The ministers discussed a draft "
            "document, the Charter for Cooperative Security, which will be signed in 2032.",
            "2031-12-03",
        ),
    ],
)
def test_documents_not_read(org: str, text: str, published: str) -> None:
    assert _docs(text, org, published) == []
