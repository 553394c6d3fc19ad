//! A Markdown source as the blocks the importers read: headings, paragraphs,
//! list items (with their bold lead word), and what they leave out, each with
//! its byte offset for warnings.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading {
        depth: usize,
        text: String,
    },
    Paragraph(String),
    /// A list item: its bold lead (`**Adopts**: …`), if it starts with one, and its text.
    Item {
        strong: Option<String>,
        text: String,
    },
    /// Anything else: HTML, a table, an image, code.
    Other(&'static str),
}

/// The blocks of `text`, each with its offset.
pub fn blocks(text: &str) -> Vec<(Block, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(Block, usize)> = None;
    let mut depth_in_list = 0usize;
    let mut strong_open = false;
    let mut leading = true;
    // The address of the link being read: kept after its text.
    let mut link: Option<String> = None;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
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
                current = Some((
                    Block::Heading {
                        depth,
                        text: String::new(),
                    },
                    range.start,
                ));
            }
            Event::Start(Tag::Paragraph) if depth_in_list == 0 && current.is_none() => {
                current = Some((Block::Paragraph(String::new()), range.start));
            }
            Event::Start(Tag::List(_)) => depth_in_list += 1,
            Event::End(TagEnd::List(_)) => depth_in_list = depth_in_list.saturating_sub(1),
            Event::Start(Tag::Item) if depth_in_list == 1 => {
                current = Some((
                    Block::Item {
                        strong: None,
                        text: String::new(),
                    },
                    range.start,
                ));
                leading = true;
            }
            // Within an item, a nested item or a second paragraph is set off
            // from the text before it rather than run into it.
            Event::Start(Tag::Item | Tag::Paragraph) if depth_in_list >= 1 => {
                if let Some((Block::Item { text, .. }, _)) = current.as_mut()
                    && !text.is_empty()
                {
                    text.push_str("; ");
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let (
                    Some(url),
                    Some((
                        Block::Heading { text, .. }
                        | Block::Paragraph(text)
                        | Block::Item { text, .. },
                        _,
                    )),
                ) = (link.take(), current.as_mut())
                {
                    text.push_str(&format!(" ({url})"));
                }
            }
            Event::Start(Tag::Image { .. }) => out.push((Block::Other("an image"), range.start)),
            Event::Start(Tag::Strong) => strong_open = true,
            Event::End(TagEnd::Strong) => strong_open = false,
            Event::Text(t) | Event::Code(t) => {
                if let Some((block, _)) = current.as_mut() {
                    match block {
                        Block::Heading { text, .. } | Block::Paragraph(text) => text.push_str(&t),
                        Block::Item { strong, text } => {
                            if strong_open && leading {
                                strong.get_or_insert_with(String::new).push_str(&t);
                            } else {
                                leading = false;
                            }
                            text.push_str(&t);
                        }
                        Block::Other(_) => {}
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((
                    Block::Heading { text, .. } | Block::Paragraph(text) | Block::Item { text, .. },
                    _,
                )) = current.as_mut()
                {
                    text.push(' ');
                }
            }
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Paragraph)
                if depth_in_list == 0 =>
            {
                out.extend(current.take());
            }
            Event::End(TagEnd::Item) if depth_in_list == 1 => out.extend(current.take()),
            // HTML is left out, whether a block of its own or inside text.
            Event::Html(_) if current.is_none() => out.push((Block::Other("HTML"), range.start)),
            Event::InlineHtml(_) => out.push((Block::Other("HTML"), range.start)),
            Event::Start(Tag::Table(_)) => out.push((Block::Other("a table"), range.start)),
            Event::Start(Tag::CodeBlock(_)) => {
                out.push((Block::Other("a code block"), range.start))
            }
            _ => {}
        }
    }
    out
}
