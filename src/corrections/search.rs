//! Places typed by name: gazetteer matches for the corrections panel's name fields.

use super::model::Candidate;
use itinera_engine::analysis::PlaceKind;
use itinera_engine::places::gazetteer::{fold, Gazetteer, Kind};

/// At most this many gazetteer matches are offered for a typed name.
pub const MAX_MATCHES: usize = 8;

/// Gazetteer places for what the reader has typed so far: first those named exactly
/// `typed` (also by an alternate name: "Kiev" finds Kyiv), then those whose name starts
/// with it, most populous first; at most [`MAX_MATCHES`]. Case and Latin accents are
/// ignored. The prefix search uses a sorted index of folded names built on first use
/// (about 55,000 names, a few tens of milliseconds), then costs a binary search.
pub fn gazetteer_matches(typed: &str) -> Vec<Candidate> {
    let key = fold(typed.trim());
    let key = key.strip_prefix("the ").unwrap_or(&key);
    if key.is_empty() {
        return Vec::new();
    }
    let g = Gazetteer::get();
    let rank = |&i: &u32| {
        let e = &g.entries[i as usize];
        (e.kind == Kind::Continent, std::cmp::Reverse(e.population_k))
    };
    let mut exact: Vec<u32> = g.lookup(key).to_vec();
    exact.sort_by_key(rank);
    let index = name_index();
    let from = index.partition_point(|(n, _)| n.as_ref() < key);
    let mut prefixed: Vec<u32> = index[from..]
        .iter()
        .take_while(|(n, _)| n.starts_with(key))
        .map(|&(_, i)| i)
        .filter(|i| !exact.contains(i))
        .collect();
    prefixed.sort_by_key(rank);
    exact
        .into_iter()
        .chain(prefixed)
        .take(MAX_MATCHES)
        .filter_map(|i| g.entries.get(i as usize))
        .map(|e| Candidate {
            name: e.name.to_string(),
            lat: e.lat,
            lon: e.lon,
            country: (!e.country.is_empty()).then(|| e.country.to_string()),
            geonameid: (e.geonameid != 0).then_some(e.geonameid),
            kind: Some(match e.kind {
                Kind::City => PlaceKind::City,
                Kind::Country => PlaceKind::Country,
                Kind::Admin1 | Kind::Admin2 => PlaceKind::Region,
                Kind::Continent => PlaceKind::Continent,
                Kind::Area => PlaceKind::Other,
            }),
        })
        .collect()
}

/// Every gazetteer entry's folded name with its index, sorted by name.
fn name_index() -> &'static [(Box<str>, u32)] {
    static INDEX: std::sync::OnceLock<Vec<(Box<str>, u32)>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let g = Gazetteer::get();
        let mut v: Vec<(Box<str>, u32)> = g
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (fold(e.name).into_boxed_str(), i as u32))
            .collect();
        v.sort_unstable();
        v
    })
}
