//! build.rs compiles the built-in ladder with the crate's own `ladder/` and
//! `file/` modules, included by path: its `rerun-if-changed` list must name
//! every file it includes, or an edit to one would leave a stale ladder.

use std::collections::BTreeSet;
use std::path::Path;

/// The quoted strings of `text` between `start` and `end`.
fn quoted<'a>(text: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    let from = text.find(start).expect("the start marker") + start.len();
    let to = from + text[from..].find(end).expect("the end marker");
    text[from..to].split('"').skip(1).step_by(2).collect()
}

/// The files a module file declares with `mod NAME;`, but for test modules.
fn submodules(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let dir = Path::new(path).parent().unwrap();
    let mut test = false;
    let mut found = Vec::new();
    for line in text.lines().map(str::trim) {
        let declared = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "))
            .and_then(|rest| rest.strip_suffix(';'));
        match declared {
            Some(name) if !test => {
                let file = dir.join(format!("{name}.rs"));
                let file = if file.exists() {
                    file
                } else {
                    dir.join(name).join("mod.rs")
                };
                found.push(file.to_str().unwrap().to_string());
            }
            _ => {}
        }
        test = line == "#[cfg(test)]";
    }
    found
}

#[test]
fn the_build_script_reruns_when_any_file_it_includes_changes() {
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let build = std::fs::read_to_string("build.rs").unwrap();
    let listed: BTreeSet<&str> = quoted(&build, "const INPUTS", "];").into_iter().collect();
    let mut included: BTreeSet<String> = BTreeSet::new();
    let mut todo: Vec<String> = build
        .lines()
        .filter_map(|line| line.trim().strip_prefix("#[path = \""))
        .map(|rest| rest.trim_end_matches("\"]").to_string())
        .collect();
    while let Some(file) = todo.pop() {
        if included.insert(file.clone()) && file.ends_with("mod.rs") {
            todo.extend(submodules(&file));
        }
    }
    for file in &included {
        assert!(
            listed.contains(file.as_str()),
            "build.rs includes {file} but does not list it"
        );
    }
    for file in &listed {
        let input = *file == "build.rs" || file.starts_with("data/");
        assert!(
            input || included.contains(*file),
            "build.rs lists {file} but does not include it"
        );
        assert!(
            file.starts_with("src/ladder/") || file.starts_with("src/file/") || input,
            "{file}"
        );
    }
}
