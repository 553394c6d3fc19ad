//! The arguments of the commands that publish the ladder for people who read
//! it outside a terminal: its chart, and the site.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "One column per track, each level placed by its seniority (the rank `diff` compares), the \
most senior at the top; promotions are arrows and lateral moves dashed lines; each level links to \
levels/ID.html, as a published site lays its pages out. It follows the system's dark mode.\n\n\
Examples:\n  ladder chart > ladder.svg\n  ladder --ladder ours.yaml chart > ours.svg"
)]
pub struct ChartArgs {}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Writes index.html (the chart and the levels by track), levels/ID.html for each level \
(with a chart of its skills by category), skills/ID.html for each skill, compare.html (pick two \
levels and see their diff and skill mixes; without script, the steps between neighbours, promotions first), \
ladder.json, style.css, compare.js and favicon.svg. The pages load nothing from elsewhere, follow the \
system's dark mode, fit a phone and print cleanly. Writes into a non-empty OUT_DIR only with \
--force.\n\nExamples:\n  ladder site public\n  ladder --ladder ours.yaml site public --force"
)]
pub struct SiteArgs {
    /// The directory to write the site into
    #[arg(value_name = "OUT_DIR")]
    pub out: PathBuf,
    /// Write into OUT_DIR even when it holds files
    #[arg(long)]
    pub force: bool,
}
