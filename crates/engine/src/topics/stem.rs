//! Stems, used only to tell when two words are forms of one word ("negotiation",
//! "negotiations"; "sanction", "sanctioned"), so that a key phrase is counted once with
//! all its forms. Never shown to the reader. The stemmer is Snowball's English (Porter2)
//! from the `rust-stemmers` crate.
//!
//! ```
//! use itinera_engine::topics::stem::stem;
//! assert_eq!(stem("negotiations"), stem("negotiation"));
//! assert_eq!(stem("Relations"), "relat");
//! ```

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// The stem of `word` (lower-cased first).
pub fn stem(word: &str) -> String {
    static ENGLISH: OnceLock<Stemmer> = OnceLock::new();
    let lower = word.to_lowercase();
    ENGLISH
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(&lower)
        .into_owned()
}
