//! A plain table laid out by hand: a header row over a rule, columns as wide as
//! their content until the table would pass the width, then the widest column
//! narrowed and wrapped, again and again. It looks like the comfy-table grids
//! beside it at a fraction of the cost, which matters for the commands people
//! run most (`show`, `diff`).

use std::borrow::Cow;

use super::Style;
use super::escape::escape;
use super::width::columns as columns_of;
use super::wrap::fill_escaped;

/// The narrowest a column is made before the table is let run past the width.
const NARROWEST: usize = 8;

/// `rows` under `header`, fitted to `style.width`. Cells are untrusted text and
/// are escaped.
pub fn columns<S: AsRef<str>>(style: &Style, header: &[&str], rows: &[Vec<S>]) -> String {
    let rows: Vec<Vec<Cow<str>>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| escape(cell.as_ref())).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| columns_of(h)).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(columns_of(cell));
        }
    }
    // Each column has one blank either side.
    let total = |widths: &[usize]| widths.iter().map(|w| w + 2).sum::<usize>();
    while total(&widths) > usize::from(style.width) {
        let (widest, &width) = widths
            .iter()
            .enumerate()
            .max_by_key(|&(i, w)| (*w, std::cmp::Reverse(i)))
            .unwrap();
        if width <= NARROWEST {
            break;
        }
        widths[widest] = width - 1;
    }
    let mut out = String::new();
    let header: Vec<Lines> = header.iter().map(|h| Lines::One(h)).collect();
    line(&mut out, &header, &widths, style.color);
    out.push_str(&"─".repeat(total(&widths)));
    out.push('\n');
    for row in &rows {
        let cells: Vec<Lines> = row
            .iter()
            .zip(&widths)
            .map(|(cell, &width)| match as_is(cell, width) {
                true => Lines::One(cell),
                false => Lines::Many(fill_escaped(cell, width)),
            })
            .collect();
        line(&mut out, &cells, &widths, false);
    }
    out
}

/// Whether `cell` prints unchanged in a column `width` wide: it fits, and
/// folding its whitespace would change nothing (no blank at either end, no two
/// in a row, no other whitespace). One pass, as most cells are printed as is.
fn as_is(cell: &str, width: usize) -> bool {
    let (mut count, mut after_blank, mut ascii) = (0, true, true);
    for c in cell.chars() {
        count += 1;
        ascii &= c.is_ascii();
        if c == ' ' {
            if after_blank {
                return false;
            }
            after_blank = true;
        } else if c.is_whitespace() {
            return false;
        } else {
            after_blank = false;
        }
    }
    // Other text is measured whole, as an emoji and its selector are one.
    let columns = if ascii { count } else { columns_of(cell) };
    columns <= width && (count == 0 || !after_blank)
}

/// A cell's text as it is printed: one line, or the lines it was wrapped into.
enum Lines<'a> {
    One(&'a str),
    Many(String),
}

impl Lines<'_> {
    fn height(&self) -> usize {
        match self {
            Lines::One(_) => 1,
            Lines::Many(lines) => lines.lines().count(),
        }
    }

    /// Line `n`, or nothing below the last.
    fn get(&self, n: usize) -> &str {
        match self {
            Lines::One(line) if n == 0 => line,
            Lines::One(_) => "",
            Lines::Many(lines) => lines.lines().nth(n).unwrap_or(""),
        }
    }
}

/// One row, as many lines as its tallest cell, without trailing blanks; `bold`
/// sets every cell in bold.
fn line(out: &mut String, cells: &[Lines], widths: &[usize], bold: bool) {
    let height = cells.iter().map(Lines::height).max().unwrap_or(1).max(1);
    for n in 0..height {
        // Blanks wait until something follows them, so no line ends in blanks.
        let mut blanks = 0;
        for (cell, width) in cells.iter().zip(widths) {
            blanks += 1;
            let part = cell.get(n);
            if !part.is_empty() {
                pad(out, blanks);
                blanks = 0;
                if bold {
                    out.push_str("\x1b[1m");
                }
                out.push_str(part);
                if bold {
                    out.push_str("\x1b[0m");
                }
            }
            blanks += width.saturating_sub(columns_of(part)) + 1;
        }
        out.push('\n');
    }
}

/// Appends `count` blanks.
fn pad(out: &mut String, mut count: usize) {
    const BLANKS: &str = "                                ";
    while count > 0 {
        let run = count.min(BLANKS.len());
        out.push_str(&BLANKS[..run]);
        count -= run;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fit_their_content_when_there_is_room() {
        let style = Style {
            color: false,
            width: 80,
        };
        let out = columns(
            &style,
            &["K", "TEXT"],
            &[vec!["a", "one two"], vec!["bb", "three"]],
        );
        assert_eq!(out, " K   TEXT\n─────────────\n a   one two\n bb  three\n");
    }

    #[test]
    fn the_widest_column_wraps_first() {
        let style = Style {
            color: false,
            width: 30,
        };
        let out = columns(
            &style,
            &["K", "TEXT", "END"],
            &[vec!["a", "one two three four five six", "x"]],
        );
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.iter().all(|l| l.chars().count() <= 30), "{out}");
        assert_eq!(lines[2], " a  one two three four    x");
        assert_eq!(lines[3], "    five six");
    }

    #[test]
    fn cells_that_fit_print_as_they_are_and_others_are_folded() {
        assert!(as_is("two words", 9) && as_is("", 1));
        assert!(!as_is("two words", 8));
        for folded in [
            " lead",
            "trail ",
            "two  blanks",
            "new\nline",
            "no\u{a0}break",
        ] {
            assert!(!as_is(folded, 40), "{folded:?}");
        }
    }

    #[test]
    fn cells_are_escaped() {
        let style = Style {
            color: false,
            width: 40,
        };
        let out = columns(&style, &["A"], &[vec!["x\u{1b}[2J"]]);
        assert!(out.contains("x\\u{1b}[2J") && !out.contains('\u{1b}'));
    }
}
