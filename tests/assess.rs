//! `ladder assess`: the skeleton, the readiness report in every format, a
//! person on a team's own ladder, progress between two assessments, a stale
//! assessment after the ladder changed, and bad assessment files.

mod common;

use common::{here, ladder, markdown_outline};
use serde_json::Value;

const ADA: &str = "tests/fixtures/assess/ada.yaml";
const OLDER: &str = "tests/fixtures/assess/older.yaml";
const AXES_DEV: &str = "tests/fixtures/assess/axes-dev.yaml";

/// `ladder ARGS` in the crate's directory, failing: its one error line.
fn fails(args: &[&str], stdin: &str) -> String {
    let out = ladder()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .write_stdin(stdin)
        .assert()
        .code(1)
        .stdout("");
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

fn json(args: &[&str]) -> Value {
    let mut line = args.to_vec();
    line.extend(["-f", "json"]);
    serde_json::from_str(&here(&line)).unwrap()
}

#[test]
fn init_lists_every_expectation_of_the_target_grouped_as_the_plan() {
    let text = here(&[
        "assess",
        "init",
        "--level",
        "em",
        "--target",
        "director",
        "--person",
        "Ada: \"A\" Example",
    ]);
    assert!(text.starts_with("# yaml-language-server: $schema=assessment.schema.json\n"));
    let groups: Vec<&str> = text.lines().filter(|l| l.starts_with("  # To ")).collect();
    assert_eq!(groups.len(), 3, "{text}");
    assert!(groups[0].starts_with("  # To take on:") && groups[2].starts_with("  # To keep:"));
    assert!(
        text.contains(
            "  technical-strategy: {rating: not-yet, evidence: []}  # Technical strategy\n"
        )
    );
    // It reads back: every expectation unrated in effect, nothing met.
    let out = ladder()
        .args(["assess", "-", "-f", "json"])
        .write_stdin(text.clone())
        .assert()
        .success();
    let report: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["person"], "Ada: \"A\" Example");
    assert_eq!(report["readiness"], 0);
    let director = common::json(&["show", "director"]);
    let expected = director["responsibilities"].as_array().unwrap().len()
        + director["skills"].as_array().unwrap().len();
    assert_eq!(report["items"].as_array().unwrap().len(), expected);
    // It passes an independent validator against its own schema.
    let schema: Value = serde_json::from_str(&here(&["schema", "assessment"])).unwrap();
    let validator = jsonschema::draft7::new(&schema).unwrap();
    let doc: Value =
        serde_json::to_value(ladder::file::yaml::parse::<Value>(&text).unwrap()).unwrap();
    assert!(validator.is_valid(&doc));
    // The target defaults to the level's first promotion; a level without one needs it.
    let default = here(&["assess", "init", "--level", "senior"]);
    assert!(default.contains("\ntarget: tech-lead\n"), "{default}");
    let stderr = fails(&["assess", "init", "--level", "vp"], "");
    assert!(stderr.contains("level 'vp' has no promotion in the built-in ladder; name the level you are going for with --target"), "{stderr}");
    let stderr = fails(
        &["assess", "init", "--level", "em", "--target", "manager"],
        "",
    );
    assert!(
        stderr.contains("--target is the level itself ('em')"),
        "{stderr}"
    );
}

#[test]
fn the_report_shows_what_is_met_and_what_is_missing() {
    let report = json(&["assess", ADA]);
    assert_eq!(report["level"]["id"], "em");
    assert_eq!(report["target"]["id"], "director");
    assert_eq!(report["path"], serde_json::json!(["em", "director"]));
    // 3 of 13: technical strategy, developing people, coaching (hiring has no evidence).
    assert_eq!(report["readiness"], 23);
    let item = |id: &str| {
        let items = report["items"].as_array().unwrap();
        items.iter().find(|i| i["id"] == id).unwrap().clone()
    };
    assert_eq!(item("develop-people")["missing"], serde_json::json!([]));
    // The note the table and the promotion case show is in the data too.
    assert_eq!(
        item("develop-people")["note"],
        "Ask for a third lead to mentor."
    );
    assert_eq!(item("hiring")["note"], serde_json::Value::Null);
    assert_eq!(
        item("hiring")["missing"],
        serde_json::json!(["no evidence"])
    );
    assert_eq!(
        item("cross-departmental-leadership")["missing"],
        serde_json::json!(["below meeting"])
    );
    assert_eq!(
        item("process-design")["missing"],
        serde_json::json!(["no rating", "no evidence"])
    );
    assert_eq!(item("coaching")["kind"], "skill");
    assert_eq!(
        report["responsibilities"],
        serde_json::json!({"id": "responsibilities", "name": "Responsibilities", "met": 2, "total": 5})
    );
    let relational = &report["categories"][1];
    assert_eq!(
        (
            relational["id"].as_str(),
            relational["met"].as_u64(),
            relational["total"].as_u64()
        ),
        (Some("relational"), Some(1), Some(2))
    );
    let table = here(&["assess", ADA]);
    assert!(
        table.contains(" Readiness  23% (3 of 13 expectations met with evidence)\n"),
        "{table}"
    );
    assert!(
        table.contains(
            "  Budget and headcount (responsibility, meeting)\n    missing: no evidence\n"
        ),
        "{table}"
    );
    let yaml = here(&["assess", ADA, "-f", "yaml"]);
    assert!(yaml.contains("readiness: 23\n"), "{yaml}");
}

#[test]
fn the_markdown_is_a_promotion_case() {
    let case = here(&["assess", ADA, "-f", "markdown"]);
    let (headings, table) = markdown_outline(&case);
    assert!(table);
    assert_eq!(
        headings,
        [
            "Promotion case: Ada Example, Engineering Manager → Director of Engineering",
            "By category",
            "Met",
            "Still open",
            "Not asked by the target",
            "The shifts on the route",
            "Pitfalls to watch"
        ]
    );
    // A rating of what only a level before the target asks for is shown,
    // apart from what counts.
    assert!(
        case.contains("## Not asked by the target\n\nRated, and asked for by a level before Director of Engineering on the route, but not by Director of Engineering; not counted:\n\n- `shield-team`\n"),
        "{case}"
    );
    assert!(case.contains("(https://example.com/plan)"), "{case}");
    assert!(case.contains("— Ask for a third lead to mentor."), "{case}");
}

#[test]
fn a_team_ladder_named_by_the_assessment_is_used() {
    // A ladder given with --ladder is read in its place, with a warning,
    // unless that is the same file: the command line outranks the file.
    let run = |ladder_file: &str| {
        (ladder().current_dir(env!("CARGO_MANIFEST_DIR")))
            .args(["--ladder", ladder_file, "assess", AXES_DEV])
            .write_stdin(std::fs::read_to_string("tests/fixtures/axes.yaml").unwrap())
            .assert()
    };
    let warned = run("data/ladder.yaml").code(1);
    assert_eq!(
        String::from_utf8_lossy(&warned.get_output().stderr),
        format!(
            "warning: {AXES_DEV} names its ladder (../axes.yaml); the one given with --ladder (data/ladder.yaml) is read in its place\n\
             error: {AXES_DEV}:5:8: level: no level 'd1' in 'data/ladder.yaml' (known: senior, staff, principal, tech-lead, em, director, vp, cto)\n"
        )
    );
    let same = run("tests/fixtures/axes.yaml").success();
    assert!(same.get_output().stderr.is_empty());
    let piped = run("-").success();
    assert!(
        String::from_utf8_lossy(&piped.get_output().stderr)
            .ends_with("the one given with --ladder (<stdin>) is read in its place\n")
    );
    // The ladder it names, missing, is its problem, at its `ladder:` line.
    let moved = common::file(
        "assessment-moved.yaml",
        b"assessment: 1\nladder: moved.yaml\nlevel: em\n",
    );
    let stderr = fails(&["assess", moved.to_str().unwrap()], "");
    assert!(
        stderr.contains(":2:9: ladder: the ladder it names cannot be used: ")
            && stderr.ends_with("; correct `ladder:`, or give the ladder with --ladder\n"),
        "{stderr}"
    );
    let report = json(&["assess", AXES_DEV]);
    assert_eq!(report["target"]["id"], "d2", "the first promotion of d1");
    let categories: Vec<&str> = (report["categories"].as_array().unwrap().iter())
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        categories,
        ["technology", "system", "people", "process", "influence"]
    );
    assert_eq!(report["readiness"], 42);
}

#[test]
fn progress_since_an_older_assessment() {
    let report = json(&["assess", ADA, "--against", OLDER]);
    let progress = &report["progress"];
    assert_eq!(progress["against"], OLDER);
    assert_eq!(
        progress["moved"][0],
        serde_json::json!({"id": "technical-strategy", "from": "working-towards", "to": "meeting", "direction": "up"})
    );
    let added = progress["evidence_added"].as_array().unwrap();
    assert!(added.iter().any(|a| a == &serde_json::json!({"id": "develop-people", "evidence": ["Started a managers' reading group"]})));
    assert!(
        !added.iter().any(|a| a["id"] == "coaching"),
        "unchanged evidence is not new"
    );
    assert_eq!(progress["readiness_before"], 15);
    assert_eq!(
        progress["newly_met"],
        serde_json::json!(["technical-strategy"])
    );
    assert_eq!(progress["no_longer_met"], serde_json::json!([]));
    let table = here(&["assess", ADA, "--against", OLDER]);
    assert!(
        table.contains(&format!(
            "Progress since {OLDER}\nReadiness: 15% then, 23% now.\nNewly met: Technical strategy (technical-strategy)\nRatings that moved:\n  • Technical strategy (technical-strategy): working-towards → meeting (up)\n"
        )),
        "{table}"
    );
    // Evidence has a list of its own, under its name.
    assert!(
        table.contains("Evidence:\n  • Technical strategy (technical-strategy): 1 new piece of evidence: Wrote the\n"),
        "{table}"
    );
    // What the target does not ask for goes by its id.
    assert!(
        table.contains("  • shield-team: unrated → meeting (new)\n"),
        "{table}"
    );
    // Blank evidence is no evidence: not new, as it does not count as met.
    let dir = std::env::temp_dir().join(format!("ladder-assess-blank-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, hiring: &str| {
        let path = dir.join(name);
        let text = format!("assessment: 1\nlevel: em\nratings:\n  hiring: {hiring}\n");
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let before = write("before.yaml", "{rating: meeting, evidence: []}");
    let after = write("after.yaml", "{rating: meeting, evidence: [\"   \"]}");
    let report = json(&["assess", &after, "--against", &before]);
    assert_eq!(report["progress"]["evidence_added"], serde_json::json!([]));
    // A rating that rose while its evidence was emptied no longer counts,
    // and says so before how it moved.
    let before = write("met.yaml", "{rating: meeting, evidence: [Ran the loop]}");
    let after = write("emptied.yaml", "{rating: exceeding, evidence: [\"  \"]}");
    let report = json(&["assess", &after, "--against", &before]);
    assert_eq!(
        report["progress"]["no_longer_met"],
        serde_json::json!(["hiring"])
    );
    let table = here(&["assess", &after, "--against", &before]);
    assert!(
        table.contains("No longer met: Budget and headcount (hiring)\nRatings that moved:\n  • Budget and headcount (hiring): meeting → exceeding (up)\n"),
        "{table}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_older_assessment_with_problems_is_warned_of_and_compared() {
    let dir = std::env::temp_dir().join(format!("ladder-assess-older-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let now = write(
        "now.yaml",
        "assessment: 1\nlevel: em\ndate: 2026-01-15\nratings:\n  hiring: {rating: meeting}\n",
    );
    for (older, warned) in [
        (
            "assessment: 1\nlevel: em\nratings:\n  hirng: {rating: not-yet}\n",
            "warning: OLD:4:3: ratings.hirng: 'hirng' is no responsibility or skill of the route; did you mean 'hiring'?\n",
        ),
        (
            "assessment: 1\nlevel: em\ndate: 2026-06-15\n",
            "warning: OLD is dated 2026-06-15, after NOW (2026-01-15); give the earlier assessment to --against\n",
        ),
        // A date in other words is not compared.
        ("assessment: 1\nlevel: em\ndate: May 2026\n", ""),
        (
            "assessment: 1\nlevel: tech-lead\n",
            "warning: OLD rates the route tech-lead → em, and NOW the route em → director; progress compares ratings by id\n",
        ),
        // One with a problem still has its route compared.
        (
            "assessment: 1\nlevel: tech-lead\ndate: 2026-02-30\n",
            "warning: OLD:3:7: date: '2026-02-30' is no date: month 2 has 28 days; write the date YYYY-MM-DD, such as 2026-11-01\n\
             warning: OLD rates the route tech-lead → em, and NOW the route em → director; progress compares ratings by id\n",
        ),
    ] {
        let old = write("old.yaml", older);
        let out = ladder()
            .args(["assess", &now, "--against", &old])
            .assert()
            .success();
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        let warned = warned.replace("OLD", &old).replace("NOW", &now);
        assert_eq!(stderr, warned);
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        assert!(stdout.contains("Progress since"), "{stdout}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `ladder assess - ARGS` of the assessment `text`: its output.
fn assessed(text: &str, args: &[&str]) -> String {
    let out = (ladder().args(["assess", "-"]).args(args).write_stdin(text))
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).to_string()
}

#[test]
fn an_open_expectation_shows_its_evidence_and_note_so_far() {
    let text = "assessment: 1\nlevel: em\nratings:\n  hiring:\n    rating: working-towards\n    evidence: [Ran two loops]\n    note: Keep going\n";
    for format in ["table", "markdown"] {
        let out = assessed(text, &["-f", format]);
        let open = &out[out.find("Still open").unwrap()..];
        assert!(
            open.contains("missing: below meeting; so far: Ran two loops — Keep going"),
            "{format}: {open}"
        );
    }
    // Evidence that is a web address is a link in the Markdown case.
    let text = "assessment: 1\nlevel: em\nratings:\n  hiring: {rating: meeting, evidence: [Ran loops, '<https://x.test/rfc>', 'https://x.test/a b']}\n";
    let out = assessed(text, &["-f", "markdown"]);
    let links = ": Ran loops; <https://x.test/rfc>; https://x.test/a b\n";
    assert!(out.contains(links), "{out}");
    // A blank name is no name.
    let out = assessed("assessment: 1\nperson: '  '\nlevel: em\n", &[]);
    let title = "Promotion case: Engineering Manager → ";
    assert!(out.starts_with(title), "{out}");
    // A note without evidence is the person's words, labelled as such.
    let text =
        "assessment: 1\nlevel: em\nratings:\n  hiring: {rating: meeting, note: Write it up}\n";
    let out = assessed(text, &[]);
    assert!(
        out.contains("missing: no evidence; note: Write it up\n"),
        "{out}"
    );
}

/// In `dir`, the built-in ladder changed since Ada's assessment: the
/// director's technical strategy is gone, and a new duty is asked for that
/// nobody has rated. The built-in ladder's YAML, and the assessment naming
/// the changed ladder beside it.
fn changed_since(dir: &std::path::Path) -> (String, String) {
    std::fs::create_dir_all(dir).unwrap();
    let builtin = here(&["export", "-f", "yaml"]);
    let changed = builtin.replacen(
        "- id: \"technical-strategy\"\n",
        "- id: \"budget-review\"\n",
        3,
    );
    std::fs::write(dir.join("ladder.yaml"), &changed).unwrap();
    let text = std::fs::read_to_string(format!("{}/{ADA}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    (builtin, format!("{text}ladder: ladder.yaml\n"))
}

#[test]
fn a_stale_assessment_says_what_no_longer_applies() {
    let dir = std::env::temp_dir().join(format!("ladder-assess-{}", std::process::id()));
    let (_, assessment) = changed_since(&dir);
    std::fs::write(dir.join("ada.yaml"), assessment).unwrap();
    let out = ladder()
        .args([
            "assess",
            dir.join("ada.yaml").to_str().unwrap(),
            "-f",
            "json",
        ])
        .assert()
        .success();
    let report: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        report["no_longer_asked"],
        serde_json::json!(["technical-strategy"])
    );
    let budget = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "budget-review")
        .cloned();
    assert_eq!(
        budget.unwrap()["missing"],
        serde_json::json!(["no rating", "no evidence"])
    );
    let table = ladder()
        .args(["assess", dir.join("ada.yaml").to_str().unwrap()])
        .assert()
        .success();
    let table = String::from_utf8_lossy(&table.get_output().stdout).to_string();
    assert!(table.contains("Not asked on this route\n"), "{table}");
    // Each says where the ladder asks for it, if anywhere.
    assert!(
        table.contains("  • technical-strategy (asked at cto, off this route)\n"),
        "{table}"
    );
    let elsewhere =
        "assessment: 1\nlevel: senior\ntarget: staff\nratings:\n  zzz-made-up: {rating: meeting}\n";
    let out = ladder()
        .args(["assess", "-"])
        .write_stdin(elsewhere)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        out.contains("  • zzz-made-up (no level of the ladder asks for it)\n"),
        "{out}"
    );
    // A target below the level is no promotion case, and says so.
    let down = "assessment: 1\nlevel: director\ntarget: em\nratings: {}\n";
    let out = (ladder().args(["assess", "-", "-f", "json"]))
        .write_stdin(down)
        .assert()
        .success();
    let report: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["direction"], "down");
    let out = ladder()
        .args(["assess", "-"])
        .write_stdin(down)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        out.starts_with("Case for a move down: Director of Engineering → Engineering Manager\n Direction  down\n"),
        "{out}"
    );
    // So the skeleton for it says.
    let out = (ladder().args(["assess", "init", "--level", "director", "--target", "em"]))
        .assert()
        .success();
    let out = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        out.contains("`--format markdown` writes the case for a move down.\n"),
        "{out}"
    );
}

#[test]
fn bad_assessments_fail_with_one_located_line() {
    let cases = [
        (
            "assessment: 1\nlevel: em\nratings:\n  tecnical-strategy: {rating: meeting}\n",
            "<stdin>:4:3: ratings.tecnical-strategy: 'tecnical-strategy' is no responsibility or skill of the route; did you mean 'technical-strategy'?",
        ),
        (
            "assessment: 1\nlevel: em\nratings:\n  hiring: {rating: meets}\n",
            "<stdin>:4:20: ratings.hiring.rating: expected one of not-yet, working-towards, meeting, exceeding, found the text \"meets\"",
        ),
        // A choice mistyped, or in another case, is told the one meant.
        (
            "assessment: 1\nlevel: em\nratings:\n  hiring: {rating: Meting}\n",
            "found the text \"Meting\"; did you mean 'meeting'?",
        ),
        (
            "assessment: 1\nlevel: emm\n",
            "<stdin>:2:8: level: no level 'emm' in the built-in ladder; did you mean 'em'?",
        ),
        // A target is another level than the one the person is at.
        (
            "assessment: 1\nlevel: em\ntarget: manager\n",
            "<stdin>:3:9: target: the target is the level itself ('em'); name the level you are going for",
        ),
        // A file that is no mapping is told what an assessment is.
        (
            "- a\n",
            "<stdin>:1:1: expected an assessment mapping with assessment and level, found a list",
        ),
        // An id rated twice is placed at the second rating.
        (
            "assessment: 1\nlevel: em\nratings:\n  coaching: {rating: meeting}\n  hiring: {rating: meeting}\n  hiring: {rating: exceeding}\n",
            "<stdin>:6:3: ratings: 'hiring' is rated twice; rate each id once",
        ),
        (
            "assessment: 1\nlevel: em\ntarget: directr\n",
            "<stdin>:3:9: target: no level 'directr' in the built-in ladder; did you mean 'director'?",
        ),
        (
            "assessment: 2\nlevel: em\n",
            "<stdin>:1:13: assessment: assessment version 2 is not supported; this release reads version 1",
        ),
        (
            "assessment: 1\nlevel: em\nscore: 3\nratings:\n  hiring: {rating: meeting, evidence: yes}\n",
            "<stdin>:3:1: score: unknown key 'score'; expected one of: assessment, person, ladder, level, target, date, ratings (1 more problem: run `ladder validate -` to see them all)",
        ),
        // A whole-valued decimal is the version it names, and takes no
        // problem of its own beside another.
        (
            "assessment: 1.0\nlevel: em\nscore: 3\n",
            "<stdin>:3:1: score: unknown key 'score'; expected one of: assessment, person, ladder, level, target, date, ratings\n",
        ),
        // A merge key among the ratings is named as such, once.
        (
            "assessment: 1\nlevel: em\nratings:\n  hiring: &h {rating: meeting}\n  <<: {coaching: *h}\n",
            "<stdin>:4:3: ratings: '<<' is a YAML merge key, which `ladder` does not apply (YAML 1.2 has none); write the fields out in this mapping\n",
        ),
        // A date in calendar form must be a day of the calendar.
        (
            "assessment: 1\nlevel: em\ndate: 2026-02-29\n",
            "<stdin>:3:7: date: '2026-02-29' is no date: month 2 has 28 days; write the date YYYY-MM-DD, such as 2026-11-01",
        ),
        (
            "level: em\n",
            "<stdin>:1:1: missing required key 'assessment' (the assessment format version. This release reads version 1; write assessment: 1)",
        ),
        (
            "assessment: 1\nlevel: em\nladder: nowhere.yaml\n",
            "nowhere.yaml: cannot read the ladder",
        ),
        (
            "a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n",
            "aliases repeat so often that expanding them is refused",
        ),
    ];
    for (text, message) in cases {
        let stderr = fails(&["assess", "-"], text);
        assert!(stderr.contains(message), "{text}\n{stderr}");
    }
    // A ladder given where the assessment goes is named as a ladder, rather
    // than an assessment missing every key.
    // An assessment in flow style that rates an id `levels` is still one.
    let flow = fails(
        &["assess", "-"],
        "{assessment: 1, level: em, ratings: {levels: {rating: meets}}}",
    );
    assert!(flow.contains("ratings.levels"), "{flow}");
    // And an assessment given where the ladder goes is named as one.
    let stderr = fails(&["--ladder", ADA, "list"], "");
    assert_eq!(
        stderr,
        format!(
            "error: {ADA}: this is an assessment, not a ladder: give it to `ladder assess`, and the ladder it is made against to --ladder\n"
        )
    );
    let stderr = fails(&["assess", "data/ladder.yaml"], "");
    assert_eq!(
        stderr,
        "error: data/ladder.yaml is a ladder, not an assessment; give a ladder with --ladder, and start an assessment against it with `ladder --ladder data/ladder.yaml assess init --level LEVEL`\n"
    );
    // Standard input named twice is a usage error, the ladder in use
    // counted when it is standard input.
    for args in [
        &["assess", "-", "--against", "-"][..],
        &["--ladder", "-", "assess", "-"],
        &["--ladder", "-", "assess", ADA, "--against", "-"],
    ] {
        let stderr = common::usage_error(args);
        assert!(
            stderr.contains("`-` (standard input) is named twice"),
            "{stderr}"
        );
    }
}

#[test]
fn validate_says_why_an_assessment_could_not_be_checked() {
    // Its ladder is missing: the reason is given at its `ladder:` line.
    let missing = common::file(
        "assessment-missing-ladder.yaml",
        b"assessment: 1\nladder: nowhere.yaml\nlevel: em\n",
    );
    let out = ladder().arg("validate").arg(&missing).assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains(":2:9: ladder: the ladder it is checked against cannot be used: ")
            && stdout.contains("nowhere.yaml: cannot read the ladder: No such file or directory"),
        "{stdout}"
    );
    // A problem of shape leaves the levels and ids unchecked, and says so.
    let text = "assessment: 1\nlevel: emm\nratings:\n  hirin: {rating: meeting}\n  coaching: {rating: 3}\n";
    let out = ladder()
        .args(["validate", "-"])
        .write_stdin(text)
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.ends_with("<stdin>: the levels and the rated ids are checked against the ladder once these problems are fixed\n1 problem in 1 of 1 file\n"),
        "{stdout}"
    );
}

/// An assessment's `ladder:` is the file's word, and the file may be
/// someone else's: a file it names that is no ladder is placed, never quoted
/// (a secret's line would reach a CI log), and a pipe or device is not read.
#[test]
fn the_ladder_an_assessment_names_is_never_quoted_nor_a_pipe() {
    let dir = std::env::temp_dir().join(format!("ladder-named-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("secrets"), "DB_PASSWORD=hunter2\n").unwrap();
    let assessment = dir.join("a.yaml");
    std::fs::write(
        &assessment,
        "assessment: 1\nladder: secrets\nlevel: senior\n",
    )
    .unwrap();
    let stdout = common::problems_found(ladder().arg("validate").arg(&assessment));
    assert!(!stdout.contains("hunter2"), "{stdout}");
    assert!(
        stdout.contains(":2:9: ladder: the ladder it is checked against cannot be used: ")
            && stdout.contains("secrets:1:1: a problem of the ladder, whose text is not quoted here; `ladder validate "),
        "{stdout}"
    );
    let stderr = common::failure(["assess", assessment.to_str().unwrap()]);
    assert!(
        !stderr.contains("hunter2") && stderr.contains("whose text is not quoted"),
        "{stderr}"
    );
    // `/dev/stdin` would take standard input, which `-` names here.
    std::fs::write(
        &assessment,
        "assessment: 1\nladder: /dev/stdin\nlevel: senior\n",
    )
    .unwrap();
    let stdout = common::problems_found(
        ladder()
            .arg("validate")
            .arg(&assessment)
            .arg("-")
            .write_stdin("schema: 1\n"),
    );
    assert!(
        stdout.contains(
            "/dev/stdin: this is no regular file; an assessment's `ladder:` names a ladder file"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("<stdin>:1:1: missing required key 'title'"),
        "{stdout}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Past the problems a file lists, an assessment's are counted as a
/// ladder's are, and an unknown key is placed at itself, not at its value.
#[test]
fn an_assessment_s_problems_past_a_thousand_are_counted() {
    let mut text = String::from("assessment: 1\nlevel: senior\nextra:\n  x: 1\nratings:\n");
    for i in 0..1200 {
        text.push_str(&format!("  id-{i}: {{rating: meeting, bogus: 1}}\n"));
    }
    let stdout = common::problems_found(ladder().args(["validate", "-"]).write_stdin(text));
    assert!(
        stdout.starts_with("<stdin>:3:1: extra: unknown key 'extra'"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "<stdin>: … and 201 more problems, not listed: a file reports its first 1000\n"
        ) && stdout.ends_with("1201 problems in 1 of 1 file\n"),
        "{stdout}"
    );
}

#[test]
fn validate_lists_every_problem_of_an_assessment_against_its_ladder() {
    let text = "assessment: 1\nlevel: em\ntarget: director\nratings:\n  team-proces: {rating: meeting}\n  hirin: {rating: meeting}\n";
    let file = common::file("assessment-typos.yaml", text.as_bytes());
    let name = file.to_str().unwrap();
    // assess fails on the first, and says where to see them all.
    let stderr = fails(&["assess", name], "");
    assert!(
        stderr.ends_with(&format!(
            "did you mean 'team-process'? (1 more problem: run `ladder validate {name}` to see them all)\n"
        )),
        "{stderr}"
    );
    // validate lists both, each at its place, with the ladder file beside it.
    let out = ladder()
        .args(["validate", name, "tests/fixtures/acme.yaml"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .assert()
        .code(1);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(
        stdout,
        format!(
            "{name}:5:3: ratings.team-proces: 'team-proces' is no responsibility or skill of the route; did you mean 'team-process'?\n\
             {name}:6:3: ratings.hirin: 'hirin' is no responsibility or skill of the route; did you mean 'hiring'?\n\
             2 problems in 1 of 2 files\n"
        )
    );
    // With a ladder named by --ladder, the command keeps it; one ladder read
    // from standard input serves every assessment checked against it.
    let acme = "assessment: 1\nlevel: dev\nratings:\n  rustt: {rating: meeting}\n  reviewz: {rating: meeting}\n";
    let acme_file = common::file("assessment-acme.yaml", acme.as_bytes());
    let acme_name = acme_file.to_str().unwrap();
    let stderr = fails(
        &["--ladder", "tests/fixtures/acme.yaml", "assess", acme_name],
        "",
    );
    assert!(
        stderr.contains(&format!(
            "run `ladder --ladder tests/fixtures/acme.yaml validate {acme_name}` to see them all"
        )),
        "{stderr}"
    );
    // A level that names a skill points to the command that reads the ladder.
    let skilled = common::file("assessment-skill.yaml", b"assessment: 1\nlevel: rust\n");
    let stderr = fails(
        &[
            "--ladder",
            "tests/fixtures/acme.yaml",
            "assess",
            skilled.to_str().unwrap(),
        ],
        "",
    );
    assert!(
        stderr.contains("level: 'rust' is a skill in 'tests/fixtures/acme.yaml', not a level: `ladder --ladder tests/fixtures/acme.yaml skill rust` lists"),
        "{stderr}"
    );
    let ladder_text = std::fs::read_to_string(common::fixture(common::ACME)).unwrap();
    let out = ladder()
        .args(["--ladder", "-", "validate", acme_name, acme_name])
        .write_stdin(ladder_text)
        .assert()
        .code(1);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(
        stdout.matches("did you mean 'rust'?").count(),
        2,
        "{stdout}"
    );
    assert!(stdout.ends_with("4 problems in 2 of 2 files\n"), "{stdout}");
    // A valid assessment is valid; one naming a team's ladder is checked against it.
    let valid = ladder()
        .args(["validate", ADA])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&valid.get_output().stdout).contains("valid"));
}

#[test]
fn init_writes_a_file_only_where_nothing_is() {
    let dir = std::env::temp_dir().join(format!("ladder-assess-init-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("me.yaml");
    let p = path.to_str().unwrap();
    ladder()
        .args(["assess", "init", "--level", "em", p])
        .assert()
        .success()
        .stdout("");
    let stderr = fails(&["assess", "init", "--level", "em", p], "");
    assert!(
        stderr.contains("already exists; pass --force to replace it"),
        "{stderr}"
    );
    ladder()
        .args(["assess", "init", "--level", "staff", p, "--force"])
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("\nlevel: staff\n")
    );
}

#[test]
fn ratings_off_the_route_and_other_people_are_told_apart() {
    // A level's id is no expectation; a far unknown id is one the ladder no
    // longer asks for.
    let stderr = fails(
        &["assess", "-"],
        "assessment: 1\nlevel: em\nratings:\n  director: {rating: meeting}\n",
    );
    assert!(
        stderr.contains("'director' is a level, not a responsibility or skill"),
        "{stderr}"
    );
    let out = ladder()
        .args(["assess", "-", "-f", "json"])
        .write_stdin("assessment: 1\nlevel: em\nratings:\n  retired-expectation: {rating: meeting, evidence: [x]}\n  hiring: {rating: meeting, evidence: [\" \", \"\\ufeff\"]}\n")
        .assert()
        .success();
    let report: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        report["no_longer_asked"],
        serde_json::json!(["retired-expectation"])
    );
    let hiring = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "hiring")
        .unwrap()
        .clone();
    assert_eq!(
        hiring["missing"],
        serde_json::json!(["no evidence"]),
        "blank evidence, or only an invisible U+FEFF, is none"
    );
    // Progress compares one person's assessments, and says what was dropped.
    let other =
        std::env::temp_dir().join(format!("ladder-assess-other-{}.yaml", std::process::id()));
    std::fs::write(&other, "assessment: 1\nperson: Bo Other\nlevel: em\n").unwrap();
    let stderr = fails(&["assess", ADA, "--against", other.to_str().unwrap()], "");
    assert!(
        stderr.contains("is about Bo Other, and tests/fixtures/assess/ada.yaml about Ada Example"),
        "{stderr}"
    );
    let backwards = json(&["assess", OLDER, "--against", ADA]);
    let progress = &backwards["progress"];
    assert_eq!(progress["moved"][0]["direction"], "down");
    assert!(
        progress["no_longer_rated"]
            .as_array()
            .unwrap()
            .iter()
            .any(|id| id == "shield-team")
    );
    assert!(
        progress["evidence_removed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == "develop-people")
    );
}

#[test]
fn a_skeleton_made_elsewhere_reads_back() {
    // A team ladder in one directory, the assessment written to another, and
    // an id that YAML would read as a boolean.
    let dir = std::env::temp_dir().join(format!("ladder-assess-far-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("team")).unwrap();
    std::fs::create_dir_all(dir.join("people")).unwrap();
    let axes = std::fs::read_to_string(format!(
        "{}/tests/fixtures/axes.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let axes = axes.replace(
        "{id: deliver, name: Delivers whole features}",
        "{id: \"true\", name: Delivers whole features}",
    );
    std::fs::write(dir.join("team/ladder.yaml"), axes).unwrap();
    let me = dir.join("people/me.yaml");
    ladder()
        .current_dir(&dir)
        .args([
            "--ladder",
            "team/ladder.yaml",
            "assess",
            "init",
            "--level",
            "d1",
            me.to_str().unwrap(),
        ])
        .assert()
        .success();
    let text = std::fs::read_to_string(&me).unwrap();
    assert!(
        text.contains("\n  'true': {rating: not-yet, evidence: []}"),
        "{text}"
    );
    let out = ladder()
        .args(["assess", me.to_str().unwrap(), "-f", "json"])
        .assert()
        .success();
    let report: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["target"]["id"], "d2");
    assert!(
        report["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == "true")
    );
    // A target that no route reaches is refused before anything is written.
    let stderr = fails(
        &[
            "--ladder",
            "tests/fixtures/acme.yaml",
            "assess",
            "init",
            "--level",
            "dev",
            "--target",
            "advisor",
        ],
        "",
    );
    assert!(
        stderr.contains("no route from 'dev' to 'advisor'"),
        "{stderr}"
    );
}

#[test]
fn init_takes_the_shared_options_after_its_name() {
    let team = "tests/fixtures/acme.yaml";
    let after = here(&[
        "assess", "init", "--ladder", team, "--level", "dev", "--color", "never",
    ]);
    let before = here(&["--ladder", team, "assess", "init", "--level", "dev"]);
    assert_eq!(after, before);
    assert!(after.contains("against Senior Developer"), "{after}");
    // A skeleton is YAML only: --format is refused wherever it is given.
    for args in [
        &["assess", "init", "--level", "em", "--format", "json"][..],
        &["--format", "json", "assess", "init", "--level", "em"],
    ] {
        let out = ladder().args(args).assert().code(2).stdout("");
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(
            stderr.starts_with("error: --format json is not a format `ladder assess init` writes; it takes no --format"),
            "{args:?}: {stderr}"
        );
    }
}

/// The report fits a narrow terminal: expectations' names wrap as their
/// evidence does.
#[test]
fn the_report_fits_a_narrow_terminal() {
    use unicode_width::UnicodeWidthStr;
    for width in [40, 60] {
        let out = ladder()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["assess", ADA])
            .env("COLUMNS", width.to_string())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        for line in out.lines() {
            assert!(line.width() <= width, "{width}: {line:?}");
        }
    }
}

/// An assessment or a ladder given through a pipe has no directory of its
/// own: the ladder an assessment names is read from the working directory,
/// as for `-`, and a skeleton made from a piped ladder names none.
#[test]
fn a_piped_assessment_names_its_ladder_from_the_working_directory() {
    let dir = std::env::temp_dir().join(format!("ladder-assess-pipe-{}", std::process::id()));
    let (builtin, assessment) = changed_since(&dir);
    let out = ladder()
        .current_dir(&dir)
        .args(["assess", "/dev/stdin", "-f", "json"])
        .write_stdin(assessment)
        .assert()
        .success();
    let report: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        report["no_longer_asked"],
        serde_json::json!(["technical-strategy"])
    );
    let skeleton = ladder()
        .args(["--ladder", "/dev/stdin", "assess", "init", "--level", "em"])
        .write_stdin(builtin)
        .assert()
        .success();
    let skeleton = String::from_utf8_lossy(&skeleton.get_output().stdout).to_string();
    assert!(
        skeleton.contains("\nlevel: em\ntarget: director\n"),
        "{skeleton}"
    );
    assert!(!skeleton.contains("\nladder:"), "{skeleton}");
    assert!(
        skeleton.contains("`ladder --ladder LADDER assess THIS_FILE` shows"),
        "{skeleton}"
    );
    // Written to a file, it says to run it with the ladder given again.
    let written = ladder()
        .current_dir(&dir)
        .args([
            "--ladder",
            "/dev/stdin",
            "assess",
            "init",
            "--level",
            "em",
            "me.yaml",
        ])
        .write_stdin(here(&["export", "-f", "yaml"]))
        .assert()
        .success();
    let said = String::from_utf8_lossy(&written.get_output().stderr).to_string();
    assert!(
        said.ends_with("then run `ladder --ladder /dev/stdin assess me.yaml`\n"),
        "{said}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
