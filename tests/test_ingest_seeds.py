"""The five seed reports of ../shared read as the product must read them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plenary.ingest import IngestError, read_paths
from plenary.spec import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed corpus at {SEEDS}")


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    items = list(read_paths([SEEDS]))
    assert not [i for i in items if isinstance(i, IngestError)], items
    return {i.name: i for i in items if isinstance(i, Article)}


def test_names_are_the_gold_article_keys(seeds: dict[str, Article]) -> None:
    assert len(seeds) == 5
    for gold in sorted((SHARED / "gold" / "seeds").glob("*.json")):
        assert json.loads(gold.read_text(encoding="utf-8"))["article"] in seeds


def test_published_dates_come_from_the_sidecars(seeds: dict[str, Article]) -> None:
    for name, article in seeds.items():
        sidecar = SEEDS / f"{name}.meta.json"
        expected = json.loads(sidecar.read_text())["published"] if sidecar.exists() else None
        assert article.published == expected, name
        assert article.language == "en"


def test_paragraphs_kept_verbatim_and_junk_lines_dropped(seeds: dict[str, Article]) -> None:
    for name, article in seeds.items():
        raw = (SEEDS / name).read_text(encoding="utf-8").splitlines()
        for line in raw:
            if len(line) > 150 and not line[0].isdigit():
                assert line.strip() in article.text, (name, line[:60])
        assert article.text.rstrip()[-1] in '.!?"”]', (name, article.text[-60:])


def test_seed_000_loses_summary_prompt_and_teasers(seeds: dict[str, Article]) -> None:
    name = next(n for n in seeds if n.startswith("000_"))
    text = seeds[name].text
    assert "Previous Article" not in text and "Get a summary" not in text
    raw = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    teasers = [line for line in raw[raw.index("Previous Article") :] if line.strip()]
    assert teasers and not [t for t in teasers if t in text]
    assert seeds[name].title == raw[0]
    assert text.startswith(raw[0])
