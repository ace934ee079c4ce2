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
        "surname_of_a_long_name_is_a_keyword",
        "Actress honoured\n\nPenelope Cruz received a star. Penelope Cruz thanked fans. Penelope Cruz smiled at the crowd.",
        &["Cruz", "Penelope Cruz"],
        &[],
    ),
    (
        "word_of_a_name_named_once_is_not_key",
        "Actress honoured\n\nThe actress received a star. The actress thanked fans, and Javier Bardem watched.",
        &["actress"],
        &["Javier", "Bardem", "Javier Bardem"],
    ),
    (
        "forms_of_one_word_count_once",
        "Sanctions hurt. The sanctions stay. A sanction was added. Negotiation failed; negotiations resumed.",
        &["sanctions"],
        &["sanction"],
    ),
];

#[test]
fn hyphenated_modifier_ranks_below_its_noun() {
    let got = keyphrases_of(
        "The Oscar-winning actress spoke. The Oscar-winning actress left. The Oscar-winning actress smiled.",
    );
    let pos = |w: &str| got.iter().position(|k| k.eq_ignore_ascii_case(w));
    assert!(
        pos("actress") < pos("Oscar-winning").or(Some(usize::MAX)),
        "{got:?}"
    );
}

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

/// Each case: name, text, a word's stem, whether that word is met only inside names.
const NAME_WORDS: &[(&str, &str, &str, bool)] = &[
    (
        "surname_is_a_word_of_names_only",
        "Penelope Cruz spoke. Penelope Cruz left.",
        "cruz",
        true,
    ),
    (
        "word_also_in_running_text_is_not_only_in_names",
        "The Food and Drug Administration spoke. The Food and Drug Administration left. The administration said so.",
        "administr",
        false,
    ),
];

#[test]
fn name_word_table() {
    for (name, text, key, only) in NAME_WORDS {
        let doc = Doc::new(text);
        let mut a = Analysis::empty();
        crate::places::extract(&doc, &mut a);
        crate::entities::extract(&doc, &mut a);
        let cands = candidates::collect(&doc, &a);
        let c = cands.iter().find(|c| c.key == *key);
        let c = c.unwrap_or_else(|| panic!("{name}: no candidate {key:?}"));
        assert_eq!(c.only_in_names(), *only, "{name}: {c:?}");
    }
}

#[test]
fn word_of_a_name_is_no_topic_of_its_own() {
    let text = "Star honoured\n\nPenelope Cruz received a star. Penelope Cruz thanked fans. Penelope Cruz smiled.";
    let labels: Vec<String> = topics_of(text).into_iter().map(|t| t.label).collect();
    assert!(
        !labels.iter().any(|l| l == "Cruz" || l == "Penelope"),
        "{labels:?}"
    );
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

fn topics_of(text: &str) -> Vec<crate::analysis::Topic> {
    let doc = Doc::new(text);
    let mut a = Analysis::empty();
    crate::places::extract(&doc, &mut a);
    crate::entities::extract(&doc, &mut a);
    crate::trip::extract(&doc, &mut a);
    extract(&doc, &mut a);
    a.topics
}

/// Each case: name, text, labels that must be among the topics, labels that must not.
const TOPICS: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "demonym_phrase_names_the_country_topic",
        "Talks resume\n\nDiplomats resumed Iranian nuclear negotiations in Vienna. The negotiations on the nuclear program of Iran were long. Iran wants a deal.",
        &["Iran nuclear negotiations"],
        &["Iranian nuclear negotiations"],
    ),
    (
        "noun_before_in_names_the_topic",
        "Aid arrives\n\nThe crisis in Yemen deepened. Aid agencies warned the crisis would spread. Yemen needs food.",
        &["Yemen crisis"],
        &[],
    ),
    (
        "title_before_a_name_is_no_label",
        "Peace plan\n\nSyrian President Bashar al-Assad spoke. Syrian President Bashar al-Assad left. The president of Syria said the war goes on. Syria is at war.",
        &[],
        &["Syria President", "Syria president"],
    ),
    (
        "label_noun_must_recur",
        "Diplomacy\n\nThey need common ground on Syria. Syria was discussed. Syria remains divided.",
        &["Syria"],
        &["Syria ground"],
    ),
    (
        "verb_after_a_bare_name_is_no_label",
        "Pact signed\n\nFiji and Samoa agreed to launch talks. Samoa agreed to more. Samoa agreed that talks help. Samoa hosts the talks.",
        &[],
        &["Samoa agreed"],
    ),
    (
        "verb_before_with_is_no_label",
        "Visit\n\nThe Vice President will engage with Thailand. She will engage with Thailand again. Thailand welcomed the visit.",
        &[],
        &["Thailand engage"],
    ),
    (
        "participle_before_in_is_no_label",
        "Outlaw found\n\nHe was imprisoned in Britain. Others were imprisoned in Britain too. Britain keeps the records.",
        &[],
        &["Britain imprisoned"],
    ),
    (
        "names_sharing_a_word_are_one_topic",
        "Designer speaks\n\nPearl Lowe spoke. Pearl Lowe laughed. Pearl Lowe left. Pearl said the dress sold out. Pearl smiled. Pearl waved.",
        &["Pearl Lowe"],
        &["Pearl"],
    ),
    (
        "countries_set_against_each_other_are_one_relations_topic",
        "Ties strained\n\nRelations between the United States and Russia worsened. Tensions between the U.S. and Russia grew. U.S.-Russia cooperation stalled. Russia blamed the U.S. for the crisis.",
        &["U.S.\u{2013}Russia relations"],
        &[],
    ),
];

#[test]
fn topic_table() {
    for (name, text, want, never) in TOPICS {
        let labels: Vec<String> = topics_of(text).into_iter().map(|t| t.label).collect();
        for w in *want {
            assert!(
                labels.iter().any(|l| l == w),
                "{name}: {w:?} missing from {labels:?}"
            );
        }
        for n in *never {
            assert!(
                !labels.iter().any(|l| l == n),
                "{name}: {n:?} in {labels:?}"
            );
        }
    }
}

#[test]
fn seed_top_five_topics_are_iran_syria_ukraine_yemen_and_us_russia() {
    let text = include_str!("../../../../static/samples/kerry-sochi.txt");
    let a = crate::analyze(text, &crate::Options::default());
    let top: Vec<&crate::analysis::Topic> = a.topics.iter().take(5).collect();
    let name_of = |id: &str| {
        a.places
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.country.clone())
            .unwrap_or_default()
    };
    let countries: Vec<Vec<String>> = top
        .iter()
        .map(|t| t.places.iter().map(|p| name_of(p)).collect())
        .collect();
    for want in [&["IR"][..], &["SY"], &["UA"], &["YE"], &["US", "RU"]] {
        assert!(
            countries
                .iter()
                .any(|cs| want.iter().all(|w| cs.iter().any(|c| c == w))),
            "no topic for {want:?} in {:?}",
            top.iter().map(|t| &t.label).collect::<Vec<_>>()
        );
    }
    for t in &a.topics {
        for junk in ["Story highlights", "02:17", "State John", "CNN"] {
            assert!(!t.label.contains(junk), "{junk} in topic {}", t.label);
        }
    }
    let relations = top.iter().find(|t| t.label.ends_with("relations"));
    assert!(relations.is_some(), "no relations topic");
    for t in &top {
        assert!(!t.mentions.is_empty(), "{} has no mentions", t.label);
        assert!((0.0..=1.0).contains(&t.score), "{} score", t.label);
    }
}
