//! Capitals that make a time word part of a name: ABC's "This Week", "60 Minutes",
//! "High Noon" (but not in a headline, where every word is capitalised).

use super::{Core, Found, Tokens};
use crate::segment::TokenKind;

/// Whether most words of a sentence are capitalised (a headline), where capitals say
/// nothing about names.
pub(super) fn is_title_case(t: &Tokens, range: std::ops::Range<usize>) -> bool {
    let (mut words, mut caps) = (0, 0);
    for i in range {
        if t.doc.tokens[i].kind == TokenKind::Word {
            words += 1;
            caps += usize::from(t.doc.token_text(i).starts_with(|c: char| c.is_uppercase()));
        }
    }
    words > 0 && caps * 2 > words
}

/// Whether a found expression is part of a title or name: a word that is lowercase in
/// running text ("week", "minutes", "noon", "today") written with a capital in the
/// middle of a sentence, as in ABC's "This Week", CBS's "60 Minutes", "High Noon",
/// "VOA Today".
pub(super) fn in_a_name(t: &Tokens, f: &Found, sentence_start: usize) -> bool {
    // "Thanksgiving Day" is capitalised as a holiday.
    if matches!(f.core, Core::Holiday { .. }) {
        return false;
    }
    (f.first..f.last).any(|i| {
        let raw = t.doc.token_text(i);
        let lower_word = matches!(
            t.words[i],
            "today"
                | "tonight"
                | "tomorrow"
                | "yesterday"
                | "noon"
                | "midnight"
                | "week"
                | "weeks"
                | "minute"
                | "minutes"
                | "hour"
                | "hours"
                | "day"
                | "days"
                | "month"
                | "months"
                | "year"
                | "years"
                | "now"
        );
        let opens = i == sentence_start
            || matches!(
                t.words[i - 1],
                "\"" | "'" | "''" | "``" | "(" | ":" | "-" | "--" | "."
            );
        lower_word && !opens && raw.starts_with(|c: char| c.is_uppercase())
    })
}
