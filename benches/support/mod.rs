//! What both benchmarks share: building the release binaries, running a command
//! and measuring it, and summing the runs up.

#![allow(dead_code)]

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

/// One run of a command: its wall time and the peak resident memory of the
/// process, in KiB.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub time: Duration,
    pub peak_kib: u64,
}

/// Runs `program ARGS` once with stdout and stderr discarded; panics unless it
/// exits 0. The child is reaped by wait4, which also reports its peak memory.
#[allow(clippy::zombie_processes)]
pub fn run(program: &Path, args: &[String]) -> Run {
    let start = Instant::now();
    let child = Command::new(program)
        .args(args)
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
    for (program, args) in cases {
        for _ in 0..warm {
            run(program, args);
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
        }
    }
    runs
}

/// The median of `values` (which it sorts).
pub fn median<T: Ord + Copy>(values: &mut [T]) -> T {
    values.sort_unstable();
    values[values.len() / 2]
}

/// Milliseconds, to two decimals.
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
