//! What every view shares: the [`Store`] from the context the app provides, the handlers
//! that link an element to the others by its `data-ref` (an id of the
//! [`itinera_engine::analysis::Analysis`]) through the store's `linked` list, scrolling
//! the article to a mention, and watching an element's size.

use super::{Action, Store};
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The store, from the context the app provides.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("the App provides the store")
}

/// Handlers that mark `ids` as linked while the element is hovered or focused, and a click
/// handler that scrolls the article to the first mention of the first id.
#[derive(Clone)]
pub struct Linker {
    /// On mouse enter.
    pub enter: Callback<MouseEvent>,
    /// On mouse leave.
    pub leave: Callback<MouseEvent>,
    /// On focus.
    pub focus: Callback<FocusEvent>,
    /// On blur.
    pub blur: Callback<FocusEvent>,
    /// On click: scroll the article.
    pub click: Callback<MouseEvent>,
    /// On Enter or Space: scroll the article.
    pub key: Callback<KeyboardEvent>,
}

/// A [`Linker`] for `ids` (the first one is where a click scrolls the article to).
pub fn linker(store: &Store, ids: Vec<String>) -> Linker {
    let first = ids.first().cloned().unwrap_or_default();
    let (s1, s2, s3, s4) = (store.clone(), store.clone(), store.clone(), store.clone());
    let (i1, i2) = (ids.clone(), ids);
    let (f1, f2) = (first.clone(), first);
    Linker {
        enter: Callback::from(move |_| s1.dispatch(Action::Link(i1.clone()))),
        leave: Callback::from(move |_| s2.dispatch(Action::Unlink)),
        focus: Callback::from(move |_| s3.dispatch(Action::Link(i2.clone()))),
        blur: Callback::from(move |_| s4.dispatch(Action::Unlink)),
        click: Callback::from(move |_| scroll_to(&f1)),
        key: Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                scroll_to(&f2);
            }
        }),
    }
}

/// `class` plus ` linked` when the store links `id`.
pub fn class_for(store: &Store, class: &str, id: &str) -> String {
    if store.is_linked(id) {
        format!("{class} linked")
    } else {
        class.to_string()
    }
}

/// True when `id` looks like one of the analysis's ids (`p3`, `t12`, `u1`: letters,
/// digits, hyphens), so it can go into a quoted CSS attribute selector as it is.
pub fn is_ref_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Scrolls the article view to the first mention of `id` (an engine id such as `p3`).
pub fn scroll_to(id: &str) {
    if !is_ref_id(id) {
        return;
    }
    scroll_to_selector(&format!(
        "[data-testid=\"article-view\"] [data-ref=\"{id}\"]"
    ));
}

/// Scrolls the article view to the first element matching `selector`: inside the article
/// box when it scrolls by itself (wide screens), else the page.
pub fn scroll_to_selector(selector: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(Some(el)) = doc.query_selector(selector) else {
        return;
    };
    let Ok(Some(view)) = doc.query_selector("[data-testid=\"article-view\"]") else {
        return;
    };
    if view.scroll_height() > view.client_height() + 4 {
        let el_top = el.get_bounding_client_rect().top();
        let view_top = view.get_bounding_client_rect().top();
        let target = f64::from(view.scroll_top()) + el_top
            - view_top
            - f64::from(view.client_height()) / 3.0;
        view.set_scroll_top(target.max(0.0) as i32);
    } else {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Watches the size of `node`'s element (CSS pixels of its border box) and calls `on` with
/// it now and whenever it changes (window resize, scrollbar, layout). Returns what stops
/// watching, for an effect's cleanup.
pub fn watch_size(node: &NodeRef, on: impl Fn(f64, f64) + 'static) -> impl FnOnce() {
    let el = node.cast::<Element>();
    let node = node.clone();
    let measure = move || {
        if let Some(el) = node.cast::<Element>() {
            let r = el.get_bounding_client_rect();
            if r.width() > 0.0 && r.height() > 0.0 {
                on(r.width(), r.height());
            }
        }
    };
    measure();
    let callback = Closure::<dyn Fn()>::new(measure);
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    if let (Some(o), Some(el)) = (&observer, &el) {
        o.observe(el);
    }
    move || {
        if let Some(o) = observer {
            o.disconnect();
        }
        drop(callback);
    }
}
