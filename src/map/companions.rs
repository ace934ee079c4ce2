//! The other travellers' routes on the map: each companion's legs as great-circle arcs in
//! that traveller's colour (dashed, under the main route) with a small dot at each stop.
//! Pure: it returns the path data and dots; the view draws them.

use super::projection::{great_circle, Frame};
use crate::travellers::model::{colour, keys};
use itinera_engine::analysis::Analysis;
use std::fmt::Write;

/// One companion's route in screen units.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The traveller's name.
    pub name: String,
    /// Its colour.
    pub colour: &'static str,
    /// SVG path data of its legs ("" with fewer than two stops).
    pub d: String,
    /// Its stops: place id, place name, x, y.
    pub stops: Vec<(String, String, f64, f64)>,
}

/// The companions' routes of `a` (the shown analysis, traveller `main` followed).
pub fn routes(a: &Analysis, main: usize, frame: &Frame) -> Vec<Route> {
    let ks = keys(a, main);
    a.companions
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let key = ks.get(i + 1).copied().unwrap_or(i + 1);
            let places: Vec<_> = t
                .stops
                .iter()
                .filter_map(|s| a.places.iter().find(|p| p.id == s.place))
                .collect();
            let mut d = String::new();
            for w in places.windows(2) {
                for (k, (x, y)) in
                    great_circle((w[0].lon, w[0].lat), (w[1].lon, w[1].lat), frame.cx)
                        .into_iter()
                        .enumerate()
                {
                    let (sx, sy) = frame.to_screen(x, y);
                    let _ = write!(d, "{}{sx:.1} {sy:.1}", if k == 0 { "M" } else { "L" });
                }
            }
            let name = a
                .traveller_name(t)
                .map_or_else(|| format!("Traveller {}", key + 1), str::to_string);
            Route {
                name,
                colour: colour(key, main),
                d,
                stops: places
                    .iter()
                    .map(|p| {
                        let (x, y) = frame.place(p.lon, p.lat);
                        (p.id.clone(), p.name.clone(), x, y)
                    })
                    .collect(),
            }
        })
        .collect()
}
