//! The report's human layout, which is also the promotion case a person
//! pastes into a document: the route, what is met with its evidence, what is
//! still open, the shifts of the route and the pitfalls to watch.

use super::report::{Item, Report};
use crate::ladder::route::Direction;
use crate::ladder::text::blank;
use crate::output::markup::{Layout, Line, Markup, Span, is_web};

/// What the case for a move in `direction` is called: a promotion case only
/// for a move up.
pub fn case_name(direction: Direction) -> &'static str {
    match direction {
        Direction::Up => "Promotion case",
        Direction::Across => "Case for a move across",
        Direction::Down | Direction::Same => "Case for a move down",
    }
}

impl Layout for Report<'_> {
    fn layout(&self, out: &mut dyn Markup) {
        // A case for a target at the level's seniority or below is no
        // promotion case, and says which way it goes.
        let case = case_name(self.direction);
        let title = match self.person {
            Some(person) => format!(
                "{case}: {person}, {} → {}",
                self.level.name, self.target.name
            ),
            None => format!("{case}: {} → {}", self.level.name, self.target.name),
        };
        out.heading(1, &title.into());
        let route = self
            .route
            .iter()
            .map(|l| l.name)
            .collect::<Vec<_>>()
            .join(" → ");
        let met = self.items.iter().filter(|i| i.missing.is_empty()).count();
        let readiness = format!(
            "{}% ({met} of {} expectations met with evidence)",
            self.readiness,
            self.items.len()
        );
        let mut facts: Vec<(&str, Line)> = vec![
            ("Direction", self.direction.as_str().into()),
            ("Route", route.into()),
            ("Readiness", readiness.into()),
        ];
        if let Some(date) = self.date {
            facts.push(("Date", date.into()));
        }
        out.facts(&facts);
        out.heading(2, &"By category".into());
        let shares = std::iter::once(&self.responsibilities).chain(&self.categories);
        let rows: Vec<Vec<Line>> = shares
            .filter(|s| s.total > 0)
            .map(|s| vec![s.name.into(), format!("{} of {}", s.met, s.total).into()])
            .collect();
        out.table(&["Expectations", "Met"], &rows, &[0, 1]);
        let (done, open): (Vec<&Item>, Vec<&Item>) =
            self.items.iter().partition(|i| i.missing.is_empty());
        out.heading(2, &"Met".into());
        if done.is_empty() {
            out.paragraph(0, &"Nothing yet.".into());
        }
        let described: Vec<(Line, Line)> = done.iter().map(|i| (term(i), evidence(i))).collect();
        out.described(&described);
        out.heading(2, &"Still open".into());
        if open.is_empty() {
            out.paragraph(
                0,
                &"Nothing: every expectation is met with evidence.".into(),
            );
        }
        // What is missing, and the evidence and note given so far: the work
        // in progress a reader of the case most needs to see.
        let described: Vec<(Line, Line)> = (open.iter())
            .map(|i| {
                let missing = Line::text(format!("missing: {}", i.missing.join(", ")));
                // A note alone is the person's words, not evidence: said so.
                let line = match (given(i).is_empty(), i.note) {
                    (true, None) => missing,
                    (true, Some(note)) => missing.plain(format!("; note: {note}")),
                    (false, _) => missing.plain("; so far: ").then(evidence(i)),
                };
                (term(i), line)
            })
            .collect();
        out.described(&described);
        if !self.not_asked_by_target.is_empty() {
            out.heading(2, &"Not asked by the target".into());
            let said = format!(
                "Rated, and asked for by a level before {} on the route, but not by {}; not counted:",
                self.target.name, self.target.name
            );
            out.paragraph(0, &said.into());
            let ids: Vec<Line> = (self.not_asked_by_target.iter())
                .map(|id| Line::new().code(*id))
                .collect();
            out.bullets(&ids);
        }
        if !self.no_longer_asked.is_empty() {
            out.heading(2, &"Not asked on this route".into());
            out.paragraph(
                0,
                &"Rated, but no level on the route asks for these: the ladder changed since they were rated, or the assessment's level or target did."
                    .into(),
            );
            let ids: Vec<Line> = (self.no_longer_asked.iter().enumerate())
                .map(|(i, id)| {
                    let line = Line::new().code(*id);
                    match self.asked_elsewhere.get(i).map(Vec::as_slice) {
                        None | Some([]) => line.plain(" (no level of the ladder asks for it)"),
                        Some(levels) => line
                            .plain(" (asked at ")
                            .then(Line::codes(levels.iter().copied(), ", "))
                            .plain(", off this route)"),
                    }
                })
                .collect();
            out.bullets(&ids);
        }
        if let Some(progress) = &self.progress {
            out.heading(2, &format!("Progress since {}", progress.against).into());
            let readiness = format!(
                "Readiness: {}% then, {}% now.",
                progress.readiness_before, self.readiness
            );
            out.paragraph(0, &readiness.into());
            // A duty and a skill may share an id: the first, as the list
            // shows them, names it.
            let mut names = crate::ladder::hash::HashMap::default();
            for item in &self.items {
                names.entry(item.id).or_insert(item.name);
            }
            let named = |id| named(&names, id);
            // What now counts, or no longer does, before how it moved.
            let met = [
                (&progress.newly_met, "Newly met: "),
                (&progress.no_longer_met, "No longer met: "),
            ];
            for (ids, said) in met.into_iter().filter(|(ids, _)| !ids.is_empty()) {
                let mut line = Line::text(said);
                for (i, id) in ids.iter().enumerate() {
                    if i > 0 {
                        line = line.plain(", ");
                    }
                    line = line.then(named(id));
                }
                out.paragraph(0, &line);
            }
            // Each kind of change in a list of its own, under its name.
            let moved: Vec<Line> = (progress.moved.iter())
                .map(|m| {
                    let from = m.from.unwrap_or("unrated");
                    let change = format!(": {from} → {} ({})", m.to, m.direction);
                    named(m.id).plain(change)
                })
                .collect();
            let mut evidence: Vec<Line> = Vec::new();
            let changes = [
                (&progress.evidence_added, "new"),
                (&progress.evidence_removed, "removed"),
            ];
            for (list, word) in changes {
                for added in list {
                    let count = added.evidence.len();
                    let plural = if count == 1 { "" } else { "s" };
                    let text = format!(": {count} {word} piece{plural} of evidence: ");
                    let pieces = added.evidence.join("; ");
                    evidence.push(named(added.id).plain(text).plain(pieces));
                }
            }
            let unrated: Vec<Line> = progress
                .no_longer_rated
                .iter()
                .map(|id| named(id))
                .collect();
            let groups = [
                ("Ratings that moved:", moved),
                ("Evidence:", evidence),
                ("No longer rated:", unrated),
            ];
            if groups.iter().all(|(_, lines)| lines.is_empty()) {
                out.paragraph(0, &"No rating moved and no evidence was added.".into());
            }
            for (said, lines) in groups.iter().filter(|(_, lines)| !lines.is_empty()) {
                out.paragraph(0, &(*said).into());
                out.bullets(lines);
            }
        }
        if !self.shifts.is_empty() {
            out.heading(2, &"The shifts on the route".into());
            let shifts: Vec<Line> = (self.shifts.iter())
                .map(|(level, text)| {
                    Line::new()
                        .strong(Line::text(*level))
                        .plain(": ")
                        .plain(*text)
                })
                .collect();
            out.numbered(&shifts);
        }
        if !self.pitfalls.is_empty() {
            out.heading(2, &"Pitfalls to watch".into());
            let pitfalls: Vec<Line> = (self.pitfalls.iter())
                .map(|(level, text)| Line::text(*text).plain(format!(" ({level})")))
                .collect();
            out.bullets(&pitfalls);
        }
    }
}

/// An expectation's name, kind and rating.
fn term<'a>(item: &Item<'a>) -> Line<'a> {
    let rating = item.rating.unwrap_or("unrated");
    Line::text(item.name).plain(format!(" ({}, {rating})", item.kind))
}

/// The evidence an item gives, blank entries left out.
fn given<'a>(item: &Item<'a>) -> Vec<&'a str> {
    (item.evidence.iter().copied())
        .filter(|e| !blank(e))
        .collect()
}

/// An item's evidence (the blank left out), then its note after a dash.
fn evidence<'a>(item: &Item<'a>) -> Line<'a> {
    // A piece of evidence that is a web address (bare, or in the `<…>` of
    // Markdown) is a link where the layout has links.
    let mut line = Line::new();
    for (n, piece) in given(item).into_iter().enumerate() {
        if n > 0 {
            line = line.plain("; ");
        }
        let trimmed = piece.trim();
        let bare = (trimmed.strip_prefix('<').and_then(|p| p.strip_suffix('>'))).unwrap_or(trimmed);
        line = match is_web(bare) && !bare.contains(char::is_whitespace) {
            true => line.span(Span::Url(bare)),
            false => line.plain(piece),
        };
    }
    if let Some(note) = item.note {
        line = match line.is_empty() {
            true => Line::text(note),
            false => line.plain(format!(" — {note}")),
        };
    }
    line
}

/// An expectation of the target (in `names`) by its name and id; anything
/// else by its id.
fn named<'l>(names: &crate::ladder::hash::HashMap<&str, &'l str>, id: &'l str) -> Line<'l> {
    match names.get(id) {
        Some(&name) => Line::text(name).plain(" (").code(id).plain(")"),
        None => Line::new().code(id),
    }
}
