"""Bad input: each case gives exactly one IngestError naming the file, and the batch goes on."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from plenary.ingest import IngestError, read_paths
from plenary.spec import Article

GOOD = (
    "Leaders meet in Dushanbe\n"
    "The Council of Heads of State met in Dushanbe on Friday and adopted a security program.\n"
)


def write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def sidecar(name: str, meta: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        (folder / f"{name}.meta.json").write_bytes(meta)
        (folder / name).write_text(GOOD, encoding="utf-8")
        return folder / f"{name}.meta.json"

    return make


def huge(folder: Path) -> Path:
    """A 50 MB file, sparse so writing it is instant; reading it would take a while."""
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    return path


CASES = {
    "empty": (write("empty.txt", b""), "empty file"),
    "blank": (write("blank.txt", b"  \n\n \n"), "empty file"),
    "only boilerplate": (
        write("ui.txt", b"No time to read?\nGet a summary\nShare\n"),
        "no text left after cleaning",
    ),
    "NUL bytes": (write("image.txt", b"GIF89a\x01\x00\x01\x00\x00\xff"), "binary file"),
    "control bytes": (write("blob.dat", bytes(range(1, 32)) * 20), "binary file"),
    "invalid UTF-8": (
        write("cp1251.txt", "Саммит СНГ прошёл в Москве".encode("cp1251")),
        "invalid UTF-8 at byte offset 0",
    ),
    "too large": (huge, "file too large: 52428800 bytes"),
    "sidecar not JSON": (sidecar("s.txt", b"{published: 2024}"), "malformed sidecar"),
    "sidecar not an object": (sidecar("s.txt", b'["2024-10-09"]'), "not a JSON object"),
    "sidecar bad date": (sidecar("s.txt", b'{"published": "9 Oct"}'), "published: not a date"),
    "header bad date": (
        write("h.txt", b"PUBLISHED: soon\n---\n" + GOOD.encode()),
        "header block: published: not a date",
    ),
    "html without text": (write("p.html", b"<html><body><nav>Home</nav></body></html>"), "no"),
    "empty feed": (write("feed.rss", b""), "empty file"),
    "not a feed": (write("feed.xml", b"<?xml version='1.0'?><note>hi</note>"), "no feed entries"),
    "empty JSONL": (write("e.jsonl", b"\n\n"), "empty file"),
    "binary JSONL": (write("b.jsonl", b"\x1f\x8b\x08\x00\n" * 100), "binary file"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_one_error_and_the_batch_goes_on(tmp_path: Path, case: str) -> None:
    make, message = CASES[case]
    culprit = make(tmp_path)
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "z_good.txt").write_text(GOOD.replace("Friday", "Monday"), encoding="utf-8")
    started = time.monotonic()
    items = list(read_paths([tmp_path]))
    assert time.monotonic() - started < 5
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(errors) == 1, errors
    assert errors[0].source == str(culprit)
    assert message in errors[0].message
    names = [i.name for i in items if isinstance(i, Article)]
    assert "a_good.txt" in names and "z_good.txt" in names


def test_missing_path(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "nope.txt"
    items = list(read_paths([missing, tmp_path / "good.txt"]))
    assert items[0] == IngestError(str(missing), "no such file or directory")
    assert isinstance(items[1], Article)


def test_invalid_utf8_names_the_offset_after_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfLeaders\xff")
    [error] = read_paths([path])
    assert isinstance(error, IngestError)
    assert "invalid UTF-8 at byte offset 10" in error.message


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    [error] = read_paths([tmp_path], max_bytes=10)
    assert isinstance(error, IngestError) and "file too large" in error.message


def test_jsonl_bad_lines_give_errors_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "batch.ndjson"
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD}).encode(),
        b"{not json",
        b'["a list"]',
        json.dumps({"id": "x", "url": "https://example.org"}).encode(),
        json.dumps({"text": GOOD, "published": "someday"}).encode(),
        b'{"text": "\xff"}',
        json.dumps({"text": "A" * 300}).encode(),
        json.dumps({"id": "ok-2", "text": GOOD.replace("Friday", "Monday")}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read_paths([path], max_bytes=200))
    errors = {i.line: i.message for i in items if isinstance(i, IngestError)}
    assert {i.source for i in items if isinstance(i, IngestError)} == {str(path)}
    assert sorted(errors) == [2, 3, 4, 5, 6, 7]
    assert errors[2].startswith("not JSON")
    assert errors[3] == "not a JSON object"
    assert errors[4] == "neither text nor html"
    assert "published: not a date" in errors[5]
    assert "invalid UTF-8" in errors[6]
    assert "line too long" in errors[7]
    assert [i.name for i in items if isinstance(i, Article)] == ["ok-1", "ok-2"]


def test_feed_entry_without_text_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        "<entry><id>urn:1</id><title>Empty</title></entry>"
        f"<entry><id>urn:2</id><title>Full</title><content>{GOOD}</content></entry></feed>",
        encoding="utf-8",
    )
    error, article = read_paths([path])
    assert isinstance(error, IngestError) and error.source == str(path)
    assert error.message == "entry urn:1: no text"
    assert isinstance(article, Article) and article.name == "urn:2"


def test_jsonl_line_over_the_limit_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"text": "' + b"x" * (11 * 1024 * 1024) + b'"}\n')
        handle.write(json.dumps({"id": "after", "text": GOOD}).encode() + b"\n")
    error, article = read_paths([path])
    assert isinstance(error, IngestError) and (error.source, error.line) == (str(path), 1)
    assert error.message == f"line too long: over {10 * 1024 * 1024} bytes"
    assert isinstance(article, Article) and article.name == "after"
