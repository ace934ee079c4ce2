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

/// The names of the elements `tag` under the root of an XML document, in order, read by
/// an independent parser.
fn xml_names(doc: &str, tag: &str) -> Vec<String> {
    let d = roxmltree::Document::parse(doc).expect("well-formed XML");
    d.descendants()
        .filter(|n| n.has_tag_name(tag))
        .filter_map(|n| {
            n.children()
                .find(|c| c.has_tag_name("name"))
                .and_then(|c| c.text())
                .map(str::to_string)
        })
        .collect()
}

#[test]
fn seed_kml_lists_the_stops_in_order_and_a_line() {
    let k = route::kml(&seed());
    assert_eq!(
        xml_names(&k, "Placemark"),
        ["Sochi", "Antalya", "Washington", "Route"]
    );
    let d = roxmltree::Document::parse(&k).unwrap();
    let line = d
        .descendants()
        .find(|n| n.has_tag_name("LineString"))
        .and_then(|n| n.children().find(|c| c.has_tag_name("coordinates")))
        .and_then(|c| c.text())
        .unwrap_or_default();
    assert_eq!(line.split_whitespace().count(), 3);
    // Sochi is dated: Tuesday 12 May 2015.
    assert!(k.contains("<when>2015-05-12</when>"));
}

#[test]
fn seed_gpx_has_waypoints_and_a_route_in_order() {
    let g = route::gpx(&seed());
    assert_eq!(xml_names(&g, "wpt"), ["Sochi", "Antalya", "Washington"]);
    assert_eq!(xml_names(&g, "rtept"), ["Sochi", "Antalya", "Washington"]);
    let d = roxmltree::Document::parse(&g).unwrap();
    let sochi = d.descendants().find(|n| n.has_tag_name("wpt")).unwrap();
    let lat: f64 = sochi.attribute("lat").unwrap().parse().unwrap();
    assert!((lat - 43.6).abs() < 0.5);
}

#[test]
fn route_files_escape_names() {
    let mut a = seed();
    a.places[0].name = "A & <B> \"C\"".into();
    let stop = a.trip.as_ref().unwrap().stops[0].place.clone();
    a.places.iter_mut().find(|p| p.id == stop).unwrap().name = "Sochi <&> \"x\"".into();
    assert_eq!(
        xml_names(&route::kml(&a), "Placemark")[0],
        "Sochi <&> \"x\""
    );
    assert_eq!(xml_names(&route::gpx(&a), "wpt")[0], "Sochi <&> \"x\"");
}

#[test]
fn no_trip_gives_empty_but_valid_route_files() {
    let a = analyze("Nothing moves here.", &Options::default());
    assert!(xml_names(&route::kml(&a), "Placemark").is_empty());
    assert!(xml_names(&route::gpx(&a), "wpt").is_empty());
}

#[test]
fn seed_page_has_three_stops_and_loads_nothing() {
    let a = seed();
    let h = page::html(SEED, &a);
    assert_eq!(h.matches(r#"data-testid="map-stop""#).count(), 3);
    assert!(h.contains(r#"data-order="1" data-name="Sochi""#));
    assert!(h.matches(r#"data-testid="timeline-item""#).count() >= 3);
    // Nothing is fetched: no src or href attribute, no url() in styles.
    for bad in [" src=", " href=", "url(", "@import"] {
        assert!(!h.contains(bad), "{bad}");
    }
}

#[test]
fn page_escapes_the_article() {
    let text = "Kerry flew to Sochi. <script>alert(1)</script> <img src=x onerror=alert(2)> & done";
    let a = analyze(text, &Options::default());
    let h = page::html(text, &a);
    assert!(!h.contains("<script>alert"));
    assert!(!h.contains("<img"));
    assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // One script: the page's own.
    assert_eq!(h.matches("<script>").count(), 1);
}

#[test]
fn map_file_draws_each_companion_route_with_a_legend() {
    let text =
        "Foreign Minister Clara Jensen and Trade Minister Tomas Berg left Copenhagen on Monday. \
        Jensen flew to Warsaw on Monday, then travelled on to Vilnius. \
        Meanwhile, Berg travelled to Madrid on Monday and later visited Lisbon for talks. \
        Berg is expected to fly on to Rome on Friday.";
    let a = analyze(text, &Options::with_date("2024-03-15").unwrap());
    assert!(!a.companions.is_empty(), "the engine follows Berg too");
    let svg = map_svg(&a);
    assert_eq!(
        svg.matches(r#"data-testid="companion-route""#).count(),
        a.companions.len()
    );
    for c in &a.companions {
        let who = a
            .people
            .iter()
            .find(|p| Some(&p.id) == c.traveller.as_ref())
            .map(|p| p.name.clone())
            .unwrap_or_default();
        assert!(
            svg.contains(&format!(">{who}</text>")),
            "legend names {who}"
        );
    }
    roxmltree::Document::parse(&svg).expect("well-formed SVG");
}
