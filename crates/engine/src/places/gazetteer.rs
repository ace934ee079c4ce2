//! The embedded gazetteer: 55,000 places (GeoNames cities of 15,000 people or more and
//! US towns of 1,000 or more, countries, first-level regions everywhere, US and English
//! counties, continents and well-known areas), read once from the
//! generated table `gazetteer.tsv` (see `tools/gazetteer/generate.py`).

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The generated table (GeoNames CC BY 4.0, world-countries ODbL).
const TABLE: &str = include_str!("gazetteer.tsv");

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
#[derive(Debug, Clone)]
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
            // Coordinates are differences from the line before, in hundredths of a degree.
            lat += f[3].parse::<i64>().unwrap_or(0);
            lon += f[4].parse::<i64>().unwrap_or(0);
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
                let key = fold(n.strip_prefix("the ").unwrap_or(n));
                g.max_words = g.max_words.max(key.split(' ').count());
                let v = g.names.entry(key).or_default();
                if !v.contains(&idx) {
                    v.push(idx);
                }
            }
            // A demonym shared by several countries ("American": the United States and
            // its territories) names the most populous of them.
            let pop = population_k(f[5]);
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
