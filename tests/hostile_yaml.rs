//! Hostile YAML: values that are not what they look like, and nesting that
//! would make the YAML reader's cost grow with its square. Each case runs the
//! real binary under a 100 MiB address-space limit.

mod common;

use common::{default_ladder, file, limited, rejects};

/// A value the file format reads as something other than text is not taken as
/// its spelling where text is required; quoted digits are not a number; tags
/// are honoured or refused, never dropped.
#[test]
fn scalars_are_read_as_what_they_are() {
    for (value, expected) in [
        (
            "~",
            "expected text, found null (`~`, `null` or no value); write the text, in quotes if you mean the word",
        ),
        ("null", "expected text, found null"),
        ("", "expected text, found null"),
        (
            "false",
            "expected text, found the boolean false; put the value in quotes",
        ),
        ("0x10", "expected text, found the number 16"),
        (".NaN", "expected text, found the number NaN"),
        ("!custom x", "found a value with a tag"),
        ("!!binary aGk=", "the tag !!binary is not read as it says"),
        ("\"\"", "name must not be empty"),
    ] {
        let text = default_ladder().replacen("name: Senior Engineer", &format!("name: {value}"), 1);
        rejects("scalar.yaml", text.as_bytes(), expected);
    }
    for (pitfall, expected) in [
        ("~", "expected text, found null"),
        ("\"\"", "a pitfall must not be empty"),
    ] {
        let first = "      - Seeing management as the only way up";
        let text = default_ladder().replacen(first, &format!("      - {pitfall}\n{first}"), 1);
        rejects("pitfalls.yaml", text.as_bytes(), expected);
    }
    let whole = |value: &str| {
        default_ladder().replacen("\nschema: 1\n", &format!("\nschema: {value}\n"), 1)
    };
    rejects(
        "quoted.yaml",
        whole("\"1\"").as_bytes(),
        "expected a whole number, found the text \"1\"",
    );
    rejects(
        "tagged.yaml",
        whole("!!str 1").as_bytes(),
        "expected a whole number, found the text \"1\"",
    );
    rejects(
        "decimal.yaml",
        whole("1.5").as_bytes(),
        "expected a whole number, found the number 1.5",
    );
    // A decimal of a whole value is that number, as JSON Schema counts it.
    let path = file("whole-decimal.yaml", whole("1.0").as_bytes());
    limited(&path, &["validate"]).assert().success();
    // Text in quotes, and text the format reads as text, is text.
    let quoted = default_ladder().replacen("name: Senior Engineer", "name: \"false\"", 1);
    let quoted = quoted.replacen("name: Staff Engineer", "name: !!str 0x10", 1);
    let path = file("quoted-text.yaml", quoted.as_bytes());
    limited(&path, &["show", "false"]).assert().success();
    limited(&path, &["show", "0x10"]).assert().success();
}

/// A quote inside a plain scalar, after any indicator character, must not make
/// the nesting guard take the rest of the file for a string and let a deep flow
/// collection after it through to the YAML reader, whose cost grows with the
/// square of the depth. Block scalars and continued lines likewise.
#[test]
fn no_quote_or_block_scalar_lets_deep_nesting_through() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for before in "-?:,[]{}#&*!|>%@`=~ ".chars() {
        for quote in ['\'', '"'] {
            let text = format!("schema: 1\ntitle: x{before}{quote}\nsummary: {deep}\n");
            rejects(
                "quote-bypass.yaml",
                text.as_bytes(),
                "collections nest more than 128 levels deep",
            );
        }
    }
    for text in [
        // libyaml skips a byte-order mark at the start of any line.
        format!("levels:\n\u{feff}- {{\"a\":{deep}}}\n"),
        format!("\u{feff}\u{feff}{{\"levels\":{deep}}}\n"),
        format!("schema: 1\ntitle: |\n  'x\nsummary: {deep}\n"),
        format!("schema: 1\ntitle: text\n  'x\nsummary: {deep}\n"),
        format!("schema: 1\nx:\n- key: |\n  other: {deep}\n"),
    ] {
        rejects(
            "block-bypass.yaml",
            text.as_bytes(),
            "collections nest more than 128 levels deep",
        );
    }
}

#[test]
fn deep_nesting() {
    let flow = format!("title: {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
    rejects(
        "flow.yaml",
        flow.as_bytes(),
        ":1:136: collections nest more than 128 levels deep",
    );
    let maps = format!("title: {}1{}\n", "{a: ".repeat(20_000), "}".repeat(20_000));
    rejects(
        "maps.yaml",
        maps.as_bytes(),
        "collections nest more than 128 levels deep",
    );
    let block = format!("schema: 1\ntitle:\n{}x\n", "- ".repeat(20_000));
    rejects(
        "block.yaml",
        block.as_bytes(),
        ":3:1: title: invalid type: sequence, expected text",
    );
    let anchored = format!(
        "schema: 1\ntitle: &t t\nsummary:\n{}x\n",
        "- ".repeat(20_000)
    );
    rejects(
        "block-anchored.yaml",
        anchored.as_bytes(),
        "collections nest more than 128 levels deep; a ladder file needs only a few",
    );
}

#[test]
fn wrong_types_and_nulls() {
    // Alone, each would come after the keys missing from the document.
    let whole = |value: &str| {
        default_ladder().replacen("\nschema: 1\n", &format!("\nschema: {value}\n"), 1)
    };
    rejects(
        "string.yaml",
        whole("one").as_bytes(),
        ":9: schema: expected a whole number, found the text \"one\"",
    );
    rejects(
        "negative.yaml",
        whole("-1").as_bytes(),
        ":9: schema: -1 is negative; expected a whole number, 0 or more",
    );
    let nulls = default_ladder().replacen("levels:\n", "levels: ~\nx:\n", 1);
    rejects(
        "null-list.yaml",
        nulls.as_bytes(),
        "levels: expected a list, found null",
    );
}

/// Quote characters cost nothing to remember: the reader tells a quoted
/// scalar from a plain one by the byte before it, so a file of them reads
/// within the memory any file of its size may take. Each value stays within
/// the 4 MiB a value may be; together they make a 12 MiB file.
#[test]
fn a_text_of_quote_characters_reads_within_the_memory_limit() {
    let quotes = "'".repeat(2 << 20);
    let text = default_ladder().replacen(
        "\ntitle: Engineering career ladder\n",
        &format!("\ntitle: \"{quotes}\"\n"),
        1,
    );
    let first = "      - Seeing management as the only way up";
    let more = format!("      - \"{quotes}\"\n").repeat(5);
    let text = text.replacen(first, &format!("{more}{first}"), 1);
    assert!(text.len() > 12 << 20);
    let path = file("quotes.yaml", text.as_bytes());
    let out = limited(&path, &["show", "em"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.code().is_some(), "killed: {stderr}");
    assert!(out.status.success(), "{stderr}");
}
