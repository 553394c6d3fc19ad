//! `ladder import`: each format from fixtures written in it (multi-track,
//! lateral pairs, parts that do not map), malformed sources, and the output
//! file; every import validates and reads as the source orders it.

mod common;

use std::path::Path;

use common::ladder;
use serde_json::Value;

/// `ladder import ARGS` in the crate's directory: the ladder and the warnings.
fn import(args: &[&str]) -> (String, String) {
    let out = ladder()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("import")
        .args(args)
        .assert()
        .success();
    let output = out.get_output();
    (
        String::from_utf8(output.stdout.clone()).unwrap(),
        String::from_utf8(output.stderr.clone()).unwrap(),
    )
}

/// `ladder import ARGS` of `source`, written to a file `name` in a directory
/// of the test's own (`test`): the ladder and the warnings.
fn import_source(test: &str, args: &[&str], name: &str, source: &str) -> (String, String) {
    let dir = std::env::temp_dir().join(format!("ladder-import-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, source).unwrap();
    let result = import(&[args, &[path.to_str().unwrap()]].concat());
    std::fs::remove_dir_all(&dir).unwrap();
    result
}

/// `ladder --ladder - ARGS -f json` on an imported ladder.
fn on(text: &str, args: &[&str]) -> Value {
    let out = ladder()
        .args(["--ladder", "-"])
        .args(args)
        .args(["-f", "json"])
        .write_stdin(text.to_string())
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect()
}

#[test]
fn ft_job_families_split_two_tracks_at_one_rank() {
    let (text, warnings) = import(&["--from", "ft", "tests/fixtures/import/ft/family.yml"]);
    assert!(text.starts_with("# yaml-language-server: $schema=ladder.schema.json\n# Imported by `ladder import --from ft` from: tests/fixtures/import/ft/family.yml.\n"), "{text}");
    assert!(
        text.contains("# Inferred: levels whose ids end in -ic and -pm are two tracks at one rank")
    );
    ladder()
        .args(["--ladder", "-", "validate"])
        .write_stdin(text.clone())
        .assert()
        .success();
    let levels = on(&text, &["export"])["levels"].clone();
    assert_eq!(
        ids(&levels),
        ["associate", "engineer", "senior-ic", "senior-pm", "lead"]
    );
    let tracks = on(&text, &["tracks"]);
    assert_eq!(ids(&tracks), ["platform", "ic", "pm"]);
    let route = on(&text, &["path", "associate", "lead"]);
    assert_eq!(route["steps"].as_array().unwrap().len(), 3);
    let senior = on(&text, &["show", "senior-ic"]);
    assert_eq!(senior["lateral"][0]["id"], "senior-pm");
    // The two levels of a rank named alike are told apart by their tracks;
    // a track no level is on is not made.
    let family = std::fs::read_to_string("tests/fixtures/import/ft/family.yml").unwrap();
    let senior_ic = (family.lines())
        .skip_while(|l| !l.contains("id: senior-ic"))
        .nth(1)
        .unwrap()
        .trim()
        .trim_start_matches("name: ")
        .to_string();
    let alike = family.replacen("id: senior-pm", "id: senior-pm-x", 1);
    let alike = {
        let at = alike.find("id: senior-pm-x").unwrap();
        let name_at = at + alike[at..].find("name: ").unwrap() + 6;
        let end = name_at + alike[name_at..].find('\n').unwrap();
        format!("{}{senior_ic}{}", &alike[..name_at], &alike[end..]).replacen(
            "senior-pm-x",
            "senior-pm",
            1,
        )
    };
    let (alike_text, alike_warnings) =
        import_source("alike", &["--from", "ft"], "alike.yml", &alike);
    assert!(
        alike_warnings.contains(&format!("levels[3].name: another level is named '{senior_ic}'; this one is named '{senior_ic} (People manager)'")),
        "{alike_warnings}"
    );
    assert_eq!(
        on(&alike_text, &["show", "senior-pm"])["name"],
        format!("{senior_ic} (People manager)")
    );
    let lone = family.replace("senior-pm", "senior-mgr");
    let (lone_text, _) = import_source("lone", &["--from", "ft"], "lone.yml", &lone);
    assert_eq!(ids(&on(&lone_text, &["tracks"])), ["platform", "ic"]);
    // A theme is one duty kept from level to level in each level's words.
    let duty = &on(&text, &["show", "engineer"])["responsibilities"][0];
    assert_eq!(
        (duty["id"].as_str(), duty["name"].as_str()),
        (Some("delivery"), Some("Delivery (Practising)"))
    );
    assert_eq!(
        duty["detail"],
        "Ships features on their own. Examples: Took the billing export from design to release."
    );
    assert_eq!(duty["sources"], serde_json::json!(["release-checklist"]));
    let kept = on(&text, &["diff", "associate", "engineer"]);
    assert_eq!(ids(&kept["responsibilities"]["kept"]), ["delivery"]);
    // FT has no skills: the diff says so in a sentence, not an empty table.
    let diff = ladder()
        .args(["--ladder", "-", "diff", "associate", "engineer"])
        .write_stdin(text.clone())
        .assert()
        .success();
    let diff = String::from_utf8(diff.get_output().stdout.clone()).unwrap();
    assert!(
        diff.contains("Skills\nNeither level lists any skill.\n") && !diff.contains("SKILL"),
        "{diff}"
    );
    for warning in [
        "warning: tests/fixtures/import/ft/family.yml:6:10: sheetId: 'sheetId' has no place in a ladder; left out\n",
        "warning: tests/fixtures/import/ft/family.yml:48:9: competencies[1].supportingUrls[1]: a link without a label or a web address (https:// or http://, no spaces); left out\n",
        "warning: tests/fixtures/import/ft/family.yml:75:12: competencies[6].level: a competency of no level in `levels`; left out\n",
    ] {
        assert!(warnings.contains(warning), "{warning}\n{warnings}");
    }
}

#[test]
fn engineering_ladders_map_axes_to_skills_and_numbers_to_peers() {
    let (text, warnings) = import(&["--from", "engineeringladders", "tests/fixtures/import/el"]);
    ladder()
        .args(["--ladder", "-", "validate"])
        .write_stdin(text.clone())
        .assert()
        .success();
    let export = on(&text, &["export"]);
    assert_eq!(ids(&export["categories"]), ["craft", "reach"]);
    // The README's title is the ladder's, named after the format when it
    // does not say it is a ladder, and not twice when it does.
    assert_eq!(export["title"], "Engineering Ladders (Introduction)");
    let dir = std::env::temp_dir().join(format!("ladder-import-title-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["Builder.md", "Guide.md", "README.md"] {
        let text = std::fs::read_to_string(format!("tests/fixtures/import/el/{name}")).unwrap();
        let text = text.replacen("# Introduction", "# Engineering Ladders", 1);
        std::fs::write(dir.join(name), text).unwrap();
    }
    let (titled, _) = import(&["--from", "engineeringladders", dir.to_str().unwrap()]);
    assert!(
        titled.contains("\ntitle: \"Engineering Ladders\"\n"),
        "{titled}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        ids(&export["skills"]),
        ["practises", "shapes", "service", "group"]
    );
    assert_eq!(ids(&export["levels"]), ["b1", "b2", "g2"]);
    let b2 = on(&text, &["show", "b2"]);
    assert_eq!(b2["skills"], serde_json::json!(["shapes", "group"]));
    assert_eq!(b2["scope"], "group", "the reach keyword");
    assert_eq!(b2["role"], "Builds the group's services, hands on.");
    assert_eq!(b2["lateral"][0]["id"], "g2", "level 2 of two tracks");
    assert_eq!(
        b2["responsibilities"][2]["name"],
        "keeps many balls in the air"
    );
    assert!(warnings.contains("Builder.md:16:1: 'Juggles' is no keyword of the README's axes; kept as a duty without a skill"), "{warnings}");
    assert!(
        warnings.contains("Builder.md:5:1: 3 blocks of HTML, tables or code"),
        "{warnings}"
    );
    let diff = on(&text, &["diff", "b1", "g2"]);
    assert_eq!(diff["path"], serde_json::json!(["b1", "b2", "g2"]));
}

#[test]
fn a_markdown_matrix_is_a_track_per_file_or_per_heading() {
    let (text, warnings) = import(&[
        "--from",
        "markdown-matrix",
        "tests/fixtures/import/matrix/backend.md",
        "tests/fixtures/import/matrix/leadership.md",
    ]);
    ladder()
        .args(["--ladder", "-", "validate"])
        .write_stdin(text.clone())
        .assert()
        .success();
    let tracks = on(&text, &["tracks"]);
    assert_eq!(
        ids(&tracks),
        [
            "backend-engineering",
            "team-leadership",
            "technical-leadership"
        ]
    );
    let senior = on(&text, &["show", "senior-backend-engineer"]);
    assert_eq!(senior["role"], "Leads the technical work of a service.");
    assert_eq!(
        senior["skills"],
        serde_json::json!(["delivery", "collaboration"])
    );
    // The same wording on two levels is one duty.
    let diff = on(
        &text,
        &["diff", "backend-engineer", "senior-backend-engineer"],
    );
    assert_eq!(
        ids(&diff["responsibilities"]["kept"]),
        ["ships-features-with-tests"]
    );
    let lead = on(&text, &["show", "team-lead"]);
    assert_eq!(lead["next"], serde_json::json!(["group-lead"]));
    assert!(
        warnings.contains("leadership.md:25:1: a table is left out: a ladder keeps text"),
        "{warnings}"
    );
}

/// An Engineering Ladders README with one axis of two keywords.
const README: &str =
    "# Levels\n\n## Craft\n\n1. **Adopts**: uses what is there\n2. **Shapes**: shapes it\n";

#[test]
fn sources_not_in_the_format_fail_and_write_nothing() {
    let dir = std::env::temp_dir().join(format!("ladder-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let out = dir.join("out.yaml");
    let cases = [
        (
            "ft",
            write("nolevels.yml", "name: X\nthemes: []\n"),
            "not in the ft format: no `levels` list: expected levels: [{id, name}, …]",
        ),
        (
            "ft",
            write("list.yml", "- a\n- b\n"),
            "not in the ft format: not a job family",
        ),
        // What does not fit is placed: a YAML error where the reader stopped,
        // a missing or wrong field at its entry.
        (
            "ft",
            write("open.yml", "name: X\nlevels: [a, [b\n"),
            "open.yml:2:13: not in the ft format: this `[` opens a list that is not closed before the file ends: add its `]`",
        ),
        (
            "ft",
            write(
                "noid.yml",
                "name: X\nlevels:\n  - id: a\n    name: A\n  - nme: B\n",
            ),
            "noid.yml:5:5: not in the ft format: levels[1] has no id",
        ),
        (
            "ft",
            write("list-name.yml", "name: [X]\nlevels: []\n"),
            "list-name.yml:1:7: not in the ft format: name is not text",
        ),
        // A key given twice is refused at the repeat, not taken as its last.
        (
            "ft",
            write(
                "twice.yml",
                "name: X\nlevels:\n  - id: a\n    name: A\n    id: b\n",
            ),
            "twice.yml:5:5: not in the ft format: levels[0]: duplicate field `id`: it is given on line 3 already",
        ),
        (
            "engineeringladders",
            write("Track.md", "# Track\n\n## T1 - Track 1\n\n* **X**: y\n"),
            "no README.md among the sources",
        ),
        (
            "markdown-matrix",
            write("prose.md", "# Notes\n\nJust some prose.\n"),
            "prose.md: expected `## Level` headings",
        ),
        (
            "markdown-matrix",
            write("empty-level.md", "## Lonely\n\nNothing under it.\n"),
            "empty-level.md has bullets under it (1 left out)",
        ),
        // A level that would have no duty is refused at its heading or entry.
        (
            "engineeringladders",
            format!(
                "{}\n{}",
                write("README.md", README),
                write(
                    "Lone.md",
                    "# Lone\n\n## L1 - Lone 1\n\nProse only.\n\n## L2 - Lone 2\n\n* **Adopts**: x\n"
                ),
            ),
            "Lone.md:3:1: level 'l1' (Lone 1) has nothing under it that maps to a responsibility",
        ),
        (
            "ft",
            write(
                "bare.yml",
                "name: X\nlevels:\n  - id: a\n    name: A\n  - id: b\n    name: B\nthemes:\n  - id: t\n    name: T\n    summary: s\ncompetencies:\n  - id: c\n    level: a\n    theme: t\n    summary: does it\n    proficiency: some\n",
            ),
            "bare.yml:5:5: level 'b' (B) has nothing under it that maps to a responsibility",
        ),
        // What is out of place in a track file is placed, before the format.
        (
            "engineeringladders",
            format!(
                "{}\n{}",
                write("README.md", README),
                write("Untitled.md", "## U1 - Untitled 1\n\n* **Adopts**: x\n"),
            ),
            "Untitled.md:1:1: not in the engineeringladders format: a level before the track's `# Title`",
        ),
        (
            "engineeringladders",
            write("README.md", README),
            "README.md: expected files like Developer.md",
        ),
        // A level named as another level's id (the second `Lead` made
        // `lead-2`): a lookup could not tell them apart, so the rules refuse
        // what would be written.
        // A file named twice is read once, or not at all.
        (
            "markdown-matrix",
            {
                let again = write("again.md", "## Lead\n\n### C\n\n- one\n");
                format!("{again}\n{again}")
            },
            "again.md would be read twice (named twice, or named and in a directory named): give each source once",
        ),
        // A text longer than `ladder` reads: refused, not written.
        (
            "markdown-matrix",
            write(
                "long-bullet.md",
                &format!("## Lead\n\n### C\n\n- {}\n", "word ".repeat(900_000)),
            ),
            "the imported ladder would hold a text of 4499999 bytes, and `ladder` reads texts of at most 4 MiB",
        ),
    ];
    for (format, source, message) in cases {
        // Sources apart on lines are given one by one.
        let assert = ladder()
            .args(["import", "--from", format])
            .args(source.lines())
            .args(["-o", out.to_str().unwrap()])
            .assert()
            .code(1)
            .stdout("");
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
        assert!(stderr.contains(message), "{format}: {stderr}");
        assert!(!out.exists(), "nothing written for {source}");
    }
}

#[test]
fn the_output_file_is_never_replaced_without_force() {
    let dir = std::env::temp_dir().join(format!("ladder-import-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("ladder.yaml");
    let source = format!(
        "{}/tests/fixtures/import/matrix/backend.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let run = |force: bool| {
        let mut cmd = ladder();
        cmd.args([
            "import",
            "--from",
            "markdown-matrix",
            &source,
            "-o",
            out.to_str().unwrap(),
        ]);
        if force {
            cmd.arg("--force");
        }
        cmd.assert()
    };
    run(false).success().stdout("");
    ladder()
        .args(["--ladder", out.to_str().unwrap(), "validate"])
        .assert()
        .success();
    std::fs::write(&out, "mine\n").unwrap();
    run(false).code(1);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine\n");
    run(true).success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Backend Engineer")
    );
    // A name with a line break in it is said on one line, the break shown.
    let odd = dir.join("two\nlines.yaml");
    let said = ladder()
        .args(["import", "--from", "markdown-matrix", &source, "-o"])
        .arg(&odd)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&said.get_output().stderr).to_string();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("two\\nlines.yaml; check it with"),
        "{stderr}"
    );
}

#[test]
fn hostile_text_and_names_stay_text() {
    let dir = std::env::temp_dir().join(format!("ladder-import-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // A file name that would end the header comment, and bullets full of YAML
    // and terminal punctuation.
    let name = dir.join("x\nlint: {allow: [unreachable-level]}\n#\u{ffff}.md");
    std::fs::write(
        &name,
        "# Track \"one\": #1\n\n## Level: \"A\" # not a comment\n\n### C\n\n- quotes \" and 'single', a # hash, a: colon\n- a line\u{2028}separator and an \u{1b}[31mescape\n- - dash, [brackets], {braces}, &anchor *alias !tag\n- non\u{fffe}characters\u{ffff}, which a YAML reader refuses unescaped\n",
    )
    .unwrap();
    let out = ladder()
        .args([
            "import",
            "--from",
            "markdown-matrix",
            name.to_str().unwrap(),
        ])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    assert!(!text.lines().any(|l| l.starts_with("lint:")), "{text}");
    let export = {
        let out = ladder()
            .args(["--ladder", "-", "export", "-f", "json"])
            .write_stdin(text.clone())
            .assert()
            .success();
        serde_json::from_slice::<Value>(&out.get_output().stdout).unwrap()
    };
    assert!(export["lint"].is_null(), "no lint section crept in");
    let names: Vec<&str> = (export["levels"][0]["responsibilities"]
        .as_array()
        .unwrap()
        .iter())
    .map(|d| d["name"].as_str().unwrap())
    .collect();
    assert_eq!(names[0], "quotes \" and 'single', a # hash, a: colon");
    // A name is one line: a line separator becomes a space; the rest is kept.
    assert_eq!(names[1], "a line separator and an \u{1b}[31mescape");
    assert_eq!(names[2], "dash, [brackets], {braces}, &anchor *alias !tag");
    assert_eq!(
        names[3],
        "non\u{fffe}characters\u{ffff}, which a YAML reader refuses unescaped"
    );
}

#[test]
fn ft_ids_that_are_no_ids_are_made_unique_and_matched_by_the_source() {
    let source = "name: F\nlevels:\n  - {id: A B, name: One}\n  - {id: a-b, name: Two}\nthemes:\n  - {id: t 1, name: T}\ncompetencies:\n  - {id: c1, level: A B, theme: t 1, summary: s, proficiency: p}\n  - {id: c2, level: a-b, theme: t 1, summary: s, proficiency: p}\n";
    let (text, _) = import_source("ids", &["--from", "ft"], "f.yml", source);
    let levels = on(&text, &["export"])["levels"].clone();
    assert_eq!(ids(&levels), ["a-b", "a-b-2"]);
    assert_eq!(levels[0]["responsibilities"][0]["id"], "t-1");
    assert_eq!(levels[1]["responsibilities"][0]["id"], "t-1");
}

#[test]
fn matrix_wordings_are_one_duty_in_any_case_and_ids_stay_unique() {
    let source = "# T\n\n## One\n\n### Craft\n\n- Writes tests first\n- Writes: tests first!\n- writes TESTS first\n- Ünïcödé wording\n\n## Two\n\n### Craft\n\n- WRITES tests FIRST\n- ünïcödé WORDING\n- Writes: tests first!\n";
    let (text, warnings) = import_source("words", &["--from", "markdown-matrix"], "m.md", source);
    let levels = on(&text, &["export"])["levels"].clone();
    // Two wordings that make one id: the second gets a number.
    assert_eq!(
        ids(&levels[0]["responsibilities"]),
        [
            "writes-tests-first",
            "writes-tests-first-2",
            "unicode-wording"
        ]
    );
    // The same wording in another case is the same duty, on either level.
    assert_eq!(
        ids(&levels[1]["responsibilities"]),
        [
            "writes-tests-first",
            "unicode-wording",
            "writes-tests-first-2"
        ]
    );
    assert!(
        warnings.contains(
            "m.md:9:1: 'writes TESTS first' is listed twice on level 'one'; the second is left out"
        ),
        "{warnings}"
    );
}

#[test]
fn each_format_writes_its_fixture_as_the_same_file() {
    // The whole file and every warning, byte for byte: a change to how an
    // importer reads or the writer writes shows here, even one that reads
    // back the same.
    for (format, sources) in [
        ("ft", &["tests/fixtures/import/ft/family.yml"][..]),
        ("engineeringladders", &["tests/fixtures/import/el"][..]),
        (
            "markdown-matrix",
            &[
                "tests/fixtures/import/matrix/backend.md",
                "tests/fixtures/import/matrix/leadership.md",
            ][..],
        ),
    ] {
        let (text, warnings) = import(&[&["--from", format][..], sources].concat());
        insta::assert_snapshot!(format!("import_{format}"), format!("{text}---\n{warnings}"));
        // Nothing an importer makes goes unused (an `ft` family's themes are
        // categories of its duties, with no skills).
        let advice = on(&text, &["lint"]);
        let unused: Vec<&Value> = (advice.as_array().unwrap().iter())
            .filter(|a| a["rule"] == "unused-entry")
            .collect();
        assert!(unused.is_empty(), "{format}: {unused:?}");
    }
}

#[test]
fn a_matrix_section_without_bullets_is_left_out_with_a_warning() {
    // A handbook's FAQ after its levels: `###` questions answered in prose.
    let source = "# Engineering\n\nIntro.\n\n- a list\n\nMore intro.\n\n## Engineer\n\n### Craft\n\n- Writes tests\n\n## Senior\n\n### Craft\n\n- Designs systems\n\n## FAQ\n\n### Why these?\n\nBecause.\n\n#### Really?\n\n# Other\n\nJust words.\n";
    let (text, warnings) = import_source("faq", &["--from", "markdown-matrix"], "m.md", source);
    let export = on(&text, &["export"]);
    assert_eq!(ids(&export["levels"]), ["engineer", "senior"]);
    assert_eq!(export["levels"][0]["next"], serde_json::json!(["senior"]));
    assert_eq!(export["levels"][1]["next"], serde_json::json!([]));
    assert_eq!(export["levels"][1]["scope"], "level 2");
    // The question made no category: none of its bullets was read.
    assert_eq!(ids(&export["categories"]), ["craft"]);
    // Told in the order of the text: the run before the first level once, the
    // section left out once (not the prose and headings inside it), and
    // words after a new `#` track as no category's, whatever came before.
    let told: Vec<&str> = (warnings.lines())
        .map(|line| line.split("m.md:").nth(1).unwrap_or(line))
        .collect();
    assert_eq!(
        told,
        [
            "3:1: 3 paragraphs and lists before the first `## Level` heading, the first here, are left out",
            "21:1: 'FAQ' has no bullets under it, so it is no level and is left out",
            "29:1: 'Other' has no levels under it, so it is no track and is left out",
            "31:1: text before the first `## Level` heading; left out",
        ],
        "{warnings}"
    );
}

/// Headings and bullets with no words (or only an invisible U+FEFF) are left
/// out with a warning each, instead of failing the import as a blank name.
#[test]
fn a_matrix_s_blank_headings_and_bullets_are_left_out_with_a_warning() {
    let source = "# \n\n## Junior\n\n### Tech\n\n- Writes code\n- \u{feff}\n- \n\n### \n\n- Untitled\n\n## \n\n- lost\n\n### X\n\n- lost too\n\n## Senior\n\n### Tech\n\n- Leads\n";
    let (text, warnings) = import_source("blank", &["--from", "markdown-matrix"], "b.md", source);
    let export = on(&text, &["export"]);
    assert_eq!(ids(&export["levels"]), ["junior", "senior"]);
    assert_eq!(export["tracks"][0]["name"], "b");
    assert_eq!(ids(&export["categories"]), ["tech"]);
    // A blank category heading before the first level says nothing of its
    // own: what is under it is text before the first level.
    let (_, before) = import_source(
        "blank-before",
        &["--from", "markdown-matrix"],
        "c.md",
        "### \n- a\n\n## A\n\n### C\n\n- b\n",
    );
    assert!(!before.contains("no category"), "{before}");
    assert!(
        before.contains("text before the first `## Level` heading"),
        "{before}"
    );
    // Sources whose level headings are all blank are said to have levels,
    // none of them with bullets, rather than none.
    let refused = ladder()
        .args(["import", "--from", "markdown-matrix", "-"])
        .write_stdin("## \n- a\n\n##\n- b\n")
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&refused.get_output().stderr).to_string();
    assert!(stderr.contains("(2 left out)"), "{stderr}");
    // A bullet of HTML only is not called empty.
    let (_, html) = import_source(
        "html-bullet",
        &["--from", "markdown-matrix"],
        "h.md",
        "## A\n\n### C\n\n- <script>alert(1)</script> and words\n- kept\n",
    );
    assert!(
        html.contains("h.md:5:1: a bullet of HTML only; HTML is left out: a ladder keeps text"),
        "{html}"
    );
    let duties: Vec<&str> = (export["levels"][0]["responsibilities"].as_array().unwrap())
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(duties, ["Writes code", "Untitled"]);
    let told: Vec<&str> = (warnings.lines())
        .map(|line| line.split("b.md:").nth(1).unwrap_or(line))
        .collect();
    assert_eq!(
        told,
        [
            "1:1: a `#` heading with no title; the track is named as its file",
            "8:1: an empty bullet; left out",
            "9:1: an empty bullet; left out",
            "11:1: a `###` heading with no title is no category; the bullets under it are kept without one",
            "13:1: an expectation under no `### Category`; kept as a duty without a skill",
            "15:1: a `##` heading with no title is no level; it and what is under it are left out",
        ],
        "{warnings}"
    );
}

/// An empty bullet in an Engineering Ladders track is left out with a
/// warning, as in a matrix.
#[test]
fn an_engineering_ladders_empty_bullet_is_left_out_with_a_warning() {
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/el");
    let dir = std::env::temp_dir().join(format!("ladder-import-el-blank-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&from).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        let last = "* **Juggles**: keeps many balls in the air\n";
        if text.contains(last) {
            text = text.replacen(last, &format!("{last}* \n* \u{feff}\n"), 1);
        }
        std::fs::write(dir.join(path.file_name().unwrap()), text).unwrap();
    }
    let (text, warnings) = import(&["--from", "engineeringladders", dir.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        warnings.matches("an empty bullet; left out").count(),
        2,
        "{warnings}"
    );
    let export = on(&text, &["export"]);
    assert!(!export["levels"].as_array().unwrap().is_empty());
}

#[test]
fn levels_of_one_name_on_two_tracks_are_told_apart_by_their_tracks() {
    // Tracks often share their ranks' names; levels are found by name too,
    // so the second is named after its track as well, and the user told.
    let source = "# Design\n\n## Designer I\n\n- Draws\n\n# Research\n\n## Designer I\n\n- Asks\n\n## designer i\n\n- Asks again\n";
    let (text, warnings) = import_source("names", &["--from", "markdown-matrix"], "m.md", source);
    let export = on(&text, &["export"]);
    let names: Vec<&str> = (export["levels"].as_array().unwrap().iter())
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Designer I",
            "Designer I (Research)",
            "designer i (Research 2)"
        ]
    );
    assert!(
        warnings.contains("m.md:9:1: another level is named 'Designer I'; this one is named 'Designer I (Research)'"),
        "{warnings}"
    );
}

/// A level named as another's id (`## level-1` beside `## Level 1`), or
/// whose id would be another's name, is told apart as a repeated name is:
/// the rules refuse a ladder where one key names two levels, and an import
/// must not fail on them.
#[test]
fn a_level_named_as_another_s_id_is_told_apart() {
    for format in ["markdown-matrix", "engineeringladders"] {
        let source = match format {
            "markdown-matrix" => {
                "# Eng\n\n## Level 1\n\n- Ships\n\n## level-1\n\n- Ships more\n\n## level-1-2\n\n- Leads\n"
            }
            _ => {
                "# Eng\n\n## L1 - Level 1\n\n* **Practises**: codes\n\n## L2 - l1\n\n* **Shapes**: designs\n"
            }
        };
        let args = ["--from", format];
        let (text, warnings) = match format {
            "markdown-matrix" => import_source("as-id", &args, "Eng.md", source),
            // Engineering Ladders reads its axes from the README beside.
            _ => {
                let dir = std::env::temp_dir().join(format!("ladder-as-id-{}", std::process::id()));
                std::fs::create_dir_all(&dir).unwrap();
                let readme = Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/fixtures/import/el/README.md");
                std::fs::copy(readme, dir.join("README.md")).unwrap();
                std::fs::write(dir.join("Eng.md"), source).unwrap();
                let imported = import(&[&args[..], &[dir.to_str().unwrap()]].concat());
                std::fs::remove_dir_all(&dir).unwrap();
                imported
            }
        };
        let export = on(&text, &["export"]);
        let levels = export["levels"].as_array().unwrap();
        let named: Vec<(&str, &str)> = (levels.iter())
            .map(|l| (l["id"].as_str().unwrap(), l["name"].as_str().unwrap()))
            .collect();
        let (expected, warning): (&[(&str, &str)], &str) = match format {
            "markdown-matrix" => (
                &[
                    ("level-1", "Level 1"),
                    ("level-1-2", "level-1 (Eng)"),
                    ("level-1-2-2", "level-1-2 (Eng)"),
                ],
                "Eng.md:7:1: another level has the id 'level-1'; this one is named 'level-1 (Eng)'",
            ),
            _ => (
                &[("l1", "Level 1"), ("l2", "l1 (Eng)")],
                "Eng.md:7:1: another level has the id 'l1'; this one is named 'l1 (Eng)'",
            ),
        };
        assert_eq!(named, expected, "{format}");
        assert!(warnings.contains(warning), "{format}: {warnings}");
    }
    // A name told apart by a number, then written as the id it got.
    let source = "# T\n\n## Lead\n\n- one\n\n## Lead\n\n- two\n\n## lead-2\n\n- three\n";
    let (text, _) = import_source("as-id", &["--from", "markdown-matrix"], "t.md", source);
    let export = on(&text, &["export"]);
    let names: Vec<&str> = (export["levels"].as_array().unwrap().iter())
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Lead", "Lead (T)", "lead-2 (T)"]);
}

/// A keyword in two of Engineering Ladders' axes names the first axis's
/// skill: the second is left out with a warning, not made a skill of the
/// same name, which the rules refuse.
#[test]
fn an_engineering_ladders_keyword_in_two_axes_is_the_first_s() {
    let dir = std::env::temp_dir().join(format!("ladder-import-axes-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/el");
    for name in ["README.md", "Builder.md"] {
        let text = std::fs::read_to_string(fixtures.join(name)).unwrap();
        let text = text.replace("1. **Service**", "1. **Practises**");
        std::fs::write(dir.join(name), text).unwrap();
    }
    let (text, warnings) = import(&["--from", "engineeringladders", dir.to_str().unwrap()]);
    assert!(
        warnings.contains("README.md:14:1: 'Practises' is a keyword of the axis 'Craft' already; left out here, and a track's `**Practises**` is that axis's"),
        "{warnings}"
    );
    let export = on(&text, &["export"]);
    let skills: Vec<&str> = (export["skills"].as_array().unwrap().iter())
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(skills, ["practises", "shapes", "group"]);
    // Keywords and axes compare as a ladder's names do: `Code  Review` is
    // `code review`; one named as another's id is told apart by its axis,
    // and an axis titled as another's id gets its own.
    let readme = "# Levels\n\n## Craft\n\n1. **Code Review**: reviews\n2. **Code  review**: again\n\n## Craft!\n\n1. **code-review**: names\n";
    std::fs::write(dir.join("README.md"), readme).unwrap();
    let track =
        "# Builder\n\n## B1 - Builder 1\n\n* **code  REVIEW**: reviews\n* **code-review**: names\n";
    std::fs::write(dir.join("Builder.md"), track).unwrap();
    let (text, warnings) = import(&["--from", "engineeringladders", dir.to_str().unwrap()]);
    assert!(
        warnings.contains("README.md:6:1: 'Code review' is a keyword of the axis 'Craft' already")
            && warnings.contains("README.md:10:1: another keyword has the id 'code-review'; this one is named 'code-review (Craft!)'"),
        "{warnings}"
    );
    let export = on(&text, &["export"]);
    let pairs = |list: &str, field: &str| -> Vec<(String, String)> {
        (export[list].as_array().unwrap().iter())
            .map(|s| {
                (
                    s["id"].as_str().unwrap().into(),
                    s[field].as_str().unwrap().into(),
                )
            })
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        pairs("skills", "category"),
        [
            pair("code-review", "craft"),
            pair("code-review-2", "craft-2")
        ]
    );
    assert_eq!(
        export["levels"][0]["skills"],
        serde_json::json!(["code-review", "code-review-2"])
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_matrix_may_put_its_levels_under_deeper_headings() {
    let source = "# Careers\n\n## Design\n\n### Designer I\n\n#### Craft\n\n- Draws\n\n### Designer II\n\n#### Craft\n\n- Leads drawing\n";
    let args = ["--from", "markdown-matrix", "--level-heading", "3"];
    let (text, warnings) = import_source("depth", &args, "m.md", source);
    let export = on(&text, &["export"]);
    assert_eq!(ids(&export["tracks"]), ["design"]);
    assert_eq!(ids(&export["levels"]), ["designer-i", "designer-ii"]);
    assert_eq!(ids(&export["categories"]), ["craft"]);
    assert!(
        warnings.contains("m.md:1:1: a heading above the tracks (`#`); its title is left out"),
        "{warnings}"
    );
    assert!(text.contains("# Inferred: each `###` heading with bullets under it is a level"));
    // The other formats place their levels themselves: a usage error.
    let refused = ladder()
        .args(["import", "--from", "ft", "--level-heading", "3", "any.yml"])
        .assert()
        .code(2)
        .stdout("");
    let stderr = String::from_utf8_lossy(&refused.get_output().stderr).to_string();
    assert!(
        stderr.starts_with("error: --level-heading is for --from markdown-matrix"),
        "{stderr}"
    );
}

#[test]
fn tracks_of_one_name_and_repeated_level_headings_are_told_apart() {
    // Two files whose tracks share a title: the second is named after its
    // file too, and the ladder validates, where the rules refused it.
    let dir = std::env::temp_dir().join(format!("ladder-import-tracks-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ic.md"), "# Engineering\n\n## A1\n\n- Builds\n").unwrap();
    std::fs::write(dir.join("mgmt.md"), "# engineering\n\n## M1\n\n- Leads\n").unwrap();
    // A title that is another track's id is told apart as well.
    std::fs::write(
        dir.join("ops.md"),
        "# engineering-mgmt\n\n## O1\n\n- Runs\n",
    )
    .unwrap();
    let (text, warnings) = import(&["--from", "markdown-matrix", dir.to_str().unwrap()]);
    let tracks = on(&text, &["tracks"]);
    let names: Vec<&str> = (tracks.as_array().unwrap().iter())
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Engineering",
            "engineering (mgmt)",
            "engineering-mgmt (ops)"
        ]
    );
    assert!(
        warnings.contains("mgmt.md:1:1: another track is named 'engineering'; this one is named 'engineering (mgmt)'"),
        "{warnings}"
    );
    // An Engineering Ladders track file that repeats a level heading, in a
    // copy of the fixtures with a second track file of the same title.
    let el = dir.join("el");
    std::fs::create_dir_all(&el).unwrap();
    for name in ["README.md", "Builder.md", "Guide.md"] {
        std::fs::copy(format!("tests/fixtures/import/el/{name}"), el.join(name)).unwrap();
    }
    let builder = std::fs::read_to_string(el.join("Builder.md")).unwrap();
    let repeated = builder.replacen("## B2 - Builder 2", "## B9 - Builder 1", 1);
    std::fs::write(el.join("Builder.md"), &repeated).unwrap();
    std::fs::write(
        el.join("Zed.md"),
        "# Builder\n\n## X1 - Extra 1\n\n* **Practises**: more\n",
    )
    .unwrap();
    let (text, warnings) = import(&["--from", "engineeringladders", el.to_str().unwrap()]);
    ladder()
        .args(["--ladder", "-", "validate"])
        .write_stdin(text.clone())
        .assert()
        .success();
    assert!(
        warnings.contains(
            "another level is named 'Builder 1'; this one is named 'Builder 1 (Builder)'"
        ),
        "{warnings}"
    );
    assert!(
        warnings.contains(
            "Zed.md:1:1: another track is named 'Builder'; this one is named 'Builder (Zed)'"
        ),
        "{warnings}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A source with more warnings than an import lists: the first thousand are
/// listed and the rest counted, in the header too.
#[test]
fn warnings_past_a_thousand_are_counted_not_listed() {
    let source = format!(
        "# T\n\n## L\n\n### C\n\n- x\n\n{}",
        "<b>h</b>\n\n".repeat(400)
    );
    let (ladder_text, warnings) = import_source(
        "many-warnings",
        &["--from", "markdown-matrix"],
        "many.md",
        &source,
    );
    assert_eq!(
        warnings.lines().count(),
        1001,
        "{}",
        warnings.lines().last().unwrap_or("")
    );
    assert!(
        warnings.ends_with(
            "warning: … and 200 more warnings, not listed: an import lists its first 1000\n"
        ),
        "{}",
        warnings.lines().last().unwrap_or("")
    );
    assert!(
        ladder_text.contains("# `ladder import` gave 1200 warnings (parts of the source left out, or names told apart), and listed the first 1000.\n"),
        "{ladder_text}"
    );
}

/// What a track file holds besides its title, description, levels and
/// bullets is left out with a warning at it, never silently: a paragraph or
/// a heading under a level, a bullet outside one, and a second `#` title with
/// what follows it, a level heading there included.
#[test]
fn an_engineering_ladders_track_file_says_what_it_leaves_out() {
    let dir = std::env::temp_dir().join(format!("ladder-import-el-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("README.md"), README).unwrap();
    let track = "# Dev\n\nBuilds.\n\nMore about it.\n\n* a stray bullet\n\n## D1 - Dev 1\n\n* **Adopts**: a\n\nA paragraph that matters.\n\n### Notes\n\n* **Shapes**: b\n\n# Appendix\n\n## D2 - Dev 2\n\n* **Adopts**: c\n";
    std::fs::write(dir.join("Dev.md"), track).unwrap();
    let (text, warnings) = import(&["--from", "engineeringladders", dir.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    for (at, said) in [
        ("Dev.md:5:1", "a paragraph before the levels is left out"),
        ("Dev.md:7:1", "a bullet outside any level is left out"),
        ("Dev.md:13:1", "a paragraph under a level is left out"),
        (
            "Dev.md:15:1",
            "a heading within a level; its title is left out, the bullets under it kept",
        ),
        ("Dev.md:19:1", "a second `#` heading ends the track"),
        (
            "Dev.md:21:1",
            "level heading 'D2 - Dev 2' after the track ended is left out",
        ),
    ] {
        assert!(
            warnings.contains(&format!("{at}: {said}")),
            "{at}\n{warnings}"
        );
    }
    // The bullet under the heading within the level is kept.
    let export = on(&text, &["export"]);
    assert_eq!(export["levels"].as_array().unwrap().len(), 1);
    assert_eq!(
        export["levels"][0]["responsibilities"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

/// Category titles of one slug are told apart by their ids; a title that is
/// another category's id is that category, with a warning.
#[test]
fn matrix_categories_of_one_slug_are_told_apart() {
    let source = "# T\n\n## Dev\n\n### C++\n\n- a\n\n### C#\n\n- b\n\n### C\n\n- c\n\n## Dev 2\n\n### c++\n\n- d\n";
    let (text, warnings) = import_source("cats", &["--from", "markdown-matrix"], "cats.md", source);
    let export = on(&text, &["export"]);
    let categories: Vec<(&str, &str)> = (export["categories"].as_array().unwrap().iter())
        .map(|c| (c["id"].as_str().unwrap(), c["name"].as_str().unwrap()))
        .collect();
    assert_eq!(categories, [("c", "C++"), ("c-2", "C#")]);
    assert!(
        warnings.contains(":13:1: category 'C' is named as the id of category 'C++'; its bullets are kept under 'C++'"),
        "{warnings}"
    );
    // The second level's `c++` is the first's `C++`.
    assert_eq!(export["levels"][1]["skills"], serde_json::json!(["c"]));
}

/// What a job family holds that has no place in a ladder, or that is not of
/// the kind its field takes, is left out with a warning at it, in the file's
/// order, never silently.
#[test]
fn an_ft_family_says_what_it_leaves_out_below_its_top() {
    let source = "name: Fam\nsummary: 3.5\nlevels:\n  - id: a\n    name: A\n    description: extra\n  - id: b\n    name: B\nthemes:\n  - id: t\n    name: T\n    color: red\ncompetencies:\n  - id: c1\n    level: a\n    theme: t\n    summary: 4\n    proficiency: [P]\n    examples: just one\n    notes: x\n  - id: c2\n    theme: t\n    summary: s\n  - id: c3\n    level: b\n    theme: t\n    summary: s\n    examples: [one, 2, three]\n    supportingUrls: {label: x}\n";
    let (_, warnings) = import_source("ft-extra", &["--from", "ft"], "fam.yml", source);
    let said: Vec<&str> = (warnings.lines())
        .map(|l| l.split_once("fam.yml:").unwrap().1)
        .collect();
    assert_eq!(
        said,
        [
            "2:10: summary: the summary is not text; left out",
            "6:18: levels[0].description: 'description' has no place in a ladder; left out",
            "12:12: themes[0].color: 'color' has no place in a ladder; left out",
            "17:14: competencies[0].summary: `summary` is not text; left out",
            "18:18: competencies[0].proficiency: `proficiency` is not text; left out",
            "19:15: competencies[0].examples: `examples` is not a list; left out",
            "20:12: competencies[0].notes: 'notes' has no place in a ladder; left out",
            "21:5: competencies[1]: a competency with no `level`; left out",
            "28:21: competencies[2].examples[1]: an example that is not text; left out, the others kept",
            "29:21: competencies[2].supportingUrls: `supportingUrls` is not a list; left out",
        ]
    );
    // A link the format would refuse (a space in it) is left out, not
    // written into a ladder the rules then refuse.
    let source = source.replace(
        "supportingUrls: {label: x}",
        "supportingUrls: [{label: x, url: 'https://example.com/a b'}]",
    );
    let (text, warnings) = import_source("ft-extra", &["--from", "ft"], "fam.yml", &source);
    assert!(
        warnings.contains("fam.yml:29:22: competencies[2].supportingUrls[0]: a link without a label or a web address (https:// or http://, no spaces); left out"),
        "{warnings}"
    );
    assert_eq!(on(&text, &["export"])["sources"], Value::Array(Vec::new()));
    // A blank label is no label.
    let blank = source.replace("label: x", "label: ' '");
    let (_, warnings) = import_source("ft-extra", &["--from", "ft"], "fam.yml", &blank);
    assert!(
        warnings.contains("supportingUrls[0]: a link without a label"),
        "{warnings}"
    );
}

/// An `ft` family's ids and names that would clash are told apart, with a
/// warning: a level's id that is another's name, a family named as the track
/// its `-ic` levels make; a blank name is refused at its place.
#[test]
fn ft_ids_and_names_that_clash_are_told_apart() {
    let source = "name: Platform\nlevels:\n  - {id: a, name: B}\n  - {id: b, name: A}\nthemes:\n  - {id: t, name: T}\ncompetencies:\n  - {id: c1, level: a, theme: t, summary: S}\n  - {id: c2, level: b, theme: t, summary: S}\n";
    let (text, warnings) = import_source("ft-clash", &["--from", "ft"], "f.yml", source);
    assert!(
        warnings.contains("f.yml:4:19: levels[1].name: the id 'b' is another level's name; this level's id is 'b-2'; another level has the id 'a'; this one is named 'A (Platform)'"),
        "{warnings}"
    );
    assert_eq!(ids(&on(&text, &["export"])["levels"]), ["a", "b-2"]);
    let source = "name: Individual contributor\nlevels:\n  - {id: e, name: E}\n  - {id: s-ic, name: S}\nthemes:\n  - {id: t, name: T}\ncompetencies:\n  - {id: c1, level: e, theme: t, summary: S}\n  - {id: c2, level: s-ic, theme: t, summary: S}\n";
    let (text, warnings) = import_source("ft-clash", &["--from", "ft"], "f.yml", source);
    assert!(
        warnings.contains("f.yml:1:7: name: the family's name is that of a track its -ic or -pm levels make; its own track is named 'Individual contributor (family)'"),
        "{warnings}"
    );
    let tracks = on(&text, &["export"])["tracks"].clone();
    assert_eq!(ids(&tracks), ["individual-contributor", "ic"]);
    let blank = source.replace("{id: t, name: T}", "{id: t, name: ''}");
    let dir = std::env::temp_dir().join(format!("ladder-ft-blank-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("f.yml"), blank).unwrap();
    let stderr = common::failure([
        "import",
        "--from",
        "ft",
        dir.join("f.yml").to_str().unwrap(),
    ]);
    assert!(
        stderr
            .ends_with("f.yml:6:19: not in the ft format: a theme name is blank; expected text\n"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Text before the first level, however long, is one warning with its
/// count, past what a reader holds too.
#[test]
fn text_before_the_levels_is_one_warning_however_long() {
    let source = format!("# T\n\n{}## L\n\n### C\n\n- x\n", "para\n\n".repeat(12_000));
    let (text, warnings) = import_source(
        "before",
        &["--from", "markdown-matrix"],
        "before.md",
        &source,
    );
    assert_eq!(warnings.lines().count(), 1, "{warnings}");
    assert!(
        warnings.ends_with("before.md:3:1: 12000 paragraphs and lists before the first `## Level` heading, the first here, are left out\n"),
        "{warnings}"
    );
    assert!(
        text.contains("# `ladder import` gave 1 warning ("),
        "{text}"
    );
}
