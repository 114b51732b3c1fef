"""Issue 5, item 3: hypothesis feeds random bytes, broken HTML, broken JSONL and broken feeds to
every reader (`read_paths` on real files, with and without sidecars) and random or
report-shaped text to the extractor. Nothing raises: each input gives articles or one clear
IngestError naming its file (a JSONL file: one item per non-blank line, its line number on each
error), and every fact the extractor finds quotes its own span of the text."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from plenary.extract import extract
from plenary.ingest import IngestError, read_paths
from plenary.spec import Article, fact_from_dict, fact_to_dict

EXAMPLES = int(os.environ.get("PLENARY_FUZZ_EXAMPLES", "40"))
"""Examples per test: modest for CI; set PLENARY_FUZZ_EXAMPLES for a longer hunt."""
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = (".txt", ".html", ".jsonl", ".xml", ".md", "")
"""Every reader, and a file without an extension (sniffed as HTML or text)."""
WORDS = st.sampled_from(
    (
        "The", "Council of Heads of State", "CIS", "SCO", "CSTO", "EAEU", "BRICS", "met", "will",
        "meet", "in", "Dushanbe", "Moscow", "Astana", "on", "8 October 2024", "2025-2027",
        "autumn", "Putin", "Vladimir Putin", "Tokayev", "Lukashenko", "signed", "ratified",
        "the Agreement on", "Protocol", "amending", "entered into force", "appointed",
        "Secretary General", "awarded", "Order of Friendship", "chairmanship", "chairs in",
        "trade grew by", "12.5%", "$", "billion", "proposed", "initiative", ".", ",", "\n",
        "«", "»", "—", "Президент", "встреча", "в Минске", "2024 году", "(", ")", '"', "’s",
    )
)  # fmt: skip
"""Words and phrases of the reports the extractor reads, to reach deep into its rules."""
REPORT_TEXT = st.lists(WORDS, min_size=1, max_size=60).map(" ".join)


def read_one(name: str, data: bytes, sidecar: bytes | None = None) -> tuple[Path, list[Any]]:
    """Write `data` (and a sidecar) to a fresh directory and read it as `plenary ingest` does."""
    with tempfile.TemporaryDirectory(prefix="plenary-fuzz-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        if sidecar is not None:
            Path(f"{path}.meta.json").write_bytes(sidecar)
        return path, list(read_paths([folder]))


def check_items(path: Path, items: list[Any]) -> None:
    """Each item is an Article with text, or an IngestError that names this file (or its
    sidecar) and says on one line what is wrong."""
    assert items, f"{path}: nothing at all"
    for item in items:
        if isinstance(item, IngestError):
            assert item.source in (str(path), f"{path}.meta.json") or item.source.startswith(
                f"{path}:"
            ), item
            assert item.message.strip() and "\n" not in item.message, item
            assert "Traceback" not in item.message, item
            assert item.line is None or item.line >= 1, item
        else:
            assert isinstance(item, Article), item
            assert item.text.strip() and item.name, item
            extract(item)


def single(path: Path, items: list[Any]) -> None:
    """A text or HTML file is one article or one error."""
    check_items(path, items)
    assert len(items) == 1, items


# random bytes, to every reader


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_to_every_reader(data: bytes, suffix: str) -> None:
    path, items = read_one(f"report{suffix}", data)
    check_items(path, items)
    if suffix in (".txt", ".html", ".md", ""):
        single(path, items)
    if b"\x00" in data:  # binary: refused as a whole (a feed: no entries in it)
        assert len(items) == 1 and isinstance(items[0], IngestError), items
        assert "binary" in items[0].message or suffix == ".xml"


@FUZZ
@given(data=st.binary(min_size=1, max_size=400))
def test_invalid_utf8_says_where(data: bytes) -> None:
    raw = b"Leaders met in Minsk \xff\xfe " + data
    path, items = read_one("report.txt", raw)
    single(path, items)
    [error] = items
    assert isinstance(error, IngestError)
    assert "binary" in error.message or "invalid UTF-8 at byte offset" in error.message


# broken HTML

TAGS = ("p", "div", "article", "main", "span", "b", "a", "script", "style", "table", "td", "li")
HTML_PIECES = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(
        (
            "<!DOCTYPE html>",
            "<html>",
            "<head><title>Summit",
            "<body>",
            "<!-- unclosed comment",
            "<![CDATA[",
            "&amp;",
            "&#x0;",
            "&bogus;",
            '<img src=x onerror="alert(1)">',
            "<script>alert(document.cookie)</script>",
            '<meta property="article:published_time" content="2024-13-45">',
            '<a href="javascript:alert(1)">',
            "<p>The Council of Heads of State of the CIS met in Dushanbe on 8 October 2024.</p>",
            "<svg><foreignObject>",
            "<",
            ">",
            '"',
            "\u202e",
        )
    ),
    st.text(max_size=80),
)


@FUZZ
@given(pieces=st.lists(HTML_PIECES, max_size=40), cut=st.integers(min_value=0, max_value=4000))
def test_broken_html(pieces: list[str], cut: int) -> None:
    page = "".join(pieces)[:cut]
    path, items = read_one("page.html", page.encode("utf-8"))
    single(path, items)
    sniffed_path, sniffed = read_one("page", page.encode("utf-8"))
    single(sniffed_path, sniffed)


# broken JSONL

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
GOOD_RECORDS = st.fixed_dictionaries(
    {"text": REPORT_TEXT},
    optional={
        "id": st.text(max_size=20),
        "title": st.text(max_size=40),
        "published": st.sampled_from(("2024-10-08", "2024-02-30", "2024", "yesterday")),
        "html": st.lists(HTML_PIECES, max_size=10).map("".join),
    },
)
"""Records that are articles, except where a date cannot be one."""
RECORDS = GOOD_RECORDS | st.fixed_dictionaries(
    {},
    optional={
        "id": JSON_VALUES | st.text(max_size=20),
        "text": JSON_VALUES | st.text(max_size=300),
        "html": JSON_VALUES | st.lists(HTML_PIECES, max_size=10).map("".join),
        "title": JSON_VALUES,
        "published": JSON_VALUES | st.sampled_from(("2024-10-08", "2024-02-30", "yesterday")),
        "outlet": JSON_VALUES,
        "url": JSON_VALUES,
        "language": JSON_VALUES,
    },
)


@st.composite
def jsonl_lines(draw: st.DrawFn) -> tuple[str, bool]:
    """One line and whether it is a JSON object (the only kind that can be an article)."""
    record = draw(RECORDS)
    line = json.dumps(record, ensure_ascii=draw(st.booleans()))
    how = draw(st.sampled_from(("object", "cut", "array", "scalar", "text", "blank")))
    if how == "object":
        return line, True
    if how == "cut":
        return line[: draw(st.integers(0, max(0, len(line) - 1)))], False
    if how == "array":
        return json.dumps([record]), False
    if how == "scalar":
        return json.dumps(draw(JSON_VALUES.filter(lambda v: not isinstance(v, dict)))), False
    if how == "text":
        return draw(st.text(max_size=60)).replace("\n", " ").replace("\r", " "), False
    return draw(st.sampled_from(("", " ", "\t"))), False


def non_blank(lines: list[str]) -> Iterator[tuple[int, str]]:
    """Lines with more than ASCII white space (a no-break space alone is a line, not JSON)."""
    for number, line in enumerate(lines, start=1):
        if line.encode("utf-8").strip():
            yield number, line


@FUZZ
@given(lines=st.lists(jsonl_lines(), max_size=12))
def test_broken_jsonl(lines: list[tuple[str, bool]]) -> None:
    texts = [line for line, _ in lines]
    path, items = read_one("archive.jsonl", "\n".join(texts).encode("utf-8"))
    check_items(path, items)
    expected = list(non_blank(texts))
    if not expected:
        assert [(i.source, i.message) for i in items] == [(str(path), "empty file")]
        return
    if len(items) == 1 and isinstance(items[0], IngestError) and items[0].line is None:
        assert "binary" in items[0].message  # control characters: refused whole
        return
    assert len(items) == len(expected), (items, expected)
    objects = {number for number, (_, obj) in enumerate(lines, start=1) if obj}
    for (number, line), item in zip(expected, items, strict=True):
        if isinstance(item, IngestError):
            assert item.line == number, (item, line)
        else:
            assert number in objects, (item, line)  # only a JSON object becomes an article
            assert item.source == f"{path}:{number}"


@FUZZ
@given(
    text=st.text(max_size=2000) | REPORT_TEXT,
    sidecar=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        RECORDS.map(lambda r: json.dumps(r).encode()),
    ),
)
def test_text_with_a_random_sidecar(text: str, sidecar: bytes) -> None:
    path, items = read_one("report.txt", text.encode("utf-8"), sidecar)
    single(path, items)


# broken feeds

FEED_PIECES = st.one_of(
    st.sampled_from(
        (
            '<?xml version="1.0"?>',
            '<rss version="2.0">',
            "<channel>",
            "<title>Wire</title>",
            "<item>",
            "</item>",
            '<feed xmlns="http://www.w3.org/2005/Atom">',
            "<entry>",
            "</entry>",
            "<description>&lt;p&gt;Leaders met in Astana.&lt;/p&gt;</description>",
            "<content:encoded><![CDATA[<p>The SCO summit opened.</p>]]></content:encoded>",
            "<pubDate>Tue, 08 Oct 2024 10:00:00 +0300</pubDate>",
            "<pubDate>not a date</pubDate>",
            '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
            "&e;",
            "</channel></rss>",
            "</feed>",
        )
    ),
    st.text(max_size=40),
)


@FUZZ
@example(  # crashed lxml's QName: a recovered tag whose prefix is not declared
    pieces=["<content:encoded><![CDATA[<p>The SCO summit opened.</p>]]></content:encoded>"],
    suffix=".xml",
)
@example(  # crashed: an entry as the root, after a comment, has no parent to free
    pieces=["<!-- c -->", "<item>", "<description>Leaders met.</description>", "</item>"],
    suffix=".rss",
)
@given(pieces=st.lists(FEED_PIECES, max_size=30), suffix=st.sampled_from((".xml", ".rss", ".atom")))
def test_broken_feeds(pieces: list[str], suffix: str) -> None:
    path, items = read_one(f"feed{suffix}", "".join(pieces).encode("utf-8"))
    check_items(path, items)
    for item in items:  # an external entity is never resolved
        assert isinstance(item, IngestError) or "root:" not in item.text


# the extractor


def check_facts(text: str) -> None:
    article = Article(name="fuzz.txt", text=text)
    for fact in extract(article):
        as_json = json.dumps(fact_to_dict(fact), ensure_ascii=False)  # the spec's JSON
        assert fact_from_dict(json.loads(as_json)).kind == fact.kind
        if fact.span is not None:
            start, end = fact.span
            assert 0 <= start <= end <= len(text), fact
            assert fact.quote == text[start:end], fact
        assert fact.confidence is None or 0.0 <= fact.confidence <= 1.0, fact


@FUZZ
@given(text=st.text(max_size=1500))
def test_the_extractor_on_random_text(text: str) -> None:
    check_facts(text)


@FUZZ
@given(words=st.lists(WORDS, max_size=120))
def test_the_extractor_on_report_shaped_text(words: list[str]) -> None:
    check_facts(" ".join(words))
