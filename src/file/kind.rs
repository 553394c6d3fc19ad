//! What kind of YAML document a file is, told from its top-level keys
//! without parsing it: an assessment, or a ladder. `validate` reads either,
//! `assess` tells a user who gave it their ladder, and loading a ladder tells
//! one who gave it an assessment.

use crate::ladder::text::bytes;

/// Whether `text` is an assessment rather than a ladder: a top-level
/// `assessment` key and neither of the keys every ladder has, `schema` and
/// `levels`. Keys are looked for at the start of a line (LF, CRLF or CR),
/// bare or quoted; in a document written in flow style (JSON, say) after any
/// indentation or the opening brace. A line of a multi-line string that starts
/// so cannot make a ladder an assessment: the ladder's own `schema:` and
/// `levels:` lines still decide.
pub fn is_assessment(text: &str) -> bool {
    let flow = in_flow(text);
    keyed(text, "assessment", flow) && !keyed(text, "schema", flow) && !keyed(text, "levels", flow)
}

/// Whether `text` has a key every ladder has, `schema` or `levels`, and no
/// `assessment` key, looked for as `is_assessment` looks: so `ladder assess`
/// can tell a user who gave it their ladder what it wants instead. (In flow
/// style a nested key counts too, so an assessment rating an id `levels`
/// still has its own key to tell it.)
pub fn has_ladder_keys(text: &str) -> bool {
    let flow = in_flow(text);
    (keyed(text, "schema", flow) || keyed(text, "levels", flow)) && !keyed(text, "assessment", flow)
}

/// Whether the document opens in flow style, with a brace.
fn in_flow(text: &str) -> bool {
    (text.lines())
        .map(str::trim_start)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .is_some_and(|line| line.starts_with('{'))
}

/// Whether a line of `text` starts with `key`, bare or quoted, and a colon:
/// found where the word occurs (rarely, in most files) rather than by trying
/// every line. Each byte is looked at a bounded number of times however
/// often the word occurs: the start of a found word's line is carried
/// forward from the one before, the line's lead (blanks, and braces in flow
/// style) is measured once per line, and only a word right after it is
/// followed to its colon.
fn keyed(text: &str, key: &str, flow: bool) -> bool {
    let bytes = text.as_bytes();
    let (mut line_start, mut seen) = (0, 0);
    let mut lead: Option<(usize, usize)> = None;
    // The standard library's substring search, and an SSE2 one for the line
    // break: memchr's plain ones ask the processor what it can do, slowly
    // on a virtual machine, on a path every `validate` takes.
    text.match_indices(key).map(|(at, _)| at).any(|at| {
        if let Some(cr_or_lf) = bytes::rfind2(b'\n', b'\r', &bytes[seen..at]) {
            line_start = seen + cr_or_lf + 1;
        }
        seen = at;
        let lead_end = match lead {
            Some((start, end)) if start == line_start => end,
            _ => {
                let end = line_start + lead_len(&text[line_start..], flow);
                lead = Some((line_start, end));
                end
            }
        };
        let after = &text[at + key.len()..];
        let rest = if at == lead_end {
            Some(after)
        } else if at == lead_end + 1 {
            match bytes[lead_end] {
                b'"' => after.strip_prefix('"'),
                b'\'' => after.strip_prefix('\''),
                _ => None,
            }
        } else {
            None
        };
        rest.is_some_and(|rest| rest[blank_len(rest)..].starts_with(':'))
    })
}

/// How many bytes of white space start `s`, within its line.
fn blank_len(s: &str) -> usize {
    s.find(|c: char| !c.is_whitespace() || c == '\n' || c == '\r')
        .unwrap_or(s.len())
}

/// How many bytes at the start of a line come before its first key: none in
/// block style; in flow style blanks, opening braces, and blanks again.
fn lead_len(line: &str, flow: bool) -> usize {
    if !flow {
        return 0;
    }
    let first = blank_len(line);
    let braces = line[first..].bytes().take_while(|&b| b == b'{').count();
    first + braces + blank_len(&line[first + braces..])
}

#[cfg(test)]
mod tests {
    use super::is_assessment;

    #[test]
    fn assessments_are_told_from_ladders_by_their_top_level_keys() {
        for text in [
            "assessment: 1\nlevel: em\n",
            "# yaml-language-server: $schema=x\n# A comment\nassessment: 1\n",
            "assessment: 1\rlevel: em\r",
            "{\"assessment\": 1, \"level\": \"em\"}",
            "{\n  \"level\": \"em\",\n  \"assessment\": 1\n}\n",
            "'assessment' : 1\n",
            // A rated id may be called anything, even `levels`.
            "assessment: 1\nlevel: em\nratings:\n  levels: {rating: meeting}\n",
        ] {
            assert!(is_assessment(text), "{text:?}");
        }
        for text in [
            "schema: 1\ntitle: x\nlevels: []\n",
            // A ladder whose quoted title runs over a line that looks like a key.
            "schema: 1\ntitle: \"Runs the\nassessment: cycle\"\nlevels: []\n",
            "assessments: 1\n",
            "  assessment: 1\n",
            "",
        ] {
            assert!(!is_assessment(text), "{text:?}");
        }
    }

    /// The rule as first written: every line tried against every spelling.
    fn is_assessment_by_lines(text: &str) -> bool {
        let flow = (text.lines())
            .map(str::trim_start)
            .find(|line| !line.is_empty() && !line.starts_with('#'))
            .is_some_and(|line| line.starts_with('{'));
        let keys = |key: &str| {
            let quoted = [key.to_string(), format!("\"{key}\""), format!("'{key}'")];
            text.split(['\n', '\r']).any(|line| {
                let line = if flow {
                    line.trim_start().trim_start_matches('{').trim_start()
                } else {
                    line
                };
                quoted.iter().any(|k| {
                    line.strip_prefix(k)
                        .is_some_and(|rest| rest.trim_start().starts_with(':'))
                })
            })
        };
        keys("assessment") && !keys("schema") && !keys("levels")
    }

    #[test]
    fn finding_the_keys_agrees_with_trying_every_line() {
        let pieces = [
            "assessment",
            "schema",
            "levels",
            ":",
            " ",
            "\n",
            "\r",
            "\"",
            "'",
            "{",
            "#",
            "x",
            "\u{2028}",
            "\t",
        ];
        for text in crate::testing::mixes(&pieces, 20_000, 9, 3) {
            assert_eq!(
                is_assessment(&text),
                is_assessment_by_lines(&text),
                "{text:?}"
            );
        }
    }
}
