//! How the shape check compares a value with a schema, and how its messages
//! say what was expected and what was found.

use serde_json::Value;

use super::super::tree::Tree;
use crate::ladder::model::whole_float;

/// Whether `value` is the scalar `expected`.
pub(super) fn same(expected: &Value, value: &Tree) -> bool {
    match (expected, value) {
        (Value::Number(n), Tree::Int(_) | Tree::Float(_)) => n
            .as_i64()
            .map(i128::from)
            .is_some_and(|n| whole(value) == Some(n)),
        (Value::String(s), Tree::Text(v)) => s == v,
        (Value::Bool(b), Tree::Bool(v)) => b == v,
        (Value::Null, Tree::Null) => true,
        _ => false,
    }
}

/// Whether `value` is of a `type` the schema allows (any, when it names none).
pub(super) fn fits(schema: &Value, value: &Tree) -> bool {
    let kinds: Vec<&str> = match schema.get("type") {
        Some(Value::String(kind)) => vec![kind],
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).collect(),
        _ => return true,
    };
    kinds.iter().any(|&kind| {
        (kind == "integer" && whole(value).is_some())
            || matches!(
                (kind, value),
                ("null", Tree::Null)
                    | ("boolean", Tree::Bool(_))
                    | ("integer", Tree::Int(_))
                    | ("number", Tree::Int(_) | Tree::Float(_))
                    | ("string", Tree::Text(_))
                    | ("array", Tree::List(_))
                    | ("object", Tree::Map(_))
            )
    })
}

/// `value` as a whole number, when it is one: JSON Schema counts `90.0` an
/// integer, and so does the model (`whole_float`).
pub(super) fn whole(value: &Tree) -> Option<i128> {
    match *value {
        Tree::Int(n) => Some(n),
        // One too large for a decimal to hold exactly is still whole, and
        // as large as it gets: it is told as too large.
        Tree::Float(n) if n.is_finite() && n.fract() == 0.0 => {
            Some(whole_float(n).map_or(n as i128, i128::from))
        }
        _ => None,
    }
}

/// A number as the file has it: a whole number as its digits, a decimal
/// beyond what a decimal holds exactly in exponent form (`1e300`, not 301
/// digits).
pub(super) fn number(value: &Tree) -> String {
    match *value {
        Tree::Float(n) if n.abs() >= 1e15 => format!("{n:e}"),
        Tree::Float(n) => format!("{n}"),
        Tree::Int(n) => n.to_string(),
        _ => String::new(),
    }
}

/// The one type a schema asks for, besides null when the value may be left
/// out (`["string", "null"]` asks for a string).
fn one_type(schema: &Value) -> Option<&str> {
    match schema.get("type")? {
        Value::String(kind) => Some(kind),
        Value::Array(kinds) => match kinds
            .iter()
            .filter(|k| k.as_str() != Some("null"))
            .collect::<Vec<_>>()[..]
        {
            [one] => one.as_str(),
            _ => None,
        },
        _ => None,
    }
}

/// What a schema asks for, in words: its title, or its type, with an example.
pub(super) fn describe(schema: &Value) -> String {
    let mut words = match schema.get("title").and_then(Value::as_str) {
        Some(title) => title.to_string(),
        None => match one_type(schema) {
            Some("string") => "text".to_string(),
            Some("integer") => "a whole number".to_string(),
            Some("array") => "a list".to_string(),
            Some("object") => "a mapping".to_string(),
            _ => "another value".to_string(),
        },
    };
    // A titled form (a range) is shown by example; a plain type needs none.
    if let Some(example) = schema
        .get("title")
        .and(schema.get("examples"))
        .and_then(|e| e.get(0))
    {
        words.push_str(&format!(" like {}", flow(example)));
    }
    words
}

/// What was found instead, with the fix when the fix is quoting or unquoting.
pub(super) fn found(value: &Tree, schema: &Value) -> String {
    let wants = |kind: &str| one_type(schema) == Some(kind);
    let quote = if wants("string") {
        "; put the value in quotes"
    } else {
        ""
    };
    match value {
        // Text left empty, or the word itself: either way, the text goes there.
        Tree::Null if wants("string") => {
            "null (`~`, `null` or no value); write the text, in quotes if you mean the word"
                .to_string()
        }
        Tree::Null => "null".to_string(),
        Tree::Bool(b) => format!("the boolean {b}{quote}"),
        Tree::Int(n) => format!("the number {n}{quote}"),
        Tree::Float(n) if n.is_nan() => format!("the number NaN{quote}"),
        Tree::Float(_) => format!("the number {}{quote}", number(value)),
        // A number too large for a decimal (`1e400`) is read as text.
        Tree::Text(s) if wants("integer") && crate::ladder::model::past_decimals(s) => {
            format!(
                "the text \"{}\", a number past what a decimal holds",
                clip(s)
            )
        }
        Tree::Text(s)
            if wants("integer")
                && s.bytes().any(|b| b.is_ascii_digit())
                && s.trim().parse::<f64>().is_ok() =>
        {
            format!("the text \"{s}\"; write the number without quotes")
        }
        Tree::Text(s) => format!("the text \"{}\"", clip(s)),
        Tree::List(_) => "a list".to_string(),
        // Text with a colon and a space in it, written without quotes, reads
        // as a key and its value: `[Wrote RFC: queues]`.
        Tree::Map(pairs) if wants("string") && pairs.len() == 1 => {
            "a mapping; if this is text, a colon and a space in it start a key: put it in quotes"
                .to_string()
        }
        Tree::Map(_) => "a mapping".to_string(),
        Tree::Tagged => "a value with a tag; ladder files use no tags".to_string(),
    }
}

/// A key that must be there and is not: what it holds, and an example.
pub(super) fn missing(key: &str, property: &Value) -> String {
    let mut message = format!("missing required key '{key}'");
    if let Some(about) = property.get("description").and_then(Value::as_str) {
        let about = about.trim_end_matches('.');
        let mut chars = about.chars();
        let about: String = chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default();
        message.push_str(&format!(" ({about}"));
        if let Some(example) = property.get("examples").and_then(|e| e.get(0)) {
            message.push_str(&format!("; write {key}: {}", flow(example)));
        }
        message.push(')');
    }
    message
}

/// A value as YAML's flow style writes it: `{min: 90, max: 100}`.
pub(super) fn flow(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(flow).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(map) => {
            let pairs: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{k}: {}", flow(v)))
                .collect();
            format!("{{{}}}", pairs.join(", "))
        }
        other => other.to_string(),
    }
}

/// Long text cut for a message.
fn clip(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}
