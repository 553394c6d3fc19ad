//! The lean writer: what it leaves out, where a list item's fields go, and
//! ladders read back from it the same.

use crate::commands::import::build::{duty, level};
use crate::file::yaml;
use crate::ladder::model::LintSettings;
use crate::ladder::{CitedRange, Ladder, Link, Text};

fn lean(ladder: &Ladder) -> String {
    let mut out = String::new();
    super::write(&mut out, ladder);
    out
}

/// The built-in ladder, which holds sources, roles, ranges with sources,
/// lateral moves with sources and levels that report to roles.
fn builtin() -> Ladder {
    yaml::parse(include_str!("../../../../data/ladder.yaml")).unwrap()
}

#[test]
fn a_ladder_reads_back_the_same_with_every_field_it_can_hold() {
    let mut full = builtin();
    let l = &mut full.levels[1];
    l.aliases = vec!["an-alias".into()];
    l.summary = Some("A summary: with a colon".into());
    l.shift = Some("- not a list".into());
    l.pitfalls = vec!["one".into(), "two # not a comment".into()];
    l.responsibilities[0].detail = Some("line one\nline two".into());
    l.responsibilities[0].sources = vec!["a-source".into()];
    full.lint = Some(LintSettings {
        allow: vec!["unreachable-level".into()],
    });
    let mut bare = builtin();
    bare.categories = None;
    bare.lint = Some(LintSettings::default());
    for ladder in [builtin(), full, bare] {
        let text = lean(&ladder);
        let back: Ladder = yaml::parse(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
        assert_eq!(
            serde_json::to_value(&back).unwrap(),
            serde_json::to_value(&ladder).unwrap(),
            "{text}"
        );
    }
}

#[test]
fn empty_fields_are_left_out_and_each_item_starts_on_its_dash() {
    let mut l = level("a".into(), "A", "t", "Does: things", "s");
    l.responsibilities = vec![duty("d", "Quotes \" and \\", None)];
    l.coding = Some(CitedRange {
        min: 10,
        max: 20,
        sources: vec![Text::from("x")],
    });
    l.lateral = vec![Link::to("b".into())];
    let ladder = Ladder {
        schema: 1,
        title: "T".into(),
        summary: None,
        sources: Vec::new(),
        roles: Vec::new(),
        categories: Some(Vec::new()),
        tracks: Vec::new(),
        skills: Vec::new(),
        levels: vec![l],
        lint: Some(LintSettings::default()),
    };
    assert_eq!(
        lean(&ladder),
        "schema: 1\ntitle: \"T\"\nskills: []\nlevels:\n  \
         - id: \"a\"\n    name: \"A\"\n    track: \"t\"\n    role: \"Does: things\"\n    scope: \"s\"\n    \
         coding:\n      min: 10\n      max: 20\n      sources:\n        - \"x\"\n    \
         responsibilities:\n      - id: \"d\"\n        name: \"Quotes \\\" and \\\\\"\n    \
         skills: []\n    lateral:\n      - id: \"b\"\nlint: {}\n"
    );
}

#[test]
fn text_is_escaped_where_a_reader_or_a_terminal_would_act_on_it() {
    let mut out = String::new();
    super::push_quoted(
        &mut out,
        "\u{7f}\u{85}\u{2028}\u{1}\u{8}\t\r\n\u{c}\u{fffe}\u{ffff}é\u{a0}",
    );
    assert_eq!(
        out,
        "\"\\u007f\\u0085\\u2028\\u0001\\b\\t\\r\\n\\f\\ufffe\\uffffé\u{a0}\""
    );
}
