from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, final

SCHEMA: str

class AnalysisError(ValueError):
    """An input the engine cannot analyse; the message says why."""

def analyze(text: str, date: str | None = None) -> dict[str, Any]:
    """The Analysis of one article, as a dict (schema itinera.analysis/1).

    Raises AnalysisError for an empty text or a date not in the form YYYY-MM-DD,
    TypeError when text or date is not a str.
    """

@final
class Batch(Iterator[dict[str, Any]]):
    def __iter__(self) -> Batch: ...
    def __next__(self) -> dict[str, Any]: ...

def analyze_many(
    items: Iterable[str | Mapping[str, Any]],
    threads: int | None = None,
    errors: Literal["raise", "record"] = "raise",
) -> Batch:
    """Analyses many articles on `threads` threads (all cores by default).

    Yields one record per item, in order: {"id": ..., "analysis": {...}}, or with
    errors="record" {"id": ..., "error": "..."} for an item that cannot be analysed.
    An item is a str (its id is its position) or a dict with "text" and optional
    "id" (else the position) and "date".
    """
