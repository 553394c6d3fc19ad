//! Start-up and query: `ladder` on the built-in ladder against the floor of any
//! Rust CLI (a hello-world built with the same release profile) and against jq
//! answering the same query from the ladder as JSON. Runs are interleaved in a
//! shuffled order, so that whatever else the machine does falls on every command
//! alike; medians are compared.
//!
//! `cargo bench --bench startup`; LADDER_BENCH_RUNS sets the number of rounds.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use support::{build_release, installed, interleave, machine, median, ms, scratch};

/// The budget: every command within this factor of hello-world.
const BUDGET: f64 = 1.3;

struct Case {
    name: &'static str,
    program: PathBuf,
    args: Vec<String>,
    /// Whether the budget applies: it does to `ladder`, not to the references.
    budgeted: bool,
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo bench -- --list` asks for test names; there are none.
    }
    let release = build_release();
    let ladder = installed(&release, "ladder");
    let hello = installed(&release, "examples/hello");
    let runs: usize = std::env::var("LADDER_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(400);
    let json = scratch().join("ladder.json");
    let out = std::process::Command::new(&ladder)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    std::fs::write(&json, out.stdout).unwrap();
    let json = json.display().to_string();
    let args = |list: &[&str]| list.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    let mut cases = vec![
        Case {
            name: "hello-world (floor)",
            program: hello.clone(),
            args: vec![],
            budgeted: false,
        },
        Case {
            name: "ladder show em",
            program: ladder.clone(),
            args: args(&["show", "em"]),
            budgeted: true,
        },
        Case {
            name: "ladder diff tech-lead vp",
            program: ladder.clone(),
            args: args(&["diff", "tech-lead", "vp"]),
            budgeted: true,
        },
        Case {
            name: "ladder list --format json",
            program: ladder.clone(),
            args: args(&["list", "--format", "json"]),
            budgeted: true,
        },
    ];
    match which("jq") {
        Some(jq) => {
            let show = ".levels[] | select(.id == \"em\")";
            let list = "[.levels[] | {id, name, track, role, scope, coding}]";
            cases.push(Case {
                name: "jq: show em",
                program: jq.clone(),
                args: args(&[show, &json]),
                budgeted: false,
            });
            cases.push(Case {
                name: "jq: list as JSON",
                program: jq,
                args: args(&[list, &json]),
                budgeted: false,
            });
        }
        None => eprintln!("note: jq is not installed; its rows are left out"),
    }
    let programs: Vec<(&Path, &[String])> = cases
        .iter()
        .map(|case| (case.program.as_path(), case.args.as_slice()))
        .collect();
    let medians: Vec<Duration> = interleave(&programs, 10, runs)
        .into_iter()
        .map(|runs| median(&mut runs.iter().map(|r| r.time).collect::<Vec<_>>()))
        .collect();
    let floor = medians[0].as_secs_f64();
    println!("Start-up, {runs} interleaved rounds on {}\n", machine());
    println!("| command | median ms | × hello-world | budget {BUDGET}× |");
    println!("|---|---:|---:|---|");
    let mut over = 0;
    for (case, median) in cases.iter().zip(&medians) {
        let ratio = median.as_secs_f64() / floor;
        let verdict = match case.budgeted {
            false => "",
            true if ratio <= BUDGET => "within",
            true => {
                over += 1;
                "over"
            }
        };
        println!(
            "| `{}` | {} | {ratio:.2} | {verdict} |",
            case.name,
            ms(*median)
        );
    }
    let size = |path: &PathBuf| std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    println!(
        "\nBinary size (release, stripped): ladder {} KiB, hello-world {} KiB.",
        size(&ladder) / 1024,
        size(&hello) / 1024
    );
    if over > 0 {
        println!("\n{over} command(s) over the start-up budget.");
    }
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| PathBuf::from(dir).join(program))
        .find(|p| p.is_file())
}
