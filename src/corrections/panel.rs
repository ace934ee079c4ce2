//! The corrections panel: undo, the traveller, the stops (drag, or move with buttons,
//! or drop), the places (remove, make a stop, move to another place of the same name
//! from its alternatives or from the gazetteer by typing a name), and places the engine
//! missed (typed, completed from the gazetteer, added as stops).
//!
//! Every button dispatches one [`Correction`]; the store re-applies the list, so every
//! view changes at once, and undo drops the last one.

use super::model::{Candidate, Correction, Ref};
use super::search::gazetteer_matches;
use crate::store::views::use_store;
use crate::store::{Action, Store};
use itinera_engine::analysis::Analysis;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

fn place_ref(a: &Analysis, id: &str) -> Option<Ref> {
    a.places
        .iter()
        .find(|p| p.id == id)
        .map(|p| Ref::new(&p.id, &p.name))
}

fn with_country(name: &str, country: Option<&str>) -> String {
    match country {
        Some(c) if !c.is_empty() => format!("{name} ({c})"),
        _ => name.to_string(),
    }
}

/// A click handler dispatching `c`.
fn on(store: &Store, c: Correction) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |_: MouseEvent| store.dispatch(Action::Correct(c.clone())))
}

/// The corrections panel.
#[function_component(CorrectionsPanel)]
pub fn corrections_panel() -> Html {
    let store = use_store();
    let dragged = use_state(|| None::<usize>);
    let target = use_state(String::new);
    let typed = use_state(String::new);
    {
        // Ctrl+Z (Cmd+Z) outside text fields takes back the last correction; in a text
        // field it stays the field's own undo.
        let store = store.clone();
        use_effect_with(store.corrections.len(), move |&count| {
            let listener = (count > 0).then(web_sys::window).flatten().map(|w| {
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&w, "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let in_field = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    if (e.ctrl_key() || e.meta_key())
                        && !e.shift_key()
                        && e.key().eq_ignore_ascii_case("z")
                        && !in_field
                    {
                        e.prevent_default();
                        store.dispatch(Action::Undo);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let a = store.analysis.clone();
    if store.text.trim().is_empty() {
        return html! {};
    }
    let stops: Vec<(usize, String, Ref)> = a
        .trip
        .as_ref()
        .map(|t| {
            t.stops
                .iter()
                .enumerate()
                .filter_map(|(i, s)| place_ref(&a, &s.place).map(|r| (i, s.place.clone(), r)))
                .collect()
        })
        .unwrap_or_default();
    let n = stops.len();

    let undo = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Undo))
    };
    let on_traveller = {
        let store = store.clone();
        let a = a.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            let person = a
                .people
                .iter()
                .find(|p| p.id == v)
                .map(|p| Ref::new(&p.id, &p.name));
            store.dispatch(Action::Correct(Correction::SetTraveller { person }));
        })
    };
    let traveller = a.trip.as_ref().and_then(|t| t.traveller.clone());
    // A group or a vessel the engine named as the traveller (no person's id).
    let group = traveller
        .clone()
        .filter(|t| !a.people.iter().any(|p| &p.id == t));

    let stop_items = stops.iter().map(|(i, id, r)| {
        let i = *i;
        let ondragstart = {
            let dragged = dragged.clone();
            Callback::from(move |e: DragEvent| {
                if let Some(dt) = e.data_transfer() {
                    let _ = dt.set_data("text/plain", &i.to_string());
                    dt.set_effect_allowed("move");
                }
                dragged.set(Some(i));
            })
        };
        let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
        let ondrop = {
            let dragged = dragged.clone();
            let store = store.clone();
            let stops = stops.clone();
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                if let Some(from) = *dragged {
                    if from != i {
                        if let Some((_, _, r)) = stops.get(from) {
                            store.dispatch(Action::Correct(Correction::MoveStop {
                                place: r.clone(),
                                to: i,
                            }));
                        }
                    }
                }
                dragged.set(None);
            })
        };
        let ondragend = {
            let dragged = dragged.clone();
            Callback::from(move |_: DragEvent| dragged.set(None))
        };
        html! {
            <li key={id.clone()} class="correction-stop" data-testid="correction-stop" data-name={r.name.clone()}
                draggable="true" {ondragstart} {ondragover} {ondrop} {ondragend}>
                <span class="grip" aria-hidden="true">{"⠿"}</span>
                <span class="name">{r.name.clone()}</span>
                <button type="button" class="small" data-testid="correction-stop-up" disabled={i == 0}
                    aria-label={format!("Move {} earlier", r.name)}
                    onclick={on(&store, Correction::MoveStop { place: r.clone(), to: i.saturating_sub(1) })}>{"↑"}</button>
                <button type="button" class="small" data-testid="correction-stop-down" disabled={i + 1 >= n}
                    aria-label={format!("Move {} later", r.name)}
                    onclick={on(&store, Correction::MoveStop { place: r.clone(), to: i + 1 })}>{"↓"}</button>
                <button type="button" class="small" data-testid="correction-stop-remove"
                    aria-label={format!("{} is not a stop", r.name)}
                    onclick={on(&store, Correction::RemoveStop { place: r.clone() })}>{"not a stop"}</button>
            </li>
        }
    });

    let place_items = a.places.iter().map(|p| {
        let r = Ref::new(&p.id, &p.name);
        let is_stop = stops.iter().any(|(_, id, _)| *id == p.id);
        let on_alt = {
            let store = store.clone();
            let r = r.clone();
            let alts = p.alternatives.clone();
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                if let Some(alt) = select.value().parse::<usize>().ok().and_then(|i| alts.get(i)) {
                    store.dispatch(Action::Correct(Correction::Relocate {
                        place: r.clone(),
                        to: Candidate::from(alt),
                    }));
                }
            })
        };
        html! {
            <li key={p.id.clone()} class="correction-place" data-testid="correction-place" data-name={p.name.clone()} data-ref={p.id.clone()}>
                <span class="name">{with_country(&p.name, p.country.as_deref())}</span>
                <button type="button" class="small" data-testid="correction-remove"
                    aria-label={format!("Remove {}: not a place of the story", p.name)}
                    onclick={on(&store, Correction::RemovePlace { place: r.clone() })}>{"remove"}</button>
                if !is_stop {
                    <button type="button" class="small" data-testid="correction-add-stop"
                        aria-label={format!("Make {} a stop", p.name)}
                        onclick={on(&store, Correction::AddStop { place: r.clone(), at: n })}>{"make a stop"}</button>
                }
                if !p.alternatives.is_empty() {
                    <select class="small" data-testid="correction-alternative" onchange={on_alt}
                        aria-label={format!("Another place named {}", p.name)}>
                        <option value="" selected=true>{"another…"}</option>
                        { for p.alternatives.iter().enumerate().map(|(i, alt)| html! {
                            <option value={i.to_string()}>{with_country(&alt.name, alt.country.as_deref())}</option>
                        }) }
                    </select>
                }
            </li>
        }
    });

    // Relocating a place to one the reader types: pick the place, type a name, pick a match.
    let on_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            target.set(select.value());
        })
    };
    let on_typed = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            typed.set(input.value());
        })
    };
    let target_ref =
        place_ref(&a, &target).or_else(|| a.places.first().map(|p| Ref::new(&p.id, &p.name)));
    let matches = gazetteer_matches(&typed);
    let match_items = matches.iter().map(|c| {
        let label = format!(
            "{} {:.2}, {:.2}",
            with_country(&c.name, c.country.as_deref()),
            c.lat,
            c.lon
        );
        let pick = |correction: Correction| {
            let typed = typed.clone();
            let store = store.clone();
            Callback::from(move |_: MouseEvent| {
                store.dispatch(Action::Correct(correction.clone()));
                typed.set(String::new());
            })
        };
        let add = pick(Correction::AddPlace {
            to: c.clone(),
            at: n,
        });
        html! {
            <li data-name={c.name.clone()}>
                <span class="name">{label}</span>
                if let Some(r) = &target_ref {
                    <button type="button" class="small" data-testid="correction-candidate" data-name={c.name.clone()}
                        onclick={pick(Correction::Relocate { place: r.clone(), to: c.clone() })}>
                        {format!("move {} here", r.name)}</button>
                }
                <button type="button" class="small" data-testid="correction-add-candidate" data-name={c.name.clone()}
                    onclick={add}>{"add as a stop"}</button>
            </li>
        }
    });

    let count = store.corrections.len();
    html! {
        <details class="corrections" data-testid="corrections">
            <summary>{"Correct the analysis"}
                if count > 0 { {format!(" ({count})")} }
            </summary>
            <div class="control-row">
                <button type="button" data-testid="correction-undo" onclick={undo} disabled={count == 0}
                    title="Take back the last correction (Ctrl+Z)">
                    {"Undo"}</button>
                <label>{"Traveller "}
                    <select data-testid="correction-traveller" onchange={on_traveller}>
                        <option value="" selected={traveller.is_none()}>{"nobody"}</option>
                        if let Some(g) = group {
                            <option value={format!("group:{g}")} selected=true>{g}</option>
                        }
                        { for a.people.iter().map(|p| html! {
                            <option value={p.id.clone()} selected={traveller.as_deref() == Some(p.id.as_str())}>{p.name.clone()}</option>
                        }) }
                    </select>
                </label>
            </div>
            <h3>{"Stops"}</h3>
            if stops.is_empty() { <p class="empty">{"No stop. Make a place below a stop."}</p> }
            <ol class="correction-stops">{ for stop_items }</ol>
            <h3>{"Places"}</h3>
            <ul class="correction-places">{ for place_items }</ul>
            <h3>{"Another place"}</h3>
            <div class="control-row relocate">
                <label>{"Name "}
                    <input type="text" data-testid="correction-relocate-name" value={(*typed).clone()}
                        oninput={on_typed} placeholder="type a name, e.g. Par…" spellcheck="false" />
                </label>
                if !a.places.is_empty() {
                    <label>{"to move "}
                        <select data-testid="correction-relocate-place" onchange={on_target}>
                            { for a.places.iter().map(|p| html! {
                                <option value={p.id.clone()} selected={target_ref.as_ref().is_some_and(|r| r.id == p.id)}>{p.name.clone()}</option>
                            }) }
                        </select>
                    </label>
                }
            </div>
            if !typed.trim().is_empty() && matches.is_empty() {
                <p class="empty">{"No place of that name in the gazetteer."}</p>
            }
            <ul class="correction-candidates">{ for match_items }</ul>
        </details>
    }
}
