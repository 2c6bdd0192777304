"""The HTTP API: every route against its CLI twin on the same store, and every status code it documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from starlette.routing import Match
from starlette.testclient import TestClient

from igo_timeline import Timeline
from igo_timeline.cli import main
from igo_timeline.errors import StoreError
from igo_timeline.web import create_app
from igo_timeline.web.api import MAX_BODY, ROUTES
from igo_timeline.web.openapi import openapi_document

TOKEN = "s3cret-töken"
AUTH = {"Authorization": f"Bearer {TOKEN}".encode()}  # the token is not ASCII: bytes on the wire
AFG_GRANT = (
    "The heads of state decided to give the Islamic Republic of Afghanistan the status of SCO observer state"
)
# a hypothetical grant (Belarus's real one of 2015 is in the bundled chronicle)
BHUTAN = {
    "type": "StatusGranted",
    "org": "sco",
    "party": "Kingdom of Bhutan",
    "status": "observer",
    "effective": "2015-07-10",
    "source": {
        "document": "example-2015",
        "quote": "grant the Kingdom of Bhutan the status of SCO observer state",
    },
}
DOCUMENT = openapi_document()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "store.sqlite"
    result = CliRunner().invoke(main, ["--store", str(path), "import", "--bundled", "sco"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with Timeline(str(store)) as timeline, TestClient(create_app(timeline)) as c:
        yield c


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    """A client that takes writes, on a fresh copy of the chronicle."""
    path = tmp_path / "store.sqlite"
    assert CliRunner().invoke(main, ["--store", str(path), "import", "--bundled", "sco"]).exit_code == 0
    with Timeline(str(path)) as timeline, TestClient(create_app(timeline, write_token=TOKEN)) as c:
        yield c, path


def cli_json(store: Path, *args: str) -> Any:
    result = CliRunner().invoke(main, ["--store", str(store), *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def declared(path: str, method: str) -> set[int]:
    template = next(
        r.path for r in ROUTES if r.matches({"type": "http", "path": path, "method": method})[0] is Match.FULL
    )
    return {int(code) for code in DOCUMENT["paths"][template][method.lower()]["responses"]}


def call(client: TestClient, method: str, url: str, **kwargs: Any) -> Any:
    """A request whose answer must be JSON with a status the OpenAPI document declares."""
    response = client.request(method, url, **kwargs)
    assert response.headers["content-type"].startswith("application/json")
    assert response.status_code in declared(urlsplit(url).path, method), response.text
    if response.status_code >= 400:
        error = response.json()["error"]
        assert set(error) == {"rule", "message", "event", "item"}
        assert error["message"] and "Traceback" not in error["message"]
    return response


def afghanistan_grant(store: Path) -> str:
    history = cli_json(store, "history", "sco", "--party", "AFG", "--json")
    return next(e["id"] for e in history if e["type"] == "StatusGranted")


# -- every route against its CLI twin ---------------------------------------------------------

TWINS = [
    ("orgs", "/api/v1/orgs", ["orgs", "--json"]),
    ("state", "/api/v1/orgs/sco/state?as_of=2013-03-01", ["state", "sco", "--as-of", "2013-03-01", "--json"]),
    (
        "state-known-at",
        "/api/v1/orgs/sco/state?as_of=2013-03-01&known_at=2000-01-01",
        ["state", "sco", "--as-of", "2013-03-01", "--known-at", "2000-01-01", "--json"],
    ),
    (
        "state-before-founding",
        "/api/v1/orgs/sco/state?as_of=1990-01-01",
        ["state", "sco", "--as-of", "1990-01-01", "--json"],
    ),
    ("history", "/api/v1/orgs/sco/history", ["history", "sco", "--json"]),
    (
        "history-party-by-name",
        "/api/v1/orgs/sco/history?party=Islamic%20Republic%20of%20Afghanistan",
        ["history", "sco", "--party", "AFG", "--json"],
    ),
    (
        "history-office-range",
        "/api/v1/orgs/sco/history?office=secretary-general&from=2007-01-01&to=2012-12-31",
        [
            "history",
            "sco",
            "--office",
            "secretary-general",
            "--from",
            "2007-01-01",
            "--to",
            "2012-12-31",
            "--json",
        ],
    ),
    (
        "diff",
        "/api/v1/orgs/sco/diff?from=2012-06-01&to=2013-01-01",
        ["diff", "sco", "2012-06-01", "2013-01-01", "--json"],
    ),
    (
        "diff-known-at",
        "/api/v1/orgs/sco/diff?from=2012-06-01&to=2013-01-01&known_at=2000-01-01T00:00:00Z",
        ["diff", "sco", "2012-06-01", "2013-01-01", "--known-at", "2000-01-01T00:00:00Z", "--json"],
    ),
    ("intervals", "/api/v1/orgs/sco/intervals", ["intervals", "sco", "--json"]),
    (
        "intervals-range",
        "/api/v1/orgs/sco/intervals?from=2012-01-01&to=2012-12-31&known_at=2100-01-01",
        [
            "intervals",
            "sco",
            "--from",
            "2012-01-01",
            "--to",
            "2012-12-31",
            "--known-at",
            "2100-01-01",
            "--json",
        ],
    ),
    (
        "memberships",
        "/api/v1/parties/Kazakhstan/memberships?as_of=2010-01-01",
        ["memberships", "Kazakhstan", "--as-of", "2010-01-01", "--json"],
    ),
    (
        "memberships-known-at",
        "/api/v1/parties/AFG/memberships?as_of=2013-01-01&known_at=2000-01-01&status=observer",
        [
            "memberships",
            "AFG",
            "--as-of",
            "2013-01-01",
            "--known-at",
            "2000-01-01",
            "--status",
            "observer",
            "--json",
        ],
    ),
    (
        "memberships-observer",
        "/api/v1/parties/AFG/memberships?as_of=2013-01-01&status=observer",
        ["memberships", "AFG", "--as-of", "2013-01-01", "--status", "observer", "--json"],
    ),
    (
        "memberships-year",
        "/api/v1/parties/AFG/memberships?as_of=2012",
        ["memberships", "AFG", "--as-of", "2012", "--json"],
    ),
    (
        "memberships-month-known-at",
        "/api/v1/parties/IND/memberships?as_of=2017-06&known_at=2100-01-01&status=member",
        [
            "memberships",
            "IND",
            "--as-of",
            "2017-06",
            "--known-at",
            "2100-01-01",
            "--status",
            "member",
            "--json",
        ],
    ),
    ("schema", "/api/v1/schema", ["schema"]),
    (
        "schema-types",
        "/api/v1/schema?type=StatusGranted&type=MeetingHeld",
        ["schema", "StatusGranted", "MeetingHeld"],
    ),
]


@pytest.mark.parametrize(("url", "argv"), [t[1:] for t in TWINS], ids=[t[0] for t in TWINS])
def test_route_answers_what_its_cli_twin_prints(
    client: TestClient, store: Path, url: str, argv: list[str]
) -> None:
    response = call(client, "GET", url)
    assert response.status_code == 200
    assert response.json() == cli_json(store, *argv)


def test_state_today_is_the_default_as_for_the_cli(client: TestClient, store: Path) -> None:
    assert call(client, "GET", "/api/v1/orgs/sco/state").json() == cli_json(store, "state", "sco", "--json")


@pytest.mark.parametrize("length", [20, 8], ids=["full-id", "prefix"])
def test_event_answers_what_show_prints(client: TestClient, store: Path, length: int) -> None:
    event_id = afghanistan_grant(store)[:length]
    answer = call(client, "GET", f"/api/v1/events/{event_id}").json()
    assert answer == cli_json(store, "show", event_id, "--json")
    assert answer["event"]["source"]["quote"] == AFG_GRANT


def test_intervals_carry_uncertainty_and_events(client: TestClient) -> None:
    answer = call(client, "GET", "/api/v1/orgs/sco/intervals").json()
    afg = [s for s in answer["statuses"] if s["party"] == "AFG"]
    # observer until the 2025 reform merged the statuses into partner (no end made up after it)
    assert [(s["status"], s["date"], s["start_earliest"], s["end_latest"]) for s in afg] == [
        ("observer", "2012-06-07", "2012-06-07", "2025-08-31"),
        ("partner", "2025-09-01", "2025-09-01", None),
    ]
    assert any(
        s["start_earliest"] != s["start_latest"] or s["end_earliest"] != s["end_latest"]
        for s in answer["meetings"] + answer["terms"]
    )
    assert answer["first_day"] <= "2001-06-15" and answer["presidencies"]


def test_post_records_like_import_then_says_already_recorded(
    writable: tuple[TestClient, Path], tmp_path: Path
) -> None:
    client, path = writable
    first = call(client, "POST", "/api/v1/orgs/sco/events", json=BHUTAN, headers=AUTH)
    assert first.status_code == 201
    # the same event through igo import into a second copy of the chronicle gets the same id
    twin = tmp_path / "twin.sqlite"
    events = tmp_path / "belarus.json"
    events.write_text(json.dumps([BHUTAN]))
    runner = CliRunner()
    assert runner.invoke(main, ["--store", str(twin), "import", "--bundled", "sco"]).exit_code == 0
    assert runner.invoke(main, ["--store", str(twin), "import", str(events)]).exit_code == 0
    assert (
        first.json()["added"]
        == [e["id"] for e in cli_json(twin, "history", "sco", "--party", "BTN", "--json")][-1:]
    )
    again = call(
        client,
        "POST",
        "/api/v1/orgs/sco/events",
        json=[{k: v for k, v in BHUTAN.items() if k != "org"}],
        headers=AUTH,
    )
    assert (again.status_code, again.json()["added"], again.json()["known"]) == (
        200,
        [],
        first.json()["added"],
    )
    assert (
        cli_json(path, "state", "sco", "--as-of", "2016-01-01", "--json")["observers"][-1]["party"] == "BTN"
    )


# -- every status code ---------------------------------------------------------------------------

BAD_QUERIES = [
    ("/api/v1/orgs/sco/state?as_of=2013-13-01", "invalid-date"),
    ("/api/v1/orgs/sco/state?as_of=yesterday", "invalid-date"),
    ("/api/v1/orgs/sco/state?as_of=", "invalid-date"),
    ("/api/v1/orgs/sco/state?known_at=soon", "invalid-date"),
    ("/api/v1/orgs/sco/state?known_at=0001-01-01T00:00:00%2B14:00", "invalid-date"),  # year 0 in UTC
    ("/api/v1/orgs/sco/state?as_of=2013-01-01&as_of=2014-01-01", "invalid-query"),
    ("/api/v1/orgs/sco/history?party=Atlantis", "unknown-party"),
    ("/api/v1/orgs/sco/history?from=2012-13", "invalid-date"),
    ("/api/v1/orgs/sco/diff?from=2012-01-01", "invalid-query"),
    ("/api/v1/orgs/sco/intervals?to=06/07/2012", "invalid-date"),
    ("/api/v1/schema?type=Nope", "invalid-input"),
]


@pytest.mark.parametrize(("url", "rule"), BAD_QUERIES, ids=[u.split("/v1/")[1] for u, _ in BAD_QUERIES])
def test_malformed_query_is_400(client: TestClient, url: str, rule: str) -> None:
    response = call(client, "GET", url)
    assert (response.status_code, response.json()["error"]["rule"]) == (400, rule)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/orgs/nato/state",
        "/api/v1/orgs/nato/history",
        "/api/v1/orgs/nato/diff?from=2012-01-01&to=2013-01-01",
        "/api/v1/orgs/nato/intervals",
        "/api/v1/events/ffffffffffff",
        "/api/v1/events/abc",
    ],
)
def test_unknown_organization_or_event_is_404(client: TestClient, url: str) -> None:
    response = call(client, "GET", url)
    assert response.status_code == 404
    assert response.json()["error"]["rule"] in ("unknown-organization", "unknown-event")


def test_unknown_path_is_a_json_404_and_there_is_no_cors(client: TestClient) -> None:
    response = client.get("/api/v2/nothing", headers={"Origin": "https://elsewhere.example"})
    assert response.status_code == 404 and response.json()["error"]["rule"] == "not-found"
    state = client.get("/api/v1/orgs/sco/state", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in state.headers


def test_writes_are_off_without_a_token_403_even_before_the_body(client: TestClient, store: Path) -> None:
    before = len(cli_json(store, "history", "sco", "--json"))
    response = call(client, "POST", "/api/v1/orgs/sco/events", content=b"x" * (MAX_BODY + 1), headers=AUTH)
    assert (response.status_code, response.json()["error"]["rule"]) == (403, "writes-disabled")
    assert len(cli_json(store, "history", "sco", "--json")) == before


def test_an_empty_token_keeps_writes_off(store: Path) -> None:
    with Timeline(str(store)) as timeline, TestClient(create_app(timeline, write_token="")) as c:
        assert (
            call(
                c, "POST", "/api/v1/orgs/sco/events", json=BHUTAN, headers={"Authorization": "Bearer "}
            ).status_code
            == 403
        )


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Basic {TOKEN}".encode()},
        {"Authorization": "Bearer"},
        {"Authorization": f"Bearer {TOKEN}x".encode()},
    ],
    ids=["missing", "wrong", "other-scheme", "empty", "longer"],
)
def test_missing_or_wrong_token_is_401_before_the_body_is_read(
    writable: tuple[TestClient, Path], headers: dict[str, str]
) -> None:
    client, _ = writable
    response = call(client, "POST", "/api/v1/orgs/sco/events", content=b"x" * (MAX_BODY + 1), headers=headers)
    assert (response.status_code, response.json()["error"]["rule"]) == (401, "unauthorized")


def test_the_bearer_scheme_is_case_insensitive(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    headers = {"Authorization": f"bEaReR {TOKEN}".encode()}
    assert call(client, "POST", "/api/v1/orgs/sco/events", json=BHUTAN, headers=headers).status_code == 201


def test_over_the_input_limit_is_413_declared_or_streamed(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    big = json.dumps([BHUTAN] * (MAX_BODY // len(json.dumps(BHUTAN)) + 10)).encode()
    assert len(big) > MAX_BODY
    declared_length = call(client, "POST", "/api/v1/orgs/sco/events", content=big, headers=AUTH)
    assert (declared_length.status_code, declared_length.json()["error"]["rule"]) == (413, "too-large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server counts as it reads
        for start in range(0, len(big), 65536):
            yield big[start : start + 65536]

    streamed = call(client, "POST", "/api/v1/orgs/sco/events", content=chunks(), headers=AUTH)
    assert streamed.status_code == 413


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        (b"{not json", "invalid-body"),
        (b"[]", "invalid-input"),
        (b"", "invalid-body"),
        (b"\xff\xfe", "invalid-body"),
        (b'"StatusGranted"', "invalid-body"),
    ],
    ids=["malformed", "empty-list", "empty", "not-utf8", "a-scalar"],
)
def test_malformed_body_is_400(writable: tuple[TestClient, Path], body: bytes, rule: str) -> None:
    client, _ = writable
    response = call(client, "POST", "/api/v1/orgs/sco/events", content=body, headers=AUTH)
    assert (response.status_code, response.json()["error"]["rule"]) == (400, rule)


def test_a_rule_violation_is_422_names_rule_event_item_and_writes_nothing(
    writable: tuple[TestClient, Path],
) -> None:
    client, path = writable
    before = cli_json(path, "history", "sco", "--json")
    again = {**BHUTAN, "party": "Mongolia", "effective": "2013-01-01"}
    response = call(client, "POST", "/api/v1/orgs/sco/events", json=[BHUTAN, again], headers=AUTH)
    assert response.status_code == 422
    error = response.json()["error"]
    assert (error["rule"], error["item"]) == ("status-already-held", 2)
    assert error["event"] and error["message"].startswith(
        f"StatusGranted {error['event'][:8]} (item 2): status-already-held"
    )
    assert (
        cli_json(path, "history", "sco", "--json") == before
    )  # all or nothing: Bhutan was not written either


@pytest.mark.parametrize(
    ("event", "rule"),
    [
        ({**BHUTAN, "source": {"document": "d"}}, "invalid-event"),
        ({**BHUTAN, "effective": "2015-13-45"}, "invalid-date"),
        ({**BHUTAN, "org": "asean"}, "org-mismatch"),
    ],
    ids=["no-quote", "bad-date", "other-org"],
)
def test_an_invalid_event_is_422(writable: tuple[TestClient, Path], event: Any, rule: str) -> None:
    client, _ = writable
    response = call(client, "POST", "/api/v1/orgs/sco/events", json=event, headers=AUTH)
    assert (response.status_code, response.json()["error"]["rule"]) == (422, rule)
    assert response.json()["error"]["item"] == 1


def test_a_store_that_cannot_write_is_503(
    writable: tuple[TestClient, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _ = writable

    def busy(self: Timeline, items: Any) -> None:
        raise StoreError("could not append to sco after 10 attempts: other writers kept changing it")

    monkeypatch.setattr(Timeline, "append", busy)
    response = call(client, "POST", "/api/v1/orgs/sco/events", json=BHUTAN, headers=AUTH)
    assert (response.status_code, response.json()["error"]["rule"]) == (503, "store-unavailable")
    assert response.headers["retry-after"] == "1"


# -- the document and the page -------------------------------------------------------------------


def test_openapi_declares_every_route_and_types_days_as_dates_or_periods(client: TestClient) -> None:
    document = call(client, "GET", "/api/v1/openapi.json").json()
    assert document == DOCUMENT
    for route in ROUTES:
        for method in route.methods or ():
            if method != "HEAD":
                assert method.lower() in document["paths"][route.path], route.path
    state_params = {
        p["name"]: p["schema"] for p in document["paths"]["/api/v1/orgs/{org}/state"]["get"]["parameters"]
    }
    assert {"type": "string", "format": "date"} in state_params["as_of"]["anyOf"]  # a day, or a period
    assert set(document["paths"]["/api/v1/orgs/{org}/events"]["post"]["responses"]) == {
        "200",
        "201",
        "400",
        "401",
        "403",
        "413",
        "422",
        "503",
    }


def test_the_page_and_its_files_come_from_the_package(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert 'data-testid="as-of-slider"' in page.text and "http" not in page.text.split("<body>")[0].replace(
        "https://", ""
    )
    for name in ("app.js", "style.css"):
        asset = client.get(f"/static/{name}")
        assert asset.status_code == 200 and "://" not in asset.text.replace("http://", "").replace(
            "https://", ""
        )
    assert client.get("/static/../web/app.py").status_code == 404


def test_serve_prints_its_address_and_takes_the_token_from_the_environment(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    seen: dict[str, Any] = {}

    def run(self: uvicorn.Server, sockets: list[Any]) -> None:
        seen["port"] = sockets[0].getsockname()[1]
        seen["token"] = self.config.app.state.write_token
        for sock in sockets:
            sock.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    result = CliRunner().invoke(
        main, ["--store", str(store), "serve", "--port", "0"], env={"IGO_WRITE_TOKEN": "tok"}
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"igo serve: listening on http://127.0.0.1:{seen['port']}/"
    assert seen["port"] > 0 and seen["token"] == b"tok"


def test_an_answer_follows_a_write_by_another_process(writable: tuple[TestClient, Path]) -> None:
    client, path = writable
    url = "/api/v1/orgs/sco/state?as_of=2016-01-01"
    before = call(client, "GET", url).json()
    assert call(client, "GET", url).json() == before  # asked twice: the second may come from the cache
    result = CliRunner().invoke(
        main,
        [
            "--store",
            str(path),
            "grant",
            "sco",
            "Bhutan",
            "observer",
            "--on",
            "2015-07-10",
            "--document",
            "d",
            "--quote",
            "q",
        ],
    )
    assert result.exit_code == 0, result.output
    after = call(client, "GET", url).json()
    assert [o["party"] for o in after["observers"]] == [o["party"] for o in before["observers"]] + ["BTN"]
    assert after == cli_json(path, "state", "sco", "--as-of", "2016-01-01", "--json")
