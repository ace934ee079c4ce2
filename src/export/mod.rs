//! Exports of the (corrected) analysis: the `Analysis` JSON, GeoJSON, and the map as a
//! standalone SVG (the page turns that SVG into a PNG through a canvas).
//!
//! May use: the engine's `Analysis` types, serde_json, the map's [`basemap`](crate::map::basemap)
//! and [`projection`](crate::map::projection) (to draw the map file as the page does), the
//! [`crate::timeline::model`] and [`crate::article::marks`] models and [`crate::words`]
//! (for the HTML page and the route files), the map's [`model`](crate::map::model) and
//! [`companions`](crate::map::companions) and the [`crate::travellers`] palette (other
//! travellers' routes), and (buttons only) the store.
//!
//! [`route`] writes the route as KML and GPX; [`page`] the whole view as one
//! self-contained HTML file.
//!
//! Everything here is plain Rust on an [`Analysis`] and is tested natively; only the
//! download itself (`download`, `wasm32` only) and the buttons (`buttons`) touch the
//! browser.
//!
//! GeoJSON follows RFC 7946: coordinates are `[longitude, latitude]` in WGS84 degrees.
//! Every place is a `Point` feature; the trip is one feature whose geometry joins the stops
//! in travel order, a `LineString`, or a `MultiLineString` cut at ±180° when a leg crosses
//! the antimeridian (RFC 7946 §3.1.9), so GIS tools do not draw it round the world.
//!
//! ```
//! use itinera_engine::{analyze, Options};
//! use itinera_web::export;
//! let a = analyze("Kerry flew to Sochi on Tuesday, then on to Antalya.", &Options::default());
//! let g: serde_json::Value = serde_json::from_str(&export::geojson(&a)).unwrap();
//! assert_eq!(g["type"], "FeatureCollection");
//! assert!(export::map_svg(&a).starts_with("<svg"));
//! ```

#[cfg(target_arch = "wasm32")]
pub mod buttons;
#[cfg(target_arch = "wasm32")]
pub mod download;
pub mod page;
pub mod route;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

use crate::map::basemap::countries;
use crate::map::projection::{great_circle, Frame};
use itinera_engine::analysis::{Analysis, Place, PlaceKind, StopStatus};
use serde_json::{json, Value};
use std::fmt::Write;

/// Width of the exported map, in SVG user units (pixels for the PNG at scale 1).
pub const MAP_WIDTH: f64 = 960.0;
/// Height of the exported map.
pub const MAP_HEIGHT: f64 = 600.0;

/// The analysis as pretty-printed `itinera.analysis/1` JSON (what the CLI prints).
pub fn json(a: &Analysis) -> String {
    serde_json::to_string_pretty(a).unwrap_or_else(|_| "{}".into())
}

/// A file name for an export: `itinera-` and a slug of the article's title, then `ext`.
pub fn file_name(a: &Analysis, ext: &str) -> String {
    let mut slug = String::new();
    for c in a.document.title.as_deref().unwrap_or("").chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 48 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("itinera-analysis.{ext}")
    } else {
        format!("itinera-{slug}.{ext}")
    }
}

/// The normalised value of time `id` (or its text when it has no value).
fn time_value(a: &Analysis, id: Option<&str>) -> Value {
    id.and_then(|id| a.times.iter().find(|t| t.id == id))
        .map_or(Value::Null, |t| {
            json!(t.value.clone().unwrap_or_else(|| t.text.clone()))
        })
}

fn kind_name(k: PlaceKind) -> Value {
    serde_json::to_value(k).unwrap_or(Value::Null)
}

/// Longitude brought into [-180, 180].
fn wrap(lon: f64) -> f64 {
    let l = (lon + 180.0).rem_euclid(360.0) - 180.0;
    if l == -180.0 && lon > 0.0 {
        180.0
    } else {
        l
    }
}

/// Rounds degrees to 1e-5 (about a metre): enough for a map, short in the file.
fn r5(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

/// The route through `points` (lon, lat) as GeoJSON geometry: straight legs in
/// longitude/latitude, cut at the antimeridian where a leg is shorter across it.
pub fn route_geometry(points: &[(f64, f64)]) -> Value {
    let mut lines: Vec<Vec<[f64; 2]>> = vec![Vec::new()];
    for (i, &(lon, lat)) in points.iter().enumerate() {
        let lon = wrap(lon);
        if i > 0 {
            let (plon, plat) = (wrap(points[i - 1].0), points[i - 1].1);
            let d = lon - plon;
            if d.abs() > 180.0 {
                // Cross at ±180: the edge on the side we leave, then the other side.
                let edge = if d < 0.0 { 180.0 } else { -180.0 };
                let lon2 = if d < 0.0 { lon + 360.0 } else { lon - 360.0 };
                let t = (edge - plon) / (lon2 - plon);
                let y = r5(plat + t * (lat - plat));
                if let Some(line) = lines.last_mut() {
                    line.push([edge, y]);
                }
                lines.push(vec![[-edge, y]]);
            }
        }
        if let Some(line) = lines.last_mut() {
            line.push([r5(lon), r5(lat)]);
        }
    }
    if lines.len() == 1 {
        json!({ "type": "LineString", "coordinates": lines[0] })
    } else {
        json!({ "type": "MultiLineString", "coordinates": lines })
    }
}

/// The places and the route as a GeoJSON `FeatureCollection`.
///
/// Place features carry `id`, `name`, `kind`, `country`, `geonameid`, `confidence`,
/// `mentions` (how many times the text names it), and, for stops, `stop_order` (1..),
/// `stop_time` (normalised value), `stop_status` and `stop_role`. The route feature has
/// `kind: "route"`, the `traveller`'s name and per-stop arrays in travel order: `order`,
/// `places` (ids), `names`, `times`, `status`.
pub fn geojson(a: &Analysis) -> String {
    let stops = a.trip.as_ref().map_or(&[][..], |t| &t.stops[..]);
    let mut features = Vec::new();
    for p in &a.places {
        let stop = stops.iter().find(|s| s.place == p.id);
        features.push(json!({
            "type": "Feature",
            "id": p.id,
            "geometry": { "type": "Point", "coordinates": [r5(wrap(p.lon)), r5(p.lat)] },
            "properties": {
                "id": p.id,
                "name": p.name,
                "kind": kind_name(p.kind),
                "country": p.country,
                "geonameid": p.geonameid,
                "confidence": p.confidence,
                "mentions": p.mentions.len(),
                "stop_order": stop.map(|s| s.order),
                "stop_time": stop.map_or(Value::Null, |s| time_value(a, s.time.as_deref())),
                "stop_status": stop.map(|s| serde_json::to_value(s.status).unwrap_or(Value::Null)),
                "stop_role": stop.map(|s| serde_json::to_value(s.role).unwrap_or(Value::Null)),
            }
        }));
    }
    let on_map: Vec<(&Place, &itinera_engine::analysis::Stop)> = stops
        .iter()
        .filter_map(|s| a.places.iter().find(|p| p.id == s.place).map(|p| (p, s)))
        .collect();
    if on_map.len() >= 2 {
        let points: Vec<(f64, f64)> = on_map.iter().map(|(p, _)| (p.lon, p.lat)).collect();
        let traveller = a
            .trip
            .as_ref()
            .and_then(|t| a.traveller_name(t))
            .map(str::to_string);
        features.push(json!({
            "type": "Feature",
            "id": "route",
            "geometry": route_geometry(&points),
            "properties": {
                "kind": "route",
                "traveller": traveller,
                "order": on_map.iter().map(|(_, s)| s.order).collect::<Vec<_>>(),
                "places": on_map.iter().map(|(p, _)| p.id.clone()).collect::<Vec<_>>(),
                "names": on_map.iter().map(|(p, _)| p.name.clone()).collect::<Vec<_>>(),
                "times": on_map.iter().map(|(_, s)| time_value(a, s.time.as_deref())).collect::<Vec<_>>(),
                "status": on_map.iter().map(|(_, s)| serde_json::to_value(s.status).unwrap_or(Value::Null)).collect::<Vec<_>>(),
            }
        }));
    }
    let fc = json!({ "type": "FeatureCollection", "features": features });
    serde_json::to_string_pretty(&fc).unwrap_or_else(|_| "{}".into())
}

/// Text made safe inside SVG/XML character data and attribute values.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// The map as a standalone SVG document ([`MAP_WIDTH`] × [`MAP_HEIGHT`]): the basemap
/// (topic countries shaded), other places, the route as great-circle arcs, numbered stops
/// with names, a title and the data credits. Styles are inline attributes, so the file
/// looks the same opened alone, in an editor, or drawn onto a canvas for the PNG.
pub fn map_svg(a: &Analysis) -> String {
    let (w, h) = (MAP_WIDTH, MAP_HEIGHT);
    let stops: Vec<(&Place, &itinera_engine::analysis::Stop)> = a
        .trip
        .as_ref()
        .map(|t| {
            t.stops
                .iter()
                .filter_map(|s| a.places.iter().find(|p| p.id == s.place).map(|p| (p, s)))
                .collect()
        })
        .unwrap_or_default();
    let framed: Vec<(f64, f64)> = if stops.is_empty() {
        a.places.iter().map(|p| (p.lon, p.lat)).collect()
    } else {
        crate::map::model::frame_points(a)
    };
    let frame = Frame::fit(&framed, w, h, 0.12, 8.0);
    let shaded: Vec<&str> = a
        .topics
        .iter()
        .flat_map(|t| t.places.iter())
        .filter_map(|id| a.places.iter().find(|p| &p.id == id))
        .filter(|p| p.kind == PlaceKind::Country)
        .filter_map(|p| p.country.as_deref())
        .collect();

    let mut s = String::with_capacity(400_000);
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Helvetica, Arial, sans-serif">"##
    );
    let title = a.document.title.as_deref().unwrap_or("itinera map");
    let _ = write!(s, "<title>{}</title>", xml(title));
    let _ = write!(s, r##"<rect width="{w}" height="{h}" fill="#dbe9f5"/>"##);
    // The basemap in world units, with a copy on each side for maps across ±180°.
    let _ = write!(
        s,
        r##"<g transform="{}" stroke="#b9b4a6" stroke-width="{:.4}" stroke-linejoin="round">"##,
        frame.transform(),
        0.8 / frame.scale
    );
    // Only the copies of the world that the frame shows (most maps need one).
    let (left, _) = frame.to_world(0.0, 0.0);
    let (right, _) = frame.to_world(w, 0.0);
    for shift in [-360.0, 0.0, 360.0]
        .into_iter()
        .filter(|&sh| left < sh + 180.0 && right > sh - 180.0)
    {
        let _ = write!(s, r#"<g transform="translate({shift} 0)">"#);
        for c in countries() {
            let fill = if shaded.contains(&c.code) {
                "#f6d9a8"
            } else {
                "#f3f1ea"
            };
            let _ = write!(s, r#"<path fill="{fill}" d="{}"/>"#, c.path);
        }
        s.push_str("</g>");
    }
    s.push_str("</g>");

    // Other places: small dots sized by mentions.
    for p in &a.places {
        if stops.iter().any(|(q, _)| q.id == p.id) {
            continue;
        }
        let (x, y) = frame.place(p.lon, p.lat);
        if !(0.0..=w).contains(&x) || !(0.0..=h).contains(&y) {
            continue;
        }
        let r = 3.0 + (p.mentions.len() as f64).sqrt() * 1.5;
        let _ = write!(
            s,
            r##"<g data-testid="map-place" data-name="{}" data-ref="{}"><circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="#1d4ed8" fill-opacity="0.55" stroke="#fff"/><text x="{:.1}" y="{:.1}" font-size="11" fill="#14202e">{}</text></g>"##,
            xml(&p.name),
            xml(&p.id),
            x + r + 2.0,
            y + 4.0,
            xml(&p.name)
        );
    }

    // The route: great-circle arcs between consecutive stops.
    if stops.len() >= 2 {
        let mut d = String::new();
        for pair in stops.windows(2) {
            let (p, q) = (pair[0].0, pair[1].0);
            for (i, (x, y)) in great_circle((p.lon, p.lat), (q.lon, q.lat), frame.cx)
                .into_iter()
                .enumerate()
            {
                let (sx, sy) = frame.to_screen(x, y);
                let _ = write!(d, "{}{sx:.1} {sy:.1}", if i == 0 { "M" } else { "L" });
            }
        }
        let _ = write!(
            s,
            r##"<path data-testid="map-route" d="{d}" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>"##
        );
    }

    // The other travellers' routes, dashed in their colours, with a legend.
    let others = crate::map::companions::routes(a, 0, &frame);
    for r in &others {
        let _ = write!(
            s,
            r##"<path data-testid="companion-route" data-traveller="{}" d="{}" fill="none" stroke="{}" stroke-width="2.5" stroke-dasharray="7 5"/>"##,
            xml(&r.name),
            r.d,
            r.colour
        );
        for (id, name, x, y) in &r.stops {
            let _ = write!(
                s,
                r##"<circle data-testid="companion-stop" data-traveller="{}" data-name="{}" data-ref="{}" cx="{x:.1}" cy="{y:.1}" r="6" fill="{}" stroke="#fff" stroke-width="2"/>"##,
                xml(&r.name),
                xml(name),
                xml(id),
                r.colour
            );
        }
    }
    if !others.is_empty() {
        let main = a
            .trip
            .as_ref()
            .and_then(|t| a.traveller_name(t))
            .unwrap_or("Main traveller");
        let rows = std::iter::once((main, crate::travellers::model::PALETTE[0]))
            .chain(others.iter().map(|r| (r.name.as_str(), r.colour)));
        for (i, (name, colour)) in rows.enumerate() {
            let y = 20.0 + i as f64 * 18.0;
            let _ = write!(
                s,
                r##"<g><rect x="10" y="{:.0}" width="22" height="5" fill="{colour}"/><text x="38" y="{y:.0}" font-size="12" fill="#14202e" stroke="#fff" stroke-width="3" paint-order="stroke">{}</text></g>"##,
                y - 6.0,
                xml(name)
            );
        }
    }

    // Stops: numbered circles with names.
    for (p, st) in &stops {
        let (x, y) = frame.place(p.lon, p.lat);
        let (fill, num) = match st.status {
            StopStatus::Done => ("#c2410c", "#fff"),
            StopStatus::Planned => ("#fff", "#c2410c"),
        };
        let _ = write!(
            s,
            r##"<g data-testid="map-stop" data-order="{}" data-name="{}" data-ref="{}"><circle cx="{x:.1}" cy="{y:.1}" r="11" fill="{fill}" stroke="#c2410c" stroke-width="2"/><text x="{x:.1}" y="{:.1}" font-size="12" font-weight="700" text-anchor="middle" fill="{num}">{}</text><text x="{:.1}" y="{:.1}" font-size="13" font-weight="700" fill="#14202e" stroke="#fff" stroke-width="3" paint-order="stroke">{}</text></g>"##,
            st.order,
            xml(&p.name),
            xml(&p.id),
            y + 4.0,
            st.order,
            x + 15.0,
            y + 4.0,
            xml(&p.name)
        );
    }

    let _ = write!(
        s,
        r##"<text x="8" y="{:.0}" font-size="10" fill="#4a5868">Basemap: Natural Earth · places: GeoNames (CC BY 4.0) · made with itinera</text></svg>"##,
        h - 8.0
    );
    s
}

// Native only: the GeoJSON parser is a native dev-dependency.
