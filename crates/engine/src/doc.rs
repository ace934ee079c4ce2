//! [`Doc`]: the normalised text with its sentences and tokens, shared by every stage.

use crate::segment::{self, Sentence, Token};
use crate::text::{self, Normalized};
use std::ops::Range;

/// A document ready for the stages. Offsets are byte offsets into [`Doc::text`].
#[derive(Debug, Clone)]
pub struct Doc {
    /// The normalised text and its map to the input.
    pub norm: Normalized,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Tokens in order, over all sentences.
    pub tokens: Vec<Token>,
    /// For each sentence, the range of its tokens in [`Doc::tokens`].
    pub sentence_tokens: Vec<Range<usize>>,
    /// Every token's text lowercased, one after the other (see [`Doc::lower`]): made once
    /// here for all the stages, in one allocation.
    lower: String,
    /// Byte offset in `lower` where each token's lowercased text ends.
    lower_ends: Vec<usize>,
}

impl Doc {
    /// Normalises and segments `input`.
    pub fn new(input: &str) -> Doc {
        let norm = text::normalize(input);
        let sentences = segment::sentences(&norm.text);
        let tokens = segment::tokens(&norm.text, &sentences);
        let mut sentence_tokens = vec![0..0; sentences.len()];
        let mut i = 0;
        for (si, range) in sentence_tokens.iter_mut().enumerate() {
            let start = i;
            while i < tokens.len() && tokens[i].sentence == si {
                i += 1;
            }
            *range = start..i;
        }
        let (lower, lower_ends) = lowercase_tokens(&norm.text, &tokens);
        Doc {
            norm,
            sentences,
            tokens,
            sentence_tokens,
            lower,
            lower_ends,
        }
    }

    /// The text of token `i`, lowercased as [`str::to_lowercase`] does; "" past the end.
    pub fn lower(&self, i: usize) -> &str {
        match self.lower_ends.get(i) {
            Some(&end) => {
                let start = if i == 0 { 0 } else { self.lower_ends[i - 1] };
                &self.lower[start..end]
            }
            None => "",
        }
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// The text of token `i`. Panics past the end.
    pub fn token_text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm.text[t.start..t.end]
    }

    /// The tokens of sentence `si`.
    pub fn tokens_of(&self, si: usize) -> &[Token] {
        &self.tokens[self.sentence_tokens[si].clone()]
    }

    /// The text of sentence `si`.
    pub fn sentence_text(&self, si: usize) -> &str {
        let s = &self.sentences[si];
        &self.norm.text[s.start..s.end]
    }

    /// Index of the sentence that contains byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }

    /// The title: the first line with a capital letter, when it reads like a headline
    /// (under 200 bytes, no final period).
    pub fn title(&self) -> Option<&str> {
        let line = self
            .norm
            .text
            .lines()
            .map(str::trim)
            .find(|l| l.chars().any(char::is_uppercase))?;
        (line.len() < 200 && !line.ends_with('.') && line.split_whitespace().count() >= 2)
            .then_some(line)
    }
}

/// The lowercased texts of `tokens` of `text`, end to end, with where each one ends.
/// ASCII tokens (nearly all of them in English news) are lowercased byte by byte.
fn lowercase_tokens(text: &str, tokens: &[Token]) -> (String, Vec<usize>) {
    let mut lower = String::with_capacity(tokens.iter().map(|t| t.end - t.start).sum());
    let mut ends = Vec::with_capacity(tokens.len());
    for t in tokens {
        let word = &text[t.start..t.end];
        if word.is_ascii() {
            lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            lower.push_str(&word.to_lowercase());
        }
        ends.push(lower.len());
    }
    (lower, ends)
}
