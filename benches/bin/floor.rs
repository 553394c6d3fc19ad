//! The floor for reading a ladder file: a bare `serde_yaml::from_str` of the
//! file into typed structs with the file format's fields, and nothing else: no
//! limits, no checks, no index, no output. Given an assessment file too, it
//! reads that the same way: the floor of `ladder assess`. Given
//! `--write MANIFEST DIR`, it also writes into DIR, which it makes, a file of
//! each path and size MANIFEST lists (`SIZE PATH` lines): the floor of
//! `ladder site`, which parses and then writes that many bytes.

use serde::Deserialize;

#[allow(dead_code)]
#[derive(Deserialize)]
struct Ladder {
    schema: u32,
    title: String,
    summary: Option<String>,
    #[serde(default)]
    sources: Vec<Source>,
    tracks: Vec<Named>,
    skills: Vec<Skill>,
    levels: Vec<Level>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Source {
    id: String,
    title: String,
    url: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Named {
    id: String,
    name: String,
    summary: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Skill {
    id: String,
    name: String,
    category: String,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Range {
    min: u32,
    max: u32,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Duty {
    id: String,
    name: String,
    detail: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Level {
    id: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    track: String,
    role: String,
    summary: Option<String>,
    scope: String,
    coding: Option<Range>,
    span: Option<Range>,
    #[serde(default)]
    reports_to: Vec<String>,
    responsibilities: Vec<Duty>,
    skills: Vec<String>,
    shift: Option<String>,
    #[serde(default)]
    pitfalls: Vec<String>,
    #[serde(default)]
    next: Vec<String>,
    #[serde(default)]
    lateral: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Assessment {
    assessment: u32,
    person: Option<String>,
    ladder: Option<String>,
    level: String,
    target: Option<String>,
    date: Option<String>,
    #[serde(default)]
    ratings: std::collections::BTreeMap<String, Rating>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Rating {
    rating: String,
    #[serde(default)]
    evidence: Vec<String>,
    note: Option<String>,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: floor FILE [ASSESSMENT | --write MANIFEST DIR]");
    let text = std::fs::read_to_string(&path).expect("a readable file");
    let ladder: Ladder = serde_yaml::from_str(&text).expect("a ladder file");
    println!("{}", ladder.levels.len());
    match args.next().as_deref() {
        Some("--write") => {
            let manifest = args.next().expect("a manifest");
            let dir = std::path::PathBuf::from(args.next().expect("a directory"));
            write_like(
                &std::fs::read_to_string(manifest).expect("a manifest"),
                &dir,
            );
        }
        Some(path) => {
            let text = std::fs::read_to_string(path).expect("a readable file");
            let assessment: Assessment = serde_yaml::from_str(&text).expect("an assessment file");
            println!("{}", assessment.ratings.len());
        }
        None => {}
    }
}

/// Writes a file of each size and path `manifest` lists into `dir`, each
/// directory made before its first file, as plainly as the standard library
/// writes.
fn write_like(manifest: &str, dir: &std::path::Path) {
    let largest = (manifest.lines())
        .filter_map(|line| line.split_once(' ')?.0.parse::<usize>().ok())
        .max()
        .unwrap_or(0);
    let bytes = vec![b'x'; largest];
    std::fs::create_dir_all(dir).expect("the directory can be made");
    for line in manifest.lines() {
        let (size, path) = line.split_once(' ').expect("SIZE PATH");
        let target = dir.join(path);
        let parent = target.parent().expect("a file in a directory");
        if !parent.is_dir() {
            std::fs::create_dir_all(parent).expect("the directory can be made");
        }
        std::fs::write(&target, &bytes[..size.parse::<usize>().expect("a size")])
            .expect("the file can be written");
    }
}
