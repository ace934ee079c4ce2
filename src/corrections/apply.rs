//! How a correction changes an analysis. The engine's analysis is never edited in place:
//! [`apply`] returns a corrected copy.

use super::model::{Candidate, Correction, Ref};
use itinera_engine::analysis::{
    Alternative, Analysis, Place, PlaceKind, Span, Stop, StopRole, StopStatus, Trip,
};

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
