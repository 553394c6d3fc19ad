//! A job family's `levels`: in file order, ranks of one level or of two that
//! share an id but for `-ic` and `-pm`, each rank promoted to the next.

use anyhow::{Context, bail};
use serde_json::{Map, Value};

use super::super::build::{Built, Spot, level, one_line};
use super::super::ids::slug;
use super::super::sections::{Names, told_id_and_name};
use super::super::unique::Unique;
use super::{id_and_name, own_id, unknown_keys};
use crate::file::position::Pointer;
use crate::ladder::hash::{HashMap, HashMapExt};
use crate::ladder::text::fold;
use crate::ladder::{Link, Track};

/// The names of the two tracks `-ic` and `-pm` levels make.
const IC: &str = "Individual contributor";
const PM: &str = "People manager";

/// Reads the levels into `built`, with their tracks, promotions and lateral
/// moves; returns the source's level ids and the level each is. A level
/// named as another (an `-ic` and a `-pm` level often are) is named after its
/// track too, with a warning in `warn`.
pub fn read(
    file: &str,
    top: &Map<String, Value>,
    built: &mut Built,
    warn: &mut Vec<(Pointer, String)>,
) -> anyhow::Result<HashMap<String, usize>> {
    let levels = top
        .get("levels")
        .and_then(Value::as_array)
        .context("no `levels` list: expected levels: [{id, name}, …]")?;
    if levels.is_empty() {
        bail!("`levels` is empty: expected at least one level");
    }
    // Ranks: a level and the levels beside it that share its id but for -ic/-pm.
    let mut ranks: Vec<(String, Vec<usize>)> = Vec::new();
    // The source's ids to their levels, and the ids made for them, unique.
    let mut by_source_id: HashMap<String, usize> = HashMap::new();
    let mut level_ids = Unique::default();
    // The family's own track, for levels of neither -ic nor -pm: an id and a
    // name apart from the two tracks those make.
    let family = match slug(&built.title, "family") {
        id if id == "ic" || id == "pm" => format!("{id}-family"),
        id => id,
    };
    let family_name = match [IC, PM, "ic", "pm"]
        .iter()
        .any(|n| fold(n) == fold(&built.title))
    {
        true => format!("{} (family)", built.title),
        false => built.title.clone(),
    };
    let mut names = Names::default();
    for (i, entry) in levels.iter().enumerate() {
        let (id, name) = id_and_name(entry, "levels", i, "level")?;
        let at = || Pointer::root().key("levels").index(i);
        unknown_keys(entry, &at, &["id", "name"], warn);
        let (stem, track) = match (id.strip_suffix("-ic"), id.strip_suffix("-pm")) {
            (Some(stem), _) => (stem, "ic"),
            (_, Some(stem)) => (stem, "pm"),
            _ => (id, family.as_str()),
        };
        by_source_id.insert(id.to_string(), built.levels.len());
        let track_name = match track {
            "ic" => IC,
            "pm" => PM,
            _ => family_name.as_str(),
        };
        let (made, named, told) = told_id_and_name(
            &mut names,
            ("level", || own_id(&mut level_ids, id, "level"), true),
            one_line(name),
            track_name,
        );
        if let Some(told) = told {
            warn.push((Pointer::root().key("levels").index(i).key("name"), told));
        }
        let spot = Spot::Path(Pointer::root().key("levels").index(i));
        (built.spots).insert(made.clone(), (file.to_string(), spot));
        built.levels.push(level(made, &named, track, name, ""));
        match ranks.last_mut() {
            Some((last, members)) if last == stem => members.push(i),
            _ => ranks.push((stem.to_string(), vec![i])),
        }
    }
    let count = ranks.len();
    for (r, (_, members)) in ranks.iter().enumerate() {
        for &i in members {
            built.levels[i].scope = format!("rank {} of {count}", r + 1).into();
        }
    }
    // The tracks levels are on: the family's, and those -ic and -pm make.
    let on = |track: &str| built.levels.iter().any(|l| l.track.as_str() == track);
    let tracks = [
        (family.as_str(), family_name.as_str()),
        ("ic", IC),
        ("pm", PM),
    ];
    let made: Vec<Track> = (tracks.into_iter().filter(|(id, _)| on(id)))
        .map(|(id, name)| Track {
            id: id.into(),
            name: name.into(),
            summary: None,
        })
        .collect();
    if made.iter().any(|t| t.id.as_str() != family) {
        built.inferred.push("levels whose ids end in -ic and -pm are two tracks at one rank, joined by a lateral move".into());
    }
    if on(&family) && family_name != built.title {
        let message = format!(
            "the family's name is that of a track its -ic or -pm levels make; its own track is named '{family_name}'"
        );
        warn.push((Pointer::root().key("name"), message));
    }
    built.tracks.extend(made);
    // Promotions from each rank to the next, within a track or from and to the shared one.
    for pair in ranks.windows(2) {
        for &a in &pair[0].1 {
            for &b in &pair[1].1 {
                let (ta, tb) = (built.levels[a].track.clone(), built.levels[b].track.clone());
                if ta == tb || ta.as_str() == family || tb.as_str() == family {
                    let next = built.levels[b].id.clone();
                    built.levels[a].next.push(next);
                }
            }
        }
    }
    for (_, members) in &ranks {
        if let [first, rest @ ..] = members.as_slice() {
            for &other in rest {
                let to = built.levels[other].id.clone();
                built.levels[*first].lateral.push(Link::to(to));
            }
        }
    }
    built.inferred.push("levels follow the file's order, each promoted to the next rank; a level's role is its name and its scope its rank".into());
    Ok(by_source_id)
}
