//! Play: steps through the trip's stops, each with its time and evidence sentence; the map
//! moves a dot along the route and the article scrolls to the evidence.

use crate::store::views::{scroll_to_selector, use_store};
use crate::store::Action;
use itinera_engine::analysis::{Analysis, StopStatus};
use yew::prelude::*;

/// The sentence around a code-point span, from the document's sentence spans.
fn evidence(text: &str, a: &Analysis, start: usize, end: usize) -> String {
    let span = a
        .document
        .sentence_spans
        .iter()
        .find(|s| s.start <= start && end <= s.end)
        .map_or((start, end), |s| (s.start, s.end));
    text.chars()
        .skip(span.0)
        .take(span.1.saturating_sub(span.0))
        .collect::<String>()
        .trim()
        .to_string()
}

/// The play button and the current stop's card.
#[function_component(Play)]
pub fn play() -> Html {
    let store = use_store();
    let a = store.analysis.clone();
    let stops = a.trip.as_ref().map(|t| t.stops.clone()).unwrap_or_default();
    let n = stops.len();

    // Step by itself every 2.2 s while playing; stop at the last stop.
    {
        let store = store.clone();
        use_effect_with((store.step, store.playing), move |&(step, playing)| {
            let timer = playing.then(|| {
                gloo::timers::callback::Timeout::new(2200, move || {
                    let next = step.map_or(0, |i| i + 1);
                    if next < n {
                        store.dispatch(Action::Step(Some(next)));
                    } else {
                        store.dispatch(Action::Playing(false));
                    }
                })
            });
            move || drop(timer)
        });
    }
    // Link the current stop and scroll the article to its evidence.
    {
        let store = store.clone();
        let stops = stops.clone();
        use_effect_with(store.step, move |&step| {
            if let Some(s) = step.and_then(|i| stops.get(i)) {
                let mut ids = vec![s.place.clone()];
                ids.extend(s.time.clone());
                store.dispatch(Action::Link(ids));
                let place = store.analysis.places.iter().find(|p| p.id == s.place);
                let mention = place.and_then(|p| {
                    p.mentions
                        .iter()
                        .find(|m| m.start >= s.evidence.start && m.end <= s.evidence.end)
                        .or(p.mentions.first())
                });
                if let Some(m) = mention {
                    scroll_to_selector(&format!("[data-testid=\"article-view\"] #m{}", m.start));
                }
            }
        });
    }

    if n == 0 {
        return html! {
            <section class="play" aria-label="Trip">
                <button type="button" data-testid="play" disabled=true>{"▶ Play trip"}</button>
                <span class="hint">{"No trip found: the map shows the places of the story."}</span>
            </section>
        };
    }
    let toggle = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            if store.playing {
                store.dispatch(Action::Playing(false));
            } else {
                let restart = store.step.is_none_or(|i| i + 1 >= n);
                store.dispatch(Action::Step(Some(if restart {
                    0
                } else {
                    store.step.unwrap_or(0)
                })));
                store.dispatch(Action::Playing(true));
            }
        })
    };
    let go = |delta: isize| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let i = store.step.map_or(0, |i| {
                (i as isize + delta).clamp(0, n as isize - 1) as usize
            });
            store.dispatch(Action::Playing(false));
            store.dispatch(Action::Step(Some(i)));
        })
    };
    let card = store.step.and_then(|i| stops.get(i)).map(|s| {
        let place = a.places.iter().find(|p| p.id == s.place).map_or(s.place.clone(), |p| p.name.clone());
        let time = crate::words::time_of(&a, s.time.as_deref());
        let what = super::model::stop_event(&a, s).map(|v| v.summary.clone());
        let status = if s.status == StopStatus::Done { "done" } else { "planned" };
        html! {
            <div class="play-card" aria-live="polite">
                <div class="play-head">
                    <strong>{format!("{} / {n} · {place}", s.order)}</strong>
                    <span class="detail">{format!("{} · {status}", time.unwrap_or_else(|| "time not given".into()))}</span>
                </div>
                if let Some(w) = what {
                    <p class="play-what" data-testid="play-what">{w}</p>
                }
                <blockquote>{evidence(&store.text, &a, s.evidence.start, s.evidence.end)}</blockquote>
            </div>
        }
    });
    html! {
        <section class="play" aria-label="Trip">
            <div class="play-buttons">
                <button type="button" onclick={go(-1)} aria-label="Previous stop">{"◀"}</button>
                <button type="button" data-testid="play" onclick={toggle} aria-pressed={store.playing.to_string()}>
                    { if store.playing { "Pause" } else { "▶ Play trip" } }
                </button>
                <button type="button" onclick={go(1)} aria-label="Next stop">{"▶"}</button>
            </div>
            <>{ for card }</>
        </section>
    }
}
