//! Every view rendered as a pure function, in the terminal and the Markdown
//! layout, and pinned by a snapshot reviewed like code: on the built-in ladder
//! and on the fixture, at 80 columns without colour, and with colour where the
//! terminal layout paints something.

mod common;

use ladder::cli::command::{
    CompletionsArgs, DiffArgs, ExportArgs, GraphArgs, ListArgs, PathArgs, PlanArgs, SearchArgs,
    ShowArgs, SkillArgs, ValidateArgs,
};
use ladder::cli::{Command, Format, Sub};
use ladder::commands;
use ladder::file::Origin;
use ladder::output::{self, Style};

const PLAIN: Style = Style {
    color: false,
    width: 80,
};

/// `command` on the ladder from `origin`, rendered in `format`.
fn render(origin: &Origin, command: &Command, format: Format, style: &Style) -> String {
    let mut held = commands::Held::default();
    let report = commands::run(command, origin, &mut held).expect("the command answers");
    output::render(&report, format, style)
        .expect("the report renders")
        .into_owned()
}

fn builtin(command: &Command, format: Format) -> String {
    render(&Origin::Builtin, command, format, &PLAIN)
}

fn pair(from: &str, to: &str) -> (String, String) {
    (from.to_string(), to.to_string())
}

/// Every view of the built-in ladder, by name.
fn views() -> Vec<(&'static str, Command)> {
    let (from, to) = pair("em", "director");
    let diff = Command::Diff(Sub::new(DiffArgs { from, to }));
    let (from, to) = pair("senior", "vp");
    let path = Command::Path(Sub::new(PathArgs { from, to }));
    let (from, to) = pair("tech-lead", "em");
    let plan = Command::Plan(Sub::new(PlanArgs { from, to }));
    vec![
        ("list", Command::List(Sub::new(ListArgs { track: None }))),
        (
            "show",
            Command::Show(Sub::new(ShowArgs { level: "em".into() })),
        ),
        ("diff", diff),
        ("path", path),
        (
            "search",
            Command::Search(Sub::new(SearchArgs {
                terms: vec!["code".into(), "review".into()],
            })),
        ),
        (
            "skill",
            Command::Skill(Sub::new(SkillArgs {
                skill: Some("coaching".into()),
            })),
        ),
        (
            "catalogue",
            Command::Skill(Sub::new(SkillArgs { skill: None })),
        ),
        ("graph", Command::Graph(Sub::new(GraphArgs {}))),
        ("plan", plan),
        ("export", Command::Export(Sub::new(ExportArgs {}))),
    ]
}

#[test]
fn every_view_in_the_terminal_layout() {
    for (name, command) in views() {
        insta::assert_snapshot!(format!("terminal_{name}"), builtin(&command, Format::Table));
    }
}

#[test]
fn every_view_in_the_markdown_layout() {
    for (name, command) in views() {
        insta::assert_snapshot!(
            format!("markdown_{name}"),
            builtin(&command, Format::Markdown)
        );
    }
}

#[test]
fn colour_marks_headings_keys_signs_and_matches() {
    let style = Style {
        color: true,
        width: 80,
    };
    let (from, to) = pair("senior-dev", "team-lead");
    let fixture = Origin::File(common::fixture(common::ACME).into());
    let diff = Command::Diff(Sub::new(DiffArgs { from, to }));
    insta::assert_snapshot!(
        "colour_diff",
        render(&fixture, &diff, Format::Table, &style)
    );
    let search = Command::Search(Sub::new(SearchArgs {
        terms: vec!["one-on".into()],
    }));
    insta::assert_snapshot!(
        "colour_search",
        render(&fixture, &search, Format::Table, &style)
    );
}

#[test]
fn problems_are_lines_in_both_layouts() {
    let files = vec![
        common::bad("many").into(),
        common::fixture(common::ACME).into(),
    ];
    let validate = || {
        Command::Validate(Sub::new(ValidateArgs {
            files: files.clone(),
        }))
    };
    let table = builtin(&validate(), Format::Table);
    let here = common::fixture("");
    // The snapshot names the files as the crate sees them, wherever it is.
    insta::assert_snapshot!("terminal_validate", table.replace(&here, ""));
    assert_eq!(builtin(&validate(), Format::Markdown), table);
}

#[test]
fn text_reports_are_the_same_in_every_format() {
    for format in [Format::Table, Format::Json, Format::Markdown] {
        let completions = Command::Completions(Sub::new(CompletionsArgs {
            shell: clap_complete::Shell::Bash,
        }));
        assert!(builtin(&completions, format).contains("complete -o nospace"));
    }
}
