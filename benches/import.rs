//! `ladder import`: a generated Markdown matrix (a level per `##` heading, two
//! `###` categories of five expectations each) of 140 and 1,400 levels, against
//! the floor of reading the file and walking every event pulldown-cmark parses
//! from it (the `mdfloor` example); and a generated Financial Times job family
//! of 60 and 600 levels against a bare typed `serde_yaml` parse of it (the
//! `ftfloor` example). Runs are interleaved; the ladder is written to
//! /dev/null, as the floors write nothing.
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
/// The same for the job families: 600 levels make a 2.2 MB file, about as
/// large as such a file may be and still be read within `ladder`'s limits.
const FT_SIZES: [(usize, usize); 2] = [(60, 21), (600, 11)];
const GROWTH: f64 = 11.0;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let release = build_release();
    let ladder = installed(&release, "ladder");
    println!("Import, on {}\n", machine());
    println!("| format | levels | duties | source | command | median ms | × floor |");
    println!("|---|---:|---:|---:|---|---:|---:|");
    let mut over = Vec::new();
    let formats = [
        (
            "markdown-matrix",
            installed(&release, "examples/mdfloor"),
            "floor: pulldown-cmark events",
            SIZES,
            matrix as fn(usize) -> String,
            "md",
            10,
        ),
        (
            "ft",
            installed(&release, "examples/ftfloor"),
            "floor: serde_yaml into typed structs",
            FT_SIZES,
            family,
            "yml",
            COMPETENCIES,
        ),
    ];
    let mut growths = Vec::new();
    for (format, floor, floor_name, sizes, make, ext, per_level) in formats {
        let mut times = Vec::new();
        for (n, rounds) in sizes {
            let path = scratch().join(format!("{format}-{n}.{ext}"));
            let text = make(n);
            std::fs::write(&path, &text).expect("target/bench is writable");
            let file = path.display().to_string();
            let floor_args = vec![file.clone()];
            let import_args: Vec<String> = ["import", "--from", format, &file]
                .iter()
                .map(|a| a.to_string())
                .collect();
            let runs = interleave(&[(&floor, &floor_args), (&ladder, &import_args)], 1, rounds);
            let (base, import) = (summary(&runs[0]), summary(&runs[1]));
            let ratio = import.time.as_secs_f64() / base.time.as_secs_f64();
            let size = format!("{:.2} MB", text.len() as f64 / 1e6);
            let duties = n * per_level;
            println!(
                "| {format} | {n} | {duties} | {size} | {floor_name} | {} | 1.00 |",
                ms(base.time)
            );
            println!(
                "| {format} | {n} | {duties} | {size} | `ladder import --from {format}` | {} | {ratio:.2} |",
                ms(import.time)
            );
            if ratio > BUDGET {
                over.push(format!(
                    "{format} import of {n} levels at {ratio:.2}× its floor"
                ));
            }
            times.push(import.time);
        }
        growths.push((format, sizes, times));
    }
    for (format, sizes, times) in growths {
        growth_and_over(
            &format!("ladder import --from {format}"),
            (sizes[0].0, sizes[1].0),
            &times,
            GROWTH,
            &mut Vec::new(),
        );
    }
    if !over.is_empty() {
        println!("\nOver budget: {}.", over.join("; "));
    }
}

/// Competencies of each level in a generated job family: three of each of
/// four themes.
const COMPETENCIES: usize = 12;

/// A job family of `n` levels in the Financial Times' format, each level with
/// three competencies of each of four themes, each with a summary, a
/// proficiency and two examples.
fn family(n: usize) -> String {
    const THEMES: [&str; 4] = ["delivery", "people", "craft", "reach"];
    let mut out = String::from(
        "name: Generated family\nsummary: A job family generated for the benchmark.\nlevels:\n",
    );
    for l in 0..n {
        let _ = writeln!(out, "  - id: level-{l}\n    name: Level {l}");
    }
    out.push_str("themes:\n");
    for theme in THEMES {
        let _ = writeln!(out, "  - id: {theme}\n    name: The {theme} theme");
    }
    out.push_str("competencies:\n");
    for l in 0..n {
        for theme in THEMES {
            for c in 0..COMPETENCIES / THEMES.len() {
                let _ = writeln!(
                    out,
                    "  - id: c-{l}-{theme}-{c}\n    level: level-{l}\n    theme: {theme}\n    \
                     summary: |\n      Competency {c} of {theme} at level {l}, written out as a full sentence.\n    \
                     proficiency: Level {l} proficiency\n    \
                     examples:\n      - An example of competency {c} at level {l}.\n      - Another example, with more words in it."
                );
            }
        }
    }
    out
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
