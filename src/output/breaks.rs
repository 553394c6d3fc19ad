//! Where a line may end inside a word: Chinese and Japanese run their words
//! together without spaces, so a sentence of them is one "word" to a wrapper
//! that breaks only at blanks, and would run past the terminal's edge. A line
//! may end between two characters when either is of those scripts (Han
//! ideographs, kana, bopomofo, their punctuation and fullwidth forms), as it
//! may in print; Korean, which spaces its words, and emoji break at blanks
//! only. Never inside a character as the reader sees it (a letter and its
//! accent), nor before closing punctuation or a small kana, nor after opening
//! punctuation: the usual Japanese rules (kinsoku), which Chinese typesetting
//! shares. The marks of a highlight go with the text they mark.

use unicode_segmentation::UnicodeSegmentation;

use super::width::columns;
use super::wrap::{MARK_END, MARK_START};

/// The pieces of `word`, each with the columns it takes, between which a
/// line may end; a word with no Chinese or Japanese is one piece.
pub fn pieces(word: &str) -> Pieces<'_> {
    if word.chars().any(unspaced) {
        Pieces::Many(apart(word).into_iter())
    } else {
        Pieces::One(Some((word, columns(word))))
    }
}

/// Whether `c` is of a script written without spaces between its words:
/// Han ideographs, kana, bopomofo, CJK punctuation and symbols, and the
/// fullwidth and halfwidth forms but the halfwidth Hangul.
pub fn unspaced(c: char) -> bool {
    matches!(
        u32::from(c),
        0x2E80..=0x2FDF
            | 0x2FF0..=0x303F
            | 0x3040..=0x312F
            | 0x3190..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF9F
            | 0xFFE0..=0xFFEF
            | 0x20000..=0x3FFFF
    )
}

/// What `pieces` gives: most words whole, with nothing to allocate.
pub enum Pieces<'w> {
    One(Option<(&'w str, usize)>),
    Many(std::vec::IntoIter<(&'w str, usize)>),
}

impl<'w> Iterator for Pieces<'w> {
    type Item = (&'w str, usize);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Pieces::One(one) => one.take(),
            Pieces::Many(many) => many.next(),
        }
    }
}

/// The pieces of a word with Chinese or Japanese in it, in one pass each
/// way over its graphemes.
fn apart(word: &str) -> Vec<(&str, usize)> {
    let graphemes: Vec<(usize, &str)> = word.grapheme_indices(true).collect();
    let mark = |g: &str| g.starts_with([MARK_START, MARK_END]);
    // The first grapheme that is no mark at or after each place.
    let mut after: Vec<Option<&str>> = vec![None; graphemes.len() + 1];
    for (i, &(_, g)) in graphemes.iter().enumerate().rev() {
        after[i] = if mark(g) { after[i + 1] } else { Some(g) };
    }
    let mut out: Vec<(&str, usize)> = Vec::new();
    let (mut start, mut before) = (0, None);
    for i in 1..graphemes.len() {
        let (last, (at, here)) = (graphemes[i - 1].1, graphemes[i]);
        if !mark(last) {
            before = Some(last);
        }
        // A highlight's end stays with what it ends, its start with what it
        // starts; around them, the text on either side decides.
        if here.starts_with(MARK_END) || last.starts_with(MARK_START) {
            continue;
        }
        if let (Some(a), Some(b)) = (before, after[i])
            && may_break(a, b)
        {
            out.push((&word[start..at], columns(&word[start..at])));
            start = at;
        }
    }
    out.push((&word[start..], columns(&word[start..])));
    out
}

/// Whether a line may not start with grapheme `g`: closing punctuation, a
/// closing quote, a small kana.
pub fn no_line_start(g: &str) -> bool {
    g.chars().next().is_some_and(|c| NO_LINE_START.contains(c))
}

/// Whether a line may end between graphemes `a` and `b` of one word.
fn may_break(a: &str, b: &str) -> bool {
    let first = b.chars().next().unwrap_or(' ');
    let last = a.chars().next_back().unwrap_or(' ');
    let ours = |g: &str| g.chars().next().is_some_and(unspaced);
    (ours(a) || ours(b)) && !NO_LINE_START.contains(first) && !NO_LINE_END.contains(last)
}

/// What a line does not start with: closing brackets, quotes and
/// punctuation, the small kana and the marks that lengthen or repeat the
/// sound before them.
const NO_LINE_START: &str = ")]},.:;?!%”’〟％｡｣､、。，．・：；？！」』）］｝〕〉》】〙〗｠»ー々〻ゝゞヽヾ\
ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ‐゠–〜～…‥";

/// What a line does not end with: opening brackets and quotes.
const NO_LINE_END: &str = "([{“‘〝「『（［｛〔〈《【〘〖｟«";

#[cfg(test)]
mod tests {
    use super::pieces;

    fn split(word: &str) -> Vec<&str> {
        pieces(word).map(|(piece, _)| piece).collect()
    }

    #[test]
    fn words_of_narrow_scripts_stay_whole() {
        assert_eq!(split("Engineering"), ["Engineering"]);
        assert_eq!(split("Café"), ["Café"]);
        assert_eq!(split("Cafe\u{301}"), ["Cafe\u{301}"]);
    }

    #[test]
    fn wide_characters_part_but_not_before_closing_marks_or_after_opening_ones() {
        assert_eq!(split("日本語"), ["日", "本", "語"]);
        assert_eq!(split("役割です。"), ["役", "割", "で", "す。"]);
        assert_eq!(split("（技術）"), ["（技", "術）"]);
        assert_eq!(split("チーム"), ["チー", "ム"]);
        assert_eq!(split("ちょっと"), ["ちょっ", "と"]);
        // Latin letters next to a wide character part from it, not from
        // each other.
        assert_eq!(split("APIを使う"), ["API", "を", "使", "う"]);
    }

    #[test]
    fn korean_and_emoji_part_at_blanks_only() {
        assert_eq!(split("책임지고"), ["책임지고"]);
        assert_eq!(split("weekly✅"), ["weekly✅"]);
        let family = "👩\u{200d}👩\u{200d}👧";
        assert_eq!(
            split(&format!("{family}{family}")),
            [format!("{family}{family}")]
        );
    }

    #[test]
    fn chinese_quotes_keep_to_what_they_quote() {
        assert_eq!(split("说“好”，"), ["说", "“好”，"]);
        assert_eq!(split("‘这个’。"), ["‘这", "个’。"]);
    }

    #[test]
    fn a_highlight_goes_with_the_text_it_marks() {
        let (start, end) = (super::MARK_START, super::MARK_END);
        // Kinsoku holds through the marks: no break before the closing
        // bracket, nor after the opening one.
        let word = format!("（{start}面接{end}）");
        assert_eq!(split(&word), [format!("（{start}面"), format!("接{end}）")]);
        let word = format!("採用{start}面{end}接");
        assert_eq!(
            split(&word),
            [
                "採".to_string(),
                "用".into(),
                format!("{start}面{end}"),
                "接".into()
            ]
        );
        // The marks take no columns.
        let total: usize = pieces(&word).map(|(_, c)| c).sum();
        assert_eq!(total, 8);
        // Marks alone, or at a word's ends, or many in a row.
        for word in [
            format!("{start}{end}"),
            format!("{end}語{start}"),
            format!("語{}語", format!("{end}{start}").repeat(1000)),
        ] {
            let parts: Vec<&str> = split(&word);
            assert_eq!(parts.concat(), word);
        }
    }

    #[test]
    fn what_the_reader_sees_as_one_character_is_never_split() {
        let family = "👩\u{200d}👩\u{200d}👧";
        assert_eq!(split(&format!("語{family}語")), ["語", family, "語"]);
        let flag = "🇯🇵";
        assert_eq!(split(&format!("{flag}語")), [flag, "語"]);
        // The pieces always join back into the word, and take its columns.
        for word in ["日本語です。", "a👩\u{200d}👧b", "（x）", "ｋａ"] {
            let parts: Vec<(&str, usize)> = pieces(word).collect();
            assert_eq!(parts.iter().map(|(p, _)| *p).collect::<String>(), word);
            let total: usize = parts.iter().map(|(_, c)| c).sum();
            assert_eq!(total, super::columns(word), "{word}");
        }
    }
}
