//! The whole view as one self-contained HTML file, for publishing without a server: the
//! map (the map export's SVG, its stops as `map-stop` elements), the route, the timeline
//! and the article with every finding highlighted, after the reader's corrections. Styles
//! and the script (hover or focus anything with a `data-ref` to mark its kin `linked`)
//! are inline; the file loads nothing, so it works from `file://` with no network.
//!
//! Every text from the article or the analysis is HTML-escaped: nothing pasted ever runs
//! as code. The script is fixed text, and reads only `data-ref` attributes.

use super::{map_svg, xml};
use crate::article::marks::pieces;
use crate::timeline::model::{items, relative_headings, Item};
use itinera_engine::analysis::Analysis;
use std::fmt::Write;

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#14202e;background:#f7f8fa}\
header{padding:.8rem 1.2rem;background:#14202e;color:#fff}header h1{margin:0;font-size:1.3rem}\
header p{margin:.2rem 0 0;font-size:.85rem;opacity:.8}\
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;padding:1rem;max-width:1400px;margin:auto}\
section{background:#fff;border:1px solid #d8dee6;border-radius:8px;padding:.6rem .8rem;min-width:0}\
h2{font-size:1rem;margin:.2rem 0 .5rem}.map svg{width:100%;height:auto;display:block}\
.route{padding-left:1.4rem}.timeline ol{list-style:none;padding:0;margin:0}\
.timeline li{display:flex;gap:.6rem;padding:.25rem .4rem;border-left:3px solid #2f7d4f;margin:.2rem 0;cursor:pointer}\
.timeline li.trip{border-color:#c2410c;background:#fff5ef}.timeline .when{min-width:8.5rem;color:#4a5868;font-size:.85rem}\
.article{grid-column:1/-1;white-space:pre-wrap}.article p{margin:0}\
.m{border-radius:3px;padding:0 1px;cursor:pointer}.m.place{background:#dbeafe}.m.person{background:#fde68a}\
.m.organisation{background:#e9d5ff}.m.time{background:#d1fae5}\
.linked,.m.linked{outline:2px solid #14202e;background:#fde047!important}\
g.linked circle{stroke:#14202e;stroke-width:4}\
footer{font-size:.75rem;color:#4a5868;padding:0 1.2rem 1rem}\
@media (max-width:800px){main{grid-template-columns:1fr}}";

const SCRIPT: &str = "(function(){var on=[];function mark(r){on.forEach(function(e){e.classList.remove('linked')});on=[];\
if(!r)return;document.querySelectorAll('[data-ref]').forEach(function(e){if(e.getAttribute('data-ref')===r){e.classList.add('linked');on.push(e)}})}\
function ref(t){while(t&&t.getAttribute){var r=t.getAttribute('data-ref');if(r)return r;t=t.parentNode}return null}\
document.addEventListener('mouseover',function(e){mark(ref(e.target))});\
document.addEventListener('focusin',function(e){mark(ref(e.target))});})();";

/// Text made safe as HTML character data or a quoted attribute value.
pub fn escape(s: &str) -> String {
    xml(s)
}

/// One timeline entry.
fn entry(out: &mut String, it: &Item, when: &str) {
    let _ = write!(
        out,
        r#"<li data-testid="timeline-item" data-value="{}" data-ref="{}" tabindex="0" title="{}"{}><span class="when">{}</span><span>{}</span></li>"#,
        escape(&it.value),
        escape(&it.time),
        escape(&it.value),
        if it.trip { r#" class="trip""# } else { "" },
        escape(when),
        escape(&it.label)
    );
}

/// The timeline as a list: the calendar's items in date order, then the story's days
/// known only in order.
fn timeline(text: &str, a: &Analysis) -> String {
    let all = items(text, a);
    let mut s =
        String::from(r#"<section class="timeline" data-testid="timeline"><h2>Timeline</h2><ol>"#);
    for it in all.iter().filter(|i| i.relative.is_none()) {
        entry(&mut s, it, &it.when);
    }
    for (rank, head) in relative_headings(&all) {
        for it in all.iter().filter(|i| i.relative == Some(rank)) {
            entry(&mut s, it, &head);
        }
    }
    if all.is_empty() {
        s.push_str("<li>No dated events.</li>");
    }
    s.push_str("</ol></section>");
    s
}

/// The route as a numbered list of stops.
fn route(a: &Analysis) -> String {
    let mut s = String::from(r#"<section class="stops"><h2>Route</h2><ol class="route">"#);
    let mut stops: Vec<_> = a.trip.iter().flat_map(|t| t.stops.iter()).collect();
    stops.sort_by_key(|s| s.order);
    for st in &stops {
        let name = a
            .places
            .iter()
            .find(|p| p.id == st.place)
            .map_or(st.place.as_str(), |p| p.name.as_str());
        let when = crate::words::time_of(a, st.time.as_deref())
            .map_or_else(String::new, |w| format!(" · {w}"));
        let _ = write!(
            s,
            r#"<li data-ref="{}" tabindex="0">{}{}</li>"#,
            escape(&st.place),
            escape(name),
            escape(&when)
        );
    }
    if stops.is_empty() {
        s.push_str("<li>No trip found.</li>");
    }
    s.push_str("</ol></section>");
    s
}

/// The article with its mentions highlighted (`data-kind`, `data-ref`).
fn article(text: &str, a: &Analysis) -> String {
    let mut s =
        String::from(r#"<section class="article" data-testid="article-view"><h2>Article</h2><p>"#);
    for p in pieces(text, a) {
        match p.mark {
            Some(m) => {
                let _ = write!(
                    s,
                    r#"<span class="m {}" data-testid="mention" data-kind="{}" data-ref="{}" tabindex="0">{}</span>"#,
                    m.kind.as_str(),
                    m.kind.as_str(),
                    escape(&m.id),
                    escape(&p.text)
                );
            }
            None => s.push_str(&escape(&p.text)),
        }
    }
    s.push_str("</p></section>");
    s
}

/// The self-contained page for article `text` and its (corrected) analysis `a`.
pub fn html(text: &str, a: &Analysis) -> String {
    let title = a.document.title.as_deref().unwrap_or("itinera");
    let mut s = String::with_capacity(text.len() * 3 + 500_000);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\
         <title>{}</title><style>{STYLE}</style></head><body>",
        escape(title)
    );
    let _ = write!(
        s,
        "<header><h1>{}</h1><p>Where the story happens and where its main person travels, as itinera read it.</p></header><main>",
        escape(title)
    );
    let _ = write!(
        s,
        r#"<section class="map"><h2>Map</h2>{}</section>"#,
        map_svg(a)
    );
    s.push_str("<div>");
    s.push_str(&route(a));
    s.push_str(&timeline(text, a));
    s.push_str("</div>");
    s.push_str(&article(text, a));
    let _ = writeln!(
        s,
        "</main><footer>Place data: GeoNames (CC BY 4.0). Basemap: Natural Earth. Made with itinera; this file loads nothing from the network.</footer><script>{SCRIPT}</script></body></html>"
    );
    s
}
