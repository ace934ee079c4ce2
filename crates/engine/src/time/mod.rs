//! Time: temporal expressions normalised TimeML-style against a reference date.

use crate::analysis::Analysis;
use crate::doc::Doc;

/// Fills `a.times` (byte offsets into `doc.text()`) and the document's reference date.
/// `given` is the user's reference date, `YYYY-MM-DD`, already validated.
pub fn extract(_doc: &Doc, given: Option<&str>, a: &mut Analysis) {
    if let Some(d) = given {
        a.document.reference_date = Some(d.to_string());
        a.document.reference_date_source = "given".into();
    }
}
