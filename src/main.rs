//! The itinera page: a Yew app compiled to WebAssembly and built by Trunk.
//!
//! Natively this binary does nothing; the page only exists on `wasm32`.

#[cfg(target_arch = "wasm32")]
mod app;

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("itinera-web is the web page; build it with `make serve` (Trunk), not natively.");
}
