//! Property tests: whatever the text, the engine returns and every offset it gives is
//! usable.
//!
//! Checked on random input (any Unicode, and "article soup": words, place names, dates,
//! right-to-left scripts, emoji, combining marks, control characters, curly quotes and
//! dashes that normalisation rewrites, very long words):
//!
//! - [`analyze`] never panics;
//! - every span of the [`Analysis`] is a code-point span with `start <= end <=` the
//!   input's length in code points, and every mention's `text` is exactly those code
//!   points of the input;
//! - inside the pipeline, every byte offset a stage writes (and every sentence and token
//!   of the [`Doc`]) lies on a char boundary of the normalised text and inside it.
//!
//! `PROPTEST_CASES` raises the number of cases (256 by default) for a longer run.

use itinera_engine::analysis::Analysis;
use itinera_engine::doc::Doc;
use itinera_engine::{analyze, entities, events, places, time, topics, trip, Options};
use proptest::prelude::*;
use std::cell::RefCell;

/// Pieces an article is made of, and the odd things pasted text contains.
const PIECES: &[&str] = &[
    "Kerry",
    "John Kerry",
    "Secretary of State",
    "met",
    "flew to",
    "arrived in",
    "left",
    "Sochi",
    "Moscow",
    "Washington",
    "Paris",
    "Geneva",
    "New York",
    "Georgia",
    "Jordan",
    "Sharm el-Sheikh",
    "West Bank",
    "Russia",
    "Russian",
    "Ukraine",
    "Iran",
    "Tehran",
    "on Tuesday",
    "last year",
    "May 12, 2015",
    "2015-05-12",
    "in March",
    "next week",
    "President",
    "Mr.",
    "Dr.",
    "U.S.",
    "Inc.",
    "(CNN)",
    "--",
    "said",
    "he",
    "she",
    "they",
    "the",
    "and",
    "in",
    "of",
    "to",
    ".",
    ",",
    "!",
    "?",
    ";",
    ":",
    "\"",
    "'",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "\r\n",
    "...",
    "12",
    "3.5",
    "1,000",
    "#1",
    "@",
    "&",
    "%",
    // Normalised by the engine (curly quotes, dashes, ellipsis, no-break space).
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "\u{2014}",
    "\u{2013}",
    "\u{2026}",
    "\u{a0}",
    // Right-to-left and mixed scripts, bidi controls.
    "\u{627}\u{644}\u{642}\u{627}\u{647}\u{631}\u{629}",
    "\u{5d9}\u{5e8}\u{5d5}\u{5e9}\u{5dc}\u{5d9}\u{5dd}",
    "\u{202e}",
    "\u{200f}",
    "\u{200e}",
    "\u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{430}",
    "\u{6771}\u{4eac}",
    "\u{939}\u{93f}\u{902}\u{926}\u{940}",
    // Emoji, with modifiers and joiners; combining marks; odd spaces.
    "\u{1f600}",
    "\u{1f1fa}\u{1f1f8}",
    "\u{1f469}\u{200d}\u{1f469}\u{200d}\u{1f467}",
    "\u{1f44d}\u{1f3fd}",
    "e\u{301}",
    "\u{301}",
    "\u{200b}",
    "\u{feff}",
    "\u{2028}",
    "\u{3000}",
    // Control characters and the replacement character.
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{85}",
    "\u{fffd}",
    // Page chrome and markup.
    "Story highlights",
    "Read more",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "http://example.com/a?b=c",
];

/// Random "article soup": a mix of pieces, random words and the occasional very long word.
fn soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_string),
        2 => "[A-Z][a-z]{1,10}",
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => (prop::sample::select(&["x", "\u{e9}", "\u{1f600}", "\u{5d0}", "A."][..]), 100usize..3000)
            .prop_map(|(w, n)| w.repeat(n)),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|ps| ps.join(" "))
}

/// Checks every span of a finished analysis against `input`.
fn check_output(input: &str, a: &Analysis) -> Result<(), TestCaseError> {
    let chars: Vec<char> = input.chars().collect();
    let n = chars.len();
    prop_assert_eq!(a.document.chars, n);
    prop_assert!(a.document.sentence_spans.len() == a.document.sentences);
    let bad = RefCell::new(Vec::<(usize, usize)>::new());
    let texts = RefCell::new(Vec::<(usize, usize)>::new());
    // `map_offsets` visits every span; an identity map lets us see them all.
    a.clone().map_offsets(
        &|s, e| {
            if s > e || e > n {
                bad.borrow_mut().push((s, e));
            }
            (s, e)
        },
        &|s, e| {
            texts.borrow_mut().push((s, e));
            String::new()
        },
    );
    prop_assert!(
        bad.borrow().is_empty(),
        "spans outside the input: {:?}",
        bad.borrow()
    );
    let cut =
        |s: usize, e: usize| -> String { chars[s.min(n)..e.min(n).max(s.min(n))].iter().collect() };
    for p in &a.places {
        for m in p.mentions.iter().chain(&p.demonyms) {
            prop_assert_eq!(&m.text, &cut(m.start, m.end));
        }
    }
    for m in a
        .people
        .iter()
        .flat_map(|p| &p.mentions)
        .chain(a.organisations.iter().flat_map(|o| &o.mentions))
        .chain(a.topics.iter().flat_map(|t| &t.mentions))
    {
        prop_assert_eq!(&m.text, &cut(m.start, m.end));
    }
    for t in &a.times {
        prop_assert_eq!(&t.text, &cut(t.start, t.end));
    }
    prop_assert!(serde_json::to_string(a).is_ok());
    Ok(())
}

/// Runs the stages by hand and checks every byte offset against the normalised text.
fn check_stages(input: &str) -> Result<(), TestCaseError> {
    let doc = Doc::new(input);
    let text = doc.text();
    let ok = |s: usize, e: usize| {
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    for s in &doc.sentences {
        prop_assert!(ok(s.start, s.end), "sentence {}..{}", s.start, s.end);
    }
    for t in &doc.tokens {
        prop_assert!(
            ok(t.start, t.end) && t.start < t.end,
            "token {}..{}",
            t.start,
            t.end
        );
    }
    let mut a = Analysis::empty();
    places::extract(&doc, &mut a);
    entities::extract(&doc, &mut a);
    time::extract(&doc, Some("2015-05-12"), &mut a);
    events::build(&doc, &mut a);
    trip::extract(&doc, &mut a);
    topics::extract(&doc, &mut a);
    let bad = RefCell::new(Vec::<(usize, usize)>::new());
    a.map_offsets(
        &|s, e| {
            if !ok(s, e) {
                bad.borrow_mut().push((s, e));
            }
            (s, e)
        },
        &|_, _| String::new(),
    );
    prop_assert!(
        bad.borrow().is_empty(),
        "byte spans off char boundaries or outside: {:?}",
        bad.borrow()
    );
    Ok(())
}

proptest! {
    #[test]
    fn any_unicode_gives_valid_offsets(input in any::<String>()) {
        let a = analyze(&input, &Options::default());
        check_output(&input, &a)?;
        check_stages(&input)?;
    }

    #[test]
    fn article_soup_gives_valid_offsets(input in soup()) {
        let a = analyze(&input, &Options::with_date("2015-05-12").unwrap());
        check_output(&input, &a)?;
        check_stages(&input)?;
    }

    #[test]
    fn original_span_stays_inside_input(input in soup(), s in 0usize..4000, len in 0usize..200) {
        let doc = Doc::new(&input);
        let (a, b) = doc.norm.original_span(s, s + len);
        prop_assert!(a <= b && b <= doc.norm.input_chars());
    }
}

/// Fixed odd inputs that the random ones may not reach.
const ODD: &[(&str, &str)] = &[
    ("empty", ""),
    ("whitespace_only", " \n\t\r\n \u{a0}\u{3000} "),
    ("single_quote", "\u{201c}"),
    ("lone_combining_mark", "\u{301}"),
    ("nul_bytes", "\0\0\0 Paris \0"),
    ("dot_storm", "................................................"),
    ("title_then_nothing", "Mr."),
    ("html_with_handlers", "<p onerror=\"alert(1)\">Kerry flew to Sochi.</p><script>x()</script>"),
    ("rtl_override", "\u{202e}Kerry flew to Sochi\u{202c} on Tuesday."),
    ("arabic_sentence", "\u{630}\u{647}\u{628} \u{643}\u{64a}\u{631}\u{64a} \u{625}\u{644}\u{649} \u{633}\u{648}\u{62a}\u{634}\u{64a}."),
    ("emoji_names", "\u{1f1f7}\u{1f1fa} Putin met Kerry \u{1f91d} in Sochi \u{1f3d6}\u{fe0f}."),
];

#[test]
fn odd_inputs_give_valid_offsets() {
    for (name, input) in ODD {
        let a = analyze(input, &Options::default());
        check_output(input, &a).unwrap_or_else(|e| panic!("case {name}: {e}"));
        check_stages(input).unwrap_or_else(|e| panic!("case {name}: {e}"));
    }
}

#[test]
fn five_thousand_char_word() {
    for w in ["a", "\u{e9}", "\u{1f600}", "\u{5d0}", "A"] {
        let input = format!("Kerry flew to {} and Sochi.", w.repeat(5000));
        let a = analyze(&input, &Options::default());
        check_output(&input, &a).unwrap();
        check_stages(&input).unwrap();
    }
}
