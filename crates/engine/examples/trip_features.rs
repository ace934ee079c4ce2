//! Prints the trip's candidate stops with their features, one JSON object per line,
//! for the trainer in `tools/trip-model/train.py`:
//!
//! ```sh
//! cargo run --release -p itinera-engine --example trip_features -- FILE [YYYY-MM-DD] ...
//! ```
//!
//! Arguments are files, each optionally followed by its reference date; `--names` alone
//! prints the feature names.

use itinera_engine::{trip_candidates, Options};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--names") {
        println!("{}", serde_json::json!(itinera_engine::trip::FEATURE_NAMES));
        return;
    }
    let mut i = 0;
    while i < args.len() {
        let file = &args[i];
        let date = args
            .get(i + 1)
            .filter(|d| Options::with_date(d).is_ok())
            .cloned();
        i += if date.is_some() { 2 } else { 1 };
        let options = match &date {
            Some(d) => Options::with_date(d).expect("checked above"),
            None => Options::default(),
        };
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{file}: {e}");
                std::process::exit(1);
            }
        };
        for (place, c) in trip_candidates(&text, &options) {
            let line = serde_json::json!({
                "file": file,
                "place": place.name,
                "lat": place.lat,
                "lon": place.lon,
                "features": c.features,
                "kept": c.kept,
            });
            println!("{line}");
        }
    }
}
