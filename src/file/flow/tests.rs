//! The quick scan against libyaml's scanner: where the quick scan is sure, it
//! must find the depth libyaml finds.

use super::scan::{Scan, Verdict};
use super::*;

/// A flow nesting of `n` levels.
fn bomb(n: usize) -> String {
    format!("{}{}", "[".repeat(n), "]".repeat(n))
}

#[test]
fn flow_nesting_beyond_the_limit_is_found() {
    let deep = format!("a: {}", bomb(MAX_NESTING + 1));
    assert_eq!(too_deep(&deep), Some(3 + MAX_NESTING));
    let fine = format!(
        "a: {}{}",
        "{b: ".repeat(MAX_NESTING),
        "}".repeat(MAX_NESTING)
    );
    assert_eq!(too_deep(&fine), None);
    // The limit's worth of brackets is within it, one more may not be.
    assert_eq!(deeper_than(&bomb(4), 4), None);
    assert_eq!(deeper_than(&bomb(5), 4), Some(4));
    assert_eq!(deeper_than(&format!("# [\n{}", bomb(4)), 4), None);
    assert_eq!(deeper_than(&format!("\"[\"\n{}", bomb(4)), 4), None);
}

#[test]
fn brackets_in_quotes_and_comments_do_not_count() {
    let quoted = format!(
        "a: \"{}\"\nb: '{}'\n# {}\n",
        "[".repeat(500),
        "{".repeat(500),
        "[".repeat(500)
    );
    assert_eq!(too_deep(&quoted), None);
    let escaped = format!("a: \"x\\\" {}\"", "[".repeat(500));
    assert_eq!(too_deep(&escaped), None);
    // An apostrophe inside a plain scalar does not start a quote.
    let apostrophe = format!("a: team's\nb: {}", "[".repeat(500));
    assert!(too_deep(&apostrophe).is_some());
}

/// Every character that can stand before a quote inside a plain scalar, and
/// before a quote after a blank: the scan must not take the rest of the file
/// for a quoted string and miss the nesting after it.
#[test]
fn no_character_before_a_quote_hides_the_nesting_after_it() {
    let deep = bomb(MAX_NESTING + 1);
    for indicator in "-?:,[]{}#&*!|>%@`'\"=~ ab".chars() {
        for quote in ['\'', '"'] {
            for text in [
                format!("title: x{indicator}{quote}\nb: {deep}\n"),
                format!("title: x {indicator}{quote}\nb: {deep}\n"),
                format!("title: x{indicator} {quote}\nb: {deep}\n"),
                format!("- x{indicator}{quote}\n- {deep}\n"),
            ] {
                assert_eq!(
                    too_deep(&text),
                    scanned_depth(&text, MAX_NESTING),
                    "{text:?}"
                );
            }
        }
    }
}

#[test]
fn block_scalars_and_continued_lines_hide_nothing() {
    let deep = bomb(MAX_NESTING + 1);
    for text in [
        format!("a: |\n  'x\nb: {deep}\n"),
        format!("- key: |\n  other: {deep}\n"),
        format!("- key: >-\n    'x\n  other: {deep}\n"),
        format!("a: |2\n    'x\n  \"y\nb: {deep}\n"),
        format!("a: text\n  'x\nb: {deep}\n"),
        format!("a:\n  - text\n    'x\n  - {deep}\n"),
        format!("a: [x\n  'y, {deep}]\n"),
        format!("a: [\"]]]\", [\"]]]\", {deep}]]\n"),
        format!("a: [x 'y, 'z]]]]', {deep}]\n"),
        format!("a: [!t]]] {deep}]\n"),
        format!("a: [x,#]]]\n {deep}]\n"),
    ] {
        // Where libyaml stops at an error first, the scan may find more.
        let (exact, errored) = libyaml_depth(&text, MAX_NESTING);
        if errored && exact.is_none() {
            continue;
        }
        assert_eq!(too_deep(&text), exact, "{text:?}");
    }
}

/// Texts made of YAML's punctuation, blanks, breaks and quotes, every one of
/// up to four pieces, through both: where the quick scan is sure, its answer
/// for a limit of two is libyaml's, unless libyaml stops at an error first
/// (then the quick scan may find more, never less).
/// The quick scan's verdict, which must be the same whether simple lines are
/// passed a line at a time or token by token.
fn by_lines_and_tokens(text: &str, limit: usize) -> Verdict {
    let by_lines = Scan::new(text.as_bytes(), limit).run();
    let mut by_tokens = Scan::new(text.as_bytes(), limit);
    by_tokens.lines = false;
    assert_eq!(by_lines, by_tokens.run(), "{text:?}");
    by_lines
}

/// Lines of the kinds the line-at-a-time way passes, and lines just short of
/// them, each after lines that leave the scan in different states.
#[test]
fn simple_lines_are_passed_as_token_by_token() {
    const LINES: [&str; 24] = [
        "a: b",
        "- a: b c",
        "  - a:",
        "a:",
        "- - x",
        "k: [a, b]",
        "k: [a]",
        "k: []",
        "  x y",
        "k: v: w",
        "k: v:",
        "k:\tv",
        "k: a#b",
        "k: a #b",
        "k: [a, [b]]",
        "k: [a] x",
        "- [a]",
        "k: 'q",
        "k: |",
        "    z",
        "- ",
        "-",
        "k: é",
        "k:v",
    ];
    let deep = "[[[]]]";
    for first in LINES {
        for second in LINES {
            for third in LINES {
                let text = format!("{first}\n{second}\n{third}\nz: {deep}\n");
                by_lines_and_tokens(&text, 2);
                by_lines_and_tokens(&text, 0);
                let indented = format!("top:\n  {first}\n  {second}\n    {third}\n  z: {deep}");
                by_lines_and_tokens(&indented, 2);
            }
        }
    }
}

#[test]
fn the_quick_scan_agrees_with_libyaml_where_it_is_sure() {
    const PIECES: [&str; 16] = [
        "[", "]", "{", "}", ", ", ": ", "- ", "'", "\"", "# ", "\n", "\n  ", "a", "|\n", "!t ",
        "? ",
    ];
    let mut texts = vec![String::new()];
    let mut last = texts.clone();
    for _ in 0..4 {
        last = last
            .iter()
            .flat_map(|t| PIECES.iter().map(move |p| format!("{t}{p}")))
            .collect();
        texts.extend(last.iter().cloned());
    }
    let (mut sure, mut compared) = (0, 0);
    for text in &texts {
        let text = format!("k: {text}\nz: [[[]]]\n");
        compared += 1;
        let quick = match by_lines_and_tokens(&text, 2) {
            Verdict::Unsure => continue,
            Verdict::Deeper(at) => Some(at),
            Verdict::Within => None,
        };
        sure += 1;
        let (exact, errored) = libyaml_depth(&text, 2);
        if exact.is_some() || !errored {
            assert_eq!(quick, exact, "{text:?}");
        }
    }
    assert!(sure * 2 > compared, "sure of {sure} of {compared}");
}

mod random {
    use proptest::prelude::*;

    use super::*;

    /// Pieces of YAML, longer and odder than the exhaustive test's.
    const PIECES: &[&str] = &[
        "[",
        "]",
        "{",
        "}",
        ", ",
        ",",
        ": ",
        ":",
        "- ",
        "-",
        "? ",
        "'",
        "\"",
        "''",
        "\\\"",
        "# c",
        "#",
        "\n",
        "\r\n",
        "\n  ",
        "\n    ",
        "\t",
        " ",
        "a",
        "b c",
        "key: ",
        "|\n",
        ">-\n",
        "|2\n",
        "!t ",
        "!<x> ",
        "&a ",
        "*a",
        "---\n",
        "...\n",
        "%YAML 1.2\n",
        "x'y",
        "é",
        "key: value",
        "k: v w\n",
        "\n  - a: b",
        "\n- x y",
        "- k:",
        "k: [a, b c]\n",
        "[a]",
        "x:y",
        "a #b",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn the_quick_scan_agrees_with_libyaml_on_random_text(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 1..16)
        ) {
            let text = format!("k: {}\nz: [[[]]]\n", pieces.concat());
            let quick = match by_lines_and_tokens(&text, 2) {
                Verdict::Unsure => return Ok(()),
                Verdict::Deeper(at) => Some(at),
                Verdict::Within => None,
            };
            let (exact, errored) = libyaml_depth(&text, 2);
            if exact.is_some() || !errored {
                prop_assert_eq!(quick, exact, "{:?}", text);
            }
        }
    }
}
