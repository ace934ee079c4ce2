//! Travellers as plain values. Each is known by its `key`, its place in the engine's
//! order (0 the engine's main traveller, then its companions); the reader's choice of main
//! traveller is a key. [`with_main`] swaps that traveller's trip into `trip`; the others
//! stay in `companions`, in the engine's order.

use itinera_engine::analysis::{Analysis, Trip};

/// Route colours: the first is the main route's (the page's route colour), then one per
/// companion.
pub const PALETTE: [&str; 6] = [
    "#c2410c", "#7c3aed", "#0f766e", "#be185d", "#1d4ed8", "#a16207",
];

/// One traveller of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct Traveller {
    /// Its key (0 the engine's main traveller, k its k-th companion).
    pub key: usize,
    /// The person's id, if the engine named one.
    pub person: Option<String>,
    /// The name shown.
    pub name: String,
    /// The colour of the route.
    pub colour: &'static str,
    /// How many stops.
    pub stops: usize,
    /// True for the main traveller now.
    pub main: bool,
}

/// The colour of traveller `key` while `main` is the main one: the main one takes the
/// main route's colour and gives its own to the engine's main traveller.
pub fn colour(key: usize, main: usize) -> &'static str {
    let k = if key == main {
        0
    } else if key == 0 {
        main
    } else {
        key
    };
    PALETTE[k % PALETTE.len()]
}

/// The key of the main traveller clamped to those there are (a new text may have fewer).
pub fn clamp(a: &Analysis, main: usize) -> usize {
    if main <= a.companions.len() && a.trip.is_some() {
        main
    } else {
        0
    }
}

/// The analysis with traveller `main` as the main one (`a` itself for 0). `a` is the
/// engine's order (after corrections).
pub fn with_main(a: &Analysis, main: usize) -> Analysis {
    let main = clamp(a, main);
    let mut b = a.clone();
    if main == 0 {
        return b;
    }
    let chosen = b.companions.remove(main - 1);
    let old = b.trip.replace(chosen);
    if let Some(old) = old {
        b.companions.insert(0, old);
    }
    b
}

/// The keys of `b`'s trip and companions, in that order, when `b = with_main(a, main)`.
pub fn keys(b: &Analysis, main: usize) -> Vec<usize> {
    let n = b.companions.len();
    if main == 0 {
        return (0..=n).collect();
    }
    let mut out = vec![main, 0];
    out.extend((1..=n).filter(|&k| k != main));
    out
}

fn name_of(a: &Analysis, t: &Trip, key: usize) -> String {
    a.traveller_name(t).map_or_else(
        || {
            if key == 0 {
                "Main traveller".to_string()
            } else {
                format!("Traveller {}", key + 1)
            }
        },
        str::to_string,
    )
}

/// The travellers of `b = with_main(a, main)` in the engine's order (so a button keeps
/// its place when the reader switches); empty when the article follows one person.
pub fn list(b: &Analysis, main: usize) -> Vec<Traveller> {
    if b.companions.is_empty() {
        return Vec::new();
    }
    let trips: Vec<&Trip> = b.trip.iter().chain(&b.companions).collect();
    let mut out: Vec<Traveller> = keys(b, main)
        .into_iter()
        .zip(trips)
        .map(|(key, t)| Traveller {
            key,
            person: t.traveller.clone(),
            name: name_of(b, t, key),
            colour: colour(key, main),
            stops: t.stops.len(),
            main: key == main,
        })
        .collect();
    out.sort_by_key(|t| t.key);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use itinera_engine::analysis::{Person, Span, Stop, StopRole, StopStatus};

    fn trip(who: &str, places: &[&str]) -> Trip {
        Trip {
            traveller: Some(who.into()),
            stops: places
                .iter()
                .enumerate()
                .map(|(i, p)| Stop {
                    order: i + 1,
                    place: (*p).into(),
                    time: None,
                    status: StopStatus::Done,
                    role: StopRole::Stop,
                    evidence: Span { start: 0, end: 0 },
                })
                .collect(),
        }
    }

    /// A hand-built analysis: Holt (p1, p2, p3), Reyes (p4, p5), Ito (p6).
    fn three() -> Analysis {
        let mut a = Analysis::empty();
        for (id, name) in [
            ("e1", "Lena Holt"),
            ("e2", "Paul Reyes"),
            ("e3", "Mika Ito"),
        ] {
            a.people.push(Person {
                id: id.into(),
                name: name.into(),
                role: None,
                mentions: vec![],
            });
        }
        a.trip = Some(trip("e1", &["p1", "p2", "p3"]));
        a.companions = vec![trip("e2", &["p4", "p5"]), trip("e3", &["p6"])];
        a
    }

    fn stops(t: &Option<Trip>) -> Vec<&str> {
        t.iter()
            .flat_map(|t| t.stops.iter().map(|s| s.place.as_str()))
            .collect()
    }

    #[test]
    fn one_traveller_has_no_legend() {
        let mut a = three();
        a.companions.clear();
        assert!(list(&a, 0).is_empty());
    }

    #[test]
    fn legend_names_each_traveller_with_its_own_colour() {
        let a = three();
        let l = list(&a, 0);
        let names: Vec<&str> = l.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["Lena Holt", "Paul Reyes", "Mika Ito"]);
        let mut colours: Vec<&str> = l.iter().map(|t| t.colour).collect();
        assert_eq!(colours[0], PALETTE[0]);
        colours.dedup();
        assert_eq!(colours.len(), 3);
        assert_eq!(
            l.iter().map(|t| t.main).collect::<Vec<_>>(),
            [true, false, false]
        );
    }

    #[test]
    fn a_group_traveller_is_shown_by_its_name() {
        let mut a = three();
        a.trip = Some(trip("HMS Curlew", &["p1", "p2"]));
        let names: Vec<String> = list(&a, 0).into_iter().map(|t| t.name).collect();
        assert_eq!(names, ["HMS Curlew", "Paul Reyes", "Mika Ito"]);
    }

    #[test]
    fn switching_makes_the_companion_the_trip() {
        let a = three();
        let b = with_main(&a, 1);
        assert_eq!(
            b.trip.as_ref().and_then(|t| t.traveller.as_deref()),
            Some("e2")
        );
        assert_eq!(stops(&b.trip), ["p4", "p5"]);
        let others: Vec<_> = b.companions.iter().map(|t| t.traveller.clone()).collect();
        assert_eq!(others, [Some("e1".into()), Some("e3".into())]);
        // The legend keeps its order; the main colour moves with the choice.
        let l = list(&b, 1);
        let names: Vec<&str> = l.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["Lena Holt", "Paul Reyes", "Mika Ito"]);
        assert_eq!(l[1].colour, PALETTE[0]);
        assert!(l[1].main && !l[0].main);
        assert_ne!(l[0].colour, l[2].colour);
    }

    #[test]
    fn switching_to_the_last_and_back() {
        let a = three();
        let b = with_main(&a, 2);
        assert_eq!(stops(&b.trip), ["p6"]);
        assert_eq!(keys(&b, 2), [2, 0, 1]);
        assert_eq!(with_main(&a, 0), a);
    }

    #[test]
    fn a_key_past_the_travellers_means_the_main_one() {
        let a = three();
        assert_eq!(with_main(&a, 7), a);
        assert_eq!(clamp(&a, 7), 0);
    }
}
