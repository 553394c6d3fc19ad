//! `ladder import`: a generated Markdown matrix (a level per `##` heading, two
//! `###` categories of five expectations each) of 140 and 1,400 levels, against
//! the floor of reading the file and walking every event pulldown-cmark parses
//! from it (the `mdfloor` example). Runs are interleaved; the ladder is written
//! to /dev/null, as the floor writes nothing.
//!
//! `cargo bench --bench import`; the sources are left in target/bench.

mod support;

use std::fmt::Write as _;

use support::{
    build_release, growth_and_over, installed, interleave, machine, ms, scratch, summary,
};

/// The import of a source within this factor of the floor.
const BUDGET: f64 = 2.0;
/// Levels in each source, and rounds; the growth between them has a budget.
const SIZES: [(usize, usize); 2] = [(140, 21), (1_400, 11)];
const GROWTH: f64 = 11.0;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let release = build_release();
    let (ladder, floor) = (
        installed(&release, "ladder"),
        installed(&release, "examples/mdfloor"),
    );
    println!("Import, on {}\n", machine());
    println!("| levels | duties | source | command | median ms | × floor |");
    println!("|---:|---:|---:|---|---:|---:|");
    let mut times = Vec::new();
    let mut over = Vec::new();
    for (n, rounds) in SIZES {
        let path = scratch().join(format!("matrix-{n}.md"));
        let text = matrix(n);
        std::fs::write(&path, &text).expect("target/bench is writable");
        let file = path.display().to_string();
        let floor_args = vec![file.clone()];
        let import_args: Vec<String> = ["import", "--from", "markdown-matrix", &file]
            .iter()
            .map(|a| a.to_string())
            .collect();
        let runs = interleave(&[(&floor, &floor_args), (&ladder, &import_args)], 1, rounds);
        let (base, import) = (summary(&runs[0]), summary(&runs[1]));
        let ratio = import.time.as_secs_f64() / base.time.as_secs_f64();
        let size = format!("{:.2} MB", text.len() as f64 / 1e6);
        let duties = n * 10;
        println!(
            "| {n} | {duties} | {size} | floor: pulldown-cmark events | {} | 1.00 |",
            ms(base.time)
        );
        println!(
            "| {n} | {duties} | {size} | `ladder import --from markdown-matrix` | {} | {ratio:.2} |",
            ms(import.time)
        );
        if ratio > BUDGET {
            over.push(format!("import of {n} levels at {ratio:.2}× its floor"));
        }
        times.push(import.time);
    }
    growth_and_over(
        "ladder import",
        (SIZES[0].0, SIZES[1].0),
        &times,
        GROWTH,
        &mut over,
    );
}

/// A Markdown matrix of `n` levels, each with a line of role and two
/// categories of five expectations written as sentences.
fn matrix(n: usize) -> String {
    let mut out = String::from("# Generated engineering\n\n");
    for l in 0..n {
        let _ = writeln!(
            out,
            "## Engineer level {l}\n\nDoes the work of level {l} across the group.\n"
        );
        for category in ["Delivery", "Collaboration"] {
            let _ = writeln!(out, "### {category}\n");
            for d in 0..5 {
                let _ = writeln!(
                    out,
                    "- {category} expectation number {d} at level {l}, written out as a full sentence"
                );
            }
            out.push('\n');
        }
    }
    out
}
