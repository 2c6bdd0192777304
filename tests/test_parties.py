"""Party identities: alpha-3 codes, the names sources use, closest names on error."""

import pytest

from igo_timeline.errors import UnknownParty
from igo_timeline.events.parties import party_name, resolve_party


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("KGZ", "KGZ"),
        ("Kyrgyz Republic", "KGZ"),
        ("Republic of Kyrgyzstan", "KGZ"),
        ("Turkey", "TUR"),
        ("Republic of Turkey", "TUR"),
        ("the Russian Federation", "RUS"),
        ("Islamic Republic of Afghanistan", "AFG"),
        ("People's Republic of China", "CHN"),
        ("  islamic   republic of iran ", "IRN"),
        ("Soviet Union", "SUN"),
        ("Eurasia Economic Community", "eurasec"),
        ("United Nations", "un"),
        ("CSTO", "csto"),
    ],
)
def test_resolves(name, code):
    assert resolve_party(name) == code


def test_display_name_prefers_common_name():
    assert party_name("IRN") == "Iran"
    assert party_name("KGZ") == "Kyrgyzstan"
    assert party_name("cis") == "Commonwealth of Independent States"


def test_unknown_lists_closest():
    with pytest.raises(UnknownParty, match=r"closest known: Kyrgyzstan \(KGZ\)"):
        resolve_party("Kyrgyztan")


@pytest.mark.parametrize("bad", ["", "   ", "Atlantis Federation"])
def test_unknown(bad):
    with pytest.raises(UnknownParty):
        resolve_party(bad)
