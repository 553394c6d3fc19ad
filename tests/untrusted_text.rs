//! Text a ladder file may hold and ladder must pass on safely: byte-order marks,
//! CRLF, any Unicode, and control characters that must never reach a terminal raw.

mod common;

use std::path::PathBuf;

use common::{default_ladder, failure, file, fixture, ladder, limited, problems_found};
use serde_json::Value;

fn list_json(path: &std::path::Path) -> Value {
    let out = limited(path, &["list", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn byte_order_marks_and_crlf_are_accepted() {
    let expected = list_json(&PathBuf::from(fixture("data/ladder.yaml")));
    let bom = file(
        "bom.yaml",
        format!("\u{feff}{}", default_ladder()).as_bytes(),
    );
    assert_eq!(list_json(&bom), expected);
    let crlf = file(
        "crlf.yaml",
        default_ladder().replace('\n', "\r\n").as_bytes(),
    );
    assert_eq!(list_json(&crlf), expected);
}

#[test]
fn any_unicode_text_is_accepted_and_round_trips() {
    let names = [
        "Développeuse ✓",
        "工程经理",
        "مدير الهندسة",
        "👩‍💻 Lead",
        "Ŝ̷t̷r̷a̷n̷g̷e̷",
    ];
    let mut text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml")).unwrap();
    for (from, to) in [
        "Developer",
        "Senior Developer",
        "Architect",
        "Team Lead",
        "Head of Engineering",
    ]
    .iter()
    .zip(names)
    {
        text = text.replacen(&format!("name: {from}\n"), &format!("name: \"{to}\"\n"), 1);
    }
    let path = file("unicode.yaml", text.as_bytes());
    let list = list_json(&path);
    let got: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    for name in names {
        assert!(got.contains(&name), "{name} in {got:?}");
    }
    limited(&path, &["show", "工程经理"]).assert().success();
}

/// `ladder --ladder PATH ARGS`, succeeding: its output.
fn shown(path: &std::path::Path, args: &[&str]) -> String {
    common::succeeded(&mut limited(path, args))
}

/// A terminal would act on it: a control character or a bidirectional one.
fn raw(c: char) -> bool {
    c != '\n'
        && (c.is_control()
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c))
}

/// A ladder whose text tries to drive the terminal.
fn control_ladder() -> (PathBuf, String) {
    let evil = "Lead\u{1b}[31m red\u{7}\u{9b}2J \u{202e}txet\u{2066}";
    // Written with YAML escapes: a file may not hold raw control characters.
    let quoted = r#""Lead\e[31m red\a\x9b2J \u202Etxet\u2066""#;
    let text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replacen("role: Leads a team.", &format!("role: {quoted}"), 1);
    (file("controls.yaml", text.as_bytes()), evil.to_string())
}

#[test]
fn control_characters_are_escaped_for_people_and_exact_for_scripts() {
    let (path, evil) = control_ladder();
    for args in [&["show", "tl"][..], &["list"], &["diff", "dev", "tl"]] {
        let out = shown(&path, args);
        assert!(!out.chars().any(raw), "{args:?}: {out:?}");
        assert!(
            out.contains("\\u{1b}[31m") || out.contains("\\u{1b}"),
            "{args:?}: {out}"
        );
    }
    let out = limited(&path, &["show", "tl", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let level: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(level["role"], evil.as_str());
    let yaml = limited(&path, &["show", "tl", "--format", "yaml"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        !yaml.contains(&0x1b),
        "YAML output escapes control characters"
    );
}

/// A ladder whose skill category, skill and level names try to drive the
/// terminal: names a layout uses as labels and in comments, not only as text.
#[test]
fn control_characters_in_labels_and_comments_are_escaped() {
    let quoted = r#""Tech\e[31m red\u202Etxet""#;
    let text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replacen(
            "tracks:",
            &format!(
                "categories:\n  - {{id: technical, name: {quoted}}}\n  - {{id: relational, name: R}}\n  - {{id: organizational, name: O}}\n  - {{id: business, name: B}}\ntracks:"
            ),
            1,
        )
        .replacen("name: Rust,", &format!("name: {quoted},"), 1)
        .replacen("name: Senior Developer", &format!("name: {quoted}"), 1);
    let path = file("labels.yaml", text.as_bytes());
    for args in [
        &["show", "dev"][..],
        &["show", "dev", "--format", "markdown"],
        &["export"],
        &["assess", "init", "--level", "dev"],
        &["plan", "dev", "senior-dev"],
    ] {
        let out = shown(&path, args);
        assert!(!out.chars().any(raw), "{args:?}: {out:?}");
        assert!(out.contains("u{1b}"), "{args:?}: {out}");
    }
    // In Markdown a label is escaped as text is: it opens no markup.
    let text = text.replace(quoted, "\"x:** <img src=x onerror=alert(1)>\"");
    let path = file("labels-md.yaml", text.as_bytes());
    let out = shown(&path, &["show", "dev", "--format", "markdown"]);
    assert!(
        out.contains("- **x:\\*\\* \\<img src=x onerror=alert(1)\\>:** "),
        "{out}"
    );
}

/// A ladder's text posted as Markdown on GitHub (the changes of a pull
/// request, a promotion case) mentions no one.
#[test]
fn markdown_mentions_no_one() {
    let text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replacen(
            "role: Builds features.",
            "role: \"Ask @ana or @acme/leads.\"",
            1,
        );
    let path = file("mentions.yaml", text.as_bytes());
    let (old, new) = (fixture(common::ACME), path.display().to_string());
    let changes = ["changes", &old, &new, "--format", "markdown"];
    for (args, out) in [
        (&["show", "dev", "--format", "markdown"][..], None),
        (&["export"], None),
        (&changes, Some(common::stdout(&changes))),
    ] {
        // `changes` reads the two ladders it is given, and no other.
        let out = out.unwrap_or_else(|| shown(&path, args));
        assert!(
            out.contains("Ask @&#8203;ana or @&#8203;acme/leads."),
            "{args:?}: {out}"
        );
    }
}

#[test]
fn control_characters_in_errors_are_escaped() {
    let stderr = failure(["show", "x\u{1b}[2Jy"]);
    assert!(
        stderr.starts_with("error: no level 'x\\u{1b}[2Jy'"),
        "{stderr:?}"
    );
    let text = b"schema: 1\ntitle: t\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n  - {id: a, name: A, track: t, role: r, scope: s, responsibilities: [{id: d, name: D}], skills: [\"\\e[31m\"]}\n";
    let path = file("evil-ref.yaml", text);
    let out = problems_found(ladder().arg("validate").arg(&path));
    assert!(
        out.contains("unknown skill '\\u{1b}[31m'") && !out.contains('\u{1b}'),
        "{out:?}"
    );
}

/// A summary of several paragraphs (a block scalar with a blank line) keeps
/// them apart on a terminal, in Markdown and on the site.
#[test]
fn paragraphs_stay_apart_in_every_layout() {
    let text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replacen(
            "role: Builds features.",
            "role: Builds features.\n    summary: \"First paragraph,\\nwrapped.\\n\\nSecond paragraph.\"",
            1,
        )
        .replacen(
            "title: Acme engineering ladder\n",
            "title: Acme engineering ladder\nsummary: \"Top one.\\n\\nTop two.\"\n",
            1,
        );
    let path = file("paragraphs.yaml", text.as_bytes());
    let terminal = shown(&path, &["show", "dev"]);
    assert!(
        terminal.contains("\nFirst paragraph, wrapped.\n\nSecond paragraph.\n"),
        "{terminal}"
    );
    let markdown = shown(&path, &["show", "dev", "--format", "markdown"]);
    assert!(
        markdown.contains("\n\nFirst paragraph, wrapped.\n\nSecond paragraph.\n"),
        "{markdown}"
    );
    let site = std::env::temp_dir().join(format!("ladder-paragraphs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    shown(&path, &["site", site.to_str().unwrap()]);
    let page = std::fs::read_to_string(site.join("levels/dev.html")).unwrap();
    assert!(
        page.contains("<p>First paragraph,\nwrapped.</p>\n<p>Second paragraph.</p>"),
        "{page}"
    );
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(
        index.contains("<p>Top one.</p>\n<p>Top two.</p>"),
        "{index}"
    );
    std::fs::remove_dir_all(&site).unwrap();
}

/// A shift or a pitfall of several paragraphs keeps them apart too, inside
/// its list item: on a terminal, in Markdown (read back by a CommonMark
/// parser) and on the site.
#[test]
fn paragraphs_of_a_list_item_stay_in_it() {
    let text = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replacen(
            "shift: From code to people.\n    pitfalls: [Doing the team's work yourself.]",
            "shift: \"From code\\nto people.\\n\\nThen to teams.\"\n    pitfalls: [\"Doing the work.\\n\\n1. Not a list.\", Another.]",
            1,
        );
    let path = file("item-paragraphs.yaml", text.as_bytes());
    let terminal = shown(&path, &["show", "team-lead"]);
    assert!(
        terminal.contains("\n  • Doing the work.\n\n    1. Not a list.\n\n  • Another.\n"),
        "{terminal}"
    );
    // Where such a text changed, its values stay one paragraph each side
    // of the arrow.
    let edited = file(
        "item-paragraphs-edited.yaml",
        text.replace("Then to teams.", "Then to groups.").as_bytes(),
    );
    let changes = common::succeeded(ladder().arg("changes").arg(&path).arg(&edited));
    assert!(
        changes.contains(
            "From code to people. Then to teams. → From code to people. Then to groups.\n"
        ),
        "{changes}"
    );
    // Where only its paragraphs changed, that is what is said.
    let joined = file(
        "item-paragraphs-joined.yaml",
        text.replace("to people.\\n\\nThen", "to people. Then")
            .as_bytes(),
    );
    let changes = common::succeeded(ladder().arg("changes").arg(&joined).arg(&path));
    assert!(
        changes.contains(
            "From code to people. Then to teams. (its line breaks or paragraphs changed)\n"
        ),
        "{changes}"
    );
    let route = shown(&path, &["diff", "dev", "team-lead"]);
    assert!(
        route.contains("\n    From code to people.\n\n    Then to teams.\n"),
        "{route}"
    );
    let markdown = shown(&path, &["show", "team-lead", "--format", "markdown"]);
    assert!(
        markdown.contains("\n- Doing the work.\n\n  1\\. Not a list.\n- Another.\n"),
        "{markdown}"
    );
    // Two items, the first of two paragraphs: no list of its own inside.
    use pulldown_cmark::{Event, Parser, Tag};
    let pitfalls = &markdown[markdown.find("## Pitfalls").unwrap()..];
    let pitfalls = &pitfalls[..pitfalls.find("\n## ").unwrap_or(pitfalls.len())];
    let starts: Vec<Tag> = Parser::new(pitfalls)
        .filter_map(|e| match e {
            Event::Start(tag) => Some(tag),
            _ => None,
        })
        .collect();
    let count = |f: fn(&Tag) -> bool| starts.iter().filter(|t| f(t)).count();
    assert_eq!(count(|t| matches!(t, Tag::List(_))), 1, "{pitfalls}");
    assert_eq!(count(|t| matches!(t, Tag::Item)), 2, "{pitfalls}");
    assert_eq!(count(|t| matches!(t, Tag::Paragraph)), 3, "{pitfalls}");
    let site = std::env::temp_dir().join(format!("ladder-item-paragraphs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    shown(&path, &["site", site.to_str().unwrap()]);
    let page = std::fs::read_to_string(site.join("levels/team-lead.html")).unwrap();
    assert!(
        page.contains("<li><p>Doing the work.</p><p>1. Not a list.</p></li>"),
        "{page}"
    );
    std::fs::remove_dir_all(&site).unwrap();
}
