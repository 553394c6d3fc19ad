//! Helpers shared by the end-to-end test files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

pub mod site;

/// The fixture ladder, relative to the crate.
pub const ACME: &str = "tests/fixtures/acme.yaml";

/// The built-in ladder's level ids, in ladder order.
pub const DEFAULT_IDS: [&str; 8] = [
    "senior",
    "staff",
    "principal",
    "tech-lead",
    "em",
    "director",
    "vp",
    "cto",
];

/// `ladder` with none of the variables that change its output, run from a
/// directory that holds no ladder file.
pub fn ladder() -> Command {
    let mut cmd = Command::cargo_bin("ladder").unwrap();
    for var in [
        "LADDER_FILE",
        "NO_COLOR",
        "COLUMNS",
        "TERM",
        "CLICOLOR_FORCE",
        "LADDER_COMPLETE",
    ] {
        cmd.env_remove(var);
    }
    cmd.current_dir(std::env::temp_dir());
    cmd
}

pub fn fixture(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs `ladder ARGS`, expects success, and parses its JSON output.
pub fn json(args: &[&str]) -> Value {
    let out = ladder()
        .args(args)
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("stdout is JSON")
}

/// Whether every line fits in 80 columns, but for a single word (a URL) that
/// cannot be broken.
pub fn fits_80_columns(text: &str) -> bool {
    text.lines()
        .all(|l| l.chars().count() <= 80 || l.split_whitespace().count() == 1)
}

/// `ladder ARGS` in the crate's directory, where the fixtures' relative paths
/// name them: its stdout, on success.
pub fn here(args: &[&str]) -> String {
    let out = ladder()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

pub fn stdout(args: &[&str]) -> String {
    succeeded(ladder().args(args))
}

/// The stdout of `command`, which must succeed.
pub fn succeeded(command: &mut Command) -> String {
    let out = command.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

/// Runs `ladder ARGS`, expects exit code 1 with nothing on stdout, and returns
/// what it printed on stderr.
pub fn failure<I, S>(args: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    exits(args, 1)
}

/// `ladder ARGS`, refused as a usage error: exit 2, nothing on stdout; its stderr.
pub fn usage_error<I, S>(args: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    exits(args, 2)
}

/// `ladder ARGS`, exiting `code` with nothing on stdout: its stderr.
fn exits<I, S>(args: I, code: i32) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    ends(ladder().args(args), code)
}

/// Runs `command`, expects exit code 1 with nothing on stdout, and returns
/// what it printed on stderr.
pub fn failed(command: &mut Command) -> String {
    ends(command, 1)
}

/// `command`, exiting `code` with nothing on stdout: its stderr.
fn ends(command: &mut Command, code: i32) -> String {
    let out = command.assert().code(code).stdout("").get_output().clone();
    String::from_utf8(out.stderr).unwrap()
}

/// Parses `markdown` as CommonMark with GitHub tables and returns its headings and
/// whether it has a table; any raw HTML fails the test.
pub fn markdown_outline(markdown: &str) -> (Vec<String>, bool) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let (mut headings, mut table, mut in_heading) = (Vec::new(), false, false);
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                in_heading = true;
                headings.push(String::new());
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(text) | Event::Code(text) if in_heading => {
                headings.last_mut().unwrap().push_str(&text)
            }
            Event::Start(Tag::Table(_)) => table = true,
            Event::Html(html) | Event::InlineHtml(html) => panic!("raw HTML in Markdown: {html}"),
            _ => {}
        }
    }
    (headings, table)
}

/// The `id` of every object in a JSON array.
pub fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect()
}

/// The path of a broken fixture.
pub fn bad(name: &str) -> String {
    fixture(&format!("tests/fixtures/bad/{name}.yaml"))
}

/// Checks `chart` line by line against the flowchart statements `ladder graph`
/// writes, that every edge joins declared nodes and subgraphs are closed; returns
/// the number of solid and dashed edges.
pub fn check_mermaid(chart: &str) -> (usize, usize) {
    let mut lines = chart.lines();
    assert_eq!(lines.next(), Some("flowchart BT"));
    let (mut nodes, mut solid, mut dashed, mut open) = (Vec::new(), 0, 0, 0);
    let label_ok =
        |label: &str| !label.contains('"') && !label.contains('<') && !label.contains('\n');
    for line in lines {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("subgraph ") {
            let (id, label) = rest.split_once("[\"").expect("subgraph id[\"label\"]");
            assert!(
                id.starts_with('t')
                    && label.ends_with("\"]")
                    && label_ok(&label[..label.len() - 2]),
                "{line}"
            );
            open += 1;
        } else if line == "end" {
            open -= 1;
        } else if let Some((id, label)) = line.split_once("[\"") {
            assert!(
                id.starts_with('l') && id[1..].parse::<usize>().is_ok(),
                "{line}"
            );
            assert!(
                label.ends_with("\"]") && label_ok(&label[..label.len() - 2]),
                "{line}"
            );
            nodes.push(id.to_string());
        } else {
            let (arrow, count) = if line.contains(" --> ") {
                (" --> ", &mut solid)
            } else {
                (" -.- ", &mut dashed)
            };
            let (a, b) = line
                .split_once(arrow)
                .unwrap_or_else(|| panic!("not a flowchart statement: {line}"));
            assert!(
                nodes.contains(&a.to_string()) && nodes.contains(&b.to_string()),
                "{line}"
            );
            *count += 1;
        }
        assert!(open <= 1, "nested subgraphs");
    }
    assert_eq!(open, 0, "every subgraph ends");
    (solid, dashed)
}

/// A file named after the test holding `bytes`.
pub fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ladder-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// `ladder --ladder PATH ARGS` within 100 MiB of address space.
pub fn limited(path: &Path, args: &[&str]) -> Command {
    let mut line: Vec<&std::ffi::OsStr> = vec!["--ladder".as_ref(), path.as_os_str()];
    line.extend(args.iter().map(std::ffi::OsStr::new));
    limited_line(&line)
}

/// `ladder ARGS` within 100 MiB of address space, for a command that reads
/// no ladder of its own (`changes`).
pub fn limited_line<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Command {
    let mut cmd = Command::new("bash");
    cmd.args(["-c", r#"ulimit -v 102400 && exec "$0" "$@""#])
        .arg(assert_cmd::cargo::cargo_bin("ladder"))
        .args(args)
        .timeout(Duration::from_secs(20));
    for var in ["LADDER_FILE", "NO_COLOR", "COLUMNS", "TERM"] {
        cmd.env_remove(var);
    }
    cmd
}

/// The text of data/ladder.yaml.
pub fn default_ladder() -> String {
    std::fs::read_to_string(fixture("data/ladder.yaml")).unwrap()
}

/// Runs `command`, expects exit code 1 with a report on stdout (as `validate`
/// gives when it finds problems), and returns that report.
pub fn problems_found(command: &mut Command) -> String {
    let out = command.assert().code(1).get_output().stdout.clone();
    String::from_utf8(out).expect("stdout is UTF-8")
}

/// The fixture ladder, read and checked through the library.
pub fn acme() -> ladder::ladder::CheckedLadder {
    let text = std::fs::read_to_string(fixture(ACME)).unwrap();
    ladder::file::check(&ladder::file::Origin::File("acme.yaml".into()), &text)
        .expect("the fixture is valid")
}

/// The acme ladder with `pairs` of (from, to) replaced once each.
pub fn acme_with(name: &str, pairs: &[(&str, &str)]) -> PathBuf {
    let mut text = std::fs::read_to_string(fixture(ACME)).unwrap();
    for (from, to) in pairs {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    file(name, text.as_bytes())
}

/// Runs `ladder --ladder PATH list` within the limits, expects exit code 1 and
/// nothing on stdout, and returns what it printed on stderr.
pub fn fails(path: &std::path::Path) -> String {
    let out = limited(path, &["list"])
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .clone();
    String::from_utf8(out.stderr).expect("stderr is UTF-8")
}

/// Loads `bytes` as a ladder and expects one clean error line containing `expected`.
pub fn rejects(name: &str, bytes: &[u8], expected: &str) {
    let stderr = fails(&file(name, bytes));
    assert!(stderr.starts_with("error: "), "{name}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
    assert!(
        stderr.contains(expected),
        "{name}: expected {expected:?} in {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{name}: {stderr}");
}

/// The npm package `package` as `.ci/run` installs it (under target/npm, or
/// `LADDER_NODE_MODULES`): the directory of node modules, and the package's.
pub fn npm_package(package: &str) -> (String, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let modules = std::env::var("LADDER_NODE_MODULES")
        .unwrap_or_else(|_| root.join("target/npm/node_modules").display().to_string());
    let dir = Path::new(&modules).join(package);
    assert!(
        dir.is_dir(),
        "{modules}: no {package}; run .ci/run, which installs it"
    );
    (modules, dir)
}
