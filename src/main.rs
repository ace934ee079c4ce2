//! The itinera page's entry point (see the library, `itinera_web`).
//!
//! Natively this binary does nothing; the page only exists on `wasm32`.

#[cfg(target_arch = "wasm32")]
fn main() {
    itinera_web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("itinera-web is the web page; build it with `make serve` (Trunk), not natively.");
}
