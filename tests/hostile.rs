//! Hostile input: every kind of broken, malicious or merely unusual ladder file.
//! Each case runs the real binary under a 100 MiB address-space limit and must end
//! with one clean `error:` line, exit code 1 and nothing on stdout; the accepted
//! ones must load. The timeout is a guard against hangs, not a measurement.

mod common;

use std::path::PathBuf;
use std::time::Duration;

use assert_cmd::Command;
use common::{fixture, ladder};
use serde_json::Value;

/// A file named after the test holding `bytes`.
fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ladder-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// `ladder --ladder PATH ARGS` within 100 MiB of address space.
fn limited(path: &std::path::Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("bash");
    cmd.args(["-c", r#"ulimit -v 102400 && exec "$0" "$@""#])
        .arg(assert_cmd::cargo::cargo_bin("ladder"))
        .arg("--ladder")
        .arg(path)
        .args(args)
        .timeout(Duration::from_secs(20));
    for var in ["LADDER_FILE", "NO_COLOR", "COLUMNS", "TERM"] {
        cmd.env_remove(var);
    }
    cmd
}

/// Runs `ladder --ladder PATH list` within the limits, expects exit code 1 and
/// nothing on stdout, and returns what it printed on stderr.
fn fails(path: &std::path::Path) -> String {
    let out = limited(path, &["list"])
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .clone();
    String::from_utf8(out.stderr).expect("stderr is UTF-8")
}

/// Loads `bytes` as a ladder and expects one clean error line containing `expected`.
fn rejects(name: &str, bytes: &[u8], expected: &str) {
    let stderr = fails(&file(name, bytes));
    assert!(stderr.starts_with("error: "), "{name}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
    assert!(
        stderr.contains(expected),
        "{name}: expected {expected:?} in {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{name}: {stderr}");
}

fn default_ladder() -> String {
    std::fs::read_to_string(fixture("data/ladder.yaml")).unwrap()
}

#[test]
fn empty_files() {
    rejects("empty.yaml", b"", "the file has no content");
    rejects(
        "blank.yaml",
        b"\n\n  \n# only a comment\n",
        "the file has no content",
    );
}

#[test]
fn documents_that_are_not_a_mapping() {
    rejects(
        "scalar.yaml",
        b"just some text\n",
        ":1:1: invalid type: string \"just some text\", expected a ladder mapping",
    );
    rejects(
        "sequence.yaml",
        b"- a\n- b\n",
        ":1:1: invalid type: sequence, expected a ladder mapping",
    );
    rejects("null.yaml", b"~\n", "expected a ladder mapping");
}

#[test]
fn several_documents() {
    let text = format!("{}---\nschema: 1\n", default_ladder());
    let line = default_ladder().lines().count() + 1;
    rejects(
        "multi.yaml",
        text.as_bytes(),
        &format!(":{line}:1: deserializing from YAML containing more than one document"),
    );
}

#[test]
fn syntax_errors_and_tabs() {
    rejects(
        "syntax.yaml",
        b"schema: 1\ntitle: 'unclosed\n",
        ":3:1: found unexpected end of stream",
    );
    rejects(
        "colon.yaml",
        b"schema: 1\ntitle: a: b\n",
        ":2:9: mapping values are not allowed in this context",
    );
    rejects(
        "tab.yaml",
        b"schema: 1\n\ttitle: x\n",
        ":2:1: found a tab character that violates indentation",
    );
}

#[test]
fn unknown_missing_and_duplicate_keys() {
    rejects(
        "unknown.yaml",
        b"schema: 1\nbogus: 2\n",
        ":2:1: unknown field `bogus`, expected one of `schema`",
    );
    rejects(
        "missing.yaml",
        b"schema: 1\ntitle: x\n",
        ":1:1: missing field `tracks`",
    );
    rejects(
        "duplicate.yaml",
        b"schema: 1\ntitle: a\ntitle: b\n",
        ":3:1: duplicate field `title`",
    );
}

#[test]
fn wrong_types_and_nulls() {
    rejects(
        "string.yaml",
        b"schema: one\n",
        ":1:9: schema: invalid type: string \"one\", expected a whole number",
    );
    rejects(
        "negative.yaml",
        b"schema: -1\n",
        ":1:9: schema: invalid type: integer `-1`, expected a whole number",
    );
    let nulls = default_ladder().replacen("levels:\n", "levels: ~\nx:\n", 1);
    rejects(
        "null-list.yaml",
        nulls.as_bytes(),
        "levels: invalid type: unit value, expected a sequence",
    );
}

#[test]
fn bytes_that_are_not_utf8_text() {
    rejects(
        "latin1.yaml",
        b"schema: 1\ntitle: caf\xe9\n",
        ":2:11: invalid UTF-8 (byte 0xe9); a ladder file must be UTF-8 text",
    );
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("schema: 1\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    rejects(
        "utf16.yaml",
        &utf16,
        ":1:1: the file is UTF-16; save it as UTF-8",
    );
    rejects(
        "nul.yaml",
        b"schema: 1\ntitle: a\x00b\n",
        ":2:9: control characters are not allowed",
    );
    // Deterministic garbage from a linear congruential generator.
    let mut state = 0x2545_f491_u32;
    let garbage: Vec<u8> = (0..8192)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8
        })
        .collect();
    rejects("garbage.bin", &garbage, "invalid UTF-8");
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
        ":3:1: title: invalid type: sequence, expected a string",
    );
    let anchored = format!(
        "schema: 1\ntitle: &t t\nsummary:\n{}x\n",
        "- ".repeat(20_000)
    );
    rejects(
        "block-anchored.yaml",
        anchored.as_bytes(),
        "recursion limit exceeded",
    );
}

#[test]
fn exponential_alias_bomb() {
    let mut text = String::from(
        "schema: 1\ntitle: t\nsummary: s\nsources:\n  - {id: a, title: &a lol}\npitfalls0: &p0 [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
    );
    for i in 1..10 {
        let previous = format!("*p{}", i - 1);
        text.push_str(&format!(
            "p{i}: &p{i} [{}]\n",
            [previous.as_str(); 9].join(", ")
        ));
    }
    rejects("laughs.yaml", text.as_bytes(), "aliases repeat");
}

#[test]
fn linear_alias_bombs() {
    let items: Vec<String> = (0..2000).map(|i| format!("pitfall {i}")).collect();
    let anchored = format!("    pitfalls: &big [{}]\n", items.join(", "));
    let aliases = format!("    pitfalls: [{}]\n", vec!["*big"; 5000].join(", "));
    let text = default_ladder()
        .replacen(
            "    pitfalls:\n      - Treating the move",
            &format!("{anchored}    x-pitfalls:\n      - Treating the move"),
            1,
        )
        .replacen(
            "    pitfalls:\n      - Staying the fastest",
            &format!("{aliases}    y-pitfalls:\n      - Staying the fastest"),
            1,
        );
    rejects(
        "linear-list.yaml",
        text.as_bytes(),
        "aliases expand this value",
    );
    let string = format!(
        "schema: 1\ntitle: &t \"{}\"\nsummary: [{}]\n",
        "x".repeat(100_000),
        vec!["*t"; 20_000].join(",")
    );
    rejects(
        "linear-string.yaml",
        string.as_bytes(),
        ":2:8: summary[15]: aliases expand this value until the document weighs over",
    );
}

#[test]
fn oversized_and_endless_files() {
    let line = "# a comment line that pads the file out\n";
    let big = line.repeat((16 << 20) / line.len() + 1);
    rejects(
        "big.yaml",
        big.as_bytes(),
        "larger than 16 MiB, the most a ladder file may be",
    );
    assert_eq!(
        fails(std::path::Path::new("/dev/zero")),
        "error: /dev/zero: larger than 16 MiB, the most a ladder file may be\n"
    );
}

#[test]
fn directories_and_missing_paths() {
    let dir = std::env::temp_dir();
    assert!(fails(&dir).ends_with(": this is a directory; expected a ladder file in YAML\n"));
    let missing = dir.join("ladder-no-such-file.yaml");
    assert!(
        fails(&missing)
            .ends_with(": cannot read the ladder: No such file or directory (os error 2)\n")
    );
}

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
        let out = limited(&path, args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        let raw = |c: char| {
            c != '\n'
                && (c.is_control()
                    || ('\u{202a}'..='\u{202e}').contains(&c)
                    || ('\u{2066}'..='\u{2069}').contains(&c))
        };
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

#[test]
fn control_characters_in_errors_are_escaped() {
    let stderr = common::failure(["show", "x\u{1b}[2Jy"]);
    assert!(
        stderr.starts_with("error: no level 'x\\u{1b}[2Jy'"),
        "{stderr:?}"
    );
    let text = b"schema: 1\ntitle: t\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n  - {id: a, name: A, track: t, role: r, scope: s, responsibilities: [{id: d, name: D}], skills: [\"\\e[31m\"]}\n";
    let path = file("evil-ref.yaml", text);
    let out = ladder()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("unknown skill '\\u{1b}[31m'") && !out.contains('\u{1b}'),
        "{out:?}"
    );
}
