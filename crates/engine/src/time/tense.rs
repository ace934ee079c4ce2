//! Tense around a word: does the sentence speak of the past or of the future there?
//! Used to resolve a bare weekday ("met Tuesday" looks back, "will travel Wednesday"
//! looks ahead). The nearest cue in the sentence wins; with no cue, the past (news
//! mostly reports what happened).

/// Which way a sentence points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported as done.
    Past,
    /// Reported as planned, expected or scheduled.
    Future,
}

/// Words that put a clause in the future.
fn future_cue(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "shall"
            | "'ll"
            | "wo"
            | "going"
            | "plans"
            | "plan"
            | "planning"
            | "expected"
            | "expects"
            | "scheduled"
            | "due"
            | "upcoming"
            | "next"
            | "intends"
            | "hopes"
            | "aims"
            | "set"
            | "tomorrow"
            | "coming"
            | "until"
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
    w.len() > 4 && w.ends_with("ed") && !matches!(w, "need" | "indeed" | "speed" | "expected")
}

/// The tense at token `at` of `words` (lowercased), looking only inside `range`.
pub fn tense_at(words: &[String], range: std::ops::Range<usize>, at: usize) -> Tense {
    let mut best: Option<(usize, Tense)> = None;
    for i in range {
        if i == at {
            continue;
        }
        let w = words[i].as_str();
        let t = if future_cue(w) {
            Tense::Future
        } else if past_cue(w) {
            Tense::Past
        } else {
            continue;
        };
        let d = i.abs_diff(at);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, t));
        }
    }
    best.map_or(Tense::Past, |(_, t)| t)
}
