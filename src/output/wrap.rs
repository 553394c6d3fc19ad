//! Wrapping text for a terminal: paragraphs broken at the width, with indents,
//! and highlights that survive the wrapping.

use super::breaks::pieces;
use super::escape::{any_needs_escape, escape};
use super::width::{char_columns, columns};
use crate::ladder::text::single_spaced;

/// `text` escaped, with its whitespace folded, broken into lines of at most
/// `width` columns, each starting with `indent`. A word longer than a line
/// stands alone on its line; a run of Chinese or Japanese breaks between its
/// characters (`breaks`).
pub fn wrap(text: &str, width: u16, indent: &str) -> String {
    hang(text, width, indent, indent)
}

/// Like `wrap`, with the first line indented by `first` and the others by `rest`.
pub fn hang(text: &str, width: u16, first: &str, rest: &str) -> String {
    let mut out = String::new();
    hang_onto(&mut out, text, width, first, rest);
    out
}

/// `hang`, appended to `out`.
pub fn hang_onto(out: &mut String, text: &str, width: u16, first: &str, rest: &str) {
    let start = out.len();
    out.push_str(first);
    if !flow(out, text, room(width, first), rest, room(width, rest)) {
        out.truncate(start);
    }
}

/// Appends `prefix`, then `text` wrapped as by `hang`, its later lines indented
/// by `rest`; `prefix` takes as many columns as `rest` (colour codes aside). An
/// empty `text` leaves `prefix` alone on its line.
pub fn hang_after(out: &mut String, prefix: &str, text: &str, width: u16, rest: &str) {
    out.push_str(prefix);
    if !flow(out, text, room(width, rest), rest, room(width, rest)) {
        out.push('\n');
    }
}

/// How many characters of text fit on a line of `width` after an indent: never
/// fewer than 10, however deep the indent.
pub fn room(width: u16, indent: &str) -> usize {
    usize::from(width).saturating_sub(columns(indent)).max(10)
}

/// Appends the words of `text`, escaped, to `out`: `first_room` characters on
/// the line `out` ends with, `rest_room` on each later line, which starts with
/// `rest`. Ends with a newline; false, with nothing appended, when `text` has no
/// word.
fn flow(out: &mut String, text: &str, first_room: usize, rest: &str, rest_room: usize) -> bool {
    // Most text is a short run of plain words that fits its line as it is.
    if fits_whole(text, first_room) {
        out.push_str(text);
        out.push('\n');
        return true;
    }
    let text = escape(text);
    out.reserve(text.len() + 1);
    let rooms = (first_room, rest, rest_room);
    if text.is_ascii() {
        // Escaped ASCII text has no whitespace but blanks and newlines, and a
        // word takes as many columns as it has bytes.
        place(
            out,
            text.split_ascii_whitespace().map(|w| (w, w.len(), false)),
            rooms,
        )
    } else {
        place(out, pieces_of(&text), rooms)
    }
}

/// The pieces of each word of `text` (`breaks::pieces`), with the columns
/// each takes and whether it goes on from the piece before without a blank.
fn pieces_of(text: &str) -> impl Iterator<Item = (&str, usize, bool)> {
    text.split_whitespace()
        .flat_map(|word| (pieces(word).enumerate()).map(|(n, (piece, size))| (piece, size, n > 0)))
}

/// Whether `text` is words one space apart with nothing to escape, in at
/// most `room` characters: text that `flow` places as it is. Printable ASCII
/// is told by its bytes; other text is counted up to the room.
fn fits_whole(text: &str, room: usize) -> bool {
    if text.is_empty() {
        return false;
    }
    if text.len() <= room && single_spaced(text) {
        return true;
    }
    if text.is_ascii() || text.starts_with(' ') || text.ends_with(' ') {
        return false;
    }
    // The characters' widths summed are at most the text's (an emoji and its
    // selector take more together); text with wide characters is measured
    // whole at the end.
    let (mut width, mut space_before, mut wide) = (0, false, false);
    for c in text.chars() {
        let space = c == ' ';
        let size = char_columns(c);
        wide |= size != 1;
        width += size;
        if width > room || (space && space_before) || (!space && c.is_whitespace()) {
            return false;
        }
        space_before = space;
    }
    !any_needs_escape(text) && (!wide || columns(text) <= room)
}

/// Appends `words`, each with the columns it takes and whether it goes on
/// from the word before without a blank, as `flow` describes.
fn place<'a>(
    out: &mut String,
    words: impl Iterator<Item = (&'a str, usize, bool)>,
    (first_room, rest, rest_room): (usize, &str, usize),
) -> bool {
    let (mut room, mut used) = (first_room, 0);
    for (word, size, joined) in words {
        let blank = usize::from(used > 0 && !joined);
        if used > 0 && used + blank + size > room {
            out.push('\n');
            out.push_str(rest);
            (room, used) = (rest_room, 0);
        } else if blank > 0 {
            out.push(' ');
            used += 1;
        }
        out.push_str(word);
        used += size;
    }
    if used > 0 {
        out.push('\n');
    }
    used > 0
}

/// `text`, escaped already, with its whitespace folded, broken into lines of at
/// most `width` characters, each ending with a newline; a longer word stands
/// alone on its line.
pub fn fill_escaped(text: &str, width: usize) -> String {
    let mut out = String::new();
    // Escaping escaped text changes nothing, so `flow` may escape it again.
    flow(&mut out, text, width.max(1), "", width.max(1));
    out
}

/// Marks that stand around a highlighted part of a text until it is wrapped.
pub const MARK_START: char = '\u{e000}';
pub const MARK_END: char = '\u{e001}';

/// `text` with each of `ranges` (byte ranges, in order) between the marks. Marks
/// already in `text` become U+FFFD, so a ladder file cannot forge a highlight.
pub fn mark(text: &str, ranges: impl IntoIterator<Item = (usize, usize)>) -> String {
    let clean = |part: &str| part.replace([MARK_START, MARK_END], "\u{fffd}");
    let (mut out, mut at) = (String::with_capacity(text.len() + 8), 0);
    for (start, end) in ranges {
        out.push_str(&clean(&text[at..start]));
        out.push(MARK_START);
        out.push_str(&clean(&text[start..end]));
        out.push(MARK_END);
        at = end;
    }
    out.push_str(&clean(&text[at..]));
    out
}

/// Marked text with its marks turned into `start` and `end`.
pub fn unmark(text: &str, start: &str, end: &str) -> String {
    text.replace(MARK_START, start).replace(MARK_END, end)
}

/// A section heading, bold when colour is on: one line, so a line break in
/// its text is shown as a blank.
pub fn heading(text: &str, color: bool) -> String {
    let mut out = String::new();
    heading_onto(&mut out, text, color);
    out
}

/// `heading`, appended to `out`.
pub fn heading_onto(out: &mut String, text: &str, color: bool) {
    let mut text = escape(text);
    if text.contains('\n') {
        text = text.replace('\n', " ").into();
    }
    if color {
        out.push_str("\x1b[1m");
    }
    out.push_str(&text);
    if color {
        out.push_str("\x1b[0m");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_text_flows_as_any_text_does() {
        let texts = [
            "a\tb  c\nd",
            "x\x0by\x0cz\r end",
            "  lead and trail  ",
            "a-word-longer-than-a-line then short ones",
            "",
        ];
        for text in texts {
            let mut quick = String::new();
            let quick_placed = flow(&mut quick, text, 10, "  ", 8);
            let escaped = escape(text);
            let words = escaped.split_whitespace().map(|w| (w, columns(w), false));
            let mut general = String::new();
            let general_placed = place(&mut general, words, (10, "  ", 8));
            assert_eq!((quick, quick_placed), (general, general_placed), "{text:?}");
        }
    }

    #[test]
    fn runs_of_chinese_and_japanese_break_between_characters() {
        let text = "エンジニアリングマネージャーはチームの成果に責任を持ちます。（技術的な判断は、テックリードと共有します）";
        for width in 12..40 {
            let wrapped = wrap(text, width, "  ");
            assert!(wrapped.lines().count() > 1, "{wrapped}");
            for line in wrapped.lines() {
                assert!(columns(line) <= usize::from(width), "{line:?} at {width}");
                let first = line.trim_start().chars().next().unwrap_or(' ');
                assert!(!"。、）ー".contains(first), "{line:?} at {width}");
                assert!(!line.ends_with('（'), "{line:?} at {width}");
            }
            // Nothing is lost, and no blank is put between the characters.
            assert_eq!(wrapped.replace("\n  ", "").trim(), text);
        }
        // Words of other scripts around them still part at blanks only.
        let mixed = hang("Own the 採用プロセス end to end", 14, "", "");
        assert_eq!(mixed, "Own the 採用プ\nロセス end to\nend\n");
    }

    #[test]
    fn plain_words_placed_whole_flow_as_split_words_do() {
        // Words joined by single spaces, of every length around the room; a
        // trailing blank sends the same words the general way.
        let long = format!("{} ", "x".repeat(30));
        let words = ["a ", "bc ", "word ", &long];
        // And words of other characters, some of which escape or separate.
        let wide = [
            "é ",
            "→ ",
            "a→b ",
            "x\u{a0}y ",
            "\u{2003}",
            "\u{85}",
            "\u{202e}",
            "\u{3000}",
            "\t",
            "日本 ",
            "c ",
        ];
        let mixes = crate::testing::mixes(&words, 3000, 8, 9)
            .chain(crate::testing::mixes(&wide, 3000, 8, 10));
        for text in mixes {
            let text = text.trim_end();
            for width in (8..24).chain([80]) {
                let placed = hang(text, width, "", "");
                let general = hang(&format!("{text} "), width, "", "");
                assert_eq!(placed, general, "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn wraps_at_the_width_with_an_indent() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let wrapped = wrap(text, 24, "  ");
        assert!(
            wrapped
                .lines()
                .all(|l| l.chars().count() <= 24 && l.starts_with("  ")),
            "{wrapped}"
        );
        assert_eq!(wrapped.split_whitespace().count(), 12);
        let hung = hang(text, 24, "- ", "    ");
        assert!(
            hung.starts_with("- one") && hung.lines().skip(1).all(|l| l.starts_with("    ")),
            "{hung}"
        );
    }

    #[test]
    fn marks_cannot_be_forged() {
        let marked = mark("a\u{e000}b cd", [(6, 8)]);
        assert_eq!(unmark(&marked, "[", "]"), "a\u{fffd}b [cd]");
    }
}
