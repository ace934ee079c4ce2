//! Tense around a word: does the sentence speak of the past or of the future there?
//! Used to resolve a bare weekday ("met Tuesday" looks back, "will travel Wednesday"
//! looks ahead) and a month or day without its year ("was shot Oct. 23" in May is last
//! year's, "payable Jan. 2" in November next year's). The nearest cue in the sentence wins; with no cue the tense is
//! [`Tense::Unmarked`], which weekdays read as the past (news mostly reports what
//! happened) and month names read as the nearest such month.

use super::recognize::{Core, Found};

/// Which way a sentence points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported as done.
    Past,
    /// Reported as planned, expected or scheduled.
    Future,
    /// No cue in the sentence.
    Unmarked,
}

/// Words that put a clause in the future; `next` is the word after `w`.
fn future_cue(w: &str, next: &str) -> bool {
    if matches!(
        w,
        "set" | "planned" | "due" | "ready" | "poised" | "plan" | "plans"
    ) {
        // "is due in Quito on Wednesday", "due back on Friday": an arrival ahead.
        let arrival = w == "due" && matches!(next, "in" | "at" | "back" | "home");
        return next == "to" || next == "for" || arrival;
    }
    // "is to resume", "are to meet"
    if matches!(w, "is" | "are") {
        return next == "to";
    }
    if w == "soon" {
        return true;
    }
    matches!(
        w,
        "will"
            | "shall"
            | "'ll"
            | "wo"
            | "going"
            | "planning"
            | "expected"
            | "expects"
            | "upcoming"
            | "ahead"
            | "scheduled"
            | "would"
            | "might"
            | "tentatively"
            | "next"
            | "intends"
            | "hopes"
            | "aims"
            | "tomorrow"
            | "coming"
            | "await"
            | "awaits"
            | "awaiting"
    ) || w.ends_with("'ll")
}

/// Words that put a clause in the past.
fn past_cue(w: &str) -> bool {
    if matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "met"
            | "told"
            | "made"
            | "took"
            | "went"
            | "came"
            | "gave"
            | "held"
            | "left"
            | "began"
            | "drew"
            | "spoke"
            | "saw"
            | "found"
            | "won"
            | "lost"
            | "flew"
            | "led"
            | "sent"
            | "brought"
            | "thought"
            | "became"
            | "got"
            | "wrote"
            | "ran"
            | "fell"
            | "rose"
            | "paid"
            | "sold"
            | "bought"
            | "hit"
            | "struck"
            | "broke"
            | "knew"
            | "felt"
            | "kept"
            | "stood"
            | "ago"
            | "last"
            | "yesterday"
            | "earlier"
    ) {
        return true;
    }
    // Past participles and preterites, but not "succeed", "hundred", "United".
    w.len() > 4
        && w.ends_with("ed")
        // "unspecified", "unexpected": adjectives
        && !w.starts_with("un")
        && (!w.ends_with("eed") || matches!(w, "agreed" | "freed" | "decreed"))
        && !matches!(
            w,
            "expected"
                | "scheduled"
                | "hundred"
                | "sacred"
                | "naked"
                | "wicked"
                | "kindred"
                | "united"
                | "limited"
                | "embed"
        )
}

/// How many tokens either side of a time are searched for a cue.
const WINDOW: usize = 40;

/// The tense at token `at` of `words` (lowercased), looking only inside `range`.
pub fn tense_at(words: &[&str], range: std::ops::Range<usize>, at: usize) -> Tense {
    let mut best: Option<(usize, Tense)> = None;
    // A window around the time keeps this linear in very long sentences.
    let lo = range.start.max(at.saturating_sub(WINDOW));
    let hi = range.end.min(at + WINDOW);
    for i in lo..hi {
        if i == at {
            continue;
        }
        let w = words[i];
        let next = words.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { words[i - 1] } else { "" };
        let present = matches!(prev, "is" | "are" | "'re");
        let t = if future_cue(w, next)
            // "is calling for redemption on Dec. 7", "the case is heard in May"
            || (present && (w.ends_with("ing") || past_cue(w)) && w.len() > 4 && i < at && at - i <= 6)
        {
            // "had been scheduled to expire", "had planned to": a plan now past.
            if matches!(prev, "had" | "been") {
                Tense::Past
            } else {
                Tense::Future
            }
        } else if past_cue(w) && !matches!(prev, "be" | "being") {
            // "will be paid", "to be completed": a passive says nothing of the time.
            Tense::Past
        } else {
            continue;
        };
        // The governing verb usually comes before the time ("met Tuesday", "will
        // travel Wednesday"); a cue after it often belongs to the next clause.
        let d = if i < at { at - i } else { 2 * (i - at) };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, t));
        }
    }
    best.map_or(Tense::Unmarked, |(_, t)| t)
}

/// Whether the words just before token `at` set a deadline or a due date ("payable
/// Dec. 7", "by Jan. 14", "to stock of record Nov. 22", "effective Feb. 1"): a date
/// there is nearly always still ahead, whatever the verbs around say.
pub fn deadline_before(words: &[&str], at: usize) -> bool {
    deadline_word(words, at).is_some()
}

/// Whether the deadline word before `at` is a strong one ("until", "payable",
/// "effective"), which points ahead even after a past verb ("extended its deadline
/// until Tuesday"), rather than a weak one ("by": "had filed reports by Wednesday").
pub fn strong_deadline_before(words: &[&str], at: usize) -> bool {
    deadline_word(words, at)
        .is_some_and(|w| !matches!(w, "by" | "record" | "due" | "starting" | "beginning"))
}

fn deadline_word<'a>(words: &[&'a str], at: usize) -> Option<&'a str> {
    let before = |k: usize| at.checked_sub(k).map_or("", |i| words[i]);
    // "Until Thursday, they had not..." opens a sentence about the past.
    if before(1) == "until" && (at < 2 || matches!(before(2), "." | "\"" | "''" | "``")) {
        return None;
    }
    let mut k = 1;
    if matches!(before(k), "on" | "around" | "about") {
        k += 1;
    }
    let w = before(k);
    matches!(
        w,
        "payable"
            | "effective"
            | "by"
            | "until"
            | "till"
            | "through"
            | "record"
            | "due"
            | "expire"
            | "expires"
            | "starting"
            | "beginning"
    )
    .then_some(w)
}

/// The tense that resolves expression `f` in its sentence `range`: the cue words
/// around it ([`tense_at`]), then what the expression itself says: a possessive
/// weekday names what happened ("Tuesday's declaration"), a deadline points ahead
/// ("payable Dec. 7", "until Tuesday").
pub fn tense_of(words: &[&str], f: &Found, range: std::ops::Range<usize>) -> Tense {
    let mut tense = tense_at(words, range, f.first);
    if matches!(f.core, Core::Weekday { dir: 0, .. })
        && words.get(f.last).is_some_and(|w| *w == "'s")
    {
        tense = Tense::Past;
    }
    if deadline_before(words, f.first)
        && dated_without_year(&f.core)
        && !(tense == Tense::Past && is_weekday(&f.core) && !strong_deadline_before(words, f.first))
    {
        tense = Tense::Future;
    }
    tense
}

/// A month, day, weekday or holiday written without its year or direction.
fn dated_without_year(core: &Core) -> bool {
    matches!(
        core,
        Core::Day { year: None, .. }
            | Core::MonthDir { dir: 0, .. }
            | Core::Holiday { year: None, .. }
            | Core::Weekday { dir: 0, .. }
            | Core::Clock { day: Some(_), .. }
    ) || matches!(core, Core::PartOfDay { day, .. } if dated_without_year(day))
}

/// A weekday or a clock time on one: close enough that a past verb outweighs "by".
fn is_weekday(core: &Core) -> bool {
    matches!(
        core,
        Core::Weekday { .. } | Core::Clock { .. } | Core::PartOfDay { .. }
    )
}
