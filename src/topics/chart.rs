//! The topics chart: a bar per topic (its score), drawn by plotters into an SVG string.
//!
//! Labels come from the article; plotters' SVG backend escapes text (`<`, `&`, quotes), so
//! they can never become markup (a wasm test guards this).

use crate::store::views::use_store;
use plotters::prelude::*;
use yew::prelude::*;

/// Draws the bars for (label, score 0..1) as an SVG document `width` × `height` pixels.
pub fn chart_svg(rows: &[(String, f64)], width: u32) -> String {
    let bar = 28u32;
    let height = (rows.len() as u32 * bar + 8).max(40);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let max = rows.iter().map(|r| r.1).fold(0.0f64, f64::max).max(1e-9);
        let usable = f64::from(width) - 8.0;
        for (i, (label, score)) in rows.iter().enumerate() {
            let y = 4 + i as i32 * bar as i32;
            let w = ((score / max).clamp(0.0, 1.0) * usable) as i32;
            let _ = root.draw(&Rectangle::new(
                [(4, y + 2), (4 + w.max(2), y + bar as i32 - 4)],
                RGBColor(199, 220, 240).filled(),
            ));
            // plotters draws SVG text at 1/1.24 of the size asked: 16 gives 13 px.
            let style =
                TextStyle::from(("sans-serif", 16).into_font()).color(&RGBColor(20, 30, 45));
            let _ = root.draw(&Text::new(
                format!("{} · {score:.2}", label),
                (10, y + 8),
                style,
            ));
        }
        let _ = root.present();
    }
    svg
}

/// The chart, or nothing when there are no topics.
#[function_component(TopicsChart)]
pub fn topics_chart() -> Html {
    let store = use_store();
    let a = store.analysis.clone();
    // The topics by score; an article without topics still charts its key phrases.
    let chart = use_memo(a, |a| {
        let (what, rows): (&str, Vec<(String, f64)>) = if a.topics.is_empty() {
            (
                "Key phrases",
                a.keyphrases
                    .iter()
                    .take(10)
                    .map(|k| (k.text.clone(), k.score))
                    .collect(),
            )
        } else {
            (
                "Topics",
                a.topics
                    .iter()
                    .take(10)
                    .map(|t| (t.label.clone(), t.score))
                    .collect(),
            )
        };
        if rows.is_empty() {
            (what, String::new())
        } else {
            (what, chart_svg(&rows, 420))
        }
    });
    let (what, svg) = &*chart;
    if svg.is_empty() {
        return html! {};
    }
    html! {
        <div class="topics-chart" data-testid="topics-chart" role="img" aria-label={format!("{what} by score")}>
            <h3>{format!("{what} by score")}</h3>
            { Html::from_html_unchecked(AttrValue::from(svg.clone())) }
        </div>
    }
}
