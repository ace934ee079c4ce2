//! The article with every place, person, organisation and time highlighted by kind.

use super::use_store;
use crate::marks::{pieces, Kind};
use crate::state::{Action, Store};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget};
use yew::prelude::*;

/// The article view and its legend.
#[function_component(Article)]
pub fn article() -> Html {
    let store = use_store();
    let cut = use_memo((store.text.clone(), store.analysis.clone()), |(text, a)| {
        Rc::new(pieces(text, a))
    });
    // One set of handlers on the whole article (events bubble up from the marks), so a
    // long article with thousands of mentions does not carry thousands of closures.
    let onmouseover = {
        let store = store.clone();
        Callback::from(move |e: MouseEvent| point_at(&store, e.target()))
    };
    let onfocusin = {
        let store = store.clone();
        Callback::from(move |e: FocusEvent| point_at(&store, e.target()))
    };
    let unlink = |store: &Store| {
        let store = store.clone();
        move || store.dispatch(Action::Unlink)
    };
    let onmouseleave = {
        let u = unlink(&store);
        Callback::from(move |_: MouseEvent| u())
    };
    let onfocusout = {
        let u = unlink(&store);
        Callback::from(move |_: FocusEvent| u())
    };
    let body = cut.iter().map(|p| match &p.mark {
        None => html! { {p.text.clone()} },
        Some(m) => {
            let mut class = format!("m {}", m.kind.as_str());
            if m.demonym {
                class.push_str(" demonym");
            }
            if store.is_linked(&m.id) {
                class.push_str(" linked");
            }
            html! {
                <mark id={format!("m{}", m.start)} data-testid="mention" data-kind={m.kind.as_str()}
                    data-ref={m.id.clone()} class={class} tabindex="0">
                    {p.text.clone()}
                </mark>
            }
        }
    });
    let legend = [Kind::Place, Kind::Person, Kind::Organisation, Kind::Time];
    html! {
        <section class="article-box" aria-label="The article, highlighted">
            <div class="legend" aria-label="Legend">
                { for legend.iter().map(|k| html! { <span class={format!("m {}", k.as_str())}>{k.as_str()}</span> }) }
            </div>
            <div class="article" data-testid="article-view" dir={crate::runner::text_direction(&store.text)} {onmouseover} {onmouseleave} {onfocusin} {onfocusout}>
                if store.text.trim().is_empty() {
                    <p class="empty">{"Paste an article above, or try an example: its places, people, organisations and times show up here."}</p>
                } else {
                    { for body }
                }
            </div>
        </section>
    }
}

/// Links the mention under `target` (the `data-ref` of the nearest marked element), or
/// nothing when the pointer is on plain text.
fn point_at(store: &Store, target: Option<EventTarget>) {
    let id = target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("[data-ref]").ok().flatten())
        .and_then(|el| el.get_attribute("data-ref"));
    match id {
        Some(id) => store.dispatch(Action::Link(vec![id])),
        None => store.dispatch(Action::Unlink),
    }
}
