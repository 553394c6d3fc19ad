//! Where a line may end inside a word: Chinese and Japanese run their words
//! together without spaces, so a sentence of them is one "word" to a wrapper
//! that breaks only at blanks, and would run past the terminal's edge. A line
//! may end between two characters when either is of a wide script (CJK
//! ideographs, kana, Hangul, fullwidth forms, emoji), as it may in print,
//! but never inside a character as the reader sees it (an emoji joined by
//! zero-width joiners, a letter and its accent), nor before closing
//! punctuation or a small kana, nor after opening punctuation: the usual
//! Japanese rules (kinsoku), which Chinese typesetting shares.

use unicode_segmentation::UnicodeSegmentation;

use super::width::{char_columns, columns};

/// The pieces of `word`, each with the columns it takes, between which a
/// line may end; a word with no wide character is one piece.
pub fn pieces(word: &str) -> Pieces<'_> {
    if word.chars().any(|c| char_columns(c) > 1) {
        Pieces::Many(apart(word).into_iter())
    } else {
        Pieces::One(Some((word, columns(word))))
    }
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

/// The pieces of a word with wide characters.
fn apart(word: &str) -> Vec<(&str, usize)> {
    let mut out: Vec<(&str, usize)> = Vec::new();
    let (mut start, mut end) = (0, 0);
    let mut before: Option<&str> = None;
    for (at, grapheme) in word.grapheme_indices(true) {
        if before.is_some_and(|last| may_break(last, grapheme)) {
            out.push((&word[start..end], columns(&word[start..end])));
            start = at;
        }
        end = at + grapheme.len();
        before = Some(grapheme);
    }
    out.push((&word[start..end], columns(&word[start..end])));
    out
}

/// Whether a line may end between graphemes `a` and `b` of one word.
fn may_break(a: &str, b: &str) -> bool {
    let wide = |g: &str| g.chars().next().is_some_and(|c| char_columns(c) > 1);
    let first = b.chars().next().unwrap_or(' ');
    let last = a.chars().next_back().unwrap_or(' ');
    (wide(a) || wide(b)) && !NO_LINE_START.contains(first) && !NO_LINE_END.contains(last)
}

/// What a line does not start with: closing brackets and punctuation, the
/// small kana and the marks that lengthen or repeat the sound before them.
const NO_LINE_START: &str = ")]},.:;?!%、。，．・：；？！」』）］｝〕〉》】〙〗｠»ー々〻ゝゞヽヾ\
ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ‐゠–〜～…‥";

/// What a line does not end with: opening brackets.
const NO_LINE_END: &str = "([{「『（［｛〔〈《【〘〖｟«";

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
    fn what_the_reader_sees_as_one_character_is_never_split() {
        let family = "👩\u{200d}👩\u{200d}👧";
        assert_eq!(split(&format!("{family}{family}")), [family, family]);
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
