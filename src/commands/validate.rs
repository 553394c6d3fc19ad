//! `ladder validate [FILE…]`: checks ladder files and reports every problem.

use std::path::PathBuf;

use crate::load::{self, Origin};
use crate::report::{Checked, Report, Validation};

/// Checks each of `files`, or the ladder in use when there are none.
pub fn run(files: &[PathBuf], in_use: &Origin) -> Report<'static> {
    let origins: Vec<Origin> = if files.is_empty() {
        vec![in_use.clone()]
    } else {
        files.iter().cloned().map(Origin::from_arg).collect()
    };
    let files = origins
        .iter()
        .map(|origin| Checked {
            file: origin.file_name(),
            problems: load::inspect(origin).err().unwrap_or_default(),
        })
        .collect();
    Report::Validation(Validation { files })
}
