//! Keeps the corrections of the current article in the browser's local storage, so a
//! reload (or pasting the same article again) brings them back. Storage that is missing,
//! full or refused (private windows) is silently skipped: corrections then last for the page.

use super::model::{storage_key, Correction};

fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The corrections saved for `text` (none when there are none or storage is unusable).
pub fn stored(text: &str) -> Vec<Correction> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    local()
        .and_then(|s| s.get_item(&storage_key(text)).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Saves `corrections` for `text`; an empty list removes the entry.
pub fn store(text: &str, corrections: &[Correction]) {
    let Some(s) = local() else { return };
    let key = storage_key(text);
    if corrections.is_empty() || text.trim().is_empty() {
        let _ = s.remove_item(&key);
    } else if let Ok(json) = serde_json::to_string(corrections) {
        let _ = s.set_item(&key, &json);
    }
}
