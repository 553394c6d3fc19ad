//! The YAML format of a view: block YAML in which every text is a
//! double-quoted scalar escaped as JSON escapes it. A reader of YAML 1.1
//! (PyYAML, say) would take a plain `yes`, `on`, `2026-01-01` or `1_000` for
//! a boolean, a date or a number; quoted, each is read as the text it is, by
//! any YAML reader.

use serde_json::Value;

use super::json_escaped;

/// `value` as a block YAML document, ending with a newline.
pub fn document(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(map) if !map.is_empty() => mapping(&mut out, map, 0),
        Value::Array(list) if !list.is_empty() => sequence(&mut out, list, 0),
        scalar => {
            push_scalar(&mut out, scalar);
            out.push('\n');
        }
    }
    out
}

fn mapping(out: &mut String, map: &serde_json::Map<String, Value>, indent: usize) {
    for (key, value) in map {
        pad(out, indent);
        push_key(out, key);
        out.push(':');
        nested(out, value, indent + 2);
    }
}

fn sequence(out: &mut String, list: &[Value], indent: usize) {
    for value in list {
        pad(out, indent);
        out.push('-');
        match value {
            // A mapping's first key goes on the item's line.
            Value::Object(map) if !map.is_empty() => {
                out.push(' ');
                let mut first = true;
                for (key, value) in map {
                    if !first {
                        pad(out, indent + 2);
                    }
                    first = false;
                    push_key(out, key);
                    out.push(':');
                    nested(out, value, indent + 4);
                }
            }
            _ => nested(out, value, indent + 2),
        }
    }
}

/// A value after its key or dash: a scalar or an empty collection on the
/// same line, a collection on the lines below, `indent` deep.
fn nested(out: &mut String, value: &Value, indent: usize) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            mapping(out, map, indent);
        }
        Value::Array(list) if !list.is_empty() => {
            out.push('\n');
            sequence(out, list, indent);
        }
        scalar => {
            out.push(' ');
            push_scalar(out, scalar);
            out.push('\n');
        }
    }
}

fn push_scalar(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => push_quoted(out, s),
        Value::Array(_) => out.push_str("[]"),
        Value::Object(_) => out.push_str("{}"),
    }
}

/// A text as JSON writes it, which YAML reads as the same text: line breaks
/// YAML would fold (NEL, LS, PS) escaped too.
fn push_quoted(out: &mut String, text: &str) {
    let quoted = serde_json::to_string(text).unwrap_or_default();
    out.push_str(&json_escaped(quoted));
}

/// A key plain when it is a word no YAML reader takes for anything but
/// text, quoted otherwise.
fn push_key(out: &mut String, key: &str) {
    let word = key.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    let special = matches!(
        key,
        "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
    );
    if word && !special {
        out.push_str(key);
    } else {
        push_quoted(out, key);
    }
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_reads_back_as_text() {
        let value = serde_json::json!({
            "title": "2026-01-01",
            "on": "yes",
            "levels": [
                {"id": "a", "scope": "on", "role": "1_000", "skills": [], "coding": null},
                {"id": "b", "name": "Line\u{2028}break \"quoted\"", "next": ["a"], "min": 10}
            ],
            "empty": {}
        });
        let text = document(&value);
        assert_eq!(
            text,
            "title: \"2026-01-01\"\n\"on\": \"yes\"\nlevels:\n  - id: \"a\"\n    scope: \"on\"\n    role: \"1_000\"\n    skills: []\n    coding: null\n  - id: \"b\"\n    name: \"Line\\u2028break \\\"quoted\\\"\"\n    next:\n      - \"a\"\n    min: 10\nempty: {}\n"
        );
        let back: Value = crate::file::yaml::parse(&text).unwrap();
        assert_eq!(back, value);
    }
}
