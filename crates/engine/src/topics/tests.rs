use super::*;
use crate::analysis::Analysis;
use crate::doc::Doc;

fn keyphrases_of(text: &str) -> Vec<String> {
    let doc = Doc::new(text);
    let mut a = Analysis::empty();
    crate::places::extract(&doc, &mut a);
    crate::entities::extract(&doc, &mut a);
    extract(&doc, &mut a);
    a.keyphrases.into_iter().map(|k| k.text).collect()
}

/// Each case: name, text, phrases that must be key, phrases that must not be.
const KEYPHRASES: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "boilerplate_is_not_a_keyphrase",
        "Nuclear talks resume\n02:17 - Source: CNN\n\nStory highlights\n\nNuclear talks resumed in Vienna. The nuclear talks were long. Diplomats said the talks would go on.",
        &["nuclear talks"],
        &["story highlights", "highlights", "02:17", "source"],
    ),
    (
        "stopword_edges_split_candidates",
        "The price of oil fell. The price of oil fell again as the price of gas rose.",
        &["price", "oil"],
        &["price of oil", "the price", "of oil"],
    ),
    (
        "name_edges_split_candidates",
        "U.S. Secretary of State John Kerry met Putin. Secretary of State John Kerry left. Kerry spoke.",
        &["John Kerry"],
        &["State John", "State John Kerry"],
    ),
    (
        "measures_and_contractions_are_not_key",
        "The two-year deal ended. The two-year deal was signed at 9 a.m. by a 40-year-old banker. You'll see the deal.",
        &["deal"],
        &["two-year", "40-year-old", "a.m.", "you'll"],
    ),
    (
        "html_character_references_are_not_words",
        "The &lsquo;Dark Shadows&rsquo; cast grows. The &lsquo;Dark Shadows&rsquo; cast meets &#039;fans&#039; again.",
        &["cast"],
        &["lsquo", "rsquo", "039"],
    ),
    (
        "name_shown_as_most_often_written",
        "Historian Roger Godberd spoke. Godberd said the grave was his. Godberd left. Critics doubt Godberd.",
        &["Godberd"],
        &["Roger Godberd"],
    ),
    (
        "forms_of_one_word_count_once",
        "Sanctions hurt. The sanctions stay. A sanction was added. Negotiation failed; negotiations resumed.",
        &["sanctions"],
        &["sanction"],
    ),
];

#[test]
fn keyphrase_table() {
    for (name, text, want, never) in KEYPHRASES {
        let got = keyphrases_of(text);
        let lower: Vec<String> = got.iter().map(|k| k.to_lowercase()).collect();
        for w in *want {
            assert!(
                lower.contains(&w.to_lowercase()),
                "{name}: {w:?} missing from {got:?}"
            );
        }
        for n in *never {
            assert!(
                !lower.contains(&n.to_lowercase()),
                "{name}: {n:?} should not be in {got:?}"
            );
        }
    }
}

/// Each case: name, word, stem (Porter's published examples).
const STEMS: &[(&str, &str, &str)] = &[
    ("plural_ies", "ponies", "poni"),
    ("plural_sses", "caresses", "caress"),
    ("past_tense", "plastered", "plaster"),
    ("ing_double_consonant", "hopping", "hop"),
    ("ational", "relational", "relat"),
    ("ization", "vietnamization", "vietnam"),
    ("ement_kept_short", "cement", "cement"),
    ("final_e", "probate", "probat"),
    ("non_ascii_left_alone", "Zürich", "zürich"),
];

#[test]
fn stem_table() {
    for (name, word, want) in STEMS {
        assert_eq!(stem::stem(word), *want, "{name}");
    }
}

#[test]
fn seed_has_no_junk_keyphrases() {
    let text = include_str!("../../../../static/samples/kerry-sochi.txt");
    let got = keyphrases_of(text);
    for junk in ["Story highlights", "02:17", "State John", "CNN"] {
        assert!(!got.iter().any(|k| k == junk), "{junk} in {got:?}");
    }
}
