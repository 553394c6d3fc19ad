//! End-to-end tests of the commands that explore beyond two levels: graph, plan,
//! export, completions and man.

mod common;

use std::process::Command as Process;

use common::{fixture, json, ladder, markdown_outline, stdout};
use serde_json::Value;

/// Checks `chart` line by line against the flowchart statements `ladder graph`
/// writes, that every edge joins declared nodes and subgraphs are closed; returns
/// the number of solid and dashed edges.
fn check_mermaid(chart: &str) -> (usize, usize) {
    let mut lines = chart.lines();
    assert_eq!(lines.next(), Some("flowchart BT"));
    let (mut nodes, mut solid, mut dashed, mut open) = (Vec::new(), 0, 0, 0);
    let label_ok =
        |label: &str| !label.contains('"') && !label.contains('<') && !label.contains('\n');
    for line in lines {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("subgraph ") {
            let (id, label) = rest.split_once("[\"").expect("subgraph id[\"label\"]");
            assert!(
                id.starts_with('t')
                    && label.ends_with("\"]")
                    && label_ok(&label[..label.len() - 2]),
                "{line}"
            );
            open += 1;
        } else if line == "end" {
            open -= 1;
        } else if let Some((id, label)) = line.split_once("[\"") {
            assert!(
                id.starts_with('l') && id[1..].parse::<usize>().is_ok(),
                "{line}"
            );
            assert!(
                label.ends_with("\"]") && label_ok(&label[..label.len() - 2]),
                "{line}"
            );
            nodes.push(id.to_string());
        } else {
            let (arrow, count) = if line.contains(" --> ") {
                (" --> ", &mut solid)
            } else {
                (" -.- ", &mut dashed)
            };
            let (a, b) = line
                .split_once(arrow)
                .unwrap_or_else(|| panic!("not a flowchart statement: {line}"));
            assert!(
                nodes.contains(&a.to_string()) && nodes.contains(&b.to_string()),
                "{line}"
            );
            *count += 1;
        }
        assert!(open <= 1, "nested subgraphs");
    }
    assert_eq!(open, 0, "every subgraph ends");
    (solid, dashed)
}

#[test]
fn graph_is_a_mermaid_flowchart_by_default() {
    let chart = stdout(&["graph"]);
    assert_eq!(check_mermaid(&chart), (7, 2));
    assert!(
        chart.contains("subgraph t0[\"Individual contributor\"]")
            && chart.contains("l0[\"Senior Engineer\"]")
    );
    assert_eq!(chart, stdout(&["graph", "--format", "mermaid"]));
    let fenced = stdout(&["graph", "--format", "markdown"]);
    assert_eq!(fenced, format!("```mermaid\n{chart}```\n"));
    let acme = fixture("tests/fixtures/acme.yaml");
    assert_eq!(
        check_mermaid(&stdout(&["--ladder", &acme, "graph"])),
        (5, 1)
    );
}

#[test]
fn graph_dot_renders_with_graphviz() {
    let dot = stdout(&["graph", "--format", "dot"]);
    assert!(dot.starts_with("digraph ladder {\n    rankdir=BT;"));
    assert!(
        dot.contains("\"staff\" -> \"principal\";")
            && dot.contains("\"staff\" -> \"em\" [style=dashed, dir=none")
    );
    let Ok(mut child) = Process::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Graphviz: .ci/run installs it"
        );
        eprintln!("note: Graphviz `dot` is not installed; the DOT output was not rendered");
        return;
    };
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8(out.stdout).unwrap();
    assert!(
        svg.contains("<svg")
            && svg.contains("Director of Engineering")
            && svg.contains("cluster_1")
    );
}

#[test]
fn graph_json_lists_tracks_and_edges() {
    let g = json(&["graph"]);
    assert_eq!(g["tracks"][0]["id"], "ic");
    let ic: Vec<&str> = g["tracks"][0]["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(ic, ["senior", "staff", "principal"]);
    assert_eq!(g["promotions"].as_array().unwrap().len(), 7);
    assert_eq!(
        g["promotions"][0],
        serde_json::json!({"from": "senior", "to": "tech-lead"})
    );
    assert_eq!(
        g["lateral"],
        serde_json::json!([{"from": "staff", "to": "em"}, {"from": "principal", "to": "director"}])
    );
}

#[test]
fn diagram_formats_belong_to_graph_only() {
    let out = ladder()
        .args(["list", "--format", "dot"])
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(
            "error: --format dot draws `ladder graph` only; use table, json, yaml or markdown"
        ),
        "{stderr}"
    );
}

#[test]
fn plan_is_a_markdown_checklist() {
    let plan = stdout(&["plan", "tech-lead", "em"]);
    let (headings, _) = markdown_outline(&plan);
    assert_eq!(
        headings,
        [
            "Plan: Tech Lead (tech-lead) → Engineering Manager (em)",
            "Responsibilities to take on",
            "Skills to build",
            "Relational",
            "Organizational",
            "What to hand off",
            "Pitfalls to avoid",
            "The shift, step by step"
        ]
    );
    assert!(
        plan.contains("- [ ] **One-on-ones**: Regular one-on-one meetings"),
        "{plan}"
    );
    assert!(
        plan.contains("- [ ] Coaching\n") && plan.contains("- [ ] **Hands-on delivery**"),
        "{plan}"
    );
    assert!(
        plan.contains("- Holding on to the code instead of letting go of it. (`em`)"),
        "{plan}"
    );
    assert!(
        plan.contains("1. **Engineering Manager (`em`)**: The main skills stop being technical"),
        "{plan}"
    );
    assert_eq!(
        plan,
        stdout(&["plan", "tech-lead", "em", "--format", "markdown"])
    );
}

#[test]
fn plan_json_has_every_part() {
    let p = json(&["plan", "senior", "director"]);
    assert_eq!(
        p["path"],
        serde_json::json!(["senior", "tech-lead", "em", "director"])
    );
    assert_eq!(p["take_on"][0]["id"], "manage-managers");
    assert!(
        p["take_on"][0]["detail"]
            .as_str()
            .unwrap()
            .starts_with("Coaches and develops")
    );
    let categories: Vec<&str> = p["build"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["category"].as_str().unwrap())
        .collect();
    assert_eq!(
        categories,
        ["technical", "relational", "organizational", "business"]
    );
    assert!(
        p["hand_off"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == "write-code")
    );
    let pitfall_levels: Vec<&str> = p["pitfalls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["level"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        pitfall_levels,
        ["tech-lead", "tech-lead", "em", "em", "director"]
    );
    let steps: Vec<&str> = p["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["level"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["tech-lead", "em", "director"]);
}

#[test]
fn export_is_one_commonmark_page() {
    let page = stdout(&["export"]);
    let (headings, table) = markdown_outline(&page);
    assert!(table);
    assert_eq!(
        &headings[..4],
        ["Engineering career ladder", "Overview", "Diagram", "Levels"]
    );
    for name in [
        "Senior Engineer (senior)",
        "Engineering Manager (em)",
        "Chief Technology Officer (cto)",
    ] {
        assert!(headings.iter().any(|h| h == name), "{name} in {headings:?}");
    }
    assert_eq!(headings.last().map(String::as_str), Some("Sources"));
    let chart = page
        .split("```mermaid\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a mermaid block");
    assert_eq!(check_mermaid(chart), (7, 2));
    assert!(
        page.contains("| `em` | [Engineering Manager](#engineering-manager-em) | Management |"),
        "{page}"
    );
}

#[test]
fn export_json_and_yaml_are_ladder_files_again() {
    let dir = std::env::temp_dir();
    for format in ["json", "yaml"] {
        let text = stdout(&["export", "--format", format]);
        let path = dir.join(format!("ladder-export-{}.{format}", std::process::id()));
        std::fs::write(&path, &text).unwrap();
        let path = path.to_str().unwrap();
        ladder().args(["validate", path]).assert().success();
        assert_eq!(
            json(&["--ladder", path, "list"]),
            json(&["list"]),
            "{format}"
        );
    }
    let exported = json(&["export"]);
    assert_eq!(exported["schema"], 1);
    assert_eq!(exported["levels"].as_array().unwrap().len(), 8);
}

fn complete(script: &str, words: &[&str]) -> Vec<String> {
    let line = words.join(" ");
    let program = format!(
        "source /dev/stdin <<'SCRIPT'\n{script}\nSCRIPT\nCOMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE='{line}'; COMP_POINT={point}; \
         _ladder ladder '{current}' '{previous}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        words = words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" "),
        cword = words.len() - 1,
        point = line.len(),
        current = words[words.len() - 1],
        previous = words[words.len() - 2],
    );
    let out = Process::new("bash")
        .arg("-c")
        .arg(program)
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn bash_completion_offers_level_ids() {
    let script = stdout(&["completions", "bash"]);
    assert_eq!(complete(&script, &["ladder", "show", "d"]), ["director"]);
    let after_diff = complete(&script, &["ladder", "diff", "em", "c"]);
    assert!(
        after_diff.iter().all(|w| w == "cto") && !after_diff.is_empty(),
        "{after_diff:?}"
    );
    assert_eq!(complete(&script, &["ladder", "skill", "coa"]), ["coaching"]);
    let acme = stdout(&[
        "--ladder",
        &fixture("tests/fixtures/acme.yaml"),
        "completions",
        "bash",
    ]);
    assert_eq!(complete(&acme, &["ladder", "show", "te"]), ["team-lead"]);
}

#[test]
fn every_shell_gets_a_script() {
    // bash and zsh complete level ids; clap_complete's fish, PowerShell and elvish
    // generators complete subcommands and options but not positional values.
    for (shell, levels) in [
        ("bash", true),
        ("zsh", true),
        ("fish", false),
        ("powershell", false),
        ("elvish", false),
    ] {
        let script = stdout(&["completions", shell]);
        assert!(
            script.contains("validate") && script.contains("format"),
            "{shell}"
        );
        assert_eq!(script.contains("director"), levels, "{shell}");
    }
    ladder().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn man_prints_a_roff_page() {
    let page = stdout(&["man"]);
    assert!(
        page.contains(".TH ladder 1")
            && page.contains(".SH NAME")
            && page.contains(".SH SUBCOMMANDS"),
        "{page}"
    );
    assert!(page.contains("ladder\\-diff"), "subcommands are listed");
}

#[test]
fn json_of_every_new_command_parses() {
    for args in [
        &["graph"][..],
        &["skill"],
        &["search", "team"],
        &["path", "em", "vp"],
        &["plan", "em", "vp"],
    ] {
        let value: Value = json(args);
        assert!(!value.is_null(), "{args:?}");
    }
}
