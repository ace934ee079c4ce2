//! The `itinera` binary as a user meets it: exit codes, one-line errors, and JSON that
//! reads back as an `Analysis` whose offsets point into the input.

mod common;

use common::itinera;
use itinera_engine::Analysis;

const SEED: &str = include_str!("../../../static/samples/kerry-sochi.txt");

#[test]
fn seed_from_stdin_gives_schema_json() {
    let (code, out, err) = itinera(&["analyze", "-", "--date", "2015-05-12"], SEED.as_bytes());
    assert_eq!(code, 0, "stderr: {err}");
    let a: Analysis = serde_json::from_str(&out).expect("stdout is one Analysis");
    assert_eq!(a.schema, "itinera.analysis/1");
    assert_eq!(a.document.chars, SEED.chars().count());
    assert_eq!(a.document.reference_date.as_deref(), Some("2015-05-12"));
    assert_eq!(a.document.reference_date_source, "given");
    let chars: Vec<char> = SEED.chars().collect();
    for s in &a.document.sentence_spans {
        assert!(s.start < s.end && s.end <= chars.len());
    }
    for m in a.places.iter().flat_map(|p| &p.mentions) {
        let text: String = chars[m.start..m.end].iter().collect();
        assert_eq!(text, m.text, "mention text matches its span");
    }
}

#[test]
fn pretty_output_is_the_same_value() {
    let (_, compact, _) = itinera(&["analyze"], SEED.as_bytes());
    let (_, pretty, _) = itinera(&["analyze", "--pretty"], SEED.as_bytes());
    assert!(pretty.lines().count() > compact.lines().count());
    let a: serde_json::Value = serde_json::from_str(&compact).unwrap();
    let b: serde_json::Value = serde_json::from_str(&pretty).unwrap();
    assert_eq!(a, b);
}

/// Each case: name, arguments, stdin, expected start of the one-line message.
const FAILURES: &[(&str, &[&str], &[u8], &str)] = &[
    (
        "empty_stdin_is_refused",
        &["analyze"],
        b"",
        "itinera: - is empty",
    ),
    (
        "whitespace_only_is_refused",
        &["analyze", "-"],
        b" \n\t\n",
        "itinera: - is empty",
    ),
    (
        "binary_input_is_refused",
        &["analyze"],
        b"\x00\xff\xfe\x80abc",
        "itinera: - is not UTF-8",
    ),
    (
        "missing_file_is_refused",
        &["analyze", "/nonexistent/a.txt"],
        b"",
        "itinera: cannot read /nonexistent/a.txt",
    ),
    (
        "bad_date_is_refused",
        &["analyze", "--date", "12/05/2015"],
        b"text",
        "itinera: not a date",
    ),
    (
        "unknown_command_is_refused",
        &["summarise"],
        b"",
        "itinera: unknown command",
    ),
];

#[test]
fn failures_exit_2_with_one_line() {
    for (name, args, stdin, want) in FAILURES {
        let (code, out, err) = itinera(args, stdin);
        assert_eq!(code, 2, "case {name}");
        assert!(out.is_empty(), "case {name}: nothing on stdout");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "case {name}: one line, got {err:?}"
        );
        assert!(err.starts_with(want), "case {name}: {err:?}");
    }
}
