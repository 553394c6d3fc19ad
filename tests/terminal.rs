//! End-to-end tests of how ladder behaves at the edges: usage errors, help, colour and closed pipes.

mod common;

use std::process::Stdio;

use common::ladder;
use predicates::prelude::*;

#[test]
fn wrong_usage_exits_2() {
    ladder().arg("promote").assert().code(2).stdout("");
    ladder().args(["diff", "em"]).assert().code(2);
    ladder().args(["list", "--format", "xml"]).assert().code(2);
    // A mistyped subcommand's suggestions come nearest first, and none much
    // further than the nearest (clap's own list ends with 'validate').
    ladder()
        .arg("lsit")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "some similar subcommands exist: 'list', 'lint', 'site'\n",
        ));
    // `assess FILE` takes a mistyped `init` for a file, and says what it meant.
    ladder()
        .current_dir(std::env::temp_dir())
        .args(["assess", "inti"])
        .assert()
        .code(1)
        .stderr(predicate::str::ends_with(
            "; to start an assessment, run `ladder assess init --level LEVEL`\n",
        ));
}

#[test]
fn help_shows_examples() {
    ladder()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("ladder diff em director"));
    // In a pipe, help is wrapped to 80 columns, as every answer is.
    for args in [
        &["--help"][..],
        &["changes", "--help"],
        &["assess", "--help"],
    ] {
        let out = ladder().args(args).assert().success();
        let help = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        assert!(
            help.lines().all(|l| l.chars().count() <= 80),
            "{args:?}:\n{help}"
        );
    }
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

/// Help and usage errors, which clap answers, are coloured as answers are:
/// on a terminal (a pseudo-terminal of `script`, from util-linux) unless
/// `--color never`, `NO_COLOR` or `TERM=dumb`; anywhere with `--color always`.
#[test]
fn help_and_usage_errors_colour_as_answers_do() {
    let bin = assert_cmd::cargo::cargo_bin("ladder");
    let on_terminal = |line: &str, env: &[(&str, &str)]| -> bool {
        let mut script = std::process::Command::new("script");
        script.args(["-qec", &format!("{} {line}", bin.display()), "/dev/null"]);
        script.env("TERM", "xterm").env_remove("NO_COLOR");
        for (key, value) in env {
            script.env(key, value);
        }
        let out = script.output().expect("script (util-linux) runs");
        out.stdout.contains(&0x1b)
    };
    assert!(on_terminal("--help", &[]), "a terminal is coloured");
    assert!(on_terminal("lsit", &[]), "a usage error too");
    for (line, env) in [
        ("--help", &[("NO_COLOR", "1")][..]),
        ("--color never --help", &[]),
        ("show --help --color=never", &[]),
        ("show --help", &[("TERM", "dumb")]),
        ("--color never lsit", &[]),
        ("lsit", &[("NO_COLOR", "1")]),
        ("--color never assess - --against -", &[]),
    ] {
        assert!(!on_terminal(line, env), "{line} {env:?}");
    }
    let piped = ladder()
        .args(["--color", "always", "--help"])
        .output()
        .unwrap();
    assert!(piped.stdout.contains(&0x1b));
    let piped = ladder()
        .args(["--color", "always", "lsit"])
        .output()
        .unwrap();
    assert!(piped.stderr.contains(&0x1b) && piped.status.code() == Some(2));
}

/// Runs `ladder ARGS` with a reader that closes the pipe at once.
fn with_pipe_closed_early(args: &[&str]) -> std::process::Output {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ladder"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn an_early_closed_pipe_is_success() {
    let out = with_pipe_closed_early(&["diff", "cto", "senior"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// `ladder validate bad.yaml | head -1` in a CI step with `pipefail` must
/// fail: a reader that went away early leaves the answer's own exit code.
#[test]
fn an_early_closed_pipe_keeps_a_failing_answer_failing() {
    let bad = common::bad("many");
    let out = with_pipe_closed_early(&["validate", &bad]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// With stdout closed the answer is lost, which is a failure; sent to
/// /dev/null it is thrown away on purpose, which is not.
#[test]
fn a_closed_stdout_is_a_failure() {
    let bin = assert_cmd::cargo::cargo_bin("ladder");
    let run = |redirect: &str| {
        std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("\"$0\" list {redirect}"))
            .arg(&bin)
            .output()
            .unwrap()
    };
    let closed = run(">&-");
    assert_eq!(closed.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&closed.stderr),
        "error: standard output is closed, so the answer cannot be written\n"
    );
    // A command that writes files and answers nothing needs no stdout.
    let dir = std::env::temp_dir().join(format!("ladder-closed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let site = std::process::Command::new("bash")
        .arg("-c")
        .arg("\"$0\" site \"$1\" >&-")
        .arg(&bin)
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(site.status.code(), Some(0), "{site:?}");
    assert!(dir.join("index.html").is_file());
    let _ = std::fs::remove_dir_all(&dir);
    let discarded = run(">/dev/null");
    assert_eq!(discarded.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&discarded.stderr), "");
    // A full device loses the answer too, and the error says where it went.
    let full = run(">/dev/full");
    assert_eq!(full.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&full.stderr),
        "error: cannot write the answer to standard output: No space left on device (os error 28)\n"
    );
    // Help and the version are answers too.
    for flag in ["--help", "--version"] {
        let lost = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("\"$0\" {flag} >&-; echo $? >&2"))
            .arg(&bin)
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&lost.stderr).ends_with("\n1\n"),
            "{flag}"
        );
    }
}

/// On a narrow terminal `search` puts each label on a line of its own, so
/// that no line runs past the width (the labels are at most 23 columns).
#[test]
fn search_fits_a_narrow_terminal() {
    for columns in ["30", "43"] {
        let (out, width) = at_width(columns, &["search", "budget"]);
        assert!(
            out.lines()
                .all(|l| l.chars().count() <= width || !l.contains(' ')),
            "{columns}:\n{out}"
        );
    }
}

/// `show`'s and `diff`'s field names with their values beside them cut a
/// word (an id) longer than the room for values, as a table does, so that no
/// line but a source's address runs past the width.
#[test]
fn fields_beside_their_names_fit_a_narrow_terminal() {
    for columns in ["30", "20"] {
        let (out, width) = at_width(columns, &["show", "cto"]);
        assert!(
            out.lines()
                .all(|l| l.chars().count() <= width || l.contains("https://")),
            "{columns}:\n{out}"
        );
        assert!(out.contains("chief-technology-\n"), "{out}");
    }
    // An address in a value is left whole.
    let level = "{id: a, name: A, track: t, role: r, scope: \"see https://example.com/a/very/long/path/on/and/on\", responsibilities: [{id: d, name: D}], skills: []}";
    let text = format!(
        "schema: 1\ntitle: T\ntracks: [{{id: t, name: T}}]\nskills: []\nlevels:\n  - {level}\n"
    );
    let file = common::file("address.yaml", text.as_bytes());
    let (out, _) = at_width("40", &["--ladder", file.to_str().unwrap(), "show", "a"]);
    assert!(
        out.contains("\n             https://example.com/a/very/long/path/on/and/on\n"),
        "{out}"
    );
}

/// What `ladder ARGS` prints with `COLUMNS` set to `columns`, and that width.
fn at_width(columns: &str, args: &[&str]) -> (String, usize) {
    let out = common::ladder()
        .env("COLUMNS", columns)
        .args(args)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    (out, columns.parse().unwrap())
}

/// What `ladder ARGS` prints on a new pseudo-terminal whose size was never
/// set, as some containers and CI runners give: it reports 0 columns.
#[cfg(unix)]
fn on_a_sizeless_terminal(args: &[&str]) -> String {
    use std::io::Read;
    use std::os::fd::{FromRawFd, OwnedFd};
    let (mut leader, mut follower) = (0, 0);
    // SAFETY: openpty writes the two descriptors it opens into the given
    // integers; the name, termios and size it may take are null.
    let opened = unsafe {
        libc::openpty(
            &raw mut leader,
            &raw mut follower,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(opened, 0, "a pseudo-terminal opens");
    // SAFETY: both descriptors were just opened, and each is owned once.
    let (leader, follower) =
        unsafe { (OwnedFd::from_raw_fd(leader), OwnedFd::from_raw_fd(follower)) };
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ladder"))
        .args(args)
        .env_remove("COLUMNS")
        .stdout(Stdio::from(follower.try_clone().unwrap()))
        .stderr(Stdio::from(follower))
        .spawn()
        .unwrap();
    let mut out = Vec::new();
    // The leader reads until the child's end closes the follower (EIO).
    let _ = std::fs::File::from(leader).read_to_end(&mut out);
    child.wait().unwrap();
    String::from_utf8_lossy(&out).replace("\r\n", "\n")
}

#[cfg(unix)]
#[test]
fn a_terminal_of_no_known_width_is_taken_as_80_columns() {
    let out = on_a_sizeless_terminal(&["--color", "never", "list"]);
    let widest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert_eq!(widest, 80, "{out}");
}
