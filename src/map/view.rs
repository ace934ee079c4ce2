//! The map: basemap, other places sized by mentions, the trip's numbered stops joined by
//! great-circle arcs with arrows, a tooltip; pan and zoom by wheel, drag, pinch and keys.

use super::basemap_layer::BasemapLayer;
use super::labels::{self, Anchor, Side};
use super::model;
use super::projection::{bend, great_circle, Frame};
use crate::store::views::{class_for, linker, use_store, watch_size};
use itinera_engine::analysis::{Place, PlaceKind, StopStatus};
use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// The map's own view state: what to frame, the box size, and the reader's pan/zoom.
#[derive(Debug, Clone, PartialEq)]
struct View {
    points: Vec<(f64, f64)>,
    width: f64,
    height: f64,
    user: Option<Frame>,
}

enum ViewAction {
    Points(Vec<(f64, f64)>),
    Size(f64, f64),
    Zoom(f64, f64, f64),
    Pan(f64, f64),
    Reset,
}

impl View {
    fn auto(&self) -> Frame {
        Frame::fit(&self.points, self.width, self.height, 0.12, 8.0)
    }
    fn frame(&self) -> Frame {
        self.user.unwrap_or_else(|| self.auto())
    }
}

impl Reducible for View {
    type Action = ViewAction;
    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let mut v = (*self).clone();
        match action {
            ViewAction::Points(p) => {
                if p == v.points {
                    return self;
                }
                v.points = p;
                v.user = None;
            }
            ViewAction::Size(w, h) => {
                if (w - v.width).abs() < 1.0 && (h - v.height).abs() < 1.0 {
                    return self;
                }
                v.width = w;
                v.height = h;
                v.user = v.user.map(|f| f.resized(w, h));
            }
            ViewAction::Zoom(k, x, y) => v.user = Some(v.frame().zoom_at(k, x, y)),
            ViewAction::Pan(dx, dy) => v.user = Some(v.frame().pan(dx, dy)),
            ViewAction::Reset => v.user = None,
        }
        Rc::new(v)
    }
}

/// A tooltip: where, and its lines.
#[derive(Debug, Clone, PartialEq)]
struct Tip {
    x: f64,
    y: f64,
    lines: Vec<String>,
}

fn path_of(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" });
    }
    d
}

/// The map view.
#[function_component(Map)]
pub fn map() -> Html {
    let store = use_store();
    let a = store.analysis.clone();
    let view = use_reducer(|| View {
        points: Vec::new(),
        width: 800.0,
        height: 480.0,
        user: None,
    });
    let svg_ref = use_node_ref();
    let tip = use_state(|| None::<Tip>);
    let pointers = use_mut_ref(HashMap::<i32, (f64, f64)>::new);
    let dragged = use_mut_ref(|| false);

    {
        let view = view.clone();
        use_effect_with(a.clone(), move |a| {
            view.dispatch(ViewAction::Points(model::frame_points(a)))
        });
    }
    {
        // Measure the box now and whenever it changes size.
        let view = view.clone();
        let svg_ref = svg_ref.clone();
        use_effect_with((), move |_| {
            watch_size(&svg_ref, move |w, h| view.dispatch(ViewAction::Size(w, h)))
        });
    }

    let frame = view.frame();
    let local = {
        let svg_ref = svg_ref.clone();
        move |cx: i32, cy: i32| -> (f64, f64) {
            svg_ref.cast::<Element>().map_or((0.0, 0.0), |el| {
                let r = el.get_bounding_client_rect();
                (f64::from(cx) - r.left(), f64::from(cy) - r.top())
            })
        }
    };

    let onwheel = {
        let view = view.clone();
        let local = local.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let (x, y) = local(e.client_x(), e.client_y());
            let k = (-e.delta_y() * if e.delta_mode() == 1 { 0.05 } else { 0.002 }).exp();
            view.dispatch(ViewAction::Zoom(k.clamp(0.5, 2.0), x, y));
        })
    };
    let onpointerdown = {
        let pointers = pointers.clone();
        let dragged = dragged.clone();
        let local = local.clone();
        Callback::from(move |e: PointerEvent| {
            pointers
                .borrow_mut()
                .insert(e.pointer_id(), local(e.client_x(), e.client_y()));
            *dragged.borrow_mut() = false;
        })
    };
    let onpointermove = {
        let pointers = pointers.clone();
        let dragged = dragged.clone();
        let view = view.clone();
        let svg_ref = svg_ref.clone();
        let local = local.clone();
        Callback::from(move |e: PointerEvent| {
            let mut ps = pointers.borrow_mut();
            let Some(&old) = ps.get(&e.pointer_id()) else {
                return;
            };
            let new = local(e.client_x(), e.client_y());
            if ps.len() >= 2 {
                // Pinch: the distance between two fingers scales, their middle pans.
                let Some((&other_id, &other)) = ps.iter().find(|(id, _)| **id != e.pointer_id())
                else {
                    return;
                };
                let _ = other_id;
                let d0 = ((old.0 - other.0).powi(2) + (old.1 - other.1).powi(2)).sqrt();
                let d1 = ((new.0 - other.0).powi(2) + (new.1 - other.1).powi(2)).sqrt();
                if d0 > 1.0 {
                    let mid = ((new.0 + other.0) / 2.0, (new.1 + other.1) / 2.0);
                    view.dispatch(ViewAction::Zoom(d1 / d0, mid.0, mid.1));
                }
                view.dispatch(ViewAction::Pan(
                    (new.0 - old.0) / 2.0,
                    (new.1 - old.1) / 2.0,
                ));
            } else {
                let (dx, dy) = (new.0 - old.0, new.1 - old.1);
                let mut dragging = dragged.borrow_mut();
                if !*dragging && dx.abs() + dy.abs() < 3.0 {
                    return;
                }
                if !*dragging {
                    *dragging = true;
                    if let Some(el) = svg_ref.cast::<Element>() {
                        let _ = el.set_pointer_capture(e.pointer_id());
                    }
                }
                view.dispatch(ViewAction::Pan(dx, dy));
            }
            ps.insert(e.pointer_id(), new);
        })
    };
    let onpointerup = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().remove(&e.pointer_id());
        })
    };
    let onkeydown = {
        let view = view.clone();
        Callback::from(move |e: KeyboardEvent| {
            let (w, h) = (frame.width, frame.height);
            let action = match e.key().as_str() {
                "ArrowLeft" => ViewAction::Pan(60.0, 0.0),
                "ArrowRight" => ViewAction::Pan(-60.0, 0.0),
                "ArrowUp" => ViewAction::Pan(0.0, 60.0),
                "ArrowDown" => ViewAction::Pan(0.0, -60.0),
                "+" | "=" => ViewAction::Zoom(1.5, w / 2.0, h / 2.0),
                "-" | "_" => ViewAction::Zoom(1.0 / 1.5, w / 2.0, h / 2.0),
                "0" => ViewAction::Reset,
                _ => return,
            };
            e.prevent_default();
            view.dispatch(action);
        })
    };
    let zoom_button = |k: f64| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            view.dispatch(ViewAction::Zoom(k, frame.width / 2.0, frame.height / 2.0))
        })
    };
    let reset = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.dispatch(ViewAction::Reset))
    };

    let place = |id: &str| a.places.iter().find(|p| p.id == id);
    let shaded = model::topic_countries(&a);
    let visited = model::visited_countries(&a);
    let linked_countries = model::countries_of(&a, store.linked.iter().map(String::as_str));
    let stops = a.trip.as_ref().map(|t| t.stops.clone()).unwrap_or_default();

    // Route: one great-circle arc per leg, in screen units, with an arrow at its middle.
    let stop_pts: Vec<(f64, f64)> = stops
        .iter()
        .filter_map(|s| place(&s.place))
        .map(|p| (p.lon, p.lat))
        .collect();
    let mut legs = Vec::new();
    let mut arrows = Vec::new();
    let mut leg_paths = Vec::new();
    for w in stop_pts.windows(2) {
        if (w[0].0 - w[1].0).abs() < 1e-6 && (w[0].1 - w[1].1).abs() < 1e-6 {
            leg_paths.push(String::new());
            continue;
        }
        let mut arc: Vec<(f64, f64)> = great_circle(w[0], w[1], frame.cx)
            .into_iter()
            .map(|(x, y)| frame.to_screen(x, y))
            .collect();
        // Out and back between the same places: two curves, not one line.
        if stop_pts.windows(2).any(|v| v[0] == w[1] && v[1] == w[0]) {
            bend(&mut arc, 0.08);
        }
        let mid = arc.len() / 2;
        if mid >= 1 {
            let (a0, a1) = (arc[mid - 1], arc[mid.min(arc.len() - 1)]);
            let angle = (a1.1 - a0.1).atan2(a1.0 - a0.0).to_degrees();
            arrows.push(format!(
                "translate({:.1} {:.1}) rotate({angle:.1})",
                a1.0, a1.1
            ));
        }
        let d = path_of(&arc);
        leg_paths.push(d.clone());
        legs.push(d);
    }
    let route_d = legs.join(" ");

    let show_tip = |place_id: String, x: f64, y: f64| {
        let tip = tip.clone();
        let lines = model::tip_lines(&a, &place_id);
        Callback::from(move |_: ()| {
            tip.set(Some(Tip {
                x,
                y,
                lines: lines.clone(),
            }))
        })
    };
    let hide_tip = {
        let tip = tip.clone();
        Callback::from(move |_: ()| tip.set(None))
    };

    // Labels: the stops' first, then the other places by mentions, where they fit.
    let stop_ids: Vec<&str> = stops.iter().map(|s| s.place.as_str()).collect();
    let stop_places: Vec<&Place> = stops.iter().filter_map(|s| place(&s.place)).collect();
    let mut others: Vec<&Place> = a
        .places
        .iter()
        .filter(|p| !stop_ids.contains(&p.id.as_str()))
        .collect();
    others.sort_by_key(|p| std::cmp::Reverse(p.mentions.len()));
    let radius = |p: &Place| 3.0 + 1.6 * (p.mentions.len().max(1) as f64).sqrt();
    let anchors: Vec<Anchor> = stop_places
        .iter()
        .map(|p| (p, 11.0, 13.0))
        .chain(others.iter().map(|p| (p, radius(p), 11.0)))
        .map(|(p, r, size)| {
            let (x, y) = frame.place(p.lon, p.lat);
            Anchor {
                x,
                y,
                r,
                chars: p.name.chars().count(),
                size,
            }
        })
        .collect();
    let sides = labels::place(&anchors, frame.width, frame.height);
    let (stop_sides, other_sides) = sides.split_at(stop_places.len().min(sides.len()));

    let places_html = others.iter().zip(other_sides).map(|(p, side)| {
        let (x, y) = frame.place(p.lon, p.lat);
        let r = radius(p);
        let l = linker(&store, vec![p.id.clone()]);
        let (show, hide) = (show_tip(p.id.clone(), x, y - r), hide_tip.clone());
        let (show2, hide2) = (show.clone(), hide.clone());
        let (enter, leave, focus, blur) = (l.enter.clone(), l.leave.clone(), l.focus.clone(), l.blur.clone());
        let kind = if p.kind == PlaceKind::Country { "place country" } else { "place" };
        let label = side.map(|side| {
            let (dx, anchor) = match side {
                Side::Right => (r + 3.0, "start"),
                Side::Left => (-r - 3.0, "end"),
            };
            html! { <text class="place-label" x={format!("{dx:.1}")} y="4" text-anchor={anchor}>{p.name.clone()}</text> }
        });
        html! {
            <g key={p.id.clone()} data-testid="map-place" data-name={p.name.clone()} data-ref={p.id.clone()}
                class={class_for(&store, kind, &p.id)} transform={format!("translate({x:.1} {y:.1})")}
                tabindex="0" role="button" aria-label={format!("{}, {} mentions", p.name, p.mentions.len())}
                onmouseenter={Callback::from(move |e| { enter.emit(e); show.emit(()) })}
                onmouseleave={Callback::from(move |e| { leave.emit(e); hide.emit(()) })}
                onfocus={Callback::from(move |e| { focus.emit(e); show2.emit(()) })}
                onblur={Callback::from(move |e| { blur.emit(e); hide2.emit(()) })}
                onclick={l.click} onkeydown={l.key}>
                <circle r={format!("{r:.1}")} />
                if let Some(label) = label { {label} }
            </g>
        }
    });

    let current = store.step;
    let mut stop_side = stop_sides.iter();
    let stops_html = stops.iter().enumerate().filter_map(|(i, s)| {
        let p = place(&s.place)?;
        let side = stop_side.next().copied().flatten();
        let (x, y) = frame.place(p.lon, p.lat);
        // A place the trip comes back to gets its later numbers stacked under the first
        // marker (clear of its label), named once.
        let again = stops[..i].iter().filter(|o| o.place == s.place).count();
        let y = y + again as f64 * 24.0;
        let mut ids = vec![p.id.clone()];
        ids.extend(s.time.clone());
        let l = linker(&store, ids);
        let (show, hide) = (show_tip(p.id.clone(), x, y - 14.0), hide_tip.clone());
        let (show2, hide2) = (show.clone(), hide.clone());
        let (enter, leave, focus, blur) = (l.enter.clone(), l.leave.clone(), l.focus.clone(), l.blur.clone());
        let mut class = class_for(&store, "stop", &p.id);
        if s.status == StopStatus::Planned {
            class.push_str(" planned");
        }
        if current == Some(i) {
            class.push_str(" current");
        }
        // Where neither side is free a stop is still named, on the side inside the box.
        let right = match side {
            Some(side) => side == Side::Right,
            None => x + 15.0 + p.name.chars().count() as f64 * 13.0 * 0.58 <= frame.width,
        };
        Some(html! {
            <g key={format!("s{}", s.order)} data-testid="map-stop" data-order={s.order.to_string()} data-name={p.name.clone()}
                data-ref={p.id.clone()} class={class} transform={format!("translate({x:.1} {y:.1})")}
                tabindex="0" role="button" aria-label={format!("Stop {}: {}", s.order, p.name)}
                onmouseenter={Callback::from(move |e| { enter.emit(e); show.emit(()) })}
                onmouseleave={Callback::from(move |e| { leave.emit(e); hide.emit(()) })}
                onfocus={Callback::from(move |e| { focus.emit(e); show2.emit(()) })}
                onblur={Callback::from(move |e| { blur.emit(e); hide2.emit(()) })}
                onclick={l.click} onkeydown={l.key}>
                <circle r="11" />
                <text class="num" y="4">{s.order}</text>
                if again == 0 {
                    <text class="label" x={if right { "15" } else { "-15" }} y="4"
                        text-anchor={if right { "start" } else { "end" }}>{p.name.clone()}</text>
                }
            </g>
        })
    });

    // While playing, a dot travels the leg that arrives at the current stop.
    let traveller = current
        .filter(|&i| i >= 1)
        .and_then(|i| leg_paths.get(i - 1))
        .filter(|d| !d.is_empty())
        .map(|d| {
            html! {
                <circle key={format!("t{}", current.unwrap_or(0))} class="traveller" r="6">
                    <animateMotion dur="1.2s" fill="freeze" path={d.clone()} />
                </circle>
            }
        });

    let tip_html = (*tip).clone().map(|t| {
        // Anchored on the marker; the box leans away from the nearer edge.
        let shift = (t.x / frame.width.max(1.0)).clamp(0.05, 0.95) * 100.0;
        let style = format!("left:{:.0}px;top:{:.0}px;transform:translate(-{shift:.0}%, calc(-100% - 6px))", t.x, t.y);
        html! {
            <div class="map-tip" role="tooltip" {style}>
                { for t.lines.iter().enumerate().map(|(i, l)| if i == 0 { html!{<strong>{l}</strong>} } else { html!{<div>{l}</div>} }) }
            </div>
        }
    });

    // The other travellers: dashed routes in their colours, a dot at each stop.
    let others = super::companions::routes(&a, store.main, &frame);
    let companion_routes = others.iter().filter(|r| !r.d.is_empty()).map(|r| {
        html! { <path class="companion-route" data-testid="companion-route" data-traveller={r.name.clone()}
            d={r.d.clone()} stroke={r.colour} /> }
    });
    let companion_html = others.iter().flat_map(|r| {
        r.stops.iter().map(move |(id, name, x, y)| html! {
            <circle class="companion-stop" data-testid="companion-stop" data-traveller={r.name.clone()}
                data-name={name.clone()} data-ref={id.clone()} cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="6"
                fill={r.colour}><title>{format!("{name} · {}", r.name)}</title></circle>
        })
    });
    let view_box = format!("0 0 {:.0} {:.0}", frame.width, frame.height);
    html! {
        <section class="map-box" aria-label="Map">
            <svg ref={svg_ref} data-testid="map" viewBox={view_box} tabindex="0" role="application"
                aria-label="Map of the places and the trip. Arrow keys pan, plus and minus zoom, 0 resets."
                {onwheel} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup} {onkeydown}>
                <defs>
                    <path id="arrow-head" d="M-6,-5 L5,0 L-6,5 Z" />
                </defs>
                <rect class="sea" width="100%" height="100%" />
                <g transform={frame.transform()}>
                    <BasemapLayer shaded={shaded} visited={visited} linked={linked_countries} />
                </g>
                <g class="places">{ for places_html }</g>
                <g class="companion-routes">{ for companion_routes }</g>
                if !route_d.is_empty() {
                    <path data-testid="map-route" class="route" d={route_d} />
                    { for arrows.iter().map(|t| html! { <use class="arrow" href="#arrow-head" transform={t.clone()} /> }) }
                }
                <g class="companions">{ for companion_html }</g>
                <g class="stops">{ for stops_html }</g>
                <g class="travel">{ for traveller }</g>
            </svg>
            <div class="map-tip-host">{ for tip_html }</div>
            <div class="map-buttons">
                <button type="button" onclick={zoom_button(1.5)} aria-label="Zoom in">{"+"}</button>
                <button type="button" onclick={zoom_button(1.0 / 1.5)} aria-label="Zoom out">{"−"}</button>
                <button type="button" onclick={reset} data-testid="map-reset">{"Reset"}</button>
            </div>
            <div class="map-legend" aria-label="Map legend">
                <span><i class="stop"></i>{"trip stop"}</span>
                <span><i class="place"></i>{"other place (size: mentions)"}</span>
                <span><i class="visited"></i>{"country visited"}</span>
                <span><i class="topic"></i>{"country in a topic"}</span>
            </div>
            <div class="map-credit">{"Basemap: Natural Earth · places: GeoNames"}</div>
        </section>
    }
}
