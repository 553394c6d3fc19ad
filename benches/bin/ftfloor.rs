//! The floor for importing a Financial Times job family: a bare
//! `serde_yaml::from_str` of the file into typed structs with the format's
//! fields, and nothing else.

use serde::Deserialize;

#[allow(dead_code)]
#[derive(Deserialize)]
struct Family {
    name: String,
    summary: Option<String>,
    levels: Vec<Named>,
    themes: Vec<Theme>,
    competencies: Vec<Competency>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Named {
    id: String,
    name: String,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Theme {
    id: String,
    name: String,
    summary: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Competency {
    id: String,
    level: String,
    theme: String,
    summary: String,
    proficiency: Option<String>,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    supporting_urls: Vec<Link>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Link {
    label: String,
    url: String,
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: ftfloor FILE");
    let text = std::fs::read_to_string(&path).expect("a readable file");
    let family: Family = serde_yaml::from_str(&text).expect("a job family");
    println!("{}", family.competencies.len());
}
