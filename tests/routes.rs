//! End-to-end tests of path, search, skill, Markdown, and how options combine.

mod common;

use common::{
    ACME, DEFAULT_IDS, failure, fits_80_columns, fixture, ids, json, ladder, markdown_outline,
    stdout,
};
use serde_json::Value;

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

/// Along every route of the built-in ladder, each step drops only a duty
/// the route holds at that point, by the name it last had: a duty kept under
/// a new name is listed as renamed, so no step drops what no step gained.
#[test]
fn path_steps_drop_only_what_the_route_holds_by_its_last_name() {
    for from in DEFAULT_IDS {
        for to in DEFAULT_IDS {
            if from == to {
                continue;
            }
            let p = json(&["path", from, to]);
            let start = json(&["show", from]);
            let mut held: std::collections::HashMap<String, String> =
                (start["responsibilities"].as_array().unwrap().iter())
                    .map(|d| {
                        (
                            d["id"].as_str().unwrap().into(),
                            d["name"].as_str().unwrap().into(),
                        )
                    })
                    .collect();
            for (n, step) in p["steps"].as_array().unwrap().iter().enumerate() {
                let duties = &step["responsibilities"];
                let list = |key: &str| duties[key].as_array().unwrap().clone();
                for d in list("dropped") {
                    let id = d["id"].as_str().unwrap();
                    assert_eq!(
                        held.remove(id).as_deref(),
                        d["name"].as_str(),
                        "{from}→{to} step {n}"
                    );
                }
                for d in list("renamed") {
                    let id = d["id"].as_str().unwrap();
                    assert_eq!(
                        held.get(id).map(String::as_str),
                        d["was"].as_str(),
                        "{from}→{to} step {n}"
                    );
                    held.insert(id.into(), d["name"].as_str().unwrap().into());
                }
                for d in list("gained") {
                    let id = d["id"].as_str().unwrap();
                    assert!(
                        held.insert(id.into(), d["name"].as_str().unwrap().into())
                            .is_none()
                    );
                }
            }
            let end = json(&["show", to]);
            let at_end: std::collections::HashMap<String, String> =
                (end["responsibilities"].as_array().unwrap().iter())
                    .map(|d| {
                        (
                            d["id"].as_str().unwrap().into(),
                            d["name"].as_str().unwrap().into(),
                        )
                    })
                    .collect();
            assert_eq!(held, at_end, "{from}→{to}");
        }
    }
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
    // Two routes are four steps with two across; the one entering Director
    // by its promotion wins.
    assert_eq!(
        route,
        [
            ("em", "across"),
            ("director", "up"),
            ("vp", "up"),
            ("cto", "across")
        ]
    );
    assert_eq!(steps[0]["fork"], Value::Null);
    assert!(ids(&steps[1]["skills"]["gained"]).contains(&"technical-foresight"));
    assert_eq!(
        ids(&steps[1]["responsibilities"]["gained"]),
        ["technical-strategy", "cross-departmental-leadership"]
    );
    assert_eq!(
        ids(&steps[1]["responsibilities"]["dropped"]),
        ["performance-management", "team-process", "shield-team"]
    );
    assert_eq!(
        steps[0]["coding"],
        serde_json::json!({"from": {"min": 20, "max": 40}, "to": {"min": 0, "max": 30}})
    );
    assert_eq!(
        steps[1]["scope"],
        serde_json::json!({"from": "team", "to": "department"})
    );
    assert!(ids(&steps[0]["skills"]["gained"]).contains(&"coaching"));
    assert!(ids(&p["totals"]["skills"]["gained"]).contains(&"market-awareness"));
    assert!(ids(&p["totals"]["responsibilities"]["gained"]).contains(&"external-representation"));
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
             `ladder --ladder {acme} diff dev advisor` still compares them\n"
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
            "Engineering Manager → Director of Engineering",
            "Skills",
            "Responsibilities",
            "Shifts along the route"
        ]
    );
    let (headings, _) = markdown_outline(&stdout(&["path", "senior", "em", "-f", "markdown"]));
    assert_eq!(
        headings,
        [
            "Senior Engineer → Engineering Manager",
            "1. Senior Engineer → Tech Lead (up)",
            "2. Tech Lead → Engineering Manager (up)",
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
    let out = stdout(&["search", "review"]);
    assert!(
        out.starts_with("Principal Engineer (principal)\n  pitfall "),
        "{out}"
    );
    assert!(
        out.contains("Engineering Manager (em)\n  responsibility detail Writes reviews"),
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
    assert_eq!(levels, ["director"]);
    let hit = &found["levels"][0]["hits"][0];
    assert_eq!(hit["field"], "responsibility");
    assert_eq!(hit["text"], "Budget and headcount");
    assert_eq!(hit["matches"], serde_json::json!([{"start": 0, "end": 6}]));
    let (headings, _) = markdown_outline(&stdout(&["search", "budget", "-f", "markdown"]));
    assert_eq!(headings, ["Director of Engineering (director)"]);
    assert!(
        stdout(&["search", "budget", "-f", "markdown"])
            .contains("- *responsibility*: **Budget** and headcount")
    );
}

#[test]
fn search_ignores_accents_anywhere_in_a_word() {
    let acme = std::fs::read_to_string(fixture(ACME)).unwrap().replacen(
        "role: Builds features.",
        "role: \"Builds the re\\u0301sume\\u0301 and the Zürich façade.\"",
        1,
    );
    let file = common::file("accents.yaml", acme.as_bytes());
    for term in ["resume", "résumé", "zurich", "FACADE"] {
        let out = ladder()
            .args([
                "--ladder",
                file.to_str().unwrap(),
                "search",
                term,
                "-f",
                "json",
            ])
            .assert()
            .success();
        let found: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        assert_eq!(found["levels"][0]["hits"][0]["field"], "role", "{term}");
    }
}

#[test]
fn search_without_a_hit_fails() {
    let stderr = failure(["search", "juggling"]);
    assert!(
        stderr.starts_with(
            "error: nothing in the built-in ladder mentions 'juggling'; search looks at"
        ),
        "{stderr}"
    );
    // Scripts get the terms and no levels, and the run fails as well.
    for format in ["json", "yaml"] {
        let out = (ladder().args(["search", "juggling", "-f", format]))
            .assert()
            .code(1);
        let out = out.get_output();
        let found: Value = match format {
            "json" => serde_json::from_slice(&out.stdout).unwrap(),
            _ => serde_yaml::from_slice(&out.stdout).unwrap(),
        };
        assert_eq!(
            found,
            serde_json::json!({"terms": ["juggling"], "levels": []})
        );
        assert!(out.stderr.is_empty());
    }
    // A blank term would be in every field with a space; an invisible U+FEFF
    // is blank too, as validate counts it.
    for blank in [" ", "", "\u{feff}"] {
        let stderr = failure(["search", "budget", blank]);
        assert_eq!(
            stderr,
            "error: a search term is blank; give words to look for, like `ladder search coaching`\n"
        );
    }
}

#[test]
fn skill_follows_one_skill_across_the_ladder() {
    let out = stdout(&["skill", "Coaching"]);
    assert!(
        out.contains("Needed by   senior, tech-lead, em, director (4 levels)")
            && out.contains("Dropped at  staff (after senior), vp (after director)"),
        "{out}"
    );
    // A level entered only across (CTO, from VP) is led into by its peer;
    // two starts side by side are each a first.
    let starts = common::file(
        "starts.yaml",
        std::fs::read_to_string(fixture(ACME))
            .unwrap()
            .replacen("    skills: [rust]\n    next: [senior-dev]\n", "    skills: [rust]\n    next: [senior-dev]\n    lateral: [starter]\n", 1)
            .replacen("  - id: senior-dev\n", "  - id: starter\n    name: Starter\n    track: eng\n    role: Starts.\n    scope: task\n    responsibilities: [{id: ship, name: Shipping}]\n    skills: [rust]\n  - id: senior-dev\n", 1)
            .as_bytes(),
    );
    let out = ladder()
        .args([
            "--ladder",
            starts.to_str().unwrap(),
            "skill",
            "rust",
            "-f",
            "json",
        ])
        .assert()
        .success();
    let trail: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(ids(&trail["first"]), ["dev", "starter"], "{trail}");
    let trail = json(&["skill", "communication"]);
    assert_eq!(ids(&trail["first"]), ["senior"]);
    let trail = json(&["skill", "org-design"]);
    assert_eq!(trail["dropped"][0]["level"]["id"], "cto");
    assert_eq!(trail["dropped"][0]["after"], serde_json::json!(["vp"]));
    let trail = json(&["skill", "software craftsmanship"]);
    assert_eq!(
        trail["skill"],
        serde_json::json!({"id": "software-craft", "name": "Software craftsmanship", "category": "technical"})
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
    assert!(stderr.starts_with("error: no skill 'cochng' in the built-in ladder; did you mean 'coaching'? (known: software-craft,"), "{stderr}");
}

#[test]
fn skill_alone_lists_the_catalogue() {
    let catalogue = json(&["skill"]);
    let entries = catalogue.as_array().unwrap();
    assert_eq!(entries.len(), 23);
    assert_eq!(
        entries[0],
        serde_json::json!({"id": "software-craft", "name": "Software craftsmanship", "category": "technical", "levels": 3})
    );
    let communication = entries.iter().find(|e| e["id"] == "communication").unwrap();
    assert_eq!(communication["levels"], 6);
    let out = stdout(&["skill"]);
    assert!(
        out.starts_with(" ID ") && out.contains(" coaching "),
        "{out}"
    );
    let (_, table) = markdown_outline(&stdout(&["skill", "-f", "markdown"]));
    assert!(table);
}

#[test]
fn options_after_the_subcommand_win_over_those_before_and_the_environment() {
    let acme = fixture(ACME);
    let out = stdout(&["--format", "yaml", "show", "em", "--format", "json"]);
    let level: Value = serde_json::from_str(&out).expect("the later --format json applies");
    assert_eq!(level["id"], "em");
    let out = ladder()
        .env("LADDER_FILE", "missing.yaml")
        .args(["--ladder", &acme, "show", "tl", "-f", "json"])
        .assert()
        .success();
    let level: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(level["id"], "team-lead", "--ladder wins over LADDER_FILE");
    let out = ladder()
        .env("LADDER_FILE", "")
        .args(["list", "-f", "json"])
        .assert()
        .success();
    let levels: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(ids(&levels), DEFAULT_IDS, "an empty LADDER_FILE is unset");
    let plain = stdout(&["--color", "always", "show", "em", "--color", "never"]);
    assert!(!plain.contains('\x1b'), "the later --color never applies");
    let coloured = stdout(&["--color", "always", "show", "em"]);
    assert!(
        coloured.contains('\x1b'),
        "--color before the subcommand applies"
    );
}

#[test]
fn levels_without_a_route_still_diff() {
    let acme = fixture(ACME);
    let d = json(&["--ladder", &acme, "diff", "dev", "advisor"]);
    assert_eq!(d["path"], serde_json::json!([]));
    assert_eq!(d["direction"], "across");
    let out = stdout(&["--ladder", &acme, "diff", "dev", "advisor"]);
    assert!(out.contains("no route joins these levels"), "{out}");
    // So does a plan, whose answer is the comparison; `path` fails.
    let plan = stdout(&["--ladder", &acme, "plan", "dev", "advisor"]);
    assert!(
        plan.contains("- **Route:** no route joins these levels"),
        "{plan}"
    );
    assert!(plan.contains("## Responsibilities to take on"), "{plan}");
    let p = json(&["--ladder", &acme, "plan", "dev", "advisor"]);
    assert_eq!(p["path"], serde_json::json!([]));
    ladder()
        .args(["--ladder", &acme, "path", "dev", "advisor"])
        .assert()
        .code(1)
        .stdout("");
}
