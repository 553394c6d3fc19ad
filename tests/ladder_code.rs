//! Ladder files as code: `tracks`, `init`, `changes` between two versions (files,
//! standard input and git revisions), file-defined categories, and every
//! problem of shape in one `validate` run.

mod common;

use std::path::PathBuf;
use std::process::Command as Process;

use common::{failure, fixture, here, json, ladder, markdown_outline, stdout};
use serde_json::Value;

const OLD: &str = "tests/fixtures/changes/old.yaml";
const NEW: &str = "tests/fixtures/changes/new.yaml";
const AXES: &str = "tests/fixtures/axes.yaml";

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ladder-code-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn tracks_lists_each_track_with_its_levels_in_every_format() {
    let tracks = json(&["tracks"]);
    assert_eq!(tracks[0]["id"], "ic");
    let ic: Vec<&str> = (tracks[0]["levels"].as_array().unwrap().iter())
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(ic, ["senior", "staff", "principal"]);
    assert_eq!(tracks[1]["levels"].as_array().unwrap().len(), 5);
    let table = stdout(&["tracks"]);
    assert!(table.contains(" management   Management   "), "{table}");
    assert!(
        table.contains("tech-lead, em, director, vp, cto"),
        "{table}"
    );
    let yaml = stdout(&["tracks", "-f", "yaml"]);
    assert!(
        yaml.starts_with("- id: \"ic\"\n  name: \"Individual contributor\"\n"),
        "{yaml}"
    );
    let (_, table) = markdown_outline(&stdout(&["tracks", "-f", "markdown"]));
    assert!(table);
    let axes = stdout(&["--ladder", &fixture(AXES), "tracks"]);
    assert!(axes.contains("d1, d2") && axes.contains("t2, m1"), "{axes}");
}

#[test]
fn init_writes_a_starter_that_validates_and_round_trips() {
    for args in [
        &["init"][..],
        &["init", "--minimal"],
        &["init", "--from", "builtin"],
    ] {
        let text = stdout(args);
        assert!(text.starts_with("# yaml-language-server: $schema=ladder.schema.json\n"));
        // A comment on every top-level section.
        for key in [
            "schema:", "title:", "sources:", "tracks:", "skills:", "levels:",
        ] {
            let at = text
                .find(&format!("\n{key}"))
                .unwrap_or_else(|| panic!("{key}"));
            let before = &text[..at];
            assert!(
                before.trim_end().lines().last().unwrap().starts_with('#'),
                "{args:?}: {key}"
            );
        }
        let checked = ladder()
            .args(["--ladder", "-", "validate"])
            .write_stdin(text.clone())
            .assert();
        checked.success().stdout("<stdin>: valid\n");
        let listed = ladder()
            .args(["--ladder", "-", "list"])
            .write_stdin(text)
            .assert()
            .success();
        assert!(!listed.get_output().stdout.is_empty());
    }
    assert!(stdout(&["init"]).matches("\n  - id: ").count() >= 8);
    assert!(stdout(&["init", "--minimal"]).contains("id: engineer"));
}

#[test]
fn init_never_replaces_a_file_without_force() {
    let dir = scratch("init");
    let path = dir.join("ours.yaml");
    let path_arg = path.to_str().unwrap();
    let out = ladder()
        .args(["init", "--minimal", path_arg])
        .assert()
        .success();
    assert!(out.get_output().stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, stdout(&["init", "--minimal"]));
    std::fs::write(&path, "mine\n").unwrap();
    let stderr = failure(["init", path_arg]);
    assert!(
        stderr.contains("already exists; pass --force to replace it"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine\n");
    ladder()
        .args(["init", path_arg, "--force"])
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Engineering career ladder")
    );
    let stderr = failure(["init", dir.to_str().unwrap(), "--force"]);
    assert!(stderr.contains("this is a directory"), "{stderr}");
    // A name that ends in '/' is a directory's; a file on the way is no
    // directory: each said in words, not as an OS error.
    for (name, said) in [
        (
            format!("{path_arg}/"),
            "a name that ends in '/', '/.' or '/..' is a directory's; name the file to write in it",
        ),
        (
            format!("{}/new/", dir.display()),
            "a name that ends in '/', '/.' or '/..' is a directory's",
        ),
        (
            format!("{}/new/.", dir.display()),
            "a name that ends in '/', '/.' or '/..' is a directory's",
        ),
        (
            format!("{path_arg}/sub/x.yaml"),
            &format!("{path_arg} is a file, not a directory; name a file in a directory"),
        ),
        (
            format!("{path_arg}/x.yaml"),
            &format!("{path_arg} is a file, not a directory; name a file in a directory"),
        ),
    ] {
        let stderr = failure(["init", &name]);
        assert!(
            stderr.contains(said) && !stderr.contains("os error"),
            "{stderr}"
        );
    }
    // -o FILE is FILE, as import takes it, and --from minimal is --minimal.
    let other = scratch("init-o").join("other.yaml");
    (ladder()
        .args(["init", "--from", "minimal", "-o"])
        .arg(&other))
    .assert()
    .success();
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        stdout(&["init", "--minimal"])
    );
    let stderr = failure(["init", "-o", other.to_str().unwrap()]);
    assert!(stderr.contains("already exists; pass --force"), "{stderr}");
    ladder().args(["init", "--force"]).assert().code(2);
    // A pipe, a link to one, or a name in /dev is never written, even with
    // --force: as root, /dev/null or /dev/stdout could be replaced (a name
    // that is in no system's /dev stands for them here, as the test may run
    // as root).
    let pipes = scratch("init-pipes");
    let fifo = pipes.join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let link = pipes.join("to-pipe");
    std::os::unix::fs::symlink(&fifo, &link).unwrap();
    let in_dev = std::path::PathBuf::from(format!("/dev/ladder-test-{}", std::process::id()));
    for path in [&fifo, &link, &in_dev] {
        for force in [&[][..], &["--force"]] {
            let mut args = vec!["init", path.to_str().unwrap()];
            args.extend(force);
            let stderr = failure(args);
            let _ = std::fs::remove_file(&in_dev);
            assert!(
                stderr.contains("this is no file of yours but a device, a pipe, a socket or a name in the system's /dev, /proc or /sys"),
                "{stderr}"
            );
        }
    }
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&kind));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // --force means nothing without a file, and --minimal picks its own start.
    ladder().args(["init", "--force"]).assert().code(2);
    // init reads no ladder, nor do import, changes, schema, man and
    // completions: one named is refused, not silently left unread.
    for (name, args) in [
        ("init", &["--ladder", "ours.yaml", "init"][..]),
        ("init", &["init", "--ladder", "ours.yaml"]),
        (
            "import",
            &[
                "--ladder",
                "ours.yaml",
                "import",
                "--from",
                "ft",
                "family.yml",
            ],
        ),
        ("changes", &["--ladder", "-", "changes", "-", "new.yaml"]),
        ("schema", &["schema", "--ladder", "ours.yaml"]),
        ("man", &["--ladder", "ours.yaml", "man"]),
        ("completions", &["completions", "bash", "--ladder", "x"]),
    ] {
        let out = ladder().args(args).assert().code(2).stdout("");
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(
            stderr.starts_with(&format!(
                "error: --ladder names a ladder to read, and `ladder {name}` reads none"
            )),
            "{stderr}"
        );
        // Nor does its help offer it.
        assert!(!stdout(&[name, "--help"]).contains("--ladder <FILE>"));
    }
    ladder()
        .env("LADDER_FILE", "ours.yaml")
        .arg("init")
        .assert()
        .success();
    ladder()
        .args(["init", "--minimal", "--from", "builtin"])
        .assert()
        .code(2);
    let leftovers = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

fn changes(args: &[&str]) -> Value {
    let mut line = vec!["changes", OLD, NEW, "-f", "json"];
    line.extend(args);
    serde_json::from_str(&here(&line)).unwrap()
}

/// The changes of one kind, as `(level, subject, class)`.
fn of_kind<'a>(found: &'a Value, kind: &str) -> Vec<(&'a str, &'a str, &'a str)> {
    (found["changes"].as_array().unwrap().iter())
        .filter(|c| c["kind"] == kind)
        .map(|c| {
            let level = c["level"].as_str().unwrap_or("");
            (
                level,
                c["subject"].as_str().unwrap(),
                c["class"].as_str().unwrap(),
            )
        })
        .collect()
}

#[test]
fn changes_classes_every_kind_of_change() {
    let found = changes(&[]);
    assert_eq!(found["old"], OLD);
    assert_eq!(
        found["counts"],
        serde_json::json!({"breaking": 14, "relaxing": 7, "editorial": 19})
    );
    let expect = [
        ("level-added", vec![("e0", "e0", "editorial")]),
        ("level-removed", vec![("e3", "e3", "breaking")]),
        ("level-renamed", vec![("e2", "name", "editorial")]),
        ("level-moved", vec![("m2", "track", "breaking")]),
        (
            "level-reranked",
            vec![("t1", "rank", "breaking"), ("e2", "rank", "breaking")],
        ),
        ("responsibility-added", vec![("e2", "mentor", "breaking")]),
        ("responsibility-removed", vec![("e1", "oncall", "relaxing")]),
        ("responsibility-reworded", vec![("e1", "ship", "editorial")]),
        (
            "skill-added",
            vec![("e2", "hiring", "breaking"), ("m1", "hiring", "breaking")],
        ),
        ("skill-removed", vec![("m2", "budgets", "relaxing")]),
        (
            "range-changed",
            vec![
                ("e1", "coding", "breaking"),
                ("e2", "coding", "breaking"),
                ("m1", "span", "relaxing"),
            ],
        ),
        (
            "promotion-removed",
            vec![
                ("e1", "e2", "breaking"),
                ("e2", "e3", "breaking"),
                ("e2", "m1", "breaking"),
                ("e2", "t1", "breaking"),
            ],
        ),
        (
            "promotion-added",
            vec![
                ("e1", "t1", "relaxing"),
                ("t1", "e2", "relaxing"),
                ("e2", "m2", "relaxing"),
            ],
        ),
        ("lateral-added", vec![("m1", "e2", "relaxing")]),
        // A lateral move to a removed level is taken away from the level
        // left, as a promotion to it is.
        ("lateral-removed", vec![("m1", "e3", "breaking")]),
        ("text-changed", vec![("m1", "role", "editorial")]),
        (
            "list-changed",
            vec![
                ("e2", "aliases", "editorial"),
                ("m2", "reports_to", "editorial"),
            ],
        ),
        (
            "skill-redefined",
            vec![("", "go", "editorial"), ("", "talks", "editorial")],
        ),
        ("track-added", vec![("", "advice", "editorial")]),
        ("category-added", vec![("", "craft", "editorial")]),
        ("role-added", vec![("", "ceo", "editorial")]),
        ("lint-changed", vec![("", "lint", "editorial")]),
    ];
    for (kind, wanted) in expect {
        assert_eq!(of_kind(&found, kind), wanted, "{kind}");
    }
    // Reordered lists (tracks, skills, a level's skills and duties) are no change.
    assert!(
        of_kind(&found, "skill-added")
            .iter()
            .all(|(_, s, _)| *s == "hiring")
    );
    assert!(of_kind(&found, "responsibility-added").len() == 1);
}

#[test]
fn changes_reads_as_a_table_and_a_pull_request_comment() {
    let table = here(&["changes", OLD, NEW]);
    assert!(
        table.contains("40 changes: 14 breaking, 7 relaxing, 19 editorial\n"),
        "{table}"
    );
    assert!(
        table.contains("Senior Engineer II (e2)\n  breaking: level-reranked rank\n"),
        "{table}"
    );
    assert!(table.contains("    80–100 → 90–100\n"), "{table}");
    let markdown = here(&["changes", OLD, NEW, "-f", "markdown"]);
    let (headings, _) = markdown_outline(&markdown);
    assert_eq!(headings[0], format!("Changes from {OLD} to {NEW}"));
    assert!(
        headings.contains(&"The ladder".to_string())
            && headings.contains(&"Engineer (e1)".to_string()),
        "{headings:?}"
    );
    assert!(
        markdown.contains("- **breaking: responsibility-added `mentor`**: + Mentoring"),
        "{markdown}"
    );
    let yaml = here(&["changes", OLD, NEW, "-f", "yaml"]);
    assert!(yaml.contains("counts:\n  breaking: 14\n"), "{yaml}");
    let same = here(&["changes", OLD, OLD]);
    assert!(same.ends_with("No changes.\n"), "{same}");
}

#[test]
fn changes_exit_codes_serve_ci() {
    let ladder = || {
        let mut cmd = common::ladder();
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
        cmd
    };
    ladder()
        .args(["changes", OLD, OLD, "--exit-code"])
        .assert()
        .success();
    ladder()
        .args(["changes", OLD, NEW, "--exit-code"])
        .assert()
        .code(1);
    ladder()
        .args(["changes", OLD, NEW, "--fail-on", "breaking"])
        .assert()
        .code(1);
    ladder()
        .args(["changes", NEW, NEW, "--fail-on", "editorial"])
        .assert()
        .success();
    // Only editorial changes: a rename of the title.
    let renamed = std::fs::read_to_string(fixture(OLD))
        .unwrap()
        .replace("title: Widgets", "title: Our widgets");
    let run = |fail_on: &str| {
        ladder()
            .args(["changes", &fixture(OLD), "-", "--fail-on", fail_on])
            .write_stdin(renamed.clone())
            .assert()
    };
    run("breaking").success();
    run("relaxing").success();
    run("editorial").code(1);
    ladder()
        .args(["changes", OLD, NEW, "--exit-code", "--fail-on", "breaking"])
        .assert()
        .code(2);
    // --only shows those classes, counts them all, and fails on what it shows.
    let only = |classes: &str| {
        let out = (ladder().current_dir(env!("CARGO_MANIFEST_DIR")))
            .args(["changes", OLD, NEW, "-f", "json", "--only", classes])
            .assert()
            .success();
        serde_json::from_slice::<Value>(&out.get_output().stdout).unwrap()
    };
    let all = only("breaking,relaxing,editorial");
    let breaking = only("Breaking");
    assert_eq!(breaking["counts"], all["counts"]);
    assert_eq!(breaking["shown"], serde_json::json!(["breaking"]));
    let classes: Vec<&str> = (breaking["changes"].as_array().unwrap().iter())
        .map(|c| c["class"].as_str().unwrap())
        .collect();
    assert!(!classes.is_empty() && classes.iter().all(|&c| c == "breaking"));
    assert!(all["changes"].as_array().unwrap().len() > classes.len());
    let table = (ladder().current_dir(env!("CARGO_MANIFEST_DIR")))
        .args([
            "changes",
            OLD,
            NEW,
            "--only",
            "breaking",
            "--fail-on",
            "breaking",
        ])
        .assert()
        .code(1);
    assert!(
        String::from_utf8_lossy(&table.get_output().stdout).contains("; only the breaking shown\n")
    );
    run("editorial").code(1);
    ladder()
        .args([
            "changes",
            &fixture(OLD),
            "-",
            "--fail-on",
            "editorial",
            "--only",
            "breaking",
        ])
        .write_stdin(renamed.clone())
        .assert()
        .success();
}

#[test]
fn changes_names_the_side_that_is_not_valid() {
    let bad = fixture("tests/fixtures/bad/unknown-skill.yaml");
    let stderr = failure(["changes", &bad, &fixture(NEW)]);
    assert!(
        stderr.starts_with(&format!(
            "error: old ladder: {bad}:27:20: levels[0].skills[1]: unknown skill 'juggling'"
        )),
        "{stderr}"
    );
    let stderr = failure(["changes", &fixture(OLD), &bad]);
    assert!(stderr.starts_with("error: new ladder: "), "{stderr}");
    let stderr = common::usage_error(["changes", "-", "-"]);
    assert!(stderr.contains("is named twice"), "{stderr}");
}

fn git(dir: &PathBuf, args: &[&str]) {
    let status = Process::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

#[test]
fn changes_reads_a_git_revision_for_the_pull_request_case() {
    let dir = scratch("git");
    let ladder_file = dir.join("ladder.yaml");
    std::fs::copy(fixture(OLD), &ladder_file).unwrap();
    git(&dir, &["init", "-q", "-b", "main"]);
    git(&dir, &["add", "ladder.yaml"]);
    git(&dir, &["commit", "-q", "-m", "v1"]);
    std::fs::copy(fixture(NEW), &ladder_file).unwrap();
    let run = |args: &[&str]| ladder().current_dir(&dir).args(args).assert();
    let out = run(&["changes", "main:ladder.yaml", "ladder.yaml", "-f", "json"]).success();
    let found: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(found["old"], "main:ladder.yaml");
    assert_eq!(found["counts"]["breaking"], 14);
    run(&[
        "changes",
        "main:ladder.yaml",
        "ladder.yaml",
        "--fail-on",
        "breaking",
    ])
    .code(1);
    let missing = run(&["changes", "nope:ladder.yaml", "ladder.yaml"]).code(1);
    let stderr = String::from_utf8_lossy(&missing.get_output().stderr).to_string();
    assert!(
        stderr.starts_with(
            "error: old ladder: nope:ladder.yaml: not a file, and git cannot read it as REV:PATH: "
        ),
        "{stderr}"
    );
    // A revision git does not know: the branches it does.
    assert!(stderr.ends_with("; the branches here: main\n"), "{stderr}");
    let outside = ladder()
        .current_dir(std::env::temp_dir())
        .args(["changes", "main:ladder.yaml", &fixture(NEW)])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&outside.get_output().stderr).to_string();
    assert!(stderr.contains("not a git repository"), "{stderr}");
    // `validate` reads a revision the same way.
    run(&["validate", "main:ladder.yaml"])
        .success()
        .stdout("main:ladder.yaml: valid\n");
    // `:PATH` is the copy staged for the next commit, as a pre-commit hook
    // checks it: here the first version, until the second is staged.
    let staged = run(&["changes", ":ladder.yaml", "ladder.yaml", "-f", "json"]).success();
    let found: Value = serde_json::from_slice(&staged.get_output().stdout).unwrap();
    assert_eq!(found["counts"]["breaking"], 14, "{found}");
    git(&dir, &["add", "ladder.yaml"]);
    run(&["changes", ":ladder.yaml", "ladder.yaml", "--exit-code"]).success();
    // A path that is a symbolic link in the revision is read where it leads
    // within it; a link that leads to no file there is told so.
    #[cfg(unix)]
    {
        let link = |target: &str, name: &str| {
            std::os::unix::fs::symlink(target, dir.join(name)).unwrap();
        };
        std::fs::create_dir_all(dir.join("docs")).unwrap();
        link("../ladder.yaml", "docs/ladder.yaml");
        link("gone.yaml", "dangling.yaml");
        link("/etc/hostname", "outside.yaml");
        git(&dir, &["add", "-A"]);
        git(&dir, &["commit", "-q", "-m", "links"]);
        // In a revision, and in the staged copy, where git follows no link.
        for spec in ["main:docs/ladder.yaml", ":docs/ladder.yaml"] {
            run(&["changes", spec, "ladder.yaml", "--exit-code"]).success();
        }
        for (spec, said) in [
            (
                "main:dangling.yaml",
                "a symbolic link in git that names a path the revision does not have",
            ),
            (
                "main:outside.yaml",
                "a symbolic link to '/etc/hostname', outside the repository",
            ),
            (
                ":dangling.yaml",
                "a symbolic link in git that names a path the index does not have",
            ),
            (
                ":outside.yaml",
                "a symbolic link to '/etc/hostname', outside",
            ),
            // A path git does not find, whatever its last word.
            ("main:x tree", "path 'x tree' does not exist in 'main'"),
        ] {
            let out = run(&["validate", spec]).code(1);
            let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
            assert!(stdout.contains(said), "{spec}: {stdout}");
        }
        // Below the top, a path git does not find says how to write one
        // from here, and `REV:./PATH` reads it.
        let docs = dir.join("docs");
        let below = |args: &[&str]| ladder().current_dir(&docs).args(args).assert();
        let out = below(&["validate", "main:missing.yaml"]).code(1);
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        assert!(
            stdout.contains("; git reads REV:PATH from the repository's top, and this is docs/: for a path from here, write REV:./PATH"),
            "{stdout}"
        );
        below(&[
            "changes",
            "main:./ladder.yaml",
            "ladder.yaml",
            "--exit-code",
        ])
        .success();
        // A missing file `changes` compares points to a revision from here.
        let out = below(&["changes", "gone.yaml", "ladder.yaml"]).code(1);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(stderr.contains("such as `HEAD:./gone.yaml`"), "{stderr}");
        // A repository's file-system monitor is a command: never run.
        let marker = dir.join("monitor-ran");
        let monitor = format!("touch '{}'; false", marker.display());
        git(&dir, &["config", "core.fsmonitor", &monitor]);
        run(&["changes", ":docs/ladder.yaml", "ladder.yaml", "--exit-code"]).success();
        assert!(!marker.exists(), "git's fsmonitor ran");
    }
}

#[test]
fn categories_are_the_files_own() {
    let axes = fixture(AXES);
    let mix = json(&["--ladder", &axes, "diff", "d1", "d2"]);
    let keys: Vec<&String> = mix["skill_mix"].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["technology", "system", "people", "process", "influence"]
    );
    assert_eq!(
        mix["skill_mix"]["system"],
        serde_json::json!({"from": 0, "to": 1})
    );
    let show = stdout(&["--ladder", &axes, "show", "m1"]);
    assert!(
        show.contains(" People     Mentors others, Supports teammates\n"),
        "{show}"
    );
    let plan = json(&["--ladder", &axes, "plan", "d1", "m1"]);
    let groups: Vec<&str> = (plan["build"].as_array().unwrap().iter())
        .map(|g| g["category"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["people", "process", "influence"]);
    let catalogue = json(&["--ladder", &axes, "skill"]);
    assert_eq!(catalogue[0]["category"], "technology");
    let export = json(&["--ladder", &axes, "export"]);
    assert_eq!(
        export["categories"][4],
        serde_json::json!({"id": "influence", "name": "Influence"})
    );
    // The built-in ladder lists none and gets the default four.
    let builtin = json(&["export"]);
    assert_eq!(builtin["categories"].as_array().unwrap().len(), 4);
    let text = std::fs::read_to_string(&axes).unwrap();
    let wrong = text.replace("category: system}", "category: systems}");
    let stderr = ladder()
        .args(["--ladder", "-", "list"])
        .write_stdin(wrong)
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&stderr.get_output().stderr).to_string();
    assert!(stderr.contains("skills[2].category: unknown category 'systems' on skill 'designs'; did you mean 'system'? known categories: technology, system,"), "{stderr}");
    // An empty list of categories, alone, is refused by the rules.
    let four = "categories:\n  - {id: technology, name: Technology}\n  - {id: system, name: System}\n  - {id: people, name: People}\n  - {id: process, name: Process}\n  - {id: influence, name: Influence}\n";
    assert!(text.contains(four));
    let validate = |text: String| {
        let out = ladder()
            .args(["--ladder", "-", "validate"])
            .write_stdin(text)
            .assert()
            .code(1);
        String::from_utf8_lossy(&out.get_output().stdout).to_string()
    };
    let out = validate(text.replacen(four, "categories: []\n", 1));
    assert!(
        out.contains("categories: categories, when given, needs at least one category"),
        "{out}"
    );
    // An unknown key beside the categories is named as such.
    let out = validate(text.replacen("categories:\n", "x-categories: 1\ncategories:\n", 1));
    assert!(
        out.contains("x-categories: unknown key 'x-categories'"),
        "{out}"
    );
}

/// What `ladder validate -` reports of `text`, which it finds invalid.
fn invalid(text: &str) -> String {
    let out = ladder()
        .args(["validate", "-"])
        .write_stdin(text.to_string())
        .assert()
        .code(1);
    String::from_utf8_lossy(&out.get_output().stdout).to_string()
}

#[test]
fn validate_reports_every_problem_of_shape_in_one_run() {
    let text = "title: T\ntitl: 3\ntracks: {}\nskills: [{id: a, name: A, category: technical, x: 1}]\nlevels:\n  - id: a\n    name: ~\n    track: t\n    coding: lots\n    span: {min: 1, max: \"2\"}\n    responsibilities: [{id: d}]\n    skills: [s]\n    lateral: [3]\n";
    let out = invalid(text);
    for line in [
        "<stdin>:1:1: missing required key 'schema' (the file format version. This release reads version 1; write schema: 1)",
        "<stdin>:2:1: titl: unknown key 'titl'; it reads like 'title', which this mapping has already: keep one of the two; expected one of: schema, title,",
        "<stdin>:3:9: tracks: expected a list, found a mapping",
        "<stdin>:4:48: skills[0].x: unknown key 'x'; expected one of: id, name, category",
        "<stdin>:6:5: levels[0]: missing required key 'role' (the primary role, in one line)",
        "<stdin>:7:11: levels[0].name: expected text, found null",
        "<stdin>:9:13: levels[0].coding: expected a range like {min: 90, max: 100}, found the text \"lots\"",
        "<stdin>:10:25: levels[0].span.max: expected a whole number, found the text \"2\"; write the number without quotes",
        "<stdin>:11:24: levels[0].responsibilities[0]: missing required key 'name'",
        "<stdin>:13:15: levels[0].lateral[0]: expected a level id or {id, sources}, found the number 3",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    assert!(out.ends_with("11 problems in 1 of 1 file\n"), "{out}");
}

#[test]
fn validate_reports_every_key_given_twice_and_places_keys_yaml_reads_as_null() {
    // Two keys given twice in two mappings, with nothing else wrong: the
    // typed reading stops at the first, the report has both.
    let text = "schema: 1\ntitle: T\ntitle: U\ntracks:\n  - id: ic\n    name: IC\n    name: Individual\nskills: []\nlevels: []\n";
    let out = invalid(text);
    for line in [
        "<stdin>:3:1: duplicate field `title`: it is given on line 2 already",
        "<stdin>:7:5: tracks[0]: duplicate field `name`: it is given on line 6 already",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    assert!(out.ends_with("2 problems in 1 of 1 file\n"), "{out}");
    // Beside a problem of another kind, and after a syntax error's place.
    let cases = [
        (
            "schema: [1]\ntitle: T\ntracks: []\nskills: []\nlevels:\n  - {id: a, scope: x, scope: y}\n",
            &[
                "<stdin>:1:9: schema: expected a whole number",
                "<stdin>:6:23: levels[0]: duplicate field `scope`",
            ][..],
        ),
        (
            "schema: 1\ntitle: a\ntitle: b\ntracks: [\n",
            &["<stdin>:3:1: duplicate field `title`", "<stdin>:5:1: "],
        ),
    ];
    for (text, lines) in cases {
        let out = invalid(text);
        for line in lines {
            assert!(out.contains(line), "{line}\n{out}");
        }
    }
    // A value that says `duplicate` is one problem; keys that are lists are
    // told apart from each other, not taken for one key given twice.
    let out = invalid("schema: duplicate\ntitle: T\ntracks: []\nskills: []\nlevels: []\n");
    assert!(out.ends_with("1 problem in 1 of 1 file\n"), "{out}");
    let out = invalid(
        "schema: 1\ntitle: T\ntitle: U\n? [a]\n: {k: 1}\n? [b]\n: {k: 2}\ntracks: []\nskills: []\nlevels: []\n",
    );
    assert!(out.ends_with("1 problem in 1 of 1 file\n"), "{out}");
    // Past a file's thousand problems the repeats are counted, and a long
    // key in a path is not copied into every line.
    let many = format!(
        "schema: 1\ntitle: T\ntracks: []\nskills: []\nlevels: []\n{}",
        "title: x\n".repeat(1500)
    );
    let out = invalid(&many);
    assert!(out.contains("… and 500 more problems, not listed"), "{out}");
    assert_eq!(out.matches("duplicate field").count(), 1000);
    let long = format!(
        "schema: 1\ntitle: x\ntitle: y\nextra:\n  ? \"{}\"\n  : [{{a: 1, a: 2}}]\n",
        "k".repeat(5000)
    );
    let out = invalid(&long);
    assert!(out.contains("extra.…[0]: duplicate field `a`"), "{out}");
    assert!(out.len() < 2000, "{out}");
    // A key YAML reads as null or a boolean is placed at itself.
    let out =
        invalid("schema: 1\nNULL: 3\nTrue: 4\ntitle: T\ntracks: []\nskills: []\nlevels: []\n");
    for line in [
        "<stdin>:2:1: ~: unknown key '~'",
        "<stdin>:3:1: true: unknown key 'true'",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
}

#[test]
fn a_value_of_the_wrong_form_is_told_the_form_wanted() {
    let builtin = include_str!("../data/ladder.yaml");
    for (value, found) in [("lots", "the text \"lots\""), ("5", "the number 5")] {
        let text = builtin.replacen(
            "span: {min: 6, max: 8, sources: [codecapsule]}",
            &format!("span: {value}"),
            1,
        );
        let out = invalid(&text);
        assert!(
            out.contains(&format!(
                ".span: expected a range like {{min: 90, max: 100}}, found {found}\n"
            )),
            "{out}"
        );
    }
}

/// The changes from a ladder to the same ladder edited by `edit`.
fn edited(edit: impl Fn(String) -> String) -> Value {
    let old = std::fs::read_to_string(fixture(OLD)).unwrap();
    let new = edit(old.clone());
    assert_ne!(old, new, "the edit changes the file");
    let out = ladder()
        .args(["changes", &fixture(OLD), "-", "-f", "json"])
        .write_stdin(new)
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

fn kinds(found: &Value) -> Vec<(String, String, String)> {
    (found["changes"].as_array().unwrap().iter())
        .map(|c| {
            let text = |k: &str| c[k].as_str().unwrap_or("").to_string();
            (text("level"), text("kind"), text("class"))
        })
        .collect()
}

#[test]
fn a_lateral_move_is_one_pair_whichever_level_declares_it() {
    let moved = edited(|text| {
        text.replacen("    lateral: [e3]\n", "", 1).replacen(
            "    skills: [go, talks]\n",
            "    skills: [go, talks]\n    lateral: [m1]\n",
            1,
        )
    });
    assert_eq!(kinds(&moved), Vec::<(String, String, String)>::new());
    let cited = edited(|text| {
        text.replacen(
            "    lateral: [e3]\n",
            "    lateral: [{id: e3, sources: [wiki]}]\n",
            1,
        )
    });
    assert_eq!(
        kinds(&cited),
        [("m1".into(), "sources-changed".into(), "editorial".into())]
    );
}

/// The changes from OLD edited by `before` to OLD edited by `after`.
fn between(
    name: &str,
    before: impl Fn(String) -> String,
    after: impl Fn(String) -> String,
) -> Value {
    let dir = scratch(name);
    let text = std::fs::read_to_string(fixture(OLD)).unwrap();
    let (old, new) = (dir.join("old.yaml"), dir.join("new.yaml"));
    std::fs::write(&old, before(text.clone())).unwrap();
    std::fs::write(&new, after(before(text))).unwrap();
    let out = (ladder().args(["changes", "-f", "json"]).arg(&old).arg(&new))
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

#[test]
fn a_lateral_move_a_new_level_declares_is_reported_on_the_level_it_joins() {
    let joined = edited(|text| {
        text + "  - id: m0\n    name: Lead\n    track: lead\n    role: Leads.\n    scope: team\n    responsibilities:\n      - {id: people, name: One-on-ones}\n    skills: [talks]\n    lateral: [e3]\n"
    });
    assert_eq!(
        kinds(&joined),
        [
            ("e3".into(), "lateral-added".into(), "relaxing".into()),
            ("m0".into(), "level-added".into(), "editorial".into()),
        ]
    );
    // Sources given to a move that had none: from nothing, not from "".
    let cited = edited(|text| {
        text.replacen(
            "    lateral: [e3]\n",
            "    lateral: [{id: e3, sources: [wiki]}]\n",
            1,
        )
    });
    assert_eq!(cited["changes"][0]["from"], Value::Null);
    assert_eq!(cited["changes"][0]["to"], "wiki");
}

#[test]
fn a_lateral_move_both_levels_declare_is_taken_away_once() {
    let both = |text: String| {
        text.replacen(
            "    skills: [go, talks]\n",
            "    skills: [go, talks]\n    lateral: [m1]\n",
            1,
        )
    };
    let gone = between("lateral-once", both, |text| {
        (text.replacen("    lateral: [m1]\n", "", 1)).replacen("    lateral: [e3]\n", "", 1)
    });
    assert_eq!(
        kinds(&gone),
        [("e3".into(), "lateral-removed".into(), "breaking".into())]
    );
    // Its sources are those of both declarations: one gained on either side
    // is a change, one moved from one side to the other is none.
    let cite = |on: &'static str| {
        move |text: String| {
            text.replacen(
                on,
                &on.replace("[m1]", "[{id: m1, sources: [wiki]}]")
                    .replace("[e3]", "[{id: e3, sources: [wiki]}]"),
                1,
            )
        }
    };
    let (on_e3, on_m1) = ("    lateral: [m1]\n", "    lateral: [e3]\n");
    let gained = between("lateral-sources", both, cite(on_e3));
    assert_eq!(
        kinds(&gained),
        [("e3".into(), "sources-changed".into(), "editorial".into())]
    );
    let moved = between(
        "lateral-sources-moved",
        |t| cite(on_e3)(both(t)),
        |t| cite(on_m1)(t.replacen("[{id: m1, sources: [wiki]}]", "[m1]", 1)),
    );
    assert_eq!(kinds(&moved), Vec::<(String, String, String)>::new());
}

#[test]
fn a_level_reached_only_sideways_stands_beside_the_level_it_joins() {
    // m3 beside m2, the top of the leadership track. Moving m1 to the
    // engineering track leaves m2 first of the levels the track keeps, in
    // both versions: no re-ranking, though m3 has no promotion into it.
    let beside = |text: String| {
        text + "  - id: m3\n    name: Chief\n    track: lead\n    role: Decides.\n    scope: company\n    responsibilities:\n      - {id: budget, name: Budget}\n    skills: [talks]\n    lateral: [m2]\n"
            // And m4 beside m3, which is beside m2: all three stand together.
            + "  - id: m4\n    name: Fellow\n    track: lead\n    role: Advises.\n    scope: company\n    responsibilities:\n      - {id: budget, name: Budget}\n    skills: [talks]\n    lateral: [m3]\n"
    };
    let moved = between("rank-beside", beside, |text| {
        text.replacen(
            "  - id: m1\n    name: Manager\n    track: lead\n",
            "  - id: m1\n    name: Manager\n    track: eng\n",
            1,
        )
    });
    assert_eq!(
        kinds(&moved),
        [("m1".into(), "level-moved".into(), "breaking".into())]
    );
    // A level that loses its place beside another drops to the track's
    // bottom: the level above it keeps its number, and says why it moved.
    let dropped = between("rank-dropped", beside, |text| {
        text.replacen("    lateral: [m3]\n", "", 1)
    });
    let m2: Vec<(String, String)> = (dropped["changes"].as_array().unwrap().iter())
        .filter(|c| c["level"] == "m2" && c["kind"] == "level-reranked")
        .map(|c| {
            (
                c["from"].as_str().unwrap().to_string(),
                c["to"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // Scripts get the number; a person reads what moved below.
    assert_eq!(m2, [("2".to_string(), "2".to_string())]);
    // Two levels of the track that trade places get their true ranks, and
    // the level beside one of them moves with it.
    let swapped = between("rank-swap", beside, |text| {
        (text.replacen("    next: [m2]\n", "", 1)).replacen(
            "    skills: [talks, budgets]\n",
            "    skills: [talks, budgets]\n    next: [m1]\n",
            1,
        )
    });
    let ranks: Vec<(String, String, String)> = (swapped["changes"].as_array().unwrap().iter())
        .filter(|c| c["kind"] == "level-reranked")
        .map(|c| {
            let text = |k: &str| c[k].as_str().unwrap_or("").to_string();
            (text("level"), text("from"), text("to"))
        })
        .collect();
    assert_eq!(
        ranks,
        [
            ("m1".into(), "1".into(), "2".into()),
            ("m2".into(), "2".into(), "1".into()),
            ("m3".into(), "2".into(), "1".into()),
            ("m4".into(), "2".into(), "1".into()),
        ]
    );
}

#[test]
fn a_re_rank_names_a_few_levels_below_and_counts_the_rest() {
    // Seven levels beside the top of a track stand with it; without their
    // lateral moves they drop to the bottom, below `b`, whose number stays.
    let level = |id: &str, more: &str| {
        format!(
            "  - {{id: {id}, name: {id}, track: t, role: r, scope: s, responsibilities: [{{id: d, name: D}}], skills: []{more}}}\n"
        )
    };
    let write = |beside: bool| {
        let mut text =
            String::from("schema: 1\ntitle: T\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n");
        text += &level("a", ", next: [b]");
        text += &level("b", ", next: [top]");
        text += &level("top", "");
        for n in 1..=7 {
            text += &level(
                &format!("x{n}"),
                if beside { ", lateral: [top]" } else { "" },
            );
        }
        text
    };
    let dir = scratch("rank-above");
    let (old, new) = (dir.join("old.yaml"), dir.join("new.yaml"));
    std::fs::write(&old, write(true)).unwrap();
    std::fs::write(&new, write(false)).unwrap();
    let out = (ladder().args(["changes", "-f", "json"]).arg(&old).arg(&new))
        .assert()
        .success();
    let found: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let b = (found["changes"].as_array().unwrap().iter())
        .find(|c| c["level"] == "b" && c["kind"] == "level-reranked")
        .unwrap();
    assert_eq!(
        (&b["from"], &b["to"]),
        (&Value::from("2"), &Value::from("2"))
    );
    // A script is told what the equal numbers hide (of b and of top, above
    // it); other changes have no note.
    assert_eq!(b["note"], "now above x1, x2, x3, x4, x5 and 2 more");
    // And gets them all, to count or look up.
    let all: Vec<String> = (1..=7).map(|n| format!("x{n}")).collect();
    assert_eq!(b["above"]["now"], serde_json::json!(all));
    assert_eq!(b["above"]["no_longer"], serde_json::json!([]));
    let notes = (found["changes"].as_array().unwrap().iter()).filter(|c| c.get("note").is_some());
    assert_eq!(notes.count(), 2, "{found}");
    let lists = (found["changes"].as_array().unwrap().iter()).filter(|c| c.get("above").is_some());
    assert_eq!(lists.count(), 2, "{found}");
    let table = (ladder().args(["changes"]).arg(&old).arg(&new))
        .assert()
        .success();
    let table = String::from_utf8_lossy(&table.get_output().stdout).to_string();
    assert!(
        table
            .contains("level-reranked rank\n    2 → 2 (now above x1, x2, x3, x4, x5 and 2 more)\n"),
        "{table}"
    );
}

#[test]
fn a_level_added_to_one_track_moves_no_level_of_another() {
    // A new level above e1 on the engineering track: e-levels below it keep
    // their places, and so does every level of the leadership track.
    let added = edited(|text| {
        text.replacen("    next: [e2]\n", "    next: [e1b]\n", 1).replacen(
            "  - id: e2\n",
            "  - id: e1b\n    name: Engineer II\n    track: eng\n    role: Ships features.\n    scope: feature\n    responsibilities:\n      - {id: ship, name: Shipping}\n    skills: [go]\n    next: [e2]\n  - id: e2\n",
            1,
        )
    });
    let changes = kinds(&added);
    assert!(
        !changes.iter().any(|(_, kind, _)| kind == "level-reranked"),
        "{changes:?}"
    );
    assert!(changes.contains(&("e1b".into(), "level-added".into(), "editorial".into())));
}

#[test]
fn a_range_asks_more_only_when_its_bottom_rises() {
    let range = |from: &str, to: &str| {
        let found = edited(|text| text.replacen(from, to, 1));
        kinds(&found)[0].2.clone()
    };
    let span = "span: {min: 5, max: 9}";
    assert_eq!(
        range(span, "span: {min: 3, max: 12}"),
        "relaxing",
        "widened"
    );
    assert_eq!(range(span, "span: {min: 4, max: 8}"), "relaxing", "lowered");
    assert_eq!(
        range(span, "span: {min: 5, max: 12}"),
        "relaxing",
        "a higher top only"
    );
    assert_eq!(
        range(span, "span: {min: 6, max: 9}"),
        "breaking",
        "narrowed from below"
    );
    assert_eq!(range(span, "span: {min: 6, max: 12}"), "breaking", "raised");
}

/// `-` is standard input where a command reads a file and standard output
/// where it writes one, in every command; standard input is read once.
#[test]
fn a_dash_means_the_standard_streams_in_every_command() {
    let dir = std::env::temp_dir().join(format!("ladder-dash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let run = |args: &[&str], stdin: &str| {
        let out = ladder()
            .current_dir(&dir)
            .args(args)
            .write_stdin(stdin)
            .output()
            .unwrap();
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        (out.status.code(), text(&out.stdout), text(&out.stderr))
    };
    let skeleton = run(&["assess", "init", "--level", "em", "-"], "");
    assert_eq!(skeleton.0, Some(0), "{}", skeleton.2);
    assert!(
        skeleton
            .1
            .starts_with("# yaml-language-server: $schema=assessment.schema.json\n")
    );
    let matrix = "# Backend\n\n## Engineer\n\n### Delivery\n\n- Ships small changes.\n";
    let imported = run(
        &["import", "--from", "markdown-matrix", "-", "-o", "-"],
        matrix,
    );
    assert_eq!(imported.0, Some(0), "{}", imported.2);
    assert!(imported.1.contains("from: <stdin>."), "{}", imported.1);
    assert!(
        imported.1.contains("name: \"Ships small changes.\""),
        "{}",
        imported.1
    );
    // Without a `#` title, a track from standard input is not named after it.
    let untitled = run(
        &["import", "--from", "markdown-matrix", "-"],
        "## Engineer\n\n- Ships code\n",
    );
    assert!(untitled.1.contains("title: \"Track\"\n"), "{}", untitled.1);
    assert!(!untitled.1.contains("\"<stdin>\""), "{}", untitled.1);
    // Nothing was written to a file named `-`.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    let ours = stdout(&["init", "--minimal"]);
    // A command line that names it twice is a usage error.
    for args in [
        &["validate", "-", "-"][..],
        &["lint", "-", "-"],
        &["--ladder", "-", "validate", "-"],
        &["import", "--from", "markdown-matrix", "-", "-"],
        &["changes", "-", "-"],
    ] {
        let (code, out, err) = run(args, &ours);
        assert_eq!((code, out.as_str()), (Some(2), ""), "{args:?}: {err}");
        assert!(
            err.starts_with(
                "error: `-` (standard input) is named twice; it can be read once, so name it at most once\n\nUsage: ladder "
            ),
            "{args:?}: {err}"
        );
    }
    // A directory cannot be standard output.
    for args in [&["site", "-"][..], &["man", "--dir", "-"]] {
        let (code, out, err) = run(args, "");
        assert_eq!((code, out.as_str()), (Some(1), ""), "{args:?}: {err}");
        assert!(
            err.contains("standard output (`-`) cannot"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    // A missing file is called what the command wanted of it.
    let (_, _, err) = run(&["assess", "me.yaml"], "");
    assert!(
        err.starts_with("error: me.yaml: cannot read the assessment: "),
        "{err}"
    );
    let (_, _, err) = run(&["import", "--from", "markdown-matrix", "levels.md"], "");
    assert!(
        err.starts_with("error: levels.md: cannot read the source: "),
        "{err}"
    );
    let (_, _, err) = run(&["assess", "/dev/null"], "");
    assert!(
        err.starts_with(
            "error: /dev/null: this is a device; only regular files, pipes and terminals are read as assessments"
        ),
        "{err}"
    );
    std::fs::write(dir.join("latin1.md"), b"# Caf\xe9\n").unwrap();
    let (_, _, err) = run(&["import", "--from", "markdown-matrix", "latin1.md"], "");
    assert!(
        err.ends_with("(byte 0xe9); a source file must be UTF-8 text\n"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The command a written file's hint suggests can be pasted into a shell.
#[test]
fn the_hint_after_writing_a_file_quotes_its_path() {
    let dir = std::env::temp_dir().join(format!("ladder-hint-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let hint = |args: &[&str]| {
        let out = ladder().current_dir(&dir).args(args).assert().success();
        String::from_utf8_lossy(&out.get_output().stderr).into_owned()
    };
    assert_eq!(
        hint(&["init", "our ladder.yaml"]),
        "wrote our ladder.yaml; check it with `ladder validate 'our ladder.yaml'`\n"
    );
    assert_eq!(
        hint(&["assess", "init", "--level", "em", "--", "-me's.yaml"]),
        "wrote -me's.yaml; rate each expectation, then run `ladder assess './-me'\\''s.yaml'`\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A level whose id changed and that keeps the old one as an alias is the
/// same level, which every command still finds by the old id: one editorial
/// change, its promotions followed under the new id. Without the alias it is
/// a level removed and one added.
#[test]
fn a_level_renamed_with_its_old_id_as_an_alias_is_the_same_level() {
    let rename = |aliases: &'static str| {
        move |text: String| {
            text.replacen("    next: [e2]\n", "    next: [e2b]\n", 1)
                .replacen(
                    "  - id: e2\n    name: Senior Engineer\n    aliases: [senior]\n",
                    &format!("  - id: e2b\n    name: Senior Engineer\n    aliases: {aliases}\n"),
                    1,
                )
        }
    };
    let kept = edited(rename("[senior, e2]"));
    let changes = kinds(&kept);
    // The old id kept as an alias is said once, by the id's change.
    assert_eq!(
        changes,
        [("e2b".into(), "level-id-changed".into(), "editorial".into())],
        "{kept}"
    );
    assert_eq!(
        (&kept["changes"][0]["from"], &kept["changes"][0]["to"]),
        (&Value::from("e2"), &Value::from("e2b"))
    );
    // With other changes, they come in its section, after the rename in
    // the new ladder's order of levels.
    let more = edited(|text| {
        rename("[senior, e2]")(text)
            .replacen(
                "      - {id: design, name: Design reviews}\n    skills: [go, tests, talks]",
                "      - {id: design, name: Design reviews}\n      - {id: hire, name: Hiring}\n    skills: [go, tests, talks]",
                1,
            )
            .replacen("    scope: feature\n", "    scope: features\n", 1)
    });
    let levels: Vec<String> = kinds(&more).into_iter().map(|(l, _, _)| l).collect();
    assert!(
        levels.iter().filter(|l| *l == "e2b").count() >= 2,
        "{levels:?}"
    );
    let first = levels.iter().position(|l| l == "e2b").unwrap();
    let last = levels.iter().rposition(|l| l == "e2b").unwrap();
    assert!(
        levels[first..=last].iter().all(|l| l == "e2b"),
        "{levels:?}"
    );
    // Without the old id kept, the promotion into it is taken away.
    let gone = kinds(&edited(rename("[senior]")));
    for kind in ["level-removed", "level-added", "promotion-removed"] {
        assert!(gone.iter().any(|(_, k, _)| k == kind), "{kind}: {gone:?}");
    }
}
