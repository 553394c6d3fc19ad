//! Reading `Text` from a file: strictly, so that a scalar the file format
//! reads as something else is refused with a hint to quote it, and cheaply,
//! as the string the file holds, while the text being read is known.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};

use super::Text;

/// Text is read strictly: a scalar the file format reads as something else
/// (`~`, `null`, `false`, `0x10`, `.NaN`) is not taken as its spelling, but
/// refused with a hint to quote it; so is a custom tag.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        // While a file's scalars are known (see `with_scalars`), a scalar is asked
        // for as a string, which the reader hands over as it is, and judged
        // here; otherwise the reader is asked what it makes of the scalar,
        // which costs trying each one as a number first.
        if KNOWN.with(|k| k.get().is_some()) {
            deserializer.deserialize_str(TextVisitor)
        } else {
            deserializer.deserialize_any(TextVisitor)
        }
    }
}

/// What a scalar written without quotes reads as, by the file format's rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Plain {
    Text,
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    U128(u128),
    I128(i128),
    F64(f64),
}

/// The text a file's scalars are borrowed from while it is read, and how the
/// file format reads a scalar written without quotes.
#[derive(Clone, Copy)]
struct Known {
    start: *const u8,
    len: usize,
    read_plain: fn(&str) -> Plain,
    /// The same text when it lasts for the whole run: then a scalar of it is
    /// borrowed from it rather than copied.
    lasting: Option<&'static str>,
}

thread_local! {
    static KNOWN: std::cell::Cell<Option<Known>> = const { std::cell::Cell::new(None) };
}

/// Runs `read`, which reads `text`, with its scalars known to `Text`: each is
/// taken as the string it is, and one written without quotes is refused when
/// `read_plain` reads it as something else. They are forgotten after, also
/// when `read` panics.
pub fn with_scalars<R>(text: &str, read_plain: fn(&str) -> Plain, read: impl FnOnce() -> R) -> R {
    with_known(text, None, read_plain, read)
}

/// `with_scalars` for a text that lasts for the whole run (leaked on purpose,
/// as a ladder read for a command is kept until it exits): each text scalar
/// that is a slice of it is borrowed from it, which costs no allocation.
pub fn with_lasting_scalars<R>(
    text: &'static str,
    read_plain: fn(&str) -> Plain,
    read: impl FnOnce() -> R,
) -> R {
    with_known(text, Some(text), read_plain, read)
}

fn with_known<R>(
    text: &str,
    lasting: Option<&'static str>,
    read_plain: fn(&str) -> Plain,
    read: impl FnOnce() -> R,
) -> R {
    struct Restore(Option<Known>);
    impl Drop for Restore {
        fn drop(&mut self) {
            KNOWN.with(|k| k.set(self.0));
        }
    }
    let known = Known {
        start: text.as_ptr(),
        len: text.len(),
        read_plain,
        lasting,
    };
    let _restore = Restore(KNOWN.with(|k| k.replace(Some(known))));
    read()
}

/// What the scalar `v`, borrowed from the text being read, reads as: text
/// when quoted, which the byte after it tells; `None` when no text's scalars
/// are known. With it, `v` as a slice of the text when that lasts for the run.
fn plain(v: &str) -> Option<(Plain, Option<&'static str>)> {
    let known = KNOWN.with(std::cell::Cell::get)?;
    let at = (v.as_ptr() as usize).wrapping_sub(known.start as usize);
    if at > known.len {
        // Not from the text being read.
        return Some((Plain::Text, None));
    }
    // The same bytes as `v`, at the same place: `get` is `None` unless they
    // lie within the lasting text, on its character boundaries.
    let lasting = known
        .lasting
        .and_then(|whole| whole.get(at..at.checked_add(v.len())?));
    // SAFETY: `known` was made from a `&str` by `with_known` (for
    // `with_scalars` or `with_lasting_scalars`), which is still running (it
    // restores what was known before it returns, also on a panic), so that
    // text is alive and unchanged while this runs.
    let text = unsafe { std::slice::from_raw_parts(known.start, known.len) };
    let is_quote = |at: usize| matches!(text.get(at), Some(b'"' | b'\''));
    // A quoted scalar's text ends at its closing quote, and a plain one never
    // ends right before a quote. An empty one sits on its closing quote too,
    // after the opening one (`""`) or after an escaped line break (`"\` and
    // a line break); an empty plain one never sits on a quote but between
    // two quoted scalars, where the document is broken anyway.
    let quoted = match v.is_empty() {
        false => is_quote(at + v.len()),
        true if !is_quote(at) => false,
        true => {
            let before = text[..at].iter().rposition(|b| !b" \t\r\n".contains(b));
            let broke =
                before.is_some_and(|b| text[b + 1..at].iter().any(|c| matches!(c, b'\n' | b'\r')));
            match before.map(|b| text[b]) {
                Some(b'\\') => broke && text[at] == b'"',
                Some(quote) => quote == text[at] && before == Some(at - 1),
                None => false,
            }
        }
    };
    let read = if quoted {
        Plain::Text
    } else {
        (known.read_plain)(v)
    };
    Some((read, lasting))
}

/// Reads text, refusing any other scalar with the hint to quote it.
pub(crate) struct TextVisitor;

/// The error for a value that is not text, `found` saying what it is.
fn not_text<E: de::Error>(found: &str) -> E {
    E::custom(format!(
        "expected text, found {found}; put the value in quotes if you mean it as text"
    ))
}

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::from(v))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text, E> {
        let Some((read, lasting)) = plain(v) else {
            return Ok(Text::from(v));
        };
        match read {
            Plain::Text => Ok(lasting.map_or_else(|| Text::from(v), Text::borrowed)),
            Plain::Null => self.visit_unit(),
            Plain::Bool(b) => self.visit_bool(b),
            Plain::U64(n) => self.visit_u64(n),
            Plain::I64(n) => self.visit_i64(n),
            Plain::U128(n) => self.visit_u128(n),
            Plain::I128(n) => self.visit_i128(n),
            Plain::F64(n) => self.visit_f64(n),
        }
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text::from(v))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text, E> {
        Err(not_text(&format!("the boolean {v}")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
        Err(not_text(&format!("the number {v}")))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
        Err(not_text(&format!("the number {v}")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
        Err(not_text(&format!("the number {v}")))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
        Err(E::custom(
            "expected text, found null (`~` or `null`); write the text, or leave out a field that may be left out",
        ))
    }

    fn visit_none<E: de::Error>(self) -> Result<Text, E> {
        self.visit_unit()
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<Text, A::Error> {
        Err(de::Error::custom(
            "expected text, found a value with a tag (`!name`); ladder files use no tags",
        ))
    }
}
