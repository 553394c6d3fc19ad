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
    // While in a block scalar: the indentation its lines are deeper than.
    let mut block: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let kept = line.trim_end_matches([' ', '\t']);
        let indent = kept.len() - kept.trim_start_matches(' ').len();
        let in_block = block.is_some_and(|b| kept.is_empty() || indent > b);
        if !in_block {
            block = None;
        }
        let tab = match in_block {
            true => kept[indent..].find('\t').map(|t| indent + t),
            false => tab_in_value(kept),
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
        if !in_block && opens_block(kept) {
            block = Some(indent);
        }
    }
}

/// Whether `line` ends in a block scalar's indicator (`key: |`, `- >-`).
fn opens_block(line: &str) -> bool {
    let code = line[..comment_at(line).unwrap_or(line.len())].trim_end();
    let code = code.trim_end_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
    (code.ends_with(" |") || code.ends_with(" >")) && !code.trim_start().starts_with('#')
}

/// The first tab of `line`, outside a block scalar, within a value: inside
/// quotes; anywhere after a value written without quotes has begun (its
/// commas and brackets are text); in brackets, between two characters of
/// one item.
fn tab_in_value(line: &str) -> Option<usize> {
    if !line.contains('\t') {
        return None;
    }
    let code = line[..comment_at(line).unwrap_or(line.len())].trim_end_matches([' ', '\t']);
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let next_solid = |i: usize| {
        (chars[i + 1..].iter())
            .map(|&(_, c)| c)
            .find(|&c| c != ' ' && c != '\t')
    };
    let opens = |c: Option<char>| c.is_none_or(|c| c == ' ' || c == '\t');
    // Whether a value may begin here (after a key's colon or an entry's
    // dash), whether a plain one has, the brackets open, the last character.
    let (mut may, mut plain, mut depth, mut last) = (true, false, 0usize, ' ');
    let mut quote: Option<char> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let after = chars.get(i + 1).map(|&(_, c)| c);
        if let Some(q) = quote {
            match c {
                '\t' => return Some(at),
                _ if c == q => quote = None,
                _ => {}
            }
            last = c;
            continue;
        }
        match c {
            '\t' if plain && next_solid(i).is_some() => return Some(at),
            '\t' if depth > 0
                && !matches!(last, ',' | '[' | '{' | ':')
                && next_solid(i).is_some_and(|n| !matches!(n, ',' | ']' | '}' | ':')) =>
            {
                return Some(at);
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
    None
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
    use super::tab_in_value;

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
        ] {
            assert_eq!(tab_in_value(line), found, "{line:?}");
        }
    }
}
