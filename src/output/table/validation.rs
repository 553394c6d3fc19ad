//! `ladder validate` for people: one `FILE:LINE:COLUMN: message` line a problem,
//! then a summary line.

use crate::output::text::escape;
use crate::report::Validation;

pub fn render(validation: &Validation) -> String {
    let mut out = String::new();
    for problem in validation.files.iter().flat_map(|f| &f.problems) {
        out.push_str(&escape(&problem.to_string().replace('\n', " ")));
        out.push('\n');
    }
    let files = validation.files.len();
    let broken = validation
        .files
        .iter()
        .filter(|f| !f.problems.is_empty())
        .count();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let summary = match validation.problems() {
        0 if files == 1 => format!("{}: valid", escape(&validation.files[0].file)),
        0 => format!("{} checked, all valid", plural(files, "file")),
        n => format!(
            "{} in {broken} of {}",
            plural(n, "problem"),
            plural(files, "file")
        ),
    };
    out.push_str(&summary);
    out.push('\n');
    out
}
