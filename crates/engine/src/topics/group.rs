//! Grouping key phrases and names into labelled topics.

use super::candidates::Candidate;
use super::rank::Ranked;
use crate::analysis::{Analysis, Topic};
use crate::doc::Doc;

/// The topics of the article, best first.
pub fn topics(_doc: &Doc, _a: &Analysis, _cands: &[Candidate], _ranked: &[Ranked]) -> Vec<Topic> {
    Vec::new()
}
