//! Scale: generated ladders of 10 to 5,000 levels (about 30 KB at 100 levels
//! and 1 MB at 3,600, the custom-file sizes the budgets name), each level with a role, a
//! scope, a responsibility, two skills and promotion edges (the 5,000-level
//! file is about 1.4 MB). For `show`, `diff` and `path` between the first and
//! last level, `search`, `validate`, `lint`, and `changes` against a second
//! version of the file: wall time and peak memory against the floor, a bare
//! `serde_yaml::from_str` of the same file into typed structs (twice the floor
//! for `changes`, which reads two files), and the growth from 500 to 5,000 levels. At each size the floor and the commands run
//! in interleaved rounds, so that the machine's drift falls on all of them.
//!
//! `cargo bench --bench scale`; the ladders are left in target/bench.

mod support;

use std::fmt::Write;
use std::path::Path;
use std::time::Duration;

use support::{Run, generate, id, interleave, ladder_and_floor, machine, ms, scratch, summary};

/// Ladder sizes, how many runs each gets, and the budget of time and memory
/// against the floor where the performance issue sets one: a custom file of
/// about 30 KB (100 levels) within 1.2×, one of about 1 MB (3,600 levels)
/// within 1.15×, the largest within 1.2×.
// The largest is as large as a ladder file may be and still read within the
// 100 MiB that any file is held to (the YAML reader keeps every value).
// Rounds are many where a run lasts milliseconds, so that a moment of the
// host's noise moves no median.
const SIZES: [(usize, usize, Option<f64>); 5] = [
    (10, 101, None),
    (100, 101, Some(1.2)),
    (500, 31, None),
    (3_600, 21, Some(1.15)),
    (5_000, 15, Some(1.2)),
];
/// The sizes whose times the growth check compares, as indexes into SIZES.
const GROWTH_FROM: usize = 2;
const GROWTH_TO: usize = 4;
/// The growth budget from 500 to 5,000 levels.
const GROWTH: f64 = 11.0;
/// Budgets of the ladder-as-code commands at the largest size, against their
/// floor: `changes` against parsing both files, `lint` against one parse.
const CHANGES_BUDGET: f64 = 2.5;
const LINT_BUDGET: f64 = 1.5;
/// `assess` against reading the ladder and a 1,000-rating assessment.
const ASSESS_BUDGET: f64 = 1.3;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let (ladder, floor) = ladder_and_floor();
    println!("Scale, on {}\n", machine());
    println!("| levels | file | command | median ms | × floor | peak MiB | × floor |");
    println!("|---:|---:|---|---:|---:|---:|---:|");
    // For each command, its median time at each size, for the growth check.
    let mut growth: Vec<(String, Vec<Duration>)> = Vec::new();
    let mut over = Vec::new();
    for (n, runs, budget) in SIZES {
        let path = scratch().join(format!("ladder-{n}.yaml"));
        let text = generate(n);
        std::fs::write(&path, &text).expect("target/bench is writable");
        let file = path.display().to_string();
        let changed_path = scratch().join(format!("ladder-{n}-changed.yaml"));
        std::fs::write(&changed_path, changed(&text)).expect("target/bench is writable");
        let changed_file = changed_path.display().to_string();
        let assessment_path = scratch().join(format!("assessment-{n}.yaml"));
        std::fs::write(&assessment_path, assessment(n)).expect("target/bench is writable");
        let assessment_file = assessment_path.display().to_string();
        let (first, last, middle) = (id(0), id(n - 1), id(n / 2));
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let commands: [(&str, Vec<String>); 8] = [
            (
                "show",
                vec!["--ladder".into(), file.clone(), "show".into(), middle],
            ),
            (
                "diff",
                vec![
                    "--ladder".into(),
                    file.clone(),
                    "diff".into(),
                    first.clone(),
                    last.clone(),
                ],
            ),
            (
                "path",
                vec!["--ladder".into(), file.clone(), "path".into(), first, last],
            ),
            (
                "search",
                vec![
                    "--ladder".into(),
                    file.clone(),
                    "search".into(),
                    "budget".into(),
                ],
            ),
            ("validate", vec!["validate".into(), file.clone()]),
            ("lint", vec!["lint".into(), file.clone()]),
            (
                "changes",
                vec!["changes".into(), file.clone(), changed_file.clone()],
            ),
            (
                "assess",
                vec![
                    "--ladder".into(),
                    file.clone(),
                    "assess".into(),
                    assessment_file.clone(),
                ],
            ),
        ];
        // The floor and the commands, interleaved round by round.
        let floor_args = [file.clone()];
        let assess_floor_args = [file.clone(), assessment_file.clone()];
        let mut programs: Vec<(&Path, &[String])> =
            vec![(&floor, &floor_args), (&floor, &assess_floor_args)];
        programs.extend(
            commands
                .iter()
                .map(|(_, args)| (ladder.as_path(), args.as_slice())),
        );
        let mut results = interleave(&programs, 1, runs)
            .into_iter()
            .map(|all| summary(&all));
        let base = results.next().expect("the floor ran");
        let assess_base = results.next().expect("the assessment floor ran");
        row(n, size, "floor: serde_yaml::from_str", base, base);
        row(
            n,
            size,
            "floor: ladder and assessment",
            assess_base,
            assess_base,
        );
        for ((name, _), result) in commands.iter().zip(results) {
            // `changes` reads two ladders: its floor is two parses; `assess`
            // reads a ladder and an assessment.
            let floors = if *name == "changes" { 2 } else { 1 };
            let base = match *name {
                "assess" => assess_base,
                _ => Run {
                    time: base.time * floors,
                    peak_kib: base.peak_kib * u64::from(floors),
                },
            };
            row(n, size, &format!("ladder {name}"), result, base);
            match growth.iter_mut().find(|(c, _)| c == name) {
                Some((_, times)) => times.push(result.time),
                None => growth.push((name.to_string(), vec![result.time])),
            }
            let (time, memory) = ratios(result, base);
            // Memory has a budget at the largest size only: in a small file
            // the binary's own pages outweigh the ladder's.
            let largest = n == SIZES[GROWTH_TO].0;
            // The ladder-as-code commands have budgets of their own, at the largest size.
            let budget = match *name {
                "changes" => largest.then_some(CHANGES_BUDGET),
                "lint" => largest.then_some(LINT_BUDGET),
                "assess" => largest.then_some(ASSESS_BUDGET),
                _ => budget,
            };
            if let Some(budget) = budget
                && (time > budget || (largest && memory > budget))
            {
                over.push(format!(
                    "{name} at {n} levels: time {time:.2}×, memory {memory:.2}× (budget {budget}×)"
                ));
            }
        }
    }
    println!("\n| command | time at 500 → 5,000 levels | budget {GROWTH}× |");
    println!("|---|---:|---|");
    for (name, times) in &growth {
        let factor = times[GROWTH_TO].as_secs_f64() / times[GROWTH_FROM].as_secs_f64();
        let verdict = if factor <= GROWTH { "within" } else { "over" };
        println!("| `ladder {name}` | {factor:.2}× | {verdict} |");
        if factor > GROWTH {
            over.push(format!(
                "{name} grows {factor:.2}× from 500 to 5,000 levels"
            ));
        }
    }
    if !over.is_empty() {
        println!("\nOver budget: {}.", over.join("; "));
    }
}

fn ratios(result: Run, base: Run) -> (f64, f64) {
    (
        result.time.as_secs_f64() / base.time.as_secs_f64(),
        result.peak_kib as f64 / base.peak_kib as f64,
    )
}

fn row(n: usize, size: u64, name: &str, result: Run, base: Run) {
    let (time, memory) = ratios(result, base);
    let mib = |kib: u64| format!("{:.1}", kib as f64 / 1024.0);
    let file = if size >= 1 << 20 {
        format!("{:.1} MB", size as f64 / 1e6)
    } else {
        format!("{} KB", size / 1000)
    };
    println!(
        "| {n} | {file} | `{name}` | {} | {time:.2} | {} | {memory:.2} |",
        ms(result.time),
        mib(result.peak_kib)
    );
}

/// An assessment of 1,000 ratings on a generated ladder of `n` levels, from its
/// first level to its last: the target's duty and skills rated, and the rest
/// ids the ladder no longer asks for, each checked against the route's.
fn assessment(n: usize) -> String {
    let mut out = format!(
        "assessment: 1\nperson: Generated person\nlevel: {}\ntarget: {}\nratings:\n",
        id(0),
        id(n - 1)
    );
    // The target's own duty and skills (see `generate`), then retired ids.
    let last = n - 1;
    let asked = [
        format!("duty-{:02}", (last * 7) % 97),
        format!("skill-{:02}", (last * 5) % 60),
        format!("skill-{:02}", (last * 5 + 11) % 60),
    ];
    let retired = (0..).map(|k| format!("retired-expectation-{k}"));
    for (i, rated) in asked.into_iter().chain(retired).take(1000).enumerate() {
        let rating = ["not-yet", "working-towards", "meeting", "exceeding"][i % 4];
        writeln!(
            out,
            "  {rated}: {{rating: {rating}, evidence: [\"Evidence number {i} for {rated}\"]}}"
        )
        .unwrap();
    }
    out
}

/// The second version of a generated ladder, for `changes`: every tenth
/// level's role reworded.
fn changed(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1024);
    for line in text.split_inclusive('\n') {
        let tenth = line
            .strip_prefix("    role: The primary role of level ")
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse::<usize>().ok())
            .is_some_and(|n| n % 10 == 0);
        if tenth {
            out.push_str(&line.replace("The primary role", "The reworded role"));
        } else {
            out.push_str(line);
        }
    }
    out
}
