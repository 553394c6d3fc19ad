//! End-to-end tests of `ladder graph`: Mermaid, Graphviz DOT and JSON.

mod common;

use std::process::Command as Process;

use common::{check_mermaid, fixture, json, ladder, stdout};

#[test]
fn graph_is_a_mermaid_flowchart_by_default() {
    let chart = stdout(&["graph"]);
    assert_eq!(check_mermaid(&chart), (6, 3));
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
fn graph_dot_is_a_digraph() {
    let dot = stdout(&["graph", "--format", "dot"]);
    assert!(dot.starts_with("digraph ladder {\n    rankdir=BT;"));
    assert!(
        dot.contains("\"staff\" -> \"principal\";")
            && dot.contains("\"staff\" -> \"em\" [style=dashed, dir=none")
    );
}

/// Needs Graphviz, which `cargo test` alone does not install: `.ci/run`
/// installs it and runs the ignored tests too.
#[test]
#[ignore = "needs Graphviz (`dot`); .ci/run installs it and runs this test"]
fn graph_dot_renders_with_graphviz() {
    let graphviz = |dot: &str, format: &str| -> String {
        let mut child = Process::new("dot")
            .arg(format!("-T{format}"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("Graphviz's `dot` runs: install the graphviz package");
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
        String::from_utf8(out.stdout).unwrap()
    };
    let svg = graphviz(&stdout(&["graph", "--format", "dot"]), "svg");
    assert!(
        svg.contains("<svg")
            && svg.contains("Director of Engineering")
            && svg.contains("cluster_1")
    );
    // A name is drawn as written: an entity in it stays text.
    let name = "A &lt;b&gt; &amp; &#x41;";
    let path = common::acme_with(
        "dot-entities.yaml",
        &[("name: Developer", &format!("name: '{name}'"))],
    );
    let dot = stdout(&[
        "--ladder",
        path.to_str().unwrap(),
        "graph",
        "--format",
        "dot",
    ]);
    let plain = graphviz(&dot, "plain");
    assert!(plain.contains(&format!("\"{name}\"")), "{plain}");
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
    assert_eq!(g["promotions"].as_array().unwrap().len(), 6);
    assert_eq!(
        g["promotions"][0],
        serde_json::json!({"from": "senior", "to": "tech-lead"})
    );
    assert_eq!(
        g["lateral"],
        serde_json::json!([
            {"from": "staff", "to": "em"},
            {"from": "principal", "to": "director"},
            {"from": "vp", "to": "cto"}
        ])
    );
}

#[test]
fn diagram_formats_belong_to_graph_only() {
    // Given before the subcommand, the format is checked against it.
    let stderr = common::usage_error(["--format", "dot", "list"]);
    assert!(
        stderr.starts_with(
            "error: --format dot draws `ladder graph` only; use table, json, yaml or markdown"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("Usage: ladder list [OPTIONS]"), "{stderr}");
    // Given after it, clap refuses it and lists the formats the subcommand writes.
    let stderr = common::usage_error(["list", "--format", "dot"]);
    assert!(
        stderr.starts_with("error: invalid value 'dot' for '--format <FORMAT>'")
            && stderr.contains("[possible values: table, json, yaml, markdown]"),
        "{stderr}"
    );
}

#[test]
#[ignore = "needs xmllint and rsvg-convert; .ci/run installs them and runs this test"]
fn the_chart_is_svg_that_a_real_renderer_draws() {
    let dir = std::env::temp_dir().join(format!("ladder-chart-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // The built-in ladder, and a hostile one whose names are markup.
    let hostile = std::fs::read_to_string(fixture("tests/fixtures/acme.yaml"))
        .unwrap()
        .replace(
            "name: Developer",
            "name: \"<script>alert(1)</script> & </text>\"",
        );
    let chart = |file: Option<&str>| {
        let mut cmd = ladder();
        if let Some(text) = file {
            cmd.args(["--ladder", "-"]).write_stdin(text.to_string());
        }
        let out = cmd.arg("chart").assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    for (name, svg) in [("builtin", chart(None)), ("hostile", chart(Some(&hostile)))] {
        let path = dir.join(format!("{name}.svg"));
        std::fs::write(&path, &svg).unwrap();
        let lint = Process::new("xmllint")
            .arg("--noout")
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            lint.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&lint.stderr)
        );
        let png = dir.join(format!("{name}.png"));
        let drawn = Process::new("rsvg-convert")
            .arg(&path)
            .arg("-o")
            .arg(&png)
            .output()
            .unwrap();
        assert!(
            drawn.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&drawn.stderr)
        );
        assert!(
            std::fs::metadata(&png).unwrap().len() > 1000,
            "{name}: an image was drawn"
        );
        assert!(
            !svg.contains("<script"),
            "{name}: markup from the ladder stays text"
        );
    }
}
