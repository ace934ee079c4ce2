//! The share panel: a button that puts the view into a link, the code that opens such a
//! link when the page loads (or when only the fragment changes). The app puts the export
//! buttons inside it as children, so the two never import each other.
//!
//! A damaged link leaves the page empty and working, with a message saying why
//! (`data-testid="share-message"`).

use super::{decode, encode, Shared};
use crate::store::views::use_store;
use crate::store::Action;
use yew::prelude::*;

/// Links longer than this may be cut by mail and chat programs: the panel says so.
const LONG_LINK: usize = 8_000;

/// The page's address without its fragment.
fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.find('#') {
        Some(i) => href[..i].to_string(),
        None => href,
    }
}

/// The current fragment without `#` (empty when there is none).
fn fragment() -> String {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Puts `text` on the clipboard (the share click is the user gesture browsers ask for);
/// `copied` says whether that worked. Refusals are fine: the link is in the field.
fn copy(text: &str, copied: UseStateHandle<bool>) {
    copied.set(false);
    let Some(window) = web_sys::window() else {
        return;
    };
    let clipboard = window.navigator().clipboard();
    if wasm_bindgen::JsValue::from(clipboard.clone()).is_undefined() {
        return;
    }
    let ok = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| copied.set(true));
    let refused = wasm_bindgen::closure::Closure::once(|_: wasm_bindgen::JsValue| {});
    let _ = clipboard.write_text(text).then2(&ok, &refused);
    ok.forget();
    refused.forget();
}

/// What the app puts in the panel below the link (the export buttons).
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Shown at the end of the panel.
    #[prop_or_default]
    pub children: Html,
}

/// The share button, the link it makes, and the message for a link that cannot be read.
#[function_component(SharePanel)]
pub fn share_panel(props: &Props) -> Html {
    let store = use_store();
    let link = use_state(String::new);
    let message = use_state(|| None::<String>);
    let copied = use_state(|| false);
    // What the link in the field holds, to say when the view has changed since.
    let shared_view = use_mut_ref(|| None::<Shared>);

    {
        // Open the link the page was loaded with, and any fragment pasted later.
        let store = store.clone();
        let message = message.clone();
        let link = link.clone();
        use_effect_with((), move |_| {
            let open = move || {
                let f = fragment();
                if f.is_empty() {
                    return;
                }
                match decode(&f) {
                    Ok(shared) => {
                        message.set(None);
                        link.set(String::new());
                        store.dispatch(Action::Restore(shared));
                    }
                    Err(e) => message.set(Some(format!(
                        "This share link could not be opened: {e}. The page is empty and ready for an article."
                    ))),
                }
            };
            open();
            let listener = web_sys::window()
                .map(|w| gloo::events::EventListener::new(&w, "hashchange", move |_| open()));
            move || drop(listener)
        });
    }

    let onshare = {
        let store = store.clone();
        let link = link.clone();
        let message = message.clone();
        let shared_view = shared_view.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let shared = Shared {
                text: store.text.to_string(),
                date: store.date.clone(),
                corrections: (*store.corrections).clone(),
            };
            let url = format!("{}#{}", base_url(), encode(&shared));
            if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                // The address bar shows the link too; no request is made.
                let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
            message.set(None);
            copy(&url, copied.clone());
            link.set(url);
            *shared_view.borrow_mut() = Some(shared);
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.select();
    });

    let empty = store.text.trim().is_empty();
    let stale = shared_view.borrow().as_ref().is_some_and(|v| {
        *v.text != *store.text || v.date != store.date || v.corrections != *store.corrections
    });
    html! {
        <section class="share" aria-label="Share">
            if let Some(m) = &*message {
                <p class="share-message" data-testid="share-message" role="alert">{m}</p>
            }
            <div class="control-row">
                <button type="button" data-testid="share-button" onclick={onshare} disabled={empty}
                    title="Put the article, its date and your corrections into a link (they stay in the link; nothing is uploaded)">
                    {"Share link"}
                </button>
                if !link.is_empty() {
                    <input type="text" readonly=true class="share-link" data-testid="share-link"
                        aria-label="Share link" value={(*link).clone()} {onfocus} />
                    <span class="share-size" data-testid="share-size">
                        {format!("{} characters{}", link.len(), if *copied { ", copied" } else { "" })}
                    </span>
                }
            </div>
            if !link.is_empty() && (stale || link.len() > LONG_LINK) {
                <p class="share-note" data-testid="share-note">
                    if stale { {"The view has changed since this link was made: share again to include the changes. "} }
                    if link.len() > LONG_LINK { {"A link this long may be cut by some mail or chat programs; the page will say so if it is."} }
                </p>
            }
            { props.children.clone() }
        </section>
    }
}
