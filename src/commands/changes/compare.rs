//! The comparison of two versions of a ladder: every change, matched by id, and
//! its class for the people whose promotion depends on the ladder.
//!
//! The rule: a change is **breaking** when an existing level asks more (a duty
//! or skill added, a range set or its bottom raised, the level removed, moved
//! to another track or re-ranked within its track, a promotion or lateral move
//! taken away); **relaxing** when it asks less (a duty or skill removed, a
//! range dropped or moved without its bottom rising, a promotion or lateral
//! move added); **editorial** when no expectation of an existing level changes
//! (wording, names, sources, summaries, catalogues, new levels: what a new
//! level does to the levels around it is reported on them).

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::ladder::{CheckedLadder, CitedRange, Level, Move, Text};

/// How a change affects the people on the ladder, least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Editorial,
    Relaxing,
    Breaking,
}

impl From<crate::cli::code::FailOn> for Class {
    fn from(on: crate::cli::code::FailOn) -> Class {
        use crate::cli::code::FailOn;
        match on {
            FailOn::Breaking => Class::Breaking,
            FailOn::Relaxing => Class::Relaxing,
            FailOn::Editorial => Class::Editorial,
        }
    }
}

impl Class {
    pub const ALL: [Class; 3] = [Class::Breaking, Class::Relaxing, Class::Editorial];

    pub fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Relaxing => "relaxing",
            Class::Editorial => "editorial",
        }
    }
}

/// One change. Field names are the JSON contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub class: Class,
    /// The level it concerns; `None` for the ladder's catalogues and title.
    pub level: Option<Text>,
    /// What changed, a stable name such as `responsibility-added`.
    pub kind: &'static str,
    /// The field or the id of the item that changed.
    pub subject: Text,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// Every change from `old` to `new`: first the ladder's own fields and
/// catalogues, then each level in the new ladder's order, then the levels removed.
pub fn compare(old: &CheckedLadder, new: &CheckedLadder) -> Vec<Change> {
    let mut out = Changes(Vec::new());
    ladder_fields(&mut out, old, new);
    let old_ids: HashMap<&str, usize> = (old.levels().iter().enumerate())
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    let new_ids: HashSet<&str> = new.levels().iter().map(|l| l.id.as_str()).collect();
    let new_tracks: HashMap<&str, &str> = (new.levels().iter())
        .map(|l| (l.id.as_str(), l.track.as_str()))
        .collect();
    let same_track = |l: &Level| new_tracks.get(l.id.as_str()) == Some(&l.track.as_str());
    let old_rank = ranks(old, same_track);
    let kept: HashSet<&str> = (old.levels().iter().filter(|l| same_track(l)))
        .map(|l| l.id.as_str())
        .collect();
    let new_rank = ranks(new, |l| kept.contains(l.id.as_str()));
    let pairs = (lateral_pairs(old), lateral_pairs(new));
    for (j, level) in new.levels().iter().enumerate() {
        match old_ids.get(level.id.as_str()) {
            None => out.push(
                Class::Editorial,
                Some(&level.id),
                "level-added",
                &level.id,
                None,
                Some(level.name.to_string()),
            ),
            Some(&i) => {
                let rank = (old_rank[i], new_rank[j]);
                self::level(&mut out, old, new, (old.level(i), level), rank);
                laterals(&mut out, (old.level(i), level), &pairs, &new_ids);
            }
        }
    }
    for level in old
        .levels()
        .iter()
        .filter(|l| !new_ids.contains(l.id.as_str()))
    {
        out.push(
            Class::Breaking,
            Some(&level.id),
            "level-removed",
            &level.id,
            Some(level.name.to_string()),
            None,
        );
    }
    out.0
}

struct Changes(Vec<Change>);

impl Changes {
    fn push(
        &mut self,
        class: Class,
        level: Option<&Text>,
        kind: &'static str,
        subject: &str,
        from: Option<String>,
        to: Option<String>,
    ) {
        self.0.push(Change {
            class,
            level: level.cloned(),
            kind,
            subject: subject.into(),
            from,
            to,
        });
    }

    /// An editorial change of a text field, when it changed.
    fn text(
        &mut self,
        level: Option<&Text>,
        kind: &'static str,
        field: &str,
        from: Option<&str>,
        to: Option<&str>,
    ) {
        if from != to {
            let (from, to) = (from.map(str::to_string), to.map(str::to_string));
            self.push(Class::Editorial, level, kind, field, from, to);
        }
    }
}

/// How many levels of its track rank below a level, and a hash of which.
type Rank = (usize, u64);

/// Each level's place in its track among the levels both versions have
/// there: how many of them rank below it, and a hash of which. A level added
/// or removed moves no other level; one that trades places with another in
/// its track changes both. `None` for a level the other version lacks or
/// holds on another track (a move, reported as such).
fn ranks(ladder: &CheckedLadder, shared: impl Fn(&Level) -> bool) -> Vec<Option<Rank>> {
    let levels = ladder.levels();
    let depth = track_depths(ladder);
    let mut by_track: HashMap<&str, Vec<usize>> = HashMap::new();
    for (l, level) in levels.iter().enumerate().filter(|(_, l)| shared(l)) {
        by_track.entry(level.track.as_str()).or_default().push(l);
    }
    let mut ranks = vec![None; levels.len()];
    for members in by_track.values_mut() {
        members.sort_by_key(|&l| depth[l]);
        let (mut count, mut hash) = (0usize, 0u64);
        let mut i = 0;
        while i < members.len() {
            // Levels of one depth share the set below them.
            let at = depth[members[i]];
            let same = members[i..].iter().take_while(|&&l| depth[l] == at).count();
            for &l in &members[i..i + same] {
                ranks[l] = Some((count, hash));
            }
            for &l in &members[i..i + same] {
                count += 1;
                hash ^= id_hash(&levels[l].id);
            }
            i += same;
        }
    }
    ranks
}

/// Each level's depth in its own track: the longest chain of promotions
/// within the track that leads to it, so that nothing on another track moves
/// it. One pass in the order of the promotions.
fn track_depths(ladder: &CheckedLadder) -> Vec<u32> {
    let levels = ladder.levels();
    let within = |l: usize| {
        (ladder.neighbours(l).iter())
            .filter(move |&&(t, m)| m == Move::Up && levels[t].track == levels[l].track)
            .map(|&(t, _)| t)
    };
    let mut incoming = vec![0usize; levels.len()];
    for l in 0..levels.len() {
        for t in within(l) {
            incoming[t] += 1;
        }
    }
    let mut depth = vec![0u32; levels.len()];
    let mut ready: Vec<usize> = (0..levels.len()).filter(|&l| incoming[l] == 0).collect();
    while let Some(l) = ready.pop() {
        for t in within(l) {
            depth[t] = depth[t].max(depth[l] + 1);
            incoming[t] -= 1;
            if incoming[t] == 0 {
                ready.push(t);
            }
        }
    }
    depth
}

/// A hash of an id that is the same in both versions' runs.
fn id_hash(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The title, summary and catalogues: all editorial.
fn ladder_fields(out: &mut Changes, old: &CheckedLadder, new: &CheckedLadder) {
    let (a, b) = (old.data(), new.data());
    out.text(
        None,
        "title-changed",
        "title",
        Some(&a.title),
        Some(&b.title),
    );
    let summaries = (a.summary.as_deref(), b.summary.as_deref());
    out.text(None, "summary-changed", "summary", summaries.0, summaries.1);
    let categories = |l: &CheckedLadder| entries(l.categories(), |c| (&c.id, c.name.to_string()));
    catalogue(out, "category", &categories(old), &categories(new));
    let tracks = |l: &CheckedLadder| {
        entries(l.tracks(), |t| {
            (&t.id, with(&t.name, " — ", t.summary.as_deref()))
        })
    };
    catalogue(out, "track", &tracks(old), &tracks(new));
    let skills = |l: &CheckedLadder| {
        entries(l.skills(), |s| {
            (&s.id, format!("{} ({})", s.name, s.category))
        })
    };
    catalogue(out, "skill", &skills(old), &skills(new));
    let sources = |l: &CheckedLadder| {
        entries(l.sources(), |s| {
            (&s.id, with(&s.title, " ", s.url.as_deref()))
        })
    };
    catalogue(out, "source", &sources(old), &sources(new));
    let roles = |l: &CheckedLadder| entries(&l.data().roles, |r| (&r.id, r.name.to_string()));
    catalogue(out, "role", &roles(old), &roles(new));
    let allowed = |l: &CheckedLadder| {
        let allow = l
            .data()
            .lint
            .as_ref()
            .map(|s| s.allow.as_slice())
            .unwrap_or_default();
        (!allow.is_empty()).then(|| join(allow))
    };
    let (before, after) = (allowed(old), allowed(new));
    out.text(
        None,
        "lint-changed",
        "lint",
        before.as_deref(),
        after.as_deref(),
    );
}

/// Each of `items` as its id and the text that describes it.
fn entries<T>(items: &[T], entry: impl Fn(&T) -> (&Text, String)) -> Vec<(Text, String)> {
    items
        .iter()
        .map(|item| {
            let (id, text) = entry(item);
            (id.clone(), text)
        })
        .collect()
}

/// `text`, then `sep` and `more` when there is more.
fn with(text: &str, sep: &str, more: Option<&str>) -> String {
    match more {
        Some(more) => format!("{text}{sep}{more}"),
        None => text.to_string(),
    }
}

/// Entries of a catalogue added, removed and changed, matched by id.
fn catalogue(
    out: &mut Changes,
    kind: &'static str,
    before: &[(Text, String)],
    after: &[(Text, String)],
) {
    let old: HashMap<&str, &str> = before
        .iter()
        .map(|(id, s)| (id.as_str(), s.as_str()))
        .collect();
    let new: HashSet<&str> = after.iter().map(|(id, _)| id.as_str()).collect();
    let (added, removed, changed) = match kind {
        "category" => ("category-added", "category-removed", "category-changed"),
        "track" => ("track-added", "track-removed", "track-changed"),
        "skill" => ("skill-defined", "skill-undefined", "skill-redefined"),
        "source" => ("source-added", "source-removed", "source-changed"),
        _ => ("role-added", "role-removed", "role-changed"),
    };
    for (id, text) in after {
        match old.get(id.as_str()) {
            None => out.push(Class::Editorial, None, added, id, None, Some(text.clone())),
            Some(&was) if was != text => out.push(
                Class::Editorial,
                None,
                changed,
                id,
                Some(was.to_string()),
                Some(text.clone()),
            ),
            Some(_) => {}
        }
    }
    for (id, text) in before.iter().filter(|(id, _)| !new.contains(id.as_str())) {
        out.push(
            Class::Editorial,
            None,
            removed,
            id,
            Some(text.clone()),
            None,
        );
    }
}

/// The changes of one level both versions have.
fn level(
    out: &mut Changes,
    old: &CheckedLadder,
    new: &CheckedLadder,
    (a, b): (&Level, &Level),
    (was, is): (Option<Rank>, Option<Rank>),
) {
    let at = Some(&b.id);
    out.text(at, "level-renamed", "name", Some(&a.name), Some(&b.name));
    if a.track != b.track {
        let (from, to) = (a.track.to_string(), b.track.to_string());
        out.push(
            Class::Breaking,
            at,
            "level-moved",
            "track",
            Some(from),
            Some(to),
        );
    }
    if was != is && a.track == b.track {
        // The rank in the track: one more than the levels below it.
        let rank = |r: Option<Rank>| r.map(|(below, _)| (below + 1).to_string());
        out.push(
            Class::Breaking,
            at,
            "level-reranked",
            "rank",
            rank(was),
            rank(is),
        );
    }
    for (field, from, to) in [
        ("role", Some(a.role.as_str()), Some(b.role.as_str())),
        ("scope", Some(a.scope.as_str()), Some(b.scope.as_str())),
        ("summary", a.summary.as_deref(), b.summary.as_deref()),
        ("shift", a.shift.as_deref(), b.shift.as_deref()),
    ] {
        out.text(at, "text-changed", field, from, to);
    }
    let joined = |list: &[Text]| (!list.is_empty()).then(|| join(list));
    for (field, from, to) in [
        ("aliases", &a.aliases, &b.aliases),
        ("pitfalls", &a.pitfalls, &b.pitfalls),
        ("sources", &a.sources, &b.sources),
        ("reports_to", &a.reports_to, &b.reports_to),
    ] {
        if as_set(from) != as_set(to) || (field == "pitfalls" && from != to) {
            out.text(
                at,
                "list-changed",
                field,
                joined(from).as_deref(),
                joined(to).as_deref(),
            );
        }
    }
    for (field, from, to) in [("coding", &a.coding, &b.coding), ("span", &a.span, &b.span)] {
        range(out, at, field, from.as_ref(), to.as_ref());
    }
    duties(out, at, a, b);
    let skill_name = |ladder: &CheckedLadder, id: &str| ladder.skill(id).name.to_string();
    let (had, has) = (as_set(&a.skills), as_set(&b.skills));
    for id in b.skills.iter().filter(|id| !had.contains(id.as_str())) {
        out.push(
            Class::Breaking,
            at,
            "skill-added",
            id,
            None,
            Some(skill_name(new, id)),
        );
    }
    for id in a.skills.iter().filter(|id| !has.contains(id.as_str())) {
        out.push(
            Class::Relaxing,
            at,
            "skill-removed",
            id,
            Some(skill_name(old, id)),
            None,
        );
    }
    moves(out, at, &as_set(&a.next), &as_set(&b.next));
}

/// Each lateral move of a ladder, either way round, with its sources.
type Pairs<'a> = HashMap<(&'a str, &'a str), &'a [Text]>;

fn lateral_pairs(ladder: &CheckedLadder) -> Pairs<'_> {
    let mut pairs = Pairs::new();
    for level in ladder.levels() {
        for link in &level.lateral {
            let (a, b) = (level.id.as_str(), link.id.as_str());
            pairs.insert((a.min(b), a.max(b)), &link.sources);
        }
    }
    pairs
}

/// The lateral moves a level declares that the other version does not have
/// (either level may declare one), and those whose sources changed.
fn laterals(
    out: &mut Changes,
    (a, b): (&Level, &Level),
    (old, new): &(Pairs, Pairs),
    alive: &HashSet<&str>,
) {
    let at = Some(&b.id);
    fn key<'k>(x: &'k str, y: &'k str) -> (&'k str, &'k str) {
        (x.min(y), x.max(y))
    }
    for link in &a.lateral {
        let pair = key(&a.id, &link.id);
        // A move to a level removed goes with that level.
        if !new.contains_key(&pair) && alive.contains(link.id.as_str()) {
            out.push(
                Class::Breaking,
                at,
                "lateral-removed",
                &link.id,
                Some(link.id.to_string()),
                None,
            );
        }
    }
    for link in &b.lateral {
        let pair = key(&b.id, &link.id);
        match old.get(&pair) {
            None => out.push(
                Class::Relaxing,
                at,
                "lateral-added",
                &link.id,
                None,
                Some(link.id.to_string()),
            ),
            Some(was) if as_set(was) != as_set(&link.sources) => {
                let subject = format!("lateral {}", link.id);
                out.push(
                    Class::Editorial,
                    at,
                    "sources-changed",
                    &subject,
                    Some(join(was)),
                    Some(join(&link.sources)),
                );
            }
            Some(_) => {}
        }
    }
}

/// Promotions taken away (breaking) and added (relaxing).
fn moves(out: &mut Changes, at: Option<&Text>, had: &HashSet<&str>, has: &HashSet<&str>) {
    let mut gone: Vec<&str> = had.difference(has).copied().collect();
    let mut new: Vec<&str> = has.difference(had).copied().collect();
    gone.sort_unstable();
    new.sort_unstable();
    let (removed, added) = ("promotion-removed", "promotion-added");
    for id in gone {
        out.push(Class::Breaking, at, removed, id, Some(id.to_string()), None);
    }
    for id in new {
        out.push(Class::Relaxing, at, added, id, None, Some(id.to_string()));
    }
}

/// A range set, dropped or moved. Its bottom is what the level asks at least:
/// a range set, or one whose bottom rises, asks more (breaking); one dropped,
/// or moved without its bottom rising (lowered, widened, its top moved), asks
/// less (relaxing); a range that stays but changes its sources is editorial.
fn range(
    out: &mut Changes,
    at: Option<&Text>,
    field: &str,
    a: Option<&CitedRange>,
    b: Option<&CitedRange>,
) {
    let shown = |r: Option<&CitedRange>| r.map(|r| format!("{}–{}", r.min, r.max));
    let class = match (a, b) {
        (None, None) => return,
        (None, Some(_)) => Class::Breaking,
        (Some(_), None) => Class::Relaxing,
        // The bottom of a range is what a level asks at least.
        (Some(a), Some(b)) if b.min > a.min => Class::Breaking,
        (Some(a), Some(b)) if (a.min, a.max) != (b.min, b.max) => Class::Relaxing,
        (Some(a), Some(b)) => {
            if as_set(&a.sources) != as_set(&b.sources) {
                let (from, to) = (join(&a.sources), join(&b.sources));
                out.push(
                    Class::Editorial,
                    at,
                    "sources-changed",
                    field,
                    Some(from),
                    Some(to),
                );
            }
            return;
        }
    };
    out.push(class, at, "range-changed", field, shown(a), shown(b));
}

/// Duties added (breaking), removed (relaxing) and reworded (editorial), by id.
fn duties(out: &mut Changes, at: Option<&Text>, a: &Level, b: &Level) {
    let old: HashMap<&str, usize> = (a.responsibilities.iter().enumerate())
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let new: HashSet<&str> = b.responsibilities.iter().map(|d| d.id.as_str()).collect();
    let text = |d: &crate::ladder::Responsibility| with(&d.name, ": ", d.detail.as_deref());
    for duty in &b.responsibilities {
        match old.get(duty.id.as_str()) {
            None => out.push(
                Class::Breaking,
                at,
                "responsibility-added",
                &duty.id,
                None,
                Some(text(duty)),
            ),
            Some(&i) => {
                let was = &a.responsibilities[i];
                let (from, to) = (text(was), text(duty));
                if from != to || as_set(&was.sources) != as_set(&duty.sources) {
                    out.push(
                        Class::Editorial,
                        at,
                        "responsibility-reworded",
                        &duty.id,
                        Some(from),
                        Some(to),
                    );
                }
            }
        }
    }
    for duty in a
        .responsibilities
        .iter()
        .filter(|d| !new.contains(d.id.as_str()))
    {
        out.push(
            Class::Relaxing,
            at,
            "responsibility-removed",
            &duty.id,
            Some(text(duty)),
            None,
        );
    }
}

/// The entries of a list as a set: order is no change.
fn as_set(list: &[Text]) -> HashSet<&str> {
    list.iter().map(Text::as_str).collect()
}

/// A list as one line: entries that are sentences apart by `; `, ids by `, `.
fn join(list: &[Text]) -> String {
    let sentences = list.iter().any(|t| t.contains(' '));
    let items: Vec<&str> = list.iter().map(Text::as_str).collect();
    items.join(if sentences { "; " } else { ", " })
}
