//! The floor for importing a Markdown framework: reading the file and walking
//! every event pulldown-cmark parses from it, and nothing else.

fn main() {
    let path = std::env::args().nth(1).expect("usage: mdfloor FILE");
    let text = std::fs::read_to_string(&path).expect("a readable file");
    let events = pulldown_cmark::Parser::new_ext(&text, pulldown_cmark::Options::ENABLE_TABLES)
        .into_offset_iter()
        .count();
    println!("{events}");
}
