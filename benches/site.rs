//! `ladder site`: on the built-in ladder against `ladder export` (the whole
//! ladder as one page), and on generated ladders of 500 and 5,000 levels
//! against the floor of parsing the file and writing the same files (the
//! `floor` example given the site's paths and sizes). Every run writes into a
//! new directory, removed once the run is measured, so that no run pays for
//! removing files or works among another's; runs are interleaved. They are
//! under /dev/shm where there is one: on a disk, right after thousands of files
//! were removed, making new ones cost ten times more for a while (ext4 was seen
//! doing so here), and that swing, not `ladder`, would be measured.
//! LADDER_BENCH_SITE_DIR names another place to make that directory in (on
//! such a disk, removing each run's files is what slows the next).
//!
//! `cargo bench --bench site`; LADDER_BENCH_RUNS sets the built-in rounds.

mod support;

use std::path::{Path, PathBuf};

use support::{
    generate, growth_and_over, interleave_then, ladder_and_floor, machine, ms, scratch, summary,
};

/// The site of the built-in ladder within this factor of `ladder export`.
const BUILTIN_BUDGET: f64 = 3.0;
/// The site of a large ladder within this factor of the floor.
const SCALE_BUDGET: f64 = 2.0;
/// Ladder sizes and rounds; the growth from the first to the second has a budget.
const SIZES: [(usize, usize); 2] = [(500, 15), (5_000, 11)];
const GROWTH: f64 = 11.0;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let (ladder, floor) = ladder_and_floor();
    let out = site_dir();
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("target/bench/site can be made");
    let at = |name: &str| out.join(name).display().to_string();
    let mut over = Vec::new();
    println!("Site, on {}\n", machine());

    // The built-in ladder: the site against the ladder as one Markdown page.
    let rounds = std::env::var("LADDER_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(101);
    let export = strings(&["export"]);
    let site = vec!["site".to_string(), at("builtin-{run}")];
    let clear = || clear_runs(&out);
    let runs = interleave_then(&[(&ladder, &export), (&ladder, &site)], 1, rounds, &clear);
    let (export, site) = (summary(&runs[0]), summary(&runs[1]));
    let ratio = site.time.as_secs_f64() / export.time.as_secs_f64();
    println!("| built-in ladder | median ms | × `ladder export` | budget |");
    println!("|---|---:|---:|---:|");
    println!("| `ladder export` | {} | 1.00 | |", ms(export.time));
    println!(
        "| `ladder site OUT_DIR` | {} | {ratio:.2} | {BUILTIN_BUDGET}× |",
        ms(site.time)
    );
    if ratio > BUILTIN_BUDGET {
        over.push(format!("the built-in site at {ratio:.2}× export"));
    }

    // Generated ladders: the site against parsing and writing as many bytes.
    println!(
        "\n| levels | files | MB written | command | median ms | × floor | peak MiB | × floor |"
    );
    println!("|---:|---:|---:|---|---:|---:|---:|---:|");
    let mut times = Vec::new();
    for (n, rounds) in SIZES {
        let file = scratch().join(format!("ladder-{n}.yaml"));
        std::fs::write(&file, generate(n)).expect("target/bench is writable");
        let file = file.display().to_string();
        // One site first, to list what the floor writes.
        let reference = out.join(format!("reference-{n}"));
        support::run(
            &ladder,
            &[
                "--ladder".into(),
                file.clone(),
                "site".into(),
                reference.display().to_string(),
            ],
        );
        let (manifest, count, bytes) = manifest(&reference);
        let manifest_file = out.join(format!("manifest-{n}.txt"));
        std::fs::write(&manifest_file, manifest).expect("target/bench is writable");
        let floor_args = vec![
            file.clone(),
            "--write".into(),
            manifest_file.display().to_string(),
            at(&format!("floor-{n}-{{run}}")),
        ];
        let site_args = vec![
            "--ladder".into(),
            file.clone(),
            "site".into(),
            at(&format!("site-{n}-{{run}}")),
        ];
        let runs = interleave_then(
            &[(&floor, &floor_args), (&ladder, &site_args)],
            1,
            rounds,
            &clear,
        );
        let (base, site) = (summary(&runs[0]), summary(&runs[1]));
        let time = site.time.as_secs_f64() / base.time.as_secs_f64();
        let memory = site.peak_kib as f64 / base.peak_kib as f64;
        let mb = format!("{:.1}", bytes as f64 / 1e6);
        let mib = |kib: u64| format!("{:.1}", kib as f64 / 1024.0);
        println!(
            "| {n} | {count} | {mb} | floor: parse, write the same files | {} | 1.00 | {} | 1.00 |",
            ms(base.time),
            mib(base.peak_kib)
        );
        println!(
            "| {n} | {count} | {mb} | `ladder site OUT_DIR` | {} | {time:.2} | {} | {memory:.2} |",
            ms(site.time),
            mib(site.peak_kib)
        );
        if time > SCALE_BUDGET {
            over.push(format!("the site of {n} levels at {time:.2}× its floor"));
        }
        times.push(site.time);
    }
    growth_and_over(
        "ladder site",
        (SIZES[0].0, SIZES[1].0),
        &times,
        GROWTH,
        &mut over,
    );
    let _ = std::fs::remove_dir_all(&out);
}

/// Where the sites go: a directory of this run's own, made under
/// LADDER_BENCH_SITE_DIR, or /dev/shm, or target/bench; only it is removed.
fn site_dir() -> PathBuf {
    let under = match std::env::var_os("LADDER_BENCH_SITE_DIR") {
        Some(dir) => PathBuf::from(dir),
        None if Path::new("/dev/shm").is_dir() => PathBuf::from("/dev/shm"),
        None => scratch(),
    };
    under.join(format!("ladder-bench-site-{}", std::process::id()))
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|a| a.to_string()).collect()
}

/// Removes the directories the measured runs wrote in `out` (theirs have a
/// number in the name; the reference sites and manifests stay).
fn clear_runs(out: &Path) {
    for entry in std::fs::read_dir(out).into_iter().flatten().flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let measured = ["builtin-", "floor-", "site-"]
            .iter()
            .any(|p| name.starts_with(p));
        if measured && entry.path().is_dir() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// `SIZE PATH` for every file under `dir`, and how many files and bytes.
fn manifest(dir: &Path) -> (String, usize, u64) {
    let (mut out, mut count, mut bytes) = (String::new(), 0, 0);
    let mut pending: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(at) = pending.pop() {
        for entry in std::fs::read_dir(&at).expect("the site is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            let relative = path.strip_prefix(dir).expect("under the site");
            out.push_str(&format!("{size} {}\n", relative.display()));
            count += 1;
            bytes += size;
        }
    }
    (out, count, bytes)
}
