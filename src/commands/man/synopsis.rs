//! A page's SYNOPSIS, written here rather than by clap_mangen, whose synopsis
//! leaves out what an option takes (`[--ladder]` for `[--ladder FILE]`): the
//! command's name, each option with the name of its value, the arguments,
//! and the subcommand, as the usage line of `--help` has them.

use clap::{Arg, ArgAction};
use roff::{Inline, Roff, bold, italic, roman};

/// The SYNOPSIS section of `cmd`, a command clap has built.
pub fn synopsis(cmd: &clap::Command) -> Roff {
    let mut line = vec![
        bold(cmd.get_bin_name().unwrap_or(cmd.get_name())),
        roman(" "),
    ];
    let mut options: Vec<&Arg> = (cmd.get_arguments())
        .filter(|a| !a.is_hide_set() && !a.is_positional())
        .collect();
    // Optional ones first, each in the order the options section lists them.
    options.sort_by_key(|a| (a.is_required_set(), a.get_display_order()));
    for option in options {
        // A required option stands bare, as `--help` writes it: `--from FROM`.
        let (open, close) = match option.is_required_set() {
            true => ("", ""),
            false => ("[", "]"),
        };
        line.push(roman(open));
        match (option.get_short(), option.get_long()) {
            (Some(short), Some(long)) => {
                line.extend([
                    bold(format!("-{short}")),
                    roman("|"),
                    bold(format!("--{long}")),
                ]);
            }
            (Some(short), None) => line.push(bold(format!("-{short}"))),
            (None, Some(long)) => line.push(bold(format!("--{long}"))),
            (None, None) => continue,
        }
        line.extend(value(option));
        line.push(roman(close));
        line.push(roman(" "));
    }
    for argument in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
        let (open, close) = markers(argument.is_required_set());
        line.push(roman(open));
        line.push(italic(name(argument)));
        line.push(roman(close));
        if many(argument) {
            line.push(roman("..."));
        }
        line.push(roman(" "));
    }
    let name = cmd.get_bin_name().unwrap_or(cmd.get_name());
    let command = cmd.get_subcommand_value_name().unwrap_or("COMMAND");
    // A command whose arguments and subcommands exclude each other (`assess
    // FILE`, `assess init`) has a second form, as `--help` shows it.
    let apart = cmd.has_subcommands() && cmd.is_args_conflicts_with_subcommands_set();
    if cmd.has_subcommands() && !apart {
        let (open, close) = markers(cmd.is_subcommand_required_set());
        line.extend([roman(open), italic(command), roman(close)]);
    }
    let mut roff = Roff::new();
    roff.control("SH", ["SYNOPSIS"]);
    // Set ragged, as a usage line is read: justified, its words spread apart.
    roff.control("ad", ["l"]);
    roff.text(line);
    if apart {
        roff.control("br", [] as [&str; 0]);
        roff.text([bold(name), roman(" <"), italic(command), roman(">")]);
    }
    roff.control("ad", ["b"]);
    roff
}

/// What an option takes after it, ` FILE`, in brackets when it may be left
/// out; nothing for a flag. One given more than once ends in `...`.
fn value(option: &Arg) -> Vec<Inline> {
    let Some(range) = option.get_num_args().filter(|r| r.takes_values()) else {
        return match option.get_action() {
            ArgAction::Count => vec![roman("...")],
            _ => Vec::new(),
        };
    };
    let mut value = match range.min_values() {
        0 => vec![roman(" ["), italic(name(option)), roman("]")],
        _ => vec![roman(" "), italic(name(option))],
    };
    if many(option) {
        value.push(roman("..."));
    }
    value
}

/// The name of what an argument or an option's value is: `FILE`, `FROM`.
fn name(arg: &Arg) -> String {
    match arg.get_value_names() {
        Some(names) => (names.iter().map(ToString::to_string))
            .collect::<Vec<_>>()
            .join(" "),
        None => arg.get_id().as_str().to_uppercase(),
    }
}

/// Whether an argument may be given more than once, or take several values.
fn many(arg: &Arg) -> bool {
    matches!(arg.get_action(), ArgAction::Append)
        || arg.get_num_args().is_some_and(|r| r.max_values() > 1)
}

fn markers(required: bool) -> (&'static str, &'static str) {
    match required {
        true => ("<", ">"),
        false => ("[", "]"),
    }
}
