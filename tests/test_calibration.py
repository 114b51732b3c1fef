"""The confidence table: fitted per cell (raw score and how precisely the session is dated),
read finer cell first, and a fact never surer than the session it cites."""

from __future__ import annotations

from pathlib import Path

import pytest

from plenary.extract import calibration
from plenary.spec import Chairmanship, Fact, Meeting, MeetingRef, Participant


def participant(confidence: float, date: str | None) -> Participant:
    ref = MeetingRef(body="cis-heads-of-state", date=date, place="Moscow")
    return Participant(person="Shavkat Mirziyoyev", state="UZ", meeting=ref, confidence=confidence)


def test_cells_name_the_raw_score_and_the_precision_of_the_session_s_date() -> None:
    assert calibration.cells(participant(0.95, "2024-10-08")) == ("0.95 day", "0.95")
    assert calibration.cells(participant(0.95, "2024-10")) == ("0.95 month", "0.95")
    assert calibration.cells(participant(0.95, None)) == ("0.95 none", "0.95")
    meeting = Meeting(body="cis-heads-of-state", date="2024", confidence=0.8)
    assert calibration.cells(meeting) == ("0.80 year", "0.80")
    chair = Chairmanship(org="cis", state="TJ", year=2025, confidence=0.8)
    assert calibration.cells(chair) == ("0.80", "0.80")


def test_fit_measures_every_cell_and_calibrate_reads_the_finer_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcomes: list[tuple[Fact, bool]] = [(participant(0.95, "2024-10-08"), True)] * 40 + [
        (participant(0.95, None), False)
    ] * 10
    fitted = calibration.fit(outcomes)
    cells = fitted["participant"]
    assert cells["0.95 day"] > 0.9 > cells["0.95"] > cells["0.95 none"] == 0.0
    table = tmp_path / "calibration.yaml"
    monkeypatch.setattr(calibration, "table_path", lambda: table)
    calibration.write(fitted, source="a test", path=table)
    try:
        dated, undated, unseen = (
            participant(0.95, "2024-10-08"),
            participant(0.95, None),
            participant(0.95, "2024-10"),
        )
        calibration.calibrate([dated, undated, unseen])
        assert dated.confidence == cells["0.95 day"]
        assert undated.confidence == 0.0
        assert unseen.confidence == cells["0.95"]  # no month cell was fitted: the raw score's
    finally:
        calibration.table.cache_clear()


def test_a_fact_is_no_surer_than_the_meeting_it_cites() -> None:
    meeting = Meeting(body="cis-heads-of-state", date="2024-10-08", place="Moscow", confidence=0.5)
    person = participant(0.99, "2024-10-08")
    calibration.calibrate([meeting, person])
    assert person.confidence is not None and meeting.confidence is not None
    assert person.confidence <= meeting.confidence


def test_the_table_is_fitted_on_several_parts_and_an_article_in_two_is_an_error(
    tmp_path: Path,
) -> None:
    from shutil import copy

    from plenary.evaluate import GoldError, calibration_outcomes

    examples = Path(__file__).resolve().parents[1] / "examples"
    names = ["1305_kremlin_putin_zhaparov_talks_moscow_2021.txt", "100_dushanbe_cis_summit.txt"]
    parts = []
    for index, name in enumerate(names):
        part = tmp_path / f"part{index}"
        (part / "gold").mkdir(parents=True)
        (part / "reports").mkdir()
        copy(examples / "gold/dev" / f"{name}.json", part / "gold")
        copy(examples / "reports/dev" / name, part / "reports")
        parts.append(part)
    alone = [len(calibration_outcomes([p / "gold"], [p / "reports"])) for p in parts]
    both = calibration_outcomes([p / "gold" for p in parts], [p / "reports" for p in parts])
    assert len(both) == sum(alone) and min(alone) > 0
    with pytest.raises(GoldError, match="given twice"):
        calibration_outcomes([parts[0] / "gold", parts[0] / "gold"], [parts[0] / "reports"])
