//! `ladder completions SHELL`: a completion script generated from the command
//! line's own definition, offering the ids of the ladder in use.

use clap::CommandFactory;
use clap::builder::PossibleValuesParser;

use crate::cli::Cli;
use crate::ladder::CheckedLadder;
use crate::ladder::model::is_id;

/// The arguments that name a level, by subcommand.
const LEVEL_ARGS: [(&str, &[&str]); 4] = [
    ("show", &["level"]),
    ("diff", &["from", "to"]),
    ("path", &["from", "to"]),
    ("plan", &["from", "to"]),
];

/// A completion script that offers the level ids, skill ids and track ids of the
/// ladder in use where the command line takes them.
///
/// The generators write these values into the script unquoted, so only ids
/// that follow the id rule (lower-case letters, digits and '-', which no shell
/// reads as anything but a word) are offered. A checked ladder has no other
/// ids; this keeps the script safe to source even if one slipped through.
pub fn run(ladder: &CheckedLadder, shell: clap_complete::Shell) -> String {
    let levels: Vec<&str> = ladder.levels().iter().map(|l| l.id.as_str()).collect();
    let skills: Vec<&str> = ladder.skills().iter().map(|s| s.id.as_str()).collect();
    let tracks: Vec<&str> = ladder.tracks().iter().map(|t| t.id.as_str()).collect();
    script(shell, &levels, &skills, &tracks)
}

/// The completion script for `shell` that offers these level, skill and track
/// ids, those of them that follow the id rule.
pub fn script(
    shell: clap_complete::Shell,
    levels: &[&str],
    skills: &[&str],
    tracks: &[&str],
) -> String {
    let values = |ids: &[&str]| {
        let safe = ids
            .iter()
            .filter(|id| is_id(id))
            .map(|id| (*id).to_string());
        PossibleValuesParser::new(safe.collect::<Vec<_>>())
    };
    let mut command = Cli::command();
    // Clap adds a subcommand's arguments when it is built; they must be there
    // to be given the ids.
    command.build();
    for (name, args) in LEVEL_ARGS {
        command = command.mut_subcommand(name, |sub| {
            args.iter().fold(sub, |sub, arg| {
                sub.mut_arg(*arg, |a| a.value_parser(values(levels)))
            })
        });
    }
    let (skills, tracks) = (values(skills), values(tracks));
    command = command
        .mut_subcommand("skill", |sub| {
            sub.mut_arg("skill", |a| a.value_parser(skills))
        })
        .mut_subcommand("list", |sub| {
            sub.mut_arg("track", |a| a.value_parser(tracks))
        });
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "ladder", &mut script);
    String::from_utf8_lossy(&script).into_owned()
}
