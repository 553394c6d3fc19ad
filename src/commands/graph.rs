//! `ladder graph`: the ladder as a graph for diagrams: tracks as clusters,
//! promotions and lateral moves as edges. Mermaid and DOT draw it; JSON and
//! YAML list it.

use serde::Serialize;

use super::Answer;
use crate::ladder::{CheckedLadder, Move};
use crate::output::markup::{Layout, Markup};
use crate::output::mermaid;

/// `ladder graph --format json`. Field names are the JSON contract.
#[derive(Debug, Serialize)]
pub struct Graph<'a> {
    pub tracks: Vec<Cluster<'a>>,
    pub promotions: Vec<Edge<'a>>,
    /// Each lateral move once, whichever side declared it.
    pub lateral: Vec<Edge<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Cluster<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub levels: Vec<Node<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Node<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// The level's place in the ladder, which diagrams use to name the node.
    #[serde(skip)]
    pub index: usize,
    /// Its seniority: the rank `diff` compares, which the chart places it by.
    #[serde(skip)]
    pub depth: u32,
}

#[derive(Debug, Serialize)]
pub struct Edge<'a> {
    pub from: &'a str,
    pub to: &'a str,
    #[serde(skip)]
    pub ends: (usize, usize),
}

pub fn graph(ladder: &CheckedLadder) -> Graph<'_> {
    let levels = ladder.levels();
    let tracks = ladder
        .tracks()
        .iter()
        .map(|track| Cluster {
            id: &track.id,
            name: &track.name,
            levels: (0..levels.len())
                .filter(|&l| levels[l].track == track.id)
                .map(|l| Node {
                    id: &levels[l].id,
                    name: &levels[l].name,
                    index: l,
                    depth: ladder.depth(l),
                })
                .collect(),
        })
        .collect();
    let edge = |a: usize, b: usize| Edge {
        from: &levels[a].id,
        to: &levels[b].id,
        ends: (a, b),
    };
    let (mut promotions, mut lateral) = (Vec::new(), Vec::new());
    for a in 0..levels.len() {
        for &(b, step) in ladder.neighbours(a) {
            match step {
                Move::Up => promotions.push(edge(a, b)),
                Move::Across if a < b => lateral.push(edge(a, b)),
                _ => {}
            }
        }
    }
    Graph {
        tracks,
        promotions,
        lateral,
    }
}

/// In a document, the Mermaid flowchart in a fenced block.
impl Layout for Graph<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        out.code("mermaid", &mermaid::render(self));
    }
}

impl Answer for Graph<'_> {
    fn graph(&self) -> Option<&Graph<'_>> {
        Some(self)
    }
}
