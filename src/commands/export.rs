//! `ladder export`: the whole ladder as one page: an overview table, the
//! diagram and a section for each level. A document: its table format is
//! Markdown; JSON and YAML write the ladder file itself.

use serde::{Serialize, Serializer};

use super::Answer;
use super::graph::{self, Graph};
use super::shared::{anchor, coding};
use super::show::{self, LevelView};
use crate::ladder::{CheckedLadder, Ladder};
use crate::output::markup::{Layout, Line, Markup, Span};
use crate::output::mermaid;

#[derive(Debug)]
pub struct Export<'a> {
    pub ladder: &'a Ladder,
    pub levels: Vec<LevelView<'a>>,
    pub graph: Graph<'a>,
}

pub fn run(ladder: &CheckedLadder) -> Export<'_> {
    Export {
        ladder: &ladder.data,
        levels: (0..ladder.levels().len())
            .map(|level| show::view(ladder, level))
            .collect(),
        graph: graph::graph(ladder),
    }
}

impl Serialize for Export<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.ladder.serialize(serializer)
    }
}

impl Layout for Export<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        let ladder = self.ladder;
        out.heading(1, &ladder.title.as_str().into());
        if let Some(summary) = &ladder.summary {
            out.paragraph(0, &summary.as_str().into());
        }
        out.heading(2, &"Overview".into());
        let anchors: Vec<String> = self
            .levels
            .iter()
            .map(|view| format!("#{}", anchor(&view.level.name, &view.level.id)))
            .collect();
        let rows: Vec<Vec<Line>> = self
            .levels
            .iter()
            .zip(&anchors)
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
        out.code("mermaid", &mermaid::render(&self.graph));
        out.heading(2, &"Levels".into());
        for view in &self.levels {
            show::layout_at(view, 3, out);
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
