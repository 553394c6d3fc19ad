//! End-to-end tests of list, show and diff, on the built-in ladder and a ladder file.

mod common;

use common::{ACME, DEFAULT_IDS, fits_80_columns, fixture, ids, json, ladder, stdout};
use predicates::prelude::*;
use serde_json::Value;

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
    assert!(out.contains("0–30%") && out.contains("Manages the people"));
}

/// A track no level is on says so, rather than print a table with no rows
/// (`lint` advises taking it out: unused-entry).
#[test]
fn list_says_a_track_has_no_level() {
    let path = common::acme_with(
        "spare.yaml",
        &[("tracks:\n", "tracks:\n  - {id: spare, name: Spare}\n")],
    );
    let path = path.to_str().unwrap();
    let out = stdout(&["--ladder", path, "list"]);
    assert!(
        out.starts_with("Spare (spare)\nNo level is on this track.\n\n"),
        "{out}"
    );
    let out = stdout(&["--ladder", path, "list", "--format", "markdown"]);
    assert!(
        out.contains("## Spare (`spare`)\n\nNo level is on this track.\n"),
        "{out}"
    );
}

#[test]
fn list_json_is_an_array_of_levels() {
    let list = json(&["list"]);
    assert_eq!(ids(&list), DEFAULT_IDS);
    let em = &list[4];
    assert_eq!(em["name"], "Engineering Manager");
    assert_eq!(em["track"], "management");
    assert_eq!(
        em["role"],
        "Manages the people of one team and how the team delivers."
    );
    assert_eq!(em["scope"], "team");
    assert_eq!(em["coding"], serde_json::json!({"min": 0, "max": 30}));
    assert_eq!(em["span"], serde_json::json!({"min": 6, "max": 8}));
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
        .stderr("error: no track 'sales' in the built-in ladder (known: ic, management)\n");
}

#[test]
fn list_yaml_has_the_json_fields() {
    let out = stdout(&["list", "--format", "yaml"]);
    assert!(
        out.starts_with("- id: \"senior\"\n  name: \"Senior Engineer\"\n  track: \"ic\"\n"),
        "{out}"
    );
    assert_eq!(out.matches("\n- id: ").count(), 7);
    // No text is a plain scalar, which a YAML 1.1 reader could take for a
    // boolean, a date or a number: every value is quoted, or is null, a
    // boolean, a number or an empty collection.
    for line in out.lines() {
        let line = line.trim_start().trim_start_matches("- ");
        let value = match line.split_once(": ") {
            Some((_, value)) => value,
            None if line.ends_with(':') => continue,
            None => line,
        };
        let plain_ok =
            ["null", "true", "false", "[]", "{}"].contains(&value) || value.parse::<f64>().is_ok();
        assert!(value.starts_with('"') || plain_ok, "{line}");
    }
    // The same data as the JSON, read back by a YAML reader.
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&["list", "--format", "json"])).unwrap();
    let yaml: serde_json::Value = ladder::file::yaml::parse(&out).unwrap();
    assert_eq!(yaml, json);
}

#[test]
fn show_prints_everything_about_a_level_at_80_columns() {
    let out = stdout(&["show", "em"]);
    assert!(fits_80_columns(&out), "{out}");
    for needle in [
        "Engineering Manager (em)",
        "6–8 direct reports [3]",
        "Lateral     staff [4]",
        "One-on-ones",
        "Shielding the team",
        "letting go of it",
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
    assert!(em["shift"].as_str().unwrap().contains("relational"));
    // Facts carry their own sources; a range keeps its file form.
    assert_eq!(
        em["span"],
        serde_json::json!({"min": 6, "max": 8, "sources": ["codecapsule"]})
    );
    assert_eq!(
        em["lateral"],
        serde_json::json!([{"id": "staff", "sources": ["gitlab-staff"]}])
    );
    // A lateral move is one pair, whichever level declares it: both levels'
    // JSON list it, with its sources, as their tables do.
    for level in common::DEFAULT_IDS {
        let shown = json(&["show", level]);
        for peer in shown["lateral"].as_array().unwrap() {
            let other = json(&["show", peer["id"].as_str().unwrap()]);
            let back: Vec<&Value> = (other["lateral"].as_array().unwrap().iter())
                .filter(|l| l["id"] == *level)
                .collect();
            assert_eq!(
                back,
                [&serde_json::json!({"id": level, "sources": peer["sources"]})]
            );
        }
    }
    // A role outside the ladder is no level to show: a terminal names it.
    let vp = stdout(&["show", "vp"]);
    assert!(
        vp.contains(" Reports to  cto, Chief Executive Officer\n"),
        "{vp}"
    );
    // In a file where one side declares it.
    let acme = fixture(ACME);
    let head = json(&["--ladder", &acme, "show", "head"]);
    assert_eq!(
        head["lateral"],
        serde_json::json!([{"id": "principal", "sources": []}])
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
            "error: no level 'dirctor' in the built-in ladder; did you mean 'director'? \
         (known: senior, staff, principal, tech-lead, em, director, vp, cto)\n",
        );
    ladder()
        .args(["diff", "em", "zzz"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: no level 'zzz' in the built-in ladder (known: ",
        ));
    // A near miss of an alias or a name is suggested as that, with the id.
    for (typed, meant) in [
        ("manger", "'manager' (em)"),
        ("enginering manager", "'Engineering Manager' (em)"),
    ] {
        ladder()
            .args(["show", typed])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(format!(
                "; did you mean {meant}? (known: "
            )));
    }
}

/// A name of another kind of thing is said to be one, with the command
/// that takes it, instead of near misses of the kind looked for.
#[test]
fn a_name_of_another_kind_points_to_the_command_that_takes_it() {
    for (args, said) in [
        (
            &["show", "Coaching"][..],
            "'Coaching' is a skill in the built-in ladder, not a level: `ladder skill coaching` lists the levels that ask for it",
        ),
        (
            &["diff", "em", "management"],
            "'management' is a track in the built-in ladder, not a level: `ladder list --track management` lists its levels",
        ),
        (
            &["list", "--track", "em"],
            "'em' is a level in the built-in ladder, not a track: `ladder show em` shows it, and `ladder list --track management` its track",
        ),
        (
            &["skill", "hiring"],
            "'hiring' is a responsibility (Hiring and recruiting) in the built-in ladder, not a skill: `ladder search` finds the levels that ask for it by its words",
        ),
        (
            &["skill", "budget and headcount"],
            "'budget and headcount' is a responsibility in the built-in ladder, not a skill: `ladder search`",
        ),
    ] {
        let stderr = common::failure(args);
        assert!(
            stderr.starts_with(&format!("error: {said}")),
            "{args:?}: {stderr}"
        );
    }
    // The commands it points to read the same ladder: a ladder a flag named
    // is named to them too, one from LADDER_FILE needs nothing.
    let acme = fixture(ACME);
    let stderr = common::failure(["--ladder", &acme, "show", "rust"]);
    assert!(
        stderr.starts_with(&format!(
            "error: 'rust' is a skill in '{acme}', not a level: `ladder --ladder {acme} skill rust` lists"
        )),
        "{stderr}"
    );
    let stderr = common::failed(ladder().env("LADDER_FILE", &acme).args(["show", "rust"]));
    assert!(stderr.contains(": `ladder skill rust` lists"), "{stderr}");
    // The kind looked for is listed too, as for a name of nothing: an
    // assessment's `level:` needs one of them.
    let stderr = common::failure(["show", "coaching"]);
    assert!(
        stderr.ends_with(
            "(the levels: senior, staff, principal, tech-lead, em, director, vp, cto)\n"
        ),
        "{stderr}"
    );
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
    assert!(ids(&d["skills"]["gained"]).contains(&"process-design"));
    assert!(ids(&d["skills"]["dropped"]).contains(&"empathy"));
    assert!(ids(&d["skills"]["kept"]).contains(&"coaching"));
    assert_eq!(d["skills"]["gained"][0]["name"], "Technical foresight");
    assert_eq!(
        ids(&d["responsibilities"]["gained"])[0],
        "technical-strategy"
    );
    assert!(ids(&d["responsibilities"]["dropped"]).contains(&"performance-management"));
    assert!(ids(&d["responsibilities"]["kept"]).contains(&"hiring"));
    let mix = &d["skill_mix"];
    assert_eq!(mix["technical"], serde_json::json!({"from": 0, "to": 1}));
    assert_eq!(mix["relational"], serde_json::json!({"from": 5, "to": 2}));
    assert_eq!(
        mix["organizational"],
        serde_json::json!({"from": 2, "to": 4})
    );
    assert_eq!(mix["business"], serde_json::json!({"from": 0, "to": 1}));
    assert_eq!(d["shifts"][0]["level"], "director");
    assert!(
        d["shifts"][0]["text"]
            .as_str()
            .unwrap()
            .contains("system of teams")
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
    assert!(
        up["shifts"][0]["text"]
            .as_str()
            .unwrap()
            .contains("perhaps 20 to 30 percent")
    );
    // A shift tells of the usual way into its level, a promotion (or a
    // lateral move into a level no promotion leads to): none for a level
    // entered by a step down, or across when it is otherwise promoted into,
    // in any command that shows shifts. (cto → vp is across, then down.)
    assert_eq!(down["shifts"], serde_json::json!([]));
    let entered = |args: &[&str], key: &str| -> Vec<String> {
        (json(args)[key].as_array().unwrap().iter())
            .map(|s| {
                s["level"]
                    .as_str()
                    .or(s["level"]["id"].as_str())
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(entered(&["diff", "vp", "cto"], "shifts"), ["cto"], "across");
    // Across from EM into Staff, which Senior is promoted into. Of the two
    // routes from Staff to Director, each one step across and one up, the
    // one entering Director by its promotion wins: across into EM (which
    // Tech Lead is promoted into), then up into Director, whose shift it is.
    assert_eq!(
        entered(&["diff", "em", "staff"], "shifts"),
        Vec::<String>::new()
    );
    // A duty kept under another name says what it was called; one kept as
    // it was says nothing more.
    let kept = json(&["diff", "senior", "staff"])["responsibilities"]["kept"].clone();
    assert_eq!(
        kept[0],
        serde_json::json!({"id": "write-code", "name": "Hands-on delivery"})
    );
    assert_eq!(kept[3]["was"], "Mentoring");
    let path = json(&["diff", "staff", "director"])["path"].clone();
    assert_eq!(path, serde_json::json!(["staff", "em", "director"]));
    assert_eq!(
        entered(&["diff", "staff", "director"], "shifts"),
        ["director"]
    );
    assert_eq!(
        entered(&["plan", "cto", "tech-lead"], "steps"),
        Vec::<String>::new()
    );
    assert!(!stdout(&["diff", "em", "tech-lead"]).contains("Shifts along the route"));
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
