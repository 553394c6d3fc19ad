//! What a new user meets: output that says nothing it does not know, and
//! leaves out what is empty.

mod common;

use common::{ACME, fixture, stdout};

#[test]
fn a_range_neither_level_records_is_not_called_unchanged() {
    let out = stdout(&["diff", "senior", "staff"]);
    assert!(out.contains("Recorded on neither level: coding\n"), "{out}");
    assert!(!out.contains("Unchanged: coding"), "{out}");
    let same = stdout(&["diff", "em", "em"]);
    assert!(
        same.contains("Unchanged: role, scope, coding, span, track"),
        "{same}"
    );
}

#[test]
fn a_one_step_route_has_no_totals() {
    let one = stdout(&["path", "senior", "tech-lead"]);
    assert!(!one.contains("Totals"), "{one}");
    let two = stdout(&["path", "senior", "em"]);
    assert!(two.contains("\nTotals\n"), "{two}");
}

#[test]
fn empty_sections_are_left_out() {
    let acme = fixture(ACME);
    // A plan that goes nowhere enters no level, so it has no pitfall or shift.
    let plan = stdout(&["--ladder", &acme, "plan", "dev", "dev"]);
    assert!(
        !plan.contains("None recorded") && !plan.contains("Pitfalls to avoid"),
        "{plan}"
    );
    assert!(
        !plan.contains("No step on the route") && !plan.contains("The shift, step by step"),
        "{plan}"
    );
    // Its developer level has no responsibility with a detail.
    let show = stdout(&["--ladder", &acme, "show", "dev"]);
    assert!(
        show.contains(" RESPONSIBILITY\n") && !show.contains("DETAIL"),
        "{show}"
    );
}
