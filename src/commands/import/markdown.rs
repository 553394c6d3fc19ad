//! A Markdown source as the blocks the importers read: headings, paragraphs,
//! list items (with their bold lead word), and what they leave out, each with
//! its byte offset for warnings. Blocks are read one at a time into buffers
//! that are reused, so a source of thousands of bullets costs no string per
//! bullet until an importer keeps one; an item whose text is one piece the
//! parser lends out for the whole run (most often a slice of the source) is
//! also given as that piece, for an importer to borrow instead of copying.

use pulldown_cmark::{CowStr, Event, HeadingLevel, OffsetIter, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block<'b, 't> {
    Heading {
        depth: usize,
        text: &'b str,
    },
    Paragraph(&'b str),
    /// A list item: its bold lead (`**Adopts**: …`), if it starts with one, and its text.
    Item {
        strong: Option<&'b str>,
        text: &'b str,
        /// The same text, lent for the whole run, when the parser gave it as
        /// one borrowed piece: a slice of the source, or one of the parser's
        /// own (an entity's character, say). Not an offset into the source.
        source: Option<&'t str>,
        /// Whether HTML in it was left out.
        html: bool,
    },
    /// Anything else: HTML, a table, an image, code.
    Other(&'static str),
}

/// What is said of a bullet with no text: one of HTML only is not empty.
pub fn empty_bullet(html: bool) -> String {
    match html {
        true => "a bullet of HTML only; HTML is left out: a ladder keeps text".to_string(),
        false => "an empty bullet; left out".to_string(),
    }
}

/// The kind of block being read.
#[derive(Clone, Copy)]
enum Open {
    Heading(usize),
    Paragraph,
    Item,
}

/// The blocks of a source, read one at a time: `while let Some((block,
/// offset)) = blocks.next()`. Each block borrows the reader until the next.
pub struct Blocks<'t> {
    events: OffsetIter<'t>,
    /// The block being read, and its offset.
    open: Option<(Open, usize)>,
    text: String,
    /// The bold lead of the item being read, when it has one.
    strong: Option<String>,
    depth_in_list: usize,
    strong_open: bool,
    /// Whether nothing but bold text is read yet of the item.
    leading: bool,
    /// The address of the link being read: kept after its text.
    link: Option<CowStr<'t>>,
    /// The block's text as one borrowed piece, while it is one.
    run: Option<&'t str>,
    /// Whether HTML was left out of the block being read.
    html: bool,
}

impl<'t> Blocks<'t> {
    pub fn new(text: &'t str) -> Self {
        Blocks {
            // Front matter (`---` YAML at the top, as Hugo and Jekyll pages
            // have) is read as such, not as a rule and a heading.
            events: Parser::new_ext(
                text,
                Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS,
            )
            .into_offset_iter(),
            open: None,
            text: String::new(),
            strong: None,
            depth_in_list: 0,
            strong_open: false,
            leading: true,
            link: None,
            run: None,
            html: false,
        }
    }

    /// Starts reading a block of `kind` at `offset`.
    fn open(&mut self, kind: Open, offset: usize) {
        self.open = Some((kind, offset));
        self.text.clear();
        self.strong = None;
        self.run = None;
        self.html = false;
    }

    /// Adds `words` to the block's text, noting whether the text is still
    /// one borrowed piece.
    fn push(&mut self, words: &CowStr<'t>) {
        self.run = match words {
            CowStr::Borrowed(run) if self.text.is_empty() => Some(run),
            _ => None,
        };
        self.text.push_str(words);
    }

    /// The next block and its offset; `None` at the end of the source.
    #[allow(clippy::should_implement_trait)] // each block borrows the reader
    pub fn next(&mut self) -> Option<(Block<'_, 't>, usize)> {
        loop {
            let (event, range) = self.events.next()?;
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    let depth = match level {
                        HeadingLevel::H1 => 1,
                        HeadingLevel::H2 => 2,
                        HeadingLevel::H3 => 3,
                        HeadingLevel::H4 => 4,
                        HeadingLevel::H5 => 5,
                        HeadingLevel::H6 => 6,
                    };
                    self.open(Open::Heading(depth), range.start);
                }
                Event::Start(Tag::Paragraph) if self.depth_in_list == 0 && self.open.is_none() => {
                    self.open(Open::Paragraph, range.start);
                }
                Event::Start(Tag::List(_)) => self.depth_in_list += 1,
                Event::End(TagEnd::List(_)) => {
                    self.depth_in_list = self.depth_in_list.saturating_sub(1)
                }
                Event::Start(Tag::Item) if self.depth_in_list == 1 => {
                    self.open(Open::Item, range.start);
                    self.leading = true;
                }
                // Within an item, a nested item or a second paragraph is set off
                // from the text before it rather than run into it.
                Event::Start(Tag::Item | Tag::Paragraph)
                    if self.depth_in_list >= 1
                        && matches!(self.open, Some((Open::Item, _)))
                        && !self.text.is_empty() =>
                {
                    self.push(&CowStr::Borrowed("; "));
                }
                Event::Start(Tag::Link { dest_url, .. }) => self.link = Some(dest_url),
                Event::End(TagEnd::Link) => {
                    if let (Some(url), Some(_)) = (self.link.take(), self.open) {
                        for words in [CowStr::Borrowed(" ("), url, CowStr::Borrowed(")")] {
                            self.push(&words);
                        }
                    }
                }
                Event::Start(Tag::Image { .. }) => {
                    return Some((Block::Other("an image"), range.start));
                }
                Event::Start(Tag::Strong) => self.strong_open = true,
                Event::End(TagEnd::Strong) => self.strong_open = false,
                Event::Text(t) | Event::Code(t) => {
                    if let Some((kind, _)) = self.open {
                        if let Open::Item = kind {
                            if self.strong_open && self.leading {
                                self.strong.get_or_insert_with(String::new).push_str(&t);
                            } else {
                                self.leading = false;
                            }
                        }
                        self.push(&t);
                    }
                }
                Event::SoftBreak | Event::HardBreak if self.open.is_some() => {
                    self.push(&CowStr::Borrowed(" "));
                }
                Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Paragraph)
                    if self.depth_in_list == 0 =>
                {
                    if let Some((kind, offset)) = self.open.take() {
                        return Some((self.block(kind), offset));
                    }
                }
                Event::End(TagEnd::Item) if self.depth_in_list == 1 => {
                    if let Some((kind, offset)) = self.open.take() {
                        return Some((self.block(kind), offset));
                    }
                }
                // HTML is left out, whether a block of its own or inside text.
                Event::Html(_) if self.open.is_none() => {
                    return Some((Block::Other("HTML"), range.start));
                }
                // HTML inside a block (a bullet of a `<script>`) is left out
                // of its text, and said to be.
                Event::Html(_) => self.html = true,
                Event::InlineHtml(_) => return Some((Block::Other("HTML"), range.start)),
                Event::Start(Tag::Table(_)) => return Some((Block::Other("a table"), range.start)),
                Event::Start(Tag::MetadataBlock(_)) => {
                    return Some((Block::Other("front matter"), range.start));
                }
                Event::Start(Tag::CodeBlock(_)) => {
                    return Some((Block::Other("a code block"), range.start));
                }
                _ => {}
            }
        }
    }

    /// The block of `kind` just read.
    fn block(&self, kind: Open) -> Block<'_, 't> {
        match kind {
            Open::Heading(depth) => Block::Heading {
                depth,
                text: &self.text,
            },
            Open::Paragraph => Block::Paragraph(&self.text),
            Open::Item => Block::Item {
                strong: self.strong.as_deref(),
                text: &self.text,
                source: self.run,
                html: self.html,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Blocks;

    /// Every block of `text`, each as a line.
    fn all(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut blocks = Blocks::new(text);
        while let Some((block, offset)) = blocks.next() {
            out.push(format!("{offset}: {block:?}"));
        }
        out
    }

    #[test]
    fn blocks_keep_their_text_their_bold_lead_and_their_place() {
        let text = "# Track\n\nSome words,\nwrapped.\n\n## Level\n\n- **Adopts**: a [tool](https://x.test)\n  - nested\n- plain `code`\n- one run\n\n<div>x</div>\n\n| a |\n|---|\n| b |\n\n![pic](p.png)\n";
        assert_eq!(
            all(text),
            [
                r#"0: Heading { depth: 1, text: "Track" }"#,
                r#"9: Paragraph("Some words, wrapped.")"#,
                r#"31: Heading { depth: 2, text: "Level" }"#,
                r#"41: Item { strong: Some("Adopts"), text: "Adopts: a tool (https://x.test); nested", source: None, html: false }"#,
                r#"91: Item { strong: None, text: "plain code", source: None, html: false }"#,
                // One run of the source's text is also given as its slice.
                r#"106: Item { strong: None, text: "one run", source: Some("one run"), html: false }"#,
                r#"117: Other("HTML")"#,
                r#"131: Other("a table")"#,
                // An image is left out, and its words are a paragraph.
                r#"150: Other("an image")"#,
                r#"150: Paragraph("pic")"#,
            ]
        );
    }

    #[test]
    fn front_matter_is_left_out_as_a_block_not_read_as_a_heading() {
        let text = "---\ntitle: \"Engineer\"\nweight: 101\n---\n\n## Engineer\n\n- owns tasks\n";
        assert_eq!(
            all(text),
            [
                r#"0: Other("front matter")"#,
                r#"39: Heading { depth: 2, text: "Engineer" }"#,
                r#"52: Item { strong: None, text: "owns tasks", source: Some("owns tasks"), html: false }"#,
            ]
        );
    }
}
