#!/usr/bin/env python3
"""The trips of a whole archive on a Dask cluster: one row per article.

    python python/examples/dask_trips.py ARTICLES OUT [--workers 2] [--scheduler ADDRESS]

ARTICLES is a JSONL file of {"id": ..., "text": "...", "date": "YYYY-MM-DD"} lines (or a
glob of such files), or a folder of .txt files (the id is the file name without .txt).
OUT is a folder; each partition of the input is written, by the worker that analysed it,
to OUT/part-NNNNN.jsonl, one row a line, in input order:

    {"id": ..., "traveller": "Ada Quill" | null,
     "stops": [{"order": 1, "name": "Paris", "country": "FR", "lat": .., "lon": ..,
                "time": "2021-03-01" | null, "status": "done", "role": "stop"}, ...],
     "places": [{"name": "Paris", "country": "FR", "lat": .., "lon": .., "mentions": 2}],
     "dates": [{"text": "Monday", "type": "DATE", "value": "2021-03-01"}],
     "error": null | "why this article has no analysis"}

Without --scheduler the script starts a LocalCluster of --workers processes (one thread
each) on this machine. With --scheduler tcp://HOST:8786 it uses that cluster instead; then
every worker needs the itinera package (`pip install ./python` on each), and ARTICLES
and OUT must be paths that every worker can read and write (a shared disk, or s3://...
with s3fs installed). The last line printed is a JSON summary of the run.
"""

import argparse
import json
import sys


def _parse(line):
    """One JSONL line as an article dict, or an error row."""
    line = line.strip()
    try:
        item = json.loads(line)
    except ValueError as e:
        return None, _error_row(None, f"not JSON: {e}")
    if not isinstance(item, dict):
        return None, _error_row(None, "not a JSON object")
    item.setdefault("id", None)
    return item, None


def _error_row(ident, message):
    return {"id": ident, "traveller": None, "stops": [], "places": [], "dates": [],
            "error": message}


def row(record):
    """One output row from one `itinera.analyze_many` record."""
    if "error" in record:
        return _error_row(record["id"], record["error"])
    a = record["analysis"]
    places = {p["id"]: p for p in a["places"]}
    people = {p["id"]: p["name"] for p in a["people"]}
    times = {t["id"]: t for t in a["times"]}
    trip = a.get("trip") or {}
    stops = []
    for s in trip.get("stops", []):
        p = places.get(s["place"], {})
        t = times.get(s.get("time") or "", {})
        stops.append({"order": s["order"], "name": p.get("name"), "country": p.get("country"),
                      "lat": p.get("lat"), "lon": p.get("lon"),
                      "time": t.get("value"), "status": s.get("status"),
                      "role": s.get("role")})
    return {
        "id": record["id"],
        "traveller": people.get(trip.get("traveller") or ""),
        "stops": stops,
        "places": [{"name": p["name"], "country": p.get("country"), "lat": p["lat"],
                    "lon": p["lon"], "mentions": len(p["mentions"])} for p in a["places"]],
        "dates": [{"text": t["text"], "type": t["type"], "value": t.get("value")}
                  for t in a["times"]],
        "error": None,
    }


def analyse_partition(items, kind):
    """Runs on a worker: the rows of one partition (JSONL lines or .txt paths), in order."""
    import fsspec
    import itinera

    try:  # Counted per worker process, for the summary.
        from distributed import get_worker
        w = get_worker()
        w.itinera_articles = getattr(w, "itinera_articles", 0) + len(items)
    except (ImportError, ValueError):
        pass
    slots = []  # per item: an article dict to analyse, or a finished error row
    for item in items:
        if kind == "txt":
            with fsspec.open(item, "r", encoding="utf-8", errors="replace") as f:
                ident = item.rsplit("/", 1)[-1][:-len(".txt")]
                slots.append(({"id": ident, "text": f.read()}, None))
        else:
            slots.append(_parse(item))
    articles = [a for a, _ in slots if a is not None]
    # One thread per worker process: the cluster spreads the work over processes.
    answers = iter(itinera.analyze_many(articles, threads=1, errors="record"))
    return [row(next(answers)) if a is not None else err for a, err in slots]


def write_partition(rows, index, out):
    """Runs on a worker: writes one part file; returns (rows, errors)."""
    import fsspec

    path = f"{out.rstrip('/')}/part-{index:05d}.jsonl"
    with fsspec.open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows), sum(r["error"] is not None for r in rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", help="a JSONL file, a glob of them, or a folder of .txt files")
    ap.add_argument("out", help="the output folder (part-NNNNN.jsonl files)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler "
                    "(tcp://HOST:8786); without it, a LocalCluster on this machine")
    ap.add_argument("--workers", type=int, default=2,
                    help="worker processes of the LocalCluster (default 2)")
    ap.add_argument("--blocksize", default="4MiB",
                    help="JSONL bytes per partition (default 4MiB)")
    ap.add_argument("--files-per-partition", type=int, default=200,
                    help=".txt files per partition (default 200)")
    args = ap.parse_args(argv)

    import dask
    import dask.bag as db
    import fsspec
    from dask.distributed import Client, LocalCluster

    # Paths may be local or any fsspec URL (s3://... with s3fs installed).
    fs, root = fsspec.core.url_to_fs(args.articles)
    if fs.isdir(root):
        files = sorted(fs.unstrip_protocol(p) for p in fs.glob(root.rstrip("/") + "/*.txt"))
        if not files:
            sys.exit(f"dask_trips: no .txt files in {args.articles}")
        bag = db.from_sequence(files, partition_size=args.files_per_partition)
        kind = "txt"
    else:
        blocksize = int(args.blocksize) if args.blocksize.isdigit() else args.blocksize
        bag = db.read_text(args.articles, blocksize=blocksize)
        kind = "jsonl"
    rows = bag.map_partitions(analyse_partition, kind)
    out_fs, out_root = fsspec.core.url_to_fs(args.out)
    out_fs.makedirs(out_root, exist_ok=True)

    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        parts = rows.to_delayed()
        written = dask.compute(*[dask.delayed(write_partition)(p, i, args.out)
                                 for i, p in enumerate(parts)])
        per_worker = client.run(lambda dask_worker: getattr(dask_worker, "itinera_articles", 0))
        summary = {
            "rows": sum(n for n, _ in written),
            "errors": sum(e for _, e in written),
            "partitions": len(parts),
            "workers": len(per_worker),
            "workers_used": sum(1 for n in per_worker.values() if n),
            "out": args.out,
        }
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
