//! `itinera`: the engine on the command line.
//!
//! ```text
//! itinera analyze [FILE|-] [--date YYYY-MM-DD] [--pretty]
//! ```
//!
//! Prints one `Analysis` JSON (schema `itinera.analysis/1`) on stdout, the same JSON the
//! page exports. Exit 0 on success; 2 with a one-line message on stderr for bad usage or
//! unreadable input (missing file, invalid UTF-8, empty text).

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: itinera analyze [FILE|-] [--date YYYY-MM-DD] [--pretty]";

/// Parsed command line.
struct Args {
    file: Option<String>,
    date: Option<String>,
    pretty: bool,
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
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--pretty" => out.pretty = true,
            // JSON is the only output; the flag is accepted for scripts that ask for it.
            "--json" => {}
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
    Ok(out)
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

fn run(args: &[String]) -> Result<String, String> {
    let args = parse_args(args)?;
    let options = match &args.date {
        Some(d) => itinera_engine::Options::with_date(d).map_err(|e| e.to_string())?,
        None => itinera_engine::Options::default(),
    };
    let text = read_input(args.file.as_deref())?;
    let analysis = itinera_engine::analyze(&text, &options);
    let json = if args.pretty {
        serde_json::to_string_pretty(&analysis)
    } else {
        serde_json::to_string(&analysis)
    };
    json.map_err(|e| format!("cannot write JSON: {e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
