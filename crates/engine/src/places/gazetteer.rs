//! The embedded gazetteer: 34,000 places (GeoNames cities of 15,000 people or more,
//! countries, first-level regions, continents and well-known areas), read once from the
//! generated table `gazetteer.tsv` (see `tools/gazetteer/generate.py`).

use std::collections::HashMap;
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
    /// GeoNames admin-1 code (kept for the US, Canada, Australia and the UK).
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
    names: HashMap<String, Vec<u32>>,
    /// Folded demonym ("russian") -> country entry index.
    demonyms: HashMap<String, u32>,
    /// Country code -> country entry index.
    countries: HashMap<&'static str, u32>,
    /// Longest name in words.
    pub max_words: usize,
}

/// Lowercases and strips the accents of Latin letters, so "Zürich" finds "zurich".
pub fn fold(s: &str) -> String {
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

impl Gazetteer {
    /// The gazetteer, read on first use.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(TABLE))
    }

    fn parse(table: &'static str) -> Gazetteer {
        let mut g = Gazetteer {
            entries: Vec::with_capacity(35_000),
            names: HashMap::with_capacity(60_000),
            demonyms: HashMap::new(),
            countries: HashMap::new(),
            max_words: 1,
        };
        let mut gid: u32 = 0;
        for line in table.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let f: Vec<&'static str> = line.split('\t').collect();
            if f.len() < 10 {
                continue;
            }
            let delta: u32 = f[0].parse().unwrap_or(0);
            gid = gid.saturating_add(delta);
            let kind = match f[1] {
                "P" => Kind::City,
                "C" => Kind::Country,
                "A" => Kind::Admin1,
                "K" => Kind::Continent,
                _ => Kind::Area,
            };
            let idx = g.entries.len() as u32;
            g.entries.push(Entry {
                geonameid: if delta == 0 { 0 } else { gid },
                kind,
                name: f[2],
                country: f[3],
                admin1: f[4],
                lat: f[5].parse().unwrap_or(0.0),
                lon: f[6].parse().unwrap_or(0.0),
                population_k: f[7].parse().unwrap_or(0),
            });
            if kind == Kind::Country {
                g.countries.insert(f[3], idx);
            }
            let names = std::iter::once(f[2]).chain(f[8].split('|').filter(|a| !a.is_empty()));
            for n in names {
                let key = fold(n.strip_prefix("the ").unwrap_or(n));
                g.max_words = g.max_words.max(key.split(' ').count());
                let v = g.names.entry(key).or_default();
                if !v.contains(&idx) {
                    v.push(idx);
                }
            }
            for d in f[9].split('|').filter(|d| !d.is_empty()) {
                g.demonyms.entry(fold(d)).or_insert(idx);
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
        ] {
            let i = g.demonym(d).unwrap_or_else(|| panic!("demonym {d}"));
            assert_eq!(g.entries[i as usize].country, cc, "demonym {d}");
        }
    }

    #[test]
    fn country_points_are_geonames_points() {
        let g = Gazetteer::get();
        let ru = &g.entries[g.country("RU").unwrap() as usize];
        assert_eq!((ru.lat, ru.lon), (60.0, 100.0));
    }
}
