//! The exports checked natively: GeoJSON with an independent parser, the map SVG, names.

use super::*;
use crate::corrections::apply::apply;
use crate::corrections::model::{Correction, Ref};
use itinera_engine::{analyze, Options};

const SEED: &str = include_str!("../../static/samples/kerry-sochi.txt");

fn seed() -> Analysis {
    analyze(SEED, &Options::with_date("2015-05-12").unwrap())
}

fn parse(s: &str) -> geojson::FeatureCollection {
    s.parse::<geojson::GeoJson>()
        .and_then(geojson::FeatureCollection::try_from)
        .expect("valid GeoJSON")
}

fn route(fc: &geojson::FeatureCollection) -> &geojson::Feature {
    fc.features
        .iter()
        .find(|f| f.property("kind").and_then(|k| k.as_str()) == Some("route"))
        .expect("a route feature")
}

#[test]
fn json_is_the_schema() {
    let v: Value = serde_json::from_str(&json(&seed())).unwrap();
    assert_eq!(v["schema"], "itinera.analysis/1");
    let back: Analysis = serde_json::from_str(&json(&seed())).unwrap();
    assert_eq!(back, seed());
}

#[test]
fn seed_geojson_has_route_in_order() {
    let a = seed();
    let fc = parse(&geojson(&a));
    assert_eq!(fc.features.len(), a.places.len() + 1);
    let r = route(&fc);
    let Some(geojson::Value::LineString(coords)) = r.geometry.as_ref().map(|g| &g.value) else {
        panic!("route is a LineString");
    };
    let names = r.property("names").unwrap();
    assert_eq!(names, &json!(["Sochi", "Antalya", "Washington"]));
    assert_eq!(r.property("order").unwrap(), &json!([1, 2, 3]));
    assert_eq!(coords.len(), 3);
    // Sochi, then Antalya, then Washington: east to west.
    assert!(coords[0][0] > coords[1][0] && coords[1][0] > coords[2][0]);
    assert!((coords[0][1] - 43.6).abs() < 0.5, "{coords:?}");
}

#[test]
fn geojson_after_removing_antalya() {
    let a = seed();
    let p = a.places.iter().find(|p| p.name == "Antalya").unwrap();
    let b = apply(
        &a,
        &[Correction::RemovePlace {
            place: Ref::new(&p.id, &p.name),
        }],
    );
    let fc = parse(&geojson(&b));
    assert_eq!(
        route(&fc).property("names").unwrap(),
        &json!(["Sochi", "Washington"])
    );
}

#[test]
fn stop_points_carry_order_and_time() {
    let fc = parse(&geojson(&seed()));
    let sochi = fc
        .features
        .iter()
        .find(|f| f.property("name") == Some(&json!("Sochi")))
        .unwrap();
    assert_eq!(sochi.property("stop_order"), Some(&json!(1)));
    assert_eq!(sochi.property("stop_time"), Some(&json!("2015-05-12")));
    assert!(matches!(
        sochi.geometry.as_ref().map(|g| &g.value),
        Some(geojson::Value::Point(_))
    ));
}

#[test]
fn empty_analysis_exports_empty_collection() {
    let fc = parse(&geojson(&Analysis::empty()));
    assert!(fc.features.is_empty());
    assert!(map_svg(&Analysis::empty()).ends_with("</svg>"));
}

#[test]
fn route_over_the_antimeridian_is_cut() {
    // Tokyo to Honolulu to Los Angeles.
    let g = route_geometry(&[(139.7, 35.7), (-157.9, 21.3), (-118.2, 34.1)]);
    assert_eq!(g["type"], "MultiLineString");
    let lines = g["coordinates"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].as_array().unwrap().last().unwrap()[0], 180.0);
    assert_eq!(lines[1][0][0], -180.0);
    assert_eq!(lines[1].as_array().unwrap().len(), 3);
    let plain = route_geometry(&[(39.7, 43.6), (30.7, 36.9)]);
    assert_eq!(plain["type"], "LineString");
}

#[test]
fn wrap_keeps_longitudes_in_range() {
    for (lon, want) in [
        (190.0, -170.0),
        (-190.0, 170.0),
        (180.0, 180.0),
        (-180.0, -180.0),
        (0.0, 0.0),
    ] {
        assert_eq!(wrap(lon), want, "{lon}");
    }
}

#[test]
fn svg_draws_only_the_world_copies_it_shows() {
    let one = map_svg(&seed());
    // Any two places of the seed, moved to Tokyo and Honolulu (no trip: all are framed).
    let a = seed();
    let mut pacific = Analysis::empty();
    for (i, (lat, lon)) in [(35.7, 139.7), (21.3, -157.9)].into_iter().enumerate() {
        let mut p = a.places[i].clone();
        (p.lat, p.lon) = (lat, lon);
        pacific.places.push(p);
    }
    let two = map_svg(&pacific);
    assert_eq!(one.matches("<g transform=\"translate(").count(), 1);
    assert_eq!(two.matches("<g transform=\"translate(").count(), 2);
}

#[test]
fn svg_names_stops_and_escapes_text() {
    let mut a = seed();
    a.document.title = Some("Kerry & <Putin>".into());
    let svg = map_svg(&a);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("<title>Kerry &amp; &lt;Putin&gt;</title>"));
    for name in ["Sochi", "Antalya", "Washington"] {
        assert!(svg.contains(&format!(">{name}</text>")), "{name}");
    }
    assert!(!svg.contains("<script"));
}

#[test]
fn file_names_are_slugs() {
    let mut a = Analysis::empty();
    assert_eq!(file_name(&a, "json"), "itinera-analysis.json");
    a.document.title = Some("Kerry meets Putin: \"talks\" in Sochi!".into());
    assert_eq!(
        file_name(&a, "svg"),
        "itinera-kerry-meets-putin-talks-in-sochi.svg"
    );
}
