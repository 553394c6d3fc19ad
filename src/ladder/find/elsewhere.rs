//! A name that is no thing of the kind looked for but one of another kind in
//! the ladder (`ladder show coaching`, a skill; `list --track em`, a level):
//! said so, with the command that takes it, instead of a list of near misses.

use super::super::checked::CheckedLadder;
use super::super::text::fold;
use super::Place;

/// The kinds of thing a command line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Level,
    Skill,
    Track,
}

/// What `name` is in `place` instead of a `wanted`, and where to take it,
/// when it names a level, a skill, a track or a responsibility of `ladder`.
pub fn elsewhere(
    ladder: &CheckedLadder,
    name: &str,
    wanted: Kind,
    place: &dyn Place,
) -> Option<String> {
    let ladder_on = place.ladder();
    let kind = match wanted {
        Kind::Level => "a level",
        Kind::Skill => "a skill",
        Kind::Track => "a track",
    };
    if wanted != Kind::Level
        && let Some(level) = ladder.find_level(name).map(|l| ladder.level(l))
    {
        let (id, track) = (&level.id, &level.track);
        return Some(format!(
            "'{name}' is a level in {place}, not {kind}: `{ladder_on} show {id}` shows it, and `{ladder_on} list --track {track}` its track"
        ));
    }
    if wanted != Kind::Skill
        && let Some(skill) = ladder.find_skill(name)
    {
        let id = &skill.id;
        return Some(format!(
            "'{name}' is a skill in {place}, not {kind}: `{ladder_on} skill {id}` lists the levels that ask for it"
        ));
    }
    let folded = fold(name);
    if wanted != Kind::Track
        && let Some(track) =
            (ladder.tracks().iter()).find(|t| t.id.as_str() == folded || fold(&t.name) == folded)
    {
        let id = &track.id;
        return Some(format!(
            "'{name}' is a track in {place}, not {kind}: `{ladder_on} list --track {id}` lists its levels"
        ));
    }
    let duties = ladder.levels().iter().flat_map(|l| &l.responsibilities);
    let duty = (duties.clone().find(|d| d.id.as_str() == folded))
        .or_else(|| duties.clone().find(|d| fold(&d.name) == folded))?;
    // Named by its id, the responsibility is told by its name too.
    let called = match fold(&duty.name) == folded {
        true => String::new(),
        false => format!(" ({})", duty.name),
    };
    Some(format!(
        "'{name}' is a responsibility{called} in {place}, not {kind}: `{ladder_on} search` finds the levels that ask for it by its words"
    ))
}
