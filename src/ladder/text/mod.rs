//! `Text`: the strings of a ladder, borrowed from the binary for the built-in
//! ladder and owned for a ladder read from a file.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

mod read;

pub(crate) use self::read::TextVisitor;
pub use self::read::{Plain, with_scalars};

/// A piece of a ladder's text. The built-in ladder's is borrowed from the
/// binary, so it costs nothing at start-up; a ladder read from a file owns its.
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
        return text.to_ascii_lowercase();
    }
    text.to_lowercase().nfc().collect()
}
