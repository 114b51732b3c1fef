"""Reconcile stored facts into registry records: sessions, documents with per-state actions,
people, awards, appointments, chairmanships, statistics, initiatives. No database code here."""

from plenary.registry.model import RECORD_TYPES, Claim, Registry, StoredFact
from plenary.registry.reconcile import reconcile

__all__ = ["RECORD_TYPES", "Claim", "Registry", "StoredFact", "reconcile"]
