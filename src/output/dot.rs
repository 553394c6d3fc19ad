//! `ladder graph --format dot`: a Graphviz digraph, junior levels at the bottom,
//! tracks as clusters, lateral moves dashed.

use super::text::escape;
use crate::graph_view::Graph;

pub fn render(graph: &Graph) -> String {
    let mut out =
        String::from("digraph ladder {\n    rankdir=BT;\n    node [shape=box, style=rounded];\n");
    for (t, track) in graph.tracks.iter().enumerate() {
        out.push_str(&format!(
            "    subgraph cluster_{t} {{\n        label=\"{}\";\n",
            quoted(track.name)
        ));
        for node in &track.levels {
            out.push_str(&format!(
                "        \"{}\" [label=\"{}\"];\n",
                quoted(node.id),
                quoted(node.name)
            ));
        }
        out.push_str("    }\n");
    }
    for edge in &graph.promotions {
        out.push_str(&format!(
            "    \"{}\" -> \"{}\";\n",
            quoted(edge.from),
            quoted(edge.to)
        ));
    }
    for edge in &graph.lateral {
        let (from, to) = (quoted(edge.from), quoted(edge.to));
        out.push_str(&format!(
            "    \"{from}\" -> \"{to}\" [style=dashed, dir=none, constraint=false];\n"
        ));
    }
    out.push_str("}\n");
    out
}

/// Text for a DOT quoted string: controls escaped, backslashes and quotes escaped.
fn quoted(text: &str) -> String {
    escape(text)
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_cannot_close_their_quotes() {
        assert_eq!(quoted("a \"b\" \\ c"), "a \\\"b\\\" \\\\ c");
        assert_eq!(quoted("x\u{1b}"), "x\\\\u{1b}");
    }
}
