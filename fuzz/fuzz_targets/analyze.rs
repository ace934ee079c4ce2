//! Fuzzes `itinera_engine::analyze`: any bytes (read as UTF-8, invalid sequences replaced)
//! must give an analysis without panicking, with every span inside the input's code
//! points. The first byte picks a reference date or none, so the date paths run too.
#![no_main]

use itinera_engine::{analyze, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (options, text) = match data.split_first() {
        Some((b, rest)) if b % 2 == 0 => {
            (Options::with_date("2015-05-12").unwrap_or_default(), rest)
        }
        Some((_, rest)) => (Options::default(), rest),
        None => (Options::default(), data),
    };
    let text = String::from_utf8_lossy(text);
    let a = analyze(&text, &options);
    let n = text.chars().count();
    assert_eq!(a.document.chars, n);
    for s in &a.document.sentence_spans {
        assert!(s.start <= s.end && s.end <= n);
    }
    let mentions = a
        .places
        .iter()
        .flat_map(|p| p.mentions.iter().chain(&p.demonyms))
        .chain(a.people.iter().flat_map(|p| &p.mentions))
        .chain(a.organisations.iter().flat_map(|o| &o.mentions))
        .chain(a.topics.iter().flat_map(|t| &t.mentions));
    for m in mentions {
        assert!(
            m.start <= m.end && m.end <= n,
            "mention {}..{} of {n}",
            m.start,
            m.end
        );
    }
    for t in &a.times {
        assert!(t.start <= t.end && t.end <= n);
    }
    for v in &a.events {
        assert!(v.start <= v.end && v.end <= n);
    }
    assert!(serde_json::to_string(&a).is_ok());
});
