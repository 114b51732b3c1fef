"""Plenary: a sourced registry of multilateral diplomacy, kept current from the news."""

__version__ = "0.1.0"
