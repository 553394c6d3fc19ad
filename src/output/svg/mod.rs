//! Charts as SVG, drawn by `ladder` itself: the ladder chart (a column per
//! track, levels placed by seniority, promotions as arrows, lateral moves
//! dashed, each level a link to its page) and the skill-mix chart. Both follow
//! the system's dark mode, and every text from the ladder is escaped as XML.

mod chart;
mod mix;

pub use self::chart::render;
pub use self::mix::{MIX, MixCategory, MixGeometry, mix};

/// The most columns of a name shown in a box (a Chinese character takes
/// two); the whole name is its title.
const SHOWN: usize = 24;

/// Text as XML character data or an attribute value: markup escaped, and the
/// characters XML 1.0 does not allow replaced.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    xml_into(&mut out, text);
    out
}

/// `xml(text)` written at the end of `out`: runs of plain text are copied
/// whole. The bytes that may need a change are found first: ASCII markup and
/// controls, and the lead bytes of U+0080–U+009F (c2) and U+FFFE–U+FFFF (ef);
/// only there is a character decoded.
pub fn xml_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut plain = 0;
    let mut at = 0;
    while let Some(skip) = bytes[at..].iter().position(|&b| {
        b < 0x20 || matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | 0x7f | 0xc2 | 0xef)
    }) {
        at += skip;
        let c = text[at..].chars().next().unwrap_or_default();
        let escaped = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            c if (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{fffe}' | '\u{ffff}') =>
            {
                "\u{fffd}"
            }
            _ => {
                at += c.len_utf8();
                continue;
            }
        };
        out.push_str(&text[plain..at]);
        out.push_str(escaped);
        at += c.len_utf8();
        plain = at;
    }
    out.push_str(&text[plain..]);
}

/// `numbers` in decimal at the end of `out`, `between` each two; without the
/// formatting machinery, which a large site's charts would feel.
fn push_numbers(out: &mut String, numbers: &[usize], between: &str) {
    let digit = |d: usize| char::from(b'0' + (d % 10) as u8);
    for (i, &n) in numbers.iter().enumerate() {
        if i > 0 {
            out.push_str(between);
        }
        // A chart's numbers are mostly coordinates of up to three digits.
        if n < 1000 {
            if n >= 100 {
                out.push(digit(n / 100));
            }
            if n >= 10 {
                out.push(digit(n / 10));
            }
            out.push(digit(n));
            continue;
        }
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = n;
        while rest > 0 {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        out.extend(digits[at..].iter().map(|&d| char::from(d)));
    }
}

/// A name cut to what fits a box: the characters within `SHOWN` columns, as
/// wide characters take two, and an ellipsis for what is left out. The
/// compare page's script draws the names cut here, which its data carries.
pub(crate) fn clip(name: &str) -> String {
    clip_to(name, SHOWN)
}

/// About how wide `text` is drawn in a sans-serif face of `size` pixels,
/// by the widths of DejaVu Sans (the widest common one): a name cut to its
/// columns can still be wider than its box when its letters are wide.
fn drawn_width(text: &str, size: f64) -> f64 {
    let em = |c: char| match c {
        'i' | 'j' | 'l' | 'I' => 0.28,
        '.' | ',' | ':' | ';' | '\'' | '!' | '|' | ' ' => 0.32,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '/' => 0.4,
        'c' | 's' | 'z' => 0.54,
        'w' => 0.82,
        'M' => 0.86,
        'm' | 'W' | '…' => 1.0,
        c if c.is_uppercase() => 0.72,
        c if c.is_ascii_alphanumeric() => 0.61,
        c => match crate::output::width::char_columns(c) {
            // A combining mark or a joiner takes no room of its own.
            0 => 0.0,
            1 => 0.61,
            _ => 1.0,
        },
    };
    text.chars().map(em).sum::<f64>() * size
}

/// `name` cut to what is drawn within `room` pixels at `size`, with an
/// ellipsis for what is left out: a name of narrow letters keeps more than
/// one of capitals.
fn fit(name: &str, size: f64, room: usize) -> String {
    let room = room as f64;
    if drawn_width(name, size) <= room {
        return name.to_string();
    }
    let mut width = drawn_width("…", size);
    let mut end = 0;
    for (at, c) in name.char_indices() {
        width += drawn_width(c.encode_utf8(&mut [0; 4]), size);
        if width > room {
            break;
        }
        end = at + c.len_utf8();
    }
    format!("{}…", name[..end].trim_end())
}

/// `name` in one line within `room` pixels at `size`, or in two: broken at
/// the last blank that keeps the first within the room, or, with none (a
/// long first word, Chinese), after the last character that does; the second
/// cut as `fit` cuts. Names that differ at their end ("Senior Software
/// Engineer II", "… III") stay told apart.
fn two_lines(name: &str, size: f64, room: usize) -> (String, Option<String>) {
    use unicode_segmentation::UnicodeSegmentation;
    let name = name.trim();
    let fits = |text: &str| drawn_width(text, size) <= room as f64;
    if fits(name) {
        return (name.to_string(), None);
    }
    let blanks = (name.char_indices()).filter(|&(_, c)| c.is_whitespace());
    let at_blank = blanks
        .map(|(at, _)| at)
        .take_while(|&at| fits(name[..at].trim_end()))
        .last();
    let at = at_blank.or_else(|| {
        let ends = name.grapheme_indices(true).map(|(at, g)| at + g.len());
        ends.take_while(|&end| fits(&name[..end])).last()
    });
    match at {
        Some(at) if at > 0 => (
            name[..at].trim_end().to_string(),
            Some(fit(name[at..].trim_start(), size, room)),
        ),
        _ => (fit(name, size, room), None),
    }
}

/// `clip` within `shown` columns: the name's start and its end, half the
/// columns each, an ellipsis between, so that names that differ at their
/// end ("Senior Software Engineer II", "… III") stay told apart.
fn clip_to(name: &str, shown: usize) -> String {
    use crate::output::width::columns;
    use unicode_segmentation::UnicodeSegmentation;
    if columns(name) <= shown {
        return name.to_string();
    }
    // Whole characters as a reader sees them: a letter and its accent, a
    // flag, a family of emoji are kept or cut together.
    let (mut used, mut head) = (0, 0);
    for (at, c) in name.grapheme_indices(true) {
        if used + columns(c) > shown / 2 {
            break;
        }
        used += columns(c);
        head = at + c.len();
    }
    let (mut left, mut tail) = (shown - used, name.len());
    for (at, c) in name[head..].grapheme_indices(true).rev() {
        if columns(c) > left {
            break;
        }
        left -= columns(c);
        tail = head + at;
    }
    format!("{}…{}", name[..head].trim_end(), name[tail..].trim_start())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_takes_two_lines_broken_between_words() {
        assert_eq!(
            two_lines("Engineer", 13.0, 164),
            ("Engineer".to_string(), None)
        );
        let [two, three] =
            ["II", "III"].map(|n| two_lines(&format!("Senior Software Engineer {n}"), 13.0, 164));
        assert!(two.1.is_some() && two != three, "{two:?} {three:?}");
        assert!(drawn_width(&two.0, 13.0) <= 164.0);
        // A first word longer than the line, or Chinese, breaks inside it.
        for [a, b] in [
            [
                "Softwareentwicklungsingenieurin II",
                "Softwareentwicklungsingenieurin III",
            ],
            [
                "高级软件开发工程师技术负责人一级",
                "高级软件开发工程师技术负责人二级",
            ],
        ] {
            let (a, b) = (two_lines(a, 13.0, 164), two_lines(b, 13.0, 164));
            assert!(a.1.is_some() && a != b, "{a:?} {b:?}");
            assert!(drawn_width(&a.0, 13.0) <= 164.0, "{a:?}");
        }
        // Blanks at either end take no line.
        assert_eq!(
            two_lines(" Engineer  ", 13.0, 164),
            ("Engineer".to_string(), None)
        );
    }

    #[test]
    fn names_are_cut_by_the_columns_they_take() {
        assert_eq!(clip("Short"), "Short");
        assert_eq!(clip(&"a".repeat(24)), "a".repeat(24));
        assert_eq!(
            clip(&"a".repeat(25)),
            format!("{}…{}", "a".repeat(12), "a".repeat(12))
        );
        // A letter and its accent, or a flag, are kept or cut whole.
        let accented = clip("Inge\u{301}nieur qualite\u{301} expe\u{301}rimente\u{301}");
        let pairs = accented.chars().zip(accented.chars().skip(1));
        assert!(
            pairs.clone().all(|(a, b)| b != '\u{301}' || a == 'e'),
            "{accented}"
        );
        let flag = clip(&format!("{}🇩🇪{}", "a".repeat(11), "b".repeat(20)));
        let halves = flag.chars().filter(|c| ('🇦'..='🇿').contains(c)).count();
        assert!(halves % 2 == 0, "{flag}");
        // The start and the end are kept: names that differ at the end differ.
        assert_eq!(
            clip("Senior Software Engineer III"),
            "Senior Softw…Engineer III"
        );
        assert_eq!(
            clip("Senior Software Engineer II"),
            "Senior Softw…Engineer II"
        );
        // Wide characters take two columns each.
        assert_eq!(
            clip(&"工".repeat(13)),
            format!("{}…{}", "工".repeat(6), "工".repeat(6))
        );
        assert_eq!(
            clip(&format!("a{}", "工".repeat(12))),
            format!("a{}…{}", "工".repeat(5), "工".repeat(6))
        );
        assert_eq!(clip(&"工".repeat(12)), "工".repeat(12));
        // Emoji take two, combining marks none (as compare.js counts them).
        let rocket = format!("{}🚀", "A".repeat(23));
        assert_eq!(
            clip(&rocket),
            format!("{}…{}🚀", "A".repeat(12), "A".repeat(10))
        );
        let accent = format!("Cafe\u{301}{}", "x".repeat(20));
        assert_eq!(clip(&accent), accent);
        assert_eq!(
            clip(&"⌚".repeat(13)),
            format!("{}…{}", "⌚".repeat(6), "⌚".repeat(6))
        );
        // A box of the chart keeps what is drawn within it: more of narrow
        // letters than of capitals, whole names that fit however long.
        assert_eq!(
            fit("Chief Technology Officer", 13.0, 164),
            "Chief Technology Officer"
        );
        assert_eq!(
            fit("Site Reliability Engineer", 13.0, 164),
            "Site Reliability Engineer"
        );
        let capitals = fit("SENIOR SOFTWARE ENGINEER II", 13.0, 164);
        assert!(
            capitals.ends_with('…') && capitals.chars().count() < 22,
            "{capitals}"
        );
        assert!(fit("ГЛАВНЫЙ ИНЖЕНЕР ШЩЖ ЖЖ", 13.0, 164).ends_with('…'));
        let accent = "Cafe\u{301}\u{301}\u{301}\u{301} lead";
        assert_eq!(fit(accent, 13.0, 164), accent);
    }

    #[test]
    fn text_from_the_ladder_is_escaped() {
        assert_eq!(
            xml("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        assert_eq!(xml("bell\u{7}"), "bell\u{fffd}");
    }

    #[test]
    fn xml_escapes_markup_and_replaces_what_xml_does_not_allow() {
        assert_eq!(xml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;", "markup");
        // Controls (C0 but tab and line ends, DEL, C1) and the two
        // non-characters become U+FFFD; the rest stays, whatever its bytes.
        assert_eq!(
            xml("\u{1}\t\n\r\u{7f}\u{85}\u{9f}"),
            "\u{fffd}\t\n\r\u{fffd}\u{fffd}\u{fffd}"
        );
        assert_eq!(xml("x\u{fffe}\u{ffff}"), "x\u{fffd}\u{fffd}");
        let kept = "© é ¡ ！ \u{fffd} → — 日本";
        assert_eq!(xml(kept), kept);
        assert_eq!(xml(""), "");
        assert_eq!(xml("<"), "&lt;");
    }

    #[test]
    fn numbers_are_written_in_decimal_as_rust_writes_them() {
        let numbers = [
            0,
            7,
            9,
            10,
            42,
            99,
            100,
            305,
            999,
            1000,
            1001,
            65_535,
            usize::MAX,
        ];
        let mut out = String::new();
        push_numbers(&mut out, &numbers, ",");
        let expected: Vec<String> = numbers.iter().map(usize::to_string).collect();
        assert_eq!(out, expected.join(","));
    }
}
