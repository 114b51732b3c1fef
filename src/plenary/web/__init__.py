"""The web UI and REST API (FastAPI): pages, /api/, exports; `create_app(db_url)`."""

from plenary.web.app import create_app

__all__ = ["create_app"]
