//! `ladder graph --format mermaid`: a Mermaid flowchart, junior levels at the
//! bottom. Nodes are named by position (`l0`, `l1`, …) so that no level id can
//! clash with Mermaid's keywords; labels carry the names.

use super::text::escape;
use crate::graph_view::Graph;

pub fn render(graph: &Graph) -> String {
    let mut out = String::from("flowchart BT\n");
    for (t, track) in graph.tracks.iter().enumerate() {
        out.push_str(&format!("    subgraph t{t}[\"{}\"]\n", label(track.name)));
        for node in &track.levels {
            out.push_str(&format!(
                "        l{}[\"{}\"]\n",
                node.index,
                label(node.name)
            ));
        }
        out.push_str("    end\n");
    }
    for edge in &graph.promotions {
        out.push_str(&format!("    l{} --> l{}\n", edge.ends.0, edge.ends.1));
    }
    for edge in &graph.lateral {
        out.push_str(&format!("    l{} -.- l{}\n", edge.ends.0, edge.ends.1));
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
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
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
    }
}
