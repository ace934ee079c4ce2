//! The trip: the traveller and the ordered stops.

use crate::analysis::Analysis;
use crate::doc::Doc;

/// Fills `a.trip` (`None` when the text describes no trip).
pub fn extract(_doc: &Doc, _a: &mut Analysis) {}
