//! `itinera analyze --jsonl` as a user meets it: one answer a line, in order, error
//! records for bad lines, the exit status and the stderr summary.

use serde_json::Value;
mod common;

use common::itinera;

fn records(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

/// A small invented article whose traveller and stop depend on `i`.
fn article(i: usize) -> String {
    const CITIES: &[&str] = &["Paris", "Berlin", "Nairobi", "Lima", "Osaka", "Cairo"];
    let city = CITIES[i % CITIES.len()];
    let next = CITIES[(i + 1) % CITIES.len()];
    format!(
        "Minister Ada Quill{i} flew to {city} on Monday for talks on trade. \
         She then travelled to {next} on Tuesday before returning home."
    )
}

fn jsonl(n: usize) -> String {
    (0..n)
        .map(|i| {
            serde_json::json!({"id": format!("a{i}"), "text": article(i), "date": "2021-03-01"})
                .to_string()
                + "\n"
        })
        .collect()
}

#[test]
fn every_line_answered_in_order() {
    let (code, out, err) = itinera(&["analyze", "--jsonl"], jsonl(40).as_bytes());
    assert_eq!(code, 0, "stderr: {err}");
    assert!(
        err.is_empty(),
        "nothing on stderr when all is well: {err:?}"
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 40);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r["id"], format!("a{i}"));
        assert_eq!(r["analysis"]["schema"], "itinera.analysis/1");
        assert_eq!(
            r["analysis"]["document"]["chars"],
            article(i).chars().count()
        );
        assert_eq!(r["analysis"]["document"]["reference_date"], "2021-03-01");
    }
}

#[test]
fn order_kept_with_many_threads() {
    // More threads than cores, and lines of very different lengths, so that answers are
    // ready out of order.
    let lines: String = (0..300)
        .map(|i| {
            let text = article(i).repeat(if i % 7 == 0 { 30 } else { 1 });
            serde_json::json!({"id": i, "text": text}).to_string() + "\n"
        })
        .collect();
    let (code, out, err) = itinera(&["analyze", "--jsonl", "--threads", "8"], lines.as_bytes());
    assert_eq!(code, 0, "stderr: {err}");
    let ids: Vec<u64> = records(&out)
        .iter()
        .map(|r| r["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..300).collect::<Vec<u64>>());
}

#[test]
fn same_answers_with_one_thread_and_many() {
    let input = jsonl(25);
    let (_, one, _) = itinera(&["analyze", "--jsonl", "--threads=1"], input.as_bytes());
    let (_, four, _) = itinera(&["analyze", "--jsonl", "--threads=4"], input.as_bytes());
    assert_eq!(one, four);
}

#[test]
fn broken_line_gives_error_record() {
    let input = format!(
        "{}{{\"id\": \"bad\", \"text\": \n{}",
        jsonl(2),
        jsonl(1).replace("a0", "after")
    );
    let (code, out, err) = itinera(&["analyze", "--jsonl"], input.as_bytes());
    let recs = records(&out);
    assert_eq!(recs.len(), 4, "one answer a line, the run goes on");
    assert!(recs[2]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 3: not JSON"));
    assert!(recs[2].get("analysis").is_none());
    assert_eq!(recs[3]["id"], "after");
    assert!(recs[3]["analysis"].is_object());
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.starts_with("itinera: 1 of 4 lines failed"), "{err:?}");
}

#[test]
fn failures_are_counted_in_the_summary() {
    let input = "not json\n{\"id\": 1, \"text\": \"\"}\n{\"id\": 2, \"text\": \"Rome.\", \"date\": \"2020-13-01\"}\n\n";
    let (code, out, err) = itinera(&["analyze", "--jsonl", "-"], input.as_bytes());
    assert_eq!(code, 1);
    let recs = records(&out);
    assert_eq!(recs.len(), 4);
    assert!(recs.iter().all(|r| r["error"].is_string()));
    assert_eq!(recs[2]["id"], 2);
    assert!(recs[2]["error"]
        .as_str()
        .unwrap()
        .contains("not a date in the form YYYY-MM-DD"));
    assert!(err.starts_with("itinera: 4 of 4 lines failed"), "{err:?}");
    assert!(err.contains("first: line 1: not JSON"), "{err:?}");
}

#[test]
fn empty_input_gives_no_lines() {
    let (code, out, err) = itinera(&["analyze", "--jsonl"], b"");
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
}

#[test]
fn file_input_and_default_date() {
    let dir = std::env::temp_dir().join(format!("itinera-batch-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("in.jsonl");
    let mut text: String = (0..3)
        .map(|i| serde_json::json!({"id": i, "text": article(i)}).to_string() + "\n")
        .collect();
    text.push_str(&jsonl(1));
    std::fs::write(&p, text).unwrap();
    let (code, out, err) = itinera(
        &[
            "analyze",
            "--jsonl",
            p.to_str().unwrap(),
            "--date",
            "2019-07-04",
        ],
        b"",
    );
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 0, "stderr: {err}");
    let recs = records(&out);
    let dates: Vec<&str> = recs
        .iter()
        .map(|r| {
            r["analysis"]["document"]["reference_date"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(
        dates,
        ["2019-07-04", "2019-07-04", "2019-07-04", "2021-03-01"],
        "a line's own date wins over --date"
    );
}

/// Each case: name, arguments, expected start of the one-line message (exit 2).
const USAGE_ERRORS: &[(&str, &[&str], &str)] = &[
    (
        "zero_threads_is_refused",
        &["analyze", "--jsonl", "--threads", "0"],
        "itinera: --threads needs a whole number",
    ),
    (
        "word_threads_is_refused",
        &["analyze", "--jsonl", "--threads=many"],
        "itinera: --threads needs a whole number",
    ),
    (
        "threads_without_jsonl_is_refused",
        &["analyze", "--threads", "2"],
        "itinera: --threads goes with --jsonl only",
    ),
    (
        "pretty_with_jsonl_is_refused",
        &["analyze", "--jsonl", "--pretty"],
        "itinera: --pretty does not go with --jsonl",
    ),
    (
        "missing_jsonl_file_is_refused",
        &["analyze", "--jsonl", "/nonexistent/a.jsonl"],
        "itinera: cannot read /nonexistent/a.jsonl",
    ),
    (
        "bad_default_date_is_refused",
        &["analyze", "--jsonl", "--date", "yesterday"],
        "itinera: not a date",
    ),
];

#[test]
fn usage_errors_exit_2_with_one_line() {
    for (name, args, want) in USAGE_ERRORS {
        let (code, out, err) = itinera(args, b"");
        assert_eq!(code, 2, "case {name}: {err}");
        assert!(out.is_empty(), "case {name}");
        assert_eq!(err.trim_end().lines().count(), 1, "case {name}: {err:?}");
        assert!(err.starts_with(want), "case {name}: {err:?}");
    }
}
