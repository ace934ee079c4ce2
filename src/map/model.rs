//! What the map shows of an [`Analysis`], as plain values: the points to frame, the
//! countries to shade, and a place's tooltip. No drawing here (see
//! the map `view`), so it is tested natively.

use itinera_engine::analysis::{Analysis, Place, PlaceKind, StopRole, StopStatus};
use std::fmt::Write;

fn place<'a>(a: &'a Analysis, id: &str) -> Option<&'a Place> {
    a.places.iter().find(|p| p.id == id)
}

/// The points the map frames, as (lon, lat) in degrees: the trip's stops; without a trip,
/// the cities when at least two are named (a country's centre can be far from the story),
/// else every place but continents.
pub fn frame_points(a: &Analysis) -> Vec<(f64, f64)> {
    if let Some(trip) = a.trip.as_ref().filter(|t| !t.stops.is_empty()) {
        // The companions' stops too: every route is on the map.
        return std::iter::once(trip)
            .chain(&a.companions)
            .flat_map(|t| t.stops.iter())
            .filter_map(|s| place(a, &s.place))
            .map(|p| (p.lon, p.lat))
            .collect();
    }
    let cities: Vec<_> = a
        .places
        .iter()
        .filter(|p| p.kind == PlaceKind::City)
        .map(|p| (p.lon, p.lat))
        .collect();
    if cities.len() >= 2 {
        return cities;
    }
    a.places
        .iter()
        .filter(|p| p.kind != PlaceKind::Continent)
        .map(|p| (p.lon, p.lat))
        .collect()
}

/// ISO alpha-2 codes, sorted and without repeats, of the places `ids` that are countries.
pub fn countries_of<'a>(a: &Analysis, ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = ids
        .into_iter()
        .filter_map(|id| place(a, id))
        .filter(|p| p.kind == PlaceKind::Country)
        .filter_map(|p| p.country.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The countries named by the topics (shaded on the map).
pub fn topic_countries(a: &Analysis) -> Vec<String> {
    countries_of(
        a,
        a.topics
            .iter()
            .flat_map(|t| t.places.iter().map(String::as_str)),
    )
}

/// The countries the trip stops in (any kind of place: a city's country counts).
pub fn visited_countries(a: &Analysis) -> Vec<String> {
    let mut out: Vec<String> = a
        .trip
        .iter()
        .flat_map(|t| t.stops.iter())
        .filter_map(|s| place(a, &s.place))
        .filter_map(|p| p.country.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The event of a stop's evidence sentence ("Kerry laid a wreath in Sochi"), if the
/// engine found one there.
pub fn stop_event<'a>(
    a: &'a Analysis,
    s: &itinera_engine::analysis::Stop,
) -> Option<&'a itinera_engine::analysis::Event> {
    a.events
        .iter()
        .find(|v| v.start <= s.evidence.start && s.evidence.start < v.end)
}

/// A time in words for readers ("Tue 12 May 2015", "Tuesday"), never its raw value.
pub fn time_text(a: &Analysis, id: Option<&str>) -> Option<String> {
    crate::words::time_of(a, id)
}

/// The tooltip of a place: its name; its kind and country; its mentions; and for each
/// trip stop there, the stop's number, time and status.
pub fn tip_lines(a: &Analysis, place_id: &str) -> Vec<String> {
    let Some(p) = place(a, place_id) else {
        return Vec::new();
    };
    let mut lines = vec![p.name.clone()];
    let mut second = format!("{:?}", p.kind).to_lowercase();
    if let Some(c) = &p.country {
        let name = super::basemap::country(c).map_or(c.as_str(), |c| c.name);
        let _ = write!(second, " · {name}");
    }
    lines.push(second);
    let n = p.mentions.len();
    lines.push(format!("{n} mention{}", if n == 1 { "" } else { "s" }));
    for s in a
        .trip
        .iter()
        .flat_map(|t| t.stops.iter())
        .filter(|s| s.place == p.id)
    {
        let status = match s.status {
            StopStatus::Done => "done",
            StopStatus::Planned => "planned",
        };
        let role = match s.role {
            StopRole::Origin => " · where the trip starts",
            StopRole::Transit => " · passing through",
            StopRole::Return => " · back home",
            StopRole::Stop => "",
        };
        let when = time_text(a, s.time.as_deref()).unwrap_or_else(|| "time not given".into());
        lines.push(format!("stop {} · {when} · {status}{role}", s.order));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use itinera_engine::analysis::{Mention, Span, Stop, Time, Topic, Trip};

    fn at(id: &str, name: &str, kind: PlaceKind, country: &str, lon: f64, lat: f64) -> Place {
        Place {
            id: id.into(),
            name: name.into(),
            kind,
            geonameid: None,
            country: Some(country.into()),
            lat,
            lon,
            confidence: 1.0,
            alternatives: vec![],
            mentions: vec![Mention {
                start: 0,
                end: 1,
                text: name.into(),
                demonym: false,
            }],
            demonyms: vec![],
        }
    }

    fn stop(order: usize, place: &str, time: Option<&str>, status: StopStatus) -> Stop {
        Stop {
            order,
            place: place.into(),
            time: time.map(Into::into),
            status,
            role: StopRole::Stop,
            evidence: Span { start: 0, end: 0 },
        }
    }

    fn story() -> Analysis {
        let mut a = Analysis::empty();
        a.places = vec![
            at("p1", "Russia", PlaceKind::Country, "RU", 100.0, 60.0),
            at("p2", "Sochi", PlaceKind::City, "RU", 39.7, 43.6),
            at("p3", "Washington", PlaceKind::City, "US", -77.0, 38.9),
            at("p4", "Europe", PlaceKind::Continent, "--", 15.0, 50.0),
        ];
        a
    }

    #[test]
    fn frames_the_stops_when_there_is_a_trip() {
        let mut a = story();
        a.trip = Some(Trip {
            traveller: None,
            stops: vec![
                stop(1, "p3", None, StopStatus::Done),
                stop(2, "p2", None, StopStatus::Planned),
            ],
        });
        assert_eq!(frame_points(&a), [(-77.0, 38.9), (39.7, 43.6)]);
    }

    #[test]
    fn without_a_trip_the_cities_not_a_far_country_centre() {
        assert_eq!(frame_points(&story()), [(39.7, 43.6), (-77.0, 38.9)]);
    }

    #[test]
    fn one_city_frames_with_its_country_but_never_a_continent() {
        let mut a = story();
        a.places.retain(|p| p.id != "p3");
        assert_eq!(frame_points(&a), [(100.0, 60.0), (39.7, 43.6)]);
    }

    #[test]
    fn only_countries_are_shaded_for_topics() {
        let mut a = story();
        a.topics.push(Topic {
            label: "relations".into(),
            score: 1.0,
            keyphrases: vec![],
            places: vec!["p2".into(), "p1".into(), "p1".into()],
            people: vec![],
            mentions: vec![],
        });
        assert_eq!(topic_countries(&a), ["RU"]);
    }

    #[test]
    fn a_city_stop_visits_its_country() {
        let mut a = story();
        a.trip = Some(Trip {
            traveller: None,
            stops: vec![stop(1, "p2", None, StopStatus::Done)],
        });
        assert_eq!(visited_countries(&a), ["RU"]);
    }

    #[test]
    fn a_stop_tooltip_says_when_and_whether_done() {
        let mut a = story();
        a.times.push(Time {
            id: "t1".into(),
            text: "Tuesday".into(),
            kind: "DATE".into(),
            value: Some("2015-05-12".into()),
            start: 0,
            end: 7,
            modifier: None,
            list_day: None,
        });
        a.trip = Some(Trip {
            traveller: None,
            stops: vec![
                stop(1, "p2", Some("t1"), StopStatus::Done),
                stop(2, "p3", None, StopStatus::Planned),
            ],
        });
        if let Some(t) = a.trip.as_mut() {
            t.stops[1].role = StopRole::Return;
        }
        assert_eq!(
            tip_lines(&a, "p2"),
            [
                "Sochi",
                "city · Russia",
                "1 mention",
                "stop 1 · Tue 12 May 2015 · done"
            ]
        );
        assert_eq!(
            tip_lines(&a, "p3")[3],
            "stop 2 · time not given · planned · back home"
        );
        assert!(tip_lines(&a, "p9").is_empty());
    }
}
