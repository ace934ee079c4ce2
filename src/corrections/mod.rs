//! The reader's corrections to an analysis, and how they change it.
//!
//! The engine's answer is never edited in place: the page keeps the engine's
//! [`Analysis`] and a list of [`Correction`]s, and every view shows
//! [`apply`]`(&analysis, &corrections)`. Undo is dropping the last correction; a share link
//! and local storage carry the list, not the corrected result, so they stay small.
//!
//! A correction names what it changes by a [`Ref`]: the id (`p4`) *and* the name
//! (`Antalya`). The id is exact for the analysis it was made on; the name keeps the
//! correction meaningful when a newer engine numbers places differently. A correction
//! whose target no longer exists is skipped, never an error.
//!
//! ```
//! use itinera_engine::{analyze, Options};
//! use itinera_web::corrections::{apply, Correction, Ref};
//! let a = analyze("Kerry flew to Sochi, then to Antalya.", &Options::default());
//! let antalya = a.places.iter().find(|p| p.name == "Antalya").unwrap();
//! let fixed = apply(&a, &[Correction::RemovePlace { place: Ref::new(&antalya.id, "Antalya") }]);
//! assert!(fixed.places.iter().all(|p| p.name != "Antalya"));
//! ```

use itinera_engine::analysis::{
    Alternative, Analysis, Place, PlaceKind, Span, Stop, StopRole, StopStatus, Trip,
};
use itinera_engine::places::gazetteer::{fold, Gazetteer, Kind};
use serde::{Deserialize, Serialize};

/// Names a place or a person of an analysis: its id and its name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ref {
    /// The id in the analysis (`p4`, `e1`).
    pub id: String,
    /// The name at the time of the correction.
    pub name: String,
}

impl Ref {
    /// A reference to `id` named `name`.
    pub fn new(id: &str, name: &str) -> Ref {
        Ref {
            id: id.to_string(),
            name: name.to_string(),
        }
    }

    /// Index of the item this names in `items` (given as `(id, name)` pairs): the one with
    /// the same id and name, else the first with the same name.
    fn find<'a>(&self, items: impl Iterator<Item = (&'a str, &'a str)> + Clone) -> Option<usize> {
        items
            .clone()
            .position(|(id, name)| id == self.id && name == self.name)
            .or_else(|| items.clone().position(|(_, name)| name == self.name))
    }
}

/// Where an ambiguous place really is: one of its `alternatives`, or a gazetteer entry
/// the reader picked by name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// The name as the gazetteer spells it.
    pub name: String,
    /// Latitude in degrees (WGS84).
    pub lat: f64,
    /// Longitude in degrees (WGS84).
    pub lon: f64,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// GeoNames id, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonameid: Option<u32>,
    /// What sort of place, when known (gazetteer picks know it, alternatives do not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PlaceKind>,
}

impl Candidate {
    /// True when the position is a real one: finite, latitude within ±90°, longitude
    /// within ±180°. A crafted link with another position is ignored.
    pub fn is_valid(&self) -> bool {
        self.lat.is_finite()
            && self.lon.is_finite()
            && (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon)
    }
}

impl From<&Alternative> for Candidate {
    fn from(a: &Alternative) -> Candidate {
        Candidate {
            name: a.name.clone(),
            lat: a.lat,
            lon: a.lon,
            country: a.country.clone(),
            geonameid: a.geonameid,
            kind: None,
        }
    }
}

/// One change the reader made. Positions are 0-based indices into the trip's stops.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// The place is not a place of the story: it goes from the places, the stops, the
    /// events, the topics and the dateline; its words are no longer highlighted.
    RemovePlace {
        /// The place.
        place: Ref,
    },
    /// The place is another one of the same name: its name, position, country and
    /// GeoNames id become the candidate's; the old reading becomes an alternative.
    Relocate {
        /// The place.
        place: Ref,
        /// Where it really is.
        to: Candidate,
    },
    /// The place's stop moves to position `to` (clamped to the trip).
    MoveStop {
        /// The stop's place.
        place: Ref,
        /// The new position, 0-based.
        to: usize,
    },
    /// The place becomes a stop at position `at` (clamped), if it is not one already.
    AddStop {
        /// The place.
        place: Ref,
        /// The position, 0-based.
        at: usize,
    },
    /// A place the engine missed becomes a stop at position `at` (clamped): it joins the
    /// places (id `u1`, `u2`, …, no mentions) unless one at the same spot is there already.
    AddPlace {
        /// Where it is.
        to: Candidate,
        /// The position, 0-based.
        at: usize,
    },
    /// The place stays a place of the story but is not a stop.
    RemoveStop {
        /// The stop's place.
        place: Ref,
    },
    /// The trip's traveller is this person (or nobody).
    SetTraveller {
        /// The person, `None` for nobody.
        person: Option<Ref>,
    },
}

#[cfg(target_arch = "wasm32")]
pub mod panel;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
pub use storage::{store, stored};

/// At most this many gazetteer matches are offered for a typed name.
const MAX_MATCHES: usize = 8;

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

/// The local-storage key under which the corrections of `text` are kept:
/// `itinera.corrections.` and a 64-bit FNV-1a hash of the text's bytes, in hex.
pub fn storage_key(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("itinera.corrections.{h:016x}")
}

/// `analysis` with `corrections` applied in order. Corrections whose target is gone are
/// skipped. Stops are renumbered `1..` after every change.
pub fn apply(analysis: &Analysis, corrections: &[Correction]) -> Analysis {
    let mut a = analysis.clone();
    for c in corrections {
        apply_one(&mut a, c);
    }
    a
}

/// Index of the place `r` names.
fn place_index(a: &Analysis, r: &Ref) -> Option<usize> {
    r.find(a.places.iter().map(|p| (p.id.as_str(), p.name.as_str())))
}

/// A place of the reader's for `to`, with the first free id `u1`, `u2`, …. Built through
/// serde so fields the engine adds later take their defaults.
fn new_place(a: &Analysis, to: &Candidate) -> Option<Place> {
    let id = (1..)
        .map(|n| format!("u{n}"))
        .find(|id| a.places.iter().all(|p| p.id != *id))?;
    serde_json::from_value(serde_json::json!({
        "id": id,
        "name": to.name,
        "kind": to.kind.unwrap_or(PlaceKind::City),
        "geonameid": to.geonameid,
        "country": to.country,
        "lat": to.lat,
        "lon": to.lon,
        "confidence": 1.0,
        "alternatives": [],
        "mentions": [],
    }))
    .ok()
}

fn apply_one(a: &mut Analysis, c: &Correction) {
    match c {
        Correction::RemovePlace { place } => {
            let Some(i) = place_index(a, place) else {
                return;
            };
            let id = a.places.remove(i).id;
            for e in &mut a.events {
                e.places.retain(|p| *p != id);
            }
            for t in &mut a.topics {
                t.places.retain(|p| *p != id);
            }
            if let Some(d) = &mut a.document.dateline {
                if d.place.as_deref() == Some(id.as_str()) {
                    d.place = None;
                }
            }
            if let Some(trip) = &mut a.trip {
                trip.stops.retain(|s| s.place != id);
            }
        }
        Correction::Relocate { place, to } => {
            let Some(i) = place_index(a, place).filter(|_| to.is_valid()) else {
                return;
            };
            let p = &mut a.places[i];
            let old = Alternative {
                name: p.name.clone(),
                lat: p.lat,
                lon: p.lon,
                country: p.country.clone(),
                score: p.confidence,
                geonameid: p.geonameid,
            };
            p.alternatives.retain(|x| {
                !(x.name == to.name
                    && (x.geonameid == to.geonameid && to.geonameid.is_some()
                        || (x.lat - to.lat).abs() < 1e-6 && (x.lon - to.lon).abs() < 1e-6))
            });
            p.alternatives.insert(0, old);
            p.kind = match to.kind {
                Some(k) => k,
                // Another country of a country's name is next to unheard of: without a
                // kind, the candidate is only known not to be the country.
                None if p.kind == PlaceKind::Country => PlaceKind::Other,
                None => p.kind,
            };
            p.name = to.name.clone();
            p.lat = to.lat;
            p.lon = to.lon;
            p.country = to.country.clone();
            p.geonameid = to.geonameid;
            p.confidence = 1.0;
        }
        Correction::MoveStop { place, to } => {
            let Some(id) = place_index(a, place).map(|i| a.places[i].id.clone()) else {
                return;
            };
            let Some(trip) = &mut a.trip else { return };
            let Some(from) = trip.stops.iter().position(|s| s.place == id) else {
                return;
            };
            let stop = trip.stops.remove(from);
            let to = (*to).min(trip.stops.len());
            trip.stops.insert(to, stop);
        }
        Correction::AddStop { place, at } => {
            let Some(i) = place_index(a, place) else {
                return;
            };
            let p = &a.places[i];
            // A name is better evidence for a stop than a demonym ("Russian").
            let named = p.mentions.iter().find(|m| !m.demonym);
            let evidence = named
                .or(p.mentions.first())
                .map_or(Span::default(), |m| Span {
                    start: m.start,
                    end: m.end,
                });
            let id = p.id.clone();
            let trip = a.trip.get_or_insert_with(|| Trip {
                traveller: None,
                stops: Vec::new(),
            });
            if trip.stops.iter().any(|s| s.place == id) {
                return;
            }
            let at = (*at).min(trip.stops.len());
            trip.stops.insert(
                at,
                Stop {
                    order: 0,
                    place: id,
                    time: None,
                    status: StopStatus::Done,
                    role: StopRole::Stop,
                    evidence,
                },
            );
        }
        Correction::AddPlace { to, at } => {
            if !to.is_valid() {
                return;
            }
            let same = |p: &Place| {
                p.name == to.name && (p.lat - to.lat).abs() < 1e-4 && (p.lon - to.lon).abs() < 1e-4
            };
            let place = match a.places.iter().find(|p| same(p)) {
                Some(p) => Ref::new(&p.id, &p.name),
                None => {
                    let Some(p) = new_place(a, to) else { return };
                    let r = Ref::new(&p.id, &p.name);
                    a.places.push(p);
                    r
                }
            };
            apply_one(a, &Correction::AddStop { place, at: *at });
            return;
        }
        Correction::RemoveStop { place } => {
            let Some(id) = place_index(a, place).map(|i| a.places[i].id.clone()) else {
                return;
            };
            if let Some(trip) = &mut a.trip {
                trip.stops.retain(|s| s.place != id);
            }
        }
        Correction::SetTraveller { person } => {
            let id = match person {
                None => None,
                Some(r) => {
                    match r.find(a.people.iter().map(|p| (p.id.as_str(), p.name.as_str()))) {
                        Some(i) => Some(a.people[i].id.clone()),
                        None => return,
                    }
                }
            };
            let trip = a.trip.get_or_insert_with(|| Trip {
                traveller: None,
                stops: Vec::new(),
            });
            trip.traveller = id;
        }
    }
    if let Some(trip) = &mut a.trip {
        for (n, s) in trip.stops.iter_mut().enumerate() {
            s.order = n + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use itinera_engine::{analyze, Options};

    const SEED: &str = include_str!("../static/samples/kerry-sochi.txt");

    fn seed() -> Analysis {
        analyze(SEED, &Options::with_date("2015-05-12").unwrap())
    }

    fn place(a: &Analysis, name: &str) -> Ref {
        let p = a.places.iter().find(|p| p.name == name).unwrap();
        Ref::new(&p.id, &p.name)
    }

    fn stops(a: &Analysis) -> Vec<String> {
        let t = a.trip.as_ref().unwrap();
        t.stops
            .iter()
            .enumerate()
            .map(|(i, s)| {
                assert_eq!(s.order, i + 1);
                a.places
                    .iter()
                    .find(|p| p.id == s.place)
                    .unwrap()
                    .name
                    .clone()
            })
            .collect()
    }

    #[test]
    fn seed_trip_is_the_known_one() {
        assert_eq!(stops(&seed()), ["Sochi", "Antalya", "Washington"]);
    }

    #[test]
    fn remove_antalya_drops_place_stop_and_links() {
        let a = seed();
        let r = place(&a, "Antalya");
        let b = apply(&a, &[Correction::RemovePlace { place: r.clone() }]);
        assert_eq!(stops(&b), ["Sochi", "Washington"]);
        assert!(b.places.iter().all(|p| p.id != r.id));
        assert!(b.events.iter().all(|e| !e.places.contains(&r.id)));
        assert!(b.topics.iter().all(|t| !t.places.contains(&r.id)));
        assert_eq!(b.places.len(), a.places.len() - 1);
    }

    #[test]
    fn remove_dateline_place_clears_dateline() {
        let a = seed();
        let Some(id) = a.document.dateline.as_ref().and_then(|d| d.place.clone()) else {
            return;
        };
        let name = a.places.iter().find(|p| p.id == id).unwrap().name.clone();
        let b = apply(
            &a,
            &[Correction::RemovePlace {
                place: Ref::new(&id, &name),
            }],
        );
        assert_eq!(b.document.dateline.unwrap().place, None);
    }

    #[test]
    fn missing_target_is_skipped() {
        let a = seed();
        let b = apply(
            &a,
            &[
                Correction::RemovePlace {
                    place: Ref::new("p999", "Atlantis"),
                },
                Correction::MoveStop {
                    place: Ref::new("p999", "Atlantis"),
                    to: 0,
                },
                Correction::SetTraveller {
                    person: Some(Ref::new("e99", "Nobody")),
                },
            ],
        );
        assert_eq!(a, b);
    }

    #[test]
    fn ref_falls_back_to_name_when_ids_moved() {
        let a = seed();
        let b = apply(
            &a,
            &[Correction::RemovePlace {
                place: Ref::new("p999", "Antalya"),
            }],
        );
        assert_eq!(stops(&b), ["Sochi", "Washington"]);
    }

    #[test]
    fn move_stop_reorders_and_renumbers() {
        let a = seed();
        let w = place(&a, "Washington");
        let b = apply(
            &a,
            &[Correction::MoveStop {
                place: w.clone(),
                to: 0,
            }],
        );
        assert_eq!(stops(&b), ["Washington", "Sochi", "Antalya"]);
        let c = apply(
            &a,
            &[Correction::MoveStop {
                place: place(&a, "Sochi"),
                to: 99,
            }],
        );
        assert_eq!(stops(&c), ["Antalya", "Washington", "Sochi"]);
    }

    #[test]
    fn add_stop_inserts_once_with_evidence() {
        let a = seed();
        let m = place(&a, "Moscow");
        let b = apply(
            &a,
            &[
                Correction::AddStop {
                    place: m.clone(),
                    at: 1,
                },
                Correction::AddStop {
                    place: m.clone(),
                    at: 0,
                },
            ],
        );
        assert_eq!(stops(&b), ["Sochi", "Moscow", "Antalya", "Washington"]);
        let s = &b.trip.as_ref().unwrap().stops[1];
        let moscow = b.places.iter().find(|p| p.id == m.id).unwrap();
        assert_eq!(s.evidence.start, moscow.mentions[0].start);
    }

    #[test]
    fn add_stop_without_trip_makes_one() {
        let a = analyze("Officials in Paris said nothing.", &Options::default());
        let p = place(&a, "Paris");
        let b = apply(&a, &[Correction::AddStop { place: p, at: 3 }]);
        assert_eq!(stops(&b), ["Paris"]);
    }

    #[test]
    fn add_missed_place_as_stop() {
        let a = seed();
        let izmir = gazetteer_matches("Izmir").remove(0);
        let add = Correction::AddPlace {
            to: izmir.clone(),
            at: 2,
        };
        let b = apply(&a, &[add.clone(), add.clone()]);
        assert_eq!(stops(&b)[2], izmir.name);
        assert_eq!(stops(&b).len(), 4);
        let p = b.places.last().unwrap();
        assert_eq!(
            (p.id.as_str(), p.kind, p.mentions.len()),
            ("u1", PlaceKind::City, 0)
        );
        assert_eq!(b.places.len(), a.places.len() + 1);
        // Removing it works like any place; a second one gets the next id.
        let c = apply(
            &a,
            &[
                add,
                Correction::AddPlace {
                    to: gazetteer_matches("Ankara").remove(0),
                    at: 9,
                },
                Correction::RemovePlace {
                    place: Ref::new("u1", &izmir.name),
                },
            ],
        );
        assert_eq!(stops(&c), ["Sochi", "Antalya", "Washington", "Ankara"]);
        assert_eq!(c.places.last().unwrap().id, "u2");
    }

    #[test]
    fn add_place_already_there_only_adds_the_stop() {
        let a = seed();
        let m = a.places.iter().find(|p| p.name == "Moscow").unwrap();
        let to = Candidate {
            name: m.name.clone(),
            lat: m.lat,
            lon: m.lon,
            country: None,
            geonameid: None,
            kind: None,
        };
        let b = apply(&a, &[Correction::AddPlace { to, at: 0 }]);
        assert_eq!(stops(&b), ["Moscow", "Sochi", "Antalya", "Washington"]);
        assert_eq!(b.places.len(), a.places.len());
    }

    #[test]
    fn remove_stop_keeps_place() {
        let a = seed();
        let r = place(&a, "Antalya");
        let b = apply(&a, &[Correction::RemoveStop { place: r.clone() }]);
        assert_eq!(stops(&b), ["Sochi", "Washington"]);
        assert!(b.places.iter().any(|p| p.id == r.id));
    }

    #[test]
    fn relocate_swaps_with_alternative() {
        let a = seed();
        let Some(p) = a.places.iter().find(|p| !p.alternatives.is_empty()) else {
            return;
        };
        let alt = &p.alternatives[0];
        let to = Candidate::from(alt);
        let b = apply(
            &a,
            &[Correction::Relocate {
                place: Ref::new(&p.id, &p.name),
                to: to.clone(),
            }],
        );
        let q = b.places.iter().find(|q| q.id == p.id).unwrap();
        assert_eq!((q.lat, q.lon, &q.name), (to.lat, to.lon, &to.name));
        assert_eq!(q.alternatives[0].name, p.name);
        assert_eq!(q.alternatives.len(), p.alternatives.len());
        assert_eq!(q.mentions, p.mentions);
    }

    #[test]
    fn relocate_to_typed_place_takes_its_kind() {
        let a = analyze(
            "Protests spread across Georgia on Monday.",
            &Options::default(),
        );
        let Some(p) = a.places.iter().find(|p| p.name == "Georgia") else {
            return;
        };
        let us = gazetteer_matches("Georgia")
            .into_iter()
            .find(|c| c.country.as_deref() == Some("US"))
            .unwrap();
        let b = apply(
            &a,
            &[Correction::Relocate {
                place: Ref::new(&p.id, &p.name),
                to: us,
            }],
        );
        let q = b.places.iter().find(|q| q.id == p.id).unwrap();
        assert_eq!(
            (q.kind, q.country.as_deref()),
            (PlaceKind::Region, Some("US"))
        );
    }

    #[test]
    fn relocate_to_impossible_position_is_ignored() {
        let a = seed();
        let r = place(&a, "Sochi");
        for (lat, lon) in [
            (91.0, 0.0),
            (0.0, 181.0),
            (f64::NAN, 0.0),
            (0.0, f64::INFINITY),
        ] {
            let to = Candidate {
                name: "Nowhere".into(),
                lat,
                lon,
                country: None,
                geonameid: None,
                kind: None,
            };
            assert_eq!(
                apply(
                    &a,
                    &[Correction::Relocate {
                        place: r.clone(),
                        to
                    }]
                ),
                a
            );
        }
    }

    #[test]
    fn set_traveller_and_nobody() {
        let a = seed();
        let Some(other) = a
            .people
            .iter()
            .find(|p| Some(&p.id) != a.trip.as_ref().unwrap().traveller.as_ref())
        else {
            return;
        };
        let r = Ref::new(&other.id, &other.name);
        let b = apply(&a, &[Correction::SetTraveller { person: Some(r) }]);
        assert_eq!(b.trip.unwrap().traveller, Some(other.id.clone()));
        let c = apply(&a, &[Correction::SetTraveller { person: None }]);
        assert_eq!(c.trip.unwrap().traveller, None);
    }

    #[test]
    fn typed_name_completes_from_gazetteer() {
        let m = gazetteer_matches("  paris ");
        assert_eq!(m[0].country.as_deref(), Some("FR"));
        assert!(m.len() > 1 && m.len() <= MAX_MATCHES);
        assert_eq!(gazetteer_matches("ZÜRICH")[0].name, "Zürich");
        assert!(gazetteer_matches("").is_empty());
        assert!(gazetteer_matches("Atlantisville").is_empty());
        // Completion: a prefix finds the big place first; an alternate name finds the place.
        assert_eq!(gazetteer_matches("Antal")[0].name, "Antalya");
        assert_eq!(
            gazetteer_matches("washingt")[0].country.as_deref(),
            Some("US")
        );
        assert!(gazetteer_matches("Kiev").iter().any(|c| c.name == "Kyiv"));
        assert_eq!(gazetteer_matches("s").len(), MAX_MATCHES);
    }

    #[test]
    fn storage_key_depends_on_every_byte() {
        assert_eq!(storage_key(""), "itinera.corrections.cbf29ce484222325");
        assert_ne!(storage_key("Sochi."), storage_key("Sochi!"));
        assert_eq!(storage_key(SEED), storage_key(SEED));
    }

    #[test]
    fn corrections_serialise_tagged() {
        let c = Correction::MoveStop {
            place: Ref::new("p1", "Sochi"),
            to: 2,
        };
        let j = serde_json::to_string(&c).unwrap();
        assert_eq!(
            j,
            r#"{"op":"move_stop","place":{"id":"p1","name":"Sochi"},"to":2}"#
        );
        assert_eq!(serde_json::from_str::<Correction>(&j).unwrap(), c);
    }
}
