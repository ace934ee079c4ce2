//! The page's layout rules, checked on its sources (native only):
//!
//! - no file in `src/` is over [`MAX_LINES`] lines, so each can be read whole;
//! - every feature folder's `mod.rs` opens with a `//!` comment (what it shows, what it
//!   may use);
//! - no import cycle among the files of `src/`: a file that names another through
//!   `crate::…` or `super::…` (in a `use` or in a path) depends on it, and following those
//!   edges never comes back. Declaring a module (`mod x;`) is not an import.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The longest a source file of the page may be.
const MAX_LINES: usize = 500;

/// Every `.rs` file under `dir`, as paths relative to `src/` (`map/view.rs`).
fn sources(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.strip_prefix(root).expect("under src/").to_path_buf());
        }
    }
}

fn src_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn all_sources() -> Vec<PathBuf> {
    let root = src_root();
    let mut files = Vec::new();
    sources(&root, &root, &mut files);
    assert!(files.len() > 20, "found the page's sources");
    files
}

/// The module path of a file: `map/view.rs` is `[map, view]`, `map/mod.rs` is `[map]`,
/// `lib.rs` is `[]`.
fn module_of(file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_string());
    }
    parts
}

/// The file that holds the item a module path names: the deepest file along the path.
fn file_of(root: &Path, path: &[String]) -> PathBuf {
    let mut dir = PathBuf::new();
    let mut found = PathBuf::from("lib.rs");
    for seg in path {
        let as_file = dir.join(format!("{seg}.rs"));
        let as_dir = dir.join(seg);
        if root.join(&as_file).is_file() {
            return as_file;
        } else if root.join(&as_dir).join("mod.rs").is_file() {
            found = as_dir.join("mod.rs");
            dir = as_dir;
        } else {
            break;
        }
    }
    found
}

/// The code of `text` without comments and without an inline `mod tests { … }` at the end
/// (where `super` means the file itself).
fn code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("mod tests {") {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Every path that starts with `crate::` or `super::` in `code`, as segments, with the
/// groups of a `use` (`crate::a::{b, c::d}`) expanded.
fn paths(code: &str) -> Vec<Vec<String>> {
    let bytes: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        let boundary = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
        if boundary && (rest.starts_with("crate::") || rest.starts_with("super::")) {
            let (found, end) = parse_path(&bytes, i);
            out.extend(found);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Parses a path (with `{…}` groups) starting at `i`; returns its expansions and the end.
fn parse_path(s: &[char], mut i: usize) -> (Vec<Vec<String>>, usize) {
    let mut prefix = Vec::new();
    loop {
        while i < s.len() && s[i].is_whitespace() {
            i += 1;
        }
        if i < s.len() && s[i] == '{' {
            let mut all = Vec::new();
            i += 1;
            loop {
                while i < s.len() && (s[i].is_whitespace() || s[i] == ',') {
                    i += 1;
                }
                if i >= s.len() || s[i] == '}' {
                    i += 1;
                    break;
                }
                let (inner, end) = parse_path(s, i);
                for p in inner {
                    let mut full = prefix.clone();
                    full.extend(p);
                    all.push(full);
                }
                i = end;
            }
            return (all, i);
        }
        let start = i;
        while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
            i += 1;
        }
        if start == i {
            return (vec![prefix], i);
        }
        prefix.push(s[start..i].iter().collect());
        if i + 1 < s.len() && s[i] == ':' && s[i + 1] == ':' {
            i += 2;
        } else {
            return (vec![prefix], i);
        }
    }
}

/// The files each file depends on.
fn imports() -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let root = src_root();
    let mut graph = BTreeMap::new();
    for file in all_sources() {
        let text = std::fs::read_to_string(root.join(&file)).expect("readable");
        let here = module_of(&file);
        let mut deps = BTreeSet::new();
        for p in paths(&code(&text)) {
            let mut module = here.clone();
            let mut segs = p.iter().peekable();
            if segs.peek().is_some_and(|s| *s == "crate") {
                module.clear();
                segs.next();
            }
            while segs.peek().is_some_and(|s| *s == "super") {
                module.pop();
                segs.next();
            }
            if segs.peek().is_some_and(|s| *s == "self") {
                segs.next();
            }
            module.extend(segs.cloned());
            let target = file_of(&root, &module);
            if target != file {
                deps.insert(target);
            }
        }
        graph.insert(file, deps);
    }
    graph
}

#[test]
fn no_file_is_too_long() {
    let root = src_root();
    let long: Vec<String> = all_sources()
        .into_iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(root.join(&f)).ok()?.lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

#[test]
fn every_folder_says_what_it_shows() {
    let root = src_root();
    for file in all_sources() {
        if file.file_name().is_some_and(|n| n == "mod.rs") {
            let text = std::fs::read_to_string(root.join(&file)).expect("readable");
            assert!(
                text.starts_with("//! "),
                "{} opens without a //! comment",
                file.display()
            );
            assert!(
                text.contains("May use") || text.contains("may use"),
                "{} does not say what it may use",
                file.display()
            );
        }
    }
}

#[test]
fn no_import_cycle() {
    let graph = imports();
    // Depth-first search; a grey node met again closes a cycle.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Grey,
        Black,
    }
    fn visit(
        n: &PathBuf,
        graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        marks: &mut BTreeMap<PathBuf, Mark>,
        stack: &mut Vec<PathBuf>,
    ) -> Option<Vec<PathBuf>> {
        match marks.get(n) {
            Some(Mark::Black) => return None,
            Some(Mark::Grey) => {
                let from = stack.iter().position(|s| s == n).unwrap_or(0);
                let mut cycle = stack[from..].to_vec();
                cycle.push(n.clone());
                return Some(cycle);
            }
            None => {}
        }
        marks.insert(n.clone(), Mark::Grey);
        stack.push(n.clone());
        for d in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, graph, marks, stack) {
                return Some(c);
            }
        }
        stack.pop();
        marks.insert(n.clone(), Mark::Black);
        None
    }
    let mut marks = BTreeMap::new();
    for n in graph.keys() {
        if let Some(cycle) = visit(n, &graph, &mut marks, &mut Vec::new()) {
            let shown: Vec<String> = cycle.iter().map(|p| p.display().to_string()).collect();
            panic!("import cycle: {}", shown.join(" -> "));
        }
    }
}

#[test]
fn the_checker_sees_imports() {
    let graph = imports();
    let deps = |f: &str| graph.get(Path::new(f)).cloned().unwrap_or_default();
    assert!(deps("store/mod.rs").contains(Path::new("runner/worker.rs")));
    assert!(deps("map/view.rs").contains(Path::new("map/projection.rs")));
    assert!(deps("corrections/panel.rs").contains(Path::new("store/views.rs")));
    assert!(!deps("runner/worker.rs").contains(Path::new("store/mod.rs")));
}
