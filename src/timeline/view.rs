//! The timeline: the trip's days and the background (years, decades) on one axis that
//! zooms by wheel, pinch-free buttons and keys, and pans by dragging. Labels are laid out
//! in lanes so that no two items overlap.

use super::model::{
    civil_from_days, days_from_civil, items, lanes, relative_headings, shorten, shown, Item,
    MAX_SHOWN,
};
use crate::store::views::{class_for, linker, use_store, watch_size};
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The visible range in days, and the box width.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Range {
    d0: f64,
    d1: f64,
}

/// The range that shows `items` (all of them, or only the trip's) with some room.
fn fit(items: &[Item], trip_only: bool) -> Range {
    let chosen: Vec<&Item> = items.iter().filter(|i| !trip_only || i.trip).collect();
    let chosen = if chosen.is_empty() {
        items.iter().collect()
    } else {
        chosen
    };
    let lo = chosen.iter().map(|i| i.days.0).fold(f64::MAX, f64::min);
    let hi = chosen.iter().map(|i| i.days.1).fold(f64::MIN, f64::max);
    if lo > hi {
        return Range { d0: 0.0, d1: 1.0 };
    }
    let span = (hi - lo).max(4.0);
    let mid = (lo + hi) / 2.0;
    Range {
        d0: mid - span * 0.58,
        d1: mid + span * 0.58 + 1.0,
    }
}

/// Tick marks for a range: (day, label), about one per 90 pixels.
fn ticks(r: Range, width: f64) -> Vec<(f64, String)> {
    let span = r.d1 - r.d0;
    let per_tick = span / (width / 90.0).max(1.0);
    let mut out = Vec::new();
    let (y0, _, _) = civil_from_days(r.d0.floor() as i64);
    let (y1, _, _) = civil_from_days(r.d1.ceil() as i64);
    if per_tick <= 20.0 {
        let step = [1.0, 2.0, 7.0, 14.0]
            .into_iter()
            .find(|s| *s >= per_tick)
            .unwrap_or(14.0);
        let mut d = r.d0.floor();
        while d <= r.d1 && out.len() < 400 {
            let (_, m, day) = civil_from_days(d as i64);
            out.push((
                d,
                format!("{day} {}", MONTHS[(m - 1).clamp(0, 11) as usize]),
            ));
            d += step;
        }
    } else if per_tick <= 240.0 {
        let step = if per_tick <= 31.0 {
            1
        } else if per_tick <= 93.0 {
            3
        } else {
            6
        };
        for y in y0..=y1 {
            for m in (1..=12).step_by(step) {
                let d = days_from_civil(y, m, 1) as f64;
                if d >= r.d0 && d <= r.d1 {
                    out.push((d, format!("{} {y}", MONTHS[(m - 1) as usize])));
                }
            }
        }
    } else {
        let years = per_tick / 365.25;
        let step = [1, 2, 5, 10, 20, 50, 100, 200, 500]
            .into_iter()
            .find(|s| *s as f64 >= years)
            .unwrap_or(1000);
        let mut y = y0.div_euclid(step) * step;
        while y <= y1 && out.len() < 400 {
            let d = days_from_civil(y, 1, 1) as f64;
            if d >= r.d0 {
                out.push((d, y.to_string()));
            }
            y += step;
        }
    }
    out
}

/// The timeline view.
#[function_component(Timeline)]
pub fn timeline() -> Html {
    let store = use_store();
    // The items drawn (at most MAX_SHOWN) and how many there are in all.
    let picked = use_memo((store.text.clone(), store.analysis.clone()), |(t, a)| {
        let every = items(t, a);
        let total = every.len();
        let keep = shown(&every, MAX_SHOWN);
        let drawn: Vec<_> = every
            .into_iter()
            .enumerate()
            .filter(|(k, _)| keep.binary_search(k).is_ok())
            .map(|(_, item)| item)
            .collect();
        (Rc::new(drawn), total)
    });
    let (every, total) = (picked.0.clone(), picked.1);
    // The story's days known only relative to each other are drawn apart, in order.
    let all: Rc<Vec<Item>> = Rc::new(
        every
            .iter()
            .filter(|i| i.relative.is_none())
            .cloned()
            .collect(),
    );
    let story = story_days(&store, &every);
    let range = use_state(|| fit(&all, false));
    let width = use_state_eq(|| 600.0f64);
    let box_ref = use_node_ref();
    let drag = use_mut_ref(|| None::<f64>);
    {
        let range = range.clone();
        use_effect_with(all.clone(), move |all| range.set(fit(all, false)));
    }
    {
        let width = width.clone();
        let box_ref = box_ref.clone();
        use_effect_with((), move |_| watch_size(&box_ref, move |w, _| width.set(w)));
    }
    if all.is_empty() {
        let empty = story.is_none();
        return html! {
            <section class="timeline-box" aria-label="Timeline">
                <div class="timeline-buttons"></div>
                <div data-testid="timeline" class="timeline" ref={box_ref}>
                    { for story }
                    if empty {
                        <p class="empty">{"No dated events yet."}</p>
                    }
                </div>
            </section>
        };
    }

    let w = *width;
    let r = *range;
    let x_of = move |d: f64| (d - r.d0) / (r.d1 - r.d0) * w;
    let zoom = {
        let range = range.clone();
        move |k: f64, at: f64| {
            let r = *range;
            let centre = r.d0 + (r.d1 - r.d0) * at;
            let span = ((r.d1 - r.d0) / k).clamp(3.0, 365.25 * 400.0);
            range.set(Range {
                d0: centre - span * at,
                d1: centre + span * (1.0 - at),
            });
        }
    };
    let pan = {
        let range = range.clone();
        move |dx_px: f64| {
            let r = *range;
            let dd = dx_px / w * (r.d1 - r.d0);
            range.set(Range {
                d0: r.d0 - dd,
                d1: r.d1 - dd,
            });
        }
    };
    let onwheel = {
        let zoom = zoom.clone();
        let box_ref = box_ref.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let left = box_ref
                .cast::<Element>()
                .map_or(0.0, |el| el.get_bounding_client_rect().left());
            let at = ((f64::from(e.client_x()) - left) / w).clamp(0.0, 1.0);
            zoom((-e.delta_y() * 0.002).exp().clamp(0.5, 2.0), at);
        })
    };
    let onpointerdown = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| *drag.borrow_mut() = Some(f64::from(e.client_x())))
    };
    let onpointermove = {
        let drag = drag.clone();
        let pan = pan.clone();
        Callback::from(move |e: PointerEvent| {
            let mut d = drag.borrow_mut();
            if let Some(x0) = *d {
                let x = f64::from(e.client_x());
                if (x - x0).abs() >= 2.0 {
                    pan(x - x0);
                    *d = Some(x);
                }
            }
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| *drag.borrow_mut() = None)
    };
    let onkeydown = {
        let zoom = zoom.clone();
        let pan = pan.clone();
        Callback::from(move |e: KeyboardEvent| {
            match e.key().as_str() {
                "ArrowLeft" => pan(w / 8.0),
                "ArrowRight" => pan(-w / 8.0),
                "+" | "=" => zoom(1.6, 0.5),
                "-" | "_" => zoom(1.0 / 1.6, 0.5),
                _ => return,
            }
            e.prevent_default();
        })
    };
    let button = |f: Box<dyn Fn()>| Callback::from(move |_: MouseEvent| f());
    let (all2, all3, range2, range3) = (all.clone(), all.clone(), range.clone(), range.clone());
    let has_trip = all.iter().any(|i| i.trip);

    // Labels as short as the width asks (about 60% of the box at most).
    let max_chars = ((w * 0.6 - 18.0) / 6.6).clamp(12.0, 48.0) as usize;
    let labels: Vec<String> = all.iter().map(|i| shorten(&i.label, max_chars)).collect();
    // Lay out: each label is a box starting at its date, or ending there near the right
    // edge, always inside the view when the date is.
    let boxes: Vec<(f64, f64)> = all
        .iter()
        .zip(&labels)
        .map(|(i, label)| {
            let x = x_of(i.days.0);
            let lw = label.chars().count() as f64 * 6.6 + 18.0;
            if x + lw <= w || x > w {
                (x, x + lw)
            } else if x - lw >= 0.0 {
                (x - lw, x)
            } else {
                ((w - lw).max(0.0), (w - lw).max(0.0) + lw)
            }
        })
        .collect();
    let lane_of = lanes(&boxes, 6.0);
    let n_lanes = lane_of.iter().max().map_or(1, |m| m + 1);
    let axis_y = 30.0;
    let lane_h = 24.0;
    let height = axis_y + 14.0 + n_lanes as f64 * lane_h + 6.0;

    let tick_html = ticks(r, w).into_iter().map(|(d, label)| {
        let x = x_of(d);
        html! {
            <g class="tick" transform={format!("translate({x:.1} 0)")}>
                <line y1={(axis_y - 5.0).to_string()} y2={(height - 4.0).to_string()} />
                <text y={(axis_y - 10.0).to_string()} x="3">{label}</text>
            </g>
        }
    });
    let item_html = all.iter().enumerate().map(|(k, it)| {
        let (l, rgt) = boxes[k];
        let lane_y = axis_y + 14.0 + lane_of[k] as f64 * lane_h;
        let x = x_of(it.days.0);
        let x_end = x_of(it.days.1 + 1.0);
        let mut ids = vec![it.time.clone()];
        ids.extend(it.related.iter().cloned());
        let lk = linker(&store, ids);
        let mut class = class_for(&store, "item", &it.time);
        if it.trip {
            class.push_str(" trip");
        }
        html! {
            <g key={k} data-testid="timeline-item" data-value={it.value.clone()} data-ref={it.time.clone()} class={class}
                tabindex="0" role="button" aria-label={format!("{}: {}", it.when, it.label)}
                onmouseenter={lk.enter} onmouseleave={lk.leave} onfocus={lk.focus} onblur={lk.blur}
                onclick={lk.click} onkeydown={lk.key}>
                <title>{format!("{} · {}", it.when, it.label)}</title>
                <rect class="span" x={format!("{:.1}", x.min(x_end - 2.0))} y={(axis_y - 3.0).to_string()}
                    width={format!("{:.1}", (x_end - x).max(3.0))} height="6" rx="3" />
                <line class="stem" x1={format!("{x:.1}")} x2={format!("{x:.1}")} y1={axis_y.to_string()} y2={(lane_y + 4.0).to_string()} />
                <rect class="box" x={format!("{l:.1}")} y={format!("{:.1}", lane_y)} width={format!("{:.1}", rgt - l)} height={(lane_h - 4.0).to_string()} rx="4" />
                <text x={format!("{:.1}", l + 8.0)} y={format!("{:.1}", lane_y + 14.0)}>{labels[k].clone()}</text>
            </g>
        }
    });
    html! {
        <section class="timeline-box" aria-label="Timeline">
            <div class="timeline-buttons">
                <button type="button" onclick={button(Box::new(move || range2.set(fit(&all2, false))))}>{"All"}</button>
                if has_trip {
                    <button type="button" onclick={button(Box::new(move || range3.set(fit(&all3, true))))}>{"Trip days"}</button>
                }
                <button type="button" aria-label="Zoom in" onclick={ { let z = zoom.clone(); button(Box::new(move || z(1.6, 0.5))) } }>{"+"}</button>
                <button type="button" aria-label="Zoom out" onclick={ { let z = zoom.clone(); button(Box::new(move || z(1.0 / 1.6, 0.5))) } }>{"−"}</button>
            </div>
            if total > every.len() {
                <p class="timeline-note" data-testid="timeline-note">
                    {format!("Showing {} of {} dated items: the trip's days and events first.", every.len(), total)}
                </p>
            }
            <div class="timeline" data-testid="timeline" ref={box_ref}>
                { for story }
                <svg width="100%" height={format!("{height:.0}")} viewBox={format!("0 0 {w:.0} {height:.0}")} tabindex="0"
                    aria-label="Timeline. Arrow keys pan, plus and minus zoom."
                    {onwheel} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointerleave={onpointerup} {onkeydown}>
                    <line class="axis" x1="0" x2={w.to_string()} y1={axis_y.to_string()} y2={axis_y.to_string()} />
                    <g class="ticks">{ for tick_html }</g>
                    <g class="items">{ for item_html }</g>
                </svg>
            </div>
        </section>
    }
}

/// Puts the keyboard focus in the article-date field (the timeline's "Set the date").
fn focus_date_field() {
    use wasm_bindgen::JsCast;
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("[data-testid=\"article-date\"]")
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(f) = field {
        f.scroll_into_view();
        let _ = f.focus();
    }
}

/// The story's days that only the text's order places (weekdays with no reference date):
/// one column per day, in order ("Tuesday", "Wednesday, the next day"), each with its
/// events; and, when the article has no date, an offer to set it.
fn story_days(store: &crate::store::Store, every: &[Item]) -> Option<Html> {
    let heads = relative_headings(every);
    if heads.is_empty() {
        return None;
    }
    let columns = heads.into_iter().map(|(rank, head)| {
        let items = every
            .iter()
            .filter(|i| i.relative == Some(rank))
            .map(|it| {
                let mut ids = vec![it.time.clone()];
                ids.extend(it.related.iter().cloned());
                let lk = linker(store, ids);
                let mut class = class_for(store, "day-item", &it.time);
                if it.trip {
                    class.push_str(" trip");
                }
                html! {
                    <li data-testid="timeline-item" data-value={it.value.clone()} data-ref={it.time.clone()}
                        data-relative={rank.to_string()} class={class} tabindex="0" role="button"
                        aria-label={format!("{}: {}", it.when, it.label)}
                        onmouseenter={lk.enter} onmouseleave={lk.leave} onfocus={lk.focus} onblur={lk.blur}
                        onclick={lk.click} onkeydown={lk.key}>
                        {shorten(&it.label, 64)}
                    </li>
                }
            });
        html! {
            <li class="story-day" data-testid="story-day">
                <h4>{head}</h4>
                <ul>{ for items }</ul>
            </li>
        }
    });
    let no_date = store.date.trim().is_empty();
    let set_date = Callback::from(|_: MouseEvent| focus_date_field());
    Some(html! {
        <div class="story-days" data-testid="story-days">
            if no_date {
                <p class="story-hint">
                    {"The article gives no date, so these days are shown in the story's order. "}
                    <button type="button" data-testid="set-date" onclick={set_date}>{"Set the article date"}</button>
                </p>
            }
            <ol class="story-columns">{ for columns }</ol>
        </div>
    })
}
