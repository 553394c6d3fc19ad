//! `ladder init [FILE]`: a starter ladder to edit, the built-in ladder or a
//! minimal skeleton, each with a comment on every section. It passes
//! `ladder validate` as written; a test holds both to that.

use std::path::Path;

use anyhow::Context;

use crate::cli::code::InitArgs;
use crate::file::builtin;
use crate::file::write::{self, write_new};

/// The minimal skeleton: two tracks that fork after one level.
pub const MINIMAL: &str = include_str!("../../data/starter.yaml");

/// The header that replaces the built-in ladder's own first comment.
const HEADER: &str = "\
# A ladder for `ladder`, started from its built-in ladder with `ladder init`;
# edit it to describe yours. Write the schema beside this file for your editor
# with `ladder schema > ladder.schema.json`; check the file with
# `ladder --ladder THIS_FILE validate`.

";

/// The starter ladder's text.
pub fn text(minimal: bool) -> String {
    if minimal {
        return MINIMAL.to_string();
    }
    // The built-in ladder: its schema line, the header, then all that follows
    // its own opening comment.
    let mut lines = builtin::TEXT.split_inclusive('\n');
    let schema_line = lines.next().unwrap_or_default();
    let rest: String = lines
        .skip_while(|line| line.starts_with("# ") && !line.starts_with("# schema:"))
        .collect();
    format!("{schema_line}{HEADER}{rest}")
}

/// Runs `ladder init`: the text to print, empty when it went to FILE.
pub fn run(args: &InitArgs) -> anyhow::Result<String> {
    let text = text(args.minimal());
    match write::named(args.written()) {
        None => Ok(text),
        Some(path) => {
            write_new(path, &text, args.force)
                .with_context(|| format!("{}: cannot write the ladder", shown(path)))?;
            let check = match crate::output::escape::shell_path(path) {
                Some(word) => format!("`ladder validate {word}`"),
                None => "`ladder validate` on it".to_string(),
            };
            eprintln!("wrote {}; check it with {check}", shown(path));
            Ok(String::new())
        }
    }
}

fn shown(path: &Path) -> String {
    crate::output::escape::escape_line(&path.display().to_string()).into_owned()
}
