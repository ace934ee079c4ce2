"""itinera: places, people, dates and the main person's trip in a news article.

    >>> import itinera
    >>> a = itinera.analyze("Kerry flew to Sochi on Tuesday.", date="2015-05-12")
    >>> a["places"][0]["name"]
    'Sochi'

``analyze(text, date=None)`` returns the ``Analysis`` (schema ``itinera.analysis/1``,
described in the project's DESIGN) as a dict. ``analyze_many(items, threads=None,
errors="raise")`` analyses many articles on all cores and yields, in order, one record
``{"id": ..., "analysis": {...}}`` per item (a str, or a dict with "text" and optional
"id" and "date"); with ``errors="record"`` a bad item yields ``{"id": ..., "error": ...}``
instead of raising ``AnalysisError``.
"""

from ._itinera import SCHEMA, AnalysisError, analyze, analyze_many

__all__ = ["SCHEMA", "AnalysisError", "analyze", "analyze_many"]
