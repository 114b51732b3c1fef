"""The readers: text with header block and sidecar, HTML, JSONL, feeds; cleaning; language."""

from __future__ import annotations

import json
from pathlib import Path

from plenary.ingest import IngestError, read_paths
from plenary.ingest.clean import clean_text
from plenary.ingest.dates import normalize_published
from plenary.ingest.dedup import unique
from plenary.ingest.language import detect_language
from plenary.spec import Article

PARAGRAPH_1 = (
    "The Council of Heads of State of the Commonwealth met in Dushanbe on Friday and adopted "
    "a program of cooperation in the field of security for 2026-2028."
)
PARAGRAPH_2 = (
    "The leaders also reviewed the draft agreement on a common transit system, which will be "
    "signed at the next session in December."
)
BODY = f"Leaders meet in Dushanbe\n\n{PARAGRAPH_1}\n\n{PARAGRAPH_2}\n"


def articles(*paths: Path) -> list[Article]:
    items = list(read_paths(paths))
    assert not [i for i in items if isinstance(i, IngestError)], items
    return [i for i in items if isinstance(i, Article)]


def test_plain_text_title_from_first_line_kept_in_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    [article] = articles(tmp_path / "a.txt")
    assert article.name == "a.txt"
    assert article.source == str(tmp_path / "a.txt")
    assert article.title == "Leaders meet in Dushanbe"
    assert article.text == BODY.strip()
    assert article.language == "en"
    assert article.published is None


def test_markdown_heading_is_the_title(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"# Leaders meet in Dushanbe\n\n{PARAGRAPH_1}\n", "utf-8")
    [article] = articles(tmp_path / "a.md")
    assert article.title == "Leaders meet in Dushanbe"
    assert article.text.startswith("# Leaders meet in Dushanbe")


def test_first_line_that_is_a_sentence_is_not_a_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{PARAGRAPH_1}\n{PARAGRAPH_2}\n", encoding="utf-8")
    [article] = articles(tmp_path / "a.txt")
    assert article.title is None


def test_header_block_becomes_metadata(tmp_path: Path) -> None:
    header = (
        "URL: https://example.org/news/1\nOUTLET: Example Agency\n"
        "PUBLISHED: 2024-10-09T18:30:00+03:00\nTITLE: The official title\n---\n"
    )
    (tmp_path / "a.txt").write_text(header + BODY, encoding="utf-8")
    [article] = articles(tmp_path / "a.txt")
    assert article.text == BODY.strip()
    assert article.url == "https://example.org/news/1"
    assert article.outlet == "Example Agency"
    assert article.published == "2024-10-09"
    assert article.title == "The official title"


def test_sidecar_overrides_header_block(tmp_path: Path) -> None:
    header = "OUTLET: Header Outlet\nPUBLISHED: 2024-10-09\n---\n"
    (tmp_path / "a.txt").write_text(header + BODY, encoding="utf-8")
    sidecar = {"published": "2024-10", "language": "RU", "url": "https://example.org/2"}
    (tmp_path / "a.txt.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    [article] = articles(tmp_path)
    assert article.published == "2024-10"
    assert article.outlet == "Header Outlet"
    assert article.url == "https://example.org/2"
    assert article.language == "ru"


def test_colon_in_first_line_without_separator_is_text(tmp_path: Path) -> None:
    text = f"Summit: leaders meet in Dushanbe\n{PARAGRAPH_1}\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [article] = articles(tmp_path / "a.txt")
    assert article.text == text.strip()


def test_directory_walk_sorted_recursive_skipping_hidden_and_sidecars(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.md", "sub/c.text", ".hidden.txt", ".git/d.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt.meta.json").write_text('{"published": "2024-01-02"}', encoding="utf-8")
    found = articles(tmp_path)
    assert [a.name for a in found] == ["a.md", "b.txt", "c.text"]
    assert found[1].published == "2024-01-02"


def test_crlf_trailing_spaces_and_blank_lines_normalized(tmp_path: Path) -> None:
    raw = f"Leaders meet in Dushanbe  \r\n\r\n\r\n\r\n{PARAGRAPH_1}   \r\n\r\n{PARAGRAPH_2}\r\n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + raw.encode())
    [article] = articles(tmp_path / "a.txt")
    assert article.text == BODY.strip()


TEASER_TAIL = """Leaders meet in Dushanbe
World
−
12 March
5120The Council of Heads of State of the Commonwealth met in Dushanbe on Friday.

No time to read?
Get a summary

{p1}
Read also: Ministers discuss grain corridor

Photo: Jane Doe/Example Images

{p2}

No time to read?
Get a summary
Previous Article

Mountain Trail: A 12 km Loop for Beginners

Next Article

New Phone Model Sells 3 Million Units in a Week
"""


def test_boilerplate_and_teaser_tail_removed_content_untouched() -> None:
    cleaned = clean_text(TEASER_TAIL.format(p1=PARAGRAPH_1, p2=PARAGRAPH_2))
    assert cleaned == (  # the page's date line stays: it dates a report without metadata
        "Leaders meet in Dushanbe\n12 March\n"
        "The Council of Heads of State of the Commonwealth met in Dushanbe on Friday.\n\n"
        f"{PARAGRAPH_1}\n\n{PARAGRAPH_2}"
    )


def test_trailing_credits_and_site_labels_removed() -> None:
    text = f'{PARAGRAPH_1}\n{PARAGRAPH_2}\nProject "East - West"\nPhoto: Agency\n'
    text += "Based on Example Agency materials\nLiveAll\nShare\nSubscribe\n"
    assert clean_text(text) == f"{PARAGRAPH_1}\n{PARAGRAPH_2}"


def test_related_marker_followed_by_paragraphs_keeps_them() -> None:
    long_para = PARAGRAPH_1 + " " + PARAGRAPH_2
    text = f"{PARAGRAPH_1}\nRelated\n{long_para}\n"
    assert clean_text(text) == f"{PARAGRAPH_1}\n{long_para}"


def test_language_english_and_russian() -> None:
    assert detect_language(PARAGRAPH_1) == "en"
    russian = (
        "Совет глав государств Содружества Независимых Государств провёл заседание в Душанбе "
        "и утвердил программу сотрудничества в сфере безопасности."
    )
    assert detect_language(russian) == "ru"


def test_russian_text_file_gets_language(tmp_path: Path) -> None:
    text = (
        "Лидеры встретились в Москве\nПрезиденты стран СНГ подписали соглашение о сотрудничестве."
    )
    (tmp_path / "ru.txt").write_text(text, encoding="utf-8")
    [article] = articles(tmp_path / "ru.txt")
    assert article.language == "ru"
    assert article.title == "Лидеры встретились в Москве"


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Leaders meet in Dushanbe | Example News</title>
<meta property="og:title" content="Leaders meet in Dushanbe">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-15T09:00:00+05:00">
<link rel="canonical" href="https://example.org/news/dushanbe"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li></ul></nav>
<main><article><h1>Leaders meet in Dushanbe</h1>
<p>{p1}</p><p>{p2}</p></article></main>
<footer><p>Copyright 2024 Example News. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    page = HTML_PAGE.format(p1=PARAGRAPH_1, p2=PARAGRAPH_2)
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [article] = articles(tmp_path / "page.html")
    assert PARAGRAPH_1 in article.text and PARAGRAPH_2 in article.text
    for chrome in ("Home", "Politics", "Copyright", "Privacy"):
        assert chrome not in article.text
    assert article.title == "Leaders meet in Dushanbe"
    assert article.outlet == "Example News"
    assert article.published == "2024-03-15"
    assert article.url == "https://example.org/news/dushanbe"
    assert article.language == "en"


def test_html_sidecar_overrides_page_and_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    page = HTML_PAGE.format(p1=PARAGRAPH_1, p2=PARAGRAPH_2)
    (tmp_path / "page.php").write_text(page, encoding="utf-8")
    (tmp_path / "page.php.meta.json").write_text('{"published": "2024-03-14"}', encoding="utf-8")
    (tmp_path / "notes").write_text(BODY, encoding="utf-8")
    html, text = articles(tmp_path / "page.php", tmp_path / "notes")
    assert html.published == "2024-03-14"
    assert "Privacy" not in html.text
    assert text.text == BODY.strip()


def test_jsonl_with_and_without_ids(tmp_path: Path) -> None:
    page = HTML_PAGE.format(p1=PARAGRAPH_1, p2=PARAGRAPH_2)
    lines = [
        {
            "id": "tass-1",
            "text": BODY,
            "url": "https://example.org/1",
            "outlet": "TASS",
            "published": "2024-10-08T10:00:00Z",
            "title": "Given title",
        },
        {"html": page, "published": "Tue, 08 Oct 2024 10:00:00 +0300"},
        {"id": 42, "text": PARAGRAPH_2},
    ]
    content = "\n".join(json.dumps(line) for line in lines[:2]) + "\n\n" + json.dumps(lines[2])
    (tmp_path / "batch.jsonl").write_text(content + "\n", encoding="utf-8")
    first, second, third = articles(tmp_path / "batch.jsonl")
    assert (first.name, first.title, first.outlet) == ("tass-1", "Given title", "TASS")
    assert (first.url, first.published) == ("https://example.org/1", "2024-10-08")
    assert first.text == BODY.strip()
    assert second.name == "batch.jsonl:2"
    assert second.published == "2024-10-08"
    assert PARAGRAPH_1 in second.text and "Privacy" not in second.text
    assert third.name == "42"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Agency</title><link>https://example.org</link>
<description>News</description>
<item><title>Leaders meet in Dushanbe</title><link>https://example.org/1</link>
<guid>https://example.org/guid/1</guid><pubDate>Fri, 15 Mar 2024 02:30:00 +0500</pubDate>
<content:encoded><![CDATA[<p>{p1}</p><p>{p2}</p>]]></content:encoded></item>
<item><title>Second</title><link>https://example.org/2</link>
<pubDate>Sat, 16 Mar 2024 08:00:00 GMT</pubDate><description>{p2}</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<id>urn:example:feed</id><updated>2024-03-16T00:00:00Z</updated>
<entry><title>Leaders meet in Dushanbe</title><id>urn:example:1</id>
<link href="https://example.org/atom/1"/><published>2024-03-15T02:30:00+05:00</published>
<updated>2024-03-16T00:00:00Z</updated>
<content type="html">&lt;p&gt;{p1}&lt;/p&gt;&lt;p&gt;{p2}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_feed(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_text(RSS.format(p1=PARAGRAPH_1, p2=PARAGRAPH_2), "utf-8")
    first, second = articles(tmp_path / "feed.rss")
    assert first.name == "https://example.org/guid/1"
    assert (first.title, first.url, first.outlet) == (
        "Leaders meet in Dushanbe",
        "https://example.org/1",
        "Example Agency",
    )
    assert first.published == "2024-03-15"
    assert first.text == f"{PARAGRAPH_1}\n{PARAGRAPH_2}"
    assert second.name == "https://example.org/2"
    assert second.text == PARAGRAPH_2
    assert second.published == "2024-03-16"


def test_atom_feed(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(ATOM.format(p1=PARAGRAPH_1, p2=PARAGRAPH_2), "utf-8")
    [entry] = articles(tmp_path / "feed.xml")
    assert entry.name == "urn:example:1"
    assert entry.url == "https://example.org/atom/1"
    assert entry.outlet == "Example Atom"
    assert entry.published == "2024-03-15"
    assert entry.text == f"{PARAGRAPH_1}\n{PARAGRAPH_2}"
    assert entry.language == "en"


def test_unique_drops_exact_duplicates_and_passes_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY + "\n\n\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(PARAGRAPH_1, encoding="utf-8")
    (tmp_path / "d.txt").write_text("", encoding="utf-8")
    kept = list(unique(read_paths([tmp_path])))
    assert [getattr(i, "name", None) or i.source for i in kept] == [
        "a.txt",
        "c.txt",
        str(tmp_path / "d.txt"),
    ]


def test_published_forms() -> None:
    assert normalize_published("2024-10-09") == "2024-10-09"
    assert normalize_published("2024-10") == "2024-10"
    assert normalize_published("2024-10-09T23:30:00-05:00") == "2024-10-09"
    assert normalize_published("Wed, 09 Oct 2024 23:30:00 +0300") == "2024-10-09"
