//! What the benchmarks share: building the release binaries, running a command
//! and measuring it, and summing the runs up.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The crate's directory.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where benchmark files go: target/bench.
pub fn scratch() -> PathBuf {
    let dir = root().join("target").join("bench");
    std::fs::create_dir_all(&dir).expect("target/bench can be made");
    dir
}

/// Builds `ladder` and the reference programs with the release profile and
/// returns the directory that holds them.
pub fn build_release() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let status = Command::new(cargo)
        .current_dir(root())
        .args([
            "build",
            "--release",
            "--locked",
            "--bin",
            "ladder",
            "--example",
            "hello",
            "--example",
            "floor",
            "--example",
            "mdfloor",
            "--example",
            "ftfloor",
        ])
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the release build failed");
    root().join("target").join("release")
}

/// A copy of the release program `name` (a path under the release directory)
/// in target/bench/bin, as `cargo install` would put it on a PATH. Every
/// measured program runs from such a copy: a file fresh from the linker can sit
/// in the page cache differently from a copied one, and on this kernel that
/// alone moved start-up times by a tenth between two programs.
pub fn installed(release: &Path, name: &str) -> PathBuf {
    let dir = scratch().join("bin");
    std::fs::create_dir_all(&dir).expect("target/bench/bin can be made");
    let file = Path::new(name).file_name().expect("a program name");
    let copy = dir.join(file);
    let _ = std::fs::remove_file(&copy);
    std::fs::copy(release.join(name), &copy)
        .unwrap_or_else(|e| panic!("{name} cannot be copied to {}: {e}", copy.display()));
    copy
}

/// `ladder` and the `floor` example, built and installed for a benchmark.
pub fn ladder_and_floor() -> (PathBuf, PathBuf) {
    let release = build_release();
    (
        installed(&release, "ladder"),
        installed(&release, "examples/floor"),
    )
}

/// One run of a command: its wall time and the peak resident memory of the
/// process, in KiB.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub time: Duration,
    pub peak_kib: u64,
}

/// How many runs have started: `{run}` in an argument becomes this number,
/// so that a command that writes files can write them somewhere new each time.
static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Runs `program ARGS` once with stdout and stderr discarded; panics unless it
/// exits 0. The child is reaped by wait4, which also reports its peak memory.
#[allow(clippy::zombie_processes)]
pub fn run(program: &Path, args: &[String]) -> Run {
    let number = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let args: Vec<String> = (args.iter())
        .map(|a| a.replace("{run}", &number.to_string()))
        .collect();
    let start = Instant::now();
    let child = Command::new(program)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{} cannot start: {e}", program.display()));
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `usage` is a plain C struct that wait4 fills in; `pid` is our child,
    // reaped here exactly once (std's Child is never waited on).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let time = start.elapsed();
    assert_eq!(reaped, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{} {args:?} failed",
        program.display()
    );
    Run {
        time,
        peak_kib: usage.ru_maxrss as u64,
    }
}

/// Runs each of `cases` (a program and its arguments) `warm` times to warm
/// the page cache, then `rounds` times interleaved: each round runs every case
/// once, in a shuffled order, so that whatever else the machine does falls on
/// every case alike and no case always follows the same one. Returns each
/// case's runs, in the order of `cases`.
pub fn interleave(cases: &[(&Path, &[String])], warm: usize, rounds: usize) -> Vec<Vec<Run>> {
    interleave_then(cases, warm, rounds, &|| {})
}

/// `interleave`, calling `after` once each run is measured: to remove what
/// the run wrote, untimed, so that no run works among another's files.
pub fn interleave_then(
    cases: &[(&Path, &[String])],
    warm: usize,
    rounds: usize,
    after: &dyn Fn(),
) -> Vec<Vec<Run>> {
    for (program, args) in cases {
        for _ in 0..warm {
            run(program, args);
            after();
        }
    }
    let mut runs: Vec<Vec<Run>> = vec![Vec::with_capacity(rounds); cases.len()];
    let mut order: Vec<usize> = (0..cases.len()).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..rounds {
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &c in &order {
            let (program, args) = cases[c];
            runs[c].push(run(program, args));
            after();
        }
    }
    runs
}

/// The median of `values` (which it sorts).
pub fn median<T: Ord + Copy>(values: &mut [T]) -> T {
    values.sort_unstable();
    values[values.len() / 2]
}

/// The median time and median peak memory of `all` runs.
pub fn summary(all: &[Run]) -> Run {
    let mut times: Vec<Duration> = all.iter().map(|r| r.time).collect();
    let mut peaks: Vec<u64> = all.iter().map(|r| r.peak_kib).collect();
    Run {
        time: median(&mut times),
        peak_kib: median(&mut peaks),
    }
}

/// Milliseconds, to two decimals.
/// Prints how much longer `command` took at the larger of two sizes than at
/// the smaller, notes it in `over` when past `budget`, then prints `over`.
pub fn growth_and_over(
    command: &str,
    (small, large): (usize, usize),
    times: &[Duration],
    budget: f64,
    over: &mut Vec<String>,
) {
    let growth = times[1].as_secs_f64() / times[0].as_secs_f64();
    println!(
        "\nGrowth of `{command}` from {small} to {large} levels: {growth:.2}× (budget {budget}×)."
    );
    if growth > budget {
        over.push(format!("{command} grows {growth:.2}×"));
    }
    if !over.is_empty() {
        println!("\nOver budget: {}.", over.join("; "));
    }
}

pub fn ms(time: Duration) -> String {
    format!("{:.2}", time.as_secs_f64() * 1000.0)
}

/// What the machine is, for the report: CPU model and count.
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!(
        "{cpu}, {cores} cores, {} {}",
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

/// The id of the generated ladder's level `i`.
pub fn id(i: usize) -> String {
    format!("level-{i:05}")
}

/// A valid ladder of `n` levels on two tracks: level `i` is promoted to `i + 2`
/// (so each track is a chain), and every tenth level has a lateral move to its
/// neighbour on the other track. Each level has a role, a scope, one
/// responsibility and two skills from a catalogue of sixty.
pub fn generate(n: usize) -> String {
    let mut out = String::with_capacity(n * 300 + 4096);
    out.push_str(
        "schema: 1\ntitle: Generated ladder\nsummary: A ladder generated for the benchmark.\n",
    );
    out.push_str("tracks:\n  - {id: ic, name: Individual contributor}\n  - {id: mgmt, name: Management}\nskills:\n");
    let categories = ["technical", "relational", "organizational", "business"];
    for s in 0..60 {
        writeln!(
            out,
            "  - {{id: skill-{s:02}, name: Skill number {s}, category: {}}}",
            categories[s % 4]
        )
        .unwrap();
    }
    out.push_str("levels:\n");
    for i in 0..n {
        let track = if i % 2 == 0 { "ic" } else { "mgmt" };
        let duty = (i * 7) % 97;
        let name = if duty % 13 == 0 {
            "Budget planning"
        } else {
            "A duty of the level"
        };
        writeln!(
            out,
            "  - id: {}\n    name: Level {i}\n    track: {track}\n    \
             role: The primary role of level {i} in a line of text.\n    scope: scope {}\n    \
             responsibilities:\n      - id: duty-{duty:02}\n        name: {name} {duty} at level {i}\n    \
             skills: [skill-{:02}, skill-{:02}]",
            id(i),
            i % 7,
            (i * 5) % 60,
            (i * 5 + 11) % 60,
        )
        .unwrap();
        if i + 2 < n {
            writeln!(out, "    next: [{}]", id(i + 2)).unwrap();
        }
        if i % 10 == 0 && i + 1 < n {
            writeln!(out, "    lateral: [{}]", id(i + 1)).unwrap();
        }
    }
    out
}
