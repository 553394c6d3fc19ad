//! `ladder graph --format dot`: a Graphviz digraph, junior levels at the bottom,
//! tracks as clusters, lateral moves dashed.

use std::fmt::Write as _;

use super::escape::escape;
use crate::commands::graph::Graph;

pub fn render(graph: &Graph) -> String {
    let mut out =
        String::from("digraph ladder {\n    rankdir=BT;\n    node [shape=box, style=rounded];\n");
    for (t, track) in graph.tracks.iter().enumerate() {
        let _ = write!(
            out,
            "    subgraph cluster_{t} {{\n        label=\"{}\";\n",
            quoted(track.name)
        );
        for node in &track.levels {
            let _ = writeln!(
                out,
                "        \"{}\" [label=\"{}\"];",
                quoted(node.id),
                quoted(node.name)
            );
        }
        out.push_str("    }\n");
    }
    for edge in &graph.promotions {
        let _ = writeln!(
            out,
            "    \"{}\" -> \"{}\";",
            quoted(edge.from),
            quoted(edge.to)
        );
    }
    for edge in &graph.lateral {
        let (from, to) = (quoted(edge.from), quoted(edge.to));
        let _ = writeln!(
            out,
            "    \"{from}\" -> \"{to}\" [style=dashed, dir=none, constraint=false];"
        );
    }
    out.push_str("}\n");
    out
}

/// Text for a DOT quoted string: controls escaped, backslashes and quotes
/// escaped, and `&` written `&amp;`, since Graphviz reads an entity (`&lt;`,
/// `&#x41;`) in a label as the character it names.
fn quoted(text: &str) -> String {
    escape(text)
        .replace('&', "&amp;")
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
        assert_eq!(quoted("A &lt;b&gt; & C"), "A &amp;lt;b&amp;gt; &amp; C");
    }
}
