//! The settings in force for one run, resolved once at start-up from the
//! command line and the environment: where the ladder comes from, the format,
//! and what the terminal can take (colour and width). The renderers never look
//! at the environment themselves.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::CommandFactory;
use clap::error::ErrorKind;

use crate::cli::code::ImportFormat;
use crate::cli::{Cli, ColorChoice, Command, Format};
use crate::file::Origin;
use crate::output::Style;

/// The width used when stdout is not a terminal and `COLUMNS` is unset (or 0).
const DEFAULT_WIDTH: u16 = 80;

/// The narrowest width laid out for: a narrower one is taken as this.
const NARROWEST: u16 = 20;

/// The options in force: the subcommand's, then the root's, then `LADDER_FILE`
/// and the defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub ladder: Option<PathBuf>,
    /// Whether `--format` was given, rather than the subcommand's default.
    pub format_given: bool,
    /// Whether the ladder was named by `LADDER_FILE` rather than `--ladder`.
    pub ladder_from_env: bool,
    pub format: Format,
    pub color: ColorChoice,
}

impl Settings {
    pub fn of(cli: &Cli) -> Settings {
        let given = cli.command.options().or(&cli.options);
        let env = std::env::var_os("LADDER_FILE").filter(|file| !file.is_empty());
        Settings {
            ladder_from_env: given.ladder.is_none() && env.is_some(),
            ladder: given.ladder.or_else(|| env.map(PathBuf::from)),
            format_given: given.format.is_some(),
            format: given
                .format
                .or_else(|| cli.command.formats().first().copied())
                .unwrap_or(Format::Table),
            color: given.color.unwrap_or(ColorChoice::Auto),
        }
    }

    /// Refuses a `--format` the subcommand does not write (one given before the
    /// subcommand; clap refuses one given after it), and a `--ladder` given to
    /// a subcommand that writes a ladder without reading one, with the
    /// subcommand's usage.
    pub fn check(&self, command: &Command) -> Result<(), clap::Error> {
        // A ladder named to a command that reads none would be ignored, and
        // the user left thinking it was used: that `init`'s new file copies
        // it, or that `changes` compares against it.
        let instead = match command {
            Command::Init(_) => Some(
                "it writes the built-in ladder (or --minimal's skeleton); to start from your \
                 own ladder, copy its file",
            ),
            Command::Import(_) => Some("it reads the SOURCE given, and -o names the file written"),
            Command::Changes(_) => Some("it compares the two ladders given, OLD and NEW"),
            Command::Schema(_) => {
                Some("the schema is the file format's, the same for every ladder")
            }
            Command::Man(_) | Command::Completions(_) => {
                Some("what it prints is the same for every ladder")
            }
            _ => None,
        };
        if let Some(instead) = instead
            && self.ladder.is_some()
            && !self.ladder_from_env
        {
            let name = command.name();
            let message = format!(
                "--ladder names a ladder to read, and `ladder {name}` reads none: {instead}"
            );
            return Err(usage_error(name, ErrorKind::ArgumentConflict, &message));
        }
        // Standard input named twice on one command line: it can be read once.
        let mut named: Vec<&std::path::Path> = match command {
            Command::Validate(args) => args.files.iter().map(|f| f.as_path()).collect(),
            Command::Lint(args) => args.files.iter().map(|f| f.as_path()).collect(),
            Command::Changes(args) => vec![args.old.as_path(), args.new.as_path()],
            Command::Import(args) => args.sources.iter().map(|f| f.as_path()).collect(),
            Command::Assess(args) => (args.file.iter().chain(&args.against))
                .map(|f| f.as_path())
                .collect(),
            _ => Vec::new(),
        };
        named.extend(self.ladder.as_deref().filter(|_| !self.ladder_from_env));
        if named.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
            let (name, message) = (command.name(), crate::file::origin::STDIN_TWICE);
            return Err(usage_error(name, ErrorKind::ArgumentConflict, message));
        }
        // So is one pipe or terminal named twice, by two names or one.
        if let Some((a, b)) = crate::file::stream::named_twice(&named) {
            let shown = |p: &std::path::Path| {
                crate::output::escape::escape(&p.display().to_string()).into_owned()
            };
            let message = format!(
                "`{}` and `{}` are one pipe or terminal; it can be read once, so name it once",
                shown(named[a]),
                shown(named[b])
            );
            return Err(usage_error(
                command.name(),
                ErrorKind::ArgumentConflict,
                &message,
            ));
        }
        // What clap cannot tell by itself: a rule name it does not list, an
        // option for another format.
        match command {
            Command::Lint(args) => {
                for rule in &args.allow {
                    if let Err(err) = crate::commands::lint::known_in_any_case(rule) {
                        let message = format!("--allow: {err:#}");
                        return Err(usage_error("lint", ErrorKind::InvalidValue, &message));
                    }
                }
            }
            Command::Import(args)
                if args.level_heading.is_some() && args.from != ImportFormat::MarkdownMatrix =>
            {
                let message = crate::commands::import::LEVEL_HEADING_ELSEWHERE;
                return Err(usage_error("import", ErrorKind::ArgumentConflict, message));
            }
            _ => {}
        }
        let formats = command.formats();
        if !self.format_given || formats.contains(&self.format) {
            return Ok(());
        }
        let names: Vec<&str> = formats.iter().map(|f| f.name()).collect();
        let choices = match names.split_last() {
            None => "it takes no --format".to_string(),
            Some((last, [])) => format!("use {last}"),
            Some((last, rest)) => format!("use {} or {last}", rest.join(", ")),
        };
        let (format, name) = (self.format.name(), command.name());
        let message = match self.format {
            Format::Mermaid | Format::Dot => {
                format!("--format {format} draws `ladder graph` only; {choices}")
            }
            Format::Svg => format!("--format svg draws `ladder chart` only; {choices}"),
            _ => format!("--format {format} is not a format `ladder {name}` writes; {choices}"),
        };
        Err(usage_error(name, ErrorKind::InvalidValue, &message))
    }

    /// Where the ladder in use comes from.
    pub fn origin(&self) -> Origin {
        match self.ladder.clone() {
            None => Origin::Builtin,
            Some(path) if self.ladder_from_env => Origin::Env(path),
            Some(path) => Origin::from_arg(path),
        }
    }

    /// Colour and width for the human formats: colour only for a terminal
    /// unless asked, never with `NO_COLOR` or `TERM=dumb`; the width from
    /// `COLUMNS`, else the terminal's (when it knows it), else 80, and never
    /// under 20.
    pub fn style(&self) -> Style {
        let tty = std::io::stdout().is_terminal();
        let env = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        let color = crate::output::color::colored(self.color, tty);
        let columns = env("COLUMNS").and_then(|c| c.to_str()?.parse::<u16>().ok());
        // A terminal whose size was never set (some containers' and CI
        // runners') reports 0 columns: unknown, as when piped.
        let detected = || {
            (tty.then(|| comfy_table::Table::new().width()))
                .flatten()
                .filter(|&c| c > 0)
        };
        let columns = columns.filter(|&c| c > 0);
        let width = columns
            .or_else(detected)
            .unwrap_or(DEFAULT_WIDTH)
            .max(NARROWEST);
        Style { color, width }
    }
}

/// A usage error of the subcommand `name` (`assess init`: words apart), with
/// its usage line.
fn usage_error(name: &str, kind: ErrorKind, message: &str) -> clap::Error {
    let mut root = Cli::command();
    root.build();
    let mut sub = &mut root;
    for word in name.split(' ') {
        sub = (sub.find_subcommand_mut(word)).expect("every command is a subcommand");
    }
    sub.error(kind, message)
}

#[cfg(test)]
mod tests {

    use clap::Parser;

    use super::*;

    fn settings(args: &[&str]) -> Settings {
        let cli = Cli::try_parse_from(std::iter::once("ladder").chain(args.iter().copied()));
        Settings::of(&cli.unwrap())
    }

    #[test]
    fn the_subcommand_options_win_over_the_root_ones() {
        let given = settings(&[
            "--format", "yaml", "--color", "never", "show", "em", "-f", "json",
        ]);
        assert_eq!(given.format, Format::Json);
        assert_eq!(given.color, ColorChoice::Never);
        let given = settings(&["--ladder", "a.yaml", "list", "--ladder", "b.yaml"]);
        assert_eq!(given.ladder, Some(PathBuf::from("b.yaml")));
        let given = settings(&["--ladder", "a.yaml", "graph"]);
        assert_eq!(given.ladder, Some(PathBuf::from("a.yaml")));
        assert_eq!(given.format, Format::Mermaid, "graph's own default");
        assert_eq!(given.color, ColorChoice::Auto);
    }

    #[test]
    fn every_subcommand_takes_the_options() {
        let command = Cli::command();
        for sub in command.get_subcommands().map(|s| s.get_name()) {
            let args: &[&str] = match sub {
                "show" | "skill" | "assess" => &["x"],
                "diff" | "path" | "plan" | "changes" => &["x", "y"],
                "search" => &["term"],
                "completions" => &["bash"],
                _ => &[],
            };
            if matches!(
                sub,
                "completions" | "man" | "init" | "import" | "chart" | "site"
            ) {
                continue; // they print a script, a page, a file or an image, and take no --format yaml
            }
            let line: Vec<&str> = [sub]
                .iter()
                .chain(args)
                .copied()
                .chain(["-f", "yaml"])
                .collect();
            assert_eq!(settings(&line).format, Format::Yaml, "{sub}");
        }
    }
}
