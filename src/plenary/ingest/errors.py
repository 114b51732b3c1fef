"""What goes wrong with an input: `IngestError` is yielded, `BadInput` is raised inside readers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestError:
    """One input that could not be read: the file (and line), and what is wrong with it."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


class BadInput(Exception):
    """Raised by a reader for input it refuses; `read_paths` turns it into an `IngestError`.

    `source` overrides the file being read where another file is at fault (a sidecar).
    """

    def __init__(self, message: str, *, line: int | None = None, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.source = source

    def to_error(self, source: str) -> IngestError:
        return IngestError(source=self.source or source, message=self.message, line=self.line)
