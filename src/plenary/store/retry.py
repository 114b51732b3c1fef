"""One transaction, retried when the database gives it up for a reason another attempt can
succeed on: a serialization failure or a deadlock on PostgreSQL, a locked file on SQLite.

The work is a function of the connection and runs again from the start on each attempt, so it
must not depend on anything a failed attempt consumed."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from plenary.store.db import Store

T = TypeVar("T")
ATTEMPTS = 6
RETRY_STATES = {"40001", "40P01"}
"""SQLSTATE serialization_failure and deadlock_detected."""


def retryable(exc: DBAPIError) -> bool:
    """Whether the transaction was refused for a reason a fresh attempt can get past."""
    state = getattr(exc.orig, "sqlstate", None)
    if state in RETRY_STATES:
        return True
    return "database is locked" in str(exc.orig) or "database table is locked" in str(exc.orig)


def transaction(store: Store, work: Callable[[Connection], T], attempts: int = ATTEMPTS) -> T:
    """`work(conn)` inside one transaction, committed; retried with a short random backoff
    (at most `attempts` times in all) when the database reports a retryable failure."""
    for attempt in range(1, attempts + 1):
        try:
            with store.engine.begin() as conn:
                return work(conn)
        except DBAPIError as exc:
            if attempt == attempts or not retryable(exc):
                raise
            time.sleep(random.uniform(0, 0.02 * 2**attempt))
    raise AssertionError("unreachable")
