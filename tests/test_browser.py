"""Issue 4 in a real browser: Playwright (sync API) drives Debian's chromium against `uvicorn`
serving a database built from the seeds. The reader's path from the home page to the source of
the deradicalization program, the matrix, no console errors, a basic accessibility check
(landmarks, one h1, labelled controls, alt text, contrast) and no page wider than a 375 px
screen; screenshots of every page at 375 and 1280 px (the session page and the matrix also to
docs/screenshots/ for the README). Skipped without /usr/bin/chromium, except under CI=true."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from plenary.cli import app as cli
from plenary.web import create_app
from served import served

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MOSCOW = "/sessions/cis-heads-of-state/2024-10-08-moscow"
IRLO = "document/agreement-to-create-the-international-russian-language-organization"
WIDTHS = (375, 1280)
PAGES = {
    "home": "/",
    "sessions": "/sessions",
    "session": MOSCOW,
    "documents": "/documents",
    "document": "/documents/agreement-to-create-the-international-russian-language-organization",
    "matrix": "/matrix",
    "people": "/people",
    "person": "/people/shavkat-mirziyoyev",
    "calendar": "/calendar",
    "statistics": "/statistics",
    "award": "/awards/ilhom-nematov/order-of-friendship",
    "sources": "/sources",
    "search": "/search?q=Moscow",
    "not-found": "/sessions/no-such-session",
}

if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytest.skip(f"{CHROMIUM} not found (make install brings it)", allow_module_level=True)
if not SEEDS.is_dir():
    pytest.skip(f"no seed corpus at {SEEDS}", allow_module_level=True)

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'plenary.db'}"
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", url])
    assert result.exit_code == 0, result.output
    with served(create_app(url)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def open_page(browser: Browser, width: int = 1280) -> tuple[Page, list[str]]:
    """A page at this width, and the list its console errors and page errors go to."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, errors


def test_home_to_session_to_program_to_its_source_highlighted(
    browser: Browser, base_url: str
) -> None:
    page, errors = open_page(browser)
    page.goto(base_url + "/")
    page.get_by_role("link", name=re.compile(r"Heads of State, Moscow, 2024-10-08")).first.click()
    page.wait_for_url(base_url + MOSCOW)
    assert "Moscow" in page.locator("h1").inner_text()
    page.get_by_role("link", name=re.compile("Deradicalization")).first.click()
    page.wait_for_url(re.compile(r"/documents/cooperation-program.*deradicalization"))
    # the adoption in the lifecycle cites its fact; the link opens the article at the fact
    page.locator(".timeline .cite a").first.click()
    page.wait_for_url(re.compile(r"/sources/[0-9a-f]{64}#fact-[0-9a-f]+"))
    fact_id = page.url.rsplit("#fact-", 1)[1]
    marks = page.locator(f'mark[data-facts~="{fact_id}"]')
    assert marks.count() >= 1
    marked = " ".join(marks.all_inner_texts())
    assert "Deradicalization" in marked or "deradicalization" in marked
    assert marks.first.is_visible()
    background = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(f"#fact-{fact_id}").is_visible()
    assert errors == []
    page.close()


def test_the_matrix_shows_four_ratified_and_the_others_not(browser: Browser, base_url: str) -> None:
    page, errors = open_page(browser)
    page.goto(base_url + "/matrix")
    row = page.locator(f'tr[data-id="{IRLO}"]')
    cells = row.locator("td.cell")
    status = {c.get_attribute("data-state"): c.inner_text().strip() for c in cells.all()}
    assert {s for s, v in status.items() if v == "ratified"} == {"RU", "BY", "KG", "TJ"}
    assert all(v != "ratified" for s, v in status.items() if s not in {"RU", "BY", "KG", "TJ"})
    assert len(status) > 4
    colours = {c.inner_text().strip(): c.locator(".status").evaluate(
        "e => getComputedStyle(e).backgroundColor") for c in cells.all()}  # fmt: skip
    assert colours["ratified"] != colours["signed"]
    row.locator('td[data-state="KG"] a').click()
    page.wait_for_url(re.compile("#state-KG$"))
    assert page.locator("#state-KG").get_attribute("data-status") == "ratified"
    assert errors == []
    page.close()


A11Y = """() => {
  const out = [];
  const mains = document.querySelectorAll('main');
  if (mains.length !== 1) out.push(`main elements: ${mains.length}`);
  if (document.querySelectorAll('h1').length !== 1) out.push('not exactly one h1');
  if (!document.documentElement.lang) out.push('no lang on html');
  if (!document.querySelector('header') || !document.querySelector('nav')) {
    out.push('no header/nav');
  }
  if (!document.title) out.push('no title');
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (el.type === 'hidden') continue;
    const byFor = el.id && document.querySelector(`label[for="${el.id}"]`);
    if (!byFor && !el.closest('label') && !el.getAttribute('aria-label')) {
      out.push(`unlabelled control ${el.outerHTML.slice(0, 80)}`);
    }
  }
  for (const img of document.querySelectorAll('img')) {
    if (!img.hasAttribute('alt')) out.push(`img without alt ${img.src}`);
  }
  // heading levels do not skip (h2 after h1, h3 after h2)
  let last = 0;
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(h.tagName[1]);
    if (level > last + 1) out.push(`heading ${h.tagName} after h${last}`);
    last = level;
  }
  // text contrast (WCAG AA 4.5:1) against the first opaque background up the tree
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const bg = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || seen.has(el)) continue;
    seen.add(el);
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.closest('.skip')) continue;
    const a = lum(rgb(getComputedStyle(el).color).slice(0, 3)), b = lum(bg(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const text = el.textContent.trim().slice(0, 30);
    if (ratio < 4.5) out.push(`contrast ${ratio.toFixed(2)} on "${text}"`);
  }
  return out;
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_loads_cleanly_is_accessible_and_fits(
    browser: Browser, base_url: str, shots: Path, width: int
) -> None:
    problems: dict[str, Any] = {}
    for name, path in PAGES.items():
        page, errors = open_page(browser, width)
        response = page.goto(base_url + path)
        assert response is not None
        assert response.status == (404 if name == "not-found" else 200), name
        found = page.evaluate(A11Y)
        if name == "not-found":
            # the 404 response itself is reported on the console; nothing else may be
            errors = [e for e in errors if "404" not in e]
        overflow = page.evaluate("() => document.documentElement.scrollWidth") - width
        if overflow > 0:
            found.append(f"page wider than the {width} px screen by {overflow} px")
        if errors or found:
            problems[name] = errors + found
        page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
        if width == 1280 and name in ("session", "matrix"):
            out = ROOT / "docs" / "screenshots"
            out.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out / f"{name}.png"), full_page=False)
        page.close()
    assert problems == {}
    assert len(list(shots.glob(f"*-{width}.png"))) == len(PAGES)


def test_pages_work_without_javascript(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "/matrix")
    page.select_option("#f-org", "cis")
    page.fill("#f-year", "2023")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"/matrix\?org=cis.*year=2023"))
    assert page.locator(f'tr[data-id="{IRLO}"]').count() == 1
    page.goto(base_url + "/sessions")
    page.select_option("#f-status", "planned")
    page.get_by_role("button", name="Apply").click()
    statuses = page.locator("#records tbody tr td:nth-child(4)").all_inner_texts()
    assert statuses and set(statuses) == {"planned"}
    context.close()
