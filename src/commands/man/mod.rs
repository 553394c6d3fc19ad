//! `ladder man [SUBCOMMAND] [--dir DIR]`: manual pages generated from the
//! command line's own definition, one for `ladder` and one per subcommand.

mod page;
mod synopsis;

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::CommandFactory;

use crate::cli::Cli;
use crate::cli::command::ManArgs;
use crate::file::write;

/// A manual page: its file name and its roff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub file_name: String,
    pub roff: String,
}

/// The page of `subcommand`, or of `ladder` itself; with `all`, that of
/// `ladder` and of every subcommand.
pub fn pages(subcommand: Option<&str>, all: bool) -> Vec<Page> {
    let mut root = Cli::command().disable_help_subcommand(true);
    root.build();
    let page_of = |cmd: &clap::Command, is_root| Page {
        file_name: format!("{}.1", cmd.get_display_name().unwrap_or(cmd.get_name())),
        roff: page::page(cmd, is_root),
    };
    match subcommand {
        // A nested subcommand's page is named by both words: `assess-init`.
        Some(name) => (name.split('-'))
            .try_fold(&root, |cmd, word| cmd.find_subcommand(word))
            .or_else(|| root.find_subcommand(name))
            .map(|cmd| page_of(cmd, false))
            .into_iter()
            .collect(),
        None if all => std::iter::once(page_of(&root, true))
            .chain(root.get_subcommands().flat_map(|cmd| {
                std::iter::once(cmd)
                    .chain(cmd.get_subcommands())
                    .map(|cmd| page_of(cmd, false))
            }))
            .collect(),
        None => vec![page_of(&root, true)],
    }
}

/// Runs `ladder man`: the page on standard output, or with `--dir` every page
/// (or the one asked for) written into that directory, whose paths are the
/// answer.
pub fn run(args: &ManArgs) -> anyhow::Result<String> {
    let name = args.subcommand.as_deref().map(str::to_ascii_lowercase);
    let pages = pages(name.as_deref(), args.dir.is_some());
    match &args.dir {
        None => Ok(pages.into_iter().map(|page| page.roff).collect()),
        Some(dir) => {
            let written = write_pages(dir, &pages, args.force)?;
            Ok(written
                .iter()
                .map(|p| format!("{}\n", p.display()))
                .collect())
        }
    }
}

/// Writes `pages` into `dir`, made if missing. Nothing is written when one of
/// them exists and `force` is not given; each page is written to a temporary
/// file first and renamed into place, so none is ever half-written.
fn write_pages(dir: &Path, pages: &[Page], force: bool) -> anyhow::Result<Vec<PathBuf>> {
    let shown = dir.display();
    if dir.as_os_str() == "-" {
        bail!(
            "--dir names a directory for the pages, which standard output (`-`) cannot be; leave --dir out to print a page"
        );
    }
    if dir.exists() && !dir.is_dir() {
        bail!("{shown}: not a directory; give --dir a directory to write the pages into");
    }
    let paths: Vec<PathBuf> = pages.iter().map(|p| dir.join(&p.file_name)).collect();
    if !force && let Some(taken) = paths.iter().find(|path| write::taken(path)) {
        bail!(
            "{}: already exists; pass --force to replace the pages in {shown}",
            taken.display()
        );
    }
    fs::create_dir_all(dir).with_context(|| format!("{shown}: cannot make the directory"))?;
    for (page, path) in pages.iter().zip(&paths) {
        write::write_whole(path, &page.roff)
            .with_context(|| format!("{}: cannot write the page", path.display()))?;
    }
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_a_page_for_ladder_and_each_subcommand() {
        let names: Vec<String> = pages(None, true).into_iter().map(|p| p.file_name).collect();
        assert_eq!(names[0], "ladder.1");
        assert!(names.contains(&"ladder-show.1".to_owned()));
        assert!(!names.contains(&"ladder-help.1".to_owned()));
        assert!(names.contains(&"ladder-assess-init.1".to_owned()));
        let mut root = Cli::command().disable_help_subcommand(true);
        root.build();
        let subcommands = root.get_subcommands().count();
        let nested: usize = root
            .get_subcommands()
            .map(|c| c.get_subcommands().count())
            .sum();
        assert_eq!(names.len(), 1 + subcommands + nested);
    }

    #[test]
    fn a_subcommand_page_has_its_own_synopsis_options_and_examples() {
        let show = &pages(Some("show"), false)[0];
        assert_eq!(show.file_name, "ladder-show.1");
        let roff = &show.roff;
        assert!(roff.contains(r"\fBladder show\fR"), "{roff}");
        // The synopsis names what each option takes.
        assert!(roff.contains(r"[\fB\-\-ladder\fR \fIFILE\fR]"), "{roff}");
        assert!(roff.contains(r"<\fILEVEL\fR>"), "{roff}");
        // A required option stands bare; a command whose file and
        // subcommands exclude each other has a line for each form.
        let import = &pages(Some("import"), false)[0].roff;
        assert!(
            import.contains(r"] \fB\-\-from\fR \fIFROM\fR <"),
            "{import}"
        );
        let assess = &pages(Some("assess"), false)[0].roff;
        assert!(assess.contains(r"<\fIFILE\fR>"), "{assess}");
        assert!(
            assess.contains("\n.br\n\\fBladder assess\\fR <\\fICOMMAND\\fR>\n"),
            "{assess}"
        );
        assert!(roff.contains(".SH EXAMPLES"));
        assert!(
            roff.contains(r"ladder show staff \-\-format yaml"),
            "{roff}"
        );
        assert!(roff.contains(".SH \"EXIT STATUS\""), "{roff}");
        assert!(!roff.contains("SUBCOMMANDS"));
    }

    #[test]
    fn the_preamble_is_written_once() {
        let roff = &pages(None, false)[0].roff;
        assert_eq!(roff.matches(".ds Aq").count(), 2, "{roff}");
        assert!(roff.starts_with(".ie"));
    }

    #[test]
    fn every_page_can_be_asked_for_by_name() {
        for name in crate::cli::command::MAN_PAGES {
            assert_eq!(pages(Some(name), false).len(), 1, "{name}");
        }
        let mut root = Cli::command().disable_help_subcommand(true);
        root.build();
        let mut names: Vec<String> = (root.get_subcommands())
            .flat_map(|c| {
                let nested = c.get_subcommands();
                let nested = nested.map(|n| format!("{}-{}", c.get_name(), n.get_name()));
                std::iter::once(c.get_name().to_owned()).chain(nested.collect::<Vec<_>>())
            })
            .collect();
        names.sort_unstable();
        let mut known = crate::cli::command::MAN_PAGES.map(str::to_owned).to_vec();
        known.sort_unstable();
        assert_eq!(known, names);
    }
}
