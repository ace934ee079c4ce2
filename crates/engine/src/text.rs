//! Normalisation: the text the later stages read, with a map back to the input.
//!
//! The later stages want plain ASCII punctuation and no page chrome, but every offset
//! they report must point into the text exactly as the user gave it. [`normalize`]
//! therefore builds a new string and, for each of its bytes, the code-point offset of
//! the input character it came from.
//!
//! What changes:
//! - typographic quotes become `'` and `"`, dashes become `-`, the ellipsis `...`,
//!   every kind of space a plain space, `\r\n` and `\r` a `\n`; zero-width and control
//!   characters are dropped;
//! - boilerplate lines ("Story highlights", "02:17 - Source: CNN", "Hide Caption",
//!   "Photos: ...", "Read More", share buttons) are emptied: their characters are
//!   dropped, their line break kept.
//!
//! ```
//! use itinera_engine::text::normalize;
//! let n = normalize("Story highlights\n\u{201c}Hi,\u{201d} he said \u{2014} twice.");
//! assert_eq!(n.text, "\n\"Hi,\" he said - twice.");
//! // "he" is at bytes 7..9 of the normalised text and at code points 23..25 of the input.
//! assert_eq!(n.original_span(7, 9), (23, 25));
//! ```

/// A normalised text and its map back to the input.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// For each byte of `text`, the code-point offset of the input character it came from.
    map: Vec<u32>,
    /// Number of code points in the input.
    input_chars: usize,
}

impl Normalized {
    /// Maps a byte span `start..end` of [`Normalized::text`] to a code-point span of the
    /// input. An empty span maps to an empty span at the same place.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        let at = |b: usize| -> usize {
            if b >= self.map.len() {
                self.input_chars
            } else {
                self.map[b] as usize
            }
        };
        let s = at(start);
        if end <= start {
            return (s, s);
        }
        let e = if end - 1 < self.map.len() {
            self.map[end - 1] as usize + 1
        } else {
            self.input_chars
        };
        (s, e.max(s))
    }

    /// Number of code points in the input.
    pub fn input_chars(&self) -> usize {
        self.input_chars
    }
}

/// Lines that are page chrome, not article: matched on the trimmed line.
fn is_boilerplate_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    const EXACT: &[&str] = &[
        "story highlights",
        "hide caption",
        "show caption",
        "read more",
        "advertisement",
        "share this",
        "share",
        "tweet",
        "email",
        "print",
        "click to expand",
        "more from cnn",
        "related content",
        "related articles",
        "watch",
        "play video",
        "close",
        "scroll to continue",
        "continue reading",
        "enlarge this image",
        "toggle caption",
        "skip to main content",
        "sign up",
        "subscribe",
    ];
    if EXACT.contains(&lower.as_str()) {
        return true;
    }
    // Video chrome: "02:17 - Source: CNN", "1:02:17 - Source: Reuters".
    let bytes = t.as_bytes();
    let clock = bytes
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b':')
        .count();
    if clock >= 4
        && t[..clock].contains(':')
        && lower[clock..].trim_start().starts_with("- source:")
    {
        return true;
    }
    // Photo galleries: "Photos: The world's ...", "Photo: ..." with a short tail.
    if (lower.starts_with("photos:") || lower.starts_with("photo:")) && t.len() < 120 {
        return true;
    }
    // "Caption 3 of 12", "1 of 12" gallery counters.
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() == 3
        && words[1] == "of"
        && words[0].parse::<u32>().is_ok()
        && words[2].parse::<u32>().is_ok()
    {
        return true;
    }
    false
}

/// Maps one input character to its normalised form: `Ok(c)` for one char, `Err(s)` for
/// a string (possibly empty: the character is dropped).
fn map_char(c: char) -> Result<char, &'static str> {
    Ok(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{2026}' => return Err("..."),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => ' ',
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => return Err(""),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => '\n',
        c if c.is_control() && c != '\n' => return Err(""),
        c => c,
    })
}

/// Normalises `input` (see the module docs). Never fails; any input is accepted.
pub fn normalize(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut map: Vec<u32> = Vec::with_capacity(input.len());
    let mut cp: u32 = 0; // code-point offset of the current input char
    let mut buf = [0u8; 4];
    for raw_line in input.split_inclusive('\n') {
        let (line, has_nl) = match raw_line.strip_suffix('\n') {
            Some(l) => (l, true),
            None => (raw_line, false),
        };
        let line_chars = line.chars().count() as u32;
        if is_boilerplate_line(line) {
            cp += line_chars;
        } else {
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '\r' {
                    // "\r\n" keeps only the "\n" (handled below); a lone "\r" is a break.
                    if chars.peek().is_some() {
                        text.push('\n');
                        map.push(cp);
                    }
                    cp += 1;
                    continue;
                }
                // Printable ASCII but the backtick (nearly every char) stays as it is.
                if (' '..='~').contains(&c) && c != '`' {
                    text.push(c);
                    map.push(cp);
                    cp += 1;
                    continue;
                }
                match map_char(c) {
                    Ok(m) => {
                        let s = m.encode_utf8(&mut buf);
                        text.push_str(s);
                        map.extend(std::iter::repeat_n(cp, s.len()));
                    }
                    Err(s) => {
                        text.push_str(s);
                        map.extend(std::iter::repeat_n(cp, s.len()));
                    }
                }
                cp += 1;
            }
        }
        if has_nl {
            text.push('\n');
            map.push(cp);
            cp += 1;
        }
    }
    Normalized {
        text,
        map,
        input_chars: cp as usize,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each case: name, input, expected normalised text.
    const CASES: &[(&str, &str, &str)] = &[
        (
            "curly_quotes_become_straight",
            "\u{201c}It\u{2019}s\u{201d}",
            "\"It's\"",
        ),
        (
            "dashes_become_hyphens",
            "a \u{2014} b \u{2013} c",
            "a - b - c",
        ),
        ("ellipsis_becomes_three_dots", "wait\u{2026}", "wait..."),
        (
            "nbsp_becomes_space",
            "U.S.\u{a0}officials",
            "U.S. officials",
        ),
        ("zero_width_dropped", "Mos\u{200b}cow", "Moscow"),
        ("crlf_becomes_lf", "a\r\nb", "a\nb"),
        (
            "story_highlights_line_emptied",
            "Title\nStory highlights\nText",
            "Title\n\nText",
        ),
        (
            "video_source_line_emptied",
            "02:17 - Source: CNN\nText",
            "\nText",
        ),
        (
            "long_video_clock_emptied",
            "1:02:17 - Source: Reuters\nText",
            "\nText",
        ),
        (
            "hide_caption_emptied",
            "A photo.\nHide Caption\nB",
            "A photo.\n\nB",
        ),
        ("gallery_counter_emptied", "3 of 12\nText", "\nText"),
        (
            "ordinary_line_kept",
            "Source: the ministry said",
            "Source: the ministry said",
        ),
        (
            "time_in_text_kept",
            "At 10:30 - source said",
            "At 10:30 - source said",
        ),
        ("empty_stays_empty", "", ""),
        (
            "rtl_text_kept",
            "\u{5e9}\u{5dc}\u{5d5}\u{5dd} world",
            "\u{5e9}\u{5dc}\u{5d5}\u{5dd} world",
        ),
    ];

    #[test]
    fn normalisation_table() {
        for (name, input, want) in CASES {
            assert_eq!(normalize(input).text, *want, "case {name}");
        }
    }

    /// Every span of the normalised text that is unchanged by normalisation maps back to
    /// exactly the same characters of the input.
    #[test]
    fn offsets_map_back_exactly() {
        let input = "Story highlights\n\u{201c}Kerry\u{201d} met Putin in Sochi \u{2014} Tuesday\u{2026} then Antalya";
        let n = normalize(input);
        let chars: Vec<char> = input.chars().collect();
        for word in ["Kerry", "Putin", "Sochi", "Tuesday", "Antalya"] {
            let b = n.text.find(word).unwrap();
            let (s, e) = n.original_span(b, b + word.len());
            let back: String = chars[s..e].iter().collect();
            assert_eq!(back, word, "word {word}");
        }
    }

    #[test]
    fn expanded_char_maps_to_itself() {
        let n = normalize("a\u{2026}b");
        assert_eq!(n.text, "a...b");
        assert_eq!(n.original_span(1, 4), (1, 2));
        assert_eq!(n.original_span(4, 5), (2, 3));
    }

    #[test]
    fn multibyte_input_offsets_are_code_points() {
        let n = normalize("\u{00e9}t\u{00e9} \u{00e0} Z\u{00fc}rich");
        let b = n.text.find("Z").unwrap();
        assert_eq!(n.original_span(b, n.text.len()), (6, 12));
        assert_eq!(n.input_chars(), 12);
    }

    #[test]
    fn end_of_text_maps_to_input_length() {
        let n = normalize("ab\u{200b}");
        assert_eq!(n.original_span(2, 2), (3, 3));
        assert_eq!(n.original_span(0, 2), (0, 2));
    }
}
