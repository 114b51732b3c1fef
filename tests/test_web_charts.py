"""Statistics charts (issue 4): each indicator over time as inline SVG drawn on the server, with
a title, a description and a table of the same values; values that conflict for one period side
by side with their sources. On the example reports with their gold facts, where Russia-China
trade in 2023 is reported as both 227.8 and 240.1 billion dollars."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plenary.ingest import IngestError, read_paths
from plenary.spec import Article, Fact, GoldFile
from plenary.store import ingest_articles, open_store
from plenary.web import create_app
from plenary.web.charts import amount, period_span

TRADE = {"name": "trade between Russia and China", "unit": "USD"}


ROOT = Path(__file__).resolve().parents[1]
GOLD = {p.name.removesuffix(".json"): p for p in (ROOT / "examples" / "gold").glob("*/*.json")}


def gold_facts(article: Article) -> list[Fact]:
    return list(GoldFile.load(str(GOLD[article.name])).facts)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    url = f"sqlite:///{tmp_path_factory.mktemp('charts') / 'plenary.db'}"
    store = open_store(url)
    articles = [
        a
        for a in read_paths([ROOT / "examples" / "reports"])
        if not isinstance(a, IngestError) and a.name in GOLD
    ]
    ingest_articles(store, articles, gold_facts, "gold")
    store.engine.dispose()
    return TestClient(create_app(url))


def test_periods_and_amounts_read_as_people_write_them() -> None:
    assert period_span("2023") == (2023.0, 2024.0)
    assert period_span("2024-01/2024-03") == (2024.0, 2024.25)
    assert period_span("2023-04/2024-03") == (2023.25, 2024.25)
    assert period_span(None) is None and period_span("last year") is None
    assert amount(240_100_000_000, "USD") == "240.1 bn USD"
    assert amount(5.4, "%") == "5.4%"
    assert amount(700, "count") == "700"


def test_every_series_is_listed_with_a_link_to_its_chart(client: TestClient) -> None:
    stats = client.get("/api/statistics", params={"limit": 1}).json()
    values, offset = 0, 0
    while True:  # page by page: the examples hold more series than one page shows
        page = {"limit": 200, "offset": offset}
        data = client.get("/api/indicators", params=page).json()
        if not data["items"]:
            break
        html = client.get("/indicators", params=page).text
        for s in data["items"]:
            assert s["href"].replace("&", "&amp;") in html
        values += sum(s["values"] for s in data["items"])
        offset += 200
    assert offset > 200 and values == stats["total"]


def test_a_chart_shows_conflicting_values_side_by_side_with_sources(client: TestClient) -> None:
    data = client.get("/api/indicators/chart", params=TRADE).json()
    periods = [p["period"] for p in data["points"]]
    dated = [p for p in periods if p]
    assert dated == sorted(dated) and {"2021", "2022", "2023"} <= set(dated)
    by_period = {p["period"]: p for p in data["points"]}
    conflict = by_period["2023"]
    assert conflict["conflict"] is True
    values = [v["value"] for v in conflict["values"]]
    assert values == sorted(values) and {227_800_000_000, 240_100_000_000} <= set(values)
    for v in conflict["values"]:
        assert v["claims"] and all(s["article_id"] for s in v["sources"])
    for point in data["points"]:  # a conflict is two values for one period, never one
        assert point["conflict"] == (len({v["value"] for v in point["values"]}) > 1)
    assert not all(point["conflict"] for point in data["points"])

    r = client.get("/indicators/chart", params=TRADE)
    assert r.status_code == 200
    html = r.text
    assert "<script" not in html
    svg = re.search(r"<svg[^>]*>.*?</svg>", html, re.S)
    assert svg, html
    chart = svg.group()
    assert 'role="img"' in chart and "aria-labelledby" in chart
    assert re.search(r"<title id=\"chart-t\">trade between Russia and China</title>", chart)
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", chart, re.S)
    told_2023 = re.search(r"2023: ([^;<]*)", desc.group(1)) if desc else None
    assert told_2023 and {"227.8 bn USD", "240.1 bn USD"} <= set(told_2023.group(1).split(" or "))
    n_dated = sum(len(p["values"]) for p in data["points"] if p["period"])
    assert chart.count("<circle") == n_dated
    conflicting = [p for p in data["points"] if p["conflict"] and p["period"]]
    assert chart.count('class="dot conflict"') == sum(len(p["values"]) for p in conflicting)
    xs = [float(x) for x in re.findall(r'class="dot conflict" cx="([\d.]+)"', chart)]
    assert len(set(xs)) == len(xs)  # side by side, not on top of each other
    table = html[html.index('id="values-h"') :]
    for v in conflict["values"]:
        assert v["label"] in table
        for s in v["sources"]:
            assert f"/sources/{s['article_id']}" in table
        for c in v["claims"]:
            assert f"/facts/{c['fact']}" in table


def test_an_unknown_series_is_not_found(client: TestClient) -> None:
    assert client.get("/indicators/chart", params={"name": "no such thing"}).status_code == 404
    assert client.get("/api/indicators/chart", params={"name": "nothing"}).status_code == 404
