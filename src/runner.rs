//! Running the analysis for the page: the one place the page calls the engine.
//!
//! [`run`] refuses a text longer than [`MAX_BYTES`] with a message the reader can act on,
//! instead of freezing the page for many seconds (the engine is linear, about 0.2 s per
//! MB natively, but the page must also draw every highlighted mention). [`warm_up`] parses
//! the engine's gazetteer once, just after the page starts, so the reader's first paste
//! does not pay for it (about 0.1 s natively, several times that in WebAssembly).
//!
//! Everything here is plain Rust and runs natively in tests; only [`warm_up`]'s scheduling
//! needs the browser.
//!
//! ```
//! use itinera_web::runner::{run, MAX_BYTES};
//! use itinera_engine::Options;
//! assert!(run("Kerry flew to Sochi.", &Options::default()).is_ok());
//! let big = "a ".repeat(MAX_BYTES);
//! assert!(run(&big, &Options::default()).unwrap_err().contains("MB"));
//! ```

use itinera_engine::{analysis::Analysis, analyze, Options};

/// The longest text analysed, in bytes of UTF-8 (2 MB, about 350,000 words: far more
/// than any article).
pub const MAX_BYTES: usize = 2_000_000;

/// Analyses `text`, or says why not: a text over [`MAX_BYTES`] gets a message with its
/// size and the limit. Never panics (the engine never does).
pub fn run(text: &str, options: &Options) -> Result<Analysis, String> {
    if text.len() > MAX_BYTES {
        return Err(too_long(text.len()));
    }
    Ok(analyze(text, options))
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
        assert!(run(&text, &Options::default()).is_ok());
    }

    #[test]
    fn ten_megabytes_get_a_message() {
        let text = "Kerry flew to Sochi. ".repeat(500_000);
        let e = run(&text, &Options::default()).unwrap_err();
        assert!(e.starts_with("This text is 10.5 MB"), "{e}");
        assert!(e.contains("up to 2 MB"), "{e}");
    }

    #[test]
    fn empty_text_is_analysed() {
        let a = run("", &Options::default()).unwrap();
        assert_eq!(a.document.chars, 0);
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
