//! Keyphrases as the text writes them: the engine gives them lowercased or stemmed
//! ("kerry", "negoti"); the reader sees the article's own most frequent spelling
//! ("Kerry", "negotiations"). A display concern, plain Rust, tested natively.

use std::collections::HashMap;

/// The words of `text` (letters and digits, with inner `'`, `’` and `-`).
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether word `w` of the text spells key word `k`: the same word in any case, or, for a
/// stem of four letters or more, a word that starts with it.
fn spells(w: &str, k: &str) -> bool {
    let lw = w.to_lowercase();
    lw == k || (k.chars().count() >= 4 && lw.starts_with(k) && lw.len() <= k.len() + 6)
}

/// Each key as the text most often writes it (the first spelling on a tie); the key itself
/// when the text never writes it. Linear in the text's words times the keys.
pub fn as_written(text: &str, keys: &[&str]) -> Vec<String> {
    let ws = words(text);
    keys.iter()
        .map(|key| {
            let kws: Vec<String> = key.split_whitespace().map(str::to_lowercase).collect();
            let n = kws.len();
            if n == 0 || ws.len() < n {
                return (*key).to_string();
            }
            let mut count: HashMap<String, (usize, usize)> = HashMap::new();
            for (i, win) in ws.windows(n).enumerate() {
                if win.iter().zip(&kws).all(|(w, k)| spells(w, k)) {
                    let e = count.entry(win.join(" ")).or_insert((0, i));
                    e.0 += 1;
                }
            }
            count
                .into_iter()
                .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
                .map_or_else(|| (*key).to_string(), |(s, _)| s)
        })
        .collect()
}

/// [`as_written`], with repeats dropped (two keys can read the same).
pub fn shown(text: &str, keys: &[String]) -> Vec<String> {
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let mut out: Vec<String> = Vec::new();
    for s in as_written(text, &refs) {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&s)) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Anna Lindqvist met the mayor. Lindqvist said nuclear negotiations \
        would go on. The Nuclear Negotiations resume in May; negotiators from NATO came.";

    /// Each case: name, key, shown.
    const CASES: &[(&str, &str, &str)] = &[
        ("name_takes_its_capital", "lindqvist", "Lindqvist"),
        (
            "most_frequent_spelling_wins",
            "nuclear negotiations",
            "nuclear negotiations",
        ),
        ("stem_reads_as_a_word", "negoti", "negotiations"),
        ("acronym_as_written", "nato", "NATO"),
        ("absent_key_kept", "sanctions", "sanctions"),
        ("short_key_is_not_a_stem", "may", "May"),
    ];

    #[test]
    fn keys_as_written() {
        for (name, key, want) in CASES {
            assert_eq!(as_written(TEXT, &[key]), [*want], "case {name}");
        }
    }

    #[test]
    fn repeats_dropped() {
        let keys = vec!["negoti".to_string(), "negotiations".to_string()];
        assert_eq!(shown(TEXT, &keys), ["negotiations"]);
    }
}
