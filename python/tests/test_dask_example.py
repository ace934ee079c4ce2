"""The Dask example (python/examples/dask_trips.py) on a generated corpus, on a
LocalCluster of two worker processes, as a user runs it."""

import json
import os
import subprocess
import sys

import pytest

from synth import corpus

pytest.importorskip("distributed")

SCRIPT = os.path.join(os.path.dirname(__file__), "..", "examples", "dask_trips.py")


def run_example(articles, out, *extra):
    done = subprocess.run(
        [sys.executable, SCRIPT, str(articles), str(out), "--workers", "2", *extra],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    rows = []
    for name in sorted(os.listdir(out)):
        with open(os.path.join(out, name), encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f)
    return summary, rows


def test_jsonl_corpus_gives_one_row_per_article_in_order(tmp_path):
    items = corpus(30, seed=1)
    path = tmp_path / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items):
            f.write(json.dumps({k: it[k] for k in ("id", "text", "date")}) + "\n")
            if i == 11:
                f.write('{"id": "broken", "text": \n')  # a damaged line
    # Small blocks: several partitions, so both workers have work.
    summary, rows = run_example(path, tmp_path / "out", "--blocksize", "1500")
    assert summary["workers"] == 2
    assert summary["partitions"] >= 2
    assert summary["rows"] == len(rows) == 31
    assert summary["errors"] == 1
    ids = [r["id"] for r in rows]
    assert ids == [it["id"] for it in items[:12]] + [None] + [it["id"] for it in items[12:]]
    assert "not JSON" in rows[12]["error"]

    good = [r for r in rows if r["error"] is None]
    by_id = {it["id"]: it for it in items}
    travellers = sum(r["traveller"] == by_id[r["id"]]["traveller"] for r in good)
    assert travellers >= 25, f"traveller right in {travellers} of 30"
    first_stop_right = 0
    for r in good:
        for s in r["stops"]:
            assert set(s) >= {"order", "name", "lat", "lon"}
            assert -90 <= s["lat"] <= 90 and -180 <= s["lon"] <= 180
        if r["stops"] and r["stops"][0]["name"] == by_id[r["id"]]["stops"][0]:
            first_stop_right += 1
        assert {p["name"] for p in r["places"]} >= set(s["name"] for s in r["stops"])
        assert any(d["value"] == "2022-05-02" for d in r["dates"]), r["dates"]
    assert first_stop_right >= 25, f"first stop right in {first_stop_right} of 30"


def test_folder_of_text_files(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    items = corpus(8, seed=2)
    for it in items:
        (folder / f"{it['id']}.txt").write_text(it["text"], encoding="utf-8")
    summary, rows = run_example(folder, tmp_path / "out", "--files-per-partition", "3")
    assert summary["workers"] == 2
    assert summary["rows"] == 8 and summary["errors"] == 0
    assert sorted(r["id"] for r in rows) == sorted(it["id"] for it in items)
