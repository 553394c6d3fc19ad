//! Completions, in the real shells: the script `ladder completions SHELL`
//! prints registers `ladder`, and at each TAB the shell asks `ladder` for the
//! words. The scripts carry no text from a ladder, so none can run as code when
//! they are sourced; the words offered are ids that follow the id rule, which
//! `validate` checks, and a ladder that breaks it offers none.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use common::{ACME, DEFAULT_IDS, fixture, ladder, problems_found, stdout};

/// A scratch directory for one shell's run, empty.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ladder-completion-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `PATH` with the `ladder` under test first, as the scripts call `ladder`.
fn path_with_ladder() -> std::ffi::OsString {
    let bin = Path::new(env!("CARGO_BIN_EXE_ladder")).parent().unwrap();
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(std::env::split_paths(&path)))
        .unwrap()
}

/// Runs `program` in `shell` in `dir`, asserts it succeeded and ran nothing
/// from a ladder, and returns its output lines.
fn run_in(shell: &str, dir: &Path, program: &str) -> Vec<String> {
    let out = Process::new(shell)
        .current_dir(dir)
        .env("PATH", path_with_ladder())
        .env_remove("LADDER_FILE")
        .arg("-c")
        .arg(program)
        .output()
        .unwrap_or_else(|e| panic!("{shell} runs: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{shell}: {stderr}");
    assert!(
        !dir.join("PWNED").exists(),
        "{shell} ran a command from the ladder"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    stdout.lines().map(str::to_owned).collect()
}

/// What bash offers after `line` (its last word the one being completed),
/// with the script sourced as a user would.
fn bash(dir: &Path, line: &str) -> Vec<String> {
    std::fs::write(dir.join("ladder.bash"), stdout(&["completions", "bash"])).unwrap();
    let words: Vec<&str> = line.split(' ').collect();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source ./ladder.bash; COMP_WORDS=({}); COMP_CWORD={}; \
         _clap_complete_ladder ladder '{}' x; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        quoted.join(" "),
        words.len() - 1,
        words[words.len() - 1],
    );
    run_in("bash", dir, &program)
}

/// The level ids among `words`, in order.
fn levels(words: &[String]) -> Vec<&str> {
    let ids = DEFAULT_IDS;
    words
        .iter()
        .map(String::as_str)
        .filter(|w| ids.contains(w))
        .collect()
}

#[test]
fn bash_offers_levels_to_assess_and_rules_to_allow() {
    let dir = scratch("bash-assess");
    assert_eq!(
        bash(&dir, "ladder assess init --level dir"),
        ["director", "director-of-engineering", "dir"]
    );
    assert_eq!(
        bash(&dir, "ladder assess init --level em --target v"),
        ["vp", "vpe", "vp-engineering", "vp-of-engineering"]
    );
    assert_eq!(bash(&dir, "ladder lint --allow uneven"), ["uneven-step"]);
}

#[test]
fn bash_offers_each_level_once_where_a_level_goes() {
    let dir = scratch("bash-levels");
    assert_eq!(levels(&bash(&dir, "ladder diff em ")), DEFAULT_IDS);
    assert_eq!(levels(&bash(&dir, "ladder show ")), DEFAULT_IDS);
    assert_eq!(
        bash(&dir, "ladder show d"),
        ["director", "director-of-engineering", "dir"]
    );
    // show takes one level: after it, none.
    assert_eq!(levels(&bash(&dir, "ladder show em ")), Vec::<&str>::new());
    assert_eq!(
        levels(&bash(&dir, "ladder diff em cto ")),
        Vec::<&str>::new()
    );
    // Aliases complete too.
    assert_eq!(bash(&dir, "ladder plan eng-m"), ["eng-manager"]);
    assert_eq!(bash(&dir, "ladder skill coa"), ["coaching"]);
    assert_eq!(bash(&dir, "ladder list --track m"), ["management"]);
}

#[test]
fn bash_offers_files_where_a_file_goes_and_the_ids_of_the_ladder_given() {
    let dir = scratch("bash-files");
    std::fs::write(dir.join("ours.yaml"), "").unwrap();
    assert_eq!(bash(&dir, "ladder validate ou"), ["ours.yaml"]);
    assert_eq!(bash(&dir, "ladder --ladder ou"), ["ours.yaml"]);
    let acme = fixture(ACME);
    let line = format!("ladder --ladder {acme} show te");
    assert_eq!(bash(&dir, &line), ["team-lead"]);
    let line = format!("ladder show --ladder={acme} te");
    assert_eq!(bash(&dir, &line), ["team-lead"]);
}

#[test]
fn scripts_carry_nothing_from_the_ladder() {
    let acme = fixture(ACME);
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout(&["completions", shell]);
        assert!(script.contains("COMPLETE"), "{shell}");
        assert!(!script.contains("director"), "{shell}");
        let from_env = ladder()
            .env("LADDER_FILE", &acme)
            .args(["completions", shell])
            .output()
            .unwrap();
        assert_eq!(String::from_utf8(from_env.stdout).unwrap(), script);
    }
    ladder().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn a_ladder_that_breaks_the_id_rule_offers_no_ids() {
    let text = std::fs::read_to_string(fixture(ACME))
        .unwrap()
        .replacen("id: rust", "id: \"x; touch PWNED\"", 1)
        .replacen("id: eng", "id: \"$(touch PWNED)\"", 1)
        .replacen("id: handbook", "id: Handbook", 1)
        .replacen("id: ship", "id: ship_it", 1);
    let path = common::file("hostile-ids.yaml", text.as_bytes());
    let report = problems_found(ladder().args(["validate"]).arg(&path));
    for expected in [
        "skill id 'x; touch PWNED' is not kebab-case",
        "track id '$(touch PWNED)' is not kebab-case",
        "source id 'Handbook' is not kebab-case",
        "responsibility id 'ship_it' is not kebab-case",
    ] {
        assert!(report.contains(expected), "{expected} in {report}");
    }
    let dir = scratch("bash-hostile");
    let path = path.to_str().unwrap();
    for line in [
        format!("ladder --ladder {path} skill "),
        format!("ladder --ladder {path} list --track "),
        format!("ladder --ladder {path} show "),
    ] {
        let offered = bash(&dir, &line);
        assert!(
            offered.iter().all(|w| w.is_empty() || w.starts_with('-')),
            "{offered:?}"
        );
    }
}

/// The words of a shell's menu, each line's part before `separator`.
fn menu_words(lines: &[String], separator: char) -> Vec<String> {
    let word = |line: &String| line.split(separator).next().unwrap_or("").to_owned();
    lines.iter().map(word).collect()
}

/// What a shell that `complete`s a line is asked of every shell: each level
/// once where a level goes, none after the only one, aliases and skill ids.
fn completes_levels_where_a_level_goes(complete: impl Fn(&str) -> Vec<String>) {
    assert_eq!(levels(&complete("ladder diff em ")), DEFAULT_IDS);
    assert_eq!(levels(&complete("ladder show em ")), Vec::<&str>::new());
    assert_eq!(complete("ladder plan eng-m"), ["eng-manager"]);
    assert_eq!(complete("ladder skill coa"), ["coaching"]);
}

#[test]
#[ignore = "needs fish; .ci/run installs it and runs this test"]
fn fish_offers_level_ids_where_a_level_goes() {
    let dir = scratch("fish");
    std::fs::write(dir.join("ladder.fish"), stdout(&["completions", "fish"])).unwrap();
    let complete = |line: &str| {
        let program = format!("source ./ladder.fish; complete -C '{line}'");
        // fish prints each word, a tab and its description.
        menu_words(&run_in("fish", &dir, &program), '\t')
    };
    completes_levels_where_a_level_goes(complete);
}

#[test]
#[ignore = "needs zsh; .ci/run installs it and runs this test"]
fn zsh_offers_level_ids_where_a_level_goes() {
    let dir = scratch("zsh");
    std::fs::write(dir.join("_ladder"), stdout(&["completions", "zsh"])).unwrap();
    // The script's own function runs, as zsh's completion system would call
    // it; `_describe`, which would fill the menu, prints the words instead.
    let complete = |line: &str| {
        let words: Vec<String> = line.split(' ').map(|w| format!("'{w}'")).collect();
        let program = format!(
            "_describe() {{ print -l -- \"${{(@P)3}}\"; }}; compdef() {{ :; }}; \
             source ./_ladder; words=({}); CURRENT={}; _clap_dynamic_completer_ladder",
            words.join(" "),
            words.len(),
        );
        // zsh's menu entries are `word:description`.
        menu_words(&run_in("zsh", &dir, &program), ':')
    };
    completes_levels_where_a_level_goes(complete);
}
