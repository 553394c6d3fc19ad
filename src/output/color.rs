//! Whether output is coloured: for a terminal, unless `--color never`,
//! `NO_COLOR` or `TERM=dumb` says otherwise; and the `--color` a command line
//! gives, read before clap parses it, for what clap answers itself.

use crate::cli::ColorChoice;

/// Whether output to a stream, a terminal or not (`tty`), is coloured for
/// `choice`: `auto` colours a terminal, unless `NO_COLOR` is set or `TERM`
/// is `dumb`.
pub fn colored(choice: ColorChoice, tty: bool) -> bool {
    let env = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            tty && env("NO_COLOR").is_none() && env("TERM").is_none_or(|t| t != "dumb")
        }
    }
}

/// The `--color` a command line gives (its last), for what clap answers
/// itself, help and usage errors, before the line is parsed: `auto` when it
/// gives none or one clap would refuse.
pub fn color_on_line(args: impl IntoIterator<Item = std::ffi::OsString>) -> ColorChoice {
    use clap::ValueEnum;
    let mut choice = ColorChoice::Auto;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let value = match arg.to_str() {
            Some("--") => break,
            Some("--color") => args.next(),
            Some(arg) => arg.strip_prefix("--color=").map(Into::into),
            None => None,
        };
        if let Some(value) = value.as_ref().and_then(|v| v.to_str()) {
            choice = ColorChoice::from_str(value, true).unwrap_or(choice);
        }
    }
    choice
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_last_colour_on_a_line_counts_before_it_is_parsed() {
        use super::{ColorChoice, color_on_line};
        let line = |words: &[&str]| color_on_line(words.iter().map(|w| w.into()));
        assert_eq!(line(&["show", "--help"]), ColorChoice::Auto);
        assert_eq!(
            line(&["--color", "never", "show", "--color=always"]),
            ColorChoice::Always
        );
        assert_eq!(line(&["--color=never", "--help"]), ColorChoice::Never);
        // In any case, as clap reads it.
        assert_eq!(line(&["--color", "NEVER", "--help"]), ColorChoice::Never);
        // A value clap refuses, or one after `--`, changes nothing.
        assert_eq!(line(&["--color", "sometimes"]), ColorChoice::Auto);
        assert_eq!(
            line(&["search", "--", "--color", "never"]),
            ColorChoice::Auto
        );
    }
}
