"""Issue 4, the web UI and API on a database built from the five seeds with the real extractor
(through `plenary ingest`, as test_acceptance.py does): every page shows what its API route
returns, the ratification matrix, the summaries' sources, the exports (CSV, JSON, Popolo,
iCalendar), escaping of article text, and SQLite = PostgreSQL."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from plenary.cli import app as cli
from plenary.web import create_app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
MOSCOW = "session/cis-heads-of-state/2024-10-08-moscow"
IRLO = "document/agreement-to-create-the-international-russian-language-organization"
RATIFIED = {"RU", "BY", "KG", "TJ"}
LISTS = (
    "sessions",
    "documents",
    "people",
    "awards",
    "appointments",
    "chairmanships",
    "statistics",
    "initiatives",
)


def ingest(url: str, *paths: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", *map(str, paths), "--db", url])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def seed_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed corpus at {SEEDS}")
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'plenary.db'}"
    ingest(url, SEEDS)
    return url


@pytest.fixture(scope="module")
def client(seed_url: str) -> TestClient:
    return TestClient(create_app(seed_url))


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside <mark> and <h1>."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.open: list[str] = []
        self.text: dict[str, list[str]] = {"mark": [], "h1": []}
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in self.text:
            self.text[tag].append("")
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for tag in self.open:
            self.text[tag][-1] += data

    def all(self, tag: str, attr: str | None = None) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and (attr is None or attr in a)]

    def hrefs(self) -> set[str]:
        return {a["href"] for a in self.all("a", "href")}


def page(client: TestClient, url: str) -> Tags:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    assert r.headers["content-type"].startswith("text/html")
    return Tags(r.text)


def api(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code, r.text[:300])
    return r.json()


def href(record_id: str) -> str:
    kind, _, rest = record_id.partition("/")
    return f"/{'people' if kind == 'person' else kind + 's'}/{rest}"


# --- pages show what the API returns ---------------------------------------------------------


def test_home_shows_recent_and_upcoming_sessions_and_latest_actions(client: TestClient) -> None:
    data = api(client, "/api/home")
    html = page(client, "/")
    links = html.hrefs()
    assert data["recent"] and data["upcoming"] and data["actions"]
    assert MOSCOW in {s["id"] for s in data["recent"]}
    for s in data["recent"] + data["upcoming"]:
        assert href(s["id"]) in links
    for a in data["actions"]:
        assert href(a["document"]) in links
    assert len(html.all("main")) == 1


@pytest.mark.parametrize("name", LISTS)
def test_every_list_page_shows_the_records_its_api_returns(client: TestClient, name: str) -> None:
    data = api(client, f"/api/{name}?limit=500")
    rows = [tr["data-id"] for tr in page(client, f"/{name}?limit=500").all("tr", "data-id")]
    assert data["total"] == len(data["items"]) == len(rows) > 0
    assert rows == [r["id"] for r in data["items"]]
    for rid in rows:
        assert client.get(href(rid)).status_code == 200
        assert api(client, "/api" + href(rid))["record"]["id"] == rid


def test_the_session_page_shows_participants_by_state_documents_and_sources(
    client: TestClient,
) -> None:
    data = api(client, "/api" + href(MOSCOW))
    rec = data["record"]
    assert (rec["date"], rec["place"], rec["status"]) == ("2024-10-08", "Moscow", "held")
    html = page(client, href(MOSCOW))
    links = html.hrefs()
    groups = [g["group"] for g in data["participants_by_state"]]
    assert {"Russia", "Kazakhstan", "Uzbekistan"} <= set(groups)
    assert [h for h in html.all("h3")] and len(html.all("h3")) == len(groups)
    for g in data["participants_by_state"]:
        for p in g["participants"]:
            assert href(p["person"]) in links
    docs = {d["id"] for d in data["documents"]}
    assert any("deradicalization" in d for d in docs)
    assert {href(d) for d in docs} <= links
    assert {f"/sources/{s['article_id']}" for s in data["sources"]} <= links
    assert html.text["h1"] == [data["title"]]


def test_the_document_page_lists_every_member_state_with_its_status(client: TestClient) -> None:
    data = api(client, "/api" + href(IRLO))
    html = page(client, href(IRLO))
    rows = {tr["data-state"]: tr["data-status"] for tr in html.all("tr", "data-state")}
    assert rows == {s["state"]: s["status"] for s in data["states"]}
    assert {s for s, status in rows.items() if status == "ratified"} == RATIFIED
    assert [a["action"] for a in data["timeline"]] == ["signed", "ratified"]
    assert href("session/cis-heads-of-state/2023-10-13-bishkek") in html.hrefs()


def test_the_matrix_shows_the_four_ratifications_and_the_others_not(client: TestClient) -> None:
    data = api(client, "/api/matrix")
    row = next(r for r in data["rows"] if r["id"] == IRLO)
    status = {c["state"]: c["status"] for c in row["cells"]}
    assert {s for s, v in status.items() if v == "ratified"} == RATIFIED
    assert len(status) > len(RATIFIED)
    html = page(client, "/matrix")
    tr = next(a for t, a in html.tags if t == "tr" and a.get("data-id") == IRLO)
    start = html.tags.index(("tr", tr))
    cells = [a for t, a in html.tags[start + 1 :] if t == "td"][: len(row["cells"])]
    assert {c["data-state"]: c["data-status"] for c in cells} == status
    for c in row["cells"]:
        if c["href"]:
            assert c["href"] in html.hrefs()
            assert c["href"].endswith(f"#state-{c['state']}")


def test_the_matrix_filters_by_organization_body_and_year(client: TestClient) -> None:
    ids = lambda q: [r["id"] for r in api(client, f"/api/matrix?{q}")["rows"]]  # noqa: E731
    assert IRLO in ids("org=cis")
    assert IRLO in ids("body=cis-heads-of-state&year=2023")
    assert ids("org=sco") == []
    assert ids("year=1999") == []
    assert page(client, "/matrix?org=sco").all("tr", "data-id") == []


def test_the_person_page_shows_posts_sessions_awards_initiatives(client: TestClient) -> None:
    pid = "person/shavkat-mirziyoyev"
    data = api(client, "/api" + href(pid))
    links = page(client, href(pid)).hrefs()
    assert MOSCOW in {s["id"] for s in data["sessions"]}
    assert {href(s["id"]) for s in data["sessions"]} <= links
    assert {href(i["id"]) for i in data["initiatives"]} <= links
    assert data["initiatives"] and data["posts"]
    awarded = api(client, "/api/people/ilhom-nematov")
    assert [a["award"] for a in awarded["awards"]] == ["Order of Friendship"]
    assert awarded["spellings"]


def test_sessions_filter_by_participant_as_the_person_page_links(client: TestClient) -> None:
    pid = "person/shavkat-mirziyoyev"
    person = api(client, "/api" + href(pid))
    found = api(client, f"/api/sessions?person={pid}&limit=500")
    (exported,) = [p for p in api(client, "/api/people.json") if p["id"] == pid]
    assert found["total"] == len(exported["sessions"]) == person["sessions_total"]
    assert person["record"]["sessions_total"] == person["sessions_total"]
    assert person["sessions_href"] == person["record"]["sessions_href"] == f"/sessions?person={pid}"
    assert {s["id"] for s in found["items"]} == set(exported["sessions"])
    assert api(client, "/api/sessions?person=person/nobody")["total"] == 0


def test_the_source_page_highlights_every_fact_span(client: TestClient) -> None:
    sources = api(client, "/api/sources")["items"]
    assert len(sources) == 5
    for art in sources:
        data = api(client, f"/api/sources/{art['id']}")
        html = page(client, f"/sources/{art['id']}")
        marked = [s for s in data["segments"] if s["facts"]]
        assert len(html.text["mark"]) == len(marked)
        assert html.text["mark"] == [s["text"] for s in marked]
        assert "".join(s["text"] for s in data["segments"]) == data["text"]
        ids = {a["id"] for a in html.all("li", "id")}
        for f in data["facts"]:
            assert f"fact-{f['id']}" in ids
            if f["span"]:
                start, end = f["span"]
                assert f["quote"] == data["text"][start:end]
            for rec in f["records"]:
                assert href(rec["id"]) in html.hrefs()


def test_claim_links_lead_to_the_fact_in_its_article(client: TestClient) -> None:
    data = api(client, "/api" + href(MOSCOW))
    claim = data["record"]["claims"][0]
    r = client.get(f"/facts/{claim['fact']}", follow_redirects=False)
    assert r.status_code == 303
    target = r.headers["location"]
    assert target.endswith(f"#fact-{claim['fact']}")
    fact = api(client, f"/api/facts/{claim['fact']}")
    assert target.startswith(f"/sources/{fact['article_id']}")
    assert MOSCOW in fact["records"]


def test_every_summary_sentence_links_to_its_sources(client: TestClient) -> None:
    for url in ("/", href(MOSCOW), href(IRLO), "/people/vladimir-putin", "/matrix", "/calendar"):
        r = client.get(url)
        summary = re.search(r'<section class="summary".*?</section>', r.text, re.S)
        assert summary, url
        sentences = re.findall(r'<span class="sentence">(.*?)</span>', summary.group(0), re.S)
        assert 1 <= len(sentences) <= 4, url
        for s in sentences:
            assert re.search(r'href="/facts/[0-9a-f]+"', s), (url, s)
    data = api(client, "/api" + href(MOSCOW))
    assert all(s["claims"] for s in data["summary"])
    assert data["summary"][0]["text"].startswith("The CIS Council of Heads of State met in Moscow")


def test_calendar_lists_the_planned_sessions(client: TestClient) -> None:
    data = api(client, "/api/calendar")
    planned = api(client, "/api/sessions?status=planned&limit=500")["items"]
    assert {s["id"] for s in data["sessions"]} == {s["id"] for s in planned}
    assert "session/cis-heads-of-state/2025-10-10-dushanbe" in {s["id"] for s in planned}
    links = page(client, "/calendar").hrefs()
    assert {href(s["id"]) for s in data["sessions"]} <= links


def test_search_finds_records_and_articles(client: TestClient) -> None:
    data = api(client, "/api/search?q=Russian Language")
    assert IRLO in {r["id"] for r in data["records"]}
    assert data["articles"]
    assert href(IRLO) in page(client, "/search?q=Russian+Language").hrefs()


# --- the API: pagination, filters, errors ------------------------------------------------------


def test_lists_paginate_and_filter(client: TestClient) -> None:
    everything = api(client, "/api/sessions?limit=500")
    first = api(client, "/api/sessions?limit=3&offset=0")
    second = api(client, "/api/sessions?limit=3&offset=3")
    assert first["total"] == everything["total"] == 9
    ids = [r["id"] for r in first["items"] + second["items"]]
    assert ids == [r["id"] for r in everything["items"][:6]]
    held = api(client, "/api/sessions?status=held")["items"]
    assert held and all(r["status"] == "held" for r in held)
    moscow = api(client, "/api/sessions?year=2024&place=Moscow")["items"]
    assert MOSCOW in {r["id"] for r in moscow}
    az = api(client, "/api/sessions?state=AZ")["items"]
    assert all("AZ" in (r["parties"] or []) or any(p["state"] == "AZ" for p in r["participants"])
               for r in az) and az  # fmt: skip
    assert api(client, "/api/people?q=rasulzod")["total"] == 1
    assert client.get("/api/sessions?limit=0").status_code == 422
    assert client.get("/api/sessions/no/such").status_code == 404
    assert client.get("/sessions/no/such").status_code == 404
    assert client.get("/sources/nope").status_code == 404


def test_openapi_lists_every_api_route(client: TestClient) -> None:
    spec = api(client, "/openapi.json")
    paths = set(spec["paths"])
    for name in LISTS:
        assert {f"/api/{name}", f"/api/{name}.csv", f"/api/{name}.json"} <= paths
    assert {"/api/matrix", "/api/calendar.ics", "/api/popolo.json", "/api/sources"} <= paths
    params = {p["name"] for p in spec["paths"]["/api/sessions"]["get"]["parameters"]}
    assert {"limit", "offset", "body", "status", "year", "state"} <= params
    assert client.get("/docs").status_code == 200


# --- exports ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", LISTS)
def test_csv_and_json_exports_of_every_list(client: TestClient, name: str) -> None:
    records = api(client, f"/api/{name}.json")
    r = client.get(f"/api/{name}.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0][0] == "id" and "claims" in rows[0]
    assert [row[0] for row in rows[1:]] == [rec["id"] for rec in records]
    assert len(records) == api(client, f"/api/{name}")["total"]


def test_popolo_export(client: TestClient) -> None:
    data = api(client, "/api/popolo.json")
    people = api(client, "/api/people.json")
    assert [p["id"] for p in data["persons"]] == [p["id"] for p in people]
    orgs = {o["id"] for o in data["organizations"]}
    assert {"org/cis", "state/RU", "body/cis-heads-of-state"} <= orgs
    assert any(
        m.get("member", {}).get("id") == "state/RU" and m["organization_id"] == "org/cis"
        for m in data["memberships"]
    )
    for m in data["memberships"]:
        assert m["organization_id"] in orgs
        if "person_id" in m:
            assert m["person_id"] in {p["id"] for p in data["persons"]}


def unfold(text: str) -> list[str]:
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines: list[str] = []
    for raw in text.split("\r\n")[:-1]:
        assert len(raw.encode()) <= 75, raw
        if raw.startswith(" "):
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


def test_the_icalendar_feed_parses(client: TestClient) -> None:
    r = client.get("/api/calendar.ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    lines = unfold(r.text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(x.startswith("PRODID:") for x in lines)
    events: list[dict[str, str]] = []
    stack = []
    for line in lines:
        name, _, value = line.partition(":")
        assert re.fullmatch(r"[A-Z-]+(;[A-Z-]+=[^;:]+)*", name), line
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                events.append({})
        elif name == "END":
            assert stack.pop() == value
        elif stack[-1] == "VEVENT":
            events[-1][name] = value
    assert not stack
    assert events
    for e in events:
        assert {"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY"} <= set(e)
        assert re.fullmatch(r"\d{8}", e["DTSTART;VALUE=DATE"])
        assert re.fullmatch(r"\d{8}T\d{6}Z", e["DTSTAMP"])
    dushanbe = next(e for e in events if e["DTSTART;VALUE=DATE"] == "20251010")
    assert dushanbe["LOCATION"] == "Dushanbe"
    assert len({e["UID"] for e in events}) == len(events)


# --- escaping, the serve command, PostgreSQL ----------------------------------------------------


def test_article_text_is_escaped_never_rendered_as_html(tmp_path: Path) -> None:
    report = tmp_path / "reports" / "escape.txt"
    report.parent.mkdir()
    report.write_text(
        "PUBLISHED: 2024-10-09\n---\n"
        'The CIS heads of state met in Moscow on October 8. <script>alert("x")</script> '
        "<b>Vladimir Putin</b> took part in the CIS summit in Moscow.\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'p.db'}"
    ingest(url, report.parent)
    client = TestClient(create_app(url))
    art = api(client, "/api/sources")["items"][0]
    r = client.get(f"/sources/{art['id']}")
    assert "<script>" not in r.text and "<b>Vladimir" not in r.text
    assert "&lt;script&gt;" in r.text


def test_the_serve_command_is_there() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.output and "--db" in result.output


@pytest.mark.postgres
def test_postgresql_serves_the_same_pages_as_sqlite(client: TestClient, postgres_url: str) -> None:
    ingest(postgres_url, SEEDS)
    pg = TestClient(create_app(postgres_url))
    for url in (
        "/api/sessions.json",
        "/api/documents?body=cis-heads-of-state&year=2024",
        "/api/people?q=rasul",
        "/api/sessions?state=AZ",
        "/api/matrix",
        "/api/calendar",
        "/api" + href(MOSCOW),
        "/api" + href(IRLO),
        "/api/people/ilhom-nematov",
    ):
        assert api(pg, url) == api(client, url), url
    for url in ("/", "/matrix", href(MOSCOW), "/sources"):
        assert pg.get(url).status_code == 200
