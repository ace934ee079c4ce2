//! People, organisations and topics, ranked, each linked to its mentions.

use super::chart::TopicsChart;
use crate::store::views::{class_for, linker, scroll_to, use_store};
use yew::prelude::*;

/// One row of a list: an id to link, a name, a detail, a count.
fn row(
    store: &crate::store::Store,
    ids: Vec<String>,
    name: &str,
    detail: Option<&str>,
    count: usize,
) -> Html {
    let id = ids.first().cloned().unwrap_or_default();
    let l = linker(store, ids);
    html! {
        <li key={id.clone()} data-ref={id.clone()} class={class_for(store, "fact", &id)} tabindex="0"
            onmouseenter={l.enter} onmouseleave={l.leave} onfocus={l.focus} onblur={l.blur}
            onclick={l.click} onkeydown={l.key}>
            <span class="name">{name.to_string()}</span>
            if let Some(d) = detail { <span class="detail">{d.to_string()}</span> }
            <span class="count" aria-label={format!("{count} mentions")}>{count}</span>
        </li>
    }
}

/// The people, organisations and topics panels.
#[function_component(Facts)]
pub fn facts() -> Html {
    let store = use_store();
    let a = store.analysis.clone();
    let mut people: Vec<_> = a.people.iter().collect();
    people.sort_by_key(|p| std::cmp::Reverse(p.mentions.len()));
    let mut orgs: Vec<_> = a.organisations.iter().collect();
    orgs.sort_by_key(|o| std::cmp::Reverse(o.mentions.len()));
    let topics = a.topics.iter().enumerate().map(|(i, t)| {
        let id = format!("k{}", i + 1);
        let mut ids = vec![id.clone()];
        ids.extend(t.places.iter().cloned());
        ids.extend(t.people.iter().cloned());
        let l = linker(&store, ids);
        let first = t.places.first().or(t.people.first()).cloned().unwrap_or_default();
        let click = Callback::from(move |_: MouseEvent| scroll_to(&first));
        html! {
            <li key={id.clone()} data-testid="topic" data-label={t.label.clone()} data-ref={id.clone()}
                class={class_for(&store, "fact topic", &id)} tabindex="0"
                onmouseenter={l.enter} onmouseleave={l.leave} onfocus={l.focus} onblur={l.blur} onclick={click}>
                <span class="name">{t.label.clone()}</span>
                if !t.keyphrases.is_empty() { <span class="detail">{super::phrases::shown(&store.text, &t.keyphrases).join(", ")}</span> }
                <span class="count">{format!("{:.2}", t.score)}</span>
            </li>
        }
    });
    html! {
        <section class="facts" aria-label="People, organisations and topics">
            <div class="fact-list">
                <h2>{"People"}</h2>
                if people.is_empty() { <p class="empty">{"None found."}</p> }
                <ul>{ for people.iter().map(|p| row(&store, vec![p.id.clone()], &p.name, p.role.as_deref(), p.mentions.len())) }</ul>
            </div>
            <div class="fact-list">
                <h2>{"Organisations"}</h2>
                if orgs.is_empty() { <p class="empty">{"None found."}</p> }
                <ul>{ for orgs.iter().map(|o| row(&store, vec![o.id.clone()], &o.name, None, o.mentions.len())) }</ul>
            </div>
            <div class="fact-list topics">
                <h2>{"Topics"}</h2>
                if a.topics.is_empty() { <p class="empty">{"No topic found."}</p> }
                <ul>{ for topics }</ul>
                <TopicsChart />
            </div>
        </section>
    }
}
