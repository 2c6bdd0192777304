"""``igo chart``: the SVG has the expected lanes and labels, as text, and no two labels overlap."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib
import pytest
from click.testing import CliRunner
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath

from igo_timeline import Timeline
from igo_timeline.charts import chart, chart_lanes
from igo_timeline.charts.draw import PRESIDENCY_COLORS, SPARE_STATUS_COLORS, STATUS_COLORS
from igo_timeline.cli import main
from igo_timeline.projections.intervals import intervals
from tests.conftest import ev

SVG = "{http://www.w3.org/2000/svg}"
LATER_SUMMITS = [
    ("2013-09-13", "Bishkek", "KGZ"),
    ("2014-09-11/2014-09-12", "Dushanbe", "TJK"),
    ("2015-07-09/2015-07-10", "Ufa", "RUS"),
    ("2016-06-23/2016-06-24", "Tashkent", "UZB"),
    ("2017-06-08/2017-06-09", "Astana", "KAZ"),
    ("2018-06-09/2018-06-10", "Qingdao", "CHN"),
    ("2019-06-13/2019-06-14", "Bishkek", "KGZ"),
]
_MEASURE = TextToPath()


def texts(path: Path) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each <text> of the SVG with its bounding box (x0, y0, x1, y1), measured with the font it names."""
    out = []
    for node in ET.parse(path).iter(f"{SVG}text"):
        style = dict(part.strip().split(": ", 1) for part in node.get("style", "").split(";") if ": " in part)
        size = float(style["font-size"].removesuffix("px"))
        family = style["font-family"].strip("'")
        content = "".join(node.itertext())
        width, height, descent = _MEASURE.get_text_width_height_descent(
            content, FontProperties(family=family, size=size), ismath=False
        )
        transform = node.get("transform", "rotate(-0 ")
        moved = re.fullmatch(r"translate\(([-\d.]+) ([-\d.]+)\)", transform)  # a line of a wrapped label
        assert moved or "rotate(-0 " in transform, content  # every label is level
        x, y = (
            (float(moved[1]), float(moved[2]))
            if moved
            else (float(node.get("x", 0)), float(node.get("y", 0)))
        )
        anchor = style.get("text-anchor", "start")
        x0 = x - {"start": 0, "middle": width / 2, "end": width}[anchor]
        out.append((content, (x0, y - (height - descent), x0 + width, y + descent)))
    return out


def overlapping(boxes: list[tuple[str, tuple[float, float, float, float]]]) -> list[tuple[str, str]]:
    clashes = []
    for (a, (ax0, ay0, ax1, ay1)), (b, (bx0, by0, bx1, by1)) in itertools.combinations(boxes, 2):
        if ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1:
            clashes.append((a, b))
    return clashes


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chart") / "store.sqlite"
    result = CliRunner().invoke(main, ["--store", str(path), "import", "--bundled", "sco"])
    assert result.exit_code == 0, result.output
    return path


def draw(store: Path, target: Path, *args: str) -> list[tuple[str, tuple[float, float, float, float]]]:
    result = CliRunner().invoke(main, ["--store", str(store), "chart", "sco", *args, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"wrote {target}")
    return texts(target)


def test_the_sco_chart_has_its_lanes_and_labels_as_text_none_overlapping(store: Path, tmp_path: Path) -> None:
    labels = draw(store, tmp_path / "sco.svg", "--as-of", "2013-03-01")
    words = [t for t, _ in labels]
    lanes = ["Council of the Heads of the Member States", "Other meetings", "Presidency", "Secretary-General"]
    parties = ["China", "Kazakhstan", "Mongolia", "India", "Belarus", "Afghanistan", "Türkiye"]
    for expected in [*lanes, *parties]:
        assert expected in words
    # parties by the date of their first status: founders, then Mongolia (2004), India (2005), ...
    order = [words.index(p) for p in ["China", "Mongolia", "India", "Belarus", "Afghanistan"]]
    assert order == sorted(order)
    for person in ["Zhang Deguang", "Bolat Nurgaliyev", "Dmitry Mezentsev"]:
        assert person in words
    # a term from "2010?" (some day of 2009-2011) to 2012: too short for the whole name
    assert "D. Djumanbekov" in words
    assert {"Beijing", "Astana", "KGZ", "as of 2013-03-01"} <= set(words)
    assert any(w.startswith("Kyrgyzstan (2013") for w in words)  # the scheduled summit, its year only
    assert {"member", "observer", "dialogue partner", "date uncertain", "meeting scheduled"} <= set(words)
    assert overlapping(labels) == []


def test_with_later_summits_appended_labels_still_never_overlap(tmp_path: Path) -> None:
    store = tmp_path / "later.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["--store", str(store), "import", "--bundled", "sco"]).exit_code == 0
    with Timeline(str(store)) as timeline:
        timeline.append(
            [
                ev("MeetingHeld", "sco", body="council-of-heads-of-state", date=date, place=place, host=host)
                for date, place, host in LATER_SUMMITS
            ]
            + [ev("PresidencyHandedOver", "sco", to_party="TJK", effective="2013-09-13")]
        )
    labels = draw(store, tmp_path / "later.svg")
    words = [t for t, _ in labels]
    assert {"Qingdao", "Ufa", "TJK"} <= set(words)
    assert "2020" in words  # the window runs to a year after the last event
    assert overlapping(labels) == []


def test_party_filter_keeps_only_those_lanes_and_the_figure_shrinks(store: Path, tmp_path: Path) -> None:
    everything = draw(store, tmp_path / "all.svg")
    some = draw(store, tmp_path / "some.svg", "--party", "Afghanistan", "--party", "IND")
    words = {t for t, _ in some}
    assert {"Afghanistan", "India"} <= words and not {"China", "Mongolia"} & words

    def height(path: Path) -> float:
        return float(re.sub("[a-z]+$", "", ET.parse(path).getroot().get("height", "0")))

    assert height(tmp_path / "some.svg") < height(tmp_path / "all.svg")
    assert len(some) < len(everything)


def test_svg_text_stays_text_and_png_is_written(store: Path, tmp_path: Path) -> None:
    draw(store, tmp_path / "sco.svg")
    assert "<text" in (tmp_path / "sco.svg").read_text("utf-8")
    result = CliRunner().invoke(
        main, ["--store", str(store), "chart", "sco", "-o", str(tmp_path / "sco.png")]
    )
    assert result.exit_code == 0
    assert (tmp_path / "sco.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_imprecise_and_open_spans_keep_their_bounds(store: Path) -> None:
    with Timeline(str(store)) as timeline:
        lanes = chart_lanes(intervals("sco", timeline.records("sco")), today=dt.date(2014, 6, 1))
    rcts = next(lane for lane in lanes.lanes if lane.title.startswith("Director"))
    first = rcts.bars[0]
    # "2010?" (some day of 2009-2011: a qualifier widens by one unit on each side), bounded by his
    # attestation at the 2011 summit: the chronicle corrects it to [2009-01-01..2011-06-15]
    assert (first.s0.isoformat(), first.s1.isoformat()) == ("2009-01-01", "2011-06-15")  # type: ignore[union-attr]
    china = next(lane for lane in lanes.lanes if lane.title == "China")
    assert china.bars[0].e0 is None and china.bars[0].e1 is None  # no recorded end: drawn fading out
    scheduled = next(b for b in lanes.lanes[0].bars if b.key == "scheduled")
    assert scheduled.s0 != scheduled.s1  # "2013": a year-long range, not a made-up day
    # the last certain day: the end of the Secretary-General's term "2025-01-01/2027"
    assert (lanes.start.isoformat(), lanes.end.isoformat()) == ("2001-06-15", "2027-12-31")


def test_status_and_presidency_palettes_share_no_colour() -> None:
    statuses = {c.lower() for c in [*STATUS_COLORS.values(), *SPARE_STATUS_COLORS]}
    assert not statuses & {c.lower() for c in PRESIDENCY_COLORS}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["chart", "sco", "-o", "chart.pdf"], 1, "Error: chart.pdf: the chart is written as .png or .svg"),
        (["chart", "nato", "-o", "x.svg"], 1, "Error: unknown organization 'nato'"),
        (
            ["chart", "sco", "--from", "2010-01-01", "--to", "2009-01-01", "-o", "x.svg"],
            1,
            "the window is empty",
        ),
        (["chart", "sco"], 2, "Missing option '-o'"),
    ],
    ids=["pdf", "unknown-org", "empty-window", "no-output"],
)
def test_chart_errors(store: Path, args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(main, ["--store", str(store), *args])
    assert result.exit_code == code
    assert message in result.stderr


def test_the_python_function_returns_what_it_drew(store: Path, tmp_path: Path) -> None:
    with Timeline(str(store)) as timeline:
        drawn = chart("sco", timeline.records("sco"), str(tmp_path / "c.svg"), parties=("CHN",))
    assert [lane.title for lane in drawn.lanes if lane.kind == "party"] == ["China"]


def test_the_overlap_check_itself_sees_overlapping_labels(tmp_path: Path) -> None:
    style = "font-size: 8px; font-family: 'DejaVu Sans'; text-anchor: middle"
    svg = tmp_path / "two.svg"
    svg.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg"><text style="{style}" x="100" y="50">Yekaterinburg</text>'
        f'<text style="{style}" x="120" y="52">Tashkent</text>'
        f'<text style="{style}" x="300" y="52">Astana</text></svg>'
    )
    assert overlapping(texts(svg)) == [("Yekaterinburg", "Tashkent")]


def test_a_status_unknown_is_a_grey_hatched_bar_not_a_status(tmp_path: Path) -> None:
    """Mongolia's status is not known from 2010: its lane ends the observer bar there and draws a
    grey, cross-hatched "status unknown" bar; the legend lists no status "unknown"."""
    from igo_timeline.charts.draw import UNKNOWN_COLOR, UNKNOWN_HATCH, _Drawer
    from igo_timeline.charts.lanes import UNKNOWN_KEY

    store = tmp_path / "unknown.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["--store", str(store), "import", "--bundled", "sco"]).exit_code == 0
    with Timeline(str(store)) as timeline:
        timeline.append([ev("StatusUnknown", "sco", party="Mongolia", effective="2010")])
        answer = intervals("sco", timeline.records("sco"))
    mng = [(s["status"], s["unknown"], s["date"]) for s in answer["statuses"] if s["party"] == "MNG"]
    assert mng == [("observer", False, "2004-06-17"), ("unknown", True, "2010")]
    assert all(s["unknown"] is False for s in answer["statuses"] if s["party"] != "MNG")

    lanes = chart_lanes(answer)
    mongolia = next(lane for lane in lanes.lanes if lane.title == "Mongolia")
    assert [(b.key, b.label) for b in mongolia.bars] == [("observer", ""), (UNKNOWN_KEY, "status unknown")]
    assert (mongolia.bars[1].s0, mongolia.bars[1].e1) == (dt.date(2010, 1, 1), None)
    assert UNKNOWN_KEY not in lanes.statuses and "unknown" not in lanes.statuses

    palettes = [*STATUS_COLORS.values(), *SPARE_STATUS_COLORS, *PRESIDENCY_COLORS]
    assert UNKNOWN_COLOR.lower() not in {c.lower() for c in palettes}
    drawer = _Drawer(lanes)
    drawer.draw()
    hatched = [p for p in drawer.ax.patches if p.get_hatch() == UNKNOWN_HATCH]
    assert hatched and all(not p.get_fill() for p in hatched)
    greys = [
        p for p in drawer.ax.patches if matplotlib.colors.to_hex(p.get_facecolor()) == UNKNOWN_COLOR.lower()
    ]
    assert greys  # the bar itself is grey, not a status colour
    legend = [t.get_text() for t in drawer.fig.legends[0].get_texts()]
    assert "status unknown" in legend and "unknown" not in legend

    labels = draw(store, tmp_path / "unknown.svg")
    words = [t for t, _ in labels]
    assert words.count("status unknown") == 2  # on the bar and in the legend
    assert "unknown" not in words
    assert overlapping(labels) == []
