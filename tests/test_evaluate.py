"""The scoring contract of spec/facts.md: what matches, what counts, and what the CLI prints."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from plenary.cli import app
from plenary.evaluate import (
    GoldError,
    attribute_accuracy,
    best_sentence,
    calibration,
    key_match,
    kind_counts,
    load_gold,
    micro,
    score_article,
    sentence_spans,
)
from plenary.spec import Fact, GoldFile, fact_from_dict

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold" / "seeds"


def fact(**fields: Any) -> Fact:
    return fact_from_dict(fields)


def matches(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    return key_match(fact(**gold), fact(**predicted)) is not None


MOSCOW = {"kind": "meeting", "body": "cis-heads-of-state", "date": "2024-10-08", "place": "Moscow"}


# --- keys, kind by kind ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, True),
        ({"date": "2024-10"}, True),
        ({"date": "2024"}, True),
        ({"date": None}, True),
        ({"date": "2024-10-09"}, False),
        ({"place": "MOSCOW"}, True),
        ({"place": None}, True),
        ({"place": "Bishkek"}, False),
        ({"body": "cis-heads-of-government"}, False),
        ({"planned": True}, False),
        ({"formats": ["narrow"]}, True),
    ],
)
def test_meeting_key(changes: dict[str, Any], expected: bool) -> None:
    assert matches(MOSCOW, {**MOSCOW, **changes}) is expected


def test_meeting_without_date_and_place_matches_only_gold_without_both() -> None:
    vague = {"kind": "meeting", "body": "cis-heads-of-state", "date": None, "place": None}
    assert not matches(MOSCOW, vague)
    assert not matches({**MOSCOW, "date": None}, vague)
    assert matches(vague, vague)


def test_bilateral_meetings_compare_parties_as_sets() -> None:
    gold = {"kind": "meeting", "body": "bilateral", "parties": ["RU", "AZ"], "place": "Moscow"}
    assert matches(gold, {**gold, "parties": ["AZ", "RU"]})
    assert not matches(gold, {**gold, "parties": ["RU", "AM"]})
    assert not matches(gold, {**gold, "parties": None})


NEMATOV = {
    "kind": "participant",
    "person": "Ilhom Nematov",
    "state": None,
    "org": "cis",
    "meeting": {"body": "cis-heads-of-state", "date": "2024-10-08"},
}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"person": "Ilkhom Nematov"}, True),
        ({"person": "Ilhom Toychievich Nematov"}, True),
        ({"person": "Sergey Lebedev"}, False),
        ({"org": "eaeu"}, False),
        ({"state": "UZ"}, False),
        ({"meeting": None}, True),
        ({"meeting": {"body": "cis-heads-of-state", "place": "Moscow"}}, True),
        ({"meeting": {"body": "cis-heads-of-state", "date": "2023-10-13"}}, False),
        ({"meeting": {"body": "cis-heads-of-government", "date": "2024-10-08"}}, False),
        ({"meeting": {"body": "cis-heads-of-state", "date": "2024", "place": "Bishkek"}}, True),
        ({"role": "Deputy Secretary General"}, True),
    ],
)
def test_participant_key(changes: dict[str, Any], expected: bool) -> None:
    assert matches(NEMATOV, {**NEMATOV, **changes}) is expected


def test_participant_of_a_state_needs_the_same_state() -> None:
    putin = {"kind": "participant", "person": "Vladimir Putin", "state": "RU"}
    assert matches(putin, {**putin, "person": "V. Putin"})
    assert not matches(putin, {**putin, "state": "BY"})
    assert not matches(putin, {**putin, "state": None, "org": "cis"})


PROGRAM = {
    "kind": "document",
    "title": "Cooperation Program of the Member States of the Commonwealth of Independent States "
    "for 2025-2027 in the Field of Deradicalization",
    "action": "adopted",
}


def test_document_key_needs_same_action_and_similar_title() -> None:
    other_wording = "Cooperation Program of the CIS Member States in the Field of Deradicalization"
    assert matches(PROGRAM, {**PROGRAM, "title": other_wording})
    assert not matches(PROGRAM, {**PROGRAM, "action": "signed"})
    light = "Concept of Development of Cooperation in the Field of Light Industry"
    assert not matches(PROGRAM, {**PROGRAM, "title": light})


def test_appointment_key_is_person_and_action() -> None:
    gold = {"kind": "appointment", "person": "Yevgeny Sysoyev", "action": "extended"}
    assert matches(gold, {**gold, "person": "Evgeny Sysoev", "post": "anything"})
    assert not matches(gold, {**gold, "action": "appointed"})
    assert not matches(gold, {**gold, "person": "Viktor Afzalov"})


def test_award_key_is_recipient_and_similar_award() -> None:
    gold = {"kind": "award", "recipient": "Ilhom Nematov", "award": "Order of Friendship"}
    assert matches(gold, {**gold, "recipient": "Ilkhom Nematov", "by": "Vladimir Putin"})
    assert matches(gold, {**gold, "award": "Order of Friendship of the Russian Federation"})
    assert not matches(gold, {**gold, "award": "CIS Certificate of Honor"})
    assert not matches(gold, {**gold, "recipient": "Andrey Kondrashov"})


def test_chairmanship_key_is_org_state_year() -> None:
    gold = {"kind": "chairmanship", "org": "cis", "state": "RU", "year": 2024}
    assert matches(gold, {**gold, "planned": True})
    assert not matches(gold, {**gold, "year": 2025})
    assert not matches(gold, {**gold, "state": "TJ"})
    assert not matches(gold, {**gold, "org": "eaeu"})


SHARE = {"kind": "statistic", "subject": "RU", "value": 16.2, "unit": "%", "indicator": "share"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"value": 16.21}, True),  # 0.06% off
        ({"value": 16.25}, False),  # 0.3% off
        ({"unit": "USD"}, False),
        ({"subject": "BY"}, False),
        ({"subject": None}, False),
        ({"indicator": "something else entirely", "qualifier": "over"}, True),
    ],
)
def test_statistic_key(changes: dict[str, Any], expected: bool) -> None:
    assert matches(SHARE, {**SHARE, **changes}) is expected


def test_statistic_subject_counts_only_where_gold_has_one() -> None:
    gold = {**SHARE, "subject": None}
    assert matches(gold, {**gold, "subject": "RU"})
    trillions = {**SHARE, "value": 10_000_000_000_000, "unit": "RUB"}
    assert matches(trillions, {**trillions, "value": 10_005_000_000_000})
    assert not matches(trillions, {**trillions, "value": 10_500_000_000_000})


def test_initiative_key_is_person_and_similar_subject() -> None:
    gold = {
        "kind": "initiative",
        "by": "Kokhir Rasulzoda",
        "subject": "CIS digital agenda until 2030",
    }
    assert matches(gold, {**gold, "by": "Kokhir Rasulzod", "subject": "a CIS digital agenda"})
    assert not matches(gold, {**gold, "subject": "unified customs transit system"})
    assert not matches(gold, {**gold, "by": "Mikhail Mishustin"})


def test_kinds_never_match_each_other() -> None:
    assert not matches(
        {"kind": "chairmanship", "org": "cis", "state": "RU", "year": 2024},
        {"kind": "statistic", "value": 2024},
    )


# --- one-to-one assignment and optional gold ---------------------------------------------------


def test_each_gold_fact_takes_one_prediction_the_closest() -> None:
    gold = [fact(kind="award", recipient="Ilhom Nematov", award="Order of Friendship")]
    loose = fact(kind="award", recipient="Ilhom Nematov", award="Friendship Order of Honour")
    exact = fact(kind="award", recipient="Ilhom Nematov", award="Order of Friendship")
    score = score_article(gold, [loose, exact])
    assert [m.predicted for m in score.matches] == [exact]
    assert score.false == [loose]
    assert score.missed == []


def test_attribute_agreement_breaks_ties() -> None:
    gold = [fact(**NEMATOV, role="Deputy Secretary General of the CIS")]
    wrong = fact(**NEMATOV, role="Secretary General")
    right = fact(**NEMATOV, role="Deputy Secretary General of the CIS")
    score = score_article(gold, [wrong, right])
    assert [m.predicted for m in score.matches] == [right]


def test_two_gold_facts_get_two_predictions() -> None:
    gold = [fact(**MOSCOW), fact(**{**MOSCOW, "date": "2023-10-13", "place": "Bishkek"})]
    predicted = [fact(**{**MOSCOW, "date": "2023-10", "place": "Bishkek"}), fact(**MOSCOW)]
    score = score_article(gold, predicted)
    assert len(score.matches) == 2
    assert not score.missed
    assert not score.false


def test_optional_gold_is_neither_hit_nor_miss() -> None:
    required = fact(kind="chairmanship", org="cis", state="RU", year=2024)
    optional = fact(kind="chairmanship", org="cis", state="TJ", year=2025, optional=True)
    found = score_article([required, optional], [required, optional])
    assert (len(found.matches), len(found.optional_matches), found.false) == (1, 1, [])
    not_found = score_article([required, optional], [required])
    assert not_found.missed == []
    counts = kind_counts([found])["chairmanship"]
    assert (counts.tp, counts.fp, counts.fn, counts.optional) == (1, 0, 0, 1)
    assert micro(kind_counts([found])).f1 == 1.0


def test_a_prediction_fitting_required_and_optional_gold_counts_as_a_hit() -> None:
    # The prediction is spelled exactly as the optional fact, yet the required one takes it.
    required = fact(**{**NEMATOV, "person": "Ilkhom Nematov"})
    optional = fact(**NEMATOV, optional=True)
    score = score_article([optional, required], [fact(**NEMATOV)])
    assert [m.gold for m in score.matches] == [required]
    assert score.optional_matches == []
    assert score.missed == []


# --- counts, micro-F1, attributes, calibration --------------------------------------------------


def test_micro_f1_by_hand() -> None:
    gold = [
        fact(kind="chairmanship", org="cis", state="RU", year=2024),
        fact(kind="chairmanship", org="cis", state="TJ", year=2025),
        fact(**MOSCOW),
        fact(kind="award", recipient="A B", award="Order of Glory", optional=True),
    ]
    predicted = [
        fact(kind="chairmanship", org="cis", state="RU", year=2024),
        fact(kind="chairmanship", org="cis", state="KZ", year=2025),
        fact(**MOSCOW),
        fact(kind="statistic", value=5, unit="%"),
    ]
    counts = kind_counts([score_article(gold, predicted)])
    assert list(counts) == ["meeting", "chairmanship", "statistic"]
    c = counts["chairmanship"]
    assert (c.gold, c.predicted, c.tp, c.fp, c.fn) == (2, 2, 1, 1, 1)
    assert (c.precision, c.recall, c.f1) == (0.5, 0.5, 0.5)
    total = micro(counts)
    assert (total.tp, total.fp, total.fn) == (2, 2, 1)
    # P = 2/4, R = 2/3, F1 = 2PR / (P + R) = 4/7
    assert total.precision == pytest.approx(0.5)
    assert total.recall == pytest.approx(2 / 3)
    assert total.f1 == pytest.approx(4 / 7)


def test_nothing_predicted_scores_zero() -> None:
    total = micro(kind_counts([score_article([fact(**MOSCOW)], [])]))
    assert (total.precision, total.recall, total.f1) == (0.0, 0.0, 0.0)


def test_attribute_accuracy_on_fields_outside_the_key() -> None:
    gold = [
        fact(**NEMATOV, role="Deputy Secretary General"),
        fact(**MOSCOW, formats=["narrow", "extended"]),
        fact(**PROGRAM, states=["RU", "BY"], planned=True),
        fact(**SHARE, period="2024-01/2024-09", qualifier="over"),
    ]
    predicted = [
        fact(**{**NEMATOV, "meeting": None}, role="deputy secretary general"),
        fact(**MOSCOW, formats=["extended", "narrow"]),
        fact(**PROGRAM, states=["BY"]),
        fact(**SHARE, period="2024", qualifier="over"),
    ]
    tallies = attribute_accuracy([score_article(gold, predicted)])
    got = {name: (t.correct, t.total) for name, t in tallies.items()}
    assert got == {
        "meeting.formats": (1, 1),
        "participant.meeting": (0, 1),
        "participant.planned": (1, 1),
        "participant.role": (1, 1),
        "document.meeting": (1, 1),
        "document.planned": (0, 1),
        "document.states": (0, 1),
        "statistic.period": (0, 1),
        "statistic.planned": (1, 1),
        "statistic.qualifier": (1, 1),
    }


def test_calibration_bins_count_hits_and_leave_optional_out() -> None:
    gold = [
        fact(kind="chairmanship", org="cis", state="RU", year=2024),
        fact(kind="chairmanship", org="cis", state="BY", year=2024),
        fact(kind="chairmanship", org="cis", state="TJ", year=2025, optional=True),
    ]
    predicted = [
        fact(kind="chairmanship", org="cis", state="RU", year=2024, confidence=1.0),
        fact(kind="chairmanship", org="cis", state="KZ", year=2024, confidence=0.95),
        fact(kind="chairmanship", org="cis", state="TJ", year=2025, confidence=0.92),
        fact(kind="chairmanship", org="cis", state="BY", year=2024, confidence=0.6),
        fact(kind="chairmanship", org="cis", state="AM", year=2024, confidence=0.3),
        fact(kind="chairmanship", org="cis", state="AZ", year=2024),
    ]
    bins = calibration([score_article(gold, predicted)])
    got = [(b.label, b.count, b.precision) for b in bins]
    assert got == [
        ("[0.0, 0.5)", 1, 0.0),
        ("[0.5, 0.7)", 1, 1.0),
        ("[0.7, 0.9)", 0, 0.0),
        ("[0.9, 1.0]", 2, 0.5),
    ]


# --- the gold seeds and the sentences errors are shown with -------------------------------------


def _seed_files() -> list[GoldFile]:
    if not SEEDS.is_dir():
        pytest.skip(f"the shared gold seeds are not at {SEEDS}")
    return list(load_gold(SEEDS).values())


def test_gold_seeds_score_perfectly_against_themselves() -> None:
    scores = [score_article(g.facts, g.facts) for g in _seed_files()]
    assert len(scores) == 5
    total = micro(kind_counts(scores))
    assert total.f1 == 1.0
    assert total.fp == total.fn == 0
    assert total.tp == sum(not f.optional for g in _seed_files() for f in g.facts)


def test_gold_seeds_do_not_match_each_others_article() -> None:
    gold = {g.article[:3]: g.facts for g in _seed_files()}
    assert micro(kind_counts([score_article(gold["003"], gold["004"])])).tp == 0


def test_a_missed_fact_is_shown_with_the_sentence_that_holds_it() -> None:
    text = (
        "Leaders met in Moscow. Ilkhom Nematov, CIS Deputy Secretary-General, will receive "
        "Russia's Order of Friendship. Putin will award the CIS Certificate of Honor."
    )
    award = fact(kind="award", recipient="Ilhom Nematov", award="Order of Friendship")
    assert best_sentence(text, award) == (
        "Ilkhom Nematov, CIS Deputy Secretary-General, will receive Russia's Order of Friendship."
    )
    spanned = fact(kind="award", recipient="X Y", award="Z", span=[125, 130])
    assert best_sentence(text, spanned) == "Putin will award the CIS Certificate of Honor."


def test_sentences_do_not_end_at_initials_or_saints() -> None:
    text = "Putin will give Lukashenko the Order of St. Andrew. V. Putin said so.\nNext"
    got = [text[a:b] for a, b in sentence_spans(text)]
    assert got == [
        "Putin will give Lukashenko the Order of St. Andrew.",
        "V. Putin said so.",
        "Next",
    ]


def test_a_broken_gold_file_stops_the_evaluation(tmp_path: Path) -> None:
    (tmp_path / "a.txt.json").write_text('{"article": "a.txt", "facts": [{"kind": "meeting"}]}')
    with pytest.raises(GoldError, match="a.txt.json"):
        load_gold(tmp_path)


# --- the command ------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    (gold / "nested").mkdir(parents=True)
    (articles / "a.txt").write_text("The CIS summit was held in Moscow on October 8, 2024.\n")
    (articles / "b.txt").write_text("An article nobody wrote gold for.\n")
    facts = [{**MOSCOW, "planned": False}]
    (gold / "nested" / "a.txt.json").write_text(json.dumps({"article": "a.txt", "facts": facts}))
    (gold / "c.txt.json").write_text(json.dumps({"article": "c.txt", "facts": facts}))
    return articles, gold


def test_cli_last_line_is_micro_f1(corpus: tuple[Path, Path]) -> None:
    articles, gold = corpus
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), str(articles)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"micro-F1 [01]\.\d{3}", result.stdout.splitlines()[-1])
    assert "no gold file for article b.txt" in result.stderr
    assert "no article for gold file of c.txt" in result.stderr


# A fact no extractor can find in a.txt: the text never names Ashgabat, so it is always missed.
UNFINDABLE = {
    "kind": "meeting",
    "body": "cis-heads-of-state",
    "date": "2024-05",
    "place": "Ashgabat",
    "planned": False,
}


def test_cli_errors_and_json(corpus: tuple[Path, Path]) -> None:
    articles, gold = corpus
    facts = [{**MOSCOW, "planned": False}, UNFINDABLE]
    (gold / "nested" / "a.txt.json").write_text(json.dumps({"article": "a.txt", "facts": facts}))
    runner = CliRunner()
    listed = runner.invoke(app, ["evaluate", "--gold", str(gold), "--errors", str(articles)])
    assert listed.exit_code == 0, listed.output
    lines = listed.stdout.splitlines()
    missed = [i for i, line in enumerate(lines) if line.startswith("missed meeting:")]
    assert any("place=Ashgabat" in lines[i] for i in missed), listed.stdout
    shown_with = [lines[i + 1] for i in missed if "place=Ashgabat" in lines[i]]
    assert "The CIS summit was held in Moscow" in shown_with[0]
    shown = runner.invoke(app, ["evaluate", "--gold", str(gold), "--json", str(articles)])
    data = json.loads(shown.stdout)
    assert [a["article"] for a in data["articles"]] == ["a.txt"]
    assert data["kinds"]["meeting"]["gold"] == 2
    assert UNFINDABLE.items() <= data["articles"][0]["missed"][-1].items()
    assert data["micro"]["recall"] <= 0.5
    assert set(data["micro"]) >= {"precision", "recall", "f1"}


def test_cli_scores_one_language_apart(corpus: tuple[Path, Path]) -> None:
    articles, gold = corpus
    (articles / "r.txt").write_text(
        "Саммит СНГ прошёл в Москве 8 октября 2024 года. Лидеры подписали заявление.\n"
    )
    facts = [{**MOSCOW, "planned": False}, UNFINDABLE]
    (gold / "r.txt.json").write_text(json.dumps({"article": "r.txt", "facts": facts}))
    runner = CliRunner()
    scored = {}
    for language in ("en", "ru"):
        args = ["evaluate", "--gold", str(gold), "--json", "--language", language]
        result = runner.invoke(app, [*args, str(articles)])
        assert result.exit_code == 0, result.output
        scored[language] = json.loads(result.stdout)
        assert "no article for gold file of r.txt" not in result.stderr
    assert [a["article"] for a in scored["en"]["articles"]] == ["a.txt"]
    assert [a["article"] for a in scored["ru"]["articles"]] == ["r.txt"]
    assert scored["ru"]["micro"]["gold"] == 2


def test_the_extractor_reads_the_seed_reports_as_their_gold_does() -> None:
    """The seeds are the reference every rule is written to keep: a rule that helps elsewhere
    and costs one seed fact is found here, not in a later session's note."""
    reports = SEEDS.parent.parent / "corpus" / "seeds"
    if not reports.is_dir():
        pytest.skip(f"the shared seed reports are not at {reports}")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(SEEDS), str(reports)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "micro-F1 1.000"
