use super::*;
use clap::Parser;
use proptest::prelude::*;

/// Words that make up the generated lines: every subcommand, every option
/// in each spelling, values clap takes and refuses, and words clap treats
/// on its own (help, `--`, `-`).
const WORDS: &[&str] = &[
    "list",
    "show",
    "diff",
    "path",
    "search",
    "skill",
    "graph",
    "plan",
    "export",
    "completions",
    "man",
    "validate",
    "schema",
    "help",
    "--ladder",
    "--format",
    "-f",
    "--color",
    "--track",
    "--format=json",
    "--ladder=x.yaml",
    "--color=never",
    "--format=",
    "-fjson",
    "-f=json",
    "--help",
    "-h",
    "-V",
    "--",
    "-",
    "-x",
    "em",
    "json",
    "never",
    "bogus",
    "",
    "a b",
    "bash",
    "-1",
    "ic",
];

fn quick(line: &[&str]) -> Option<Cli> {
    parse(line.iter().map(OsString::from))
}

/// Whether clap reads `line` as `quick` does, when `quick` reads it at all.
fn agrees(line: &[&str]) -> bool {
    quick(line).is_none_or(|quick| {
        let clap = Cli::try_parse_from(std::iter::once("ladder").chain(line.iter().copied()));
        clap.is_ok_and(|clap| clap == quick)
    })
}

#[test]
fn the_lines_scripts_run_are_read_as_clap_reads_them() {
    let lines: &[&[&str]] = &[
        &["show", "em"],
        &["diff", "tech-lead", "vp"],
        &["list", "--format", "json"],
        &["--ladder", "ours.yaml", "show", "staff"],
        &["-f", "yaml", "search", "code", "--color=never", "review"],
        &["list", "--track=ic", "--ladder", "a.yaml"],
        &["validate", "a.yaml", "b.yaml"],
        &["skill"],
        &["graph", "--format", "dot"],
    ];
    for line in lines {
        assert!(quick(line).is_some() && agrees(line), "{line:?}");
    }
}

#[test]
fn other_lines_are_left_to_clap() {
    let lines: &[&[&str]] = &[
        &[],
        &["--help"],
        &["show", "--help"],
        &["-V"],
        &["show"],
        &["show", "a", "b"],
        &["show", "--", "em"],
        &["show", "em", "-f", "bogus"],
        &["show", "em", "-f", "json", "-f", "yaml"],
        &["show", "em", "--track", "ic"],
        &["show", "em", "--ladder"],
        &["show", "em", "--ladder", "-x"],
        &["completions", "bash"],
        &["man"],
        &["help", "show"],
        &["validate", "-"],
    ];
    for line in lines {
        assert!(quick(line).is_none(), "{line:?}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let line = [OsString::from("show"), OsString::from_vec(vec![0xff])];
        assert!(parse(line).is_none());
    }
}

#[test]
fn every_line_of_up_to_three_words_is_read_as_clap_reads_it() {
    let mut read = 0;
    for a in WORDS {
        for b in WORDS {
            for c in WORDS {
                for line in [&[*a][..], &[*a, *b], &[*a, *b, *c]] {
                    assert!(agrees(line), "{line:?}");
                    read += usize::from(quick(line).is_some());
                }
            }
        }
    }
    assert!(read > 1000, "only {read} lines read without clap");
}

proptest! {
    #[test]
    fn longer_lines_are_read_as_clap_reads_them(
        line in proptest::collection::vec(proptest::sample::select(WORDS), 4..9)
    ) {
        prop_assert!(agrees(&line), "{:?}", line);
    }
}
