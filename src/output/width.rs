//! How many terminal columns text takes: a character of an East Asian wide
//! or fullwidth script, or an emoji, takes two; a combining mark none. Tables
//! and wrapped text are laid out by these counts, as comfy-table lays out its
//! own, so that columns line up whatever the script.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The columns `text` takes; printable ASCII takes one a byte.
pub fn columns(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.width()
    }
}

/// The columns `c` takes.
pub fn char_columns(c: char) -> usize {
    c.width().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_scripts_take_two_columns_and_marks_none() {
        assert_eq!(columns("Lead"), 4);
        assert_eq!(columns("運用エンジニア"), 14);
        assert_eq!(columns("Plan 📅"), 7);
        assert_eq!(columns("Cafe\u{301}"), 4);
        assert_eq!(columns("6–8 → é"), 7);
    }
}
