//! What the terminal can take: colour and width. Decided once, at start-up, and
//! handed to the renderers, which never look at the environment themselves.

use std::io::IsTerminal;

use crate::cli::ColorChoice;
use crate::output::Style;

/// The width used when stdout is not a terminal and `COLUMNS` is unset.
const DEFAULT_WIDTH: u16 = 80;

pub fn style(choice: ColorChoice) -> Style {
    let tty = std::io::stdout().is_terminal();
    let env = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    let color = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            tty && env("NO_COLOR").is_none() && env("TERM").is_none_or(|t| t != "dumb")
        }
    };
    let columns = env("COLUMNS").and_then(|c| c.to_str()?.parse::<u16>().ok());
    let detected = || tty.then(|| comfy_table::Table::new().width()).flatten();
    let width = columns.or_else(detected).unwrap_or(DEFAULT_WIDTH).max(40);
    Style { color, width }
}
