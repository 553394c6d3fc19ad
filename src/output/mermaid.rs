//! `ladder graph --format mermaid`: a Mermaid flowchart, junior levels at the
//! bottom. Nodes are named by position (`l0`, `l1`, …) so that no level id can
//! clash with Mermaid's keywords; labels carry the names.

use std::fmt::Write as _;

use super::escape::escape;
use crate::commands::graph::Graph;

pub fn render(graph: &Graph) -> String {
    let mut out = String::from("flowchart BT\n");
    for (t, track) in graph.tracks.iter().enumerate() {
        let _ = writeln!(out, "    subgraph t{t}[\"{}\"]", label(track.name));
        for node in &track.levels {
            let _ = writeln!(out, "        l{}[\"{}\"]", node.index, label(node.name));
        }
        out.push_str("    end\n");
    }
    for edge in &graph.promotions {
        let _ = writeln!(out, "    l{} --> l{}", edge.ends.0, edge.ends.1);
    }
    for edge in &graph.lateral {
        let _ = writeln!(out, "    l{} -.- l{}", edge.ends.0, edge.ends.1);
    }
    out
}

/// Text for a quoted Mermaid label: controls escaped, line breaks folded, and the
/// characters Mermaid reads as markup written as entity codes.
fn label(text: &str) -> String {
    let mut out = String::new();
    for c in escape(text).chars() {
        match c {
            '"' => out.push_str("#quot;"),
            // An entity (`&lt;`, `&#x41;`) would be drawn as the character
            // it names.
            '&' => out.push_str("#amp;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            // A label in backticks is a Markdown string, drawn formatted.
            '`' => out.push_str("#96;"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cannot_close_their_quotes() {
        assert_eq!(
            label("a \"b\" <c> #1\nd"),
            "a #quot;b#quot; #lt;c#gt; #35;1 d"
        );
        assert_eq!(label("`**bold**`"), "#96;**bold**#96;");
        assert_eq!(label("A &lt;b&gt; & C"), "A #amp;lt;b#amp;gt; #amp; C");
    }
}
