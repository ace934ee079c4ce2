//! Segmentation: sentences and tokens of the normalised text.
//!
//! All offsets here are **byte** offsets into [`crate::text::Normalized::text`].
//!
//! Sentences end at `.`, `!` or `?` (with closing quotes or brackets after them) when a
//! space and a capital, digit or quote follow, except after abbreviations (`Mr.`,
//! `Gen.`, `Sept.`), initials (`John F. Kennedy`) and in numbers (`3.5`). A blank line
//! always ends a sentence; a single line break does not (agency copy is hard-wrapped),
//! unless the line before it is a heading with no final punctuation.
//!
//! ```
//! use itinera_engine::segment::{sentences, tokens};
//! let text = "Gen. Smith met U.S. officials. They agreed.";
//! let s = sentences(text);
//! assert_eq!(s.len(), 2);
//! assert_eq!(&text[s[0].start..s[0].end], "Gen. Smith met U.S. officials.");
//! let t = tokens(text, &s);
//! assert_eq!(text[t[3].start..t[3].end].to_string(), "U.S.");
//! ```

/// A sentence: byte span into the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character (exclusive).
    pub end: usize,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner hyphens or apostrophes: "Smith-Spark", "O'Neill"), or an
    /// abbreviation with its periods ("U.S.", "Gen.").
    Word,
    /// Digits, with inner `,` `.` `:` (`1,000`, `3.5`, `10:30`).
    Number,
    /// Anything else, one character per token.
    Punct,
}

/// A token: byte span into the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the end (exclusive).
    pub end: usize,
    /// What sort of token.
    pub kind: TokenKind,
    /// Index of the sentence it belongs to.
    pub sentence: usize,
}

/// Words that take a period without ending a sentence (lowercased, no period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "gov", "sen", "rep", "reps", "sens", "ala", "ariz", "ark", "calif", "colo", "conn",
    "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mich", "minn", "mo", "mont",
    "neb", "nebr", "nev", "okla", "ore", "oreg", "pa", "penn", "tenn", "tex", "vt", "va", "wash",
    "wis", "wisc", "wyo", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "messrs", "mme",
    "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co", "bros", "dept", "univ", "assn", "est",
    "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "e.g", "i.e", "a.m",
    "p.m", "u.s", "u.n", "u.k", "e.u", "d.c", "u.s.a", "al", "op", "fig", "vol", "pp", "cf", "ca",
    "ave", "blvd", "rd", "atty", "supt", "det", "insp", "gens", "brig", "cong", "sgts",
];

/// After an abbreviation, these words still begin a new sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "A", "An", "This",
    "That", "There", "His", "Her", "Their", "Its", "Our", "Mr.", "Ms.", "Mrs.", "After", "When",
    "While", "As", "At", "For",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if ABBREVIATIONS.contains(&w.as_str()) {
        return true;
    }
    // Initials and dotted acronyms: "J.", "U.S", "N.A.T.O".
    let parts: Vec<&str> = w.split('.').collect();
    // A lone initial must be a capital ("F." in "John F. Kennedy").
    let orig = word.trim_end_matches('.');
    if parts.len() == 1 {
        return orig.chars().count() == 1 && orig.chars().all(char::is_uppercase);
    }
    parts
        .iter()
        .all(|p| p.chars().count() == 1 && p.chars().all(|c| c.is_alphabetic()))
}

/// The word that ends just before byte `end` (letters and inner periods).
fn word_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(end, |(i, _)| i);
    &text[start..end]
}

/// Splits `text` into sentences (byte spans, trimmed of surrounding whitespace).
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        let seg = &text[s..e];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        if e - trail > s + lead {
            out.push(Sentence {
                start: s + lead,
                end: e - trail,
            });
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            // Blank line, or the line just ended was a heading (no final punctuation,
            // short) followed by a new line: a sentence break.
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\r') {
                j += 1;
            }
            let blank = j < bytes.len() && bytes[j] == b'\n';
            let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1);
            let line = text[line_start..i].trim();
            // A heading: a short line that is a paragraph of its own so far, with no
            // final punctuation, followed by a line that starts with a capital.
            let heading = !line.is_empty()
                && line.len() < 60
                && line.split_whitespace().count() <= 8
                && !line.ends_with(['.', ',', ';', ':', '-'])
                && text
                    .get(start..line_start)
                    .is_some_and(|before| before.trim().is_empty())
                && text[j..].starts_with(|c: char| c.is_uppercase());
            if blank || j >= bytes.len() || heading {
                push(&mut out, start, i);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        if b == b'.' || b == b'!' || b == b'?' {
            let mut j = i + 1;
            while j < bytes.len()
                && matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']')
            {
                j += 1;
            }
            // Needs whitespace, then a sentence opener.
            let mut k = j;
            while k < bytes.len() && bytes[k] == b' ' {
                k += 1;
            }
            if k == j || k >= bytes.len() {
                if k >= bytes.len() || bytes[k] == b'\n' {
                    // End of text or end of line: the newline logic decides, but a
                    // terminal "." at a line end in wrapped text still ends a sentence
                    // when the next line starts with a capital.
                    let mut n = k;
                    while n < bytes.len() && (bytes[n] == b'\n' || bytes[n] == b' ') {
                        n += 1;
                    }
                    if n < bytes.len()
                        && k < bytes.len()
                        && (bytes[n].is_ascii_uppercase() || bytes[n] == b'"')
                        && !(b == b'.' && is_abbreviation(word_before(text, i + 1)))
                    {
                        push(&mut out, start, j);
                        start = j;
                    }
                }
                i = j.max(i + 1);
                continue;
            }
            let next = &text[k..];
            let opener = next.starts_with(|c: char| {
                c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '\'' || c == '('
            });
            if !opener {
                i = j;
                continue;
            }
            if b == b'.' && j == i + 1 {
                let w = word_before(text, i + 1);
                if is_abbreviation(w) {
                    let next_word = next.split_whitespace().next().unwrap_or("");
                    let bare = w.trim_end_matches('.');
                    // "Gen. Smith", "John F. Kennedy": never a break. "U.S. The": a
                    // dotted acronym breaks only before a word that opens sentences.
                    let dotted = bare.contains('.');
                    // "... came at 3 a.m. Lind then flew": a clock mark before a
                    // capitalised word that is no time zone, day or month ends the
                    // sentence ("10 a.m. EDT", "10 a.m. Tuesday" do not).
                    let clock =
                        matches!(bare, "a.m" | "p.m" | "A.M" | "P.M") && !clock_follower(next_word);
                    if !clock && (!dotted || !SENTENCE_STARTERS.contains(&next_word)) {
                        i = j;
                        continue;
                    }
                }
            }
            push(&mut out, start, j);
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    push(&mut out, start, bytes.len());
    out
}

/// Whether `word` (as written, maybe with trailing punctuation) can follow a clock mark
/// inside a sentence: a time zone in capitals ("EDT", "GMT"), a day or a month.
fn clock_follower(word: &str) -> bool {
    let w = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let zone = (1..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    const DAYS_MONTHS: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Eastern",
        "Pacific",
        "Central",
        "Mountain",
        "local",
        "Moscow",
        "Greenwich",
    ];
    zone || DAYS_MONTHS.contains(&w)
}

/// Splits each sentence into tokens.
pub fn tokens(text: &str, sentences: &[Sentence]) -> Vec<Token> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        tokenize_into(text, s.start, s.end, si, &mut out);
    }
    out
}

fn tokenize_into(text: &str, from: usize, to: usize, sentence: usize, out: &mut Vec<Token>) {
    let seg = &text[from..to];
    let chars: Vec<(usize, char)> = seg.char_indices().collect();
    let n = chars.len();
    let byte_at = |k: usize| if k < n { chars[k].0 } else { seg.len() };
    let mut k = 0;
    while k < n {
        let c = chars[k].1;
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        let start = k;
        let kind;
        if c.is_ascii_digit() {
            kind = TokenKind::Number;
            k += 1;
            while k < n {
                let d = chars[k].1;
                if d.is_ascii_digit() {
                    k += 1;
                } else if matches!(d, ',' | '.' | ':')
                    && k + 1 < n
                    && chars[k + 1].1.is_ascii_digit()
                {
                    k += 2;
                } else {
                    break;
                }
            }
            // "1990s", "20th", "5pm" stay one token.
            while k < n && chars[k].1.is_alphabetic() {
                k += 1;
            }
        } else if c.is_alphabetic() {
            kind = TokenKind::Word;
            // Dotted abbreviation: L.L. or L.L.L. ("U.S.", "a.m.", "D.C.").
            let mut m = k;
            let mut letters = 0;
            while m + 1 < n && chars[m].1.is_alphabetic() && chars[m + 1].1 == '.' {
                letters += 1;
                m += 2;
            }
            if letters >= 2 && !(m < n && chars[m].1.is_alphabetic()) {
                k = m;
            } else {
                k += 1;
                loop {
                    while k < n && (chars[k].1.is_alphanumeric() || is_mark(chars[k].1)) {
                        k += 1;
                    }
                    // Inner hyphen or apostrophe joins letters: "Smith-Spark", "O'Neill";
                    // but a possessive "'s" is its own token.
                    if k + 1 < n
                        && matches!(chars[k].1, '-' | '\'')
                        && chars[k + 1].1.is_alphanumeric()
                    {
                        if chars[k].1 == '\''
                            && matches!(chars[k + 1].1, 's' | 'S')
                            && (k + 2 >= n || !chars[k + 2].1.is_alphanumeric())
                        {
                            break;
                        }
                        k += 2;
                        continue;
                    }
                    break;
                }
                // Known abbreviations keep their period: "Gen.", "Sept.", "Mr.".
                if k < n && chars[k].1 == '.' {
                    let w: String = chars[start..k].iter().map(|x| x.1).collect();
                    let lw = w.to_ascii_lowercase();
                    if ABBREVIATIONS.contains(&lw.as_str())
                        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                    {
                        k += 1;
                    }
                }
            }
        } else if c == '\''
            && k + 1 < n
            && matches!(chars[k + 1].1, 's' | 'S')
            && (k + 2 >= n || !chars[k + 2].1.is_alphanumeric())
        {
            kind = TokenKind::Word;
            k += 2;
        } else {
            kind = TokenKind::Punct;
            k += 1;
        }
        out.push(Token {
            start: from + byte_at(start),
            end: from + byte_at(k),
            kind,
            sentence,
        });
    }
}

/// Combining marks stay inside a word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0591..=0x05C7 | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    /// Each case: name, text, expected sentences.
    const SENTENCE_CASES: &[(&str, &str, &[&str])] = &[
        (
            "two_plain_sentences",
            "It rained. We left.",
            &["It rained.", "We left."],
        ),
        (
            "us_abbreviation_inside",
            "The U.S. and Russia met. Talks went on.",
            &["The U.S. and Russia met.", "Talks went on."],
        ),
        (
            "us_at_end_then_the",
            "He flew to the U.S. The trip was long.",
            &["He flew to the U.S.", "The trip was long."],
        ),
        (
            "un_security_council",
            "The U.N. Security Council met. It voted.",
            &["The U.N. Security Council met.", "It voted."],
        ),
        (
            "general_title",
            "Gen. Martin Dempsey spoke. He left.",
            &["Gen. Martin Dempsey spoke.", "He left."],
        ),
        (
            "mister_title",
            "Mr. Smith went home.",
            &["Mr. Smith went home."],
        ),
        (
            "initial_in_name",
            "John F. Kennedy spoke. Crowds cheered.",
            &["John F. Kennedy spoke.", "Crowds cheered."],
        ),
        (
            "decimal_number",
            "Growth was 3.5 percent. Prices fell.",
            &["Growth was 3.5 percent.", "Prices fell."],
        ),
        (
            "quote_closes_sentence",
            "\"We agree.\" He nodded.",
            &["\"We agree.\"", "He nodded."],
        ),
        (
            "question_and_exclamation",
            "Why? Because! Yes.",
            &["Why?", "Because!", "Yes."],
        ),
        (
            "blank_line_breaks",
            "Story title\n\nBody text here.",
            &["Story title", "Body text here."],
        ),
        (
            "wrapped_line_does_not_break",
            "The delegation met\nwith the prime minister.",
            &["The delegation met\nwith the prime minister."],
        ),
        (
            "heading_line_breaks",
            "Turkey meetings\nKerry will travel.",
            &["Turkey meetings", "Kerry will travel."],
        ),
        (
            "clock_mark_before_a_name_ends_the_sentence",
            "It landed at 3 a.m. Lind then flew home. It left at 9 a.m. EDT on Monday.",
            &[
                "It landed at 3 a.m.",
                "Lind then flew home.",
                "It left at 9 a.m. EDT on Monday.",
            ],
        ),
        (
            "month_abbreviation",
            "On Sept. 15 he left. Then he came back.",
            &["On Sept. 15 he left.", "Then he came back."],
        ),
        (
            "time_am",
            "It began at 10 a.m. Tuesday in Sochi.",
            &["It began at 10 a.m. Tuesday in Sochi."],
        ),
        (
            "sentence_ends_inside_a_wrapped_line",
            "Sweet! Candy wins\nIt is so.",
            &["Sweet!", "Candy wins\nIt is so."],
        ),
        ("empty_text", "", &[]),
        ("whitespace_only", "  \n \n ", &[]),
    ];

    #[test]
    fn sentence_table() {
        for (name, text, want) in SENTENCE_CASES {
            assert_eq!(split(text), want.to_vec(), "case {name}");
        }
    }

    /// Each case: name, text, expected tokens.
    const TOKEN_CASES: &[(&str, &str, &[&str])] = &[
        ("dotted_acronym", "U.S. troops", &["U.S.", "troops"]),
        (
            "possessive_split",
            "Russia's army",
            &["Russia", "'s", "army"],
        ),
        (
            "hyphenated_name",
            "Laura Smith-Spark wrote",
            &["Laura", "Smith-Spark", "wrote"],
        ),
        ("particle_name", "Bashar el-Assad", &["Bashar", "el-Assad"]),
        (
            "us_russia_compound",
            "U.S.-Russia ties",
            &["U.S.", "-", "Russia", "ties"],
        ),
        (
            "number_with_commas",
            "$130,000.50 aid",
            &["$", "130,000.50", "aid"],
        ),
        ("clock_time", "at 10:30 today", &["at", "10:30", "today"]),
        ("decade", "the 1990s", &["the", "1990s"]),
        ("title_abbreviation", "Gen. Smith", &["Gen.", "Smith"]),
        ("sentence_final_period", "He left.", &["He", "left", "."]),
        ("accented_word", "Zürich café", &["Zürich", "café"]),
        ("apostrophe_name", "O'Neill said", &["O'Neill", "said"]),
    ];

    #[test]
    fn token_table() {
        for (name, text, want) in TOKEN_CASES {
            let s = sentences(text);
            let got: Vec<&str> = tokens(text, &s)
                .iter()
                .map(|t| &text[t.start..t.end])
                .collect();
            assert_eq!(got, want.to_vec(), "case {name}");
        }
    }

    #[test]
    fn tokens_know_their_sentence() {
        let text = "He left. She stayed.";
        let s = sentences(text);
        let t = tokens(text, &s);
        assert_eq!(
            t.iter().map(|t| t.sentence).collect::<Vec<_>>(),
            vec![0, 0, 0, 1, 1, 1]
        );
    }
}
