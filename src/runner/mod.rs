//! Running the analysis for the page: the one place the page calls the engine.
//!
//! May use: the engine, serde, and (worker and `small`'s fetch only) the browser. It knows no view and no
//! store: what it finds goes back as an [`Outcome`] or a [`Report`].
//!
//! [`analyse`] turns the page's inputs (the text and the date field as typed) into an
//! [`Outcome`]: the engine's analysis and any message for the reader. It refuses a text
//! longer than [`MAX_BYTES`] with a message the reader can act on, and reports a date it
//! cannot read without losing the analysis. The page calls it on its main thread for a
//! short text and in a Web Worker (`worker`) for one of [`BACKGROUND_BYTES`] or more, so
//! the page stays responsive; both give the same [`Outcome`], which crosses from the
//! worker as JSON. [`warm_up`] parses the engine's gazetteer once, just after the page
//! starts, so the reader's first paste does not pay for it.
//!
//! The small-places tier ([`small`]) is fetched after the first paint and handed to the
//! engine here and in the worker; until it is in, small towns are not found.
//!
//! The worker's side (`worker`, `wasm32` only) answers with [`Report`]s, a type that lives
//! here, below both the worker and the store: the worker hands each report to a callback
//! the app gives it, and never knows the store.
//!
//! Everything here is plain Rust and runs natively in tests; only [`warm_up`]'s scheduling
//! and the worker need the browser.
//!
//! ```
//! use itinera_web::runner::{analyse, MAX_BYTES};
//! let done = analyse("Kerry flew to Sochi.", "2015-05-12", &mut |_| {});
//! assert!(done.error.is_none());
//! let big = "a ".repeat(MAX_BYTES);
//! assert!(analyse(&big, "", &mut |_| {}).error.unwrap().contains("MB"));
//! ```

use itinera_engine::{analysis::Analysis, analyze, analyze_with_progress, Options, Progress};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

pub mod small;
#[cfg(target_arch = "wasm32")]
pub mod worker;

/// The longest text analysed, in bytes of UTF-8 (2 MB, about 350,000 words: far more
/// than any article).
pub const MAX_BYTES: usize = 2_000_000;

/// Texts of this many bytes of UTF-8 or more are analysed in the Web Worker. Below it the
/// engine takes a few milliseconds at most (20 KB is about 3,500 words, some 30 ms in the
/// page), less than a message round trip to the worker and back would add.
pub const BACKGROUND_BYTES: usize = 20_000;

/// What one analysis gives the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The engine's analysis: empty when the text was refused.
    pub analysis: Analysis,
    /// A message for the reader: why the text was refused, or that the date was not used.
    pub error: Option<String>,
    /// How long the engine took, in milliseconds (filled in by the caller, who has the
    /// clock: the page's or the worker's `performance.now()`); 0 until then.
    pub millis: f64,
}

/// What the worker reports about run `run` (runs are numbered by the store, so an answer
/// for an older text can be told apart and dropped).
#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    /// The run reached an engine stage.
    Progress {
        /// The run it belongs to.
        run: u32,
        /// The stage, in words ("Finding places").
        stage: String,
        /// The share done, 0.0 to 1.0.
        done: f64,
    },
    /// The run finished.
    Done(u32, Rc<Outcome>),
    /// The worker could not run it (it failed to start or stopped): run it on the page.
    Failed(u32),
}

/// Analyses `text` with the date field's value `date` (`YYYY-MM-DD`, or blank for none),
/// calling `progress` before each engine stage. A text over [`MAX_BYTES`] gives an empty
/// analysis and a message with its size and the limit; a date that is not a real date
/// gives the analysis without one and a message saying so. Never panics (the engine
/// never does).
pub fn analyse(text: &str, date: &str, progress: &mut dyn FnMut(Progress)) -> Outcome {
    if text.len() > MAX_BYTES {
        return Outcome {
            analysis: Analysis::empty(),
            error: Some(too_long(text.len())),
            millis: 0.0,
        };
    }
    let (options, error) = match date.trim() {
        "" => (Options::default(), None),
        d => match Options::with_date(d) {
            Ok(o) => (o, None),
            Err(e) => (
                Options::default(),
                Some(format!("Could not use the date: {e}")),
            ),
        },
    };
    Outcome {
        analysis: analyze_with_progress(text, &options, progress),
        error,
        millis: 0.0,
    }
}

/// The message for a text of `bytes` bytes over the limit.
pub fn too_long(bytes: usize) -> String {
    format!(
        "This text is {:.1} MB; itinera reads up to {:.0} MB at a time. Paste a shorter part (one article is usually under 0.05 MB).",
        bytes as f64 / 1e6,
        MAX_BYTES as f64 / 1e6
    )
}

/// The direction of `text` for a `dir` attribute, by its first strong character as the
/// browser's `dir="auto"` would: `"rtl"` for Hebrew, Arabic and the other right-to-left
/// scripts, `"ltr"` for any other letter, `"auto"` when there is no letter.
///
/// Computed here because Chromium's own `dir="auto"` on a `<textarea>` costs seconds per
/// megabyte each time the value is set (measured: 5-7 s for 1 MB, against 0.4 s without).
pub fn text_direction(text: &str) -> &'static str {
    let rtl = |c: char| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
    match text.chars().find(|&c| c.is_alphabetic()) {
        Some(c) if rtl(c) => "rtl",
        Some(_) => "ltr",
        None => "auto",
    }
}

/// A short text that makes the engine load everything it loads lazily (the gazetteer).
const WARM_UP_TEXT: &str = "Kerry flew from Washington to Paris on Tuesday.";

/// Parses the gazetteer now rather than on the first paste: natively, at once; in the
/// page, on a timer just after start so the first paint is not delayed.
pub fn warm_up() {
    #[cfg(target_arch = "wasm32")]
    gloo::timers::callback::Timeout::new(30, || {
        let _ = analyze(WARM_UP_TEXT, &Options::default());
    })
    .forget();
    #[cfg(not(target_arch = "wasm32"))]
    let _ = analyze(WARM_UP_TEXT, &Options::default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_at_limit_is_analysed() {
        let text = " ".repeat(MAX_BYTES);
        assert_eq!(analyse(&text, "", &mut |_| {}).error, None);
    }

    #[test]
    fn ten_megabytes_get_a_message() {
        let text = "Kerry flew to Sochi. ".repeat(500_000);
        let mut called = false;
        let done = analyse(&text, "", &mut |_| called = true);
        let e = done.error.unwrap();
        assert!(e.starts_with("This text is 10.5 MB"), "{e}");
        assert!(e.contains("up to 2 MB"), "{e}");
        assert!(!called, "a refused text never reaches the engine");
        assert_eq!(done.analysis, Analysis::empty());
    }

    #[test]
    fn empty_text_is_analysed() {
        let done = analyse("", "", &mut |_| {});
        assert_eq!(done.analysis.document.chars, 0);
        assert_eq!(done.error, None);
    }

    #[test]
    fn bad_date_keeps_the_analysis() {
        let done = analyse("Kerry flew to Sochi on Tuesday.", "2015-02-30", &mut |_| {});
        assert!(done.error.unwrap().starts_with("Could not use the date"));
        assert_eq!(done.analysis.places.len(), 1);
    }

    #[test]
    fn date_is_used_and_progress_reported() {
        let mut stages = 0;
        let done = analyse(
            "Kerry flew to Sochi on Tuesday.",
            " 2015-05-12 ",
            &mut |_| stages += 1,
        );
        assert_eq!(done.error, None);
        assert_eq!(
            done.analysis.document.reference_date.as_deref(),
            Some("2015-05-12")
        );
        assert!(stages > 1);
    }

    #[test]
    fn outcome_survives_json() {
        let done = analyse("Kerry flew to Sochi on Tuesday.", "2015-05-12", &mut |_| {});
        let back: Outcome = serde_json::from_str(&serde_json::to_string(&done).unwrap()).unwrap();
        assert_eq!(back, done);
    }

    /// Each case: name, text, direction.
    const DIRECTIONS: &[(&str, &str, &str)] = &[
        ("english_is_ltr", "Kerry flew to Sochi.", "ltr"),
        ("arabic_is_rtl", "\u{630}\u{647}\u{628} Kerry", "rtl"),
        (
            "hebrew_after_digits_is_rtl",
            "12, \u{5e7}\u{5e8}\u{5d9}",
            "rtl",
        ),
        ("no_letters_is_auto", " 12 -- ", "auto"),
        ("empty_is_auto", "", "auto"),
    ];

    #[test]
    fn directions() {
        for (name, text, want) in DIRECTIONS {
            assert_eq!(text_direction(text), *want, "case {name}");
        }
    }

    #[test]
    fn warm_up_runs_natively() {
        warm_up();
    }
}
