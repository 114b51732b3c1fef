"""Years a report can be from, read off the posts of the people it names.

A report without a publication date that names Presidents Jeenbekov and Tokayev on
"28 November" is from 2019: the only 28 November both held office. Where the text's own years
disagree (it names next year's chairmanship twice), the tenures of the people it names decide.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache

from plenary.reference import Person, Post, load

_YEARS = range(2000, date.today().year + 1)  # a report is not from the future


@cache
def _by_name() -> dict[str, Person]:
    return {person.name: person for person in load().people}


def tenure_years(
    named: Iterable[tuple[str, str | None]], month: int, day: int, weekday: int | None = None
) -> set[int]:
    """The years whose `month`-`day` falls within the posts of the most people named, each
    with the title the text gives them if any ("President of Kyrgyzstan Sooronbay Jeenbekov"
    counts his presidency, not his premiership); none where fewer than two named people have
    dated posts. With a `weekday` (the lead's "on Friday"), only years in which the day is
    that weekday."""
    people: dict[str, list[Post]] = {}
    for name, title in named:
        person = _by_name().get(name)
        if person is None or not person.posts:
            continue
        posts = [p for p in person.posts if title is None or p.title.lower() == title.lower()]
        held = people.setdefault(name, [])  # once each, however often the person is named
        held.extend(post for post in posts or person.posts if post not in held)
    if len(people) < 2:
        return set()
    counts: dict[int, int] = {}
    for year in _YEARS:
        try:
            day_of_year = date(year, month, day)
        except ValueError:
            continue
        if weekday is not None and day_of_year.weekday() != weekday:
            continue
        on = day_of_year.isoformat()
        counts[year] = sum(
            1 for posts in people.values() if any(post.held_on(on) for post in posts)
        )
    best = max(counts.values(), default=0)
    return {year for year, count in counts.items() if count == best} if best >= 2 else set()
