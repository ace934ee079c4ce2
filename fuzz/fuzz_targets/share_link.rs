//! Fuzzes the share link decoder: any fragment must decode or give a `ShareError`, never
//! panic; whatever decodes must encode and decode back to the same thing.
#![no_main]

use itinera_web::share::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let fragment = String::from_utf8_lossy(data);
    // As typed, and behind the current prefix so the inflater and JSON paths run too.
    for f in [fragment.to_string(), format!("v1.{fragment}")] {
        if let Ok(shared) = decode(&f) {
            assert_eq!(decode(&encode(&shared)).ok(), Some(shared));
        }
    }
});
