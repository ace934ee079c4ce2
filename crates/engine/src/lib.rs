//! # itinera-engine
//!
//! Reads a news article and finds where the story happens and where its main person
//! travels: places resolved to points on Earth, people and organisations, dated events,
//! the traveller's ordered stops, and what the article is about. Pure Rust, no I/O: the
//! same code runs natively behind the `itinera` command line and in the web page as
//! WebAssembly.
//!
//! ```
//! use itinera_engine::{analyze, Options};
//! let a = analyze("Kerry met Putin in Sochi on Tuesday.", &Options::default());
//! assert_eq!(a.schema, "itinera.analysis/1");
//! assert_eq!(a.document.sentences, 1);
//! ```
//!
//! ## The pipeline
//!
//! text → [`text::normalize`] (quotes, dashes, page chrome; keeps a map back to the
//! input) → [`segment`] (sentences, tokens) → [`places`] (gazetteer, recognition,
//! resolution, dateline) → [`entities`] (people, organisations) → [`time`] (temporal
//! expressions, reference date) → events and [`trip`] → [`topics`].
//!
//! Each stage reads the [`doc::Doc`] and fills its part of one [`Analysis`], with byte
//! offsets into the normalised text; at the end every offset is mapped back to a
//! code-point offset into the input exactly as given.

#![deny(missing_docs)]

pub mod analysis;
pub mod doc;
pub mod entities;
mod error;
pub mod events;
pub mod places;
pub mod segment;
pub mod text;
pub mod time;
pub mod topics;
pub mod trip;

pub use analysis::Analysis;
pub use error::Error;

use analysis::Span;

/// How to analyse.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The article's date, `YYYY-MM-DD`: the reference for "Tuesday" or "last year".
    /// When `None`, the engine infers one from the text or leaves relative dates relative.
    date: Option<String>,
}

impl Options {
    /// Options with a reference date, checked to be a real `YYYY-MM-DD` date.
    pub fn with_date(date: &str) -> Result<Options, Error> {
        if time::civil::parse(date).is_none() {
            return Err(Error::invalid_date(date));
        }
        Ok(Options {
            date: Some(date.to_string()),
        })
    }

    /// The reference date, if one was given.
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }
}

/// Analyses `input`. Never panics and never fails: any text, however odd, gives an
/// [`Analysis`] (an empty one for an empty text).
pub fn analyze(input: &str, options: &Options) -> Analysis {
    analyze_with_progress(input, options, &mut |_| {})
}

/// A stage of the pipeline, as [`analyze_with_progress`] reports it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// What the engine is about to do, in words a reader understands ("Finding places").
    pub stage: &'static str,
    /// The share of the work done before this stage, from 0.0 to 1.0 (by measured cost of
    /// each stage on long news text, not by count of stages).
    pub done: f64,
}

/// The stages in order, each with the share of the run spent before it. The shares come
/// from the per-stage times of the criterion bench on 1 MB of text (the case where
/// progress is worth showing): `cargo bench -p itinera-engine --bench pipeline -- "^1m/"`
/// gave reading 20 ms, places 36, people and organisations 21, dates 67, events and trip
/// 15 + 73, topics 91, and 339 ms for the whole run (the rest is demonyms and mapping the
/// offsets back), so each stage's share is the sum of the stages before it over 339.
const STAGES: [Progress; 7] = [
    Progress {
        stage: "Reading sentences",
        done: 0.0,
    },
    Progress {
        stage: "Finding places",
        done: 0.06,
    },
    Progress {
        stage: "Finding people and organisations",
        done: 0.17,
    },
    Progress {
        stage: "Finding dates",
        done: 0.23,
    },
    Progress {
        stage: "Following the trip",
        done: 0.42,
    },
    Progress {
        stage: "Finding topics",
        done: 0.68,
    },
    Progress {
        stage: "Linking findings to the text",
        done: 0.95,
    },
];

/// [`analyze`], calling `progress` before each stage (seven calls, `done` rising from 0.0),
/// so a caller running it off the page's main thread can show how far it got.
pub fn analyze_with_progress(
    input: &str,
    options: &Options,
    progress: &mut dyn FnMut(Progress),
) -> Analysis {
    let (doc, mut a) = before_trip(input, options, progress);
    trip::extract(&doc, &mut a);
    progress(STAGES[5]);
    topics::extract(&doc, &mut a);
    places::list_demonyms_as_mentions(&mut a);

    progress(STAGES[6]);
    to_input_offsets(&doc, input, &mut a);
    entities::names_as_written(&mut a);
    a
}

/// The stages before the trip: reading, places, people, dates and events.
fn before_trip(
    input: &str,
    options: &Options,
    progress: &mut dyn FnMut(Progress),
) -> (doc::Doc, Analysis) {
    progress(STAGES[0]);
    let doc = doc::Doc::new(input);
    let mut a = Analysis::empty();
    a.document.chars = doc.norm.input_chars();
    a.document.sentences = doc.sentences.len();
    a.document.title = doc.title().map(str::to_string);
    a.document.sentence_spans = doc
        .sentences
        .iter()
        .map(|s| Span {
            start: s.start,
            end: s.end,
        })
        .collect();

    progress(STAGES[1]);
    places::extract(&doc, &mut a);
    progress(STAGES[2]);
    entities::extract(&doc, &mut a);
    progress(STAGES[3]);
    time::extract(&doc, options.date(), &mut a);
    progress(STAGES[4]);
    events::build(&doc, &mut a);
    (doc, a)
}

/// The trip's candidate stops with their features and the place each one names, for
/// the trainer in `tools/trip-model` (see `examples/trip_features.rs`).
pub fn trip_candidates(input: &str, options: &Options) -> Vec<(analysis::Place, trip::Candidate)> {
    let (doc, a) = before_trip(input, options, &mut |_| {});
    trip::candidates(&doc, &a)
        .into_iter()
        .map(|c| (a.places[c.place].clone(), c))
        .collect()
}

/// Maps every byte offset into the normalised text to a code-point offset into `input`.
fn to_input_offsets(doc: &doc::Doc, input: &str, a: &mut Analysis) {
    // Byte offset of each code point of the input, for cutting mention texts.
    let mut char_bytes: Vec<usize> = input.char_indices().map(|(i, _)| i).collect();
    char_bytes.push(input.len());
    let norm = &doc.norm;
    let n = norm.input_chars();
    a.map_offsets(&|s, e| norm.original_span(s, e), &|s, e| {
        let (s, e) = (s.min(n), e.min(n));
        input[char_bytes[s]..char_bytes[e.max(s)]].to_string()
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_rises_through_every_stage() {
        let mut seen = Vec::new();
        let a = analyze_with_progress("Kerry flew to Sochi.", &Options::default(), &mut |p| {
            seen.push(p)
        });
        assert_eq!(seen, STAGES.to_vec());
        assert!(seen.windows(2).all(|w| w[0].done < w[1].done));
        assert_eq!(a, analyze("Kerry flew to Sochi.", &Options::default()));
    }

    #[test]
    fn empty_text_gives_empty_analysis() {
        let a = analyze("", &Options::default());
        assert_eq!(a.document.chars, 0);
        assert_eq!(a.document.sentences, 0);
        assert!(a.trip.is_none());
    }

    #[test]
    fn sentence_spans_are_code_points_into_input() {
        let input = "Story highlights\n\n\u{201c}Hi,\u{201d} said K\u{00e9}rry. He left.";
        let a = analyze(input, &Options::default());
        let chars: Vec<char> = input.chars().collect();
        let spans: Vec<String> = a
            .document
            .sentence_spans
            .iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect();
        assert_eq!(
            spans,
            vec!["\u{201c}Hi,\u{201d} said K\u{00e9}rry.", "He left."]
        );
    }

    #[test]
    fn title_skips_lowercase_slug() {
        let a = analyze(
            "aman kerry putin\nJohn Kerry discusses Iran\n\nText.",
            &Options::default(),
        );
        assert_eq!(
            a.document.title.as_deref(),
            Some("John Kerry discusses Iran")
        );
    }

    /// Each case: name, date, valid?
    const DATES: &[(&str, &str, bool)] = &[
        ("plain_date", "2015-05-12", true),
        ("leap_day", "2016-02-29", true),
        ("not_leap_day", "2015-02-29", false),
        ("month_13", "2015-13-01", false),
        ("short_form", "2015-5-12", false),
        ("words", "yesterday", false),
        ("signs", "+015-05-12", false),
    ];

    #[test]
    fn reference_date_validation() {
        for (name, d, ok) in DATES {
            assert_eq!(Options::with_date(d).is_ok(), *ok, "case {name}");
        }
    }
}
