//! The gazetteer, in two tiers.
//!
//! - The main tier, embedded: 55,000 places (GeoNames cities of 15,000 people or more and
//!   US towns of 1,000 or more, countries, first-level regions everywhere, US and English
//!   counties, continents and well-known areas, airports as names of their cities), read
//!   once from the generated table `gazetteer.tsv`.
//! - The small-places tier: 180,000 names of the other populated places of 1,000 people
//!   or more (and other spellings of the main tier's mid-sized cities, and the towns,
//!   islands, military posts and air bases that only an airport names), the generated
//!   table `smallplaces.tsv`, sorted by folded name and searched in place
//!   (binary search over its lines), so nothing is read before a name is looked up. It
//!   is embedded with the feature `small-places` (the command line) or handed over at
//!   run time with [`set_small_places`] (the page, after first paint).
//!
//! Both tables come from `tools/gazetteer/generate.py`.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The generated table (GeoNames CC BY 4.0, world-countries ODbL).
const TABLE: &str = include_str!("gazetteer.tsv");

/// The small-places tier, when embedded.
#[cfg(any(test, feature = "small-places"))]
const SMALL_TABLE: &str = include_str!("smallplaces.tsv");

/// Entry ids at or above this are small-places entries: the rest of the id is the byte
/// offset of the entry's line in the small-places table.
pub const SMALL: u32 = 1 << 31;

/// At most this many small places are candidates for one name (the most populous).
const SMALL_PER_NAME: usize = 16;

static SMALL_PLACES: OnceLock<&'static str> = OnceLock::new();

/// Hands the engine the small-places tier (the text of `smallplaces.tsv`) at run time;
/// later analyses find its places. Returns false when a tier is already in place (the
/// first one stays). The text is kept for the life of the program.
pub fn set_small_places(table: String) -> bool {
    if SMALL_PLACES.get().is_some() {
        return false;
    }
    SMALL_PLACES.set(Box::leak(table.into_boxed_str())).is_ok()
}

/// Whether the small-places tier is in place (embedded or handed over).
pub fn has_small_places() -> bool {
    small_table().is_some()
}

fn small_table() -> Option<&'static str> {
    #[cfg(any(test, feature = "small-places"))]
    {
        Some(*SMALL_PLACES.get_or_init(|| SMALL_TABLE))
    }
    #[cfg(not(any(test, feature = "small-places")))]
    {
        SMALL_PLACES.get().copied()
    }
}

/// The line of the small-places table that holds byte `at`: (start, end) byte offsets,
/// end at the newline or the table's end.
fn line_at(t: &str, at: usize) -> (usize, usize) {
    let b = t.as_bytes();
    let start = b[..at]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    let end = b[at..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| at + p);
    (start, end)
}

/// Compares a small-places line's folded name with `key`: the second field, or the
/// first lowercased (ASCII) when the second is empty.
fn cmp_line_key(line: &str, key: &str) -> std::cmp::Ordering {
    let b = line.as_bytes();
    let tab = b.iter().position(|&c| c == b'\t').unwrap_or(b.len());
    let rest = b.get(tab + 1..).unwrap_or(&[]);
    let folded = &rest[..rest.iter().position(|&c| c == b'\t').unwrap_or(rest.len())];
    if folded.is_empty() {
        b[..tab]
            .iter()
            .map(|c| c.to_ascii_lowercase())
            .cmp(key.bytes())
    } else {
        folded.cmp(key.as_bytes())
    }
}

/// The small places named `key` (folded), most populous first, at most
/// [`SMALL_PER_NAME`], as entry ids ([`SMALL`] + byte offset of the line).
pub fn small_lookup(key: &str) -> Vec<u32> {
    small_search(key).0
}

/// [`small_lookup`], and whether some longer small-place name starts with `key` and a
/// space (whether a longer run of words may still be one).
pub fn small_search(key: &str) -> (Vec<u32>, bool) {
    let Some(t) = small_table() else {
        return (Vec::new(), false);
    };
    if key.is_empty() || t.len() >= SMALL as usize {
        return (Vec::new(), false);
    }
    // The first line whose key is not below `key`. `lo` and `hi` are line starts (or
    // the end); lines before `lo` are below `key`, lines from `hi` on are not.
    let b = t.as_bytes();
    let next_line = |from: usize| {
        b[from..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |p| from + p + 1)
    };
    let (mut lo, mut hi) = (0usize, t.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The first line starting after `mid`, or the one at `lo` when none is below `hi`.
        let mut start = next_line(mid);
        if start >= hi {
            start = lo;
        }
        let end = next_line(start);
        if cmp_line_key(&t[start..end.saturating_sub(1).max(start)], key).is_lt() {
            lo = end;
        } else {
            hi = start;
        }
    }
    let mut out = Vec::new();
    let mut at = lo;
    while at < t.len() {
        let (start, end) = line_at(t, at);
        if !cmp_line_key(&t[start..end], key).is_eq() {
            break;
        }
        if out.len() < SMALL_PER_NAME {
            out.push(SMALL | start as u32);
        }
        at = end + 1;
    }
    // Keys sort "x", "x y", ... before "x-", "xa": the first key after this name's
    // lines tells whether a longer name goes on with a space.
    let longer = at < t.len() && {
        let (start, end) = line_at(t, at);
        line_key_starts_with(&t[start..end], key)
    };
    (out, longer)
}

/// Whether a small-places line's folded name starts with `key` and a space.
fn line_key_starts_with(line: &str, key: &str) -> bool {
    let b = line.as_bytes();
    let tab = b.iter().position(|&c| c == b'\t').unwrap_or(b.len());
    let rest = b.get(tab + 1..).unwrap_or(&[]);
    let folded = &rest[..rest.iter().position(|&c| c == b'\t').unwrap_or(rest.len())];
    let k = key.as_bytes();
    let at = |i: usize| {
        if folded.is_empty() {
            b.get(i).filter(|_| i < tab).map(u8::to_ascii_lowercase)
        } else {
            folded.get(i).copied()
        }
    };
    (0..k.len()).all(|i| at(i) == Some(k[i])) && at(k.len()) == Some(b' ')
}

/// The small-places entry whose line starts at byte `at`.
fn small_entry(at: usize) -> Option<Entry> {
    let t = small_table()?;
    if at >= t.len() {
        return None;
    }
    let (start, end) = line_at(t, at);
    let mut f = t[start..end].split('\t');
    let name = f.next()?;
    let _key = f.next()?;
    let country = f.next()?;
    let admin1 = f.next()?;
    let lat = f.next()?.parse::<f64>().ok()? / 100.0;
    let lon = f.next()?.parse::<f64>().ok()? / 100.0;
    Some(Entry {
        geonameid: 0,
        kind: Kind::City,
        name,
        country,
        admin1,
        lat,
        lon,
        population_k: population_k(f.next().unwrap_or("")),
    })
}

/// What sort of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A populated place.
    City,
    /// A country.
    Country,
    /// A first-level region: a state, a province, a nation of the UK.
    Admin1,
    /// A second-level region: a US county, an English county.
    Admin2,
    /// Another named area: a sea, the Middle East, the West Bank.
    Area,
    /// A continent.
    Continent,
}

/// One place of the gazetteer.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// GeoNames id, 0 when the place has none here.
    pub geonameid: u32,
    /// What sort of place.
    pub kind: Kind,
    /// Its name.
    pub name: &'static str,
    /// ISO 3166-1 alpha-2 code of its country ("" for continents and seas).
    pub country: &'static str,
    /// GeoNames admin-1 code ("TX", "ENG", "25"; "" when unknown): for a first-level
    /// region its own code, for anything else the region it lies in.
    pub admin1: &'static str,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population in thousands (0 when unknown).
    pub population_k: u32,
}

/// The gazetteer with its name indexes.
#[derive(Debug)]
pub struct Gazetteer {
    /// All entries.
    pub entries: Vec<Entry>,
    /// Folded name or alternate name -> entry indexes.
    names: FxHashMap<String, Vec<u32>>,
    /// Folded demonym ("russian") -> country entry index.
    demonyms: FxHashMap<String, u32>,
    /// Folded airport name or code -> (its city's entry index, whether the name may
    /// stand without the word "airport").
    airports: Vec<(&'static str, u32, bool)>,
    /// The same by folded name, built on the first airport look-up.
    airport_index: OnceLock<FxHashMap<String, Vec<(u32, bool)>>>,
    /// Country code -> country entry index.
    countries: FxHashMap<&'static str, u32>,
    /// Longest name in words.
    pub max_words: usize,
}

/// Lowercases and strips the accents of Latin letters, so "Zürich" finds "zurich".
pub fn fold(s: &str) -> String {
    // Nearly every name is ASCII, where folding is lowercasing.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let base = match c {
            'à'..='å' | 'À'..='Å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'Ç' | 'ć' | 'č' | 'Č' => 'c',
            'è'..='ë' | 'È'..='Ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'ı' | 'İ' => 'i',
            'ñ' | 'Ñ' | 'ń' | 'ň' => 'n',
            'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'Ø' | 'ō' | 'ő' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' | 'Ý' => 'y',
            'ş' | 'Ş' | 'š' | 'Š' | 'ś' => 's',
            'ž' | 'Ž' | 'ź' | 'ż' => 'z',
            'ğ' | 'Ğ' => 'g',
            'ł' | 'Ł' => 'l',
            'ř' => 'r',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            '’' => '\'',
            c => {
                out.extend(c.to_lowercase());
                continue;
            }
        };
        out.push(base);
    }
    out
}

/// Thousands of people from the table's population code, round(2 * log2(k + 1)).
fn population_k(code: &str) -> u32 {
    match code.parse::<u32>() {
        Ok(c) => (2f64.powf(c as f64 / 2.0) - 1.0).round() as u32,
        Err(_) => 0,
    }
}

impl Gazetteer {
    /// The gazetteer, read on first use.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(TABLE))
    }

    fn parse(table: &'static str) -> Gazetteer {
        let mut g = Gazetteer {
            entries: Vec::with_capacity(56_000),
            names: FxHashMap::with_capacity_and_hasher(80_000, Default::default()),
            demonyms: FxHashMap::default(),
            airports: Vec::new(),
            airport_index: OnceLock::new(),
            countries: FxHashMap::default(),
            max_words: 1,
        };
        let mut country: &'static str = "";
        let (mut lat, mut lon) = (0i64, 0i64);
        for line in table.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(cc) = line.strip_prefix('=') {
                country = cc;
                (lat, lon) = (0, 0);
                continue;
            }
            // The nine fields, without a vector per line (the table has some 56,000).
            let mut f: [&'static str; 9] = [""; 9];
            let mut fields = 0;
            for (slot, field) in f.iter_mut().zip(line.split('\t')) {
                *slot = field;
                fields += 1;
            }
            if fields < 9 {
                continue;
            }
            let kind = match f[0] {
                "P" => Kind::City,
                "C" => Kind::Country,
                "A" => Kind::Admin1,
                "B" => Kind::Admin2,
                "K" => Kind::Continent,
                _ => Kind::Area,
            };
            // Coordinates are differences from the line before, in hundredths of a degree;
            // a town's or city's are in tenths, from the line before rounded down to
            // tenths (`coarse` of the generator).
            let (dlat, dlon) = (
                f[3].parse::<i64>().unwrap_or(0),
                f[4].parse::<i64>().unwrap_or(0),
            );
            if kind == Kind::City {
                lat = (lat.div_euclid(10) + dlat) * 10;
                lon = (lon.div_euclid(10) + dlon) * 10;
            } else {
                lat += dlat;
                lon += dlon;
            }
            let idx = g.entries.len() as u32;
            g.entries.push(Entry {
                geonameid: f[8].parse().unwrap_or(0),
                kind,
                name: f[1],
                country,
                admin1: f[2],
                lat: lat as f64 / 100.0,
                lon: lon as f64 / 100.0,
                population_k: population_k(f[5]),
            });
            if kind == Kind::Country {
                g.countries.insert(country, idx);
            }
            let names = std::iter::once(f[1]).chain(f[6].split('|').filter(|a| !a.is_empty()));
            for n in names {
                // Airports: "@Heathrow" may stand alone, "^LHR" only beside "airport".
                if let Some(a) = n
                    .strip_prefix('@')
                    .map(|a| (a, true))
                    .or_else(|| n.strip_prefix('^').map(|a| (a, false)))
                {
                    g.airports.push((a.0, idx, a.1));
                    continue;
                }
                let key = fold(n.strip_prefix("the ").unwrap_or(n));
                g.max_words = g.max_words.max(key.split(' ').count());
                let v = g.names.entry(key).or_default();
                if !v.contains(&idx) {
                    v.push(idx);
                }
            }
            // A demonym shared by several countries ("American": the United States and
            // its territories) names the most populous of them.
            let pop = g.entries[idx as usize].population_k;
            for d in f[7].split('|').filter(|d| !d.is_empty()) {
                let slot = g.demonyms.entry(fold(d)).or_insert(idx);
                if g.entries[*slot as usize].population_k < pop {
                    *slot = idx;
                }
            }
        }
        g.max_words = g.max_words.min(5);
        g
    }

    /// Entries named `key` (already folded with [`fold`]).
    pub fn lookup(&self, key: &str) -> &[u32] {
        self.names.get(key).map_or(&[], Vec::as_slice)
    }

    /// Entries named `key` (folded), where "St." and "St" also read as "Saint" and back
    /// ("St. Petersburg" finds Saint Petersburg and St. Petersburg, Florida).
    pub fn lookup_saints(&self, key: &str) -> Vec<u32> {
        let mut out = self.lookup(key).to_vec();
        let rest = key
            .strip_prefix("st. ")
            .or_else(|| key.strip_prefix("st "))
            .or_else(|| key.strip_prefix("saint "));
        if let Some(rest) = rest {
            for other in ["saint ", "st. ", "st "] {
                for &e in self.lookup(&format!("{other}{rest}")) {
                    if !out.contains(&e) {
                        out.push(e);
                    }
                }
            }
        }
        out
    }

    /// The entry `i`: a main-tier index or a small-places id ([`SMALL`] and up). An id
    /// that names nothing gives a placeholder at 0, 0 (never from this crate's lookups).
    pub fn entry(&self, i: u32) -> Entry {
        if i >= SMALL {
            if let Some(e) = small_entry((i - SMALL) as usize) {
                return e;
            }
        } else if let Some(e) = self.entries.get(i as usize) {
            return *e;
        }
        Entry {
            geonameid: 0,
            kind: Kind::Area,
            name: "",
            country: "",
            admin1: "",
            lat: 0.0,
            lon: 0.0,
            population_k: 0,
        }
    }

    /// The entry of a place the analysis names `name` at `lat`, `lon` (degrees), with
    /// its GeoNames id when it has one, when the gazetteer holds it.
    pub fn entry_of(
        &self,
        name: &str,
        geonameid: Option<u32>,
        lat: f64,
        lon: f64,
    ) -> Option<Entry> {
        let key = fold(name);
        self.lookup_saints(&key)
            .into_iter()
            .chain(small_lookup(&key))
            .map(|i| self.entry(i))
            .find(|e| match geonameid {
                Some(id) if e.geonameid != 0 => e.geonameid == id,
                _ => (e.lat - lat).abs() < 1e-3 && (e.lon - lon).abs() < 1e-3,
            })
    }

    /// The cities whose airport is named `key` (folded: "heathrow", "lhr"), each with
    /// whether the name may stand without the word "airport".
    pub fn airport(&self, key: &str) -> &[(u32, bool)] {
        let index = self.airport_index.get_or_init(|| {
            let mut m: FxHashMap<String, Vec<(u32, bool)>> = FxHashMap::default();
            for &(name, idx, alone) in &self.airports {
                m.entry(fold(name)).or_default().push((idx, alone));
            }
            m
        });
        index.get(key).map_or(&[], Vec::as_slice)
    }

    /// The country whose demonym is `key` (folded), also for plurals ("russians").
    pub fn demonym(&self, key: &str) -> Option<u32> {
        self.demonyms
            .get(key)
            .or_else(|| key.strip_suffix('s').and_then(|k| self.demonyms.get(k)))
            .copied()
    }

    /// The country entry for an ISO code.
    pub fn country(&self, code: &str) -> Option<u32> {
        self.countries.get(code).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_strips_accents_and_case() {
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    /// Each case: name, lookup key, expected name of some entry, its country.
    const LOOKUPS: &[(&str, &str, &str, &str)] = &[
        ("sochi_is_in_russia", "sochi", "Sochi", "RU"),
        ("kiev_finds_kyiv", "kiev", "Kyiv", "UA"),
        (
            "us_abbreviation_is_a_country",
            "u.s.",
            "United States",
            "US",
        ),
        ("britain_is_the_uk", "britain", "United Kingdom", "GB"),
        ("crimea_is_a_region", "crimea", "Crimea", "UA"),
        ("middle_east_is_an_area", "middle east", "Middle East", ""),
        ("washington_is_dc", "washington", "Washington", "US"),
        (
            "counties_by_full_name",
            "travis county",
            "Travis County",
            "US",
        ),
        ("small_us_towns", "chiefland", "Chiefland", "US"),
        ("regions_everywhere", "punjab", "Punjab", "PK"),
        ("eu_is_an_area", "eu", "European Union", ""),
        ("dprk_is_north_korea", "dprk", "North Korea", "KP"),
    ];

    #[test]
    fn lookup_table() {
        let g = Gazetteer::get();
        for (name, key, want, cc) in LOOKUPS {
            let found = g
                .lookup(key)
                .iter()
                .map(|&i| &g.entries[i as usize])
                .any(|e| e.name == *want && e.country == *cc);
            assert!(found, "case {name}");
        }
    }

    /// An invented table: a region in hundredths, then two towns in tenths, each from
    /// the line before rounded down to tenths.
    const TENTHS_TABLE: &str = "=XX\n\
        A\tBigshire\t01\t1234\t-567\t\t\t\t7\n\
        P\tSmallham\t01\t5\t-3\t9\t\t\t\n\
        P\tOtherburg\t01\t11\t22\t18\t\t\t\n";

    #[test]
    fn town_coordinates_in_tenths() {
        let g = Gazetteer::parse(TENTHS_TABLE);
        let at = |n: &str| {
            let e = g.entries.iter().find(|e| e.name == n).expect(n);
            (e.lat, e.lon)
        };
        assert_eq!(at("Bigshire"), (12.34, -5.67));
        // 12.3 + 0.5 and -5.7 - 0.3 (floor of -5.67 in tenths is -5.7).
        assert_eq!(at("Smallham"), (12.8, -6.0));
        assert_eq!(at("Otherburg"), (13.9, -3.8));
    }

    /// Each case: name, folded key, expected name of some small place, its country.
    const SMALL_LOOKUPS: &[(&str, &str, &str, &str)] = &[
        ("small_town_of_wales", "tenby", "Tenby", "GB"),
        ("other_spelling_of_a_mid_sized_city", "douma", "Douma", "SY"),
        (
            "accented_name_by_its_folded_key",
            "tenamaxtlan",
            "Tenamaxtlán",
            "MX",
        ),
    ];

    #[test]
    fn small_places_table() {
        let g = Gazetteer::get();
        for (name, key, want, cc) in SMALL_LOOKUPS {
            let found = small_lookup(key)
                .into_iter()
                .map(|i| g.entry(i))
                .any(|e| e.name == *want && e.country == *cc);
            assert!(found, "case {name}");
        }
        // The first line of the table, and names outside it.
        let t = small_table().expect("embedded in tests");
        let first = t.lines().next().unwrap().split('\t').next().unwrap();
        assert!(!small_lookup(&fold(first)).is_empty());
        assert!(small_lookup("").is_empty());
        assert!(small_lookup("zzzzzz").is_empty());
        assert!(small_lookup("\u{0}").is_empty());
    }

    #[test]
    fn small_ids_that_name_nothing_give_a_placeholder() {
        let g = Gazetteer::get();
        assert_eq!(g.entry(SMALL | 0x7fff_fff0).name, "");
        assert_eq!(g.entry(u32::MAX >> 2).name, "");
    }

    #[test]
    fn airports_name_their_city() {
        let g = Gazetteer::get();
        for (key, city, alone) in [("heathrow", "London", true), ("lhr", "London", false)] {
            let found = g
                .airport(key)
                .iter()
                .any(|&(e, a)| g.entry(e).name == city && a == alone);
            assert!(found, "airport {key}");
        }
    }

    #[test]
    fn demonyms_map_to_countries() {
        let g = Gazetteer::get();
        for (d, cc) in [
            ("russian", "RU"),
            ("syrians", "SY"),
            ("iranian", "IR"),
            ("turkish", "TR"),
            // Shared with US territories; the most populous country wins.
            ("american", "US"),
        ] {
            let i = g.demonym(d).unwrap_or_else(|| panic!("demonym {d}"));
            assert_eq!(g.entries[i as usize].country, cc, "demonym {d}");
        }
    }

    #[test]
    fn continent_demonyms() {
        let g = Gazetteer::get();
        for (d, want) in [("european", "Europe"), ("africans", "Africa")] {
            let i = g.demonym(d).unwrap_or_else(|| panic!("demonym {d}"));
            assert_eq!(g.entries[i as usize].name, want, "demonym {d}");
            assert_eq!(g.entries[i as usize].kind, Kind::Continent, "demonym {d}");
        }
    }

    #[test]
    fn country_points_are_geonames_points() {
        let g = Gazetteer::get();
        let ru = &g.entries[g.country("RU").unwrap() as usize];
        assert_eq!((ru.lat, ru.lon), (60.0, 100.0));
    }
}
