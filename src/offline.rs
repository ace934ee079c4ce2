//! Offline use: registers the service worker (`static/sw.js`, copied to the root of
//! `dist/`) that keeps the page's own files, so after one visit the page opens and
//! analyses with the network off. The worker's precache list is written at build time
//! by `scripts/offline-build.mjs`.
//!
//! Registration is relative (`./sw.js`), so the page works from any folder of any static
//! host. Where service workers are unavailable (a `file:` page, an insecure origin, a
//! private window that refuses them) the page simply stays online-only.

use wasm_bindgen::prelude::*;

/// Registers `./sw.js`; failures are reported on the console as a warning, never thrown.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    // Browsers without service workers leave the property undefined.
    if container.is_undefined() {
        return;
    }
    let promise = container.register("./sw.js");
    let warn = Closure::once(|e: JsValue| {
        web_sys::console::warn_2(&"itinera: offline use is unavailable:".into(), &e);
    });
    let _ = promise.catch(&warn);
    warn.forget();
}
