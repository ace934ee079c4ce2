"""The itinera package as Python code meets it."""

import itertools

import pytest

import itinera
from synth import corpus

SHORT = "Foreign Minister Ada Quill flew to Paris on Monday. She then travelled to Berlin on Tuesday."


def test_analyze_returns_the_analysis_as_a_dict():
    a = itinera.analyze(SHORT, date="2022-05-02")
    assert isinstance(a, dict)
    assert a["schema"] == itinera.SCHEMA == "itinera.analysis/1"
    assert a["document"]["chars"] == len(SHORT)
    assert a["document"]["reference_date"] == "2022-05-02"
    names = {p["name"] for p in a["places"]}
    assert {"Paris", "Berlin"} <= names
    for p in a["places"]:
        for m in p["mentions"]:
            # Offsets are code-point offsets: Python str indices.
            assert SHORT[m["start"]:m["end"]] == m["text"]


def test_offsets_are_python_indices_with_non_ascii_text():
    text = "Ministre Zoë Ångström arriva à Genève lundi. Puis elle alla à Zürich."
    a = itinera.analyze(text)
    for m in (m for p in a["places"] for m in p["mentions"]):
        assert text[m["start"]:m["end"]] == m["text"]


def test_date_none_is_no_date():
    a = itinera.analyze(SHORT, date=None)
    assert a["document"]["reference_date_source"] in ("inferred", "none")


@pytest.mark.parametrize(
    "text, date, error, message",
    [
        ("", None, itinera.AnalysisError, "empty"),
        ("   \n\t", None, itinera.AnalysisError, "empty"),
        (SHORT, "2015-02-30", itinera.AnalysisError, "YYYY-MM-DD"),
        (SHORT, "yesterday", itinera.AnalysisError, "YYYY-MM-DD"),
        (42, None, TypeError, "text must be a str"),
        (SHORT, 20220502, TypeError, "date must be a str"),
    ],
    ids=["empty_text", "blank_text", "impossible_date", "word_date", "int_text", "int_date"],
)
def test_bad_input_raises_with_the_message(text, date, error, message):
    with pytest.raises(error, match=message):
        itinera.analyze(text, date=date)


def test_analysis_error_is_a_value_error():
    assert issubclass(itinera.AnalysisError, ValueError)


def test_analyze_many_keeps_order_and_ids():
    items = corpus(60)
    records = list(itinera.analyze_many(items, threads=2))
    assert [r["id"] for r in records] == [it["id"] for it in items]
    for r, it in zip(records, items):
        assert r["analysis"]["document"]["chars"] == len(it["text"])


def test_analyze_many_gives_what_analyze_gives():
    items = corpus(10)
    many = [r["analysis"] for r in itinera.analyze_many(items, threads=3)]
    one = [itinera.analyze(it["text"], date=it["date"]) for it in items]
    assert many == one


def test_analyze_many_accepts_strings_and_a_generator():
    texts = (it["text"] for it in corpus(5))
    records = list(itinera.analyze_many(texts))
    assert [r["id"] for r in records] == [0, 1, 2, 3, 4]


def test_analyze_many_streams():
    # An endless generator: only what is asked for is pulled (a chunk at most).
    def endless():
        for i in itertools.count():
            yield f"Minister Ada Quill flew to Paris on Monday, trip {i}."

    first = list(itertools.islice(itinera.analyze_many(endless(), threads=2), 3))
    assert [r["id"] for r in first] == [0, 1, 2]


def test_bad_item_raises_by_default():
    items = [SHORT, {"id": "x", "text": ""}, SHORT]
    it = itinera.analyze_many(items)
    assert "analysis" in next(it)
    with pytest.raises(itinera.AnalysisError, match="id 'x': the text is empty"):
        next(it)


@pytest.mark.parametrize(
    "item, message",
    [
        ({"id": "a", "text": ""}, "the text is empty"),
        ({"id": "a", "text": SHORT, "date": "2022-02-31"}, "YYYY-MM-DD"),
        ({"id": "a", "text": SHORT, "date": 5}, '"date" is not a str'),
        ({"id": "a"}, 'no "text" key'),
        ({"id": "a", "text": b"bytes"}, '"text" is not a str'),
        (17, "expected a str or a mapping"),
    ],
    ids=["empty_text", "bad_date", "int_date", "no_text", "bytes_text", "int_item"],
)
def test_bad_item_gives_error_record(item, message):
    records = list(itinera.analyze_many([SHORT, item, SHORT], errors="record"))
    assert len(records) == 3
    assert "analysis" in records[0] and "analysis" in records[2]
    assert message in records[1]["error"]
    assert "analysis" not in records[1]
    if isinstance(item, dict):
        assert records[1]["id"] == "a"


def test_error_in_the_iterable_comes_after_the_items_before_it():
    def items():
        yield SHORT
        yield SHORT
        raise RuntimeError("the source broke")

    it = itinera.analyze_many(items())
    assert "analysis" in next(it)
    assert "analysis" in next(it)
    with pytest.raises(RuntimeError, match="the source broke"):
        next(it)


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"threads": 0}, ValueError),
        ({"errors": "ignore"}, ValueError),
    ],
    ids=["zero_threads", "unknown_errors_mode"],
)
def test_bad_arguments_are_refused(kwargs, error):
    with pytest.raises(error):
        itinera.analyze_many([SHORT], **kwargs)


def test_one_string_is_not_an_iterable_of_articles():
    with pytest.raises(TypeError, match="not one str"):
        itinera.analyze_many(SHORT)


def test_travellers_of_generated_articles_are_found():
    items = corpus(24, seed=3)
    found = 0
    for r, it in zip(itinera.analyze_many(items), items):
        trip = r["analysis"]["trip"]
        people = {p["id"]: p["name"] for p in r["analysis"]["people"]}
        if trip and people.get(trip["traveller"]) == it["traveller"]:
            found += 1
    assert found >= 20, f"traveller found in {found} of 24"


def test_package_is_typed():
    import importlib.resources

    files = importlib.resources.files("itinera")
    assert files.joinpath("py.typed").is_file()
    assert files.joinpath("_itinera.pyi").is_file()
