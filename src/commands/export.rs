//! `ladder export`: the whole ladder as one page.

use super::show;
use crate::graph_view;
use crate::index::Index;
use crate::report::{Export, Report};

pub fn run(index: &Index) -> Report<'_> {
    Report::Export(Box::new(Export {
        ladder: &index.ladder,
        levels: (0..index.levels().len())
            .map(|level| show::view(index, level))
            .collect(),
        graph: graph_view::graph(index),
    }))
}
