//! `ladder completions SHELL` and `ladder man`: scripts and pages generated from
//! the command line's own definition.

use clap::CommandFactory;
use clap::builder::PossibleValuesParser;

use crate::cli::Cli;
use crate::index::Index;
use crate::model::Text;
use crate::report::Report;

/// The arguments that name a level, by subcommand.
const LEVEL_ARGS: [(&str, &[&str]); 4] = [
    ("show", &["level"]),
    ("diff", &["from", "to"]),
    ("path", &["from", "to"]),
    ("plan", &["from", "to"]),
];

/// A completion script that offers the level ids, skill ids and track ids of the
/// ladder in use where the command line takes them.
pub fn completions(index: &Index, shell: clap_complete::Shell) -> Report<'static> {
    let values = |ids: Vec<&Text>| {
        PossibleValuesParser::new(ids.into_iter().map(Text::to_string).collect::<Vec<_>>())
    };
    let levels: Vec<&Text> = index.levels().iter().map(|l| &l.id).collect();
    let mut command = Cli::command();
    // Clap adds a subcommand's arguments when it is built; they must be there
    // to be given the ids.
    command.build();
    for (name, args) in LEVEL_ARGS {
        command = command.mut_subcommand(name, |sub| {
            args.iter().fold(sub, |sub, arg| {
                sub.mut_arg(*arg, |a| a.value_parser(values(levels.clone())))
            })
        });
    }
    let skills = values(index.ladder.skills.iter().map(|s| &s.id).collect());
    let tracks = values(index.ladder.tracks.iter().map(|t| &t.id).collect());
    command = command
        .mut_subcommand("skill", |sub| {
            sub.mut_arg("skill", |a| a.value_parser(skills))
        })
        .mut_subcommand("list", |sub| {
            sub.mut_arg("track", |a| a.value_parser(tracks))
        });
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "ladder", &mut script);
    Report::Text(String::from_utf8_lossy(&script).into_owned())
}

/// The manual page, in roff.
pub fn man() -> anyhow::Result<Report<'static>> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    Ok(Report::Text(String::from_utf8(page)?))
}
