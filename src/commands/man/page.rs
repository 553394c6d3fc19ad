//! One manual page, for `ladder` or one of its subcommands: clap_mangen writes
//! the sections clap knows (name, synopsis, options, subcommands), and this
//! file the ones it does not (description, examples, exit status, environment,
//! files, see also).

use roff::{Roff, bold, roman};

/// The examples' heading in a subcommand's `after_help`: what comes before it
/// is description, the lines after it are command lines.
const EXAMPLES: &str = "Examples:";

/// The manual page of `cmd`, a command clap has built: `ladder` itself when
/// `root`, else one of its subcommands.
pub fn page(cmd: &clap::Command, root: bool) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let man = clap_mangen::Man::new(cmd.clone()).source(format!("ladder {version}"));
    let (prose, examples) = split_after_help(cmd);

    let mut out = Vec::new();
    // clap_mangen writes into a byte vector, which cannot fail.
    let mut write = |render: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| {
        render(&mut out).expect("writing to memory")
    };
    write(&|w| man.render_title(w));
    write(&|w| man.render_name_section(w));
    write(&|w| super::synopsis::synopsis(cmd).to_writer(w));
    write(&|w| description(cmd, &prose).to_writer(w));
    if cmd.get_arguments().any(|arg| !arg.is_hide_set()) {
        write(&|w| man.render_options_section(w));
    }
    if cmd.has_subcommands() {
        write(&|w| man.render_subcommands_section(w));
    }
    let mut sections = Roff::new();
    examples_section(&mut sections, &examples);
    exit_status(&mut sections, cmd.get_name());
    // LADDER_FILE matters to a subcommand that reads a ladder, and so takes
    // --ladder (one that reads none hides it, and refuses it).
    let reads = root || (cmd.get_arguments()).any(|a| a.get_id() == "ladder" && !a.is_hide_set());
    environment(&mut sections, reads);
    files(&mut sections);
    see_also(&mut sections, cmd, root);
    write(&|w| sections.to_writer(w));
    if root {
        write(&|w| man.render_version_section(w));
    }
    once_preamble(String::from_utf8(out).expect("roff from UTF-8 text"))
}

/// The paragraphs of `cmd`'s `after_help` before its examples, and the
/// examples' lines, their indentation removed.
fn split_after_help(cmd: &clap::Command) -> (Vec<String>, Vec<String>) {
    let text = cmd.get_after_help().map(ToString::to_string);
    let text = text.unwrap_or_default();
    let (prose, examples) = match text.find(EXAMPLES) {
        Some(at) => (&text[..at], &text[at + EXAMPLES.len()..]),
        None => (text.as_str(), ""),
    };
    let paragraphs = prose
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    let lines = examples
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    (paragraphs, lines)
}

fn description(cmd: &clap::Command, prose: &[String]) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["DESCRIPTION"]);
    let about = cmd.get_long_about().or_else(|| cmd.get_about());
    roff.text([roman(about.map(ToString::to_string).unwrap_or_default())]);
    for paragraph in prose {
        roff.control("PP", []).text([roman(paragraph.as_str())]);
    }
    roff
}

/// The examples as they are typed: unfilled, so that no line is broken or
/// joined.
fn examples_section(roff: &mut Roff, examples: &[String]) {
    if examples.is_empty() {
        return;
    }
    roff.control("SH", ["EXAMPLES"]).control("nf", []);
    for line in examples {
        roff.text([roman(line.as_str())]);
    }
    roff.control("fi", []);
}

/// A titled section of tagged paragraphs: a bold tag, then its text.
fn tagged(roff: &mut Roff, title: &str, items: &[(&str, &str)]) {
    roff.control("SH", [title]);
    for (tag, text) in items {
        roff.control("TP", [])
            .text([bold(*tag)])
            .text([roman(*text)]);
    }
}

/// The exit codes, with what makes the subcommand `name` exit 1 besides a
/// failure.
fn exit_status(roff: &mut Roff, name: &str) {
    let also = match name {
        "changes" => {
            " With --exit-code, also when anything changed; with --fail-on CLASS, when a \
             change of that class or a stronger one did (breaking, then relaxing, then \
             editorial), of those --only shows: the changes are then on standard output, with no \
             error: line."
        }
        "lint" => {
            " The files lint checks are the exception: an invalid one's problems, and with \
             --deny the advice, are listed on standard output, a line each, with no error: line."
        }
        "validate" => {
            " The files validate checks are the exception: their problems are listed on \
             standard output, a line each, with no error: line."
        }
        "search" => {
            " Also when nothing matches; with --format json or yaml the empty answer is \
             printed, with no error: line."
        }
        "init" | "import" | "assess-init" => {
            " Also when FILE exists and --force is not given: it is left as it was."
        }
        "site" => " Also when OUT_DIR holds files and --force is not given.",
        _ => "",
    };
    let failure = format!(
        "Failure: an unknown level or skill, a ladder file that cannot be read or is \
         invalid, a search with no match, or output that could not be written: one line \
         starting error: on standard error says what and where.{also}"
    );
    tagged(
        roff,
        "EXIT STATUS",
        &[
            (
                "0",
                "Success: the answer was printed, every file checked was valid, the search matched.",
            ),
            ("1", &failure),
            (
                "2",
                "Usage error: an unknown subcommand or option, a missing argument, or a format \
                 the subcommand does not print.",
            ),
        ],
    );
}

/// The variables read; `LADDER_FILE` only by a subcommand that `reads` a
/// ladder.
fn environment(roff: &mut Roff, reads: bool) {
    let ladder_file = [(
        "LADDER_FILE",
        "The ladder file to read when --ladder is not given.",
    )];
    let others = [
        (
            "COLUMNS",
            "The width of table output. Without it, the terminal's width, else 80; never \
                 under 20.",
        ),
        (
            "NO_COLOR",
            "When set and not empty, --color auto does not colour.",
        ),
        ("TERM", "When dumb, --color auto does not colour."),
        (
            "LADDER_COMPLETE",
            "Set by the scripts of ladder completions when the shell asks for the words \
             to complete; not for people to set.",
        ),
    ];
    let read = if reads { &ladder_file[..] } else { &[] };
    let items: Vec<(&str, &str)> = read.iter().chain(&others).copied().collect();
    tagged(roff, "ENVIRONMENT", &items);
}

fn files(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    roff.text([roman(
        "A ladder file is YAML: its schema version, tracks, skills and levels, and the sources \
         its facts come from. ladder schema prints its JSON Schema; the README describes every \
         field and rule. Without --ladder or LADDER_FILE, ladder reads the ladder built into it. \
         A file of - is standard input.",
    )]);
}

fn see_also(roff: &mut Roff, cmd: &clap::Command, root: bool) {
    roff.control("SH", ["SEE ALSO"]);
    let mut names = vec![];
    if !root {
        names.push("ladder(1)".to_owned());
    }
    let uses = |tool: &str| {
        cmd.get_after_help()
            .is_some_and(|h| h.to_string().contains(tool))
    };
    for (tool, page) in [("jq ", "jq(1)"), ("| dot ", "dot(1)")] {
        if root || uses(tool) {
            names.push(page.to_owned());
        }
    }
    roff.text([roman(names.join(", "))]);
}

/// `text` with the apostrophe preamble that each rendered part starts with
/// written once, at the top.
fn once_preamble(text: String) -> String {
    let preamble = Roff::new().render();
    format!("{preamble}{}", text.replace(&preamble, ""))
}
