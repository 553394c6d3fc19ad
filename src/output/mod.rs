//! Output formats: each turns a `Report` into text and does no I/O. JSON and
//! YAML serialize the views; the human formats lay them out through the markup
//! interface, on a terminal or in Markdown; Mermaid and DOT draw the graph.

pub mod anchors;
pub mod breaks;
pub mod color;
pub mod columns;
pub mod dot;
pub mod escape;
mod flank;
pub mod grid;
pub mod html;
pub mod markdown;
pub mod markup;
pub mod mermaid;
pub mod paragraphs;
pub mod svg;
pub mod terminal;
pub mod width;
pub mod wrap;
pub mod yaml;

use std::borrow::Cow;
use std::fmt::Write as _;

use anyhow::bail;

use crate::cli::Format;
use crate::commands::Report;
use crate::ladder::text::bytes;

/// What the human format may assume of the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    pub width: u16,
}

/// `report` in `format`, ending with a newline. A report that is text already
/// is lent as it is: an imported ladder runs to megabytes.
pub fn render<'r>(
    report: &'r Report,
    format: Format,
    style: &Style,
) -> anyhow::Result<Cow<'r, str>> {
    let view = match report {
        Report::Text(text) => return Ok(Cow::Borrowed(text)),
        Report::View(view) => view,
    };
    if let Some(why) = view
        .unanswered()
        .filter(|_| !matches!(format, Format::Json | Format::Yaml))
    {
        bail!("{why}");
    }
    Ok(Cow::Owned(match (format, view.graph()) {
        (Format::Json, _) => {
            let mut text = json_escaped(view.json()?);
            text.push('\n');
            text
        }
        (Format::Yaml, _) => view.yaml()?,
        (Format::Dot, Some(graph)) => dot::render(graph),
        (Format::Svg, Some(graph)) => svg::render(graph, &|id| format!("levels/{id}.html")),
        (Format::Svg, None) => bail!("only `ladder chart` draws the chart"),
        (Format::Mermaid | Format::Table, Some(graph)) => mermaid::render(graph),
        (Format::Mermaid | Format::Dot, None) => bail!("only `ladder graph` draws diagrams"),
        (Format::Table, None) if !view.is_document() => {
            let mut out = terminal::Terminal::new(style);
            view.layout(&mut out);
            out.finish()
        }
        (Format::Table | Format::Markdown, _) => {
            let mut out = markdown::Markdown::new();
            view.layout(&mut out);
            out.finish()
        }
    }))
}

/// JSON with DEL, the C1 controls, the Unicode line and paragraph separators
/// and the noncharacters U+FFFE and U+FFFF written as `\u` escapes too, which serde_json leaves raw: a
/// terminal would act on them, and a YAML reader refuses or folds them, so
/// the output could not be read back as the same ladder. Outside strings JSON
/// has only ASCII punctuation, so every such character is inside a string.
pub(crate) fn json_escaped(text: String) -> String {
    let odd = |c: char| {
        matches!(
            c,
            '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{fffe}' | '\u{ffff}'
        )
    };
    // Found in the UTF-8 bytes, which costs less than decoding every
    // character of a large site's data: U+007F is 7f, U+0080 to U+009F are
    // c2 80 to c2 9f, U+2028 and U+2029 are e2 80 a8 and e2 80 a9.
    let b = text.as_bytes();
    let odd_at = |i: usize| match b[i] {
        0x7f => true,
        0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f)),
        _ => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)),
    };
    // U+FFFE and U+FFFF, which YAML readers (and `ladder`) refuse raw, are
    // ef bf be and ef bf bf.
    let nonchar_at =
        |i: usize| b.get(i + 1) == Some(&0xbf) && matches!(b.get(i + 2), Some(0xbe | 0xbf));
    if !bytes::each3(0x7f, 0xc2, 0xe2, b).any(odd_at) && !bytes::each(0xef, b).any(nonchar_at) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if odd(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::json_escaped;

    #[test]
    fn json_escapes_exactly_del_the_c1_controls_and_the_unicode_separators() {
        let escaped = [
            '\u{7f}', '\u{80}', '\u{9f}', '\u{2028}', '\u{2029}', '\u{fffe}', '\u{ffff}',
        ];
        let kept = [
            '~', '\u{a0}', '\u{2027}', '\u{202a}', '→', '—', 'é', '\u{fffd}', '\u{feff}', '愛',
        ];
        for c in escaped {
            // Alone, at the end after other text, and at the start.
            for text in [c.to_string(), format!("ab{c}"), format!("{c}ab")] {
                let out = json_escaped(text.clone());
                assert!(
                    out.contains(&format!("\\u{:04x}", u32::from(c))) && !out.contains(c),
                    "{text:?} gave {out:?}"
                );
            }
        }
        for c in kept {
            let text = format!("a{c}b{c}");
            assert_eq!(json_escaped(text.clone()), text);
        }
    }
}
