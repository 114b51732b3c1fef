"""Publication dates as `YYYY-MM-DD` or `YYYY-MM`: the reference relative dates resolve against."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_tz

_MONTH = re.compile(r"(\d{4})-(\d{2})")


def normalize_published(value: str) -> str:
    """Normalize an ISO date, ISO datetime, `YYYY-MM` or RFC 822 date; raise ValueError otherwise.

    The calendar date is kept as the publisher wrote it (no conversion to UTC), since that is the
    date "yesterday" and "today" in the report refer to.
    """
    text = value.strip()
    month = _MONTH.fullmatch(text)
    if month:
        year, mon = int(month[1]), int(month[2])
        if 1 <= mon <= 12:
            return f"{year:04d}-{mon:02d}"
        raise ValueError(_message(value))
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    parts = parsedate_tz(text)
    if parts is not None:
        try:
            return date(parts[0], parts[1], parts[2]).isoformat()
        except ValueError:
            pass
    raise ValueError(_message(value))


def _message(value: str) -> str:
    return f"not a date: {value!r} (expected YYYY-MM-DD, YYYY-MM or an RFC 822 date)"
