//! Completion scripts carry ids from the ladder file, and people source them
//! into their shells: no text of a ladder may run as code there. Ids of every
//! kind follow one rule that `validate` checks, and the generator offers only
//! ids that follow it, so even a ladder that slipped past the checks cannot
//! reach the shell. Each script is sourced, and completed, in the real shell.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use common::{acme, failure, file, ladder, problems_found};
use ladder::commands::completions;

/// Ids that run `touch` in a shell that reads them unquoted, with terminal
/// controls besides.
const HOSTILE: [&str; 4] = [
    "x\"; touch PWNED; \"",
    "$(touch PWNED)",
    "`touch PWNED`",
    "a; touch PWNED #\u{1b}]0;title\u{7}",
];

/// A scratch directory for one shell's run, empty.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ladder-completion-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn refs(ids: &[String]) -> Vec<&str> {
    ids.iter().map(String::as_str).collect()
}

/// A completion script for `shell` from hostile skill, track and level ids
/// beside the acme ladder's, as if they had slipped past the checks.
fn hostile_script(shell: clap_complete::Shell) -> String {
    let ladder = acme();
    let with_hostile = |ids: &mut dyn Iterator<Item = String>| {
        HOSTILE
            .iter()
            .map(|h| (*h).to_string())
            .chain(ids)
            .collect::<Vec<String>>()
    };
    let levels = with_hostile(&mut ladder.levels().iter().map(|l| l.id.to_string()));
    let skills = with_hostile(&mut ladder.skills().iter().map(|s| s.id.to_string()));
    let tracks = with_hostile(&mut ladder.tracks().iter().map(|t| t.id.to_string()));
    completions::script(shell, &refs(&levels), &refs(&skills), &refs(&tracks))
}

/// Runs `program` in `shell` in `dir` and asserts it succeeded and ran nothing
/// from the ladder.
fn run_in(shell: &str, dir: &Path, program: &str) {
    let out = Process::new(shell)
        .current_dir(dir)
        .arg("-c")
        .arg(program)
        .output()
        .unwrap_or_else(|e| panic!("{shell} runs: {e}"));
    assert!(
        out.status.success(),
        "{shell}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !dir.join("PWNED").exists(),
        "{shell} ran a command from the ladder"
    );
}

#[test]
fn ids_of_every_kind_follow_the_id_rule() {
    let text = std::fs::read_to_string(common::fixture(common::ACME))
        .unwrap()
        .replacen("id: rust", "id: \"x; touch PWNED\"", 1)
        .replacen("id: eng", "id: \"$(touch PWNED)\"", 1)
        .replacen("id: handbook", "id: Handbook", 1)
        .replacen("id: ship", "id: ship_it", 1);
    let path = file("hostile-ids.yaml", text.as_bytes());
    let report = problems_found(ladder().args(["validate"]).arg(&path));
    for expected in [
        "skill id 'x; touch PWNED' is not kebab-case",
        "track id '$(touch PWNED)' is not kebab-case",
        "source id 'Handbook' is not kebab-case",
        "responsibility id 'ship_it' is not kebab-case",
    ] {
        assert!(report.contains(expected), "{expected} in {report}");
    }
    // Such a ladder does not load, so no completion script is written from it.
    let stderr = failure(["--ladder", path.to_str().unwrap(), "completions", "bash"]);
    assert!(stderr.contains("is not kebab-case"), "{stderr}");
}

#[test]
fn no_script_carries_raw_terminal_controls() {
    use clap_complete::Shell;
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let script = hostile_script(shell);
        assert!(!script.contains(['\u{1b}', '\u{7}']), "{shell}");
        assert!(!script.contains("touch PWNED"), "{shell}");
    }
}

#[test]
fn bash_sources_and_completes_a_hostile_script_without_running_it() {
    let dir = scratch("bash");
    let script = hostile_script(clap_complete::Shell::Bash);
    std::fs::write(dir.join("ladder.bash"), &script).unwrap();
    for words in [
        "ladder skill ''",
        "ladder list --track ''",
        "ladder show ''",
    ] {
        let cword = words.split(' ').count() - 1;
        let program = format!(
            "source ./ladder.bash; COMP_WORDS=({words}); COMP_CWORD={cword}; \
             _ladder ladder '' x; printf '%s\\n' \"${{COMPREPLY[@]}}\""
        );
        run_in("bash", &dir, &program);
    }
}

#[test]
#[ignore = "needs fish; .ci/run installs it and runs this test"]
fn fish_sources_and_completes_a_hostile_script_without_running_it() {
    let dir = scratch("fish");
    std::fs::write(
        dir.join("ladder.fish"),
        hostile_script(clap_complete::Shell::Fish),
    )
    .unwrap();
    let program =
        "source ./ladder.fish; complete -C 'ladder skill '; complete -C 'ladder list --track '";
    run_in("fish", &dir, program);
}

#[test]
#[ignore = "needs zsh; .ci/run installs it and runs this test"]
fn zsh_sources_a_hostile_script_without_running_it() {
    let dir = scratch("zsh");
    std::fs::write(
        dir.join("_ladder"),
        hostile_script(clap_complete::Shell::Zsh),
    )
    .unwrap();
    let program = "autoload -U compinit && compinit -u -D && source ./_ladder && functions _ladder >/dev/null";
    run_in("zsh", &dir, program);
}
