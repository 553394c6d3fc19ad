//! Helpers shared by the end-to-end test files.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

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

pub fn stdout(args: &[&str]) -> String {
    let out = ladder()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// Runs `ladder ARGS`, expects exit code 1 with nothing on stdout, and returns
/// what it printed on stderr.
pub fn failure<I, S>(args: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = ladder()
        .args(args)
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .clone();
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
