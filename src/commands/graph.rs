//! `ladder graph`: the ladder as a diagram.

use crate::graph_view;
use crate::index::Index;
use crate::report::Report;

pub fn run(index: &Index) -> Report<'_> {
    Report::Graph(graph_view::graph(index))
}
