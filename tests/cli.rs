//! End-to-end tests: the real binary, a scrubbed environment, the default ladder
//! and the fixture ladders under tests/fixtures.

mod common;

use std::process::Stdio;

use common::{failure, fits_80_columns, fixture, json, ladder, markdown_outline, stdout};
use predicates::prelude::*;
use serde_json::Value;

const ACME: &str = "tests/fixtures/acme.yaml";

/// The default ladder's level ids, in ladder order.
const DEFAULT_IDS: [&str; 8] = [
    "senior",
    "staff",
    "principal",
    "tech-lead",
    "em",
    "director",
    "vp",
    "cto",
];

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect()
}

#[test]
fn list_shows_every_level_by_track_in_ladder_order() {
    let out = stdout(&["list"]);
    assert!(!out.contains('\x1b'), "no escapes when piped");
    let positions: Vec<usize> = DEFAULT_IDS
        .iter()
        .map(|id| {
            out.find(&format!(" {id} "))
                .unwrap_or_else(|| panic!("{id} missing:\n{out}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{out}");
    assert!(
        out.starts_with("Individual contributor (ic)\n")
            && out.contains("\nManagement (management)\n")
    );
    assert!(out.contains("0–30%") && out.contains("People management"));
}

#[test]
fn list_json_is_an_array_of_levels() {
    let list = json(&["list"]);
    assert_eq!(ids(&list), DEFAULT_IDS);
    let em = &list[4];
    assert_eq!(em["name"], "Engineering Manager");
    assert_eq!(em["track"], "management");
    assert_eq!(em["role"], "People management and team execution.");
    assert_eq!(em["scope"], "team");
    assert_eq!(em["coding"], serde_json::json!({"min": 0, "max": 30}));
    assert_eq!(em["span"], serde_json::json!({"min": 5, "max": 10}));
}

#[test]
fn list_filters_by_track() {
    assert_eq!(
        ids(&json(&["list", "--track", "ic"])),
        ["senior", "staff", "principal"]
    );
    ladder()
        .args(["list", "--track", "sales"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("error: no track 'sales' in the default ladder (known: ic, management)\n");
}

#[test]
fn list_yaml_has_the_json_fields() {
    let out = stdout(&["list", "--format", "yaml"]);
    assert!(
        out.starts_with("- id: senior\n  name: Senior Engineer\n  track: ic\n"),
        "{out}"
    );
    assert_eq!(out.matches("\n- id: ").count(), 7);
}

#[test]
fn show_prints_everything_about_a_level_at_80_columns() {
    let out = stdout(&["show", "em"]);
    assert!(fits_80_columns(&out), "{out}");
    for needle in [
        "Engineering Manager (em)",
        "5–10 direct reports",
        "One-on-ones",
        "Shielding the team",
        "letting go of the code",
        "Coaching",
        "Pitfalls",
        "https://github.com/jorgef/engineeringladders",
    ] {
        assert!(out.contains(needle), "{needle} missing:\n{out}");
    }
    insta::assert_snapshot!("show_em", out);
}

#[test]
fn show_json_uses_the_file_field_names() {
    let em = json(&["show", "em"]);
    let mut keys: Vec<&str> = em.as_object().unwrap().keys().map(String::as_str).collect();
    let mut expected = [
        "id",
        "name",
        "aliases",
        "track",
        "role",
        "summary",
        "scope",
        "coding",
        "span",
        "reports_to",
        "responsibilities",
        "skills",
        "shift",
        "pitfalls",
        "next",
        "lateral",
        "sources",
    ];
    keys.sort_unstable();
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(em["aliases"], serde_json::json!(["manager", "eng-manager"]));
    assert_eq!(em["reports_to"], serde_json::json!(["director"]));
    assert_eq!(ids(&em["responsibilities"]).len(), 6);
    assert_eq!(em["responsibilities"][0]["name"], "One-on-ones");
    assert_eq!(em["skills"][0], "communication");
    assert_eq!(em["next"], serde_json::json!(["director"]));
    assert!(
        em["shift"]
            .as_str()
            .unwrap()
            .contains("letting go of the code")
    );
}

#[test]
fn a_level_is_found_by_id_alias_or_name_in_any_case() {
    for name in [
        "em",
        "EM",
        "manager",
        "Eng-Manager",
        "Engineering Manager",
        "engineering manager",
    ] {
        assert_eq!(json(&["show", name])["id"], "em", "{name}");
    }
    assert_eq!(json(&["show", "VPE"])["id"], "vp");
}

#[test]
fn an_unknown_level_suggests_the_closest_and_lists_the_known() {
    ladder()
        .args(["show", "dirctor"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "error: no level 'dirctor' in the default ladder; did you mean 'director'? \
         (known: senior, staff, principal, tech-lead, em, director, vp, cto)\n",
        );
    ladder()
        .args(["diff", "em", "zzz"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: no level 'zzz' in the default ladder (known: ",
        ));
}

#[test]
fn diff_json_carries_the_whole_skill_shift() {
    let d = json(&["diff", "em", "director"]);
    assert_eq!(
        d["from"],
        serde_json::json!({"id": "em", "name": "Engineering Manager", "track": "management"})
    );
    assert_eq!(d["to"]["id"], "director");
    assert_eq!(d["direction"], "up");
    assert_eq!(d["path"], serde_json::json!(["em", "director"]));
    assert_eq!(
        d["changes"]["scope"],
        serde_json::json!({"from": "team", "to": "department"})
    );
    assert_eq!(
        d["changes"]["coding"],
        serde_json::json!({"from": {"min": 0, "max": 30}, "to": null})
    );
    assert_eq!(
        d["changes"]["track"],
        serde_json::json!({"from": "management", "to": "management"})
    );
    assert!(ids(&d["skills"]["gained"]).contains(&"technical-strategy"));
    assert!(ids(&d["skills"]["dropped"]).contains(&"empathy"));
    assert!(ids(&d["skills"]["kept"]).contains(&"coaching"));
    assert_eq!(
        d["skills"]["gained"][0]["name"],
        "Long-term technical strategy"
    );
    assert_eq!(ids(&d["responsibilities"]["gained"])[0], "manage-managers");
    assert!(ids(&d["responsibilities"]["dropped"]).contains(&"one-on-ones"));
    let mix = &d["skill_mix"];
    assert_eq!(mix["technical"], serde_json::json!({"from": 0, "to": 1}));
    assert_eq!(mix["relational"], serde_json::json!({"from": 3, "to": 2}));
    assert_eq!(mix["business"], serde_json::json!({"from": 0, "to": 1}));
    assert_eq!(d["shifts"][0]["level"], "director");
    assert!(
        d["shifts"][0]["text"]
            .as_str()
            .unwrap()
            .contains("whole system of teams")
    );
}

#[test]
fn diff_works_for_any_two_levels() {
    let across = json(&["diff", "staff", "em"]);
    assert_eq!(
        (across["direction"].as_str(), across["path"].clone()),
        (Some("across"), serde_json::json!(["staff", "em"]))
    );
    let down = json(&["diff", "cto", "tech-lead"]);
    assert_eq!(down["direction"], "down");
    assert_eq!(down["path"][0], "cto");
    let up = json(&["diff", "senior", "vp"]);
    assert_eq!(
        up["path"],
        serde_json::json!(["senior", "tech-lead", "em", "director", "vp"])
    );
    let shifts: Vec<&str> = up["shifts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["level"].as_str().unwrap())
        .collect();
    assert_eq!(shifts, ["tech-lead", "em", "director", "vp"]);
    assert!(up["shifts"][0]["text"].as_str().unwrap().contains("20–30%"));
    let same = json(&["diff", "em", "manager"]);
    assert_eq!(
        (same["direction"].as_str(), same["path"].clone()),
        (Some("same"), serde_json::json!(["em"]))
    );
    assert_eq!(same["skills"]["gained"], serde_json::json!([]));
}

#[test]
fn diff_table_shows_direction_route_changes_and_shifts() {
    let out = stdout(&["diff", "em", "director"]);
    assert!(fits_80_columns(&out), "{out}");
    insta::assert_snapshot!("diff_em_director", out);
}

#[test]
fn a_ladder_file_replaces_the_default_one() {
    let acme = fixture(ACME);
    let expected = [
        "dev",
        "senior-dev",
        "architect",
        "principal",
        "team-lead",
        "head",
        "advisor",
    ];
    assert_eq!(ids(&json(&["--ladder", &acme, "list"])), expected);
    assert_eq!(
        ids(&json(&["list", "--ladder", &acme])),
        expected,
        "the flag is global"
    );
    let out = ladder()
        .env("LADDER_FILE", &acme)
        .args(["show", "tl", "-f", "json"])
        .assert()
        .success();
    let level: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(level["id"], "team-lead");
    ladder()
        .args(["--ladder", &acme, "show", "em"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "no level 'em' in '{acme}'"
        )));
}

#[test]
fn levels_without_a_route_still_diff() {
    let acme = fixture(ACME);
    let d = json(&["--ladder", &acme, "diff", "dev", "advisor"]);
    assert_eq!(d["path"], serde_json::json!([]));
    assert_eq!(d["direction"], "across");
    let out = stdout(&["--ladder", &acme, "diff", "dev", "advisor"]);
    assert!(out.contains("no route joins these levels"), "{out}");
}

#[test]
fn broken_ladder_files_fail_with_one_located_line() {
    let cases = [
        (
            "unknown-key",
            "23:5: levels[0]: unknown field `salary`, expected one of `id`",
        ),
        (
            "wrong-type",
            "24:19: levels[0].coding.min: invalid type: string \"lots\", expected a whole number",
        ),
        ("missing-field", "18:5: levels[0]: missing field `role`"),
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
            "4:1: found unexpected end of stream, while scanning a quoted scalar",
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
            "error: {missing}: cannot read the ladder: No such file or directory (os error 2)\n"
        ));
    let dir = fixture("tests/fixtures");
    ladder()
        .args(["--ladder", &dir, "list"])
        .assert()
        .code(1)
        .stderr(format!(
            "error: {dir}: this is a directory; expected a ladder file in YAML\n"
        ));
}

#[test]
fn wrong_usage_exits_2() {
    ladder().arg("promote").assert().code(2).stdout("");
    ladder().args(["diff", "em"]).assert().code(2);
    ladder().args(["list", "--format", "xml"]).assert().code(2);
}

#[test]
fn help_shows_examples() {
    ladder()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("ladder diff em director"));
    ladder()
        .args(["diff", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let coloured = ladder()
        .args(["show", "em", "--color", "always"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(coloured.contains(&0x1b));
    ladder()
        .args(["show", "em"])
        .env("NO_COLOR", "1")
        .assert()
        .stdout(predicate::str::contains("\x1b").not());
}

#[test]
fn an_early_closed_pipe_is_success() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ladder"))
        .args(["diff", "cto", "senior"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

fn bad(name: &str) -> String {
    fixture(&format!("tests/fixtures/bad/{name}.yaml"))
}

#[test]
fn validate_checks_the_ladder_in_use_by_default() {
    ladder()
        .arg("validate")
        .assert()
        .success()
        .stdout("<default ladder>: valid\n");
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
    let out = ladder()
        .args(["validate", &many])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
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

#[test]
fn validate_takes_many_files_and_standard_input() {
    let files = [fixture(ACME), bad("cycle"), bad("empty")];
    let out = ladder()
        .arg("validate")
        .args(&files)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
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
        let out = ladder()
            .args(["validate", &path])
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone();
        let first = String::from_utf8(out)
            .unwrap()
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

#[test]
fn path_walks_the_route_step_by_step() {
    let out = stdout(&["path", "senior", "vp"]);
    assert!(fits_80_columns(&out), "{out}");
    assert!(out.contains("1. senior → tech-lead (up)"), "{out}");
    assert!(
        out.contains("fork at senior: Tech Lead (tech-lead) or Staff Engineer (staff); this route"),
        "{out}"
    );
    assert!(
        out.contains("4. director → vp (up)") && out.contains("\nTotals\n"),
        "{out}"
    );
    insta::assert_snapshot!("path_senior_vp", out);
}

#[test]
fn path_json_has_steps_forks_and_totals() {
    let p = json(&["path", "staff", "cto"]);
    assert_eq!(p["from"]["id"], "staff");
    assert_eq!(p["direction"], "up");
    let steps = p["steps"].as_array().unwrap();
    let route: Vec<(&str, &str)> = steps
        .iter()
        .map(|s| {
            (
                s["to"]["id"].as_str().unwrap(),
                s["direction"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        route,
        [
            ("principal", "up"),
            ("director", "across"),
            ("vp", "up"),
            ("cto", "up")
        ]
    );
    assert_eq!(steps[0]["fork"], Value::Null);
    assert!(ids(&steps[0]["skills"]["gained"]).contains(&"technology-vision"));
    assert!(ids(&steps[0]["responsibilities"]["dropped"]).contains(&"write-code"));
    assert_eq!(
        steps[0]["coding"],
        serde_json::json!({"from": null, "to": null})
    );
    assert_eq!(
        steps[0]["scope"],
        serde_json::json!({"from": "several teams", "to": "department"})
    );
    assert!(ids(&steps[1]["skills"]["gained"]).contains(&"coaching"));
    assert!(ids(&p["totals"]["skills"]["gained"]).contains(&"external-representation"));
    let forked = json(&["path", "senior", "principal"]);
    let fork = &forked["steps"][0]["fork"];
    assert_eq!(fork["level"], "senior");
    assert_eq!(ids(&fork["options"]), ["tech-lead", "staff"]);
    assert_eq!(fork["taken"], "staff");
}

#[test]
fn path_without_a_route_fails_clearly() {
    let acme = fixture(ACME);
    let stderr = failure(["--ladder", &acme, "path", "dev", "advisor"]);
    assert_eq!(
        stderr,
        format!(
            "error: no route from 'dev' to 'advisor' in '{acme}': no chain of promotions and lateral moves joins them; \
             `ladder diff dev advisor` still compares them\n"
        )
    );
}

#[test]
fn markdown_for_list_show_diff_and_path() {
    let (headings, table) = markdown_outline(&stdout(&["list", "-f", "markdown"]));
    assert_eq!(
        headings,
        ["Individual contributor (ic)", "Management (management)"]
    );
    assert!(table);
    let (headings, table) = markdown_outline(&stdout(&["show", "em", "-f", "markdown"]));
    assert_eq!(headings[0], "Engineering Manager (em)");
    assert!(
        headings.contains(&"Responsibilities".to_string())
            && headings.contains(&"Skill shift".to_string())
    );
    assert!(table);
    let (headings, _) = markdown_outline(&stdout(&["diff", "em", "director", "-f", "markdown"]));
    assert_eq!(
        headings,
        [
            "Engineering Manager (em) → Director of Engineering (director)",
            "Skills",
            "Responsibilities",
            "Shifts along the route"
        ]
    );
    let (headings, _) = markdown_outline(&stdout(&["path", "senior", "em", "-f", "markdown"]));
    assert_eq!(
        headings,
        [
            "Senior Engineer (senior) → Engineering Manager (em)",
            "1. senior → tech-lead (up)",
            "2. tech-lead → em (up)",
            "Totals"
        ]
    );
}

#[test]
fn markdown_escapes_what_a_ladder_file_says() {
    let text = std::fs::read_to_string(fixture(ACME)).unwrap().replacen(
        "role: Builds features.",
        "role: \"<b>*bold*</b> | [x](y)\"",
        1,
    );
    let path = std::env::temp_dir().join(format!("ladder-md-{}.yaml", std::process::id()));
    std::fs::write(&path, text).unwrap();
    let out = stdout(&[
        "--ladder",
        path.to_str().unwrap(),
        "show",
        "dev",
        "-f",
        "markdown",
    ]);
    assert!(
        out.contains("\\<b\\>\\*bold\\*\\</b\\> \\| \\[x\\](y)"),
        "{out}"
    );
    markdown_outline(&out);
}

#[test]
fn search_groups_hits_by_level_and_highlights_for_people() {
    let out = stdout(&["search", "code", "review"]);
    assert!(
        out.starts_with("Senior Engineer (senior)\n  skill "),
        "{out}"
    );
    assert!(
        out.contains("Engineering Manager (em)\n  responsibility detail Keeps the team's way"),
        "{out}"
    );
    assert!(!out.contains('\x1b'));
    let coloured = ladder()
        .args(["search", "budget", "--color", "always"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let coloured = String::from_utf8(coloured).unwrap();
    assert!(
        coloured.contains("\x1b[1;31mBudget\x1b[0m and headcount"),
        "{coloured:?}"
    );
}

#[test]
fn search_json_reports_fields_and_byte_ranges() {
    let found = json(&["search", "BUDGET"]);
    assert_eq!(found["terms"], serde_json::json!(["BUDGET"]));
    let levels: Vec<&str> = found["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["level"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(levels, ["director", "vp"]);
    let hit = &found["levels"][0]["hits"][0];
    assert_eq!(hit["field"], "responsibility");
    assert_eq!(hit["text"], "Budget and headcount");
    assert_eq!(hit["matches"], serde_json::json!([{"start": 0, "end": 6}]));
    let (headings, _) = markdown_outline(&stdout(&["search", "budget", "-f", "markdown"]));
    assert_eq!(
        headings,
        [
            "Director of Engineering (director)",
            "VP of Engineering (vp)"
        ]
    );
    assert!(
        stdout(&["search", "budget", "-f", "markdown"])
            .contains("- *responsibility*: **Budget** and headcount")
    );
}

#[test]
fn search_without_a_hit_fails() {
    let stderr = failure(["search", "juggling"]);
    assert!(
        stderr.starts_with(
            "error: nothing in the default ladder mentions 'juggling'; search looks at"
        ),
        "{stderr}"
    );
}

#[test]
fn skill_follows_one_skill_across_the_ladder() {
    let out = stdout(&["skill", "Coaching"]);
    assert!(
        out.contains("Needed by   em, director (2 levels)")
            && out.contains("Dropped at  vp (after director)"),
        "{out}"
    );
    let trail = json(&["skill", "hands-on coding"]);
    assert_eq!(
        trail["skill"],
        serde_json::json!({"id": "coding", "name": "Hands-on coding", "category": "technical"})
    );
    assert_eq!(ids(&trail["levels"]), ["senior", "staff", "tech-lead"]);
    assert_eq!(ids(&trail["first"]), ["senior"]);
    let dropped: Vec<(&str, Value)> = trail["dropped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["level"]["id"].as_str().unwrap(), d["after"].clone()))
        .collect();
    assert_eq!(
        dropped,
        [
            ("principal", serde_json::json!(["staff"])),
            ("em", serde_json::json!(["tech-lead"]))
        ]
    );
    let stderr = failure(["skill", "cochng"]);
    assert!(stderr.starts_with("error: no skill 'cochng' in the default ladder; did you mean 'coaching'? (known: coding,"), "{stderr}");
}

#[test]
fn skill_alone_lists_the_catalogue() {
    let catalogue = json(&["skill"]);
    let entries = catalogue.as_array().unwrap();
    assert_eq!(entries.len(), 22);
    assert_eq!(
        entries[0],
        serde_json::json!({"id": "coding", "name": "Hands-on coding", "category": "technical", "levels": 3})
    );
    let communication = entries.iter().find(|e| e["id"] == "communication").unwrap();
    assert_eq!(communication["levels"], 8);
    let out = stdout(&["skill"]);
    assert!(
        out.starts_with(" ID ") && out.contains(" coaching "),
        "{out}"
    );
    let (_, table) = markdown_outline(&stdout(&["skill", "-f", "markdown"]));
    assert!(table);
}
