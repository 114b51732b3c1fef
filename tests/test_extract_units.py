"""The extractor's building blocks as a user calls them: sentences, dates, tense, gazetteer
mentions, and whole-pipeline behaviours on short texts written for these tests.

A behaviour the extractor lacks is marked `xfail(strict=True)` with the reason (none at present:
the three gaps these tests found were fixed), so that it fails, to be unmarked, once it holds.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from plenary.extract import dates, extract
from plenary.extract.dates import DateExpr, context_year, find_dates, resolve
from plenary.extract.doc import Sentence, alternation, initials, split_sentences
from plenary.extract.mentions import find_mentions
from plenary.extract.tense import is_planned
from plenary.ingest import IngestError, read_paths
from plenary.spec import BODIES, Article, Document, Fact, Meeting, Participant

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT.parent / "shared" / "corpus" / "seeds", ROOT / "examples" / "reports")


# --- sentences -------------------------------------------------------------------------------


def texts_of(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_sentence_offsets_equal_the_text_slice() -> None:
    text = "  The summit opened in Minsk.  Leaders arrived.\n\nA headline\nThe end.  "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The summit opened in Minsk.",
        "Leaders arrived.",
        "A headline",
        "The end.",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_abbreviation_st_does_not_end_a_sentence() -> None:
    text = "The summit opened in St. Petersburg on Monday. It ended on Tuesday."
    assert texts_of(text) == [
        "The summit opened in St. Petersburg on Monday.",
        "It ended on Tuesday.",
    ]


def test_an_initial_does_not_end_a_sentence() -> None:
    text = "Prime Minister M. Mishustin spoke first. Then the others spoke."
    assert texts_of(text) == ["Prime Minister M. Mishustin spoke first.", "Then the others spoke."]


@pytest.mark.parametrize(
    "text, first",
    [
        ("They met on Sept. 12 in Baku. It went well.", "They met on Sept. 12 in Baku."),
        ("He met Mr. Aliyev in Baku. It went well.", "He met Mr. Aliyev in Baku."),
        ("U.S. officials were not invited. It went well.", "U.S. officials were not invited."),
        (
            "Trade grew by 16.2 percent last year. It went well.",
            "Trade grew by 16.2 percent last year.",
        ),
        ('"We agreed," he said. It went well.', '"We agreed," he said.'),
    ],
)
def test_other_abbreviations_and_decimals_do_not_end_a_sentence(text: str, first: str) -> None:
    assert texts_of(text) == [first, "It went well."]


def test_a_line_break_ends_a_sentence_and_starts_a_paragraph() -> None:
    text = "CIS leaders meet in Moscow\nThe summit opened on Tuesday"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "CIS leaders meet in Moscow",
        "The summit opened on Tuesday",
    ]
    assert sentences[0].paragraph < sentences[1].paragraph


def test_russian_sentences_split_too() -> None:
    assert texts_of("Путин прибыл в Минск. Лукашенко встретил его.") == [
        "Путин прибыл в Минск.",
        "Лукашенко встретил его.",
    ]


@given(st.text(alphabet=st.sampled_from("ab .?!\n\"'St»M«1"), max_size=80))
def test_sentences_are_ordered_stripped_slices_of_the_text(text: str) -> None:
    sentences = split_sentences(text)
    last_end = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() != ""
        assert sentence.start >= last_end
        last_end = sentence.end
    # Nothing but whitespace is lost between sentences.
    covered = "".join(s.text for s in sentences)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text)


# --- cue-word patterns ----------------------------------------------------------------------

_WORDS = st.lists(st.text(alphabet="abAB -'", min_size=1, max_size=5), min_size=1, max_size=6)


@given(_WORDS, st.text(alphabet="abAB -'.ſK", max_size=40), st.booleans())
def test_shared_prefix_alternation_matches_as_the_plain_one(
    words: list[str], text: str, ignore_case: bool
) -> None:
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    flags = re.I if ignore_case else 0
    expected = re.compile(rf"(?:{plain})\b", flags)
    shared = re.compile(rf"(?={initials(words)}){alternation(words, ignore_case)}\b", flags)
    assert [m.span() for m in shared.finditer(text)] == [m.span() for m in expected.finditer(text)]


# --- dates -----------------------------------------------------------------------------------


def only_date(text: str) -> DateExpr:
    found = find_dates(text)
    assert len(found) == 1, [d.text for d in found]
    return found[0]


def test_a_full_date_resolves_without_a_publication_date() -> None:
    expr = only_date("The treaty was signed on October 13, 2023, in Bishkek.")
    assert expr.text == "October 13, 2023"
    assert resolve(expr, None, planned=False) == "2023-10-13"


@pytest.mark.parametrize(
    "text", ["on 13 October 2023", "dated 13.10.2023", "on 2023-10-13", "on Oct. 13, 2023"]
)
def test_other_written_forms_of_the_same_day(text: str) -> None:
    assert resolve(only_date(text), None, planned=False) == "2023-10-13"


def test_a_yearless_date_in_the_past_takes_the_publication_year() -> None:
    expr = only_date("The leaders met on October 8.")
    assert resolve(expr, date(2024, 10, 9), planned=False) == "2024-10-08"


def test_a_yearless_past_date_after_the_publication_day_is_last_year() -> None:
    expr = only_date("The leaders met on December 20.")
    assert resolve(expr, date(2024, 10, 9), planned=False) == "2023-12-20"


def test_a_planned_month_stays_a_month() -> None:
    expr = only_date("The next summit will be held in December.")
    assert resolve(expr, date(2024, 10, 8), planned=True) == "2024-12"


def test_a_planned_month_before_the_publication_month_is_next_year() -> None:
    expr = only_date("The next summit will be held in January.")
    assert resolve(expr, date(2024, 12, 20), planned=True) == "2025-01"


def test_a_planned_day_shortly_before_the_publication_day_is_next_year() -> None:
    expr = only_date("The next summit will be held on October 8.")
    assert resolve(expr, date(2024, 10, 20), planned=True) == "2025-10-08"


def test_yesterday_is_the_day_before_publication() -> None:
    expr = only_date("The leaders met yesterday in Astana.")
    assert resolve(expr, date(2024, 10, 9), planned=False) == "2024-10-08"
    assert resolve(expr, date(2024, 3, 1), planned=False) == "2024-02-29"


def test_a_past_weekday_is_the_latest_such_day_before_publication() -> None:
    friday = date(2024, 10, 11)
    assert friday.weekday() == 4
    expr = only_date("The leaders met on Thursday.")
    assert resolve(expr, friday, planned=False) == "2024-10-10"


def test_a_planned_weekday_looks_forward() -> None:
    friday = date(2024, 10, 11)
    expr = only_date("The leaders will meet on Thursday.")
    assert resolve(expr, friday, planned=True) == "2024-10-17"


def test_a_month_range_is_a_period() -> None:
    expr = only_date("Trade grew from January to September 2024.")
    assert expr.is_period
    assert resolve(expr, None, planned=False) == "2024-01/2024-09"


def test_a_quarter_is_a_period_of_its_months() -> None:
    expr = only_date("Trade grew in the third quarter of 2024.")
    assert resolve(expr, None, planned=False) == "2024-07/2024-09"


def test_relative_years_follow_the_publication_year() -> None:
    published = date(2024, 10, 9)
    found = {d.text: resolve(d, published, False) for d in find_dates("last year and next year")}
    assert found == {"last year": "2023", "next year": "2025"}


def test_without_publication_date_or_year_nothing_is_invented() -> None:
    assert resolve(only_date("The leaders met on October 8."), None, planned=False) is None
    assert resolve(only_date("The leaders met yesterday."), None, planned=False) is None
    assert resolve(only_date("The leaders met on Thursday."), None, planned=False) is None


def test_a_context_year_completes_a_yearless_date() -> None:
    expr = only_date("The leaders met on October 8.")
    assert resolve(expr, None, planned=False, fallback_year=2023) == "2023-10-08"


def test_a_year_named_only_as_ahead_or_as_the_previous_session_s_is_not_the_report_s() -> None:
    assert context_year("He will take office on January 1, 2023, succeeding Zas.") == 2022
    assert (
        context_year(
            "Trade reached $47 billion in 2023. The next summit would be held in Tianjin in "
            "2025. The previous SCO summit was held on July 4, 2023. 2025 will be a year of ..."
        )
        == 2024
    )
    assert context_year("The leaders met in 2024; in 2024 trade grew.") == 2024


def test_a_lead_opening_with_its_day_in_full_gives_the_report_s_year() -> None:
    text = (
        "Ministers meet in Ashgabat\n\nOn 10 October 2019, in Ashgabat, the Council of Foreign "
        "Ministers met. The 75th anniversary of the Victory falls in 2020; in 2020 Uzbekistan "
        "chairs, and 2020 will be a year of memory."
    )
    assert context_year(text) == 2019


def test_an_upper_case_city_and_its_date_closed_by_full_stops_are_a_dateline() -> None:
    line = dates.dateline("Title\n\nASTANA. October 14. KAZINFORM - Nazarbayev signed a law.")
    assert line is not None and line[0] == "Astana" and line[1] is not None
    assert (line[1].month, line[1].day) == (10, 14)
    assert dates.dateline("Title\n\nHowever. In May. The talks went on.") is None


def test_the_verb_may_and_a_year_range_are_not_dates() -> None:
    assert find_dates("Leaders may meet again soon.") == []
    assert find_dates("The program for 2025-2027 was adopted.") == []


def test_date_offsets_equal_the_text_slice() -> None:
    text = "On 8 October 2024, and again from January to March 2025, and yesterday."
    found = find_dates(text)
    assert [d.text for d in found] == ["8 October 2024", "from January to March 2025", "yesterday"]
    for expr in found:
        assert text[expr.start : expr.end] == expr.text


@example("On 2024-05-03, 3.05.2024 and 3 May 2024; 1999-2001, 12 2020.")
@given(st.text(alphabet="0129 .-–aM/\n", max_size=40))
def test_numeric_date_forms_are_tried_only_where_numbers_begin(text: str) -> None:
    numbers = [m.start() for m in dates._NUMBER.finditer(text)]
    for form, pattern in dates._PATTERNS:
        if form in dates._NUMERIC:
            tried = dates._starting_at(pattern, text, numbers)
            assert [m.span() for m in tried] == [m.span() for m in pattern.finditer(text)]


# --- tense -----------------------------------------------------------------------------------


def planned_at(text: str, word: str, default: bool = False) -> bool:
    sentence: Sentence = split_sentences(text)[0]
    match = re.search(word, text)
    assert match is not None
    return is_planned(sentence, match.start(), match.end(), default=default)


@pytest.mark.parametrize(
    "text, word, planned",
    [
        ("The leaders will sign the agreement in Minsk.", "sign", True),
        ("The summit was held in Moscow on Tuesday.", "summit", False),
        ("The next summit is scheduled for October 2025.", "summit", True),
        ("Putin is expected to attend the summit.", "summit", True),
        ("The summit took place in Minsk.", "summit", False),
        ("The informal meeting held the day before was attended by all.", "meeting", False),
        (
            "Leaders will gather in Moscow on Tuesday, after the informal meeting held the day "
            "before.",
            "meeting",
            False,
        ),
        (
            "Leaders will gather in Moscow on Tuesday, after the informal meeting held the day "
            "before.",
            "gather",
            True,
        ),
        (
            "The leaders signed the agreement, and next year they will sign another.",
            "signed",
            False,
        ),
        ("Declaration to be adopted at SEEC in Moscow", "SEEC", True),
    ],
)
def test_is_planned_follows_the_nearest_tense_cue(text: str, word: str, planned: bool) -> None:
    assert planned_at(text, word) is planned


def test_completing_a_session_tells_it_is_held() -> None:
    text = "The Council has completed its session in the Kremlin."
    assert planned_at(text, "session", default=True) is False


def test_a_clause_without_tense_cue_takes_the_default() -> None:
    assert planned_at("CIS summit in Moscow", "summit", default=True) is True
    assert planned_at("CIS summit in Moscow", "summit", default=False) is False


# --- mentions --------------------------------------------------------------------------------


def hits(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.key, m.text) for m in find_mentions(text)]


def test_a_person_by_alias() -> None:
    assert hits("Putin met Tokayev.") == [
        ("person", "Vladimir Putin", "Putin"),
        ("person", "Kassym-Jomart Tokayev", "Tokayev"),
    ]
    assert ("person", "Mikhail Mishustin", "M. Mishustin") in hits("M. Mishustin spoke.")
    assert ("person", "Vladimir Putin", "Путин") in hits("Путин прибыл.")


def test_a_state_by_adjective() -> None:
    assert hits("Kazakh officials met a Kyrgyzstani delegation.") == [
        ("state-adj", "KZ", "Kazakh"),
        ("state-adj", "KG", "Kyrgyzstani"),
    ]


def test_bodies_by_name_and_alias() -> None:
    found = hits("the CIS Council of Heads of State and the Council of Foreign Ministers")
    assert [(t, k) for t, k, _ in found] == [
        ("body", "cis-heads-of-state"),
        ("body", "cis-foreign-ministers"),
    ]
    assert hits("the Supreme State Council") == [
        ("body", "union-state-supreme-council", "Supreme State Council")
    ]


@pytest.mark.parametrize("variant", ["St. Petersburg", "St Petersburg", "St.Petersburg"])
def test_place_variants_name_one_city(variant: str) -> None:
    assert hits(f"Leaders met in {variant} on Friday.") == [("place", "Saint Petersburg", variant)]


def test_a_former_city_name_maps_to_the_current_one() -> None:
    assert hits("Nur-Sultan") == [("place", "Astana", "Nur-Sultan")]


def test_hyphenated_saint_petersburg_is_the_city() -> None:
    assert hits("Leaders met in Saint-Petersburg.") == [
        ("place", "Saint Petersburg", "Saint-Petersburg")
    ]


def test_common_words_do_not_hit_names() -> None:
    assert [m for m in find_mentions("All those present were happy.") if m.type == "person"] == []
    assert hits("the XI Forum of Regions") == []
    # Lower-case adjectives are not states: proper names must be capitalized as written.
    assert hits("the russian side") == []


def test_mention_offsets_equal_the_text_slice() -> None:
    text = "Tajik President Emomali Rahmon arrived in St Petersburg for the CIS summit."
    for mention in find_mentions(text):
        assert text[mention.start : mention.end] == mention.text


# --- the whole pipeline ----------------------------------------------------------------------


def run(text: str, published: str | None = "2024-10-09") -> list[Fact]:
    facts = extract(Article(name="unit.txt", text=text, published=published))
    for fact in facts:
        assert fact.span is not None
        assert fact.quote == text[fact.span[0] : fact.span[1]]
    return facts


def meetings(facts: list[Fact]) -> list[Meeting]:
    return [f for f in facts if isinstance(f, Meeting)]


def documents(facts: list[Fact]) -> list[Document]:
    return [f for f in facts if isinstance(f, Document)]


def test_a_held_summit_gives_one_meeting_with_date_and_place() -> None:
    facts = run(
        "The CIS Council of Heads of State met in Dushanbe on October 8, 2024. "
        "The leaders discussed security and trade at the summit."
    )
    found = meetings(facts)
    assert len(found) == 1
    meeting = found[0]
    assert (meeting.body, meeting.date, meeting.place, meeting.planned) == (
        "cis-heads-of-state",
        "2024-10-08",
        "Dushanbe",
        False,
    )


def test_a_preview_gives_a_planned_meeting() -> None:
    facts = run(
        "The CIS Council of Heads of State will meet in Moscow on October 8. "
        "President Vladimir Putin will chair the summit.",
        published="2024-10-01",
    )
    found = meetings(facts)
    assert len(found) == 1
    assert (found[0].body, found[0].date, found[0].place, found[0].planned) == (
        "cis-heads-of-state",
        "2024-10-08",
        "Moscow",
        True,
    )


def test_an_informal_summit_preview_in_st_petersburg() -> None:
    facts = run(
        "An informal summit of the CIS heads of state will take place in St Petersburg on "
        "December 26.",
        published="2024-12-20",
    )
    (meeting,) = meetings(facts)
    assert (meeting.date, meeting.place, meeting.planned) == (
        "2024-12-26",
        "Saint Petersburg",
        True,
    )
    assert meeting.formats == ["informal"]


def test_narrow_and_extended_formats() -> None:
    facts = run(
        "The CIS heads of state met in Moscow on October 8, 2024, first in a narrow format and "
        "then in an extended format."
    )
    (meeting,) = meetings(facts)
    assert sorted(meeting.formats) == ["extended", "narrow"]


def test_a_bilateral_meeting_names_its_two_parties() -> None:
    facts = run("Vladimir Putin held talks with Ilham Aliyev in Dushanbe on October 8, 2024.")
    (meeting,) = meetings(facts)
    assert meeting.body == "bilateral"
    assert set(meeting.parties or []) == {"RU", "AZ"}
    people = {f.person: f.state for f in facts if isinstance(f, Participant)}
    assert people == {"Vladimir Putin": "RU", "Ilham Aliyev": "AZ"}


def test_without_publication_date_a_yearless_meeting_date_is_null() -> None:
    (meeting,) = meetings(
        run("The CIS Council of Heads of State met in Moscow on October 8.", None)
    )
    assert meeting.date is None
    assert meeting.place == "Moscow"


def test_a_year_in_the_text_completes_a_yearless_date_without_publication() -> None:
    facts = run(
        "As part of Russia's 2024 chairmanship of the CIS, the CIS Council of Heads of State "
        "met in Moscow on October 8.",
        None,
    )
    (meeting,) = meetings(facts)
    assert meeting.date == "2024-10-08"


def test_a_quoted_document_title_with_adopted() -> None:
    facts = run(
        'The leaders adopted the "Declaration on the Principles of Cooperation in Digital '
        'Development" at the summit of CIS heads of state in Moscow on October 8, 2024.'
    )
    (document,) = documents(facts)
    assert document.title == "Declaration on the Principles of Cooperation in Digital Development"
    assert document.action == "adopted"
    assert document.planned is False
    assert document.meeting is not None and document.meeting.body == "cis-heads-of-state"


def test_a_document_to_be_signed_is_planned() -> None:
    facts = run(
        "At the summit of CIS heads of state in Moscow on October 8, the leaders will sign the "
        "Agreement on Cooperation in Cybersecurity.",
        published="2024-10-01",
    )
    (document,) = documents(facts)
    assert (document.title, document.action, document.planned) == (
        "Agreement on Cooperation in Cybersecurity",
        "signed",
        True,
    )


def test_states_that_ratified_are_listed() -> None:
    facts = run(
        "Kazakhstan, Belarus and Armenia ratified the Agreement on the International Russian "
        "Language Organization."
    )
    (document,) = documents(facts)
    assert document.action == "ratified"
    assert sorted(document.states) == ["AM", "BY", "KZ"]


def test_generic_documents_are_not_facts() -> None:
    facts = run(
        "The leaders adopted several key agreements at the summit of CIS heads of state in "
        "Moscow on October 8, 2024."
    )
    assert documents(facts) == []


def test_an_informal_meeting_the_day_before_is_dated() -> None:
    facts = run(
        "The CIS heads of state met in Moscow on October 8, 2024. "
        "The informal meeting held the day before was attended by all leaders."
    )
    informal = [m for m in meetings(facts) if "informal" in m.formats]
    assert len(informal) == 1
    assert informal[0].planned is False
    assert informal[0].date == "2024-10-07"


def corpus_articles() -> list[Article]:
    articles: list[Article] = []
    for item in read_paths([p for p in CORPUS if p.exists()]):
        assert not isinstance(item, IngestError), item
        articles.append(item)
    return articles


def test_on_every_project_text_each_quote_is_its_span_and_bodies_are_known() -> None:
    articles = corpus_articles()
    assert len(articles) >= 30  # examples/reports alone has more
    total = 0
    for article in articles:
        facts = extract(article)
        total += len(facts)
        starts = [f.span[0] for f in facts if f.span is not None]
        assert starts == sorted(starts), article.name
        for fact in facts:
            assert fact.span is not None, (article.name, fact)
            assert fact.quote == article.text[fact.span[0] : fact.span[1]], (article.name, fact)
            if isinstance(fact, Meeting):
                assert fact.body in BODIES, (article.name, fact.body)
    assert total > len(articles)


def test_that_year_is_the_year_last_told_and_a_yearless_day_before_it_takes_it() -> None:
    published = date(2025, 3, 1)
    text = (
        "Kazakhstan joined on January 2, 2015, and Kyrgyzstan completed its accession on "
        "August 12 the same year. India chaired the council in 2020, and hosted it that year."
    )
    found = {d.text: resolve(d, published, False) for d in find_dates(text)}
    assert found == {
        "January 2, 2015": "2015-01-02",
        "August 12 the same year": "2015-08-12",
        "2020": "2020",
        "that year": "2020",
    }
    assert [d.text for d in find_dates("That year was hard.")] == []
