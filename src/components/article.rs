//! The article with every place, person, organisation and time highlighted by kind.

use super::{linker, use_store};
use crate::marks::{pieces, Kind};
use std::rc::Rc;
use yew::prelude::*;

/// The article view and its legend.
#[function_component(Article)]
pub fn article() -> Html {
    let store = use_store();
    let cut = use_memo((store.text.clone(), store.analysis.clone()), |(text, a)| {
        Rc::new(pieces(text, a))
    });
    let body = cut.iter().enumerate().map(|(i, p)| match &p.mark {
        None => html! { {p.text.clone()} },
        Some(m) => {
            let l = linker(&store, vec![m.id.clone()]);
            let mut class = format!("m {}", m.kind.as_str());
            if m.demonym {
                class.push_str(" demonym");
            }
            if store.is_linked(&m.id) {
                class.push_str(" linked");
            }
            html! {
                <mark key={i} id={format!("m{}", m.start)} data-testid="mention" data-kind={m.kind.as_str()}
                    data-ref={m.id.clone()} class={class} tabindex="0"
                    onmouseenter={l.enter} onmouseleave={l.leave} onfocus={l.focus} onblur={l.blur}>
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
            <div class="article" data-testid="article-view" dir="auto">
                if store.text.trim().is_empty() {
                    <p class="empty">{"Paste an article above, or try an example: its places, people, organisations and times show up here."}</p>
                } else {
                    { for body }
                }
            </div>
        </section>
    }
}
