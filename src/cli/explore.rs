//! The arguments of the commands that explore a ladder: list, show, diff,
//! path, search, skill, graph, plan and export.

use clap::Args;

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Examples:\n  ladder list\n  ladder list --track ic\n  ladder list --format json"
)]
pub struct ListArgs {
    /// Only the levels of this track (an id from the ladder's tracks)
    #[arg(long, value_name = "ID")]
    pub track: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "LEVEL is an id, an alias or a name, in any case.\n\nExamples:\n  ladder show em\n  ladder show \"Engineering Manager\"\n  ladder show staff --format yaml"
)]
pub struct ShowArgs {
    /// The level: id, alias or name
    pub level: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Works for any two levels, in either order, on either track.\n\nExamples:\n  ladder diff em director\n  ladder diff staff em\n  ladder diff tech-lead vp --format json"
)]
pub struct DiffArgs {
    /// The level you are at: id, alias or name
    pub from: String,
    /// The level you are looking at: id, alias or name
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Each step shows its direction, the skills and responsibilities it adds and drops, and \
the change in coding share, span and scope; forks on the way are named; a route of more than one step ends with its totals.\n\nExamples:\n  \
ladder path senior vp\n  ladder path staff director --format markdown\n  ladder path em cto --format json | jq \
'.steps[].to.id'"
)]
pub struct PathArgs {
    /// The level you start from: id, alias or name
    pub from: String,
    /// The level you want to reach: id, alias or name
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Looks at level names, roles, summaries, responsibilities, skills, shifts and pitfalls, \
ignoring case. A field matches when it contains every TERM. Exits 1 when nothing matches.\n\nExamples:\n  \
ladder search coaching\n  ladder search code review\n  ladder search budget --format json | jq '.levels[].level.id'"
)]
pub struct SearchArgs {
    /// Words to look for; a field must contain all of them
    #[arg(required = true, value_name = "TERM")]
    pub terms: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "With SKILL (an id or a name, in any case), lists the levels that need it, where it \
first appears and where it is dropped (on a promotion, or on the lateral move into a level no promotion reaches). Without, lists the skill catalogue with how many levels need each \
skill.\n\nExamples:\n  ladder skill\n  ladder skill coaching\n  ladder skill \"System design\" --format json"
)]
pub struct SkillArgs {
    /// The skill: id or name
    pub skill: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "Tracks are clusters, promotions solid edges and lateral moves dashed ones. --format \
mermaid (the default) prints a Mermaid flowchart, dot a Graphviz digraph, markdown the flowchart in a fenced \
block, json the nodes and edges.\n\nExamples:\n  ladder graph > ladder.mmd\n  ladder graph --format dot | dot \
-Tsvg > ladder.svg"
)]
pub struct GraphArgs {}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "The plan lists the responsibilities to take on, the skills to build by category, what \
to hand off, the pitfalls to avoid and the shift of each step on the route.\n\nExamples:\n  ladder plan \
tech-lead em > plan.md\n  ladder plan senior staff --format json"
)]
pub struct PlanArgs {
    /// The level you are at: id, alias or name
    pub from: String,
    /// The level you are aiming for: id, alias or name
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Args)]
#[command(
    after_help = "An overview table, the Mermaid diagram and a section for each level. --format json or \
yaml writes the ladder file itself in that format.\n\nExamples:\n  ladder export > LADDER.md\n  ladder --ladder \
ours.yaml export --format json > ours.json"
)]
pub struct ExportArgs {}
