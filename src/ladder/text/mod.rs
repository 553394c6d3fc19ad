//! `Text`: the strings of a ladder, borrowed from the binary for the built-in
//! ladder and owned for a ladder read from a file.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

pub mod bytes;
mod read;

pub(crate) use self::read::TextVisitor;
pub use self::read::{Plain, with_lasting_scalars, with_scalars};

/// A piece of a ladder's text. The built-in ladder's is borrowed from the
/// binary, so it costs nothing at start-up; a ladder read for a command
/// borrows its from the file's text, kept for the run (see
/// `with_lasting_scalars`), but for values the reader had to rewrite (escapes,
/// block scalars), which it owns, as is all of a ladder read by `validate`.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Text(Cow<'static, str>);

impl Text {
    pub const fn borrowed(text: &'static str) -> Text {
        Text(Cow::Borrowed(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, when it is lent for the whole run rather than owned.
    pub fn lent(&self) -> Option<&'static str> {
        match self.0 {
            Cow::Borrowed(text) => Some(text),
            Cow::Owned(_) => None,
        }
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

// Hashes and compares as its `str`, so maps keyed by `Text` are searched by `&str`.
impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(Cow::Owned(text))
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text(Cow::Owned(text.to_string()))
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == *other.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

/// How names and ids compare when a person types them: surrounding blanks
/// dropped, in lower case, in Unicode NFC (so the composed and decomposed
/// spellings of "Café" are one name). Lookups and the uniqueness rules fold
/// alike, so a lookup can never match two things.
pub fn fold(text: &str) -> String {
    let text = text.trim();
    if text.is_ascii() {
        return ascii_lowercase(text);
    }
    text.to_lowercase().nfc().collect()
}

/// `text` with its ASCII letters in lower case, eight bytes at a time: what
/// `str::to_ascii_lowercase` gives, for the keys names are compared by.
pub fn ascii_lowercase(text: &str) -> String {
    let mut bytes = Vec::with_capacity(text.len());
    ascii_lowercase_into(&mut bytes, text);
    // Only bytes of ASCII letters changed, each to another: still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_ascii_lowercase())
}

/// `text`'s bytes with its ASCII letters in lower case, in place of what
/// `out` held: for a buffer used again and again.
pub fn ascii_lowercase_into(out: &mut Vec<u8>, text: &str) {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    out.clear();
    out.extend_from_slice(text.as_bytes());
    let mut words = out.chunks_exact_mut(8);
    for word in &mut words {
        let x = u64::from_ne_bytes((&*word).try_into().unwrap_or_default());
        // Each byte's low seven bits plus a constant set its high bit from
        // 'A' up and past 'Z', with no carry into the next byte; a byte of
        // 0x80 or above is no letter.
        let low = x & !HIGH;
        let from_a = low.wrapping_add(ONES * u64::from(0x80 - b'A'));
        let past_z = low.wrapping_add(ONES * u64::from(0x7f - b'Z'));
        let upper = from_a & !past_z & !x & HIGH;
        word.copy_from_slice(&(x | (upper >> 2)).to_ne_bytes());
    }
    words.into_remainder().make_ascii_lowercase();
}

/// Whether `text` has nothing to read: only white space and characters that
/// show nothing. The schema's text patterns list the same characters, so
/// that `validate` and the schema agree.
pub fn blank(text: &str) -> bool {
    // Most text starts with a visible ASCII character, and is told at once.
    match text.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => false,
        _ => text.chars().all(shows_nothing),
    }
}

/// Whether `c` shows nothing: white space; the invisible U+FEFF (a byte-order
/// mark, which JSON Schema's `\s` counts as a space though Unicode does not);
/// a soft hyphen, a combining grapheme joiner, zero-width spaces and joiners,
/// direction marks (the Arabic letter mark too) and embeddings, interlinear
/// annotation marks, the word joiner and invisible operators,
/// variation selectors; and the blank letters a name can be made of to look
/// empty (Hangul fillers, the Khmer inherent vowels, the Braille blank).
fn shows_nothing(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff9}'..='\u{fffb}'
        )
}

/// Whether `text` is printable ASCII words with one space between them and
/// none before the first or after the last: text that escaping, folding its
/// white space or wrapping it on a wide enough line leaves as it is.
pub fn single_spaced(text: &str) -> bool {
    let b = text.as_bytes();
    printable_ascii(text)
        && b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !text.contains("  ")
}

/// Whether every byte of `text` is printable ASCII, a space through `~`: text
/// with no line break, control or character a terminal or a YAML writer must
/// treat apart, which is most of a ladder's. Eight bytes at a time.
pub fn printable_ascii(text: &str) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let mut words = text.as_bytes().chunks_exact(8);
    for word in &mut words {
        let x = u64::from_ne_bytes(word.try_into().unwrap_or_default());
        // A byte below 0x20 borrows into its high bit (and only a byte
        // below it can make a higher one do so); one of 0x7f or above has its
        // high bit set once 1 is added, or already.
        let below = x.wrapping_sub(ONES * 0x20) & !x;
        let above = x.wrapping_add(ONES) | x;
        if (below | above) & HIGH != 0 {
            return false;
        }
    }
    words.remainder().iter().all(|&b| (0x20..0x7f).contains(&b))
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_lowercase_is_the_standard_librarys() {
        let pieces = [
            "A", "Z", "@", "[", "`", "{", "a", "z", "\u{c0}", "É", "ß", "\u{7f}", " ",
        ];
        for text in crate::testing::mixes(&pieces, 4000, 24, 5) {
            assert_eq!(
                super::ascii_lowercase(&text),
                text.to_ascii_lowercase(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn printable_ascii_is_a_space_through_a_tilde_everywhere() {
        let pieces = [
            "a", " ", "~", "\u{7f}", "\u{1f}", "\n", "é", "\u{2028}", "Zz09",
        ];
        for text in crate::testing::mixes(&pieces, 4000, 24, 3) {
            let plain = text.bytes().all(|b| (0x20..0x7f).contains(&b));
            assert_eq!(super::printable_ascii(&text), plain, "{text:?}");
        }
    }
}
