//! The small-places tier (GeoNames towns of 1,000 people or more that the main gazetteer
//! lacks), loaded after the page is usable.
//!
//! The page's wasm carries only the main gazetteer, so it loads within its first-load
//! budget. The tier is the generated `smallplaces.tsv`, copied as it is into `dist/`
//! (`index.html`, a Trunk `copy-file`; 5.8 MB, 2.2 MB gzipped) and fetched from the
//! page's own folder ([`URL`], relative, so a sub-path deploy works) just after the first
//! paint; the service worker keeps it for offline use. Once it is in, the page hands the
//! same bytes to the analysis worker, so both engines find the same places, and analyses
//! the current text again. A tier that cannot be fetched (offline on a first visit, a
//! missing file) leaves the page working with the main gazetteer.
//!
//! [`accept`] and [`looks_like_tier`] are plain Rust and tested natively; [`load`] and
//! the wasm export [`load_small_places`] (the worker's way in) need the browser.

/// Where the tier is, relative to the page.
pub const URL: &str = "./smallplaces.tsv";

/// Whether `text` has the shape of the tier: lines of seven tab-separated fields (name,
/// folded name, country, region, latitude and longitude in hundredths, population in
/// thousands). Guards against a host that answers a missing file with a page of HTML.
pub fn looks_like_tier(text: &str) -> bool {
    let mut lines = text.lines().take(3).peekable();
    lines.peek().is_some()
        && lines.all(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            f.len() == 7 && !f[0].is_empty() && f[4..].iter().all(|n| n.parse::<i64>().is_ok())
        })
}

/// Hands `bytes` (the fetched tier) to the engine. True when the engine has a tier
/// afterwards (this one, or one already in place); false for bytes that are not UTF-8
/// or not the tier's shape, which are dropped.
pub fn accept(bytes: Vec<u8>) -> bool {
    let Ok(text) = String::from_utf8(bytes) else {
        return false;
    };
    if !looks_like_tier(&text) {
        return false;
    }
    itinera_engine::places::gazetteer::set_small_places(text);
    itinera_engine::places::gazetteer::has_small_places()
}

/// The analysis worker's way in: the page posts it the tier's bytes and it calls this.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn load_small_places(table: Vec<u8>) -> bool {
    accept(table)
}

/// Fetches the tier in the background, after the next paint, hands it to the engine and
/// to the analysis worker, then calls `done(true)`; `done(false)` when it could not be
/// had. Where the engine already has a tier (built in), `done(true)` at once.
#[cfg(target_arch = "wasm32")]
pub fn load(done: impl FnOnce(bool) + 'static) {
    if itinera_engine::places::gazetteer::has_small_places() {
        done(true);
        return;
    }
    // After the next frame is painted: a timeout queued from an animation frame.
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let after_paint = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, move || {
            yew::platform::spawn_local(async move {
                let loaded = match fetch().await {
                    Some(table) => {
                        let ok = accept(table.to_vec());
                        if ok {
                            super::worker::share_small_places(table);
                        }
                        ok
                    }
                    None => false,
                };
                done(loaded);
            });
        })
        .forget();
    });
    let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&after_paint));
}

/// The tier's bytes (kept in JS for the worker), or `None` when the fetch fails or
/// answers anything but 200.
/// (`fetch` through web-sys: gloo-net's request builder costs the first load more.)
#[cfg(target_arch = "wasm32")]
async fn fetch() -> Option<js_sys::Uint8Array> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(URL))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Natively only: the wasm test build need not carry the 5.8 MB table.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_generated_tier_has_the_shape() {
        let t = include_str!("../../crates/engine/src/places/smallplaces.tsv");
        assert!(looks_like_tier(t));
    }

    /// Each case: name, text, looks like the tier.
    const SHAPES: &[(&str, &str, bool)] = &[
        ("one_line", "Zapfendorf\t\tDE\t02\t5002\t1093\t5\n", true),
        (
            "folded_name",
            "Labruguière\tlabruguiere\tFR\t76\t4354\t226\t6",
            true,
        ),
        ("empty", "", false),
        ("html_page", "<!doctype html>\n<html lang=\"en\">", false),
        ("six_fields", "Zapfendorf\t\tDE\t02\t5002\t1093", false),
        ("not_numbers", "Zapfendorf\t\tDE\t02\tnorth\t1093\t5", false),
    ];

    #[test]
    fn shapes() {
        for (name, text, want) in SHAPES {
            assert_eq!(looks_like_tier(text), *want, "case {name}");
        }
    }

    /// The tier handed over at run time finds a town only it has (Zapfendorf, Bavaria,
    /// about 5,000 people), placed by "to" and its region. Natively the tier may already
    /// be built in (the command line's feature, unified in a workspace build): then
    /// `accept` keeps that one and still says the engine has a tier.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_small_town_is_found_once_the_tier_is_in() {
        let tier = include_bytes!("../../crates/engine/src/places/smallplaces.tsv");
        assert!(accept(tier.to_vec()));
        let text = "The minister drove to Zapfendorf, a village in Bavaria, on Monday.";
        let done = super::super::analyse(text, "", &mut |_| {});
        let names: Vec<&str> = done
            .analysis
            .places
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert!(names.contains(&"Zapfendorf"), "{names:?}");
    }

    #[test]
    fn bytes_that_are_not_the_tier_are_dropped() {
        assert!(!accept(b"<!doctype html><p>not found</p>".to_vec()));
        assert!(!accept(vec![0xff, 0xfe, b'\t']));
    }
}
