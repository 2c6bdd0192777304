"""End to end: ``igo serve`` on the bundled chronicle, driven in a real headless Chromium.

The browser is Debian's ``chromium`` package (Playwright's own download cannot
work here); without it this test fails: CI installs it (see .ci/run).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

CHROMIUM = os.environ.get("IGO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IGO = [sys.executable, "-m", "igo_timeline"]
AFG_GRANT = (
    "The heads of state decided to give the Islamic Republic of Afghanistan the status of SCO observer state"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {**os.environ, "IGO_STORE": str(tmp_path_factory.mktemp("e2e") / "store.sqlite")}
    env.pop("IGO_WRITE_TOKEN", None)
    # the chronicle as it stood at the end of 2012: the page's tests were written against that record
    subprocess.run(
        [*IGO, "import", "--bundled", "sco", "--until", "2012-12-31"],
        env=env,
        check=True,
        capture_output=True,
    )
    log = tmp_path_factory.mktemp("e2e-log") / "serve.err"
    with (
        log.open("w") as err,
        subprocess.Popen(
            [*IGO, "serve", "--port", "0"], env=env, stdout=subprocess.PIPE, stderr=err, text=True
        ) as proc,
    ):
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            found = re.fullmatch(r"igo serve: listening on (http://127\.0\.0\.1:\d+/)\n", line)
            assert found, f"unexpected first line {line!r}; stderr: {log.read_text()}"
            yield found.group(1)
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM}: apt-get install -y chromium (CI does)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_page(browser: Browser, url: str, **context: object) -> tuple[Page, list[str]]:
    page = browser.new_page(**context)  # type: ignore[arg-type]
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    origin = url.split("?")[0]  # the server's own address: the page may load nothing else
    page.on("request", lambda r: None if r.url.startswith(origin) else problems.append(f"off-site {r.url}"))
    page.goto(url)
    return page, problems


def test_sliding_across_the_summit_by_keyboard_shows_afghanistan_and_its_quote(
    server: str, browser: Browser
) -> None:
    page, problems = open_page(browser, server + "?org=sco&as_of=2012-06-05")
    observers = page.get_by_test_id("panel-observers")
    afghanistan = observers.locator("[data-testid=entry][data-party=AFG]")
    expect(observers.get_by_test_id("entry").first).to_be_visible()
    expect(afghanistan).to_have_count(0)

    slider = page.get_by_test_id("as-of-slider")
    slider.focus()
    slider.press("ArrowRight")
    expect(page.get_by_test_id("as-of-date")).to_have_value("2012-06-06")
    expect(page.locator("#as-of-label")).to_have_text("2012-06-06")
    expect(afghanistan).to_have_count(0)  # the day before the decision
    slider.press("ArrowRight")
    expect(page.get_by_test_id("as-of-date")).to_have_value("2012-06-07")
    expect(afghanistan).to_have_count(1)
    expect(afghanistan).to_contain_text("Afghanistan")
    assert page.url.endswith("?org=sco&as_of=2012-06-07")  # in step with the URL, replaced
    slider.press("ArrowRight")
    expect(page.get_by_test_id("as-of-date")).to_have_value("2012-06-08")
    expect(afghanistan).to_have_count(1)

    afghanistan.click()
    quote = page.get_by_test_id("quote")
    expect(quote).to_contain_text(AFG_GRANT)
    expect(quote).to_contain_text("sco-communique-2012-06-07")
    assert afghanistan.get_attribute("data-event")
    assert problems == []


def test_the_page_works_from_the_keyboard_alone(server: str, browser: Browser) -> None:
    page, problems = open_page(browser, server + "?org=sco&as_of=2012-06-07")
    slider = page.get_by_test_id("as-of-slider")
    expect(page.get_by_test_id("panel-presidency").get_by_test_id("entry")).to_contain_text("Kyrgyzstan")
    slider.focus()
    slider.press("PageUp")  # a year
    expect(page.get_by_test_id("as-of-date")).to_have_value("2013-06-07")
    slider.press("PageDown")
    slider.press("PageDown")
    expect(page.get_by_test_id("as-of-date")).to_have_value(
        "2011-06-07"
    )  # calendar years, across 29 Feb 2012
    expect(page.get_by_test_id("panel-presidency").get_by_test_id("entry")).to_contain_text("Kazakhstan")

    # typing a day in the date field moves the slider and the state
    page.get_by_test_id("as-of-date").fill("2013-03-01")
    expect(page.get_by_test_id("panel-offices")).to_contain_text("Mezentsev")
    assert page.url.endswith("as_of=2013-03-01")

    # Tab from the slider reaches the entries; Enter on one shows its source
    slider.focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.office === 'secretary-general'"):
            break
    else:
        pytest.fail("Tab never reached the Secretary-General's entry")
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("quote")).to_contain_text("Mezentsev")
    assert problems == []


def test_uncertain_facts_are_drawn_apart_and_the_lanes_carry_entries(server: str, browser: Browser) -> None:
    # in 2010 the Director of the RCTS's term began in "2010?": that day may or may not be in it
    page, problems = open_page(browser, server + "?org=sco&as_of=2010-01-01")
    maybe = page.get_by_test_id("panel-uncertain").locator("[data-testid=entry][data-office]")
    expect(maybe).to_have_count(1)
    assert "maybe" in (maybe.get_attribute("class") or "")
    expect(page.get_by_test_id("panel-offices").locator(".maybe")).to_have_count(1)
    bar = page.locator("#lanes [data-testid=entry][data-party=AFG]")
    expect(bar).to_have_count(1)
    bar.click()
    expect(page.get_by_test_id("quote")).to_contain_text(AFG_GRANT)
    assert problems == []


def test_a_phone_sized_screen_scrolls_only_down(server: str, browser: Browser) -> None:
    page, problems = open_page(
        browser, server + "?org=sco&as_of=2013-03-01", viewport={"width": 375, "height": 740}, is_mobile=True
    )
    expect(page.get_by_test_id("panel-members").get_by_test_id("entry").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    for control in ("org-picker", "as-of-date", "as-of-slider", "panel-members", "quote"):
        box = page.get_by_test_id(control).bounding_box()
        assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= 375, (control, box)
    slider = page.get_by_test_id("as-of-slider").bounding_box()
    assert slider is not None and slider["width"] > 300
    assert problems == []


def test_the_page_opens_at_today_with_the_horizon_of_the_record(server: str, browser: Browser) -> None:
    """One default day, as the CLI and the API: today; beyond the record, a line and a note say
    where the record ends."""
    page, problems = open_page(browser, server + "?org=sco")
    today = page.evaluate("new Date().toISOString().slice(0, 10)")
    expect(page.get_by_test_id("as-of-date")).to_have_value(today)
    reach = page.evaluate(
        "fetch('/api/v1/orgs/sco/intervals').then((r) => r.json()).then((a) => a.horizon.until)"
    )
    state_reach = page.evaluate(
        "fetch('/api/v1/orgs/sco/state').then((r) => r.json()).then((s) => s.horizon.until)"
    )
    assert reach == state_reach  # one horizon: the lanes' line and the state's banner say the same day
    note = page.get_by_test_id("horizon-note")
    expect(note).to_be_visible()
    expect(note).to_contain_text(f"its sources reach {reach}")
    assert page.locator("#lanes .horizon:not([hidden])").count() > 0
    page.get_by_test_id("as-of-date").fill("2012-06-07")
    expect(note).to_be_hidden()
    assert page.locator("#lanes .horizon:not([hidden])").count() == 0
    assert problems == []


TUR_GRANT = "the Republic of Turkey the status of SCO dialogue partner"


@pytest.fixture(scope="module")
def revised_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The chronicle, then two later record times: Afghanistan's grant corrected (its note), Türkiye's
    retracted; served like the other."""
    env = {**os.environ, "IGO_STORE": str(tmp_path_factory.mktemp("e2e-revised") / "store.sqlite")}
    env.pop("IGO_WRITE_TOKEN", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*IGO, *args], env=env, check=True, capture_output=True, text=True)

    # the first chronicle (to the 2012 summit), without the later corrections that add the
    # 2013-2025 sheet's sources: this test makes corrections of its own and counts them
    text = resources.files("igo_timeline.data").joinpath("sco.yaml").read_text("utf-8")
    first = tmp_path_factory.mktemp("e2e-first") / "first.yaml"
    first.write_text(
        text.split("# From the Beijing summit of 2012 to the Tianjin summit of 2025")[0], "utf-8"
    )
    run("import", str(first))
    history = run("history", "sco", "--json").stdout
    ids = {e["party"]: e["id"] for e in json.loads(history) if e["type"] == "StatusGranted"}
    run(
        "correct",
        ids["AFG"],
        '{"note": "checked against the communique"}',
        "--reason",
        "a note added on review",
    )
    run("retract", ids["TUR"], "--reason", "test: retracted to show the mark")
    log = tmp_path_factory.mktemp("e2e-revised-log") / "serve.err"
    with (
        log.open("w") as err,
        subprocess.Popen(
            [*IGO, "serve", "--port", "0"], env=env, stdout=subprocess.PIPE, stderr=err, text=True
        ) as proc,
    ):
        try:
            assert proc.stdout is not None
            found = re.fullmatch(
                r"igo serve: listening on (http://127\.0\.0\.1:\d+/)\n", proc.stdout.readline()
            )
            assert found, log.read_text()
            yield found.group(1)
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def test_the_record_time_control_shows_what_was_known_and_what_changed_since(
    revised_server: str, browser: Browser
) -> None:
    page, problems = open_page(browser, revised_server + "?org=sco&as_of=2013-03-01")
    known = page.get_by_test_id("known-at-slider")
    expect(page.get_by_test_id("known-at-label")).to_contain_text("(the latest)")
    assert known.get_attribute("max") == "2"  # three record times: the import, the correction, the retraction
    afghanistan = page.get_by_test_id("panel-observers").locator("[data-testid=entry][data-party=AFG]")
    turkey = page.locator("#panels [data-testid=entry][data-party=TUR]")
    expect(afghanistan).to_have_count(1)
    expect(turkey).to_have_count(0)  # retracted, as known now
    expect(page.locator("#panels [data-testid=revised-mark]")).to_have_count(0)

    known.focus()
    known.press("Home")  # the first record time: the import alone
    expect(page.get_by_test_id("known-at-label")).not_to_contain_text("latest")
    expect(turkey).to_have_count(1)
    expect(turkey.get_by_test_id("revised-mark")).to_contain_text("retracted later")
    expect(afghanistan.get_by_test_id("revised-mark")).to_contain_text(
        "corrected later: a note added on review"
    )
    assert "known_at=" in page.url

    afghanistan.click()
    belief = page.get_by_test_id("belief")
    expect(belief.locator("li")).to_have_count(2)
    expect(belief.locator("li.current")).to_contain_text("recorded: valid time 2012-06-07")
    expect(belief).to_contain_text("corrected (a note added on review): note: checked against the communique")

    known.press("ArrowRight")  # the correction's record time: Afghanistan's mark goes, Türkiye's stays
    expect(afghanistan.get_by_test_id("revised-mark")).to_have_count(0)
    expect(turkey.get_by_test_id("revised-mark")).to_contain_text("retracted later")
    expect(belief.locator("li.current")).to_contain_text("corrected")
    assert problems == []


def test_the_record_time_control_fits_a_phone(revised_server: str, browser: Browser) -> None:
    page, problems = open_page(
        browser,
        revised_server + "?org=sco&as_of=2013-03-01",
        viewport={"width": 375, "height": 740},
        is_mobile=True,
    )
    expect(page.get_by_test_id("known-at-label")).to_contain_text("latest")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    box = page.get_by_test_id("known-at-slider").bounding_box()
    assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= 375 and box["width"] > 300
    assert problems == []
