//! `ladder man`: a page for ladder and each subcommand, written into a
//! directory without replacing anyone's files, and read by real `man`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh, empty directory for this test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ladder-man-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn written(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn dir_writes_a_page_per_subcommand_and_prints_their_paths() {
    let dir = scratch("all");
    let out = common::stdout(&["man", "--dir", dir.to_str().unwrap()]);
    let names = written(&dir);
    assert_eq!(names.len(), 23, "{names:?}");
    for name in [
        "ladder.1",
        "ladder-show.1",
        "ladder-assess-init.1",
        "ladder-validate.1",
        "ladder-man.1",
    ] {
        assert!(names.contains(&name.to_owned()), "{names:?}");
        assert!(out.contains(&dir.join(name).display().to_string()), "{out}");
    }
    // The root page names the subcommand pages, which now exist, and a
    // subcommand's page names its own subcommands'.
    let root = std::fs::read_to_string(dir.join("ladder.1")).unwrap();
    let assess = std::fs::read_to_string(dir.join("ladder-assess.1")).unwrap();
    for name in &names {
        let page = name.trim_end_matches(".1").replace('-', r"\-");
        let naming = match name.matches('-').count() {
            0 => continue,
            1 => &root,
            _ => &assess,
        };
        assert!(naming.contains(&format!("{page}(1)")), "{page}");
    }
}

#[test]
fn dir_replaces_nothing_without_force() {
    let dir = scratch("force");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ladder-show.1"), "mine").unwrap();
    let err = common::failure(["man", "--dir", dir.to_str().unwrap()]);
    assert!(
        err.starts_with("error: ") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // Nothing was written, not even the pages that did not exist.
    assert_eq!(written(&dir), ["ladder-show.1"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("ladder-show.1")).unwrap(),
        "mine"
    );

    // A link that points nowhere is someone's too.
    let other = scratch("force-link");
    std::fs::create_dir_all(&other).unwrap();
    std::os::unix::fs::symlink("/nowhere/at/all", other.join("ladder-diff.1")).unwrap();
    let err = common::failure(["man", "--dir", other.to_str().unwrap()]);
    assert!(
        err.contains("ladder-diff.1") && err.contains("--force"),
        "{err}"
    );
    assert!(
        other
            .join("ladder-diff.1")
            .symlink_metadata()
            .unwrap()
            .is_symlink()
    );

    common::stdout(&["man", "show", "--dir", dir.to_str().unwrap(), "--force"]);
    assert_eq!(written(&dir), ["ladder-show.1"]);
    let page = std::fs::read_to_string(dir.join("ladder-show.1")).unwrap();
    assert!(page.contains(".SH EXAMPLES"), "{page}");
}

#[test]
fn dir_must_be_a_directory_and_subcommands_must_exist() {
    let file = common::file("not-a-dir", b"text");
    let err = common::failure(["man", "--dir", file.to_str().unwrap()]);
    assert!(err.contains("not a directory"), "{err}");
    let out = common::ladder().args(["man", "shw"]).assert().code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("'show'"), "{err}");
    common::ladder().args(["man", "--force"]).assert().code(2);
}

/// `man -l PAGE` as a reader sees it, 80 columns wide, and groff's warnings.
fn read_with_man(page: &Path) -> (String, String) {
    let out = Command::new("man")
        .arg("-l")
        .arg(page)
        .env("MANWIDTH", "80")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("MAN_KEEP_FORMATTING")
        .env("MANROFFOPT", "-ww")
        .env_remove("PAGER")
        .env("MANPAGER", "cat")
        .output()
        .expect("man runs");
    assert!(out.status.success(), "man -l {}", page.display());
    let text = String::from_utf8(out.stdout).unwrap();
    (text, String::from_utf8(out.stderr).unwrap())
}

/// Every page renders in the real `man` without a warning, with the sections
/// the pages promise and each example on a line of its own, as typed.
#[test]
#[ignore = "needs man and groff; .ci/run installs them and runs this test"]
fn every_page_reads_cleanly_in_man() {
    let dir = scratch("read");
    common::stdout(&["man", "--dir", dir.to_str().unwrap()]);
    for name in written(&dir) {
        let (text, warnings) = read_with_man(&dir.join(&name));
        assert_eq!(warnings, "", "{name}");
        for section in [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "EXAMPLES",
            "EXIT STATUS",
            "ENVIRONMENT",
            "FILES",
            "SEE ALSO",
        ] {
            let heading = format!("\n{section}\n");
            assert!(text.contains(&heading), "{name} lacks {section}:\n{text}");
        }
        // Prose is filled to the width; an example is a command line as typed,
        // which may be longer.
        let prose: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("ladder "))
            .map(|line| format!("{line}\n"))
            .collect();
        assert!(common::fits_80_columns(&prose), "{name}:\n{text}");
    }
    let (show, _) = read_with_man(&dir.join("ladder-show.1"));
    for example in [
        "ladder show em",
        "ladder show \"Engineering Manager\"",
        "ladder show staff --format yaml",
    ] {
        let line = format!("\n       {example}\n");
        assert!(show.contains(&line), "{example}:\n{show}");
    }
    // The synopsis names what each option takes.
    assert!(
        show.contains("ladder show [--ladder FILE] [-f|--format FORMAT]"),
        "{show}"
    );
    let (root, _) = read_with_man(&dir.join("ladder.1"));
    assert!(root.contains("ladder-show(1)"), "{root}");
    assert!(
        root.contains("ladder diff em director --format json | jq '.skills.gained[].name'"),
        "{root}"
    );
}

/// A page's exit status says what makes its subcommand exit 1, and its
/// environment lists LADDER_FILE only where a ladder is read.
#[test]
fn pages_say_what_their_subcommand_exits_on_and_reads() {
    let section = |page: &str, title: &str| -> String {
        let start = page.find(title).unwrap_or_else(|| panic!("{title}"));
        let rest = &page[start + title.len()..];
        rest[..rest.find(".SH").unwrap_or(rest.len())].to_string()
    };
    for (name, says) in [
        ("changes", "\\-\\-exit\\-code"),
        ("lint", "\\-\\-deny"),
        ("search", "nothing matches"),
    ] {
        let page = common::stdout(&["man", name]);
        assert!(section(&page, "EXIT STATUS").contains(says), "{name}");
    }
    for (name, reads) in [
        ("show", true),
        ("init", false),
        ("changes", false),
        ("validate", true),
    ] {
        let page = common::stdout(&["man", name]);
        assert_eq!(
            section(&page, "ENVIRONMENT").contains("LADDER_FILE"),
            reads,
            "{name}"
        );
    }
}
