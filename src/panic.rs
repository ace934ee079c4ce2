//! A panic hook that says so on the page: a visible alert with the message (and the same
//! text on the console), instead of a page that silently stops answering.

use std::panic;

/// Installs the hook (once, at start).
pub fn install() {
    panic::set_hook(Box::new(|info| {
        let message = format!("itinera stopped working: {info}");
        web_sys::console::error_1(&message.clone().into());
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(body) = doc.body() else { return };
        if let Ok(div) = doc.create_element("div") {
            div.set_class_name("panic");
            let _ = div.set_attribute("role", "alert");
            div.set_text_content(Some(&format!("{message}. Reload the page to start again.")));
            let _ = body.prepend_with_node_1(&div);
        }
    }));
}
