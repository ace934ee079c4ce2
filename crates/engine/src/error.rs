//! The engine's one error type.

use std::fmt;

/// What went wrong. The analysis itself never fails; only its options can be wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    InvalidDate(String),
}

impl Error {
    /// A reference date that is not a real `YYYY-MM-DD` date.
    pub fn invalid_date(given: &str) -> Error {
        Error {
            kind: ErrorKind::InvalidDate(given.chars().take(40).collect()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidDate(d) => write!(f, "not a date in the form YYYY-MM-DD: {d:?}"),
        }
    }
}

impl std::error::Error for Error {}
