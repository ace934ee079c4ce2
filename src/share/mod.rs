//! The share link: the article, its date and the reader's corrections, packed into a URL
//! fragment; the panel that makes such a link and opens one when the page loads.
//!
//! May use: the corrections' [`model`](crate::corrections::model) (a link carries the
//! list), serde, miniz_oxide and base64, and (panel only) the store. The codec below is
//! plain Rust and tested natively; `panel` is `wasm32` only.
//!
//! A link looks like `https://host/path/#v1.eNrtW…`. The fragment (after `#`) is never
//! sent to a server by a browser, so the article stays on the reader's machine and on
//! whoever opens the link.
//!
//! Layout of the fragment:
//!
//! * `v1.` — the format version. A later format gets a new number; an unknown number is
//!   refused with a message rather than misread.
//! * the rest — [base64url] (RFC 4648 §5, no padding) of a [zlib] stream (RFC 1950:
//!   deflate, then an Adler-32 checksum of the uncompressed bytes) of a small JSON
//!   object `{"t": text, "d": date, "c": [corrections]}`.
//!
//! The zlib trailer is the checksum that catches damage: a link cut short loses the end of
//! the deflate stream and the checksum, a changed character changes the inflated bytes or
//! breaks the stream; either way [`decode`] returns a [`ShareError`], never a wrong
//! article. Inflating is capped at [`MAX_TEXT_BYTES`] so a crafted link cannot exhaust
//! memory.
//!
//! Compression is deflate at miniz_oxide's best level: news prose shrinks to about a
//! third, base64 adds a third back, so a link is about half the article's length (the
//! 5.5 KB seed makes a link of about 2.9 KB of fragment).
//!
//! ```
//! use itinera_web::share::{decode, encode, Shared};
//! let s = Shared { text: "Kerry flew to Sochi.".into(), date: "2015-05-12".into(), corrections: vec![] };
//! let fragment = encode(&s);
//! assert!(fragment.starts_with("v1."));
//! assert_eq!(decode(&fragment).unwrap(), s);
//! assert!(decode(&fragment[..fragment.len() - 3]).is_err());
//! ```
//!
//! [base64url]: https://www.rfc-editor.org/rfc/rfc4648#section-5
//! [zlib]: https://www.rfc-editor.org/rfc/rfc1950

use crate::corrections::model::Correction;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use std::fmt;

#[cfg(target_arch = "wasm32")]
pub mod panel;

/// The version prefix of the current format, with its separator.
pub const PREFIX: &str = "v1.";

/// The most uncompressed bytes a link may carry (16 MiB): more is refused as damaged.
pub const MAX_TEXT_BYTES: usize = 16 << 20;

/// What a link carries: everything needed to show the same view again.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// The article exactly as pasted (offsets in the analysis refer to it).
    #[serde(rename = "t")]
    pub text: String,
    /// The article date field (`YYYY-MM-DD`, or empty).
    #[serde(rename = "d", default)]
    pub date: String,
    /// The reader's corrections, oldest first.
    #[serde(rename = "c", default)]
    pub corrections: Vec<Correction>,
}

/// Why a fragment is not a usable share link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// It does not start with a version prefix at all.
    NotALink,
    /// It was made by a newer (or unknown) format version.
    UnknownVersion(String),
    /// Characters that base64url does not use, or a length no encoding produces.
    BadCharacters,
    /// The compressed data is cut short or its checksum does not match.
    Damaged,
    /// It would inflate past [`MAX_TEXT_BYTES`].
    TooLarge,
    /// It inflates, but not to what a link carries.
    BadContent,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotALink => write!(f, "this is not an itinera share link"),
            ShareError::UnknownVersion(v) => write!(
                f,
                "this link was made by another version of itinera (format {v}) and cannot be read here"
            ),
            ShareError::BadCharacters => write!(
                f,
                "the link contains characters a share link never has; it was probably changed when copied"
            ),
            ShareError::Damaged => write!(
                f,
                "the link is damaged or cut short (its checksum does not match); copy the whole link again"
            ),
            ShareError::TooLarge => write!(f, "the link holds more text than itinera accepts"),
            ShareError::BadContent => write!(f, "the link does not hold an itinera article"),
        }
    }
}

impl std::error::Error for ShareError {}

/// The fragment (without `#`) for `shared`.
pub fn encode(shared: &Shared) -> String {
    // Serialising plain strings and enums cannot fail; fall back to an empty object anyway.
    let json = serde_json::to_vec(shared).unwrap_or_else(|_| b"{\"t\":\"\"}".to_vec());
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, 10);
    let mut out = String::with_capacity(PREFIX.len() + packed.len() * 4 / 3 + 4);
    out.push_str(PREFIX);
    URL_SAFE_NO_PAD.encode_string(&packed, &mut out);
    out
}

/// Reads a fragment made by [`encode`]; a leading `#` is ignored, and so is whitespace a
/// mail program may have wrapped into the link.
pub fn decode(fragment: &str) -> Result<Shared, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let body = match fragment.strip_prefix(PREFIX) {
        Some(b) => b,
        None => return Err(version_error(fragment)),
    };
    let body: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    let packed = URL_SAFE_NO_PAD
        .decode(body.as_bytes())
        .map_err(|_| ShareError::BadCharacters)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_TEXT_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged,
        })?;
    serde_json::from_slice(&json).map_err(|_| ShareError::BadContent)
}

/// The error for a fragment without the current prefix: an unknown `vN.` or no prefix.
fn version_error(fragment: &str) -> ShareError {
    let rest = match fragment.strip_prefix('v') {
        Some(r) => r,
        None => return ShareError::NotALink,
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() && rest[digits.len()..].starts_with('.') {
        ShareError::UnknownVersion(digits)
    } else {
        // "v" or "v1" alone: the prefix itself was cut.
        ShareError::Damaged
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::model::{Correction, Ref};

    const SEED: &str = include_str!("../../static/samples/kerry-sochi.txt");

    fn seed() -> Shared {
        Shared {
            text: SEED.to_string(),
            date: "2015-05-12".into(),
            corrections: vec![Correction::RemovePlace {
                place: Ref::new("p4", "Antalya"),
            }],
        }
    }

    /// A long article made of the seed's sentences in a shifting order (not repetitive
    /// enough for deflate to shrink it to nothing).
    fn long_text(bytes: usize) -> String {
        let sentences: Vec<&str> = SEED.split_inclusive(". ").collect();
        let mut out = String::new();
        let mut i = 0usize;
        while out.len() < bytes {
            out.push_str(sentences[(i * 7 + i / sentences.len()) % sentences.len()]);
            i += 1;
        }
        out
    }

    #[test]
    fn round_trip_seed_with_correction() {
        let s = seed();
        let f = encode(&s);
        assert!(f.starts_with(PREFIX));
        assert!(f[PREFIX.len()..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode(&f), Ok(s.clone()));
        assert_eq!(decode(&format!("#{f}")), Ok(s));
    }

    #[test]
    fn seed_link_is_about_half_the_article() {
        let f = encode(&seed());
        assert!(
            f.len() < SEED.len() * 2 / 3,
            "{} for {}",
            f.len(),
            SEED.len()
        );
    }

    #[test]
    fn twenty_kb_article_fits_a_link() {
        let text = long_text(20_000);
        let f = encode(&Shared {
            text: text.clone(),
            ..Shared::default()
        });
        // Browsers accept fragments far longer; keep well under the common 32 KB bound.
        assert!(f.len() < 16_000, "{}", f.len());
        assert_eq!(decode(&f).map(|s| s.text), Ok(text));
    }

    #[test]
    fn huge_input_round_trips() {
        let text = long_text(1 << 20);
        let s = Shared {
            text,
            ..Shared::default()
        };
        assert_eq!(decode(&encode(&s)), Ok(s));
    }

    #[test]
    fn every_truncation_is_refused() {
        let f = encode(&seed());
        for cut in (1..f.len()).step_by(7).chain(f.len() - 4..f.len()) {
            assert!(decode(&f[..cut]).is_err(), "cut at {cut} decoded");
        }
    }

    #[test]
    fn changed_character_is_refused() {
        let f = encode(&seed());
        for at in [PREFIX.len() + 10, f.len() / 2, f.len() - 2] {
            let mut b = f.clone().into_bytes();
            b[at] = if b[at] == b'A' { b'B' } else { b'A' };
            let g = String::from_utf8(b).unwrap();
            assert!(decode(&g).is_err(), "changed at {at} decoded");
        }
    }

    #[test]
    fn garbage_is_refused_with_a_reason() {
        let cases: &[(&str, ShareError)] = &[
            ("", ShareError::NotALink),
            ("#", ShareError::NotALink),
            ("hello", ShareError::NotALink),
            ("v", ShareError::Damaged),
            ("v1", ShareError::Damaged),
            ("v2.abc", ShareError::UnknownVersion("2".into())),
            ("v1.!!!!", ShareError::BadCharacters),
            ("v1.A", ShareError::BadCharacters),
            ("v1.AAAA", ShareError::Damaged),
            ("v1.<script>alert(1)</script>", ShareError::BadCharacters),
        ];
        for (input, want) in cases {
            assert_eq!(decode(input).as_ref(), Err(want), "{input:?}");
        }
    }

    #[test]
    fn valid_zlib_of_other_json_is_bad_content() {
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(b"[1,2,3]", 6);
        let f = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
        assert_eq!(decode(&f), Err(ShareError::BadContent));
    }

    #[test]
    fn zip_bomb_is_too_large() {
        let zeros = vec![b' '; MAX_TEXT_BYTES + 10];
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 10);
        let f = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
        assert!(f.len() < 100_000);
        assert_eq!(decode(&f), Err(ShareError::TooLarge));
    }

    #[test]
    fn wrapped_link_still_reads() {
        let s = seed();
        let f = encode(&s);
        let wrapped = format!("{}\n  {}", &f[..40], &f[40..]);
        assert_eq!(decode(&wrapped), Ok(s));
    }
}
