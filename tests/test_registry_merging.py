"""Record identity in reconcile: documents by complete linkage of their titles, with names and
numbers that tell works apart and wordings that one session joins; unknown people without
chains; text that is not a name; bilateral meetings that participants refer to."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from plenary import store as st
from plenary.batch.corpus import load_originals
from plenary.extract import extract
from plenary.reference import load
from plenary.registry import Registry, StoredFact, reconcile
from plenary.registry.model import Votes
from plenary.registry.people import looks_like_name
from plenary.registry.titles import same_work
from plenary.spec import Article, Fact, fact_from_dict
from plenary.store import fact_id
from plenary.store.bulk import bulk_load

MOSCOW = "session/cis-heads-of-state/2024-10-08-moscow"


def fact(article: str, published: str, **fields: Any) -> StoredFact:
    f = fact_from_dict(fields)
    return StoredFact(fact_id(article, "test", f), f, article, published)


def adopted(title: str, article: str, body: str, date: str, place: str, **more: Any) -> StoredFact:
    meeting = {"body": body, "date": date, "place": place}
    return fact(article, date, kind="document", title=title, action="adopted", states=[],
                meeting=meeting, **more)  # fmt: skip


def titles_of(registry: Registry) -> list[list[str]]:
    return sorted(sorted([d.title, *d.titles]) for d in registry.documents)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Astana Declaration of the SCO Council of Heads of State",
         "Tianjin Declaration of the Council of Heads of State"),
        ("Memorandum of obligations of the Islamic Republic of Iran",
         "Memorandum of obligations of Belarus"),
        ("Address of the Heads of State of the CIS to the Peoples of the Commonwealth on the 75th "
         "Anniversary of the Victory", "Address of the Heads of State of the CIS to the Peoples "
         "of the Commonwealth on the 80th Anniversary of the Victory"),
        ("Strategy of Economic Development of the CIS until 2030",
         "SCO Economic Development Strategy until 2030"),
        ("Concept for the Development of Industrial Cooperation of the CIS Member States",
         "Concept of Military Cooperation of the CIS Member States"),
        ("Appeal of the IPA CIS Council on the 80th anniversary of Victory",
         "Address of the CIS heads of state on the 80th anniversary of Victory"),
        ("Kazan Declaration", "Declaration of the Collective Security Council"),
    ],
)  # fmt: skip
def test_titles_naming_different_places_states_organizations_or_numbers_differ(
    a: str, b: str
) -> None:
    assert not same_work(a, b)


def test_wordings_of_one_treaty_are_one_work() -> None:
    irlo = [
        "Agreement to create the International Russian Language Organization",
        "Treaty to establish the International Russian Language Organization",
        "Agreement on the Establishment of the International Organization for the Russian Language",
        "Treaty establishing the International Organization for the Russian Language",
    ]
    assert all(same_work(a, b) for a in irlo for b in irlo)


def test_a_chain_of_similar_titles_does_not_join_distinct_documents() -> None:
    """Each neighbour is alike, the ends are not: complete linkage keeps them apart."""
    facts = [
        adopted("Programme of Cooperation of the CIS Member States in Combating Terrorism",
                "a.txt", "cis-heads-of-state", "2025-10-10", "Dushanbe"),
        adopted("Programme of Cooperation in Combating Terrorism and Extremism for 2026-2028",
                "b.txt", "cis-heads-of-state", "2025-10-10", "Dushanbe"),
        adopted("Programme of Cooperation in Countering Extremism and Separatism",
                "c.txt", "cis-heads-of-state", "2025-10-10", "Dushanbe"),
    ]  # fmt: skip
    registry = reconcile(facts, load())
    assert len(registry.documents) == 2
    assert all(len(d.titles) <= 1 for d in registry.documents)


def test_one_title_adopted_at_two_sessions_is_two_works() -> None:
    facts = [
        fact("2017.txt", "2017-06-09", kind="meeting", body="sco-heads-of-state",
             date="2017-06-09", place="Astana"),
        fact("2024.txt", "2024-07-04", kind="meeting", body="sco-heads-of-state",
             date="2024-07-04", place="Astana"),
        adopted("Astana Declaration", "2017.txt", "sco-heads-of-state", "2017-06-09", "Astana"),
        adopted("Astana Declaration", "2024.txt", "sco-heads-of-state", "2024-07-04", "Astana"),
    ]  # fmt: skip
    registry = reconcile(facts, load())
    assert [d.id for d in registry.documents] == [
        "document/astana-declaration",
        "document/astana-declaration-2",
    ]
    assert [d.actions[0].date for d in registry.documents] == ["2017-06-09", "2024-07-04"]


def seed_facts(seeds: Any, read: Any) -> list[StoredFact]:
    return [
        StoredFact(fact_id(a.content_hash, "test", f), f, a.name, a.published)
        for a in seeds.articles
        for f in read(a)
    ]


@pytest.mark.parametrize("reader", ["gold", "extractor"])
def test_the_seeds_preview_and_report_name_one_address_and_one_program(
    seeds: Any, reader: str
) -> None:
    """The preview's "Special address to the peoples of the Commonwealth and the international
    community in honor" (planned) is the report's "Address of the Heads of State of the CIS to
    the Peoples of the Commonwealth ... on the 80th Anniversary" (adopted), both at the Moscow
    summit; so with the analysts' wordings (gold) as with the extractor's."""
    read = seeds.extract if reader == "gold" else extract
    registry = reconcile(seed_facts(seeds, read), load())
    for word in ("address", "deradicali"):
        docs = [
            d for d in registry.documents
            if word in " ".join([d.title, *d.titles]).lower()
        ]  # fmt: skip
        assert len(docs) == 1, [d.id for d in docs]
        adoptions = [a for a in docs[0].actions if a.action == "adopted"]
        assert [(a.date, a.session, a.planned) for a in adoptions] == [
            ("2024-10-08", MOSCOW, False)
        ]
        assert {c.article[:3] for c in adoptions[0].claims} == {"001", "002"}


def test_wordings_at_different_sessions_stay_apart() -> None:
    facts = [
        adopted("Special address to the peoples of the Commonwealth", "p.txt",
                "cis-heads-of-state", "2024-10-08", "Moscow", planned=True),
        adopted("Address of the Heads of State of the CIS to the Peoples of the Commonwealth on "
                "the 75th Anniversary", "r.txt", "cis-heads-of-state", "2019-10-11", "Ashgabat"),
    ]  # fmt: skip
    assert len(reconcile(facts, load()).documents) == 2


def participant(name: str, article: str, state: str = "KG") -> StoredFact:
    return fact(article, "2024-10-09", kind="participant", person=name, state=state,
                meeting={"body": "cis-heads-of-state", "date": "2024-10-08"})  # fmt: skip


def test_unknown_people_do_not_chain() -> None:
    """Each neighbour is within the spec's ratio of 85, the ends are not."""
    names = ["Timur Akhmanov", "Timur Abdrakhmanov", "Timur Abdrakhmonov"]
    registry = reconcile([participant(n, f"{i}.txt") for i, n in enumerate(names)], load())
    assert len(registry.people) == 2
    assert sorted(len(p.names) for p in registry.people) == [0, 1]


def test_text_that_is_no_name_is_reported_not_made_a_person() -> None:
    facts = [participant("Prime Minister", "a.txt"), participant("Jogorku Kenesh", "b.txt"),
             participant("Shahin Mustafayev", "c.txt", "AZ"),
             participant("Sadyr Zhaparov", "d.txt")]  # fmt: skip
    registry = reconcile(facts, load())
    assert sorted(p.name for p in registry.people) == ["Sadyr Japarov", "Shahin Mustafayev"]
    assert "not a person's name: Prime Minister" in registry.unresolved
    assert "not a person's name: Jogorku Kenesh" in registry.unresolved
    (session,) = registry.sessions
    assert len(session.participants) == 2


def test_looks_like_name() -> None:
    gaz = load()
    assert looks_like_name("Abbas Aliabadi", gaz) and looks_like_name("Nurlanbek Shakiyev", gaz)
    assert not looks_like_name("Prime Minister", gaz)
    assert not looks_like_name("Putin", gaz)


def bilateral(article: str, parties: list[str], span: tuple[int, int]) -> StoredFact:
    return fact(article, "2024-07-04", kind="meeting", body="bilateral", date="2024-07-03",
                place="Astana", parties=parties, span=list(span))  # fmt: skip


def talker(article: str, name: str, state: str, span: tuple[int, int]) -> StoredFact:
    return fact(article, "2024-07-04", kind="participant", person=name, state=state,
                meeting={"body": "bilateral", "date": "2024-07-03", "place": "Astana"},
                span=list(span))  # fmt: skip


def test_participants_join_the_bilateral_meetings_they_took_part_in() -> None:
    """No second, partyless session: each leader joins the talks of their state; the host,
    named once for talks with two leaders, joins both."""
    span = (10, 90)
    facts = [
        bilateral("a.txt", ["RU", "CN"], span),
        bilateral("a.txt", ["RU", "TR"], span),
        talker("a.txt", "Vladimir Putin", "RU", span),
        talker("a.txt", "Xi Jinping", "CN", span),
        talker("a.txt", "Recep Tayyip Erdogan", "TR", span),
    ]
    registry = reconcile(facts, load())
    people = {s.id: sorted(p.person for p in s.participants) for s in registry.sessions}
    assert people == {
        "session/bilateral/cn-ru/2024-07-03-astana": ["person/vladimir-putin", "person/xi-jinping"],
        "session/bilateral/ru-tr/2024-07-03-astana": [
            "person/recep-tayyip-erdogan",
            "person/vladimir-putin",
        ],
    }
    for seed in range(3):
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert reconcile(shuffled, load()).as_dict() == registry.as_dict()


REINSURANCE = "Agreement on the establishment of the Eurasian Reinsurance Company"
GLUED = f"{REINSURANCE} and talked over a list of priority transport infrastructure projects"


def _reinsurance_registry(url: str, titles: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Articles each adopting the agreement under one of `titles`, through a SQLite store."""
    articles = [Article(name=f"copy-{i}.txt", text=f"{t}. Outlet {i}.", published="2022-08-26")
                for i, t in enumerate(titles)]  # fmt: skip
    meeting = {"body": "eaeu-intergovernmental-council", "date": "2022-08-26",
               "place": "Cholpon-Ata"}  # fmt: skip

    def facts(article: Article) -> list[Fact]:
        title = article.text.rsplit(". Outlet", 1)[0]
        return [fact_from_dict({"kind": "document", "title": title, "action": "adopted",
                                "states": [], "meeting": meeting})]  # fmt: skip

    store = st.open_store(url)
    st.ingest_articles(store, articles, facts)
    return st.registry(store)


def test_a_copys_glued_title_does_not_rename_the_work(tmp_path: Path) -> None:
    """One reworded copy ("discussed" → "talked over") reads the title with the sentence's next
    words glued on; its original and three other copies give the title: the work keeps it."""
    url = f"sqlite:///{tmp_path / 'glued.db'}"
    documents = _reinsurance_registry(url, [REINSURANCE] * 4 + [GLUED])["document"]
    assert [(d["id"], d["title"], d["titles"]) for d in documents] == [
        ("document/agreement-on-the-establishment-of-the-eurasian-reinsurance-company",
         REINSURANCE, [GLUED])
    ]  # fmt: skip


def test_a_longer_title_as_well_attested_stays_the_works_title(tmp_path: Path) -> None:
    """Without a majority against it, the longest title is the work's: the full title one report
    gives is not outvoted by the short one another gives."""
    url = f"sqlite:///{tmp_path / 'even.db'}"
    documents = _reinsurance_registry(url, [REINSURANCE, GLUED])["document"]
    assert [(d["title"], d["titles"]) for d in documents] == [(GLUED, [REINSURANCE])]


def _copies(sf: StoredFact, n: int) -> list[StoredFact]:
    """A report's fact as it stands in `n` reprints of it (each its own article), with the
    report itself as their cluster."""
    return [
        StoredFact(f"{sf.id}-copy{k}", sf.fact, f"{sf.article}-copy{k}", sf.published, sf.article)
        for k in range(1, n + 1)
    ]


def _meeting(article: str, place: str) -> StoredFact:
    return fact(article, "2025-11-18", kind="meeting", body="sco-heads-of-government",
                date="2025-11-18", place=place)  # fmt: skip


def test_a_reports_reprints_do_not_outvote_another_report() -> None:
    """Two reports place one session in two cities; one of them is reprinted three times. A
    report with its reprints is one source: the place is the one the originals alone give
    (their tie broken by source, not by whichever copy's fact comes first)."""
    tianjin, moscow = _meeting("b-report", "Tianjin"), _meeting("a-report", "Moscow")
    alone = reconcile([tianjin, moscow], load())
    archive = reconcile([tianjin, moscow, *_copies(tianjin, 3)], load())
    assert (
        [s.id for s in archive.sessions]
        == [s.id for s in alone.sessions]
        == ["session/sco-heads-of-government/2025-11-18-moscow"]
    )
    assert len(archive.sessions[0].claims) == len(alone.sessions[0].claims) + 3 * 3


def test_reprints_do_not_outvote_the_full_title_another_report_gives() -> None:
    """One report gives the short title and is reprinted five times; another gives the full
    one: two sources, neither outvoting the other, so the full title names the work as it
    does for the originals alone; a copy's glued words are still outvoted by its cluster."""
    short = adopted(REINSURANCE, "a-report", "eaeu-intergovernmental-council", "2022-08-26",
                    "Cholpon-Ata")  # fmt: skip
    full = adopted(GLUED, "b-report", "eaeu-intergovernmental-council", "2022-08-26",
                   "Cholpon-Ata")  # fmt: skip
    alone = reconcile([short, full], load())
    archive = reconcile([short, full, *_copies(short, 5)], load())
    assert [(d.id, d.title) for d in archive.documents] == [
        (d.id, d.title) for d in alone.documents
    ]
    assert archive.documents[0].title == GLUED
    glued_copy = adopted(GLUED, "a-report-copy9", "eaeu-intergovernmental-council",
                         "2022-08-26", "Cholpon-Ata")  # fmt: skip
    glued_copy = StoredFact(glued_copy.id, glued_copy.fact, glued_copy.article,
                            glued_copy.published, "a-report")  # fmt: skip
    edited = reconcile([short, *_copies(short, 3), glued_copy], load())
    assert [d.title for d in edited.documents] == [REINSURANCE]


def test_votes_share_each_sources_weight_among_its_articles() -> None:
    """`Votes`, kept up to date fact by fact, gives each value the sum over sources of the
    share of the source's voting articles that give it, whatever the order of the facts."""
    rng = random.Random(3)
    for _ in range(500):
        votes, given = Votes(), []
        for k in range(rng.randint(1, 30)):
            source = rng.choice("abcd")
            article = source + str(rng.randint(0, 4))
            cluster = source if rng.random() < 0.8 else None
            sf = StoredFact(f"f{k}", _meeting(article, "Minsk").fact, article, None, cluster)
            value = rng.choice("XYZ")
            votes.add(sf, value)
            given.append((sf.source, article, value))
        articles: dict[str, set[str]] = {}
        for source, article, _ in given:
            articles.setdefault(source, set()).add(article)
        for value in {v for _, _, v in given}:
            by: dict[str, set[str]] = {}
            for source, article, v in given:
                if v == value:
                    by.setdefault(source, set()).add(article)
            expected = sum(Fraction(len(a), len(articles[s])) for s, a in by.items())
            assert votes.support(value) == expected


def test_two_values_one_source_gives_alike_win_by_value_not_by_reading_order() -> None:
    """One report placing a session in two cities: the winner must not depend on which of
    its facts was read first, which an archive's copies change."""
    winners = set()
    for order in (["Samarkand", "Saint Petersburg"], ["Saint Petersburg", "Samarkand"]):
        votes = Votes()
        for k, place in enumerate(order):
            votes.add(StoredFact(f"f{k}", _meeting("r1", place).fact, "r1", None, "r"), place)
        winners.add(votes.winner())
    assert winners == {"Saint Petersburg"}


def test_a_session_dated_to_its_month_joins_the_one_most_reports_tell_of() -> None:
    """Two sessions the same month, one told by two reports, one by a third; a preview's
    "the summit at the end of August in Tianjin" joins the first, whatever the fact ids."""

    def held(article: str, date: str) -> StoredFact:
        return fact(article, date, kind="meeting", body="sco-heads-of-state", date=date)

    preview = fact("c-preview", "2025-08-10", kind="meeting", body="sco-heads-of-state",
                   date="2025-08", place="Tianjin", planned=True)  # fmt: skip
    sessions = set()
    for names in (("a", "b", "y"), ("z", "y", "a")):
        facts = [held(names[0], "2025-08-31"), held(names[1], "2025-08-31"),
                 held(names[2], "2025-08-25"), preview]  # fmt: skip
        sessions.add(tuple(sorted(s.id for s in reconcile(facts, load()).sessions)))
    assert sessions == {
        (
            "session/sco-heads-of-state/2025-08-25-unknown-place",
            "session/sco-heads-of-state/2025-08-31-tianjin",
        ),  # fmt: skip
    }


def test_copies_reading_one_sentence_differently_give_their_sources_reading() -> None:
    """Copies of one report quote the same sentence; two, extracted afresh with the dateline
    moved under an outlet's headline, date the bilateral meeting instead of placing it. The
    source's sentence says one thing, what most of its articles read: the registry has the
    originals' session, every copy's claim on it. A copy whose sentence differs keeps its
    own reading."""
    quote = "On the sidelines of the summit, Putin is scheduled to hold a bilateral meeting."
    placed = {"kind": "meeting", "planned": True, "body": "bilateral", "parties": ["RU", "AM"],
              "place": "Saint Petersburg", "quote": quote}  # fmt: skip
    dated = {**{k: v for k, v in placed.items() if k != "place"}, "date": "2023-12-25"}
    original = fact("report", "2023-12-25", **placed, span=[10, 10 + len(quote)])
    alone = reconcile([original], load())
    copies = [
        StoredFact(
            f"c{k}",
            fact_from_dict({**(dated if k < 2 else placed), "span": [20, 99]}),
            f"copy{k}",
            "2023-12-25",
            "report",
        )  # fmt: skip
        for k in range(5)
    ]
    archive = reconcile([original, *copies], load())
    assert [s.id for s in archive.sessions] == [s.id for s in alone.sessions]
    assert {c.article for c in archive.sessions[0].claims} == {"report"} | {
        f"copy{k}" for k in range(5)
    }
    corrected = {**dated, "quote": quote.replace("Putin", "the President")}
    correction = StoredFact("c9", fact_from_dict(corrected), "copy9", "2023-12-25", "report")
    with_correction = reconcile([original, *copies, correction], load())
    assert len(with_correction.sessions) == 2


def test_a_copys_corrected_figure_is_an_alternative_title_of_the_work() -> None:
    """Copies of one report list the CNPC-Rosneft agreement; two correct its figure (100 →
    103, 106). One report's sentence, one work: the report's title names it, the corrections
    stay as its other titles. Two reports giving two figures still name two works, and so does
    one article listing two addresses that differ in a figure."""
    sentence = ("-- the agreement between China National Petroleum Corporation and Rosneft on "
                "supplies of {} million tonnes of crude oil;")  # fmt: skip
    name = "Agreement between China National Petroleum Corporation and Rosneft on supplies of {} million tonnes of crude oil"  # noqa: E501

    def signed(figure: int, article: str, cluster: str | None) -> StoredFact:
        sf = fact(article, "2014-05-21", kind="document", title=name.format(figure),
                  action="signed", states=[], quote=sentence.format(figure))  # fmt: skip
        return StoredFact(sf.id, sf.fact, article, sf.published, cluster)

    original = signed(100, "report", None)
    copies = [signed(100, f"copy{k}", "report") for k in range(4)]
    corrections = [signed(103, "copy8", "report"), signed(106, "copy9", "report")]
    alone = reconcile([original], load())
    archive = reconcile([original, *copies, *corrections], load())
    assert [d.id for d in archive.documents] == [d.id for d in alone.documents]
    assert archive.documents[0].title == name.format(100)
    assert archive.documents[0].titles == [name.format(103), name.format(106)]
    two_reports = reconcile([original, signed(103, "other-report", None)], load())
    assert len(two_reports.documents) == 2
    listed = [signed(75, "report", None), signed(80, "report", None)]
    listed += [signed(n, f"copy{n}", "report") for n in (75, 80)]
    assert len(reconcile(listed, load()).documents) == 2


def test_the_reports_own_reading_of_its_sentence_stands_for_its_copies() -> None:
    """However many copies extracted afresh read the report's sentence otherwise (here three
    of four), the report's own reading stands: what the copies that took over its facts read
    anyway, and what the report alone gives."""
    quote = "On the sidelines of the summit, Putin is scheduled to hold a bilateral meeting."
    placed = {"kind": "meeting", "planned": True, "body": "bilateral", "parties": ["RU", "AM"],
              "place": "Saint Petersburg", "quote": quote}  # fmt: skip
    dated = {**{k: v for k, v in placed.items() if k != "place"}, "date": "2023-12-25"}
    original = fact("report", "2023-12-25", **placed, span=[10, 10 + len(quote)])
    original = StoredFact(original.id, original.fact, "report", "2023-12-25", "report")
    copies = [
        StoredFact(
            "0" * k,
            fact_from_dict({**(placed if k == 4 else dated), "span": [20, 99]}),
            f"copy{k}",
            "2023-12-25",
            "report",
            reprint=True,
        )  # fmt: skip
        for k in range(1, 5)
    ]
    alone = reconcile([original], load())
    assert [s.id for s in reconcile([original, *copies], load()).sessions] == [
        s.id for s in alone.sessions
    ]


def test_a_copys_corrected_figure_under_an_outlets_headline_is_the_reports_work() -> None:
    """A report's headline names the roadmap it signed; its copies, extracted afresh, put an
    outlet's tag before that headline and correct the figure (14 → 12, 15). The copies'
    sentences differ from the report's in more than the figure, yet they are one report's
    copies giving its title but for the figure, no article two of them: one work, as the
    report alone gives, named by the report."""
    headline = "Belarus, Tajikistan sign roadmap for 2019-2020 and {} documents"
    name = "Roadmap for 2019-2020 and {} documents"

    def signed(figure: int, article: str, tag: str = "") -> StoredFact:
        sf = fact(article, "2018-05-15", kind="document", title=name.format(figure),
                  action="signed", states=[], quote=tag + headline.format(figure))  # fmt: skip
        return StoredFact(sf.id, sf.fact, article, sf.published, "report", article != "report")

    original = signed(14, "report")
    copies = [signed(14, f"copy{k}") for k in range(4)]
    corrections = [signed(12, "copy8", "WRAP: "), signed(15, "copy9", "WRAP: ")]
    alone = reconcile([original], load())
    archive = reconcile([original, *copies, *corrections], load())
    assert [d.id for d in archive.documents] == [d.id for d in alone.documents]
    assert archive.documents[0].titles == [name.format(12), name.format(15)]


def test_a_copys_reworded_title_does_not_rename_its_reports_work() -> None:
    """A copy rewords "issues" as "matters" inside the title of a decision its report gives
    (a longer title, and the longest names a work). The report gives the work its own title:
    the copy's wording stays one of the work's titles and the record keeps the id the report
    alone gives; a title no report of the work gives itself still names it."""
    own = "Decision on the financial and organizational issues of the SCO permanent bodies"
    reworded = own.replace(" issues ", " matters ")

    def decision(title: str, article: str) -> StoredFact:
        sf = adopted(title, article, "sco-heads-of-government", "2023-10-26", "Bishkek")
        return StoredFact(sf.id, sf.fact, article, sf.published, "report", article != "report")

    alone = reconcile([decision(own, "report")], load())
    archive = reconcile([decision(own, "report"), decision(own, "copy1"),
                         decision(reworded, "copy2")], load())  # fmt: skip
    assert [d.id for d in archive.documents] == [d.id for d in alone.documents]
    assert archive.documents[0].titles == [reworded]
    copies_only = reconcile([decision(own, "copy1"), decision(reworded, "copy2")], load())
    assert copies_only.documents[0].title == reworded


def test_a_copys_reworded_title_does_not_rename_another_reports_work() -> None:
    """One report gives the decision "to establish an SCO Development Bank"; a copy of another
    report rewords a sentence of it ("The decision on establishing the SCO Development Bank was
    additionally adopted") that its report reads no document from. The longer wording joins
    the first report's work, but its own report is stored: it is a copy's edit, and the work
    keeps the id the reports alone give it."""

    def decision(title: str, article: str, source: str) -> StoredFact:
        sf = adopted(title, article, "sco-heads-of-state", "2025-09-01", "Tianjin")
        return StoredFact(sf.id, sf.fact, article, sf.published, source, article != source)

    first = decision("Decision to establish an SCO Development Bank", "first", "first")
    strategy = decision("SCO Development Strategy for 2026-2035", "second", "second")
    copy = decision("Decision on establishing the SCO Development Bank", "copy", "second")
    alone = reconcile([first, strategy], load())
    archive = reconcile([first, strategy, copy], load())
    assert [d.id for d in archive.documents] == [d.id for d in alone.documents]


Reports = dict[str, tuple[str | None, list[dict[str, Any]]]]


def _stored_registry(tmp_path: Path, version: str, reports: Reports) -> dict[str, Any]:
    """The reports (name → publication date and facts) ingested into a fresh SQLite store by
    an extractor of this version, which gives every fact another id, as an archive's store
    does (it names and spans its articles otherwise); the registry read back."""
    articles = [Article(name=name, text=f"Report {name}.", published=published)
                for name, (published, _) in reports.items()]  # fmt: skip

    def facts(article: Article) -> list[Fact]:
        return [fact_from_dict(f) for f in reports[article.name][1]]

    store = st.open_store(f"sqlite:///{tmp_path / f'{version}.db'}")
    st.ingest_articles(store, articles, facts, extractor_version=version)
    return st.registry(store)


def _adopted_at(registry: dict[str, Any]) -> dict[str, list[str]]:
    return {d["id"]: sorted(a["session"] for a in d["actions"]) for d in registry["document"]}


VERSIONS = [f"v{n}" for n in range(6)]


def test_an_undated_reports_summit_is_the_one_most_reports_tell_of_whatever_the_fact_ids(
    tmp_path: Path,
) -> None:
    """Two reports tell of the SCO summit in Astana on 4 July 2024, one of the one on 9 June
    2017; a fourth, without a date of its own or of publication, tells of "the summit in
    Astana" adopting the Astana Declaration. Both sessions fit it: it joins the one most
    reports tell of, in every store of the same reports. It had joined whichever session the
    fact ids made first, and an archive's store, which gives the same facts other ids, moved
    the declaration (and the report's participants) to the other year's summit."""
    astana = {"kind": "meeting", "body": "sco-heads-of-state", "place": "Astana"}
    undated = {"body": "sco-heads-of-state", "place": "Astana"}
    reports: Reports = {
        "a": ("2024-07-04", [{**astana, "date": "2024-07-04"}]),
        "b": ("2024-07-05", [{**astana, "date": "2024-07-04"}]),
        "c": ("2017-06-09", [{**astana, "date": "2017-06-09"}]),
        "d": (None, [{"kind": "meeting", **undated},
                     {"kind": "document", "title": "Astana Declaration", "action": "adopted",
                      "states": [], "meeting": undated}]),
    }  # fmt: skip
    found = {json.dumps(_adopted_at(_stored_registry(tmp_path, v, reports))) for v in VERSIONS}
    summit = "session/sco-heads-of-state/2024-07-04-astana"
    assert found == {json.dumps({"document/astana-declaration": [summit]})}


def test_works_and_sessions_under_one_name_are_numbered_alike_whatever_the_fact_ids(
    tmp_path: Path,
) -> None:
    """The same strategy read as adopted at the SCO summit and at the BRICS summit in Ufa the
    same day (two works: a work is adopted once), and two undated bilateral meetings in Minsk
    a year apart: the ids (…, …-2) go to the same records in every store of the same reports,
    by the sessions and reports that tell of them, not by the fact ids."""
    ufa = {"date": "2015-07-10", "place": "Ufa"}

    def adopted_at(body: str) -> list[dict[str, Any]]:
        return [{"kind": "meeting", "body": body, **ufa},
                {"kind": "document", "title": "SCO Development Strategy", "action": "adopted",
                 "states": [], "meeting": {"body": body, **ufa}}]  # fmt: skip

    minsk = {"kind": "meeting", "body": "bilateral", "parties": ["BY", "RU"], "place": "Minsk"}
    reports: Reports = {
        "sco": ("2015-07-10", adopted_at("sco-heads-of-state")),
        "brics": ("2015-07-10", adopted_at("brics-summit")),
        "minsk-2021": ("2021-05-28", [minsk]),
        "minsk-2024": ("2024-12-06", [minsk]),
    }
    found = set()
    for v in VERSIONS:
        registry = _stored_registry(tmp_path, v, reports)
        claims = {s["id"]: sorted(c["article"] for c in s["claims"]) for s in registry["session"]}
        found.add(json.dumps([_adopted_at(registry), claims], sort_keys=True))
    assert len(found) == 1


def test_a_title_only_a_copy_gives_does_not_split_its_reports_works() -> None:
    """Two reports name one concept in two wordings, one work by complete linkage. A copy of
    the first, extracted afresh, reads its title with "of the SCO" glued on: a title no report
    gives, nearer the first wording than the second is, and contradicting the second (the CIS
    is not the SCO). Linked first, it had split the reports' work in two; copies now join the
    works their reports make, each on its own, or stand apart, however many there are."""
    first = "Concept of cooperation in the field of tourism"
    second = "Concept of tourism cooperation of the CIS member states"
    glued = f"{first} of the SCO"

    def reviewed(title: str, article: str, source: str) -> StoredFact:
        sf = fact(article, "2024-10-08", kind="document", title=title, action="reviewed",
                  states=[], quote=f"{title} was discussed in {article}.")  # fmt: skip
        return StoredFact(sf.id, sf.fact, article, sf.published, source, article != source)

    reports = [reviewed(first, "r1", "r1"), reviewed(second, "r2", "r2")]
    alone = reconcile(reports, load())
    assert titles_of(alone) == [sorted([first, second])]
    for n in (1, 3):
        copies = [reviewed(first, f"c{k}", "r1") for k in range(3)]
        copies += [reviewed(glued, f"g{k}", "r1") for k in range(n)]
        archive = reconcile(reports + copies, load())
        assert [d.id for d in archive.documents if first in [d.title, *d.titles]] == [
            d.id for d in alone.documents
        ]
        assert sorted([first, second]) in titles_of(archive)


def test_a_copy_reading_a_sentence_of_two_documents_otherwise_keeps_its_reports_works(
    tmp_path: Path,
) -> None:
    """The Supreme Eurasian Economic Council's report of 25 December 2023, a copy of it under
    an outlet's "In brief:" headline, and TASS's preview of an informal meeting that day,
    ingested into a store as an archive's batch stores them (the copy with its report's
    cluster). The report's sentence "The Council approved the Main Directions … for 2024 and
    adopted a decision on the composition of the Board …" names two documents; the report
    dates both to the day (which the formal and the informal meeting both fit), the copy,
    extracted afresh, places both in Saint Petersburg instead. The source's sentence says one
    thing, also when it names two documents: the copy takes its report's reading, and the
    store has the works the reports alone give, adopted where they give. The copy had adopted
    both at the Saint Petersburg session on its own; in a 1M archive that made two works
    ("…-2" and "Main Directions … for 2024") that the reports alone do not have."""
    names = (
        "1420_kremlin_seec-saint-petersburg.txt",
        "892_tass_preview_informal_cis_summit_2023.txt",
    )
    reports = [
        replace(o.article, published=o.published)
        for o in load_originals(Path("examples/reports"), Path("examples/gold"))
        if o.article.name in names
    ]
    report = next(r for r in reports if r.name == names[0])
    copy = replace(report, name="copy", outlet="Pamir Post", title=f"In brief: {report.title}",
                   text=f"In brief: {report.text}")  # fmt: skip
    assert any(f.kind == "document" and f.meeting and f.meeting.place for f in extract(copy))
    alone = st.open_store(f"sqlite:///{tmp_path / 'alone.db'}")
    st.ingest_articles(alone, reports, extract)
    archive = st.open_store(f"sqlite:///{tmp_path / 'archive.db'}")
    items = [(r, extract(r), None) for r in reports] + [(copy, extract(copy), report.content_hash)]
    bulk_load(archive, items)

    def adopted(store: st.Store) -> dict[str, list[str | None]]:
        return {
            d["id"]: [a["session"] for a in d["actions"]] for d in st.registry(store)["document"]
        }

    assert adopted(archive) == adopted(alone)


def test_a_summit_of_two_days_is_one_session_dated_as_most_reports_date_it() -> None:
    """The SCO's Astana summit of 3–4 July: reports that date it to either day, and the
    declaration adopted "on July 3" or "on July 4", are one session and one work; its date is
    the day more reports give. Councils meeting in another city, a week later, or bilateral
    talks on consecutive days stay apart."""

    def held(article: str, date: str, place: str = "Astana", body: str = "sco-heads-of-state",
             **more: Any) -> StoredFact:  # fmt: skip
        return fact(article, date, kind="meeting", body=body, date=date, place=place, **more)

    title = "Astana Declaration of the Council of Heads of State"
    facts = [
        held("a", "2024-07-03"),
        held("b", "2024-07-04"),
        held("c", "2024-07-04"),
        held("d", "2024-07-11"),
        held("e", "2024-07-05", place="Almaty"),
        adopted(title, "a", "sco-heads-of-state", "2024-07-03", "Astana"),
        adopted(title, "b", "sco-heads-of-state", "2024-07-04", "Astana"),
        held("f", "2024-07-03", place="Astana", body="bilateral", parties=["KZ", "CN"]),
        held("g", "2024-07-04", place="Astana", body="bilateral", parties=["KZ", "CN"]),
    ]
    registry = reconcile(facts, load())
    assert sorted(s.id for s in registry.sessions) == [
        "session/bilateral/cn-kz/2024-07-03-astana",
        "session/bilateral/cn-kz/2024-07-04-astana",
        "session/sco-heads-of-state/2024-07-04-astana",
        "session/sco-heads-of-state/2024-07-05-almaty",
        "session/sco-heads-of-state/2024-07-11-astana",
    ]
    summit = next(
        s for s in registry.sessions if s.id.endswith("sco-heads-of-state/2024-07-04-astana")
    )
    assert summit.conflicts == ["date: 2024-07-03 vs 2024-07-04"]
    [declaration] = registry.documents
    assert {a.session for a in declaration.actions} == {summit.id}


def test_a_reference_dated_to_the_day_names_the_session_of_that_day() -> None:
    """A participant "at the summit on June 14" belongs to the Bishkek summit of June 14, not
    to a session another report dates only "2019" (and places in Moscow)."""
    facts = [
        fact("a", "2019-06-14", kind="meeting", body="sco-heads-of-state", date="2019-06-14",
             place="Bishkek"),
        fact("b", "2019-12-10", kind="meeting", body="sco-heads-of-state", date="2019",
             place="Moscow"),
        fact("c", "2019-06-15", kind="participant", person="Xi Jinping", state="CN",
             role="President", meeting={"body": "sco-heads-of-state", "date": "2019-06-14"}),
    ]  # fmt: skip
    registry = reconcile(facts, load())
    [bishkek] = [s for s in registry.sessions if s.place == "Bishkek"]
    assert [p.person for p in bishkek.participants] == ["person/xi-jinping"]
    assert not registry.unresolved


@pytest.mark.parametrize("planned", [False, True])
def test_a_document_adopted_that_day_belongs_to_the_held_formal_session(planned: bool) -> None:
    """A report's "the council adopted the Main Directions on December 25" names no place; a
    preview announced an informal meeting of the same council that day. The document was
    adopted at the formal session that reports say was held; only where both are merely
    announced does the formal one still win, since informal meetings adopt no documents."""
    council = "eaeu-supreme-council"
    facts = [
        fact("a", "2023-12-25", kind="meeting", body=council, date="2023-12-25",
             place="Saint Petersburg", planned=planned),
        fact("b", "2023-12-20", kind="meeting", body=council, date="2023-12-25",
             formats=["informal"], planned=True),
        fact("c", "2023-12-25", kind="document", action="adopted", states=[],
             title="Main Directions of International Activities of the Union for 2024",
             meeting={"body": council, "date": "2023-12-25"}),
    ]  # fmt: skip
    registry = reconcile(facts, load())
    [document] = registry.documents
    assert [a.session for a in document.actions] == [
        "session/eaeu-supreme-council/2023-12-25-saint-petersburg"
    ]


def test_a_participant_joins_the_talks_its_own_sentence_tells_of() -> None:
    """Modi met Xi and, separately, Putin in Kazan on October 22; a report's "Modi and Xi
    held talks on the sidelines" makes Modi a participant of the first talks only."""

    def talks(article: str, parties: list[str], span: list[int]) -> StoredFact:
        return fact(article, "2024-10-22", kind="meeting", body="bilateral", parties=parties,
                    date="2024-10-22", place="Kazan", span=span, quote="x")  # fmt: skip

    modi = fact("a", "2024-10-22", kind="participant", person="Narendra Modi", state="IN",
                role="Prime Minister", meeting={"body": "bilateral", "date": "2024-10-22"},
                span=[0, 40], quote="x")  # fmt: skip
    facts = [talks("a", ["IN", "CN"], [0, 40]), talks("a", ["IN", "RU"], [41, 90]), modi]
    registry = reconcile(facts, load())
    attended = {s.id: [p.person for p in s.participants] for s in registry.sessions}
    assert attended == {
        "session/bilateral/cn-in/2024-10-22-kazan": ["person/narendra-modi"],
        "session/bilateral/in-ru/2024-10-22-kazan": [],
    }
    assert not registry.unresolved


def test_a_council_s_informal_and_formal_session_of_one_day_are_one() -> None:
    def met(article: str, formats: list[str], place: str | None) -> StoredFact:
        return fact(article, "2024-10-08", kind="meeting", body="cis-heads-of-state",
                    date="2024-10-08", place=place, formats=formats, planned=False)  # fmt: skip

    registry = reconcile(
        [
            met("a.txt", ["narrow", "extended"], "Moscow"),
            met("b.txt", [], "Moscow"),
            met("c.txt", ["informal"], "Moscow"),
        ],
        load(),
    )
    assert [(s.id, s.informal) for s in registry.sessions] == [(MOSCOW, False)]
