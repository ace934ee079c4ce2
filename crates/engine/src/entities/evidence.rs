//! Evidence that a capitalised name is a person's, weighed as a small score.
//!
//! Capitalisation alone is no evidence. What counts, each with a weight: a title or
//! honorific before the name ("President", "Dr."), a known given name as its first word
//! ([`super::given`]), a verb of saying or doing right after it ("... said", "... met"),
//! a reporting phrase or a noun for a person right before it ("according to ...",
//! "astronaut ..."), an apposition after it (", 45,", ", who") or it in apposition to a
//! title (", the premier, Jo Roe,"), a credit line ("Photo/..."), a middle initial, a
//! regnal number, a pronoun that takes it up, people next to it in a list, and later
//! mentions by surname alone. A surname used alone with no full name in the text needs
//! a person's pronoun or possession ([`personal`]: "Roe launched his campaign", "Roe's
//! wife", "Kenyan president Roe"). A given name or a list written in a heading counts
//! half: headings capitalise every word. An article before the name ("the Susan
//! Constant", a ship), a title right after a preposition of place ("in Sheikh Jarrah"),
//! a country as the last word ("Cricket Australia") and a first word shaped like an
//! English noun or adjective ("Extinction Rebellion") count against it. A person is listed when the
//! evidence of its best mention plus the support of its later mentions reaches
//! [`THRESHOLD`]: one strong piece of evidence (a title, a known given name, a verb of
//! saying, a later mention) is enough, one weak piece is not.

use super::given::{given, Given};
use super::words;
use crate::doc::Doc;
use crate::segment::TokenKind;

/// The score a person needs to be listed.
pub const THRESHOLD: f32 = 2.0;

/// Weight of an office title before the name ("President", "Pope", "Prince").
pub const OFFICE: f32 = 3.0;
/// Weight of a title that also heads other phrases ("Major", "Chief", "Leader").
pub const WEAK_TITLE: f32 = 1.5;
/// Weight of an honorific before the name ("Mr.", "Dr.").
pub const HONORIFIC: f32 = 3.0;
/// Weight of a known given name as the first word of a name of two or more words.
pub const GIVEN: f32 = 2.0;
/// Weight of a given name that is also an English word ("Hope", "Will").
pub const GIVEN_WEAK: f32 = 1.0;
/// Weight of a regnal number after the name ("Charles III").
pub const REGNAL: f32 = 1.5;
/// Weight of the context around a mention: a verb, a reporting phrase, an apposition.
pub const CONTEXT: f32 = 2.0;
/// Weight of a lowercase noun for a person right before the name ("ambassador Li Wei").
pub const PERSON_NOUN: f32 = 2.0;
/// Support from each later mention by surname alone (on top of its context).
pub const LATER_MENTION: f32 = 2.0;
/// The most that later mentions add together.
pub const SUPPORT_CAP: f32 = 2.0;

/// Evidence from the given name that starts a name of two or more words. A name that is
/// also an English word ("Mark", "Hope") counts fully only inside a sentence, where a
/// word is not capitalised for standing first.
pub fn given_name(word: &str, sentence_initial: bool) -> f32 {
    match given(word) {
        Some(Given::Strong) => GIVEN,
        Some(Given::Weak) if !sentence_initial => GIVEN,
        Some(Given::Weak) => GIVEN_WEAK,
        None => 0.0,
    }
}

/// Whether token `k` is the first word of its sentence (after any punctuation).
pub fn sentence_initial(doc: &Doc, k: usize) -> bool {
    let Some(r) = doc.sentence_tokens.get(doc.tokens[k].sentence) else {
        return false;
    };
    (r.start..k).all(|i| doc.tokens[i].kind == TokenKind::Punct)
}

/// Evidence from a title word (already known to be a role word).
pub fn title(word: &str) -> f32 {
    if words::is_in(words::HONORIFICS, word) {
        HONORIFIC
    } else if words::is_in(words::WEAK_TITLES, word) {
        WEAK_TITLE
    } else {
        OFFICE
    }
}

/// Whether token `i` (lowercased) is in `set`, in the same sentence as token `of`.
fn word_in(doc: &Doc, i: usize, of: usize, set: &words::WordSet) -> bool {
    i < doc.tokens.len()
        && doc.tokens[i].sentence == doc.tokens[of].sentence
        && set.contains(doc.lower(i))
}

/// Whether token `i` (lowercased) is one of `list`, in the same sentence as token `of`.
fn word_at(doc: &Doc, i: usize, of: usize, list: &[&str]) -> bool {
    i < doc.tokens.len()
        && doc.tokens[i].sentence == doc.tokens[of].sentence
        && words::is_in(list, doc.lower(i))
}

/// Evidence from the words around a mention whose name runs from token `first` to token
/// `last` (inclusive) and whose capitalised run ends at `run_last`: a verb of saying or
/// doing after the run, an apposition after it, or a reporting word or a noun for a
/// person right before the name ("said", "by", "astronaut"). At most [`CONTEXT`]; minus
/// [`CONTEXT`] after an article with no title ("the Susan Constant", a ship).
pub fn context(doc: &Doc, first: usize, run_last: usize, titled: bool) -> f32 {
    let n = doc.tokens.len();
    let last = run_last;
    let j = last + 1;
    // "the choir Velvet Orchard left", "the ship Polar Star sailed": a group's or a
    // vessel's name after the noun for it, whatever it does.
    // One modifier may stand between ("the Spanish frigate Cristobal Colon").
    let group_noun = first > 1
        && (word_at(doc, first - 1, first, GROUP_NOUNS)
            || word_at(doc, first - 1, first, words::VESSEL_NOUNS));
    let article = |k: usize| k < first && doc.lower(k) == "the";
    if !titled && group_noun && (article(first - 2) || first > 2 && article(first - 3)) {
        return -CONTEXT;
    }
    // "Smith said", "Smith also said", "Smith was born".
    let mut k = j;
    while k < n && k < j + 2 && word_at(doc, k, last, words::AUXILIARIES) {
        k += 1;
    }
    // After "was" or "is" a verb is passive ("the Compact was signed"): only the
    // participles that take a person count there ("Smith was born").
    let passive = (j..k).any(|i| matches!(doc.lower(i), "was" | "is" | "were" | "are"));
    if !passive && word_in(doc, k, last, &words::PERSON_VERBS_SET) {
        return CONTEXT;
    }
    // "Smith will fly", "Smith would meet": a modal before a verb that takes a person.
    let modal = (j..k).any(|i| {
        matches!(
            doc.lower(i),
            "will" | "would" | "could" | "should" | "may" | "might"
        )
    });
    if modal && word_at(doc, k, last, words::PERSON_VERBS_BASE) {
        return CONTEXT;
    }
    if k > j && word_at(doc, k, last, words::PERSON_PARTICIPLES) {
        return CONTEXT;
    }
    let same = |i: usize| i < n && doc.tokens[i].sentence == doc.tokens[last].sentence;
    // "Roe and his wife", "Roe (President of Xland)", "Roe's wife": only a person has a
    // spouse, a title in brackets, kin.
    if same(j + 1) && doc.lower(j) == "and" && matches!(doc.token_text(j + 1), "his" | "her") {
        return CONTEXT;
    }
    if same(j + 1)
        && doc.token_text(j) == "("
        && (words::ROLE_WORDS_SET.contains(doc.token_text(j + 1))
            || words::PERSON_NOUNS_SET.contains(doc.lower(j + 1)))
    {
        return CONTEXT;
    }
    if same(j + 1)
        && matches!(doc.token_text(j), "'s" | "'" | "’s")
        && words::is_in(POSSESSED_BY_PEOPLE, doc.lower(j + 1))
    {
        return CONTEXT;
    }
    // "Acme Holdings, which", "Acme Holdings' shares": a relative "which" or the
    // possessions of a firm take up a thing, not a person.
    if same(j + 1) && doc.token_text(j) == "," && doc.lower(j + 1) == "which" {
        return -CONTEXT;
    }
    if same(j + 1)
        && matches!(doc.token_text(j), "'s" | "'" | "’s")
        && words::is_in(POSSESSED_BY_FIRMS, doc.lower(j + 1))
    {
        return -CONTEXT;
    }
    // ", 45," or ", who" or ", the former minister" or ", BBC reporter".
    if j + 1 < n
        && doc.token_text(j) == ","
        && doc.tokens[j + 1].sentence == doc.tokens[last].sentence
    {
        let next = j + 1;
        if doc.tokens[next].kind == TokenKind::Number
            && doc
                .tokens
                .get(next + 1)
                .is_some_and(|t| t.kind == TokenKind::Punct)
            && doc.token_text(next).len() <= 3
        {
            return CONTEXT;
        }
        let article = matches!(doc.lower(next), "the" | "a" | "an" | "his" | "her");
        let reach = if article { 6 } else { 3 };
        let end = (next + reach).min(n);
        if (next..end).any(|i| {
            doc.tokens[i].sentence == doc.tokens[last].sentence
                && (words::PERSON_NOUNS_SET.contains(doc.lower(i))
                    || matches!(doc.lower(i), "who" | "whose"))
        }) {
            return CONTEXT;
        }
    }
    if first > 0 {
        let b = first - 1;
        // "said Smith", "by Smith", "according to Smith", "astronaut Smith".
        if word_at(doc, b, first, words::REPORTING_BEFORE) {
            return CONTEXT;
        }
        if word_in(doc, b, first, &words::PERSON_NOUNS_SET) {
            return PERSON_NOUN;
        }
        // A credit line: "AP Photo/Jo Roe", "NASA/Jo Roe".
        if b > 0
            && doc.token_text(b) == "/"
            && doc.tokens[b - 1].sentence == doc.tokens[first].sentence
        {
            let w = doc.token_text(b - 1);
            let acronym = w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.');
            if acronym
                || words::KNOWN_ORGS_SET.contains(w)
                || words::is_in(
                    &["photo", "photos", "credit", "image", "images", "video"],
                    doc.lower(b - 1),
                )
            {
                return PERSON_NOUN;
            }
        }
        // "The Premier of Xland, Jo Roe, said", "her husband, Jo Roe,": a name in
        // apposition to a title or a noun for a person.
        if b > 0
            && doc.token_text(b) == ","
            && doc.tokens[b - 1].sentence == doc.tokens[first].sentence
        {
            let person_word = |i: usize| {
                doc.tokens[i].sentence == doc.tokens[first].sentence
                    && (words::ROLE_WORDS_SET.contains(doc.token_text(i))
                        || words::PERSON_NOUNS_SET.contains(doc.lower(i)))
            };
            let of_place = b >= 3
                && doc.lower(b - 2) == "of"
                && doc.token_text(b - 1).starts_with(char::is_uppercase)
                && person_word(b - 3);
            // Closed by a comma: an apposition, not a list going on.
            let closed = j < n && doc.token_text(j) == ",";
            if closed && (person_word(b - 1) || of_place) {
                return CONTEXT;
            }
        }
        if b > 0 && doc.lower(b) == "to" && word_at(doc, b - 1, first, &["according"]) {
            return CONTEXT;
        }
        // "met with Smith", "spoke with Smith".
        if b > 0 && doc.lower(b) == "with" && word_at(doc, b - 1, first, words::MEET_WITH) {
            return CONTEXT;
        }
        // "the Susan Constant": people take no article.
        if !titled && word_at(doc, b, first, &["the", "a", "an"]) {
            return -CONTEXT;
        }
    }
    0.0
}

/// Whether token `k` is a regnal "I" closing a name ("Haile Selassie I, Emperor"): after
/// a capitalised word and before a comma or the end of its sentence, where the pronoun
/// would not stand.
pub fn is_regnal_one(doc: &Doc, k: usize) -> bool {
    let sentence = doc.tokens[k].sentence;
    let closes = match doc.tokens.get(k + 1) {
        None => true,
        Some(t) => t.sentence != sentence || matches!(doc.token_text(k + 1), "," | "." | ";"),
    };
    doc.token_text(k) == "I"
        && k > 0
        && doc.tokens[k - 1].sentence == sentence
        && doc.token_text(k - 1).starts_with(char::is_uppercase)
        && closes
}

/// Weight of an initial before the surname ("Jo R. Roe", "J. Roe").
pub const INITIAL: f32 = 2.0;

/// Whether `t` is an initial or a few run together: capital letters each followed by a
/// period ("R.", "H.W.").
pub fn is_initial(t: &str) -> bool {
    // One or more capitals, each followed by a period ("R.", "H.W.").
    let c: Vec<char> = t.chars().collect();
    !c.is_empty()
        && c.len().is_multiple_of(2)
        && c.len() <= 6
        && c.chunks(2).all(|p| p[0].is_uppercase() && p[1] == '.')
}

/// Weight of a pronoun that takes up the name: "he" or "she" later in its sentence, or
/// "He", "She", "His" or "Her" opening the next one.
pub const PRONOUN: f32 = 1.0;
/// Weight of each person next to a mention in a list.
pub const LIST_MATE: f32 = 2.0;

/// Evidence from a personal pronoun after a mention whose run ends at token `last`.
pub fn pronoun_after(doc: &Doc, last: usize) -> f32 {
    let sentence = doc.tokens[last].sentence;
    let n = doc.tokens.len();
    let mut k = last + 1;
    while k < n && doc.tokens[k].sentence == sentence && k <= last + 12 {
        if matches!(doc.token_text(k), "he" | "she") {
            return PRONOUN;
        }
        k += 1;
    }
    while k < n && doc.tokens[k].sentence == sentence {
        k += 1;
    }
    // The next sentence's first word.
    while k < n && doc.tokens[k].kind == TokenKind::Punct {
        k += 1;
    }
    if k < n
        && doc.tokens[k].sentence == sentence + 1
        && matches!(doc.token_text(k), "He" | "She" | "His" | "Her")
    {
        return PRONOUN;
    }
    0.0
}

/// Weight of a personal pronoun that the verb after a name takes as its object ("Roe
/// raised her hand", "Roe launched his campaign") or that stands right after the name
/// ("Roe himself"): organisations take "its".
pub const PERSONAL: f32 = 2.0;

/// Prepositions that end a phrase before "his" or "her" that need not be the name's
/// ("Roe *of* his party", "Roe *with* her aides").
const NOT_VERBS: &[&str] = &[
    "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "from", "about", "against",
    "over", "under", "into", "with", "without", "after", "before", "than", "as", "that",
];

/// Verbs of saying: the pronoun after them is often someone else's ("the agency said
/// her ...").
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "stated",
    "added",
    "claimed",
    "confirmed",
    "denied",
    "warned",
    "wrote",
    "tweeted",
    "quoted",
    "cited",
];

/// Nouns for kin, which come before a given name ("his wife Ana").
const KIN: &[&str] = &[
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "cousin",
    "widow",
];

/// Nouns that only a person has, after a possessive ("Roe's *wife*").
/// Nouns for a group or a vessel whose name may follow them ("the choir Velvet Orchard").
const GROUP_NOUNS: &[&str] = &[
    "choir",
    "band",
    "orchestra",
    "ensemble",
    "group",
    "team",
    "club",
    "company",
    "firm",
    "troupe",
    "quartet",
    "trio",
];

/// Nouns that a firm owns and a person does not ("Acme's *shares*").
const POSSESSED_BY_FIRMS: &[&str] = &[
    "shares",
    "stock",
    "subsidiary",
    "subsidiaries",
    "shareholders",
    "headquarters",
    "revenue",
    "revenues",
    "earnings",
];

const POSSESSED_BY_PEOPLE: &[&str] = &[
    "wife",
    "husband",
    "widow",
    "widower",
    "son",
    "daughter",
    "sons",
    "daughters",
    "mother",
    "father",
    "brother",
    "sister",
    "parents",
    "children",
    "grandson",
    "granddaughter",
    "fiancée",
    "fiancee",
    "girlfriend",
    "boyfriend",
    "spouse",
    "presidency",
    "premiership",
    "administration",
    "biographer",
    "spokesman",
    "spokeswoman",
    "lawyer",
    "lawyers",
    "attorney",
    "aides",
    "aide",
    "bodyguards",
    "birthday",
    "funeral",
    "death",
    "resignation",
    // What a ruler wages or leads ("Roe's war", "Roe's regime").
    "war",
    "invasion",
    "regime",
];

/// Whether the name ending at token `last` speaks or is described as a person right
/// after: a verb of saying (maybe after an auxiliary), or ", 45," or ", who".
pub fn speaks(doc: &Doc, last: usize) -> bool {
    let n = doc.tokens.len();
    let same = |i: usize| i < n && doc.tokens[i].sentence == doc.tokens[last].sentence;
    let mut k = last + 1;
    while same(k) && k < last + 3 && words::is_in(words::AUXILIARIES, doc.lower(k)) {
        k += 1;
    }
    // Not "reported" or "quoted": media do that.
    if same(k)
        && words::is_in(
            &[
                "said", "says", "told", "tells", "added", "recalled", "insisted",
            ],
            doc.lower(k),
        )
    {
        return true;
    }
    same(last + 2)
        && doc.token_text(last + 1) == ","
        && (matches!(doc.lower(last + 2), "who" | "whose")
            || (doc.tokens[last + 2].kind == TokenKind::Number
                && doc.token_text(last + 2).len() <= 3))
}

/// Evidence that the name whose run ends at token `last` is a person's, from the pronoun
/// its verb takes: a lowercase verb right after the run (maybe after an auxiliary), not
/// a verb of saying, then "his" or "her"; or "himself" or "herself" right after the
/// name; or a possessive before a noun only a person has ("Roe's wife"); or a lowercase
/// noun for an office or a trade right before the name (`first`).
pub fn personal(doc: &Doc, first: usize, last: usize) -> f32 {
    let n = doc.tokens.len();
    let same = |i: usize| i < n && doc.tokens[i].sentence == doc.tokens[last].sentence;
    // "Kenyan president Roe": a lowercase noun for an office or a trade right before the
    // name (kin nouns aside: "his son Ivo" names him by his given name).
    if first > 0
        && same(first - 1)
        && words::PERSON_NOUNS_SET.contains(doc.lower(first - 1))
        && !words::is_in(KIN, doc.lower(first - 1))
    {
        return PERSONAL;
    }
    // "Roe's wife", "Roe's administration": only a person has these.
    let noun = if same(last + 1) && matches!(doc.token_text(last + 1), "'s" | "'" | "’s") {
        Some(last + 2)
    } else if super::runs::is_possessive(doc.token_text(last)) {
        Some(last + 1)
    } else {
        None
    };
    if noun.is_some_and(|k| same(k) && words::is_in(POSSESSED_BY_PEOPLE, doc.lower(k))) {
        return PERSONAL;
    }
    let mut k = last + 1;
    if same(k) && matches!(doc.lower(k), "himself" | "herself") {
        return PERSONAL;
    }
    while same(k) && k < last + 3 && words::is_in(words::AUXILIARIES, doc.lower(k)) {
        k += 1;
    }
    let verb = same(k)
        && doc.tokens[k].kind == TokenKind::Word
        && doc.token_text(k).starts_with(char::is_lowercase)
        && !words::is_in(NOT_VERBS, doc.lower(k))
        && !words::is_in(SAYING, doc.lower(k));
    if verb && same(k + 1) && matches!(doc.token_text(k + 1), "his" | "her") {
        return PERSONAL;
    }
    0.0
}

/// Whether `t` is a regnal number written in Roman numerals ("II", "XVI"); a lone "I" is
/// left out (it is mostly the pronoun).
pub fn is_regnal(t: &str) -> bool {
    t.len() >= 2 && t.len() <= 6 && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// For each sentence, whether it reads as a heading: three or more words, nearly all
/// capitalised, no final stop, and neither a list of names (two or more commas or
/// slashes) nor a label ("Captain: Jane Roe", "Coach - Jane Roe").
pub fn headings(doc: &Doc) -> Vec<bool> {
    doc.sentence_tokens
        .iter()
        .map(|r| {
            let mut words_n = 0usize;
            let mut caps = 0usize;
            let mut commas = 0usize;
            let mut label = false;
            let stop = r
                .clone()
                .last()
                .is_some_and(|i| matches!(doc.token_text(i), "." | "?" | "!" | "\""));
            for i in r.clone() {
                match doc.token_text(i) {
                    "," | "/" | ";" | "|" => commas += 1,
                    ":" | "-" => label = true,
                    _ => {}
                }
                if doc.tokens[i].kind != TokenKind::Word {
                    continue;
                }
                let t = doc.token_text(i);
                if words::is_in(words::HEADING_SMALL_WORDS, t) {
                    continue;
                }
                words_n += 1;
                caps += usize::from(t.starts_with(char::is_uppercase));
            }
            words_n >= 3 && caps * 10 >= words_n * 8 && !stop && !label && commas < 2
        })
        .collect()
}
