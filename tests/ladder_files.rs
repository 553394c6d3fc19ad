//! End-to-end tests of broken and unreadable ladder files, validate and schema.

mod common;

use common::{ACME, bad, failure, fixture, json, ladder, problems_found};
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn broken_ladder_files_fail_with_one_located_line() {
    let cases = [
        (
            "unknown-key",
            "23:5: levels[0].salary: unknown key 'salary'; expected one of: id, name, aliases,",
        ),
        (
            "wrong-type",
            "24:19: levels[0].coding.min: expected a whole number, found the text \"lots\"",
        ),
        (
            "missing-field",
            "18:5: levels[0]: missing required key 'role' (the primary role, in one line)",
        ),
        (
            "unknown-skill",
            "27:20: levels[0].skills[1]: unknown skill 'juggling' on level 'dev'; known skills: rust,",
        ),
        (
            "cycle",
            "91:12: levels[5].next[0]: promotion cycle dev → senior-dev → team-lead → principal/head → dev",
        ),
        (
            "syntax",
            "2:8: a quoted value opens here and is never closed: the file ends inside it; add its closing quote",
        ),
        ("empty", " the file has no content; expected a ladder"),
    ];
    for (name, message) in cases {
        let path = fixture(&format!("tests/fixtures/bad/{name}.yaml"));
        let stderr = failure(["--ladder", &path, "list"]);
        assert!(
            stderr.starts_with(&format!("error: {path}:{message}")),
            "{name}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
    }
}

#[test]
fn unreadable_ladder_files_fail_cleanly() {
    let missing = fixture("tests/fixtures/no-such-file.yaml");
    ladder()
        .args(["--ladder", &missing, "list"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: {missing}: cannot read the ladder: No such file or directory (os error 2); to start one, run `ladder init {missing}`\n"
        ));
    let dir = fixture("tests/fixtures");
    ladder()
        .args(["--ladder", &dir, "list"])
        .assert()
        .code(1)
        .stderr(format!(
            "error: {dir}: this is a directory; expected a ladder file in YAML, such as `{dir}/acme.yaml` in it\n"
        ));
}

#[test]
fn validate_checks_the_ladder_in_use_by_default() {
    ladder()
        .arg("validate")
        .assert()
        .success()
        .stdout("<built-in ladder>: valid\n");
    let acme = fixture(ACME);
    ladder()
        .args(["validate", "--ladder", &acme])
        .assert()
        .success()
        .stdout(format!("{acme}: valid\n"));
}

#[test]
fn validate_reports_every_problem_with_its_position() {
    let many = bad("many");
    let out = problems_found(ladder().args(["validate", &many]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(
        lines[0].starts_with(&format!(
            "{many}:27:20: levels[0].skills[1]: unknown skill 'juggling'"
        )),
        "{out}"
    );
    assert!(
        lines[1].starts_with(&format!(
            "{many}:28:24: levels[0].next[1]: unknown level 'nowhere'"
        )),
        "{out}"
    );
    let range = format!(
        "{many}:69:19: levels[4].coding.min: coding min 40 is above its max 30; expected min <= max"
    );
    assert_eq!(lines[2], range);
    assert_eq!(lines[3], "3 problems in 1 of 1 file");
}

/// A value that repeats an earlier one (an id, a name) is placed, and so is
/// the earlier one, by its line: a pointer such as `levels[4]` alone would
/// have the reader count entries.
#[test]
fn a_repeated_id_names_the_line_of_the_first() {
    let path = common::acme_with(
        "repeated.yaml",
        &[
            ("- id: architect", "- id: dev"),
            ("{id: review, name: Reviewing", "{id: ship, name: Reviewing"),
        ],
    );
    let out = problems_found(ladder().arg("validate").arg(&path));
    let path = path.display();
    assert!(
        out.contains(&format!(
            "{path}:41:9: levels[2].id: duplicate level id 'dev': levels[0] on line 18 has it already"
        )),
        "{out}"
    );
    assert!(
        out.contains("levels[1].responsibilities[1].id: duplicate responsibility id 'ship' on level 'senior-dev': levels[1].responsibilities[0] on line 36 has it already"),
        "{out}"
    );
    // The line goes after the pointer, not after a name that reads like one.
    let path = common::acme_with(
        "pointer-names.yaml",
        &[
            ("name: Developer\n", "name: \"levels[0]\"\n"),
            ("name: Architect\n", "name: \"levels[0] \"\n"),
        ],
    );
    let out = problems_found(ladder().arg("validate").arg(&path));
    assert!(
        out.contains("name 'levels[0] ' of level 'architect' is already the id, alias or name of level 'dev' (levels[0] on line 18; names compare"),
        "{out}"
    );
}

#[test]
fn validate_checks_the_rules_beside_unknown_keys_and_says_when_it_cannot() {
    let acme = std::fs::read_to_string(fixture(ACME)).unwrap();
    let run = |text: String, format: &str| {
        let out = (ladder().args(["validate", "-", "-f", format]))
            .write_stdin(text)
            .assert()
            .code(1);
        String::from_utf8_lossy(&out.get_output().stdout).to_string()
    };
    // A key mistyped and one unknown are left out, or read as meant, and the
    // rules find the skill mistyped under the mistyped key: three problems.
    let text = acme.replacen(
        "    skills: [rust]\n",
        "    skils: [rusty]\n    salary: 5\n",
        1,
    );
    let out = run(text.clone(), "table");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(
        lines[0].starts_with("<stdin>:27:5: levels[0].skils: unknown key 'skils'; did you mean 'skills', which this mapping needs?"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("<stdin>:27:13: levels[0].skills[0]: unknown skill 'rusty'"),
        "{out}"
    );
    assert!(
        lines[2].starts_with("<stdin>:28:5: levels[0].salary: unknown key 'salary'"),
        "{out}"
    );
    assert_eq!(lines[3], "3 problems in 1 of 1 file");
    // Lines added beside a level's skills: what is under a key left out is
    // said to be unchecked (a scalar is no more than itself: `salary` above
    // gets no such line); a key like one the mapping has already is not
    // told to become it.
    for (added, said) in [
        (
            "    laterl: [{id: nobody, sorces: [x]}]\n",
            "<stdin>: what is under 'laterl', left out, is checked once the key is named as the format names it\n1 problem in 1 of 1 file\n",
        ),
        (
            "    skils: [rust]\n",
            "levels[0].skils: unknown key 'skils'; it reads like 'skills', which this mapping has already: keep one of the two; expected one of:",
        ),
    ] {
        let out = run(
            acme.replacen(
                "    skills: [rust]\n",
                &format!("    skills: [rust]\n{added}"),
                1,
            ),
            "table",
        );
        assert!(out.contains(said), "{out}");
    }
    // A key whose value starts on a line of its own is placed at itself.
    let block = acme.replacen("levels:\n", "levls:\n", 1);
    let line = block.lines().position(|l| l == "levls:").unwrap() + 1;
    let out = run(block, "table");
    assert!(
        out.starts_with(&format!("<stdin>:{line}:1: levls: unknown key 'levls'")),
        "{out}"
    );
    // Another problem of shape leaves no ladder for the rules: a note says
    // they come after, and counts as no problem, nor is one for scripts.
    let text = text.replacen("    name: Developer\n", "    name: [Developer]\n", 1);
    let out = run(text.clone(), "table");
    assert!(
        out.ends_with("<stdin>: the rules (ids, references, promotions) are checked once these problems are fixed\n3 problems in 1 of 1 file\n"),
        "{out}"
    );
    let found: Value = serde_json::from_str(&run(text, "json")).unwrap();
    assert_eq!(found.as_array().unwrap().len(), 3, "{found}");
}

#[test]
fn validate_takes_many_files_and_standard_input() {
    let files = [fixture(ACME), bad("cycle"), bad("empty")];
    let out = problems_found(ladder().arg("validate").args(&files));
    assert!(out.ends_with("\n2 problems in 2 of 3 files\n"), "{out}");
    let acme = std::fs::read_to_string(fixture(ACME)).unwrap();
    ladder()
        .args(["validate", "-"])
        .write_stdin(acme)
        .assert()
        .success()
        .stdout("<stdin>: valid\n");
    ladder()
        .args(["--ladder", "-", "show", "tl", "-f", "json"])
        .write_stdin(std::fs::read_to_string(fixture(ACME)).unwrap())
        .assert()
        .success()
        .stdout(predicate::str::contains("\"id\": \"team-lead\""));
}

#[test]
fn validate_json_lists_the_problems() {
    let many = bad("many");
    let out = ladder()
        .args(["validate", &many, "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let problems: Value = serde_json::from_slice(&out).unwrap();
    let problems = problems.as_array().unwrap();
    assert_eq!(problems.len(), 3);
    assert_eq!(problems[0]["file"], many.as_str());
    assert_eq!(
        (problems[1]["line"].as_u64(), problems[1]["column"].as_u64()),
        (Some(28), Some(24))
    );
    assert!(
        problems[1]["message"]
            .as_str()
            .unwrap()
            .contains("unknown level 'nowhere'")
    );
    let empty = ladder()
        .args(["validate", &bad("empty"), "-f", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let empty: Value = serde_json::from_slice(&empty).unwrap();
    assert_eq!(
        (empty[0]["line"].clone(), empty[0]["column"].clone()),
        (Value::Null, Value::Null)
    );
    let valid = json(&["validate"]);
    assert_eq!(valid, serde_json::json!([]));
}

#[test]
fn every_command_rejects_a_broken_file_with_validates_first_message() {
    for name in [
        "many",
        "cycle",
        "unknown-key",
        "wrong-type",
        "syntax",
        "empty",
    ] {
        let path = bad(name);
        let first = problems_found(ladder().args(["validate", &path]))
            .lines()
            .next()
            .unwrap()
            .to_string();
        for args in [
            vec!["list"],
            vec!["show", "dev"],
            vec!["diff", "dev", "head"],
        ] {
            let stderr = failure(["--ladder", path.as_str()].iter().chain(&args));
            assert!(
                stderr.starts_with(&format!("error: {first}")),
                "{name} {args:?}: {stderr}"
            );
        }
    }
}

#[test]
fn schema_prints_the_schema_file() {
    let file = std::fs::read_to_string(fixture("data/ladder.schema.json")).unwrap();
    ladder()
        .arg("schema")
        .assert()
        .success()
        .stdout(file.clone());
    ladder()
        .args(["schema", "--format", "json"])
        .assert()
        .success()
        .stdout(file);
}

/// YAML 1.1's merge key is read as a key like any other by a YAML 1.2
/// reader: it is named for what it is, not left as an unknown key.
#[test]
fn a_merge_key_is_named_as_such() {
    let text = std::fs::read_to_string(fixture("data/ladder.yaml")).unwrap();
    let text = text.replacen("  - id: em\n", "  - &em\n    id: em\n", 1)
        + "  - <<: *em\n    id: em-two\n    name: Engineering Manager Two\n";
    // One problem, placed at the mapping that holds the merge key, not at
    // the anchor it names, nor the keys the merge would have brought in.
    let stdout = invalid(&text);
    let line = text_line(&text, "  - <<: *em");
    assert_eq!(
        stdout.lines().next().unwrap_or_default(),
        format!(
            "<stdin>:{line}:5: levels[8]: '<<' is a YAML merge key, which `ladder` does not apply (YAML 1.2 has none); write the fields out in this mapping"
        )
    );
    assert!(stdout.contains("1 problem"), "{stdout}");
}

/// The line number of the line `line` of `text`.
/// A level repeated through an alias breaks the unique rules where it is
/// repeated: the problems are placed at the `*alias`, not at the anchor.
#[test]
fn a_problem_in_a_repeated_value_is_placed_at_the_alias() {
    let text = "schema: 1\ntitle: T\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n  - &lv\n    id: a\n    name: A\n    role: r\n    track: t\n    scope: s\n    responsibilities: [{id: x, name: X}]\n    skills: []\n  - *lv\n";
    let stdout = invalid(text);
    let line = text_line(text, "  - *lv");
    for problem in stdout.lines().take(2) {
        assert!(
            problem.starts_with(&format!("<stdin>:{line}:5: levels[1].")),
            "{stdout}"
        );
    }
}

/// `ladder validate` of the ladder `text` on standard input, which finds
/// problems: its report.
fn invalid(text: &str) -> String {
    let out = ladder()
        .args(["--ladder", "-", "validate"])
        .write_stdin(text.to_string())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// A key whose name has `.` or `[` is placed at itself, also in a file with
/// many problems or with `&` and `*` in its text (which a pass over the
/// events places, whose paths cannot spell such a key).
#[test]
fn a_key_with_a_dot_or_a_bracket_is_placed_at_itself() {
    let ladder = common::default_ladder();
    let with_key = ladder.replacen(
        "  - id: em\n",
        "  - id: em\n    \"x[0]\": 1\n    y.z: 2\n",
        1,
    );
    let line = text_line(&with_key, "    \"x[0]\": 1");
    for text in [with_key.clone(), format!("{with_key}# R&D * notes\n")] {
        let report = invalid(&text);
        assert!(
            report.contains(&format!("<stdin>:{line}:13: levels[")),
            "{report}"
        );
        // A plain key is placed at itself: `y.z`, not its value.
        assert!(
            report.contains(&format!("<stdin>:{}:5: levels[", line + 1)),
            "{report}"
        );
    }
}

fn text_line(text: &str, line: &str) -> usize {
    text.lines()
        .position(|l| l == line)
        .expect("the line is there")
        + 1
}

/// A decimal of a whole value is the number it names, beside other problems
/// too; a whole one past what the field holds is too large, told in exponent
/// form when it is beyond what a decimal holds exactly.
#[test]
fn whole_decimals_are_numbers_and_large_ones_too_large() {
    let text = std::fs::read_to_string(fixture("data/ladder.yaml")).unwrap();
    let with = |from: &str, to: &str| {
        assert!(text.contains(from), "{from}");
        text.replacen(from, to, 1)
    };
    let validate = |text: String| invalid(&text);
    let other = validate(with("\nschema: 1\n", "\nschema: 1.0\nbogus: 1\n"));
    assert!(other.contains("unknown key 'bogus'"), "{other}");
    assert!(other.contains("1 problem in"), "{other}");
    for (value, told) in [
        ("1e16", "1e16 is too large"),
        ("1e300", "1e300 is too large"),
    ] {
        let out = validate(with(
            "{min: 20, max: 40",
            &format!("{{min: {value}, max: 40"),
        ));
        assert!(out.contains(told), "{out}");
        assert!(out.lines().all(|l| l.len() < 200), "{out}");
        // Of the range's bound and `coding`'s tighter one, the tighter.
        assert!(
            out.contains("up to 100") && !out.contains("up to 4294967295"),
            "{out}"
        );
    }
    // Past 64 bits, and past what a decimal holds (read as text), a number
    // is too large or negative, not of a type with a Rust name, and needs
    // no quotes taken away.
    for (value, told) in [
        (
            "99999999999999999999999",
            "schema: 99999999999999999999999 is too large; expected a whole number up to 4294967295",
        ),
        (
            "-99999999999999999999999",
            "schema: -99999999999999999999999 is negative; expected a whole number, 0 or more",
        ),
        (
            "1e400",
            "schema: expected a whole number, found the text \"1e400\", a number past what a decimal holds",
        ),
    ] {
        let out = validate(with("\nschema: 1\n", &format!("\nschema: {value}\n")));
        assert!(out.contains(told), "{out}");
        assert!(
            !out.contains("u128") && !out.contains("without quotes"),
            "{out}"
        );
    }
    // A merge key where two parts of the schema describe the mapping (a
    // range, and `coding`'s narrower one) is told once.
    let merged = with("{min: 20, max: 40", "&c {min: 20, max: 40");
    let merged = merged.replacen("coding: {min: 20, max: 40", "coding: {<<: *c", 1);
    let out = validate(merged);
    assert_eq!(out.matches("YAML merge key").count(), 1, "{out}");
    assert!(out.contains("1 problem in"), "{out}");
}
