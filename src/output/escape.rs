//! Making untrusted text safe to print: every character that could drive a
//! terminal is shown escaped.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::ladder::text::printable_ascii;

/// `text` with every character that could drive a terminal shown escaped:
/// control characters (C0, DEL, C1) other than newline, and the bidirectional
/// controls that reorder what is shown (U+061C, U+200E–U+200F, U+202A–U+202E,
/// U+2066–U+2069).
pub fn escape(text: &str) -> Cow<'_, str> {
    // Printable ASCII, most text, has nothing to escape: told eight bytes at a time.
    if printable_ascii(text) || !any_needs_escape(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `escape` of a name that goes on one line, a path in a message: a line
/// break in it is shown as `\n` too.
pub fn escape_line(text: &str) -> Cow<'_, str> {
    match escape(text) {
        Cow::Borrowed(text) if !text.contains('\n') => Cow::Borrowed(text),
        escaped => Cow::Owned(escaped.replace('\n', "\\n")),
    }
}

/// Whether `text` holds a character that `needs_escape`, found from its UTF-8
/// bytes without decoding them: every such character is an ASCII control or
/// starts with 0xC2 (C1), 0xD8 (U+061C) or 0xE2 (the U+20xx controls), and in
/// valid UTF-8 those bytes only ever start a character.
pub(crate) fn any_needs_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while let Some(skip) = bytes[i..]
        .iter()
        .position(|&b| b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xd8 || b == 0xe2)
    {
        i += skip;
        let found = match bytes[i] {
            b'\n' => false,
            0xc2 => matches!(at(i + 1), 0x80..=0x9f),
            0xd8 => at(i + 1) == 0x9c,
            0xe2 => matches!(
                (at(i + 1), at(i + 2)),
                (0x80, 0x8e | 0x8f | 0xaa..=0xae) | (0x81, 0xa6..=0xa9)
            ),
            _ => true,
        };
        if found {
            return true;
        }
        i += 1;
    }
    false
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `path` as a word to type in a shell: in single quotes unless it is plain,
/// `./` before one that starts with `-`, control characters shown escaped (so
/// such a name reads, but cannot be pasted as it is).
pub fn shell_word(path: &str) -> String {
    let path = if path.starts_with('-') {
        format!("./{path}")
    } else {
        path.to_string()
    };
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '_' | '-' | ':');
    let path = if path.chars().all(plain) {
        path
    } else {
        format!("'{}'", path.replace('\'', "'\\''"))
    };
    escape_line(&path).into_owned()
}

/// `path` as one shell word (`shell_word`) for a command line to paste, when
/// it can be one: `None` for a name that is not UTF-8 or holds a character
/// the terminal escaper would write otherwise (a control, a bidi mark), which
/// no pasted line would carry as the name has it.
pub fn shell_path(path: &std::path::Path) -> Option<String> {
    let text = path.to_str()?;
    matches!(escape_line(text), Cow::Borrowed(_)).then(|| shell_word(text))
}

/// One `warning:` line on stderr, escaped as all text for a terminal is.
pub fn warn(message: &str) {
    eprintln!("warning: {}", escape(message));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_a_word_to_paste_only_when_a_line_can_carry_it() {
        use std::os::unix::ffi::OsStrExt;
        fn path(bytes: &[u8]) -> &std::path::Path {
            std::path::Path::new(std::ffi::OsStr::from_bytes(bytes))
        }
        assert_eq!(shell_path(path(b"ours.yaml")).as_deref(), Some("ours.yaml"));
        assert_eq!(
            shell_path(path(b"my ladder.yaml")).as_deref(),
            Some("'my ladder.yaml'")
        );
        assert_eq!(shell_path(path(b"-x.yaml")).as_deref(), Some("./-x.yaml"));
        assert_eq!(shell_path(path(b"\xff.yaml")), None);
        assert_eq!(shell_path(path(b"a\x1bb.yaml")), None);
    }

    #[test]
    fn the_byte_scan_finds_exactly_the_characters_to_escape() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(any_needs_escape(&text), needs_escape(c), "{c:?}");
        }
    }

    #[test]
    fn escapes_terminal_controls_and_bidi_overrides() {
        assert_eq!(escape("a\x1b[31mb\x07"), "a\\u{1b}[31mb\\u{7}");
        assert_eq!(escape("x\u{202e}y\u{2066}"), "x\\u{202e}y\\u{2066}");
        assert_eq!(escape("\u{9b}"), "\\u{9b}");
        assert_eq!(escape("tab\there"), "tab\\there");
        assert!(matches!(
            escape("plain – ünïcode ✓\nnext"),
            Cow::Borrowed(_)
        ));
    }
}
