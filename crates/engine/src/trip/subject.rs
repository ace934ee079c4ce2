//! Who does what: the subject of each clause, with pronouns, titles ("the Vice
//! President") and groups ("the delegation", "they") resolved as far as the text allows.
//!
//! A clause runs from a sentence start, a `;` or a clause word ("when", "where",
//! "who", "after"...) to the next. Its subject is the first person, pronoun or title
//! phrase in it that does not follow a preposition (so "met with Putin" gives no
//! subject "Putin"). A clause with no subject of its own takes the one before it in
//! the same sentence ("Kerry met Putin before flying to Antalya").

use super::context::Ctx;
use super::lexicon::{self as lx, is};
use crate::analysis::Analysis;

/// The subject of a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A person of `Analysis::people`, by index.
    Person(usize),
    /// A group that travels together ("the delegation", "they"), led by whoever the
    /// text says leads it.
    Group,
    /// The writer ("I", "we").
    Speaker,
    /// A title that names nobody in the people list ("the pope"), lowercase.
    Title(String),
    /// Something that is not a person ("protesters", "U.S. officials").
    Other,
    /// Nothing but function words ("It followed stops in Hawaii", a headline).
    Unknown,
}

/// Honorifics that may stand between a preposition and a name.
static HONORIFICS: lx::Words = lx::Words::new(&[
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "gen.",
    "lt.",
    "col.",
    "sen.",
    "rep.",
    "gov.",
    "prof.",
    "sir",
    "dame",
    "his",
    "her",
    "majesty",
    "holiness",
    "excellency",
    "highness",
]);

/// Words that say nothing about who the subject is.
static FUNCTION: lx::Words = lx::Words::new(&[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "also",
    "then",
    "will",
    "would",
    "shall",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "to",
    "and",
    "or",
    "but",
    "shortly",
    "later",
    "now",
    "today",
    "soon",
    "just",
    "already",
    "first",
    "finally",
    "meanwhile",
    "there",
    "here",
    "expected",
    "scheduled",
    "set",
    "plans",
    "due",
    "as",
    "previously",
    "announced",
    "trip",
    "visit",
    "travel",
    "readout",
    "statement",
    "senior",
    "administration",
    "official",
    "officials",
    "update",
    "updates",
    "on",
    "of",
    "in",
    "at",
    "by",
    "for",
    "from",
    "with",
    "next",
    "last",
    "week",
    "month",
    "earlier",
    "again",
    "then",
    "still",
]);

/// Words for a count ("three migrants").
static NUMBERS: lx::Words = lx::Words::new(&[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "some",
    "several",
    "many",
    "both",
]);

/// Title words that only qualify an office and cannot head a title phrase ("vice",
/// "prime", "foreign"); every other title word is an office ("president", "pope").
static QUALIFIERS: lx::Words = lx::Words::new(&[
    "vice",
    "prime",
    "first",
    "second",
    "foreign",
    "defense",
    "defence",
    "state",
    "national",
    "security",
    "deputy",
    "assistant",
    "special",
    "top",
    "u.s.",
    "american",
    "british",
    "crown",
]);

/// A word of office, or a hyphenated one made of them ("the Secretary-General", "the
/// Governor-General").
fn title_word(w: &str) -> bool {
    is(&lx::TITLE_WORDS, w) || (w.contains('-') && w.split('-').all(|p| is(&lx::TITLE_WORDS, p)))
}

/// Whether a title word can head a title phrase ("the Vice President", not "the Vice").
fn is_office(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    is(&lx::TITLE_WORDS, last) && !is(&QUALIFIERS, last)
}

/// What is known across sentences.
#[derive(Debug, Default, Clone)]
pub struct Discourse {
    /// The last person who was a subject, for "he" and "she".
    pub last_person: Option<usize>,
    /// The last title phrase that was a subject ("the Emperor"), for "he" and "she"
    /// when no named person came before.
    pub last_title: Option<String>,
    /// Who leads the travelling group, when the text says ("led by", or the first of
    /// several names that travel together).
    pub leader: Option<usize>,
    /// The first person named in the title, for "I" and "we".
    pub speaker: Option<usize>,
    /// The last subject was a group or a ship ("The survey ship Corvina left ..."), for
    /// "she" when no person or title came before: a ship is "she" in English.
    pub last_group: bool,
    /// The people who were subjects, the most recent last (each once).
    pub recent: Vec<usize>,
}

impl Discourse {
    /// Records person `p` as the last subject.
    fn person(&mut self, p: usize) {
        self.last_person = Some(p);
        self.recent.retain(|&q| q != p);
        self.recent.push(p);
    }
}

/// How many of the latest subjects "he" or "she" looks back over.
const PRONOUN_REACH: usize = 3;

/// The person "she" (`she`) or "he" stands for: the latest of the last few subjects
/// whose given name agrees ("Ana Ruiz flew in. Marles said ... She then ..." is Ruiz),
/// else the last subject. A woman's name is known from the given-name table; any other
/// name may be a man's.
fn pronoun_person(a: &Analysis, d: &Discourse, she: bool) -> Option<usize> {
    let woman = |p: usize| {
        a.people[p]
            .name
            .split(' ')
            .next()
            .is_some_and(crate::entities::given::female)
    };
    // "she" with no known woman's name near: a name of unknown sex ("Loral O'Hara")
    // before a man's.
    let unknown = |p: usize| {
        a.people[p]
            .name
            .split(' ')
            .next()
            .is_none_or(|g| crate::entities::given::given(g).is_none())
    };
    let recent = || d.recent.iter().rev().take(PRONOUN_REACH).copied();
    recent()
        .find(|&p| woman(p) == she)
        .or_else(|| recent().find(|&p| she && unknown(p)))
        .or(d.last_person)
}

/// The subject of every token's clause, computed for the whole document, and the
/// group leader and speaker found on the way.
pub struct Subjects {
    /// For each token, the subject of its clause.
    pub at: Vec<Subject>,
    /// The state at the end of the document.
    pub discourse: Discourse,
}

/// Finds clause subjects in every sentence.
pub fn subjects(ctx: &Ctx, a: &Analysis) -> Subjects {
    let mut d = Discourse {
        speaker: ctx
            .title
            .clone()
            .and_then(|r| r.into_iter().find_map(|i| ctx.person_at[i].map(|p| p.idx)))
            .or_else(|| ctx.person_at.iter().flatten().next().map(|p| p.idx)),
        ..Discourse::default()
    };
    let mut at = vec![Subject::Unknown; ctx.len()];
    for range in &ctx.doc.sentence_tokens {
        if let Some(l) = leader_in(ctx, range.clone()) {
            d.leader = Some(l);
        }
        let mut prev: Option<Subject> = None;
        let mut start = range.start;
        while start < range.end {
            let mut end = start + 1;
            while end < range.end && !is_break(ctx, end) {
                end += 1;
            }
            // "Following the President's travel, Harris will ...": a fronted
            // subordinate part up to its comma takes the main clause's subject unless it
            // names its own.
            // "after she, cosmonaut Oleg Petrov, and Maria Ivanova landed": a subject
            // pronoun before the comma opens a list of subjects, not a fronted part.
            let comma = is(&lx::FRONTED, ctx.w(start))
                .then(|| (start + 1..end).find(|&k| ctx.w(k) == ","))
                .flatten()
                .filter(|&c| !matches!(ctx.w(c - 1), "he" | "she" | "they" | "we" | "i"));
            let own = match comma {
                Some(c) => clause_subject(ctx, a, start, c, &mut d),
                None => None,
            };
            match &own {
                Some(Subject::Person(p)) => {
                    d.person(*p);
                    d.last_group = false;
                }
                Some(Subject::Title(t)) => {
                    d.last_title = Some(t.clone());
                    d.last_group = false;
                }
                Some(Subject::Group) => d.last_group = true,
                _ => {}
            }
            let main = match comma {
                Some(c) => c + 1,
                None => start,
            };
            let subj = match clause_subject(ctx, a, main, end, &mut d) {
                Some(s) => s,
                None => match &prev {
                    Some(p) => p.clone(),
                    None if has_content(ctx, main, end) => Subject::Other,
                    None => Subject::Unknown,
                },
            };
            match &subj {
                Subject::Person(p) => {
                    d.person(*p);
                    d.last_group = false;
                }
                Subject::Title(t) => {
                    d.last_title = Some(t.clone());
                    d.last_group = false;
                }
                Subject::Group => d.last_group = true,
                _ => {}
            }
            let from = match (comma, &own) {
                (Some(c), Some(o)) => {
                    at[start..c].fill(o.clone());
                    c
                }
                _ => start,
            };
            at[from..end].fill(subj.clone());
            prev = Some(subj);
            start = end;
        }
    }
    Subjects { at, discourse: d }
}

/// Whether a new clause starts at token `i`: a subordinating word, a semicolon, or
/// ", and" before a subject of its own ("The capsule landed, and she flew to X").
fn is_break(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.w(i);
    w == ";" || is(&lx::CLAUSE_BREAKS, w) || (w == "and" && coordinated_clause(ctx, i))
}

/// Whether "and" at `i`, after a comma, opens a clause with its own subject: a
/// subject pronoun, or a person's name right before a verb ("..., and Voss flew"), not
/// the last name of a list ("met Ruto, Abiy, and Tinubu").
fn coordinated_clause(ctx: &Ctx, i: usize) -> bool {
    if i == 0 || ctx.w(i - 1) != "," {
        return false;
    }
    let n = i + 1;
    if matches!(ctx.w(n), "he" | "she" | "they" | "we" | "i") {
        return true;
    }
    // "she, cosmonaut Oleg Petrov, and Ivan Sokol landed": the last of a list of
    // subjects, after an item that names a person and a subject before it.
    let s = ctx.sentence_of(i).start;
    let c = (s.max(i.saturating_sub(9))..i - 1)
        .rev()
        .find(|&c| ctx.w(c) == ",");
    if let Some(c) = c.filter(|&c| c > s) {
        let item_person = (c + 1..i - 1).any(|k| ctx.person_at[k].is_some());
        let subject_before = matches!(ctx.w(c - 1), "he" | "she" | "they" | "we" | "i")
            || ctx.person_at[c - 1].is_some();
        if item_person && subject_before {
            return false;
        }
    }
    let Some(p) = ctx.person_at.get(n).copied().flatten() else {
        return false;
    };
    p.start == n && {
        let v = ctx.w(p.end);
        is_cue_at(ctx, p.end)
            || is(&lx::FUTURE, v)
            || matches!(v, "was" | "were" | "is" | "has" | "had" | "then" | "later")
    }
}

/// Whether the travel word at `i` is a noun after a determiner or possessive ("On their
/// return journey, they ..."), so the verb and its subject are still to come.
fn noun_after_determiner(ctx: &Ctx, s: usize, i: usize) -> bool {
    i > s && {
        let p = ctx.w(i - 1);
        p.ends_with("'s")
            || matches!(
                p,
                "their" | "his" | "her" | "its" | "our" | "my" | "the" | "a" | "an"
            )
    }
}

/// Whether tokens `s..e` hold a word that could be a subject we do not know.
fn has_content(ctx: &Ctx, s: usize, e: usize) -> bool {
    (s..e).take_while(|&i| !is_cue_at(ctx, i)).any(|i| {
        let w = ctx.w(i);
        w.chars().next().is_some_and(char::is_alphabetic)
            && !ctx.in_time[i]
            && ctx.place_at[i].is_none()
            && !is(&FUNCTION, w)
            && !is(&lx::FUTURE, w)
            && !is(&lx::PARTICLES, w)
            && !ctx.in_title(i)
    })
}

/// Whether token `i` is a travel word: any of [`is_cue_word`], or a verb of giving with
/// an event or a speech as its object ("gave concerts in Graz").
fn is_cue_at(ctx: &Ctx, i: usize) -> bool {
    is_cue_word(ctx.w(i)) || ctx.gives_event(i, ctx.len())
}

/// Whether `w` is any travel word (the subject lies before it).
fn is_cue_word(w: &str) -> bool {
    is(&lx::MOTION, w)
        || is(&lx::VISIT, w)
        || is(&lx::LEAVE, w)
        || is(&lx::RETURN, w)
        || is(&lx::ACTIVITY, w)
        || is(&lx::BE, w)
}

/// The person after "led by", "headed by", "conducted by" (an orchestra), "captained
/// by" or "commanded by" in a sentence.
fn leader_in(ctx: &Ctx, r: std::ops::Range<usize>) -> Option<usize> {
    let i = r.clone().find(|&i| {
        matches!(
            ctx.w(i),
            "led" | "headed" | "conducted" | "captained" | "commanded" | "fronted"
        ) && ctx.w(i + 1) == "by"
    })?;
    (i + 2..r.end.min(i + 14)).find_map(|k| ctx.person_at[k].map(|p| p.idx))
}

/// The subject that tokens `s..e` name themselves, if any.
fn clause_subject(
    ctx: &Ctx,
    a: &Analysis,
    s: usize,
    e: usize,
    d: &mut Discourse,
) -> Option<Subject> {
    let mut i = s;
    while i < e {
        let w = ctx.w(i);
        if is_cue_at(ctx, i) && !matches!(w, "be" | "been") && !noun_after_determiner(ctx, s, i) {
            // The subject comes before the verb.
            return None;
        }
        if let Some(p) = ctx.person_at[i] {
            if after_preposition(ctx, s, p.start) {
                i = p.end;
                continue;
            }
            // Several names travelling together: the first leads.
            if coordinated_person(ctx, p.end, e).is_some() && d.leader.is_none() {
                d.leader = Some(p.idx);
            }
            return Some(Subject::Person(p.idx));
        }
        // "her ship", "his motorcade", "their convoy": whoever it carries; "her tour",
        // "his three-nation trip": whoever makes it ("Her tour moved on to Seoul").
        if matches!(w, "his" | "her" | "their")
            && !after_preposition(ctx, s, i)
            && (is(&lx::VEHICLES, ctx.w(i + 1))
                || lx::group_noun(ctx.w(i + 1))
                || (journey_noun_after(ctx, i + 1) && clause_opening(ctx, s, i)))
        {
            return Some(match (w, d.last_person, &d.last_title) {
                ("their", _, _) => Subject::Group,
                (_, Some(p), _) => Subject::Person(p),
                (_, None, Some(t)) => Subject::Title(t.clone()),
                _ => Subject::Other,
            });
        }
        // "Their Majesties", "Their Royal Highnesses": a royal couple, led by the
        // monarch or the prince the text names.
        if w == "their" && !after_preposition(ctx, s, i) {
            let royal = match (ctx.w(i + 1), ctx.w(i + 2)) {
                ("majesties", _) => Some(["king", "queen"]),
                ("royal", "highnesses") | ("highnesses", _) => Some(["prince", "princess"]),
                _ => None,
            };
            if let Some(offices) = royal {
                return Some(match offices.iter().find_map(|o| role_match(a, o)) {
                    Some(p) => Subject::Person(p),
                    None => Subject::Group,
                });
            }
        }
        // "His Majesty", "Her Holiness": the monarch or the pope.
        if matches!(w, "his" | "her") && !after_preposition(ctx, s, i) {
            let office = match ctx.w(i + 1) {
                "majesty" => Some("king"),
                "holiness" => Some("pope"),
                _ => None,
            };
            if let Some(o) = office {
                return Some(match role_match(a, o).or_else(|| role_match(a, "queen")) {
                    Some(p)
                        if o == "king"
                            || a.people[p]
                                .role
                                .as_deref()
                                .is_some_and(|r| r.to_lowercase().contains(o)) =>
                    {
                        Subject::Person(p)
                    }
                    _ => Subject::Title(o.to_string()),
                });
            }
        }
        // "Kenya's President": a possessive place before a title.
        if ctx.is_cap(i) && !after_preposition(ctx, s, i) {
            let next = match ctx.w(i + 1) {
                "'s" | "’s" => Some(i + 2),
                _ if w.ends_with("'s") => Some(i + 1),
                _ => None,
            };
            if let Some(sub) = next.and_then(|n| title_phrase(ctx, a, n, e)) {
                return Some(sub);
            }
        }
        match w {
            "i" | "we" => return Some(Subject::Speaker),
            "they" => return Some(Subject::Group),
            "he" | "she" => {
                return Some(match (pronoun_person(a, d, w == "she"), &d.last_title) {
                    (Some(p), _) => Subject::Person(p),
                    (None, Some(t)) => Subject::Title(t.clone()),
                    (None, None) if w == "she" && d.last_group => Subject::Group,
                    (None, None) => Subject::Other,
                })
            }
            // "Three migrants crossed ...", "Some 40 pilgrims arrived ...": a count
            // before a group noun.
            _ if (is(&NUMBERS, w) || w.chars().all(|c| c.is_ascii_digit()))
                && !after_preposition(ctx, s, i)
                && (i + 1..e.min(i + 3)).any(|k| lx::group_noun(ctx.w(k))) =>
            {
                return Some(Subject::Group);
            }
            // "HMS Beagle left Plymouth": a ship by name carries everyone aboard.
            "hms" | "uss" | "rms" | "hmas" | "hmcs" | "hmnzs" | "mv" | "ss" | "rv"
                if ctx.is_cap(i)
                    && ctx.is_cap(i + 1)
                    && ctx.place_at[i + 1].is_none()
                    && !after_preposition(ctx, s, i) =>
            {
                return Some(Subject::Group);
            }
            "the" | "a" | "an"
                if !after_preposition(ctx, s, i) && !possessive_title(ctx, i + 1, e) =>
            {
                if let Some(sub) = title_phrase(ctx, a, i + 1, e) {
                    return Some(sub);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Whether token `i` opens its clause, after at most a joining word ("Her tour", "and
/// then her tour"), not an object ("after ending her visit").
fn clause_opening(ctx: &Ctx, s: usize, i: usize) -> bool {
    (s..i).all(|k| matches!(ctx.w(k), "," | "and" | "then" | "but" | "later" | "soon"))
}

/// Whether a noun for a journey stands at token `i`, or after one modifier there
/// ("tour", "world tour", "three-nation trip").
fn journey_noun_after(ctx: &Ctx, i: usize) -> bool {
    let modifier = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || c == '-');
    is(&lx::NOUNS, ctx.w(i))
        || (modifier(ctx.w(i)) && !ctx.is_cap(i) && is(&lx::NOUNS, ctx.w(i + 1)))
}

/// Whether the title phrase from token `i` ends in a possessive ("the President's
/// travel"): it names whose thing follows, not who acts.
fn possessive_title(ctx: &Ctx, mut i: usize, e: usize) -> bool {
    while i < e && is(&lx::TITLE_WORDS, ctx.w(i).trim_end_matches("'s")) {
        if ctx.w(i).ends_with("'s") {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether the name starting at token `k` (with its honorifics and title words before
/// it) follows a preposition inside `s..`.
fn after_preposition(ctx: &Ctx, s: usize, mut k: usize) -> bool {
    let mut steps = 0;
    while k > s && steps < 6 {
        let w = ctx.w(k - 1);
        // "Secretary of State Ana Ruiz": "of" inside a title is no preposition.
        let title_of = w == "of" && k >= 2 && is(&lx::TITLE_WORDS, ctx.w(k - 2));
        // "by Canadian Prime Minister Ann Roe": a capitalised word before a title
        // qualifies it.
        let qualifier = steps > 0 && ctx.is_cap(k - 1);
        if is(&HONORIFICS, w)
            || is(&lx::TITLE_WORDS, w.trim_end_matches("'s"))
            || title_of
            || qualifier
        {
            k -= 1;
            steps += 1;
        } else {
            break;
        }
    }
    k > s && is(&lx::PREPOSITIONS, ctx.w(k - 1))
}

/// A person joined by "and" or "," to the name ending at token `i`.
fn coordinated_person(ctx: &Ctx, mut i: usize, e: usize) -> Option<usize> {
    // Skip ", Jr." and similar already inside the mention.
    let mut seen_sep = false;
    let stop = e.min(i + 12);
    while i < stop {
        let w = ctx.w(i);
        if w == "," || w == "and" {
            seen_sep = true;
        } else if let Some(p) = ctx.person_at[i] {
            return seen_sep.then_some(p.idx);
        } else if !ctx.is_cap(i) && !is(&HONORIFICS, w) && !is(&lx::TITLE_WORDS, w) {
            return None;
        }
        i += 1;
    }
    None
}

/// A title or group phrase starting at token `i` (after its article): "President",
/// "Vice President", "Second Gentleman", "high-level U.S. delegation".
pub fn title_phrase(ctx: &Ctx, a: &Analysis, i: usize, e: usize) -> Option<Subject> {
    // A group noun within a few words.
    for k in i..e.min(i + 4) {
        let w = ctx.w(k);
        if lx::group_noun(w.trim_end_matches("'s")) {
            return Some(Subject::Group);
        }
        if !w.chars().next().is_some_and(char::is_alphanumeric) {
            break;
        }
    }
    if named_group(ctx, a, i, e) {
        return Some(Subject::Group);
    }
    // "the Holy Father" is the pope, "His Holiness" too.
    if ctx.w(i) == "holy" && ctx.w(i + 1) == "father" {
        return Some(match role_match(a, "pontiff") {
            Some(p) => Subject::Person(p),
            None => Subject::Title("pontiff".to_string()),
        });
    }
    // "the Kenyan President", "the visiting prime minister", "the new pope": up to
    // two describing words before the title words.
    let head = i;
    let mut i = i;
    for _ in 0..2 {
        let w = ctx.w(i);
        let describing = i + 1 < e
            && w.chars().next().is_some_and(char::is_alphabetic)
            && !title_word(w)
            && !is(&lx::PERSON_NOUNS, w)
            && !is(&FUNCTION, w)
            && !is_cue_at(ctx, i);
        if !describing {
            break;
        }
        i += 1;
    }
    let mut words = Vec::new();
    let mut k = i;
    while k < e && words.len() < 5 {
        let w = ctx.w(k);
        let bare = w.trim_end_matches("'s");
        // "the Secretary-General", "the Governor-General": each part a title word.
        if !title_word(bare) {
            break;
        }
        words.push(bare.to_string());
        if bare != w {
            break;
        }
        k += 1;
    }
    // The phrase must end in an office ("the State Department" is no title) and not
    // run on into a longer name.
    if words.is_empty() {
        // "the explorer", "the astronaut": a person noun that names no office refers
        // to the person the text is about.
        let w = ctx.w(i).trim_end_matches("'s");
        if is(&lx::PERSON_NOUNS, w) && !(i + 1 < e && ctx.is_cap(i + 1)) {
            return Some(match role_match(a, w).or_else(|| main_person(a)) {
                Some(p) => Subject::Person(p),
                None => Subject::Title(w.to_string()),
            });
        }
        // "the 45-year-old", "the Peruvian", right before its verb: a person described
        // by age or origin, the one the text is about.
        if describes_person(ctx, a, head) && head + 1 < e && verb_follows(ctx, head + 1) {
            return main_person(a).map(Subject::Person);
        }
    }
    let head_ok = words.last().is_some_and(|h| is_office(h));
    if !head_ok || (k < e && k == i + words.len() && ctx.is_cap(k)) {
        return None;
    }
    let phrase = words.join(" ");
    let head = words.last().map_or("", String::as_str);
    Some(
        match role_match(a, &phrase).or_else(|| appositive_match(ctx, head)) {
            Some(p) => Subject::Person(p),
            None => Subject::Title(phrase),
        },
    )
}

/// The person whose name an appositive with the office `head` follows ("Mark Milley,
/// chairman of the Joint Chiefs of Staff, ...", "Ana Roe, the mission commander,"), for
/// a later "the chairman": the one named so most often, ties to the first.
fn appositive_match(ctx: &Ctx, head: &str) -> Option<usize> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (p, words) in &ctx.appositives {
        let holds = words.clone().any(|m| {
            let w = ctx.w(m);
            w == head || same_office(head).contains(&w)
        });
        if holds {
            match found.iter_mut().find(|f| f.0 == *p) {
                Some(f) => f.1 += 1,
                None => found.push((*p, 1)),
            }
        }
    }
    found
        .iter()
        .enumerate()
        .max_by_key(|(n, f)| (f.1, std::cmp::Reverse(*n)))
        .map(|(_, f)| f.0)
}

/// Whether token `i` is an age ("45-year-old") or a demonym ("Peruvian") standing as a
/// noun.
fn describes_person(ctx: &Ctx, a: &Analysis, i: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let Some(t) = toks.get(i) else {
        return false;
    };
    let rest = ctx.doc.text().get(t.start..).unwrap_or("");
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let age = digits > 0 && rest[digits..].starts_with("-year-old");
    let demonym = ctx.is_cap(i)
        && a.places
            .iter()
            .flat_map(|p| &p.demonyms)
            .any(|m| m.start == t.start);
    age || demonym
}

/// Whether the word after a noun phrase at `k` (past the rest of a hyphenated age) is
/// its verb: a travel or activity word, a form of "be" or "have", or a modal.
fn verb_follows(ctx: &Ctx, mut k: usize) -> bool {
    while k < ctx.len() && matches!(ctx.w(k), "-" | "year" | "old" | "-year-old" | "year-old") {
        k += 1;
    }
    let w = ctx.w(k);
    is_cue_at(ctx, k)
        || is(&lx::FUTURE, w)
        || matches!(
            w,
            "has" | "had" | "have" | "then" | "also" | "later" | "first" | "finally"
        )
}

/// The person named most often, when named at least twice and more often than anyone
/// else.
fn main_person(a: &Analysis) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = a
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.mentions.len(), i))
        .collect();
    counts.sort_by_key(|c| std::cmp::Reverse(c.0));
    let first = *counts.first()?;
    let next = counts.get(1).map_or(0, |c| c.0);
    (first.0 >= 2 && first.0 > next).then_some(first.1)
}

/// Other words for the same office ("the pontiff" is the pope, "the monarch" the king
/// or queen).
fn same_office(head: &str) -> &'static [&'static str] {
    match head {
        "pontiff" | "holiness" => &["pope"],
        "pope" => &["pontiff"],
        "monarch" | "sovereign" | "majesty" => &["king", "queen", "emperor", "empress"],
        "premier" => &["prime"],
        _ => &[],
    }
}

/// The person whose role best fits a title phrase: the same role, else a role ending
/// in it ("U.S. Secretary of State" for "secretary of state"), else a role holding its
/// head word; ties go to the person named most.
pub fn role_match(a: &Analysis, phrase: &str) -> Option<usize> {
    let head = phrase.rsplit(' ').next().unwrap_or(phrase);
    let mut best: Option<(u8, usize, usize)> = None;
    for (idx, p) in a.people.iter().enumerate() {
        let Some(role) = &p.role else { continue };
        let role = role.to_lowercase();
        let score = if role == phrase {
            3
        } else if role.ends_with(&format!(" {phrase}")) {
            2
        } else if role
            .split(' ')
            .any(|w| w == head || same_office(head).contains(&w))
            && !phrase.contains(' ')
        {
            1
        } else {
            0
        };
        if score == 0 {
            continue;
        }
        let key = (score, p.mentions.len(), usize::MAX - idx);
        if best.is_none_or(|b| key > b) {
            best = Some(key);
        }
    }
    best.map(|(_, _, r)| usize::MAX - r)
}

/// Plural names of events and bodies that are no group of travellers ("the Olympics were
/// held in Paris", "the Games", "the Commons").
static NOT_GROUPS: lx::Words = lx::Words::new(&[
    "olympics",
    "paralympics",
    "games",
    "championships",
    "finals",
    "awards",
    "talks",
    "elections",
    "commons",
    "lords",
    "nations",
    "times",
    "news",
    "affairs",
    "forces",
    "services",
    "industries",
    "holdings",
]);

/// Whether tokens from `i` (after "the") are a plural proper name that no earlier stage
/// placed, named or dated: a team, a band, a crew ("the Wallabies", "the Rolling
/// Stones"), which travels as a group.
fn named_group(ctx: &Ctx, a: &Analysis, i: usize, e: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let in_org = |k: usize| {
        let (s, t) = (toks[k].start, toks[k].end);
        a.organisations
            .iter()
            .flat_map(|o| &o.mentions)
            .any(|m| m.start < t && s < m.end)
    };
    let mut k = i;
    while k < e.min(i + 3)
        && ctx.is_cap(k)
        && ctx.place_at[k].is_none()
        && ctx.person_at[k].is_none()
        && !ctx.in_time[k]
        && !in_org(k)
    {
        k += 1;
    }
    if k == i || (k < e && ctx.is_cap(k)) {
        return false;
    }
    let last = ctx.w(k - 1);
    last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("'s")
        && !is(&NOT_GROUPS, last)
        && !is(&lx::TITLE_WORDS, last)
}
