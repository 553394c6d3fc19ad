//! Tables laid out by comfy-table, and the measures that decide how: whether a
//! table fits the width at all, and how wide each column of a group of tables
//! is so that they line up.

use super::breaks::no_line_start;
use super::width::columns;
use comfy_table::presets::NOTHING;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, LineStyle, Table, Width};
use unicode_segmentation::UnicodeSegmentation;

use super::Style;
use super::escape::escape;
use super::markup::Line;
use super::terminal::flat;

/// Whether a table fits `width` without breaking a word: each column as wide
/// as its longest word, with a blank either side.
pub fn fits<'a, R: AsRef<[Line<'a>]>>(header: &[&str], rows: &[R], width: usize) -> bool {
    let need: usize = longest_words(header, rows).iter().map(|w| w + 2).sum();
    need <= width
}

/// Whether a group of tables lines up within `width` without breaking a word:
/// the columns in `fit` as wide as their widest cell, the others as wide as
/// their longest word, with a blank either side and one between columns.
pub fn lines_up<'a, R: AsRef<[Line<'a>]>>(
    header: &[&str],
    rows: &[R],
    widest: &[usize],
    fit: &[usize],
    width: usize,
) -> bool {
    let words = longest_words(header, rows);
    let need: usize = (0..header.len())
        .map(|c| if fit.contains(&c) { widest[c] } else { words[c] } + 2)
        .sum();
    need + header.len().saturating_sub(1) <= width
}

/// The length of each column's longest word, over its header and `rows`.
fn longest_words<'a, R: AsRef<[Line<'a>]>>(header: &[&str], rows: &[R]) -> Vec<usize> {
    let longest = |text: &str| text.split_whitespace().map(columns).max().unwrap_or(0);
    (0..header.len())
        .map(|c| {
            let cells = rows
                .iter()
                .filter_map(|row| row.as_ref().get(c))
                .map(|cell| longest(&flat(cell, false)));
            cells.fold(longest(header[c]), usize::max)
        })
        .collect()
}

/// The width of each column's widest cell (or its header), over `rows`.
pub fn widths(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<usize> {
    let mut widths: Vec<usize> = header.iter().map(|h| columns(h)).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(&row) {
            *width = (*width).max(columns(&escape(cell)));
        }
    }
    widths
}

/// Fixes the columns of `table` to the widths its group of tables needs,
/// `peers`, so that each table of the group is as wide as the others: the
/// columns in `fit` as wide as their widest cell in the group, the others too
/// when the width allows; when it does not, the narrow ones keep their width and
/// the wide ones share what is left equally.
fn line_up(table: &mut Table, peers: &[usize], fit: &[usize], width: usize) {
    // comfy-table counts a column's padding, one blank either side, in its
    // width, and sets a blank between two columns.
    let padded = |c: usize| peers[c] + 2;
    let fixed: usize = fit.iter().map(|&c| padded(c)).sum();
    let mut left = width.saturating_sub(fixed + peers.len().saturating_sub(1));
    let mut flexible: Vec<usize> = (0..peers.len()).filter(|c| !fit.contains(c)).collect();
    flexible.sort_by_key(|&c| padded(c));
    let mut widths: Vec<usize> = (0..peers.len()).map(padded).collect();
    for (n, &c) in flexible.iter().enumerate() {
        let share = left / (flexible.len() - n);
        widths[c] = padded(c).min(share);
        left -= widths[c];
    }
    for (c, &columns) in widths.iter().enumerate() {
        let columns = u16::try_from(columns).unwrap_or(u16::MAX);
        if let Some(column) = table.column_mut(c) {
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(columns)));
        }
    }
}

/// `cell` with every word wider than `width` columns broken into lines of
/// `piece` columns: comfy-table's own breaking of such a word costs the
/// square of its length, and no column is wider than the table anyway.
pub fn broken(cell: &str, width: usize, piece: usize) -> String {
    let piece = piece.max(8);
    if cell.len() <= width || !cell.split_whitespace().any(|w| columns(w) > width) {
        return cell.to_string();
    }
    let mut out = String::with_capacity(cell.len() + cell.len() / width + 1);
    for (i, word) in cell.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match columns(word) > width {
            true => cut(&mut out, word, piece, '\n'),
            false => out.push_str(word),
        }
    }
    out
}

/// Appends `word` to `out` in pieces of at most `piece` columns, `between`
/// each two: cut after the piece's last hyphen when it has one inside it
/// (`One-on-` and `ones`), else between what the reader sees as characters,
/// never inside one (an emoji joined by zero-width joiners, a letter and its
/// accent), and never before closing punctuation, which takes the character
/// before it along to the next piece.
pub fn cut(out: &mut String, word: &str, piece: usize, between: char) {
    let (mut used, mut last) = (0, None);
    // Just after the last hyphen inside the piece being made, and the
    // columns up to there.
    let mut hyphen: Option<(usize, usize)> = None;
    for grapheme in word.graphemes(true) {
        let size = columns(grapheme);
        if used > 0 && used + size > piece {
            let closing = last.filter(|&(at, _)| no_line_start(grapheme) && at > 0);
            match (hyphen.take(), closing) {
                (Some((at, upto)), _) => {
                    out.insert(at, between);
                    used -= upto;
                }
                (None, Some((at, before))) => {
                    out.insert(at, between);
                    used = before;
                }
                (None, None) => {
                    out.push(between);
                    used = 0;
                }
            }
        }
        // Where the grapheme starts, unless a cut was just made before it.
        last = (used > 0).then_some((out.len(), size));
        out.push_str(grapheme);
        used += size;
        if grapheme == "-" && used > size {
            hyphen = Some((out.len(), used));
        }
    }
}

/// A table laid out by comfy-table: the columns in `fit` as wide as their
/// content, the others sharing what is left, each line's trailing blanks trimmed.
pub fn grid(
    style: &Style,
    header: &[&str],
    rows: &[Vec<String>],
    fit: &[usize],
    peers: Option<&[usize]>,
) -> String {
    let mut table = Table::new();
    table
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.load_style(NOTHING.header_separator(LineStyle::none().fill('─').junction('─')));
    table.set_header(
        header
            .iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    // A word wider than the table is broken into pieces a column can hold.
    let width = usize::from(style.width);
    let piece = width / header.len().max(1);
    for row in rows {
        let cells = row.iter().map(|cell| broken(&escape(cell), width, piece));
        table.add_row(cells.map(Cell::new));
    }
    match peers {
        None => {
            for &column in fit {
                if let Some(column) = table.column_mut(column) {
                    column.set_constraint(ColumnConstraint::ContentWidth);
                }
            }
        }
        Some(peers) => line_up(&mut table, peers, fit, width),
    }
    let mut out: String = table
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect();
    if out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{broken, cut};

    #[test]
    fn a_cut_never_starts_a_piece_with_closing_punctuation() {
        let mut out = String::new();
        cut(&mut out, "수립합니다.", 10, '\n');
        assert_eq!(out, "수립합니\n다.");
        let mut out = String::new();
        cut(&mut out, "abcdefgh.ijk", 8, ' ');
        assert_eq!(out, "abcdefg h.ijk");
    }

    #[test]
    fn a_cut_goes_after_a_hyphen_inside_the_piece() {
        for (word, piece, cut_at) in [
            ("One-on-ones", 10, "One-on-\nones"),
            ("self-evident-truths", 8, "self-\nevident-\ntruths"),
            // A hyphen that starts the piece leaves it as long as it may be.
            ("-abcdefghij", 8, "-abcdefg\nhij"),
            ("abcdefghijk", 8, "abcdefgh\nijk"),
        ] {
            let mut out = String::new();
            cut(&mut out, word, piece, '\n');
            assert_eq!(out, cut_at, "{word}");
            assert!(out.lines().all(|l| super::columns(l) <= piece), "{out}");
        }
    }

    #[test]
    fn long_words_break_between_characters_as_the_reader_sees_them() {
        // A family emoji is three emoji joined by zero-width joiners; an
        // accent is a character of its own after its letter.
        let family = "👩\u{200d}👩\u{200d}👧";
        let accented = "e\u{301}";
        for unit in [family, accented, "語", "x"] {
            let word = unit.repeat(30);
            let cell = broken(&format!("short {word}"), 10, 8);
            let lines: Vec<&str> = cell.lines().collect();
            assert!(lines.len() > 2, "{cell}");
            assert!(lines[0].starts_with("short "));
            for line in &lines[1..] {
                assert!(super::columns(line) <= 8, "{line:?}");
                assert!(line.trim_start_matches(unit).is_empty(), "{line:?}");
            }
            assert_eq!(cell.replace('\n', ""), format!("short {word}"));
        }
    }
}
