//! `itinera analyze --jsonl [FILE|-] [--threads N] [--date YYYY-MM-DD]`: many articles,
//! one JSON object a line, answered line for line and in the same order.
//!
//! Input line: `{"id": ..., "text": "...", "date": "YYYY-MM-DD"}` (`id` any JSON value,
//! echoed back; `date` optional, else `--date`, else the engine infers one).
//! Output line: `{"id": ..., "analysis": {...}}`, or `{"id": ..., "error": "line N: ..."}`
//! for a line that cannot be analysed; the run goes on after such a line.
//!
//! Memory is bounded whatever the input's length: lines are read in chunks (at most
//! [`Limits::lines`] lines and about [`Limits::bytes`] bytes), a chunk is analysed in
//! parallel on a rayon pool, its answers are written in order, and the next chunk is read.
//! A line longer than [`Limits::max_line`] bytes is skipped unread and answered by an error.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use itinera_engine::Options;
use serde_json::Value;
use std::io::{BufRead, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// How much input one chunk may hold.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Lines per chunk.
    pub lines: usize,
    /// Bytes per chunk: a chunk ends after the line that reaches this many bytes.
    pub bytes: usize,
    /// The longest line read; a longer one is answered by an error record.
    pub max_line: usize,
}

impl Limits {
    /// Enough lines per chunk to keep `threads` threads busy, and never more than about
    /// 32 MiB of text held at once (plus one line of at most 16 MiB).
    pub fn for_threads(threads: usize) -> Limits {
        Limits {
            lines: (threads * 64).clamp(256, 8192),
            bytes: 32 << 20,
            max_line: 16 << 20,
        }
    }
}

/// What a whole run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Lines answered.
    pub lines: u64,
    /// Lines answered by an error record.
    pub failed: u64,
    /// The first of those, with its message.
    pub first_error: Option<String>,
}

/// One line as read: its number (from 1) and its bytes, or why it was not kept.
enum Line {
    Read(u64, Vec<u8>),
    TooLong { n: u64, len: usize, max: usize },
}

/// Answers every line of `input` on `out`, chunk by chunk, on `pool`. `Err` only when
/// the input cannot be read or the output cannot be written (the run stops there).
pub fn run<R: BufRead, W: Write>(
    mut input: R,
    mut out: W,
    pool: &rayon::ThreadPool,
    default: &Options,
    limits: Limits,
    progress: &ProgressBar,
) -> Result<Summary, String> {
    let mut summary = Summary::default();
    let mut next_line = 1u64;
    loop {
        let (chunk, bytes) = read_chunk(&mut input, &mut next_line, limits)?;
        if chunk.is_empty() {
            break;
        }
        let answers: Vec<(String, Option<String>)> = pool.install(|| {
            use rayon::prelude::*;
            chunk.par_iter().map(|l| answer(l, default)).collect()
        });
        drop(chunk);
        for (json, error) in answers {
            out.write_all(json.as_bytes())
                .and_then(|_| out.write_all(b"\n"))
                .map_err(|e| format!("cannot write the output: {e}"))?;
            summary.lines += 1;
            if let Some(e) = error {
                summary.failed += 1;
                summary.first_error.get_or_insert(e);
            }
        }
        out.flush()
            .map_err(|e| format!("cannot write the output: {e}"))?;
        progress.inc(bytes as u64);
        progress.set_message(format!("{} articles", summary.lines));
    }
    Ok(summary)
}

/// Reads up to one chunk of lines; an empty chunk means the input is over. Also returns
/// the bytes consumed, for the progress bar.
fn read_chunk<R: BufRead>(
    input: &mut R,
    next_line: &mut u64,
    limits: Limits,
) -> Result<(Vec<Line>, usize), String> {
    let mut chunk = Vec::new();
    let mut bytes = 0usize;
    while chunk.len() < limits.lines && bytes < limits.bytes {
        let n = *next_line;
        let mut buf = Vec::new();
        let got = Read::take(&mut *input, limits.max_line as u64 + 1)
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("cannot read the input at line {n}: {e}"))?;
        if got == 0 {
            break;
        }
        *next_line += 1;
        bytes += got;
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        } else if buf.len() > limits.max_line {
            // Too long: skip the rest of it without keeping it.
            let skipped = skip_line(input).map_err(|e| format!("cannot read line {n}: {e}"))?;
            bytes += skipped;
            chunk.push(Line::TooLong {
                n,
                len: got + skipped,
                max: limits.max_line,
            });
            continue;
        }
        chunk.push(Line::Read(n, buf));
    }
    Ok((chunk, bytes))
}

/// Consumes input up to and including the next newline; returns the bytes consumed.
fn skip_line<R: BufRead>(input: &mut R) -> std::io::Result<usize> {
    let mut total = 0;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(total);
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                return Ok(total + i + 1);
            }
            None => {
                let n = buf.len();
                input.consume(n);
                total += n;
            }
        }
    }
}

/// One output line for one input line, and the error message if it is an error record.
fn answer(line: &Line, default: &Options) -> (String, Option<String>) {
    let (n, result) = match line {
        Line::TooLong { n, len, max } => (
            *n,
            Err((
                Value::Null,
                format!("longer than the limit ({len} bytes; at most {max} a line)"),
            )),
        ),
        Line::Read(n, bytes) => (*n, analyse_line(bytes, default)),
    };
    match result {
        Ok(json) => (json, None),
        Err((id, msg)) => {
            let msg = format!("line {n}: {msg}");
            let record = serde_json::json!({ "id": id, "error": msg });
            (record.to_string(), Some(msg))
        }
    }
}

/// The `{"id", "analysis"}` line, or the id (null when unknown) and what is wrong.
fn analyse_line(bytes: &[u8], default: &Options) -> Result<String, (Value, String)> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        (
            Value::Null,
            format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.valid_up_to()
            ),
        )
    })?;
    if text.trim().is_empty() {
        return Err((Value::Null, "empty line: expected a JSON object".into()));
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| (Value::Null, format!("not JSON: {e}")))?;
    let Value::Object(mut obj) = value else {
        return Err((
            Value::Null,
            "not a JSON object (expected {\"id\": ..., \"text\": \"...\"})".into(),
        ));
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    let fail = |msg: String| Err((id.clone(), msg));
    let text = match obj.get("text") {
        Some(Value::String(s)) => s,
        Some(_) => return fail("\"text\" is not a string".into()),
        None => return fail("no \"text\" field".into()),
    };
    if text.trim().is_empty() {
        return fail("\"text\" is empty: there is no text to analyse".into());
    }
    let options = match obj.get("date") {
        None | Some(Value::Null) => default.clone(),
        Some(Value::String(d)) => match Options::with_date(d) {
            Ok(o) => o,
            Err(e) => return fail(e.to_string()),
        },
        Some(_) => return fail("\"date\" is not a string (expected YYYY-MM-DD)".into()),
    };
    // The engine promises never to panic; should it ever, one article fails, not the run.
    let analysis = catch_unwind(AssertUnwindSafe(|| itinera_engine::analyze(text, &options)))
        .map_err(|_| {
            (
                id.clone(),
                "the engine failed on this text (a bug)".to_string(),
            )
        })?;
    let analysis = serde_json::to_string(&analysis)
        .map_err(|e| (id.clone(), format!("cannot write JSON: {e}")))?;
    let id = serde_json::to_string(&id).map_err(|e| (Value::Null, e.to_string()))?;
    Ok(format!("{{\"id\":{id},\"analysis\":{analysis}}}"))
}

/// A progress bar on stderr when it is a terminal, else nothing. `total`: the input's
/// size in bytes, when known (a file), for a bar; a spinner otherwise.
pub fn progress_bar(total: Option<u64>) -> ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg} (eta {eta})",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bytes} read, {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
    }

    fn run_on(input: &[u8], threads: usize, limits: Limits) -> (Vec<Value>, Summary) {
        let mut out = Vec::new();
        let summary = run(
            input,
            &mut out,
            &pool(threads),
            &Options::default(),
            limits,
            &ProgressBar::hidden(),
        )
        .unwrap();
        let lines = String::from_utf8(out).unwrap();
        let values = lines
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (values, summary)
    }

    /// Each case: name, one input line, the expected start of the error (None: analysed).
    const LINES: &[(&str, &[u8], Option<&str>)] = &[
        (
            "good_line_is_analysed",
            br#"{"id": 1, "text": "Kerry flew to Sochi."}"#,
            None,
        ),
        (
            "date_is_used",
            br#"{"id": "a", "text": "Kerry flew to Sochi on Tuesday.", "date": "2015-05-12"}"#,
            None,
        ),
        (
            "null_date_is_no_date",
            br#"{"id": 1, "text": "Kerry flew to Sochi.", "date": null}"#,
            None,
        ),
        (
            "broken_json_gives_error",
            br#"{"id": 1, "text": "Kerry"#,
            Some("line 1: not JSON"),
        ),
        ("empty_line_gives_error", b"   ", Some("line 1: empty line")),
        (
            "array_gives_error",
            b"[1, 2]",
            Some("line 1: not a JSON object"),
        ),
        (
            "missing_text_gives_error",
            br#"{"id": 1}"#,
            Some("line 1: no \"text\""),
        ),
        (
            "number_text_gives_error",
            br#"{"id": 1, "text": 5}"#,
            Some("line 1: \"text\" is not a string"),
        ),
        (
            "blank_text_gives_error",
            br#"{"id": 1, "text": " \n "}"#,
            Some("line 1: \"text\" is empty"),
        ),
        (
            "bad_date_gives_engine_message",
            br#"{"id": 1, "text": "Kerry flew.", "date": "2015-02-30"}"#,
            Some("line 1: not a date in the form YYYY-MM-DD"),
        ),
        (
            "number_date_gives_error",
            br#"{"id": 1, "text": "Kerry flew.", "date": 20150212}"#,
            Some("line 1: \"date\" is not a string"),
        ),
        (
            "invalid_utf8_gives_error",
            b"{\"id\": 1, \"text\": \"\xff\"}",
            Some("line 1: not UTF-8"),
        ),
    ];

    #[test]
    fn each_line_gets_its_record() {
        for (name, line, want) in LINES {
            let (out, summary) = run_on(line, 1, Limits::for_threads(1));
            assert_eq!(out.len(), 1, "case {name}");
            match want {
                None => {
                    assert_eq!(out[0]["analysis"]["schema"], "itinera.analysis/1", "{name}");
                    assert_eq!(summary.failed, 0, "case {name}");
                }
                Some(w) => {
                    let e = out[0]["error"].as_str().unwrap_or_default();
                    assert!(e.starts_with(w), "case {name}: {e:?}");
                    assert_eq!(summary.failed, 1, "case {name}");
                    assert_eq!(summary.first_error.as_deref(), Some(e), "case {name}");
                }
            }
        }
    }

    #[test]
    fn id_is_echoed_whatever_its_type() {
        for id in [r#""x-1""#, "7", "null", r#"{"a": [1]}"#] {
            let line = format!(r#"{{"id": {id}, "text": "Kerry flew to Sochi."}}"#);
            let (out, _) = run_on(line.as_bytes(), 1, Limits::for_threads(1));
            let want: Value = serde_json::from_str(id).unwrap();
            assert_eq!(out[0]["id"], want);
        }
        // An error record keeps the id too, when the line was an object.
        let (out, _) = run_on(br#"{"id": "k", "text": 1}"#, 1, Limits::for_threads(1));
        assert_eq!(out[0]["id"], "k");
    }

    #[test]
    fn crlf_and_missing_final_newline_are_read() {
        let input = b"{\"id\": 1, \"text\": \"Paris.\"}\r\n{\"id\": 2, \"text\": \"Rome.\"}";
        let (out, summary) = run_on(input, 2, Limits::for_threads(2));
        assert_eq!(summary.lines, 2);
        assert_eq!(summary.failed, 0);
        assert_eq!(out[1]["id"], 2);
    }

    #[test]
    fn too_long_line_is_skipped_and_the_next_read() {
        let long = format!(r#"{{"id": 1, "text": "{}"}}"#, "a".repeat(500));
        let input = format!("{long}\n{{\"id\": 2, \"text\": \"Rome.\"}}\n");
        let limits = Limits {
            lines: 1,
            bytes: 1 << 20,
            max_line: 100,
        };
        let (out, summary) = run_on(input.as_bytes(), 1, limits);
        assert_eq!(summary.lines, 2);
        assert!(out[0]["error"].as_str().unwrap().contains("longer than"));
        assert_eq!(out[1]["id"], 2);
        assert!(out[1]["analysis"].is_object());
    }

    #[test]
    fn chunks_never_hold_more_than_the_limit() {
        let input: String = (0..50)
            .map(|i| format!("{{\"id\": {i}, \"text\": \"x\"}}\n"))
            .collect();
        let limits = Limits {
            lines: 7,
            bytes: 1 << 20,
            max_line: 1 << 10,
        };
        let mut reader = input.as_bytes();
        let mut next = 1;
        let mut sizes = Vec::new();
        loop {
            let (chunk, _) = read_chunk(&mut reader, &mut next, limits).unwrap();
            if chunk.is_empty() {
                break;
            }
            sizes.push(chunk.len());
        }
        assert_eq!(sizes.iter().sum::<usize>(), 50);
        assert!(sizes.iter().all(|&s| s <= 7), "{sizes:?}");
        // By bytes: a chunk ends once it holds the byte limit.
        let limits = Limits {
            lines: 1000,
            bytes: 60,
            max_line: 1 << 10,
        };
        let mut reader = input.as_bytes();
        let (chunk, bytes) = read_chunk(&mut reader, &mut 1, limits).unwrap();
        assert!(chunk.len() < 5 && bytes >= 60, "{} {bytes}", chunk.len());
    }
}
