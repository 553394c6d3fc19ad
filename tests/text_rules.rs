//! Text a ladder file may hold that would forge output, hide markup or read
//! otherwise than it looks: Markdown, one-line fields, web addresses, odd line
//! breaks, look-alike names, and JSON and YAML that must read back as written.

mod common;

use common::{acme_with, failure, file, fixture, ladder, problems_found};
use serde_json::Value;

/// Markdown people publish takes no markup from the file: names that look like
/// HTML, headings, table rows or terminal controls render as the text they are.
#[test]
fn markdown_takes_no_markup_from_the_file() {
    let path = acme_with(
        "markup.yaml",
        &[
            (
                "name: Engineering}",
                "name: \"<img src=x onerror=alert(1)>\"}",
            ),
            ("name: Reviews,", "name: \"# Reviews | forged | row\","),
            (
                "name: Developer\n",
                "name: \"Dev \\e]0;title\\a \\u202Eved\"\n",
            ),
            (
                "title: Acme handbook,",
                "title: \"[click](javascript:alert(1))\",",
            ),
        ],
    );
    let path = path.to_str().unwrap();
    for args in [
        &["list"][..],
        &["skill"],
        &["skill", "reviews"],
        &["show", "dev"],
        &["diff", "dev", "senior-dev"],
        &["path", "dev", "team-lead"],
        &["search", "forged"],
        &["export"],
    ] {
        let out = common::stdout(&[&["--ladder", path, "-f", "markdown"][..], args].concat());
        // Parsing fails the test on raw HTML; headings and tables are counted.
        let (headings, _) = common::markdown_outline(&out);
        assert!(
            headings.iter().all(|h| !h.starts_with("Reviews")),
            "{args:?}: a forged heading in {headings:?}"
        );
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?}: {out:?}"
        );
        assert!(!out.contains('\u{202e}'), "{args:?}");
        let links = pulldown_cmark::Parser::new(&out).filter_map(|event| match event {
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                Some(dest_url.to_string())
            }
            _ => None,
        });
        for link in links {
            assert!(
                link.starts_with("https://") || link.starts_with('#'),
                "{args:?}: {link}"
            );
        }
        // Every row of a table has as many cell borders as its header.
        let borders = |line: &str| {
            line.match_indices('|')
                .filter(|(i, _)| !line[..*i].ends_with('\\'))
                .count()
        };
        let mut header = None;
        for line in out.lines() {
            match (line.starts_with('|'), header) {
                (false, _) => header = None,
                (true, None) => header = Some(borders(line)),
                (true, Some(count)) => assert_eq!(borders(line), count, "{args:?}: {line}"),
            }
        }
    }
}

#[test]
fn sources_must_be_web_addresses() {
    for url in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://x.org/a b",
    ] {
        let path = acme_with(
            "url.yaml",
            &[(
                "url: \"https://example.com/handbook\"",
                &format!("url: \"{url}\""),
            )],
        );
        let report = problems_found(ladder().arg("validate").arg(&path));
        assert!(
            report.contains(&format!("sources[0].url: url '{url}' is not a web address")),
            "{report}"
        );
    }
}

/// A line break in a one-line field would print as a line of its own that
/// could pass for the tool's ("Direction  down, 0 steps").
#[test]
fn one_line_fields_hold_no_line_break() {
    for (field, from, to) in [
        (
            "levels[0].name",
            "name: Developer\n",
            "name: \"Dev\\nDirection  down, 0 steps\"\n",
        ),
        (
            "levels[0].role",
            "role: Builds features.",
            "role: \"Builds\\rfeatures.\"",
        ),
        (
            "levels[0].scope",
            "scope: task",
            "scope: \"task\\u2028team\"",
        ),
        (
            "tracks[0].name",
            "name: Engineering}",
            "name: \"Eng\\Nineering\"}",
        ),
        ("skills[0].name", "name: Rust,", "name: \"Ru\\nst\","),
        (
            "title",
            "title: Acme engineering ladder",
            "title: \"Acme\\nladder\"",
        ),
    ] {
        let path = acme_with("lines.yaml", &[(from, to)]);
        let report = problems_found(ladder().arg("validate").arg(&path));
        assert!(
            report.contains(&format!("{field}: ")) && report.contains("must be one line"),
            "{field}: {report}"
        );
    }
}

/// YAML breaks lines at a lone CR, NEL, LS and PS too, where editors and
/// positions do not: such a file is refused at the character, by name.
#[test]
fn odd_line_breaks_are_named_where_they_are() {
    let text = std::fs::read_to_string(fixture(common::ACME)).unwrap();
    let cr = file("cr.yaml", text.replace('\n', "\r").as_bytes());
    let stderr = failure(["--ladder", cr.to_str().unwrap(), "list"]);
    assert!(
        stderr.contains("cr.yaml:1:") && stderr.contains("a carriage return (U+000D)"),
        "{stderr}"
    );
    for (raw, name) in [
        ('\u{2028}', "a line separator (U+2028)"),
        ('\u{2029}', "a paragraph separator (U+2029)"),
        ('\u{85}', "a next-line character (U+0085)"),
    ] {
        let odd = text.replacen(
            "role: Builds features.",
            &format!("role: \"Builds{raw}features.\""),
            1,
        );
        let path = file("odd-break.yaml", odd.as_bytes());
        let stderr = failure(["--ladder", path.to_str().unwrap(), "list"]);
        assert!(
            stderr.contains("odd-break.yaml:22:18: ") && stderr.contains(name),
            "{stderr}"
        );
    }
    // Written as escapes inside double quotes, they are text like any other.
    let escaped = text.replacen(
        "role: Builds features.",
        "role: Builds features.\n    summary: \"one\\u2028two\\Lthree\\Nfour\"",
        1,
    );
    let path = file("escaped-break.yaml", escaped.as_bytes());
    let level = common::json(&["--ladder", path.to_str().unwrap(), "show", "dev"]);
    assert_eq!(level["summary"], "one\u{2028}two\u{2028}three\u{85}four");
}

/// Everything ladder writes as JSON or YAML reads back as the same data, and
/// an exported ladder loads again as the same ladder, whatever its text.
#[test]
fn json_and_yaml_output_reads_back_as_the_same_data() {
    let hostile = r#""Lead \e[31m\a \x7f\x85\x9b \u202Edir\u2066 \u2028 \"q\" 'a' \\ \u00e9 👩‍💻""#;
    let path = acme_with(
        "round-trip.yaml",
        &[
            ("name: Developer\n", "name: \"Dev \\x7f\\x9b\\u202e\"\n"),
            (
                "role: Builds features.",
                &format!("role: \"Builds \\x9b\\e[2J\\x7f\"\n    summary: {hostile}"),
            ),
            ("title: Acme handbook,", "title: \"Hand\\x9bbook \\u2066\","),
        ],
    );
    let path = path.to_str().unwrap();
    let exported = common::json(&["--ladder", path, "export"]);
    let summary = exported["levels"][0]["summary"].as_str().unwrap();
    assert!(
        summary.contains("\u{1b}[31m\u{7} \u{7f}\u{85}\u{9b} \u{202e}dir\u{2066} \u{2028}"),
        "{summary:?}"
    );
    for format in ["json", "yaml"] {
        let out = common::stdout(&["--ladder", path, "export", "--format", format]);
        assert!(
            !out.contains(|c: char| c == '\u{7f}'
                || ('\u{80}'..='\u{9f}').contains(&c)
                || c == '\u{2028}'),
            "{format}: raw controls or separators in {out:?}"
        );
        let again = file(&format!("again.{format}"), out.as_bytes());
        let again = again.to_str().unwrap();
        assert_eq!(
            common::json(&["--ladder", again, "export"]),
            exported,
            "{format}"
        );
        let level = common::stdout(&["--ladder", path, "show", "dev", "--format", format]);
        let read: Value = ladder::file::yaml::parse(&level).expect("a level reads back");
        assert_eq!(read, exported["levels"][0], "{format}");
    }
}

/// Names compare as lookups compare them (case, surrounding blanks, Unicode
/// NFC), so two that look alike cannot both stand and a lookup never picks
/// one of them silently.
#[test]
fn look_alike_names_are_refused() {
    for (pairs, expected) in [
        (
            [
                ("name: Developer\n", "name: \"Caf\\u00e9\"\n"),
                ("name: Architect\n", "name: \"Cafe\\u0301\"\n"),
            ],
            "name 'Cafe\u{301}' of level 'architect' is already the id, alias or name of level 'dev'",
        ),
        (
            [
                ("name: Developer\n", "name: \"Lead \"\n"),
                ("name: Architect\n", "name: LEAD\n"),
            ],
            "name 'LEAD' of level 'architect' is already the id, alias or name of level 'dev' (levels[0] on line 18;",
        ),
        (
            [
                ("name: Rust,", "name: Reviews,"),
                ("name: Pricing,", "name: \"  REVIEWS\","),
            ],
            "skills[0].name: skill name 'Reviews' of skill 'rust' is already the id or name of skill 'reviews'",
        ),
        (
            [
                ("name: Rust,", "name: Code,"),
                ("name: Roadmaps,", "name: \" code \","),
            ],
            "skill name ' code ' of skill 'roadmaps' is already the id or name of skill 'rust' (skills[0] on line 12;",
        ),
    ] {
        let path = acme_with("alike.yaml", &pairs);
        let report = problems_found(ladder().arg("validate").arg(&path));
        assert!(report.contains(expected), "{expected} in {report}");
    }
    // A lookup folds the same way.
    let path = acme_with(
        "cafe.yaml",
        &[("name: Developer\n", "name: \"Caf\\u00e9\"\n")],
    );
    let level = common::json(&["--ladder", path.to_str().unwrap(), "show", " CAFE\u{301} "]);
    assert_eq!(level["id"], "dev");
}
