//! The trip's route for GIS and GPS tools: KML (Google Earth, QGIS) with one Placemark
//! per stop and a LineString through them, and GPX 1.1 with one waypoint per stop and a
//! route (`rte`) through them. Stops in travel order, each with its name, coordinates
//! and, when the analysis dates it, its time; every text escaped for XML.

use super::xml;
use itinera_engine::analysis::{Analysis, Place, Stop};
use std::fmt::Write;

/// The trip's stops with their places, in travel order.
fn stops(a: &Analysis) -> Vec<(&Place, &Stop)> {
    let mut out: Vec<(&Place, &Stop)> = a
        .trip
        .iter()
        .flat_map(|t| t.stops.iter())
        .filter_map(|s| a.places.iter().find(|p| p.id == s.place).map(|p| (p, s)))
        .collect();
    out.sort_by_key(|(_, s)| s.order);
    out
}

/// The calendar day of a stop (`2015-05-12`), when its time has one.
fn stop_day(a: &Analysis, s: &Stop) -> Option<String> {
    let v = a
        .times
        .iter()
        .find(|t| Some(&t.id) == s.time.as_ref())?
        .value
        .as_deref()?;
    let day = v.get(..10)?;
    let b = day.as_bytes();
    (b[4] == b'-' && b[7] == b'-' && day.bytes().filter(u8::is_ascii_digit).count() == 8)
        .then(|| day.to_string())
}

/// A stop's description: its number, its time in words, and done or planned.
fn describe(a: &Analysis, s: &Stop) -> String {
    let when =
        crate::words::time_of(a, s.time.as_deref()).map_or_else(String::new, |w| format!(" · {w}"));
    let status = match s.status {
        itinera_engine::analysis::StopStatus::Done => "done",
        itinera_engine::analysis::StopStatus::Planned => "planned",
    };
    format!("Stop {}{when} · {status}", s.order)
}

fn title(a: &Analysis) -> String {
    a.document
        .title
        .clone()
        .unwrap_or_else(|| "itinera route".into())
}

/// The route as a KML 2.2 document.
pub fn kml(a: &Analysis) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n",
    );
    let _ = writeln!(s, "<name>{}</name>", xml(&title(a)));
    let stops = stops(a);
    for (p, st) in &stops {
        let _ = writeln!(
            s,
            "<Placemark><name>{}</name><description>{}</description>",
            xml(&p.name),
            xml(&describe(a, st))
        );
        if let Some(day) = stop_day(a, st) {
            let _ = writeln!(s, "<TimeStamp><when>{day}</when></TimeStamp>");
        }
        let _ = writeln!(
            s,
            "<Point><coordinates>{:.5},{:.5},0</coordinates></Point></Placemark>",
            p.lon, p.lat
        );
    }
    if stops.len() >= 2 {
        s.push_str(
            "<Placemark><name>Route</name><LineString><tessellate>1</tessellate><coordinates>\n",
        );
        for (p, _) in &stops {
            let _ = writeln!(s, "{:.5},{:.5},0", p.lon, p.lat);
        }
        s.push_str("</coordinates></LineString></Placemark>\n");
    }
    s.push_str("</Document>\n</kml>\n");
    s
}

/// The route as a GPX 1.1 document.
pub fn gpx(a: &Analysis) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"itinera\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n",
    );
    let _ = writeln!(s, "<metadata><name>{}</name></metadata>", xml(&title(a)));
    let stops = stops(a);
    let point = |tag: &str, p: &Place, st: &Stop| {
        let mut out = format!("<{tag} lat=\"{:.5}\" lon=\"{:.5}\">", p.lat, p.lon);
        if let Some(day) = stop_day(a, st) {
            let _ = write!(out, "<time>{day}T00:00:00Z</time>");
        }
        let _ = write!(
            out,
            "<name>{}</name><desc>{}</desc></{tag}>",
            xml(&p.name),
            xml(&describe(a, st))
        );
        out
    };
    for (p, st) in &stops {
        let _ = writeln!(s, "{}", point("wpt", p, st));
    }
    if !stops.is_empty() {
        let _ = writeln!(s, "<rte><name>{}</name>", xml(&title(a)));
        for (p, st) in &stops {
            let _ = writeln!(s, "{}", point("rtept", p, st));
        }
        s.push_str("</rte>\n");
    }
    s.push_str("</gpx>\n");
    s
}
