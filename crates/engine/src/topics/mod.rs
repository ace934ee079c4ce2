//! Topics: key phrases ranked, grouped into labelled topics linked to places and people.

use crate::analysis::Analysis;
use crate::doc::Doc;

/// Fills `a.keyphrases` and `a.topics`.
pub fn extract(_doc: &Doc, _a: &mut Analysis) {}
