//! The README shows real output: every `$ ladder …` line of its `console`
//! blocks (indented ones too) runs here, in the crate's directory, and must
//! print what the README shows under it. A block whose output ends with a line
//! `…` shows only the start of it. Lines that pipe into jq need jq, which `.ci/run` installs.

use std::process::Command;

/// One example: the command line and the output the README shows.
struct Example {
    line: usize,
    command: String,
    output: Vec<String>,
}

fn examples() -> Vec<Example> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut examples: Vec<Example> = Vec::new();
    // The indentation of the console block being read, if any: a block in a
    // list item is indented, and its lines are read without that indentation.
    let mut in_console: Option<usize> = None;
    for (n, line) in readme.lines().enumerate() {
        let fence = line.trim_start();
        if fence.starts_with("```console") {
            in_console = Some(line.len() - fence.len());
        } else if fence.starts_with("```") {
            in_console = None;
        } else if let Some(indent) = in_console {
            let text = line.get(indent..).unwrap_or("");
            match text.strip_prefix("$ ") {
                Some(command) => examples.push(Example {
                    line: n + 1,
                    command: command.to_string(),
                    output: Vec::new(),
                }),
                None => {
                    if let Some(example) = examples.last_mut() {
                        example.output.push(text.to_string());
                    }
                }
            }
        }
    }
    examples
}

#[test]
fn every_example_in_the_readme_prints_what_it_shows() {
    let examples: Vec<Example> = examples()
        .into_iter()
        .filter(|e| !e.command.contains("| jq"))
        .collect();
    assert!(examples.len() >= 12, "the README has its examples");
    check(examples);
}

#[test]
#[ignore = "needs jq; .ci/run installs it and runs this test"]
fn the_readme_examples_that_use_jq_print_what_they_show() {
    let examples: Vec<Example> = examples()
        .into_iter()
        .filter(|e| e.command.contains("| jq"))
        .collect();
    assert!(!examples.is_empty(), "the README uses jq in examples");
    check(examples);
}

/// Runs each example with the built `ladder` first on the PATH.
fn check(examples: Vec<Example>) {
    let bin = assert_cmd::cargo::cargo_bin("ladder");
    let dir = bin.parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for example in examples {
        assert!(
            example.command.starts_with("ladder "),
            "README:{}",
            example.line
        );
        let out = Command::new("bash")
            .args(["-o", "pipefail", "-c", &example.command])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("PATH", &path)
            .env_remove("LADDER_FILE")
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS")
            .env_remove("TERM")
            .output()
            .unwrap();
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let printed: Vec<&str> = printed.lines().collect();
        let shown: Vec<&str> = example.output.iter().map(String::as_str).collect();
        match shown.split_last() {
            Some((&"…", start)) => assert_eq!(
                &printed[..start.len().min(printed.len())],
                start,
                "README:{}: {}",
                example.line,
                example.command
            ),
            _ => assert_eq!(
                printed, shown,
                "README:{}: {}",
                example.line, example.command
            ),
        }
    }
}

#[test]
fn every_picture_in_the_readme_is_committed_and_small() {
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    // `![words](path)`: the path after each picture's words.
    let pictures: Vec<&str> = (readme.split("![").skip(1))
        .filter_map(|rest| rest.split_once("](").map(|(_, after)| after))
        .map(|after| after.split(')').next().unwrap())
        .collect();
    assert!(pictures.len() >= 2, "{pictures:?}");
    for path in pictures {
        let size = std::fs::metadata(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_else(|e| panic!("README.md shows {path}: {e}"))
            .len();
        assert!(size < 100_000, "{path} is {size} bytes");
    }
}

#[test]
fn every_benchmark_has_its_tables_in_the_performance_section() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let performance = readme
        .split("\n## Performance\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a Performance section");
    // Each bench's section holds a table whose header names what it measures.
    for (bench, heading, header) in [
        ("startup", "### Start-up", "× hello"),
        ("scale", "### Scale", "| levels | file | command |"),
        ("site", "### Site", "| levels | files | MB written |"),
        ("import", "### Import", "| levels | duties | source |"),
    ] {
        assert!(
            std::fs::metadata(format!("{root}/benches/{bench}.rs")).is_ok(),
            "{bench}"
        );
        let section = performance
            .split(&format!("\n{heading}\n"))
            .nth(1)
            .and_then(|rest| rest.split("\n### ").next())
            .unwrap_or_else(|| panic!("no {heading} section"));
        assert!(
            section.contains(header),
            "{heading} has no table {header:?}"
        );
    }
}
