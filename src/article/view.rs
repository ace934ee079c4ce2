//! The article with every place, person, organisation and time highlighted by kind.
//!
//! The highlighted text is its own component ([`Body`]), drawn again only when the text or
//! the analysis changes: pointing at something marks its mentions by setting the class
//! `linked` on them directly, so a long article with tens of thousands of mentions does
//! not redraw on every pointer move.

use super::marks::{blocks, pieces, Kind, Piece, BLOCK_CHARS};
use crate::store::views::{is_ref_id, use_store};
use crate::store::{Action, Store};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget};
use yew::prelude::*;

/// The article view and its legend.
#[function_component(Article)]
pub fn article() -> Html {
    let store = use_store();
    let cut = use_memo((store.text.clone(), store.analysis.clone()), |(text, a)| {
        blocks(pieces(text, a), BLOCK_CHARS)
    });
    // Each time's date in words, for its tooltip (the normalised value after it).
    let when = use_memo(store.analysis.clone(), |a| {
        a.times
            .iter()
            .map(|t| {
                let words = crate::words::time(t);
                let tip = match &t.value {
                    Some(v) => format!("{words} · {v}"),
                    None => words,
                };
                (t.id.clone(), tip)
            })
            .collect::<std::collections::HashMap<String, String>>()
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
    let view = use_node_ref();
    {
        // Mark the mentions of what the reader points at (and unmark the others).
        let view = view.clone();
        use_effect_with((store.linked.clone(), cut.clone()), move |(linked, _)| {
            mark_linked(&view, linked);
        });
    }
    let legend = [Kind::Place, Kind::Person, Kind::Organisation, Kind::Time];
    html! {
        <section class="article-box" aria-label="The article, highlighted">
            <div class="legend" aria-label="Legend">
                { for legend.iter().map(|k| html! { <span class={format!("m {}", k.as_str())}>{k.as_str()}</span> }) }
            </div>
            <div class="article" data-testid="article-view" dir={crate::runner::text_direction(&store.text)} ref={view} {onmouseover} {onmouseleave} {onfocusin} {onfocusout}>
                if store.text.trim().is_empty() {
                    <p class="empty">{"Paste an article above, or try an example: its places, people, organisations and times show up here."}</p>
                } else if store.pending.is_some() {
                    <p class="empty">{"The article shows here, highlighted, when the analysis is done."}</p>
                } else {
                    <Body cut={cut.clone()} when={when.clone()} />
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

/// What [`Body`] draws.
#[derive(Properties, PartialEq)]
pub struct BodyProps {
    /// The article cut into plain text and mentions, in blocks ([`blocks`]).
    pub cut: Rc<Vec<Vec<Piece>>>,
    /// The tooltip of each time by id: its date in words, then its normalised value.
    pub when: Rc<std::collections::HashMap<String, String>>,
}

/// The article's text with its mentions marked, one `div` per block, which the browser
/// lays out only when it comes into sight.
#[function_component(Body)]
pub fn body(props: &BodyProps) -> Html {
    let block = |b: &Vec<Piece>| html! { <div class="block">{ for b.iter().map(|p| piece(p, &props.when)) }</div> };
    html! { <>{ for props.cut.iter().map(block) }</> }
}

/// One piece: plain text, or a mention.
fn piece(p: &Piece, when: &std::collections::HashMap<String, String>) -> Html {
    match &p.mark {
        None => html! { {p.text.clone()} },
        Some(m) => {
            let class = if m.demonym {
                format!("m {} demonym", m.kind.as_str())
            } else {
                format!("m {}", m.kind.as_str())
            };
            let title = (m.kind == Kind::Time)
                .then(|| when.get(&m.id).cloned())
                .flatten();
            html! {
                <mark id={format!("m{}", m.start)} data-testid="mention" data-kind={m.kind.as_str()}
                    data-ref={m.id.clone()} class={class} tabindex="0" {title}>
                    {p.text.clone()}
                </mark>
            }
        }
    }
}

/// Sets the class `linked` on the mentions (inside `view`) whose `data-ref` is one of
/// `linked`, and takes it off every other mention.
fn mark_linked(view: &NodeRef, linked: &[String]) {
    let Some(view) = view.cast::<Element>() else {
        return;
    };
    let each = |selector: &str, f: &dyn Fn(&Element)| {
        if let Ok(list) = view.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    f(&el);
                }
            }
        }
    };
    each("mark.linked", &|el| {
        let _ = el.class_list().remove_1("linked");
    });
    for id in linked {
        if !is_ref_id(id) {
            continue;
        }
        each(&format!("mark[data-ref=\"{id}\"]"), &|el| {
            let _ = el.class_list().add_1("linked");
        });
    }
}
