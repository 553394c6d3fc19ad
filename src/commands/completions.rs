//! `ladder completions SHELL`: a short script that registers `ladder` with the
//! shell. At each TAB the shell runs `LADDER_COMPLETE=SHELL ladder -- WORDS…`, and
//! `ladder` answers from its own command line and the ladder in use then:
//! level ids and aliases where a level goes (once for each place, none where
//! no level can go), skill and track ids, files where a file goes.
//!
//! The scripts carry no text from a ladder, so none can run as code when they
//! are sourced; the words offered are printed, one per line, and only ids that
//! follow the id rule (lower-case letters, digits and '-') are offered.

use std::ffi::OsString;

use clap::CommandFactory;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};

use crate::cli::Cli;
use crate::file::{self, Origin};
use crate::ladder::CheckedLadder;
use crate::ladder::id::is_id;
use crate::output::escape::escape;

/// The variable through which a shell asks for completions: named for ladder,
/// so that a `COMPLETE` some other tool exports does not turn ladder into a
/// completer.
pub const VAR: &str = "LADDER_COMPLETE";

/// The arguments that name a level, by subcommand.
const LEVEL_ARGS: [(&str, &[&str]); 4] = [
    ("show", &["level"]),
    ("diff", &["from", "to"]),
    ("path", &["from", "to"]),
    ("plan", &["from", "to"]),
];

/// The registration script for `shell`.
pub fn run(shell: clap_complete::Shell) -> String {
    use clap_complete::Shell;
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::PowerShell => &Powershell,
        Shell::Elvish => &Elvish,
        _ => &Bash,
    };
    let mut script = Vec::new();
    completer
        .write_registration(VAR, "ladder", "ladder", "ladder", &mut script)
        .expect("writing to memory");
    String::from_utf8_lossy(&script).into_owned()
}

/// When a shell asks for completions (`LADDER_COMPLETE` is set), prints them and
/// exits; otherwise returns at once.
pub fn answer_if_asked() {
    if std::env::var_os(VAR).is_none_or(|v| v.is_empty() || v == "0") {
        return;
    }
    let args: Vec<OsString> = std::env::args_os().collect();
    // A ladder that cannot be read offers no ids; options still complete.
    // Standard input is the user's terminal while the shell completes, and a
    // pipe's text is for the command once it runs: neither is read, or TAB
    // would wait for it or take it.
    let ladder = match origin(&args) {
        Origin::Stdin => None,
        Origin::File(path) if !path.is_file() => None,
        origin => file::load(&origin).ok(),
    };
    clap_complete::CompleteEnv::with_factory(move || command(ladder.as_ref()))
        .var(VAR)
        .completer("ladder")
        .complete();
}

/// The ladder the words being completed would use: `--ladder FILE` among
/// them, else `LADDER_FILE`, else the built-in one.
fn origin(args: &[OsString]) -> Origin {
    let mut words = args.iter().skip_while(|a| *a != "--").skip(1);
    let mut given = None;
    while let Some(word) = words.next() {
        if word == "--ladder" {
            given = words.next().cloned();
        } else if let Some(file) = word.to_str().and_then(|w| w.strip_prefix("--ladder=")) {
            given = Some(file.into());
        }
    }
    let env = std::env::var_os("LADDER_FILE").filter(|f| !f.is_empty());
    match (given, env) {
        (Some(file), _) => Origin::from_arg(file.into()),
        (None, Some(file)) => Origin::Env(file.into()),
        (None, None) => Origin::Builtin,
    }
}

/// The command line with the ids of `ladder` as the values of the arguments
/// that take them.
pub fn command(ladder: Option<&CheckedLadder>) -> clap::Command {
    let mut command = Cli::command().disable_help_subcommand(true);
    // Clap adds a subcommand's arguments when it is built; they must be there
    // to be given the ids.
    command.build();
    let Some(ladder) = ladder else {
        return command;
    };
    let levels = candidates(ladder.levels().iter().flat_map(|level| {
        let name = level.name.to_string();
        std::iter::once((level.id.to_string(), name.clone())).chain(
            level
                .aliases
                .iter()
                .map(move |alias| (alias.to_string(), format!("{name} (alias)"))),
        )
    }));
    let skills = candidates(
        ladder
            .skills()
            .iter()
            .map(|s| (s.id.to_string(), s.name.to_string())),
    );
    let tracks = candidates(
        ladder
            .tracks()
            .iter()
            .map(|t| (t.id.to_string(), t.name.to_string())),
    );
    for (name, args) in LEVEL_ARGS {
        command = command.mut_subcommand(name, |sub| {
            args.iter().fold(sub, |sub, arg| {
                sub.mut_arg(*arg, |a| a.add(values(&levels)))
            })
        });
    }
    let rules = candidates(
        (crate::commands::lint::RULES.iter())
            .map(|(rule, what)| (rule.to_string(), what.to_string())),
    );
    command
        .mut_subcommand("skill", |sub| {
            sub.mut_arg("skill", |a| a.add(values(&skills)))
        })
        .mut_subcommand("list", |sub| {
            sub.mut_arg("track", |a| a.add(values(&tracks)))
        })
        .mut_subcommand("lint", |sub| {
            sub.mut_arg("allow", |a| a.add(values(&rules)))
        })
        .mut_subcommand("assess", |sub| {
            sub.mut_subcommand("init", |init| {
                let init = init.mut_arg("level", |a| a.add(values(&levels)));
                init.mut_arg("target", |a| a.add(values(&levels)))
            })
        })
}

/// The (id, description) pairs whose id follows the id rule, each
/// description escaped as terminal output is: shells show them in their menus.
pub fn candidates(pairs: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    pairs
        .filter(|(id, _)| is_id(id))
        .map(|(id, help)| (id, escape(&help).replace(['\t', '\n'], " ")))
        .collect()
}

fn values(pairs: &[(String, String)]) -> ArgValueCandidates {
    let pairs = std::sync::Arc::new(pairs.to_vec());
    ArgValueCandidates::new(move || {
        pairs
            .iter()
            .map(|(id, help)| CompletionCandidate::new(id).help(Some(help.clone().into())))
            .collect::<Vec<_>>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ids_that_follow_the_id_rule_are_offered_and_descriptions_are_escaped() {
        let pairs = [
            ("x; touch PWNED", "a"),
            ("$(touch PWNED)", "b"),
            ("Upper", "c"),
            ("em", "Engineering\u{202e} Manager\u{1b}[31m"),
        ];
        let offered = candidates(
            pairs
                .iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned())),
        );
        assert_eq!(offered.len(), 1, "{offered:?}");
        assert_eq!(offered[0].0, "em");
        assert!(
            !offered[0].1.contains(['\u{202e}', '\u{1b}']),
            "{offered:?}"
        );
    }

    #[test]
    fn the_ladder_to_complete_from_is_the_one_on_the_line() {
        let words = |w: &[&str]| w.iter().map(OsString::from).collect::<Vec<_>>();
        let given = origin(&words(&[
            "ladder", "--", "ladder", "--ladder", "a.yaml", "show",
        ]));
        assert_eq!(given, Origin::File("a.yaml".into()));
        let given = origin(&words(&[
            "ladder",
            "--",
            "ladder",
            "show",
            "--ladder=b.yaml",
        ]));
        assert_eq!(given, Origin::File("b.yaml".into()));
        let given = origin(&words(&["ladder", "--", "ladder", "--ladder", "-", "show"]));
        assert_eq!(given, Origin::Stdin);
    }
}
