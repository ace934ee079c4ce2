//! The trip: the traveller and the ordered stops. Also the per-sentence events.

use crate::analysis::Analysis;
use crate::doc::Doc;

/// Fills `a.events` from places, people and times already found.
pub fn events(_doc: &Doc, _a: &mut Analysis) {}

/// Fills `a.trip` (`None` when the text describes no trip).
pub fn extract(_doc: &Doc, _a: &mut Analysis) {}
