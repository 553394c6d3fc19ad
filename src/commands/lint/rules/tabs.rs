//! tab-in-text: a tab within a value, which every layout shows as `\t`. A
//! valid file indents with spaces only; a tab that separates a key from its
//! value, items of a list in brackets, or a value from its comment is no
//! value's, and neither is one in a comment. The lines of a block scalar
//! (`|`, `>`) are text to their end, a ` #` in them included.

use super::{Finding, Place};
use crate::file::quotes::comment_at;

/// Every line's first tab within a value.
pub(super) fn tabs_in_values(text: &str, found: &mut Vec<Finding>) {
    // Most files have none: one search, not a reading of every line.
    if memchr::memchr(b'\t', text.as_bytes()).is_none() {
        return;
    }
    // While in a block scalar: the column its lines are deeper than; and the
    // brackets a flow collection left open at the end of the line before.
    let (mut block, mut depth): (Option<usize>, usize) = (None, 0);
    // A quoted text that runs on from the line before, and its quote.
    let mut quote: Option<char> = None;
    for (n, line) in text.lines().enumerate() {
        let kept = line.trim_end_matches([' ', '\t']);
        let indent = kept.len() - kept.trim_start_matches(' ').len();
        let in_block = block.is_some_and(|b| kept.is_empty() || indent > b);
        if !in_block {
            block = None;
        }
        let tab = match in_block {
            true => kept[indent..].find('\t').map(|t| indent + t),
            false => {
                let (tab, left, open) = tab_in_value(kept, depth, quote);
                (depth, quote) = (left, open);
                tab
            }
        };
        if let Some(tab) = tab {
            found.push(Finding {
                rule: "tab-in-text",
                at: Place::Text {
                    line: n + 1,
                    column: kept[..tab].chars().count() + 1,
                },
                message: "a tab within a value, which a text shows as `\\t`; write a space"
                    .to_string(),
            });
        }
        if !in_block && depth == 0 && quote.is_none() {
            block = opens_block(kept).or(block);
        }
    }
}

/// The column a block scalar's lines must be deeper than, when `line` ends
/// in one's indicator as its whole value (`key: |`, `- >-`, `key:\t|2`):
/// the column of the line's key, past any `- `, or of its dash when the
/// block is the list's item itself.
fn opens_block(line: &str) -> Option<usize> {
    let code = line[..comment_at(line).unwrap_or(line.len())].trim_end_matches([' ', '\t']);
    let code = code.trim_end_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
    let before = code.strip_suffix(['|', '>'])?.trim_end_matches([' ', '\t']);
    if !(before.ends_with(':') || before.ends_with('-') || before.is_empty()) {
        return None;
    }
    // The column of the key, or of the last dash when the block is the item.
    let (mut at, mut dash) = (line.len() - line.trim_start_matches(' ').len(), 0);
    while line[at..].starts_with("- ") {
        dash = at;
        at += 2;
        at += line[at..].len() - line[at..].trim_start_matches([' ', '\t']).len();
    }
    Some(if before.ends_with(':') { at } else { dash })
}

/// The first tab of `line`, outside a block scalar, within a value, with
/// `depth` brackets open from the lines before; and the brackets open at
/// its end. Within a value: inside quotes; anywhere after a value written
/// without quotes has begun (its commas and brackets are text); in brackets,
/// between two characters of one item.
fn tab_in_value(
    line: &str,
    depth: usize,
    quote: Option<char>,
) -> (Option<usize>, usize, Option<char>) {
    // A quoted text running on: its line's leading blanks fold away, and a
    // comment cannot start inside it.
    let full = line;
    let line = match quote {
        Some(_) => line.trim_start_matches([' ', '\t']),
        None => line,
    };
    let skipped = full.len() - line.len();
    let comment = if quote.is_some() {
        None
    } else {
        comment_at(line)
    };
    let code = line[..comment.unwrap_or(line.len())].trim_end_matches([' ', '\t']);
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    // The next character that is no blank, after each: one pass back.
    let mut solid = vec![None; chars.len()];
    for i in (0..chars.len().saturating_sub(1)).rev() {
        let next = chars[i + 1].1;
        solid[i] = if next == ' ' || next == '\t' {
            solid[i + 1]
        } else {
            Some(next)
        };
    }
    let opens = |c: Option<char>| c.is_none_or(|c| c == ' ' || c == '\t');
    // Whether a value may begin here (after a key's colon or an entry's
    // dash), whether a plain one has, the last character, a quote open.
    let (mut depth, mut may, mut plain) = (depth, depth == 0, false);
    let mut last = if depth > 0 { ',' } else { ' ' };
    let mut quote = quote;
    let mut skip = false;
    let mut tab = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let after = chars.get(i + 1).map(|&(_, c)| c);
        if let Some(q) = quote {
            match c {
                _ if skip => skip = false,
                '\\' if q == '"' => skip = true,
                '\'' if q == '\'' && after == Some('\'') => skip = true,
                '\t' => tab = tab.or(Some(at)),
                _ if c == q => quote = None,
                _ => {}
            }
            last = c;
            continue;
        }
        match c {
            '\t' if plain && solid[i].is_some() => tab = tab.or(Some(at)),
            '\t' if depth > 0
                && !matches!(last, ',' | '[' | '{' | ':')
                && solid[i].is_some_and(|n| !matches!(n, ',' | ']' | '}' | ':')) =>
            {
                tab = tab.or(Some(at))
            }
            ' ' | '\t' => {}
            _ if plain => {}
            '"' | '\'' if may || depth > 0 && matches!(last, ',' | '[' | '{' | ':') => {
                quote = Some(c)
            }
            '[' | '{' => depth += 1,
            ']' | '}' => depth = depth.saturating_sub(1),
            '-' if may && opens(after) => {}
            ':' if opens(after) => may = depth == 0,
            // A key, which a `: ` further on ends, is no value.
            _ if may && depth == 0 && !keyed(&code[at..]) => plain = true,
            _ => {}
        }
        if c != ' ' && c != '\t' {
            may = may && matches!(c, '-' | ':') && opens(after);
            last = c;
        }
    }
    // Offsets into the line as given, before its folded blanks.
    let tab = tab.map(|t| t + skipped);
    (tab, if plain { 0 } else { depth }, quote)
}

/// Whether `rest` holds a `:` before a blank or its end: the text up to it
/// is a key, as a value written without quotes cannot hold one so.
fn keyed(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    (bytes.iter().enumerate())
        .any(|(i, &b)| b == b':' && matches!(bytes.get(i + 1), None | Some(b' ' | b'\t')))
}

#[cfg(test)]
mod tests {
    use super::{opens_block, tab_in_value};

    #[test]
    fn a_line_in_brackets_left_open_goes_on_as_their_items() {
        assert_eq!(tab_in_value("next: [tech-lead,", 0, None), (None, 1, None));
        assert_eq!(
            tab_in_value("  staff,\tprincipal]", 1, None),
            (None, 0, None)
        );
        assert_eq!(tab_in_value("  staff\tlead]", 1, None), (Some(7), 0, None));
        // A tab in a quoted item leaves the brackets counted to the end.
        assert_eq!(
            tab_in_value("p: [x, \"a\tb\", y]", 0, None),
            (Some(9), 0, None)
        );
        // A quoted text that runs on: its tabs are text, but its leading
        // blanks fold away.
        assert_eq!(tab_in_value("c: {d: 'one,", 0, None), (None, 1, Some('\'')));
        assert_eq!(
            tab_in_value("  \ttwo,\tthree'}", 1, Some('\'')),
            (Some(7), 0, None)
        );
    }

    #[test]
    fn a_block_scalar_is_its_whole_value() {
        assert_eq!(opens_block("    shift: |"), Some(4));
        assert_eq!(opens_block("  - detail: |-"), Some(4));
        assert_eq!(opens_block("    shift:\t>2"), Some(4));
        assert_eq!(opens_block("    scope: a |"), None);
        assert_eq!(opens_block("  - |"), Some(2));
    }

    #[test]
    fn a_tab_is_in_a_value_only_where_a_layout_would_show_it() {
        for (line, found) in [
            ("scope: pro\tject", Some(10)),
            ("scope: \"pro\tject\"", Some(11)),
            ("scope: project,\tthen more", Some(15)),
            ("scope: a [b]\tc", Some(12)),
            ("- some\ttext", Some(6)),
            ("scope:\t\"project\"", None),
            ("scope\t: project", None),
            ("next: [tech-lead\t, staff]", None),
            ("next: [tech-lead, staff\t]", None),
            ("next: [\"tech-lead\"\t, \"staff\"]", None),
            ("next: [tech\tlead]", Some(11)),
            ("scope: project\t# note", None),
            ("scope: project  # a\tnote", None),
            ("-\titem", None),
            ("scope: \"the \\\"big\\\"\tproject\"", Some(19)),
            ("scope: 'it''s a\tproject'", Some(15)),
        ] {
            assert_eq!(tab_in_value(line, 0, None).0, found, "{line:?}");
        }
    }
}
