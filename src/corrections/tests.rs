//! The corrections as tables of named cases, on the seed article and small texts.

use super::apply::apply;
use super::model::{storage_key, Candidate, Correction, Ref};
use super::search::{gazetteer_matches, MAX_MATCHES};
use itinera_engine::analysis::{Analysis, PlaceKind};
use itinera_engine::{analyze, Options};

const SEED: &str = include_str!("../../static/samples/kerry-sochi.txt");

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
