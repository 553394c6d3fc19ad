//! `ladder lint`: every rule firing on a fixture written to set each off, each
//! silenced by `--allow` and by the file's `lint` section, and the exit codes.

mod common;

use common::{fixture, ladder, stdout, usage_error};
use serde_json::Value;

const LINT: &str = "tests/fixtures/lint.yaml";

fn advice(args: &[&str]) -> Vec<Value> {
    let mut line = vec!["lint", LINT, "-f", "json"];
    line.extend(args);
    let out = ladder()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(&line)
        .assert()
        .success();
    serde_json::from_slice::<Value>(&out.get_output().stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn rules(found: &[Value]) -> Vec<&str> {
    let mut rules: Vec<&str> = found.iter().map(|a| a["rule"].as_str().unwrap()).collect();
    rules.sort_unstable();
    rules.dedup();
    rules
}

#[test]
fn every_rule_fires_with_its_position() {
    let found = advice(&[]);
    let names: Vec<&str> = ladder::commands::lint::RULES
        .iter()
        .map(|(n, _)| *n)
        .collect();
    // All but separate-group, which a ladder of tracks apart sets off, and
    // level-order, which a ladder listed out of order does (below).
    let mut all: Vec<&str> = (names.iter().copied())
        .filter(|&n| n != "separate-group" && n != "level-order")
        .collect();
    all.sort_unstable();
    assert_eq!(rules(&found), all);
    let apart = ladder()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["lint", "tests/fixtures/acme.yaml"])
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&apart.get_output().stdout),
        "tests/fixtures/acme.yaml:91:9: level 'advisor' is joined to the rest of the ladder by no promotion or lateral move, so no route reaches it from 'dev'; add a lateral move where people move between them [separate-group]\n1 finding in 1 file\n"
    );
    let at = |rule: &str| {
        let a = found.iter().find(|a| a["rule"] == rule).unwrap();
        (
            a["line"].as_u64().unwrap(),
            a["column"].as_u64().unwrap(),
            a["message"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(at("trailing-space").0, 22);
    assert_eq!((at("tab-in-text").0, at("tab-in-text").1), (23, 17));
    assert_eq!(
        at("unreachable-level").2,
        "no promotion or lateral move leads to level 'o4'; add it to another level's `next` or `lateral`"
    );
    assert!(
        at("mixed-spelling")
            .2
            .contains("'organization' is also spelled 'organisation'")
    );
    assert!(
        at("overlapping-wording")
            .2
            .contains("skill 'reviewing' is worded like skill 'review'")
    );
    assert!(
        at("skill-mirrors-duty")
            .2
            .starts_with("skill 'hiring' mirrors responsibility 'hire'")
    );
    assert!(
        at("lateral-rank-gap")
            .2
            .starts_with("'e' and 'd' are 2 promotions apart")
    );
    assert!(
        at("uneven-step")
            .2
            .starts_with("the step from 'a' to 'b' changes 1 duties")
    );
    assert!(
        at("no-own-duty")
            .2
            .starts_with("every responsibility of level 'b'")
    );
    assert_eq!(found[0]["file"], LINT);
    let text = ladder()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["lint", LINT])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&text.get_output().stdout).to_string();
    assert!(
        text.contains(&format!(
            "{LINT}:22:18: the line ends in spaces or tabs; remove them [trailing-space]\n"
        )),
        "{text}"
    );
    // Level `a` brings in the duty `b` keeps word for word: only `b` has
    // nothing of its own.
    let own = found.iter().filter(|a| a["rule"] == "no-own-duty").count();
    assert_eq!(own, 1);
    assert!(
        text.contains(&format!(
            "{LINT}:6:8: track 'spare' has no level on it; put levels on it or take it out [unused-entry]\n"
        )),
        "{text}"
    );
    assert!(text.ends_with("13 findings in 1 file\n"), "{text}");
}

/// A tab is advice where a text holds it, not where it separates a key from
/// its value or a value from its comment, or sits in a comment.
#[test]
fn a_tab_is_advice_only_within_a_value() {
    let text = std::fs::read_to_string(fixture(LINT)).unwrap();
    for (scope, advised) in [
        ("scope: \"task\tand more\"", true),
        ("scope: task\tand more", true),
        ("scope: 'task\tand more'", true),
        ("scope:\t\"task and more\"", false),
        ("scope: \"task and more\"\t# a note", false),
        ("scope: \"task and more\"  # a\tnote", false),
        ("scope: task, \tand more", true),
        ("scope\t: \"task and more\"", false),
        // A block's lines are text to their end, a ` #` in them too.
        ("scope: |-\n      task #4\tand more", true),
        ("scope: |-\n      task and more\n    shift: a\tb", true),
        // A block that is a list's item, and one after a quoted item with a
        // tab in a list in brackets.
        (
            "scope: task\n    pitfalls:\n      - |\n        Gains:\tmore",
            true,
        ),
        ("scope: task\n    shift: |\n      Gains:\tmore", true),
    ] {
        let file = text.replacen("scope: \"task\tand more\"", scope, 1);
        assert_ne!(file, text.replacen('\t', "", 1), "{scope}");
        let found = lint_file(&file, &[]);
        let tabs = found.iter().filter(|f| f["rule"] == "tab-in-text").count();
        assert_eq!(tabs, usize::from(advised), "{scope:?}: {found:?}");
    }
    // A tab in a quoted item of a list in brackets leaves the rest of the
    // file read as it is: a block below is still a block.
    let both = text.replacen(
        "scope: \"task\tand more\"",
        "scope: task\n    pitfalls: [x, \"as the\tonly way\", up]\n    shift: |\n      Gains:\tmore",
        1,
    );
    let found = lint_file(&both, &[]);
    let lines: Vec<u64> = (found.iter())
        .filter(|f| f["rule"] == "tab-in-text")
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [24, 26], "{found:?}");
}

#[test]
fn rules_are_silenced_on_the_command_line_and_in_the_file() {
    // On the command line a rule's name is read in any case.
    let found = advice(&["--allow", "uneven-step", "--allow", "No-Own-Duty"]);
    assert!(!rules(&found).contains(&"uneven-step") && !rules(&found).contains(&"no-own-duty"));
    assert_eq!(found.len(), 13 - 3 - 1);
    let text = std::fs::read_to_string(fixture(LINT)).unwrap();
    let quiet = format!("{text}lint:\n  allow: [trailing-space, mixed-spelling]\n");
    let out = ladder()
        .args(["lint", "-", "-f", "json"])
        .write_stdin(quiet)
        .assert()
        .success();
    let found: Vec<Value> = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert!(
        !rules(&found).contains(&"trailing-space") && !rules(&found).contains(&"mixed-spelling")
    );
    assert_eq!(found.len(), 11);
    // A name that is no rule, on the command line (a usage error, as clap's
    // own are) or in the file (advice on the file).
    let stderr = usage_error(["lint", "--allow", "uneven-steps"]);
    assert!(
        stderr.starts_with(
            "error: --allow: no lint rule 'uneven-steps'; did you mean 'uneven-step'? (known: uneven-step,"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("Usage: ladder lint"), "{stderr}");
    // Read in any case, and quoted as typed.
    let stderr = usage_error(["lint", "--allow", "Uneven-Steps"]);
    assert!(
        stderr.contains("no lint rule 'Uneven-Steps'; did you mean 'uneven-step'?"),
        "{stderr}"
    );
    let typo = format!("{text}lint:\n  allow: [trailing-spaces]\n");
    let out = ladder()
        .args(["lint", "-"])
        .write_stdin(typo)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        out.contains("no lint rule 'trailing-spaces'; did you mean 'trailing-space'?")
            && out.contains("[lint-settings]"),
        "{out}"
    );
}

#[test]
fn advice_fails_the_run_only_with_deny_and_invalid_files_always() {
    ladder().args(["lint", &fixture(LINT)]).assert().success();
    ladder()
        .args(["lint", &fixture(LINT), "--deny"])
        .assert()
        .code(1)
        .stderr("");
    let builtin = stdout(&["lint", "--deny"]);
    assert_eq!(builtin, "<built-in ladder>: no advice\n");
    let bad = fixture("tests/fixtures/bad/unknown-skill.yaml");
    let out = ladder().args(["lint", &bad]).assert().code(1);
    let out = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        out.contains("unknown skill 'juggling'") && out.contains("[invalid]"),
        "{out}"
    );
    // The command that lists its problems names it.
    assert!(
        out.ends_with(&format!("(1 invalid: run `ladder validate {bad}`)\n")),
        "{out}"
    );
    // An assessment is said to be one, not a ladder missing every key.
    let out = ladder()
        .arg("lint")
        .arg("-")
        .write_stdin("assessment: 1\nlevel: em\n")
        .assert()
        .code(1);
    let out = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        out.starts_with("<stdin>: this is an assessment, not a ladder: give it to `ladder assess`")
            && out.contains("1 finding in 1 file"),
        "{out}"
    );
}

#[test]
fn each_rule_is_silenced_on_its_own() {
    let all = advice(&[]);
    // separate-group and level-order are silenced on ladders of their own.
    let rules = ladder::commands::lint::RULES.map(|(rule, _)| rule);
    let own = ["separate-group", "level-order"];
    for rule in rules.into_iter().filter(|r| !own.contains(r)) {
        let quiet = advice(&["--allow", rule]);
        let fired = all.iter().filter(|a| a["rule"] == rule).count();
        assert!(fired > 0, "{rule} fires on the fixture");
        assert_eq!(quiet.len(), all.len() - fired, "{rule}");
        assert!(quiet.iter().all(|a| a["rule"] != rule), "{rule}");
    }
}

/// A level of a generated ladder: one duty (`duty`, or one of its own) and
/// no skills, then `more` (its moves).
fn level(id: &str, track: &str, duty: Option<&str>, more: &str) -> String {
    let duty = duty.map_or(format!("{id}-d"), str::to_string);
    format!(
        "  - {{id: {id}, name: {id}, track: {track}, role: r, scope: s, responsibilities: [{{id: {duty}, name: {duty} duty}}], skills: []{more}}}\n"
    )
}

/// `ladder lint -` of `file` with `args`, as JSON.
fn lint_file(file: &str, args: &[&str]) -> Vec<Value> {
    let out = ladder()
        .args(["lint", "-", "-f", "json"])
        .args(args)
        .write_stdin(file.to_string())
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

/// A track entered by a lateral move from a senior level starts at that
/// level's rank, in whichever order the file lists the levels: the lateral
/// moves between two tracks place them, and a move is a gap only two ranks
/// or more from where they agree (the fixture's gap is within one track).
#[test]
fn a_track_entered_sideways_starts_where_it_is_entered() {
    let level = |id: &str, track: &str, more: &str| level(id, track, None, more);
    let head = "schema: 1\ntitle: Fork\ntracks:\n  - {id: ic, name: IC}\n  - {id: mgmt, name: Management}\nskills: []\nlevels:\n";
    let ic = [
        level("e1", "ic", ", next: [e2]"),
        level("e2", "ic", ", next: [e3]"),
        level("e3", "ic", ", lateral: [m1]"),
    ]
    .concat();
    let mgmt = [level("m1", "mgmt", ", next: [m2]"), level("m2", "mgmt", "")].concat();
    for file in [format!("{head}{ic}{mgmt}"), format!("{head}{mgmt}{ic}")] {
        let found = lint_file(&file, &[]);
        assert!(found.is_empty(), "{file}\n{found:?}");
    }
}

/// Lateral moves between two tracks that each stay within a rank of the
/// others are no gap, whichever level lists each move; and which side lists
/// a move changes no rank a duty is owned by.
#[test]
fn ranks_across_tracks_do_not_depend_on_which_side_lists_a_move() {
    let level = |id: &str, track: &str, duty: &str, more: &str| level(id, track, Some(duty), more);
    // Track o is apart from the others, which separate-group says, and
    // some files leave one track empty.
    let lint = |file: String| {
        let allow = ["--allow", "separate-group", "--allow", "unused-entry"];
        let found = lint_file(&file, &allow);
        assert!(found.is_empty(), "{file}\n{found:?}");
    };
    let head = "schema: 1\ntitle: T\ntracks:\n  - {id: e, name: E}\n  - {id: m, name: M}\n  - {id: o, name: O}\nskills: []\nlevels:\n";
    // e1 ~ m2, e3 ~ m3, e5 ~ m4: each within a rank of the middle one.
    for e1_lists in [true, false] {
        let (on_e1, on_m2) = match e1_lists {
            true => (", next: [e2], lateral: [m2]", ", next: [m3]"),
            false => (", next: [e2]", ", next: [m3], lateral: [e1]"),
        };
        lint(
            [
                head.to_string(),
                level("e1", "e", "e1", on_e1),
                level("e2", "e", "e2", ", next: [e3]"),
                level("e3", "e", "e3", ", next: [e4], lateral: [m3]"),
                level("e4", "e", "e4", ", next: [e5]"),
                level("e5", "e", "e5", ", lateral: [m4]"),
                level("m1", "m", "m1", ", next: [m2]"),
                level("m2", "m", "m2", on_m2),
                level("m3", "m", "m3", ", next: [m4]"),
                level("m4", "m", "m4", ""),
            ]
            .concat(),
        );
    }
    // e1 and o1 share a duty at the bottom of their tracks; e3 ~ m1 either way.
    for e3_lists in [true, false] {
        let (on_e3, on_m1) = match e3_lists {
            true => (", lateral: [m1]", ", next: [m2]"),
            false => ("", ", next: [m2], lateral: [e3]"),
        };
        lint(
            [
                head.to_string(),
                level("e1", "e", "shared", ", next: [e2]"),
                level("e2", "e", "e2", ", next: [e3]"),
                level("e3", "e", "e3", on_e3),
                level("m1", "m", "m1", on_m1),
                level("m2", "m", "m2", ""),
                level("o1", "o", "shared", ", next: [o2]"),
                level("o2", "o", "o2", ""),
            ]
            .concat(),
        );
    }
}

/// A move far from where the others between the same two tracks agree is
/// reported, in either order of the file's levels.
#[test]
fn a_move_out_of_line_with_the_others_is_a_gap() {
    let level = |id: &str, track: &str, more: &str| level(id, track, None, more);
    let head = "schema: 1\ntitle: T\ntracks:\n  - {id: a, name: A}\n  - {id: b, name: B}\nskills: []\nlevels:\n";
    let a = [
        level("a0", "a", ", next: [a1], lateral: [b0]"),
        level("a1", "a", ", next: [a2], lateral: [b1]"),
        level("a2", "a", ", next: [a3]"),
        level("a3", "a", ", next: [a4]"),
        level("a4", "a", ", next: [a5]"),
        level("a5", "a", ", lateral: [b2]"),
    ]
    .concat();
    let b = [
        level("b0", "b", ", next: [b1]"),
        level("b1", "b", ", next: [b2]"),
        level("b2", "b", ""),
    ]
    .concat();
    for file in [format!("{head}{a}{b}"), format!("{head}{b}{a}")] {
        let found = lint_file(&file, &["--allow", "uneven-step"]);
        let messages: Vec<&str> = found
            .iter()
            .map(|f| f["message"].as_str().unwrap())
            .collect();
        assert_eq!(messages.len(), 1, "{file}\n{messages:?}");
        assert!(
            messages[0].starts_with("'a5' and 'b2' are 3 promotions apart"),
            "{messages:?}"
        );
    }
}

/// A track starts at its level no promotion leads to, wherever the file
/// lists it; a second such level that leads nowhere is unreachable.
#[test]
fn a_track_starts_where_its_promotions_start_in_any_order() {
    let head = "schema: 1\ntitle: T\ntracks:\n  - {id: a, name: A}\nskills: []\nlevels:\n";
    let file = [
        head.to_string(),
        level("a2", "a", None, ""),
        level("a1", "a", None, ", next: [a2]"),
    ]
    .concat();
    // Out of order, which level-order says, not unreachable-level.
    assert_eq!(rules(&lint_file(&file, &[])), ["level-order"], "{file}");
    let allow = ["--allow", "level-order"];
    let stray = format!("{file}{}", level("a9", "a", None, ""));
    let found = lint_file(&stray, &allow);
    assert_eq!(rules(&found), ["unreachable-level"], "{found:?}");
    assert!(
        found[0]["message"].as_str().unwrap().contains("'a9'"),
        "{found:?}"
    );
}

/// A track entered from another (its first level a promotion's end) has no
/// start of its own: a level of it that nothing leads to is cut off, even
/// when it leads nowhere; a track no move enters starts at its first level.
#[test]
fn a_level_of_a_track_entered_elsewhere_that_nothing_reaches_is_unreachable() {
    let head = "schema: 1\ntitle: T\ntracks:\n  - {id: a, name: A}\n  - {id: m, name: M}\nskills: []\nlevels:\n";
    let file = [
        head.to_string(),
        level("a1", "a", None, ", next: [m1]"),
        level("m1", "m", None, ""),
        level("m2", "m", None, ""),
    ]
    .concat();
    let found = lint_file(&file, &[]);
    assert_eq!(rules(&found), ["unreachable-level"], "{found:?}");
    assert!(
        found[0]["message"].as_str().unwrap().contains("'m2'"),
        "{found:?}"
    );
    // Entered by a lateral move instead, the same.
    let sideways = file.replace("next: [m1]", "lateral: [m1]");
    assert_eq!(
        rules(&lint_file(&sideways, &["--allow", "lateral-rank-gap"])),
        ["unreachable-level"]
    );
    // Levels that something leads to, but only from each other (a pair
    // joined by a lateral move, their promotion into them taken away), are
    // cut off from every track's start: each is unreachable.
    let pair = |a2: &str, a4: &str| {
        [
            head.to_string(),
            level("a1", "a", None, ", next: [a2]"),
            level("a2", "a", None, a2),
            level("a3", "a", None, ", lateral: [a4]"),
            level("a4", "a", None, a4),
        ]
        .concat()
    };
    let cut = pair("", "");
    // A promotion out of them into the rest leads nothing in.
    let leading_out = pair("", ", next: [a2]");
    let found = lint_file(
        &leading_out,
        &["--allow", "lateral-rank-gap", "--allow", "uneven-step"],
    );
    assert_eq!(
        found
            .iter()
            .filter(|f| f["rule"] == "unreachable-level")
            .count(),
        2,
        "{found:?}"
    );
    let allow = ["--allow", "lateral-rank-gap", "--allow", "unused-entry"];
    let found = lint_file(&cut, &allow);
    let messages: Vec<&str> = (found.iter())
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    for (message, id) in messages.iter().zip(["a3", "a4"]) {
        assert!(
            message.starts_with(&format!("no chain of promotions and lateral moves from where a track starts reaches level '{id}'")),
            "{messages:?}"
        );
    }
    // Joined to the rest, they are not.
    let joined = pair(", next: [a3]", "");
    assert!(lint_file(&joined, &allow).is_empty(), "{joined}");
    // Two tracks of one level each, joined by a lateral move: neither has a
    // start of its own, and nothing is cut off.
    let flat = [
        head.to_string(),
        level("a1", "a", None, ", lateral: [m1]"),
        level("m1", "m", None, ""),
    ]
    .concat();
    assert!(lint_file(&flat, &[]).is_empty(), "{flat}");
    // A track of one level that nothing enters starts there: it is no
    // unreachable level, but a group apart from the rest of the ladder.
    let alone = [
        head.to_string(),
        level("a1", "a", None, ""),
        level("m1", "m", None, ""),
    ]
    .concat();
    let found = lint_file(&alone, &[]);
    assert_eq!(rules(&found), ["separate-group"], "{found:?}");
    assert!(lint_file(&alone, &["--allow", "separate-group"]).is_empty());
}

/// Two duties of one level worded alike cannot share an id (the rules
/// refuse an id twice on a level): the advice says to merge or reword them.
#[test]
fn duties_worded_alike_on_one_level_are_told_to_merge() {
    let ladder_text = "schema: 1\ntitle: T\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n  - {id: a, name: A, track: t, role: r, scope: s, skills: [], responsibilities: [{id: plan, name: Architecture strategy}, {id: strategy, name: strategy architecture}]}\n";
    let out = ladder()
        .args(["lint", "-", "-f", "json"])
        .write_stdin(ladder_text)
        .assert()
        .success();
    let found: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let message = found[0]["message"].as_str().unwrap();
    assert_eq!(
        message,
        "responsibility 'strategy' on level 'a' is worded like 'plan' on level 'a'; merge them, or word one otherwise"
    );
}

/// A group apart is told whatever `unreachable-level` is allowed; a level cut
/// off inside a track is that rule's, not this one's.
#[test]
fn a_group_apart_is_told_whatever_else_is_allowed() {
    let ladder_text = "schema: 1\ntitle: T\ntracks:\n  - {id: a, name: A}\n  - {id: m, name: M}\nskills: []\nlevels:\n  - {id: a1, name: A1, track: a, role: r, scope: s, responsibilities: [{id: d1, name: D one}], skills: []}\n  - {id: m1, name: M1, track: m, role: r, scope: s, responsibilities: [{id: d2, name: D two}], skills: [], next: [m2]}\n  - {id: m2, name: M2, track: m, role: r, scope: s, responsibilities: [{id: d3, name: D three}], skills: []}\n  - {id: m3, name: M3, track: m, role: r, scope: s, responsibilities: [{id: d4, name: D four}], skills: []}\n";
    for allow in [&[][..], &["--allow", "unreachable-level"]] {
        let found = lint_file(ladder_text, allow);
        let apart: Vec<&str> = (found.iter())
            .filter(|f| f["rule"] == "separate-group")
            .map(|f| f["message"].as_str().unwrap())
            .collect();
        assert_eq!(
            apart,
            [
                "level 'a1' is joined to the rest of the ladder by no promotion or lateral move, so no route reaches it from 'm1'; add a lateral move where people move between them"
            ],
            "{allow:?}"
        );
    }
    // A duty worded like one whose id its level has already is told to merge.
    let twice = "schema: 1\ntitle: T\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n  - {id: a1, name: A1, track: t, role: r, scope: s, skills: [], next: [a2], responsibilities: [{id: x, name: Plan the work}]}\n  - {id: a2, name: A2, track: t, role: r, scope: s, skills: [], responsibilities: [{id: x, name: Plan all the work}, {id: d-a2, name: the work plan}]}\n";
    let found = lint_file(twice, &["--allow", "no-own-duty"]);
    let said: Vec<&str> = (found.iter())
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        said.iter().any(|m| m.contains("'d-a2' on level 'a2'")
            && m.ends_with("merge them, or word one otherwise")),
        "{said:?}"
    );
}

/// Levels are listed from junior to senior: one listed before a level
/// promoted into it is advice at the promotion, whichever track it is on.
#[test]
fn a_level_listed_before_one_promoted_into_it_is_out_of_order() {
    let head = "schema: 1\ntitle: T\ntracks:\n  - {id: a, name: A}\nskills: []\nlevels:\n";
    let ordered = [
        head.to_string(),
        level("a1", "a", None, ", next: [a2]"),
        level("a2", "a", None, ", next: [a3]"),
        level("a3", "a", None, ""),
    ]
    .concat();
    assert!(lint_file(&ordered, &[]).is_empty(), "{ordered}");
    let reversed = [
        head.to_string(),
        level("a3", "a", None, ""),
        level("a2", "a", None, ", next: [a3]"),
        level("a1", "a", None, ", next: [a2]"),
    ]
    .concat();
    let found = lint_file(&reversed, &[]);
    let said: Vec<(u64, &str)> = (found.iter())
        .map(|f| (f["line"].as_u64().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        said,
        [
            (
                8,
                "level 'a3' is listed before 'a2', which is promoted into it; list levels from junior to senior, the order `export`, the site and each track's `list` show"
            ),
            (
                9,
                "level 'a2' is listed before 'a1', which is promoted into it; list levels from junior to senior, the order `export`, the site and each track's `list` show"
            ),
        ]
    );
    assert!(lint_file(&reversed, &["--allow", "level-order"]).is_empty());
}
