//! Saving an export: a `Blob` behind an object URL clicked as a download link (nothing
//! leaves the page), and the PNG drawn from the map SVG through an image and a canvas.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `bytes` as a file named `name` of type `mime`.
pub fn save(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let blob = blob(text, mime)?;
    save_blob(name, &blob)
}

fn blob(text: &str, mime: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
}

fn save_blob(name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = doc.body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    // Revoke later: the download has to start reading the blob first.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Draws `svg` (of `width` × `height` user units) at `scale` onto a canvas and offers it as
/// a PNG named `name`. The image loads from a `blob:` URL of the page itself.
pub fn save_png(name: &str, svg: &str, width: f64, height: f64, scale: f64) -> Result<(), JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob(svg, "image/svg+xml")?)?;
    let img = web_sys::HtmlImageElement::new()?;
    let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    canvas.set_width((width * scale) as u32);
    canvas.set_height((height * scale) as u32);
    let name = name.to_string();
    let (img2, url2) = (img.clone(), url.clone());
    let onload = Closure::once(move || {
        let _ = web_sys::Url::revoke_object_url(&url2);
        let draw = || -> Result<(), JsValue> {
            let ctx: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")?
                .ok_or("no 2d context")?
                .dyn_into()?;
            ctx.scale(scale, scale)?;
            ctx.draw_image_with_html_image_element(&img2, 0.0, 0.0)?;
            let done = Closure::once(move |b: Option<web_sys::Blob>| {
                if let Some(b) = b {
                    let _ = save_blob(&name, &b);
                }
            });
            canvas.to_blob(done.as_ref().unchecked_ref())?;
            done.forget();
            Ok(())
        };
        if let Err(e) = draw() {
            web_sys::console::error_1(&e);
        }
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&url);
    Ok(())
}
