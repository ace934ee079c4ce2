//! `itinera`: the engine on the command line.
//!
//! ```text
//! itinera analyze [FILE|-] [--date YYYY-MM-DD] [--pretty]
//! itinera analyze --jsonl [FILE|-] [--threads N] [--date YYYY-MM-DD]
//! ```
//!
//! Prints one `Analysis` JSON (schema `itinera.analysis/1`) on stdout, the same JSON the
//! page exports. Exit 0 on success; 2 with a one-line message on stderr for bad usage or
//! unreadable input (missing file, invalid UTF-8, empty text).
//!
//! With `--jsonl`, the input has one article a line and the output one answer a line, in
//! the same order (see [`batch`]); all cores unless `--threads N`. Exit 0 when every line
//! was analysed, 1 with a summary line on stderr when some were not (their answers are
//! error records), 2 as above when the input cannot be read at all.

mod batch;

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str =
    "usage: itinera analyze [FILE|-] [--date YYYY-MM-DD] [--pretty | --jsonl [--threads N]]";

/// Parsed command line.
struct Args {
    file: Option<String>,
    date: Option<String>,
    pretty: bool,
    jsonl: bool,
    threads: Option<usize>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("analyze") => {}
        Some("-h" | "--help") | None => return Err(USAGE.into()),
        Some(other) => return Err(format!("unknown command {other:?}; {USAGE}")),
    }
    let mut out = Args {
        file: None,
        date: None,
        pretty: false,
        jsonl: false,
        threads: None,
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--pretty" => out.pretty = true,
            // JSON is the only output; the flag is accepted for scripts that ask for it.
            "--json" => {}
            "--jsonl" => out.jsonl = true,
            "--threads" => {
                out.threads = Some(parse_threads(
                    it.next()
                        .ok_or("--threads needs a value (a number of threads)")?,
                )?)
            }
            s if s.starts_with("--threads=") => {
                out.threads = Some(parse_threads(&s["--threads=".len()..])?)
            }
            "--date" => {
                out.date = Some(
                    it.next()
                        .ok_or("--date needs a value (YYYY-MM-DD)")?
                        .clone(),
                )
            }
            s if s.starts_with("--date=") => out.date = Some(s["--date=".len()..].to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s:?}; {USAGE}")),
            s => {
                if out.file.is_some() {
                    return Err(format!("more than one input given; {USAGE}"));
                }
                out.file = Some(s.to_string());
            }
        }
    }
    if out.jsonl && out.pretty {
        return Err("--pretty does not go with --jsonl (one answer a line)".into());
    }
    if out.threads.is_some() && !out.jsonl {
        return Err("--threads goes with --jsonl only".into());
    }
    Ok(out)
}

fn parse_threads(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "--threads needs a whole number of 1 or more, not {s:?}"
        )),
    }
}

fn read_input(file: Option<&str>) -> Result<String, String> {
    let bytes = match file {
        None | Some("-") => {
            let mut b = Vec::new();
            std::io::stdin()
                .read_to_end(&mut b)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            b
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?,
    };
    let name = file.unwrap_or("-");
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err(format!("{name} is empty: there is no text to analyse"));
    }
    Ok(text)
}

fn options(date: Option<&str>) -> Result<itinera_engine::Options, String> {
    match date {
        Some(d) => itinera_engine::Options::with_date(d).map_err(|e| e.to_string()),
        None => Ok(itinera_engine::Options::default()),
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let args = parse_args(args)?;
    let options = options(args.date.as_deref())?;
    let text = read_input(args.file.as_deref())?;
    let analysis = itinera_engine::analyze(&text, &options);
    let json = if args.pretty {
        serde_json::to_string_pretty(&analysis)
    } else {
        serde_json::to_string(&analysis)
    };
    json.map_err(|e| format!("cannot write JSON: {e}"))
}

/// `--jsonl`: every line answered on stdout; the summary of the run, or why it stopped.
fn run_batch(args: &Args) -> Result<batch::Summary, String> {
    let options = options(args.date.as_deref())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .map_err(|e| format!("cannot start the threads: {e}"))?;
    let limits = batch::Limits::for_threads(pool.current_num_threads());
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    match args.file.as_deref() {
        None | Some("-") => {
            let stdin = std::io::stdin();
            let progress = batch::progress_bar(None);
            let summary = batch::run(stdin.lock(), out, &pool, &options, limits, &progress);
            progress.finish_and_clear();
            summary
        }
        Some(path) => {
            let file = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            let size = file.metadata().ok().map(|m| m.len());
            let progress = batch::progress_bar(size);
            let input = std::io::BufReader::with_capacity(1 << 16, file);
            let summary = batch::run(input, out, &pool, &options, limits, &progress);
            progress.finish_and_clear();
            summary
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Ok(parsed) = parse_args(&args) {
        if parsed.jsonl {
            return match run_batch(&parsed) {
                Ok(s) if s.failed == 0 => ExitCode::SUCCESS,
                Ok(s) => {
                    eprintln!(
                        "itinera: {} of {} lines failed (error records in the output); first: {}",
                        s.failed,
                        s.lines,
                        s.first_error.unwrap_or_default()
                    );
                    ExitCode::from(1)
                }
                Err(msg) => {
                    eprintln!("itinera: {msg}");
                    ExitCode::from(2)
                }
            };
        }
    }
    match run(&args) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("itinera: {msg}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn missing_file_is_an_error() {
        let e = run(&args(&["analyze", "/nonexistent/file.txt"])).unwrap_err();
        assert!(e.starts_with("cannot read /nonexistent/file.txt"), "{e}");
    }

    #[test]
    fn bad_date_is_an_error() {
        let e = run(&args(&["analyze", "x.txt", "--date", "2015-02-30"])).unwrap_err();
        assert!(e.contains("YYYY-MM-DD"), "{e}");
    }

    #[test]
    fn unknown_option_is_an_error() {
        assert!(run(&args(&["analyze", "--colour"]))
            .unwrap_err()
            .contains("unknown option"));
    }

    #[test]
    fn no_command_shows_usage() {
        assert_eq!(run(&args(&[])).unwrap_err(), USAGE);
    }

    #[test]
    fn file_is_analysed() {
        let dir = std::env::temp_dir().join(format!("itinera-cli-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("a.txt");
        std::fs::write(&p, "Kerry flew to Sochi.").unwrap();
        let json = run(&args(&["analyze", p.to_str().unwrap(), "--json"])).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["schema"], "itinera.analysis/1");
        assert_eq!(v["document"]["chars"], 20);
        std::fs::write(&p, b"\xff\xfe bad").unwrap();
        assert!(run(&args(&["analyze", p.to_str().unwrap()]))
            .unwrap_err()
            .contains("not UTF-8"));
        std::fs::write(&p, "  \n").unwrap();
        assert!(run(&args(&["analyze", p.to_str().unwrap()]))
            .unwrap_err()
            .contains("empty"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
