"""The tables: articles and facts (the log), and the registry derived from them.

Registry tables are typed, one per record type, with child tables for a session's participants,
a document's actions and a person's names; `claims` ties every field to the facts it rests on.
Column names equal the record fields of `plenary.registry.model`, so rows map one to one.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = String(300)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True, comment="sha256 of the text"),
    Column("name", String(500), nullable=False),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("published", String(10)),
    Column("outlet", String(200)),
    Column("url", Text),
    Column("language", String(10)),
    Column("text", Text, nullable=False),
    Column("first_seen", String(32), nullable=False),
    Column(
        "cluster",
        String(64),
        comment="id of the original this article reprints (plenary batch's clusters)",
    ),
)

facts = Table(
    "facts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("quote", Text),
    Column("confidence", Float),
    Column("extractor_version", String(100), nullable=False),
    Index("ix_facts_article_id", "article_id"),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", ID, primary_key=True),
    Column("body", String(100), nullable=False),
    Column("org", String(100)),
    Column("date", String(10)),
    Column("place", String(200)),
    Column("formats", JSON, nullable=False),
    Column("status", String(20), nullable=False),
    Column("informal", Boolean, nullable=False),
    Column("parties", JSON),
    Column("documents", JSON, nullable=False),
    Column("conflicts", JSON, nullable=False),
)

session_participants = Table(
    "session_participants",
    metadata,
    Column("session_id", ID, ForeignKey("sessions.id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("person", ID, ForeignKey("people.id"), nullable=False),
    Column("state", String(10)),
    Column("org", String(100)),
    Column("role", Text),
    Column("planned", Boolean, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", ID, primary_key=True),
    Column("title", Text, nullable=False),
    Column("titles", JSON, nullable=False),
    Column("org", String(100)),
    Column("as_of", String(10)),
    Column("state_status", JSON, nullable=False),
)

document_actions = Table(
    "document_actions",
    metadata,
    Column("document_id", ID, ForeignKey("documents.id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("action", String(20), nullable=False),
    Column("date", String(10)),
    Column("session", ID, ForeignKey("sessions.id")),
    Column("states", JSON, nullable=False),
    Column("planned", Boolean, nullable=False),
)

people = Table(
    "people",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("known", Boolean, nullable=False),
    Column("posts", JSON, nullable=False),
    Column("sessions", JSON, nullable=False),
    Column("awards", JSON, nullable=False),
    Column("appointments", JSON, nullable=False),
    Column("initiatives", JSON, nullable=False),
)

person_names = Table(
    "person_names",
    metadata,
    Column("person_id", ID, ForeignKey("people.id"), primary_key=True),
    Column("name", String(300), primary_key=True),
)

document_states = Table(
    "document_states",
    metadata,
    Column("state", String(10), primary_key=True),
    Column("document_id", ID, ForeignKey("documents.id"), primary_key=True),
    Index("ix_document_states_document_id", "document_id"),
    comment="the states of each document's state_status, for filtering by state; derived",
)

person_posts = Table(
    "person_posts",
    metadata,
    Column("person_id", ID, ForeignKey("people.id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("state", String(10)),
    Column("org", String(100)),
    Index("ix_person_posts_state", "state", "person_id"),
    Index("ix_person_posts_org", "org", "person_id"),
    comment="the state and organization of each of a person's posts, for filtering; derived",
)

awards = Table(
    "awards",
    metadata,
    Column("id", ID, primary_key=True),
    Column("recipient", ID, ForeignKey("people.id"), nullable=False),
    Column("award", Text, nullable=False),
    Column("by", ID, ForeignKey("people.id")),
    Column("planned", Boolean, nullable=False),
)

appointments = Table(
    "appointments",
    metadata,
    Column("id", ID, primary_key=True),
    Column("person", ID, ForeignKey("people.id"), nullable=False),
    Column("post", Text),
    Column("action", String(20), nullable=False),
    Column("planned", Boolean, nullable=False),
)

chairmanships = Table(
    "chairmanships",
    metadata,
    Column("id", ID, primary_key=True),
    Column("org", String(100), nullable=False),
    Column("state", String(10), nullable=False),
    Column("year", Integer),
    Column("planned", Boolean, nullable=False),
)

statistics = Table(
    "statistics",
    metadata,
    Column("id", ID, primary_key=True),
    Column("indicator", Text),
    Column("subject", String(100)),
    Column("value", Float, nullable=False),
    Column("unit", String(10)),
    Column("qualifier", String(10)),
    Column("period", String(30)),
    Column("conflicts", JSON, nullable=False),
)

initiatives = Table(
    "initiatives",
    metadata,
    Column("id", ID, primary_key=True),
    Column("by", ID, ForeignKey("people.id"), nullable=False),
    Column("state", String(10)),
    Column("subject", Text, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("record_type", String(20), nullable=False),
    Column("record_id", ID, nullable=False),
    Column("item", Integer, comment="position of the participant or action; null: the record"),
    Column("field", String(300), nullable=False),
    Column("fact_id", String(64), ForeignKey("facts.id"), nullable=False),
    Column("article", String(500), nullable=False),
    Column("quote", Text),
    Index("ix_claims_record", "record_type", "record_id"),
)

RECORD_TABLES = {
    "session": sessions,
    "document": documents,
    "person": people,
    "award": awards,
    "appointment": appointments,
    "chairmanship": chairmanships,
    "statistic": statistics,
    "initiative": initiatives,
}
"""Record type → its main table."""

LOOKUP_TABLES = (document_states, person_posts)
"""Tables derived from JSON columns of the registry's records, so lists filter by an index
(see `plenary.store.lookups`)."""

REGISTRY_TABLES = (
    *LOOKUP_TABLES,
    claims,
    session_participants,
    document_actions,
    person_names,
    awards,
    appointments,
    initiatives,
    chairmanships,
    statistics,
    documents,
    sessions,
    people,
)
"""Every registry table, children before parents: the order to delete in."""
