//! How many terminal columns text takes: a character of an East Asian wide
//! or fullwidth script, or an emoji, takes two; a combining mark, and the
//! marks of a highlight (which become colour codes or nothing), none. Tables
//! and wrapped text are laid out by these counts, as comfy-table lays out its
//! own, so that columns line up whatever the script.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::wrap::{MARK_END, MARK_START};

/// The columns `text` takes; printable ASCII takes one a byte, and text of
/// the characters `narrow` knows one a character.
#[inline]
pub fn columns(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        unicode_columns(text)
    }
}

fn unicode_columns(text: &str) -> usize {
    let mut count = 0;
    for c in text.chars() {
        if !narrow(c) {
            // The tables, which also know sequences (an emoji and its
            // presentation selector) that take other than their sum; less
            // the highlight's marks, which the tables count one each.
            return (text.width()).saturating_sub(text.matches([MARK_START, MARK_END]).count());
        }
        count += 1;
    }
    count
}

/// The columns `c` takes.
#[inline]
pub fn char_columns(c: char) -> usize {
    if narrow(c) {
        1
    } else if c == MARK_START || c == MARK_END {
        0
    } else {
        c.width().unwrap_or(0)
    }
}

/// Whether `c` is one of the characters ladders use most, which take one
/// column each: printable ASCII and Latin, and the punctuation and arrows of
/// `–`, `—`, `…`, `→`. Told without a look in the tables.
#[inline]
fn narrow(c: char) -> bool {
    let u = u32::from(c);
    if u < 0x300 {
        // Not the controls, nor the soft hyphen, which take none.
        return (0x20..0x7f).contains(&u) || (u >= 0xa0 && u != 0xad);
    }
    matches!(u, 0x2010..=0x2027 | 0x2190..=0x21ff)
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

    #[test]
    fn the_quick_ranges_agree_with_the_tables() {
        let quick = (0x20..=0x7e)
            .chain(0xa0..=0x2ff)
            .chain(0x2010..=0x2027)
            .chain(0x2190..=0x21ff);
        for c in quick.filter_map(char::from_u32) {
            assert_eq!(
                char_columns(c),
                c.width().unwrap_or(0),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }
}
