//! Reading, parsing and checking ladder files, end to end.

use super::check::{check_in, plain_types};
use super::*;
use crate::ladder::Ladder;

#[test]
fn the_built_in_ladder_is_valid() {
    let index = check(&Origin::Builtin, builtin::TEXT).expect("data/ladder.yaml is valid");
    assert!(index.find_level("em").is_some());
}

/// A ladder read for a command borrows its text from the file's, kept for
/// the run; one read for `validate` copies it. Both read the same ladder:
/// here with a quoted, escaped title used again through an alias, a block
/// scalar, and the whole text with LF and with CRLF line ends.
#[test]
fn a_lasting_text_is_borrowed_and_reads_as_a_copied_one() {
    let title = "\ntitle: &t \"Quoted \\u00e9 \\\"x\\\"\" # ";
    let edited = with_summary(
        &builtin::TEXT.replacen("\ntitle: ", title, 1),
        "|\n  Kept\n\n  as written.\n",
    );
    let alias =
        "    summary: Impact through your own technical work, reaching further at each level.\n";
    assert!(edited.contains(alias));
    let edited = edited.replacen(alias, "    summary: *t\n", 1);
    for text in [edited.clone(), edited.replace('\n', "\r\n")] {
        let lasting: &'static str = text.clone().leak();
        let copied = check(&Origin::Builtin, &text).expect("valid");
        let borrowed = check_in(&Origin::Builtin, lasting, Some(lasting)).expect("valid");
        let json = |ladder: &CheckedLadder| serde_json::to_value(ladder.data()).unwrap();
        assert_eq!(json(&copied), json(&borrowed));
        let inside = |piece: &str, whole: &str| {
            let at = (piece.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
            at < whole.len()
        };
        let name = &borrowed.levels()[0].name;
        assert!(inside(name, lasting), "a plain scalar is borrowed");
        assert!(!inside(&copied.levels()[0].name, &text), "and copied");
        let data = borrowed.data();
        assert_eq!(data.title.as_str(), "Quoted é \"x\"");
        assert_eq!(data.summary.as_deref(), Some("Kept\n\nas written.\n"));
        assert_eq!(data.tracks[0].summary.as_deref(), Some("Quoted é \"x\""));
    }
}

/// `text` with its top-level `summary`, a block of indented lines, replaced
/// by `value`.
fn with_summary(text: &str, value: &str) -> String {
    let start = text.find("\nsummary: ").expect("a summary") + 1;
    let mut end = start + text[start..].find('\n').expect("a line") + 1;
    while text[end..].starts_with(' ') {
        end += text[end..].find('\n').expect("a line") + 1;
    }
    format!("{}summary: {value}{}", &text[..start], &text[end..])
}

#[test]
fn the_built_in_ladder_is_data_ladder_yaml_checked() {
    let built = builtin::ladder();
    let checked = check(&Origin::Builtin, builtin::TEXT).expect("data/ladder.yaml is valid");
    let json = |ladder: &Ladder| serde_json::to_value(ladder).unwrap();
    assert_eq!(json(&built.data), json(&checked.data));
    assert_eq!(built.level_keys, checked.level_keys);
    assert_eq!(built.skill_ids, checked.skill_ids);
    assert_eq!(built.track_ids, checked.track_ids);
    assert_eq!(built.source_ids, checked.source_ids);
    assert_eq!(built.edges, checked.edges);
    assert_eq!(built.depth, checked.depth);
}

#[test]
fn invalid_utf8_is_located() {
    let (at, message) = decode(b"schema: 1\ntitle: \xff".to_vec(), "ladder").unwrap_err();
    assert_eq!(at, Position { line: 2, column: 8 });
    assert!(message.contains("0xff"), "{message}");
}

#[test]
fn a_byte_order_mark_is_dropped() {
    assert_eq!(
        decode("\u{feff}schema: 1".as_bytes().to_vec(), "ladder").unwrap(),
        "schema: 1"
    );
}

#[test]
fn type_names_read_as_the_file_format() {
    assert_eq!(
        plain_types("invalid type: sequence, expected struct Ladder"),
        "invalid type: sequence, expected a ladder mapping"
    );
    assert_eq!(
        plain_types("invalid type: string \"x\", expected u32"),
        "invalid type: string \"x\", expected a whole number"
    );
    // Keys in the words the shape check uses.
    assert_eq!(
        plain_types("levels[0]: unknown field `a`, expected one of `id`, `name`"),
        "levels[0]: unknown key 'a'; expected one of: id, name"
    );
    assert_eq!(
        plain_types("levels[0]: missing field `role`"),
        "levels[0]: missing required key 'role'"
    );
}
