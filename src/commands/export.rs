//! `ladder export`: the whole ladder as one page: an overview table, the
//! diagram and a section for each level. A document: its table format is
//! Markdown; JSON and YAML write the ladder file itself.

use serde::{Serialize, Serializer};

use super::Answer;
use super::graph::{self, Graph};
use super::shared::{Anchors, coding};
use super::show::{self, LevelView};
use crate::ladder::{CheckedLadder, Ladder};
use crate::output::anchors::{Headings, told_apart};
use crate::output::markup::{Layout, Line, Markup, Span};
use crate::output::mermaid;

/// The ladder; the page's parts are worked out when it is laid out, as JSON
/// and YAML need none of them.
#[derive(Debug)]
pub struct Export<'a> {
    pub checked: &'a CheckedLadder,
    pub ladder: &'a Ladder,
}

/// The depth of a level's heading on the page; the page's own are above it,
/// and a level's parts below.
const LEVEL_DEPTH: usize = 3;

pub fn run(ladder: &CheckedLadder) -> Export<'_> {
    Export {
        checked: ladder,
        ladder: &ladder.data,
    }
}

impl Export<'_> {
    /// Where each level's section is, as GitHub anchors the page's
    /// headings. The headings do not depend on the links: the page is laid
    /// out once for them, before it is laid out for good.
    fn anchors(&self, parts: &Parts) -> Anchors {
        let mut headings = Headings::default();
        self.page(parts, &Anchors::default(), &mut headings);
        let anchors = told_apart(headings.0.iter().map(|(_, text)| text.as_str()));
        let of_levels = (headings.0.iter().zip(anchors))
            .filter(|((depth, _), _)| *depth == LEVEL_DEPTH)
            .map(|(_, anchor)| anchor);
        Anchors(
            (parts.levels.iter().zip(of_levels))
                .map(|(view, anchor)| (view.level.id.to_string(), anchor))
                .collect(),
        )
    }
}

impl Serialize for Export<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.ladder.serialize(serializer)
    }
}

impl Layout for Export<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        let parts = Parts {
            levels: show::views(self.checked),
            graph: graph::graph(self.checked),
        };
        self.page(&parts, &self.anchors(&parts), out);
    }
}

/// What the page shows of each level, and the diagram.
struct Parts<'a> {
    levels: Vec<LevelView<'a>>,
    graph: Graph<'a>,
}

impl Export<'_> {
    /// The page, its levels' links going to `anchors`.
    fn page(&self, parts: &Parts, anchors: &Anchors, out: &mut dyn Markup) {
        let ladder = self.ladder;
        out.heading(1, &ladder.title.as_str().into());
        if let Some(summary) = &ladder.summary {
            out.paragraph(0, &summary.as_str().into());
        }
        out.heading(2, &"Overview".into());
        let links: Vec<String> = parts
            .levels
            .iter()
            .map(|view| format!("#{}", anchors.of(&view.level.id).unwrap_or_default()))
            .collect();
        let rows: Vec<Vec<Line>> = parts
            .levels
            .iter()
            .zip(&links)
            .map(|(view, anchor)| {
                let l = view.level;
                let link = Span::Link {
                    text: l.name.as_str().into(),
                    url: anchor,
                };
                vec![
                    Line::new().code(l.id.as_str()),
                    Line::new().span(link),
                    view.track.name.as_str().into(),
                    l.scope.as_str().into(),
                    coding(l.coding_share()).into(),
                    l.role.as_str().into(),
                ]
            })
            .collect();
        out.table(
            &["Id", "Level", "Track", "Scope", "Coding", "Role"],
            &rows,
            &[],
        );
        out.heading(2, &"Diagram".into());
        out.code("mermaid", &mermaid::render(&parts.graph));
        out.heading(2, &"Levels".into());
        for view in &parts.levels {
            show::layout_at(view, LEVEL_DEPTH, Some(anchors), out);
        }
        if !ladder.sources.is_empty() {
            out.heading(2, &"Sources".into());
            let sources: Vec<Line> = ladder
                .sources
                .iter()
                .map(|source| {
                    let line = Line::text(source.title.as_str());
                    match source.url.as_deref() {
                        Some(url) => line.plain(": ").span(Span::Url(url)),
                        None => line,
                    }
                })
                .collect();
            out.bullets(&sources);
        }
    }
}

impl Answer for Export<'_> {
    fn is_document(&self) -> bool {
        true
    }
}
