"""Years read off the posts of the people a report names (extract/tenure.py)."""

from __future__ import annotations

from plenary.extract import extract
from plenary.extract.tenure import tenure_years
from plenary.spec import Article, Meeting


def test_two_presidents_in_office_together_narrow_the_years() -> None:
    # Jeenbekov was President of Kyrgyzstan 2017-11 to 2020-10, Tokayev of Kazakhstan from 2019-03
    presidents = [("Sooronbay Jeenbekov", "President"), ("Kassym-Jomart Tokayev", "President")]
    assert tenure_years(presidents, 11, 28) == {2019}
    # without titles, any of their posts counts: Jeenbekov was Prime Minister, Tokayev Speaker
    untitled = [("Sooronbay Jeenbekov", None), ("Kassym-Jomart Tokayev", None)]
    assert tenure_years(untitled, 11, 28) == {2016, 2017, 2018, 2019}


def test_one_person_or_unknown_people_say_nothing() -> None:
    assert tenure_years([("Sooronbay Jeenbekov", "President")], 11, 28) == set()
    assert tenure_years([("Nobody Known", None), ("Someone Else", None)], 11, 28) == set()


def test_a_dateline_without_a_year_takes_the_year_its_leaders_were_in_office() -> None:
    text = (
        "Bishkek, 28 November (BelTA) - The session of the CSTO Collective Security Council was "
        "chaired by President of Kyrgyzstan Sooronbay Jeenbekov. It was attended by President of "
        "Kazakhstan Kassym-Jomart Tokayev. In 2020 the chairmanship passes to Russia, and from "
        "January 1, 2020 the new secretary general takes office."
    )
    found = [f for f in extract(Article(name="a.txt", text=text)) if isinstance(f, Meeting)]
    assert [(m.body, m.date) for m in found][0] == (
        "csto-collective-security-council",
        "2019-11-28",
    )
