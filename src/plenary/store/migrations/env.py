"""Alembic environment: runs on the connection `open_store` passes in, never from a config."""

from alembic import context

from plenary.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
