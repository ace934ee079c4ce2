//! Streets and roads ("Main Street", "Wichita Drive", "Fifth Avenue"): local news names
//! them, the gazetteer does not. A street is recognised by its last word and placed at
//! the town the text names nearest before it, which is within the 161 km that counts
//! and what the map can show.

use crate::doc::Doc;
use crate::segment::TokenKind;

/// Last words that make a street of the capitalised words before them.
const SUFFIXES: &[&str] = &[
    "Street",
    "St.",
    "Road",
    "Rd.",
    "Drive",
    "Avenue",
    "Ave.",
    "Boulevard",
    "Blvd.",
    "Lane",
    "Highway",
    "Parkway",
    "Pike",
    "Turnpike",
    "Expressway",
];

/// Streets whose name stands for an institution rather than the street.
const METONYMS: &[&str] = &[
    "wall street",
    "downing street",
    "fleet street",
    "madison avenue",
    "harley street",
    "sesame street",
];

/// A street found in the text: byte span in `doc.text()` and its name as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Street {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The name as written ("Main Street").
    pub name: String,
}

/// Every street named in the text, in text order.
pub fn find(doc: &Doc) -> Vec<Street> {
    let text = doc.text();
    let mut out = Vec::new();
    for range in &doc.sentence_tokens {
        for k in range.clone() {
            let t = doc.tokens[k];
            if !SUFFIXES.contains(&doc.token_text(k)) {
                continue;
            }
            // One to three capitalised words or an ordinal ("Fifth", "5th") before it.
            let mut first = k;
            while first > range.start && k - first < 3 {
                let p = first - 1;
                let w = doc.token_text(p);
                let cap = doc.tokens[p].kind == TokenKind::Word
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && !w.ends_with("'s");
                let ordinal = doc.tokens[p].kind == TokenKind::Number
                    && w.ends_with(|c: char| c.is_ascii_alphabetic());
                if !(cap || ordinal) {
                    break;
                }
                first = p;
            }
            if first == k {
                continue;
            }
            // The sentence's first word may just be capitalised ("The", "On").
            if first == range.start && k - first > 1 && is_function(doc.token_text(first)) {
                first += 1;
            }
            let (start, end) = (doc.tokens[first].start, t.end);
            let name = &text[start..end];
            if METONYMS.contains(&name.to_lowercase().as_str()) {
                continue;
            }
            out.push(Street {
                start,
                end,
                name: name.to_string(),
            });
        }
    }
    out
}

fn is_function(w: &str) -> bool {
    matches!(
        w,
        "The" | "On" | "In" | "At" | "Along" | "From" | "To" | "Near" | "A" | "An" | "And"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each case: name, text, streets expected.
    const CASES: &[(&str, &str, &[&str])] = &[
        (
            "main_street",
            "The parade went down Main Street on Friday.",
            &["Main Street"],
        ),
        (
            "ordinal_avenue",
            "Shops on 5th Avenue closed early.",
            &["5th Avenue"],
        ),
        (
            "abbreviated",
            "A crash on Elm St. blocked traffic.",
            &["Elm St."],
        ),
        (
            "sentence_start_article_dropped",
            "The Wichita Drive bridge reopened.",
            &["Wichita Drive"],
        ),
        ("wall_street_is_finance", "Wall Street fell on Monday.", &[]),
        ("saint_is_no_street", "Fans in St. Louis cheered.", &[]),
        ("lower_case_road", "the road was closed.", &[]),
    ];

    #[test]
    fn street_table() {
        for (case, text, want) in CASES {
            let doc = Doc::new(text);
            let got: Vec<String> = find(&doc).into_iter().map(|s| s.name).collect();
            assert_eq!(got, *want, "case {case}");
        }
    }
}
