#!/usr/bin/env python3
"""Trains the trip's candidate-stop model and writes crates/engine/src/trip/weights.rs.

The engine gathers every candidate stop of a text with a feature vector
(crates/engine/src/trip/features.rs); this script labels each candidate of the `dev` trips
by its gold stops (a candidate is a stop when it lies within 100 km of a gold stop or has
its name, as the scorer matches), fits a logistic regression with an L2 penalty, and picks
the penalty and the decision threshold by leave-one-text-out cross-validation on stop F1.
Nothing is set by hand; run it again after changing the features:

    python3 tools/trip-model/train.py [--data ../shared/data/trips/dev] [--check]

`--check` only reports the cross-validated numbers and leaves weights.rs alone. The gold is
read where it lies; nothing of it is copied into the project.
"""

import argparse
import glob
import json
import math
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "crates/engine/src/trip/weights.rs")
PENALTIES = [0.003, 0.01, 0.03, 0.1, 0.3]


def km(a, b, c, d):
    r = math.radians
    h = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def norm(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\(.*?\)", " ", s).split(",")[0]
    s = re.sub(r"^\s*(the|city of)\s+", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def matches(c, g):
    if c["place"] and norm(c["place"]) == norm(g["place"]):
        return True
    return g.get("lat") is not None and km(c["lat"], c["lon"], g["lat"], g["lon"]) <= 100


def load(data):
    """Per text: (candidates with features, gold stops)."""
    texts = sorted(glob.glob(os.path.join(data, "*.txt")))
    args = []
    golds = {}
    for t in texts:
        gold = json.load(open(t[:-4] + ".json", encoding="utf-8"))
        golds[t] = gold.get("stops") or []
        args.append(t)
        pub = gold.get("published") or ""
        if re.fullmatch(r"\d{4}-\d\d-\d\d", pub):
            args.append(pub)
    cmd = ["cargo", "run", "--quiet", "--release", "-p", "itinera-engine", "--features",
           "small-places", "--example", "trip_features", "--"] + args
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    cands = {t: [] for t in texts}
    for line in out.splitlines():
        c = json.loads(line)
        cands[c["file"]].append(c)
    return [(cands[t], golds[t]) for t in texts]


def solve(a, b):
    """Solves a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b)]
    for i in range(n):
        k = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[k] = m[k], m[i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            for c in range(i, n + 1):
                m[r][c] -= f * m[i][c]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (m[i][n] - sum(m[i][c] * x[c] for c in range(i + 1, n))) / m[i][i]
    return x


def fit(rows, penalty, steps=25):
    """Logistic regression with an L2 penalty on the weights (not the intercept), by
    Newton's method: deterministic, and converged in a few steps."""
    n = len(rows[0][0]) + 1
    xs = [[1.0] + list(x) for x, _ in rows]
    ys = [y for _, y in rows]
    m = len(rows)
    w = [0.0] * n
    for _ in range(steps):
        g = [penalty * m * w[i] if i else 0.0 for i in range(n)]
        h = [[(penalty * m if i == j and i else 0.0) for j in range(n)] for i in range(n)]
        h[0][0] += 1e-9
        for x, y in zip(xs, ys):
            z = sum(a * c for a, c in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            q = p * (1 - p)
            for i in range(n):
                g[i] += (p - y) * x[i]
                if x[i]:
                    hi = h[i]
                    for j in range(n):
                        hi[j] += q * x[i] * x[j]
        step = solve(h, g)
        w = [a - d for a, d in zip(w, step)]
        if max(abs(d) for d in step) < 1e-8:
            break
    return w[1:], w[0]


def rows_of(docs):
    out = []
    for cands, gold in docs:
        for c in cands:
            out.append((c["features"], 1.0 if any(matches(c, g) for g in gold) else 0.0))
    return out


def counts(docs, scores, threshold):
    """Stop tp, fp, fn when candidates scoring >= threshold are kept (one gold stop each)."""
    tp = fp = fn = 0
    for (cands, gold), sc in zip(docs, scores):
        used = set()
        for c, s in zip(cands, sc):
            if s < threshold:
                continue
            hit = next((j for j, g in enumerate(gold) if j not in used and matches(c, g)), None)
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
        fn += len(gold) - len(used)
    return tp, fp, fn


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score(w, b, x):
    return b + sum(a * c for a, c in zip(w, x))


def cross_validate(docs, penalty):
    """Held-out scores of every candidate, each text scored by a model fitted without it."""
    out = []
    for i in range(len(docs)):
        rest = rows_of(docs[:i] + docs[i + 1:])
        w, b = fit(rest, penalty)
        out.append([score(w, b, c["features"]) for c in docs[i][0]])
    return out


def best_threshold(docs, scores):
    grid = [t / 4 for t in range(-12, 13)]
    return max(grid, key=lambda t: (f1(*counts(docs, scores, t)), -abs(t)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "trips", "dev"))
    ap.add_argument("--check", action="store_true", help="report only; do not write weights.rs")
    args = ap.parse_args()
    docs = load(args.data)
    names = json.loads(subprocess.run(
        ["cargo", "run", "--quiet", "--release", "-p", "itinera-engine", "--features",
         "small-places", "--example", "trip_features", "--", "--names"],
        cwd=ROOT, check=True, capture_output=True, text=True).stdout)
    print(f"{len(docs)} texts, {sum(len(c) for c, _ in docs)} candidates, "
          f"{sum(len(g) for _, g in docs)} gold stops", file=sys.stderr)
    best = None
    for penalty in PENALTIES:
        held = cross_validate(docs, penalty)
        t = best_threshold(docs, held)
        tp, fp, fn = counts(docs, held, t)
        print(f"penalty {penalty}: held-out stop F1 {f1(tp, fp, fn):.3f} "
              f"(tp {tp} fp {fp} fn {fn}) at threshold {t}", file=sys.stderr)
        if best is None or f1(tp, fp, fn) > best[0]:
            best = (f1(tp, fp, fn), penalty, t)
    _, penalty, threshold = best
    w, b = fit(rows_of(docs), penalty)
    full = [[score(w, b, c["features"]) for c in cands] for cands, _ in docs]
    tp, fp, fn = counts(docs, full, threshold)
    print(f"chosen penalty {penalty}, threshold {threshold}; fitted on all: F1 {f1(tp, fp, fn):.3f} "
          f"(tp {tp} fp {fp} fn {fn})", file=sys.stderr)
    for n, x in zip(names, w):
        print(f"  {n:22} {x:+.3f}", file=sys.stderr)
    print(f"  {'(bias)':22} {b:+.3f}", file=sys.stderr)
    if args.check:
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// @generated by tools/trip-model/train.py from the trips `dev` set: do not edit.\n")
        f.write(f"// L2 penalty {penalty} and threshold chosen by leave-one-text-out stop F1.\n")
        f.write("//! Weights of the trip's candidate-stop model (see `features`).\n\n")
        f.write("/// Intercept (log-odds).\n")
        f.write(f"pub const BIAS: f64 = {b:.4f};\n")
        f.write("/// One weight per feature of `features::NAMES`, in order.\n")
        f.write(f"pub const WEIGHTS: [f64; {len(w)}] = [\n")
        for n, x in zip(names, w):
            f.write(f"    {x:.4f}, // {n}\n")
        f.write("];\n/// Candidates scoring at least this are stops.\n")
        f.write(f"pub const THRESHOLD: f64 = {threshold:.4f};\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
