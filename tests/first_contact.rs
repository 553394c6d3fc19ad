//! What a new user meets: output that says nothing it does not know, and
//! leaves out what is empty.

mod common;

use common::{ACME, fixture, stdout};

#[test]
fn a_range_neither_level_records_is_not_called_unchanged() {
    let out = stdout(&["diff", "senior", "staff"]);
    assert!(out.contains("Recorded on neither level: span\n"), "{out}");
    assert!(!out.contains("Unchanged: span"), "{out}");
    let out = stdout(&["diff", "director", "vp"]);
    assert!(
        out.contains("Recorded on neither level: coding, span\n"),
        "{out}"
    );
    let same = stdout(&["diff", "em", "em"]);
    assert!(
        same.contains("Unchanged: role, scope, coding, span, track"),
        "{same}"
    );
}

#[test]
fn a_one_step_route_has_no_totals() {
    let one = stdout(&["path", "senior", "tech-lead"]);
    assert!(!one.contains("Totals"), "{one}");
    let two = stdout(&["path", "senior", "em"]);
    assert!(two.contains("\nTotals\n"), "{two}");
}

#[test]
fn empty_sections_are_left_out() {
    let acme = fixture(ACME);
    // A plan that goes nowhere enters no level, so it has no pitfall or shift.
    let plan = stdout(&["--ladder", &acme, "plan", "dev", "dev"]);
    assert!(
        !plan.contains("None recorded") && !plan.contains("Pitfalls to avoid"),
        "{plan}"
    );
    assert!(
        !plan.contains("No step on the route") && !plan.contains("The shift, step by step"),
        "{plan}"
    );
    // Its developer level has no responsibility with a detail.
    let show = stdout(&["--ladder", &acme, "show", "dev"]);
    assert!(
        show.contains(" RESPONSIBILITY\n") && !show.contains("DETAIL"),
        "{show}"
    );
}

#[test]
fn tracks_are_found_like_levels() {
    let by_name = common::json(&["list", "--track", "  MANAGEMENT "]);
    assert!(
        by_name
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["track"] == "management")
    );
    let stderr = common::failure(["list", "--track", "managment"]);
    assert_eq!(
        stderr,
        "error: no track 'managment' in the built-in ladder; did you mean 'management'? \
         (known: ic, management)\n"
    );
    // So two tracks may not share a name, or one's name be another's id.
    let path = common::acme_with("tracks.yaml", &[("name: Advisory}", "name: \" ENG\"}")]);
    let report = common::problems_found(common::ladder().arg("validate").arg(&path));
    assert!(
        report.contains("tracks[2].name: track name ' ENG' of track 'advice' is already the id or name of track 'eng'"),
        "{report}"
    );
}

#[test]
fn an_error_about_a_file_from_the_environment_says_so() {
    let stderr = common::failed(common::ladder().env("LADDER_FILE", "nope.yaml").arg("list"));
    assert!(
        stderr.starts_with("error: LADDER_FILE=nope.yaml: cannot read the ladder: "),
        "{stderr}"
    );
    // The environment never names standard input: a script's is not its ladder.
    let stderr = String::from_utf8(
        common::ladder()
            .arg("list")
            .env("LADDER_FILE", "-")
            .write_stdin("schema: 1\n")
            .assert()
            .code(1)
            .stdout("")
            .get_output()
            .stderr
            .clone(),
    )
    .unwrap();
    assert_eq!(
        stderr,
        "error: LADDER_FILE=-: standard input is read only when the command line names it; give `--ladder -` instead\n"
    );
    let acme = fixture(ACME);
    let out = common::ladder()
        .env("LADDER_FILE", &acme)
        .args(["show", "zzz"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8(out).unwrap();
    assert!(
        stderr.contains(&format!("in '{acme}' (from LADDER_FILE)")),
        "{stderr}"
    );
}

/// Among routes of equal length, the one with the fewest lateral moves and
/// steps down wins: a promotion is what a person climbing the ladder takes.
#[test]
fn routes_prefer_promotions() {
    let text = "schema: 1
title: T
tracks: [{id: t, name: T}]
skills: [{id: s, name: S, category: technical}]
levels:
  - {id: a, name: A, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], next: [b, c]}
  - {id: b, name: B, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], lateral: [d]}
  - {id: c, name: C, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s], next: [d]}
  - {id: d, name: D, track: t, role: r, scope: x, responsibilities: [{id: d, name: D}], skills: [s]}
";
    let path = common::file("promotions.yaml", text.as_bytes());
    let path = path.to_str().unwrap();
    let route = common::json(&["--ladder", path, "path", "a", "d"]);
    let steps: Vec<(&str, &str)> = route["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["to"]["id"].as_str().unwrap(),
                s["direction"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(steps, [("c", "up"), ("d", "up")]);
    let diff = common::json(&["--ladder", path, "diff", "a", "d"]);
    assert_eq!(diff["path"], serde_json::json!(["a", "c", "d"]));
}

/// Each command takes exactly the formats it writes, names them in its help,
/// and reads their names in any case.
#[test]
fn each_command_takes_the_formats_it_writes() {
    let help = common::stdout(&["graph", "--help"]);
    for format in ["mermaid", "dot", "markdown", "json", "yaml"] {
        assert!(help.contains(&format!("- {format}:")), "{format}: {help}");
    }
    assert!(
        help.contains("[default: mermaid]") && !help.contains("- table:"),
        "{help}"
    );
    let help = common::stdout(&["show", "--help"]);
    assert!(
        help.contains("- markdown:") && !help.contains("- mermaid:"),
        "{help}"
    );
    assert!(!common::stdout(&["man", "--help"]).contains("--format"));
    for (args, writes) in [
        (&["graph", "--format", "table"][..], "invalid value 'table'"),
        (
            &["validate", "--format", "markdown"],
            "invalid value 'markdown'",
        ),
        (
            &["--format", "table", "plan", "em", "director"],
            "use markdown, json or yaml",
        ),
        (
            &["man", "--format", "json"],
            "`ladder man` writes; it takes no --format",
        ),
        (
            &["completions", "bash", "--format", "json"],
            "it takes no --format",
        ),
    ] {
        let stderr = common::usage_error(args);
        assert!(stderr.contains(writes), "{args:?}: {stderr}");
    }
    assert_eq!(
        common::stdout(&["list", "--format", "JSON"]),
        common::stdout(&["list", "-f", "json"])
    );
    let yaml = common::stdout(&["schema", "--format", "yaml"]);
    let schema: serde_json::Value = ladder::file::yaml::parse(&yaml).unwrap();
    let json: serde_json::Value = serde_json::from_str(&common::stdout(&["schema"])).unwrap();
    assert_eq!(schema, json);
}

/// A category reads the same wherever a document names it.
#[test]
fn categories_are_written_alike_in_every_document() {
    let plan = common::stdout(&["plan", "tech-lead", "em"]);
    let export = common::stdout(&["export"]);
    assert!(plan.contains("### Relational\n"), "{plan}");
    assert!(export.contains("- **Relational:** ") && !export.contains("- **relational:**"));
}

/// Markdown names levels, and links them within a page: a level id is code
/// only where the id itself is the point (the overview's Id column and the
/// heading that gives each level's id), on any ladder.
#[test]
fn markdown_names_levels_where_a_name_belongs() {
    for (ladder, first, last) in [
        (None, "senior", "cto"),
        (Some(fixture(ACME)), "dev", "head"),
    ] {
        let with = |args: &[&str]| {
            let mut all: Vec<&str> = ladder
                .iter()
                .flat_map(|l| ["--ladder", l.as_str()])
                .collect();
            all.extend_from_slice(args);
            stdout(&all)
        };
        let list = common::json(&match &ladder {
            Some(l) => vec!["--ladder", l.as_str(), "list"],
            None => vec!["list"],
        });
        let ids: Vec<String> = common::ids(&list).into_iter().map(str::to_owned).collect();
        let export = with(&["export"]);
        let plan = with(&["plan", first, last]);
        let path = with(&["path", first, last, "--format", "markdown"]);
        let diff = with(&["diff", first, last, "--format", "markdown"]);
        let documents = [
            ("export", &export),
            ("plan", &plan),
            ("path", &path),
            ("diff", &diff),
        ];
        for (name, text) in documents {
            let prose = text
                .lines()
                .filter(|line| !line.starts_with("| `") && !line.starts_with("### "));
            for line in prose {
                for id in &ids {
                    assert!(
                        !line.contains(&format!("`{id}`")),
                        "{name}: `{id}` in {line}"
                    );
                }
            }
        }
    }
}

/// `ladder` with `COLUMNS` set to `width`.
fn at_width(width: &str, args: &[&str]) -> String {
    let out = common::ladder()
        .env("COLUMNS", width)
        .args(args)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// Where columns do not fit, a table becomes one block a row, and no word is
/// broken: every word of the table's text is whole on some line.
#[test]
fn narrow_terminals_stack_tables_instead_of_crushing_them() {
    for args in [
        &["list"][..],
        &["skill"],
        &["diff", "em", "director"],
        &["show", "em"],
    ] {
        let out = at_width("40", args);
        for line in out.lines() {
            let one_word = line.split_whitespace().count() == 1;
            assert!(line.chars().count() <= 40 || one_word, "{args:?}: {line:?}");
        }
        // Narrower still, a word too long for what is left of a line after its
        // label stands alone; none is cut.
        for width in ["30", "20"] {
            let out = at_width(width, args);
            assert!(
                !out.contains("Seni\n") && !out.lines().any(|l| l.trim() == "or"),
                "{width} {args:?}"
            );
        }
    }
    let narrow = at_width("40", &["list"]);
    assert!(narrow.contains(" Name    Senior Engineer\n"), "{narrow}");
    // Too narrow for a value beside its key, each value goes under its key,
    // with the room to keep its words whole; a word cut at all is cut after
    // a hyphen.
    for width in ["24", "20"] {
        let show = at_width(width, &["show", "em"]);
        assert!(show.contains(" Responsibility\n   One-on-ones\n"), "{show}");
        // A word still too long is cut after its hyphen.
        let director = at_width("20", &["show", "director"]);
        assert!(
            director.contains("\n   Cross-\n   departmental\n"),
            "{director}"
        );
        assert!(show.contains("difficulties"), "{show}");
        let most: usize = width.parse().unwrap();
        for line in show.lines() {
            let one_word = line.split_whitespace().count() == 1;
            assert!(
                line.chars().count() <= most || one_word,
                "{width}: {line:?}"
            );
        }
    }
    assert_eq!(
        at_width("0", &["list"]),
        at_width("80", &["list"]),
        "COLUMNS=0 is unset"
    );
}

/// A table stacked one block a row cuts a word too long for its value's room
/// into pieces a line each, with no blank put inside it, and leaves a run of
/// Japanese to the wrapper, which puts no blank inside it either.
#[test]
fn stacked_tables_put_no_blank_inside_a_long_word() {
    let long = "Supercalifragilisticexpialidociousness";
    // An address glued to Japanese is cut as a long word would be.
    let japanese = "APIを使うサービスの設計とレビューを行い、運用を改善します。詳細はhttps://example.com/a/very/long/path/index.htmlを参照。";
    let text = std::fs::read_to_string(common::fixture("data/ladder.yaml")).unwrap();
    let (at, _) = text
        .match_indices("      detail: ")
        .next()
        .expect("a detail");
    let end = at + text[at..].find('\n').unwrap();
    let text = format!(
        "{}      detail: a {long} b {japanese}{}",
        &text[..at],
        &text[end..]
    );
    let path = common::file("long-word.yaml", text.as_bytes());
    let level = text[..at]
        .rfind("\n  - id: ")
        .map(|i| &text[i + 9..])
        .unwrap();
    let level = &level[..level.find('\n').unwrap()];
    let mut stacked = 0;
    for width in 20..=40 {
        let out = at_width(
            &width.to_string(),
            &["--ladder", path.to_str().unwrap(), "show", level],
        );
        // Beside its key, or under it on the narrowest terminals.
        let Some(from) = out.find(" Detail ").or_else(|| out.find(" Detail\n")) else {
            continue;
        };
        stacked += 1;
        let block: Vec<&str> = out[from..].lines().take_while(|l| !l.is_empty()).collect();
        let value: Vec<&str> = (block.iter().enumerate())
            .take_while(|(i, l)| *i == 0 || l.starts_with("   "))
            .map(|(_, l)| l.trim_start_matches(" Detail").trim())
            .filter(|l| !l.is_empty())
            .collect();
        // The long word starts a line, and each piece of it but the last
        // has a line of its own, with no blank in it.
        let first = (value.iter())
            .position(|l| l.len() > 4 && long.starts_with(l.split(' ').next().unwrap_or("")))
            .unwrap_or_else(|| panic!("{width}: no line starts the word in {value:?}"));
        let (mut joined, mut lines) = (String::new(), 0);
        for line in &value[first..] {
            if joined.len() >= long.len() {
                break;
            }
            joined.push_str(line.split(' ').next().unwrap_or(""));
            lines += 1;
        }
        assert!(lines > 1, "{width}: one line holds the word in {value:?}");
        for line in &value[first..first + lines - 1] {
            assert!(!line.contains(' '), "{width}: {line:?} in {value:?}");
        }
        assert!(joined.starts_with(long), "{width}: {value:?}");
        assert!(value.concat().contains(long), "{width}: {value:?}");
        assert!(value.concat().contains(japanese), "{width}: {value:?}");
        let room = value.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(room < 30, "{width}: a line of {room} in {value:?}");
    }
    assert!(stacked > 10, "the table was stacked at {stacked} widths");
}

/// Prose stops at a readable measure on a wide terminal.
#[test]
fn wide_terminals_keep_prose_to_a_readable_measure() {
    let out = at_width("200", &["show", "em"]);
    let summary = out
        .lines()
        .find(|l| l.starts_with("The first formal"))
        .expect("the summary");
    assert!(summary.chars().count() <= 100, "{summary}");
}

/// The tables of one output line up: `list` gives each track's table the same
/// columns, at every width that does not stack them, on any ladder.
#[test]
fn tables_in_one_output_are_as_wide_as_each_other() {
    let acme = fixture(ACME);
    // A column that keeps its content's width (the scope) wider than a
    // narrow terminal leaves room for.
    let wide = std::fs::read_to_string(common::fixture("data/ladder.yaml"))
        .unwrap()
        .replacen(
            "scope: project",
            "scope: a scope described at very great length so that its column is wide",
            1,
        );
    let wide = common::file("wide-scope.yaml", wide.as_bytes());
    let wide = wide.to_str().unwrap();
    for width in ["200", "120", "100", "80", "70"] {
        for args in [
            vec!["list"],
            vec!["--ladder", acme.as_str(), "list"],
            vec!["--ladder", wide, "list"],
        ] {
            let out = at_width(width, &args);
            let rules: Vec<usize> = out
                .lines()
                .filter(|l| l.starts_with('─'))
                .map(|l| l.chars().count())
                .collect();
            // Lined up, or all stacked.
            let stacked = !out.contains(" ID ");
            assert!(rules.len() >= 2 || stacked, "{width}: {out}");
            assert!(
                rules.iter().all(|&r| r == rules[0]),
                "{width}: {rules:?}\n{out}"
            );
            let limit: usize = width.parse().unwrap();
            assert!(
                out.lines().all(|l| l.chars().count() <= limit),
                "{width}:\n{out}"
            );
            let headers: Vec<&str> = out.lines().filter(|l| l.starts_with(" ID ")).collect();
            assert!(
                headers.iter().all(|h| *h == headers[0]),
                "{width}: {headers:?}"
            );
        }
    }
}

/// The words of one shell command: blanks split, quotes group.
fn words(line: &str) -> Vec<String> {
    let (mut out, mut word, mut quote, mut any) = (Vec::new(), String::new(), None, false);
    for c in line.chars() {
        match (quote, c) {
            (None, '"' | '\'') => (quote, any) = (Some(c), true),
            (Some(q), c) if c == q => quote = None,
            (None, ' ') => {
                if any {
                    out.push(std::mem::take(&mut word));
                }
                any = false;
            }
            (_, c) => (word.push(c), any = true).1,
        }
    }
    if any {
        out.push(word);
    }
    out
}

#[test]
fn every_example_in_the_help_runs() {
    let top = stdout(&["--help"]);
    let commands: Vec<&str> = (top.lines())
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        // A command's line; a description wrapped on goes deeper.
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.contains(&"skill"), "{top}");
    // Every help: ladder's own, each subcommand's, and assess init's.
    let mut helps = vec![top.clone(), stdout(&["assess", "init", "--help"])];
    helps.extend(commands.iter().map(|command| stdout(&[command, "--help"])));
    let mut examples = Vec::new();
    for help in &helps {
        // Each example is one line, whole, to copy: none wrapped at 80.
        let wrapped = (help.lines().skip_while(|l| *l != "Examples:").skip(1))
            .find(|l| !l.is_empty() && !l.contains("ladder "));
        assert!(wrapped.is_none(), "{wrapped:?} in\n{help}");
        let lines = help.lines().skip_while(|l| *l != "Examples:");
        examples.extend(lines.filter_map(|l| l.strip_prefix("  ladder ")).map(|l| {
            // The command itself: not what a pipe or a redirection does with
            // it, nor the words that say what it does (ladder's own help).
            let l = l.split("  ").next().unwrap();
            l.split(['|', '>']).next().unwrap().trim().to_string()
        }));
    }
    assert!(examples.len() > 40, "{examples:?}");
    let dir = std::env::temp_dir().join(format!("ladder-help-{}", std::process::id()));
    let mut ran = 0;
    for example in &examples {
        // What the examples read from elsewhere: a git revision, a framework's
        // files, files a shell glob finds, a directory at home.
        if ["main:", "import ", "*", "~"]
            .iter()
            .any(|s| example.contains(s))
        {
            continue;
        }
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // The files the examples read, made as a user would make them, unless
        // the example is the one that makes them.
        if !example.starts_with("init") && !example.starts_with("assess init") {
            let ours = stdout(&["init"]);
            for name in ["ours.yaml", "old.yaml", "new.yaml"] {
                std::fs::write(dir.join(name), &ours).unwrap();
            }
            (common::ladder().current_dir(&dir))
                .args([
                    "assess", "init", "--level", "em", "--target", "director", "me.yaml",
                ])
                .assert()
                .success();
            std::fs::copy(dir.join("me.yaml"), dir.join("me-2026-06.yaml")).unwrap();
        }
        let out = common::ladder()
            .current_dir(&dir)
            .args(words(example))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "`ladder {example}` failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        ran += 1;
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(ran > 30, "only {ran} of {} examples ran", examples.len());
}

#[test]
fn every_named_choice_is_read_in_any_case() {
    for args in [
        &["--color", "ALWAYS", "list"][..],
        &["list", "--format", "JSON"],
        &["schema", "Assessment"],
        &["man", "SHOW"],
        &["completions", "Bash"],
        &["init", "--from", "BUILTIN"],
        &[
            "changes",
            "data/ladder.yaml",
            "data/ladder.yaml",
            "--fail-on",
            "Breaking",
        ],
        &[
            "import",
            "--from",
            "Markdown-Matrix",
            "tests/fixtures/import/matrix/backend.md",
        ],
    ] {
        common::ladder()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(args)
            .assert()
            .success();
    }
}

/// A lateral move is one pair, whichever of the two declares it: `show` of
/// either level names the other (acme declares it on `principal` only).
#[test]
fn a_lateral_move_shows_on_both_of_its_levels() {
    let acme = fixture(ACME);
    for (level, peer, name) in [
        ("principal", "head", "Head of Engineering"),
        ("head", "principal", "Principal Architect"),
    ] {
        let out = stdout(&["--ladder", &acme, "show", level]);
        let line = out.lines().find(|l| l.trim_start().starts_with("Lateral"));
        assert_eq!(
            line.map(|l| l.split_whitespace().collect::<Vec<_>>()),
            Some(vec!["Lateral", peer]),
            "{out}"
        );
        let markdown = stdout(&["--ladder", &acme, "show", level, "-f", "markdown"]);
        assert!(
            markdown.contains(&format!("- **Lateral:** {name}\n")),
            "{markdown}"
        );
    }
}

/// Columns line up by the terminal columns their text takes: two for a CJK
/// character or an emoji, as terminals draw them.
#[test]
fn wide_characters_keep_table_columns_in_line() {
    use unicode_width::UnicodeWidthStr;
    let ladder = "schema: 1\ntitle: CJK\ntracks: [{id: t, name: Team}]\nskills:\n  - {id: a, name: 会話, category: relational}\n  - {id: b, name: Coding, category: technical}\n  - {id: c, name: \"Plan 📅\", category: organizational}\nlevels:\n  - {id: one, name: 運用エンジニア, track: t, role: Runs., scope: サービス, responsibilities: [{id: r, name: オンコール対応}], skills: [b], next: [two]}\n  - {id: two, name: Lead, track: t, role: Leads., scope: team, responsibilities: [{id: r, name: オンコール対応}, {id: q, name: Budget}], skills: [a, b, c]}\n";
    let run = |args: &[&str]| {
        let out = common::ladder()
            .args(["--ladder", "-"])
            .args(args)
            .write_stdin(ladder)
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    // Where on its line (in columns) each of `words` starts.
    let starts = |out: &str, words: &[&str]| -> Vec<usize> {
        words
            .iter()
            .map(|w| {
                let line = out.lines().find(|l| l.contains(w)).unwrap();
                line[..line.find(w).unwrap()].width()
            })
            .collect()
    };
    let diff = run(&["diff", "one", "two"]);
    let categories = starts(
        &diff,
        &["CATEGORY", "Relational", "Organizational", "Technical"],
    );
    assert!(
        categories.windows(2).all(|w| w[0] == w[1]),
        "{categories:?}\n{diff}"
    );
    let to = starts(&diff, &["TO", "Leads.", "team"]);
    assert!(to.windows(2).all(|w| w[0] == w[1]), "{to:?}\n{diff}");
    let list = run(&["list"]);
    let scopes = starts(&list, &["SCOPE", "サービス", "team"]);
    assert!(
        scopes.windows(2).all(|w| w[0] == w[1]),
        "{scopes:?}\n{list}"
    );
    // A long cell of wide characters is wrapped to the width, and keys in a
    // wide script (a category's name) keep their values in line.
    let long =
        "새로운 기능을 설계하고 구현하며 테스트와 배포까지 책임지고 팀의 개발 속도를 높입니다";
    let wide = ladder
        .replace("name: Budget}", &format!("name: Budget, detail: {long}}}"))
        .replace(
            "skills:\n",
            "categories: [{id: relational, name: 対人関係}, {id: technical, name: 技術}, {id: organizational, name: 組織}]\nskills:\n",
        );
    let out = common::ladder()
        .env("COLUMNS", "80")
        .args(["--ladder", "-", "show", "two"])
        .write_stdin(wide)
        .assert()
        .success();
    let show = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(show.lines().all(|l| l.width() <= 80), "{show}");
    // Emoji with a presentation selector take two columns each, together.
    let hearts = ladder.replace(
        "name: Budget}",
        "name: Budget, detail: ❤️❤️❤️❤️❤️❤️ ❤️❤️❤️❤️❤️❤️}",
    );
    for columns in ["30", "40", "50"] {
        let out = common::ladder()
            .env("COLUMNS", columns)
            .args(["--ladder", "-", "show", "two"])
            .write_stdin(hearts.clone())
            .assert()
            .success();
        let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        let most: usize = columns.parse().unwrap();
        assert!(out.lines().all(|l| l.width() <= most), "{columns}:\n{out}");
    }
    let values = starts(&show, &["会話", "Plan"]);
    let technical = show.lines().find(|l| l.contains("技術")).unwrap();
    let coding = technical[..technical.find("Coding").unwrap()].width();
    assert!(
        values.iter().all(|&v| v == coding),
        "{values:?} {coding}\n{show}"
    );
}

/// A level with no skills says so under its Skills heading, rather than
/// leaving the heading empty.
#[test]
fn a_level_without_skills_says_so() {
    let ladder = "schema: 1\ntitle: N\ntracks: [{id: t, name: T}]\nskills: []\nlevels:\n  - {id: a, name: A, track: t, role: r, scope: s, responsibilities: [{id: d, name: D}], skills: []}\n";
    for format in ["table", "markdown"] {
        let out = common::ladder()
            .args(["--ladder", "-", "show", "a", "-f", format])
            .write_stdin(ladder)
            .assert()
            .success();
        let out = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        assert!(
            out.trim_end().ends_with("None recorded for this level."),
            "{format}: {out}"
        );
    }
}
