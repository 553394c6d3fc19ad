//! Reading a ladder from a git revision, `REV:PATH`, as `ladder changes
//! main:ladder.yaml ladder.yaml` does: the blob is read with `git cat-file`
//! from the repository around the current directory, up to the size limit,
//! following a symbolic link within the revision to the file it names.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};

/// Runs `git` with `args`, its output piped, and `stdin` piped when asked.
fn git(args: &[&str], stdin: bool) -> Result<Child, String> {
    let child = Command::new("git")
        // A repository's configured file-system monitor is a command git
        // runs to list files (`ls-files`): reading a ladder runs none.
        .args(["-c", "core.fsmonitor=false"])
        .args(args)
        .stdin(if stdin { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    match child {
        Ok(child) => Ok(child),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Err(
            "not a file, and git, which would read it as REV:PATH, is not installed (or not on PATH)"
                .to_string(),
        ),
        Err(err) => Err(format!("cannot run git to read it: {err}")),
    }
}

/// The bytes of `spec` (`REV:PATH`), at most `limit + 1` of them so that the
/// caller can refuse an oversized file; on failure, why, in a sentence. A
/// path that is a symbolic link in the revision is read where it leads.
pub fn read(spec: &str, limit: u64) -> Result<Vec<u8>, String> {
    // `git cat-file` would read a spec that starts with '-' as an option.
    if spec.starts_with('-') {
        return Err("not a file, and as REV:PATH its revision cannot start with '-'".to_string());
    }
    // A link in the index is followed here, as git follows one in a revision.
    let mut spec = spec.to_string();
    for followed in 0..MAX_LINKS {
        let bytes = batch(&spec, limit).map_err(|why| match followed {
            0 => why,
            _ => LINK.replace("{what}", "names a path the index does not have"),
        })?;
        match staged_link(&spec, &bytes)? {
            Some(target) => spec = target,
            None => return Ok(bytes),
        }
    }
    Err(LINK.replace("{what}", "leads round in a loop of links"))
}

/// The most links followed from one spec, as the kernel's own limit.
const MAX_LINKS: usize = 40;

/// What is said of a link that leads out of the repository, to `target`.
fn outside(target: &str) -> String {
    format!(
        "not a file, and as REV:PATH it is a symbolic link to '{}', outside the repository: name a file in the repository",
        crate::output::escape::escape(target)
    )
}

/// When `spec` is `:PATH`, the copy staged for the next commit, and that is
/// a symbolic link whose target `bytes` holds, the spec of what it leads
/// to: git follows links in a revision, not in the index. A link's blob is
/// its target, one short line; any other is not looked up.
fn staged_link(spec: &str, bytes: &[u8]) -> Result<Option<String>, String> {
    let Some(path) = spec.strip_prefix(':') else {
        return Ok(None);
    };
    // `:N:PATH` is a stage of a merge, `:/TEXT` a commit found by its message.
    let staged = path.split_once(':').is_some_and(|(n, _)| n.len() == 1);
    if staged || path.starts_with('/') || bytes.len() > 4096 || bytes.contains(&b'\n') {
        return Ok(None);
    }
    // `:PATH` is from the repository's top, `:./PATH` from here.
    let pathspec = match path.starts_with("./") || path.starts_with("../") {
        true => path.to_string(),
        false => format!(":(top){path}"),
    };
    let listed = Command::new("git")
        // The repository's file-system monitor, a command of its own, stays off.
        .args(["-c", "core.fsmonitor=false"])
        .args(["ls-files", "--stage", "-z", "--full-name", "--", &pathspec])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output();
    let Ok(listed) = listed else {
        return Ok(None);
    };
    // `MODE OID STAGE\tNAME`, a link's mode 120000.
    let entry = String::from_utf8_lossy(&listed.stdout);
    let Some(name) = (entry.split('\0').next())
        .and_then(|line| line.strip_prefix("120000 "))
        .and_then(|rest| rest.split_once('\t'))
        .map(|(_, name)| name)
    else {
        return Ok(None);
    };
    let target = String::from_utf8_lossy(bytes);
    if target.starts_with('/') {
        return Err(outside(&target));
    }
    let mut parts: Vec<&str> = name.split('/').collect();
    parts.pop();
    for step in target.split('/') {
        match step {
            "" | "." => {}
            ".." => {
                parts.pop().ok_or_else(|| outside(&target))?;
            }
            step => parts.push(step),
        }
    }
    Ok(Some(format!(":{}", parts.join("/"))))
}

/// `read` of one spec by `git cat-file --batch`, following links within a
/// revision.
fn batch(spec: &str, limit: u64) -> Result<Vec<u8>, String> {
    // The batch reads one spec a line: one with a line break is read whole.
    if spec.contains(['\n', '\r']) {
        return blob(spec, limit);
    }
    let mut child = git(&["cat-file", "--batch", "--follow-symlinks"], true)?;
    if let Some(mut stdin) = child.stdin.take() {
        // A git that stopped early says why below.
        let _ = stdin.write_all(format!("{spec}\n").as_bytes());
    }
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut out = BufReader::new(stdout);
    // `<oid> <type> <size>`, `<spec> missing`, or what a link led to.
    let mut header = Vec::new();
    let _ = (&mut out).take(4096).read_until(b'\n', &mut header);
    let header = String::from_utf8_lossy(&header).trim_end().to_string();
    let words: Vec<&str> = header.split(' ').collect();
    let size = |word: Option<&&str>| word.and_then(|w| w.parse::<u64>().ok());
    // An object's name is hexadecimal; a spec git does not find (`HEAD:x
    // tree`, say) comes back with `missing` after it.
    let object = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_hexdigit());
    let unknown = header.ends_with(" missing") || header.ends_with(" ambiguous");
    let found = match words.as_slice() {
        _ if unknown => Err(String::new()),
        [oid, "blob", n] if object(oid) => match size(Some(n)) {
            Some(n) => {
                let mut bytes = Vec::new();
                let read = (&mut out).take(n.min(limit + 1)).read_to_end(&mut bytes);
                read.map(|_| bytes)
                    .map_err(|err| format!("cannot read it from git: {err}"))
            }
            None => Err(format!(
                "not a file, and git cannot read it as REV:PATH: {header}"
            )),
        },
        [oid, "tree" | "commit" | "tag", _] if object(oid) => Err(NO_FILE.to_string()),
        ["symlink", n] => {
            let mut target = Vec::new();
            let _ = (&mut out)
                .take(size(Some(n)).unwrap_or(0).min(4096))
                .read_to_end(&mut target);
            Err(outside(&String::from_utf8_lossy(&target)))
        }
        ["dangling", _] => Err(LINK.replace("{what}", "names a path the revision does not have")),
        ["loop", _] => Err(LINK.replace("{what}", "leads round in a loop of links")),
        ["notdir", _] => {
            Err(LINK.replace("{what}", "leads through a file as if it were a directory"))
        }
        // Missing or ambiguous: git's own words say which.
        _ => Err(String::new()),
    };
    let _ = child.kill();
    let _ = child.wait();
    match found {
        Err(why) if why.is_empty() => blob(spec, limit),
        found => found,
    }
}

/// What is said of a spec that names a directory or nothing in git.
const NO_FILE: &str = "not a file, and as REV:PATH it names no file in git (a directory, or nothing after the ':'); write REV:PATH to a file, like main:ladder.yaml";

/// What is said of a symbolic link in git that leads to no file.
const LINK: &str =
    "not a file, and as REV:PATH it is a symbolic link in git that {what}: name the file itself";

/// `read` by `git cat-file blob`, which says in its own words why a spec
/// names no file.
fn blob(spec: &str, limit: u64) -> Result<Vec<u8>, String> {
    let mut child = git(&["cat-file", "blob", spec], false)?;
    let mut bytes = Vec::new();
    let stdout = child.stdout.take().expect("stdout is piped");
    let read = stdout.take(limit + 1).read_to_end(&mut bytes);
    if bytes.len() as u64 > limit {
        // Past the limit the rest is not wanted: stop git rather than drain it.
        let _ = child.kill();
    }
    let mut stderr = String::new();
    if let Some(mut err) = child.stderr.take() {
        let _ = err.read_to_string(&mut stderr);
    }
    let status = child
        .wait()
        .map_err(|err| format!("git did not finish: {err}"))?;
    read.map_err(|err| format!("cannot read it from git: {err}"))?;
    if bytes.len() as u64 > limit || status.success() {
        return Ok(bytes);
    }
    if stderr.contains("bad file") || spec.ends_with(':') || stderr.contains("expected blob") {
        return Err(NO_FILE.to_string());
    }
    // git's own message, on one line.
    let reason: Vec<&str> = (stderr.lines())
        .map(|line| line.trim().trim_start_matches("fatal: "))
        .filter(|line| !line.is_empty())
        .collect();
    let reason = if reason.is_empty() {
        "git failed".to_string()
    } else {
        reason.join(" ")
    };
    // A revision git does not know (`main` where the branch is `master`):
    // the branches it does know.
    let (reason, branches) = match reason.contains("invalid object name") {
        true => match branches() {
            Some(b) => (
                reason.trim_end_matches('.'),
                format!("; the branches here: {b}"),
            ),
            None => (reason.as_str(), String::new()),
        },
        false => (reason.as_str(), String::new()),
    };
    // Git reads `REV:PATH` from the top of the repository; below it, a path
    // meant from here is written `REV:./PATH`.
    let path = spec.split_once(':').map_or("", |(_, path)| path);
    let here = match reason.contains("does not exist in") && !path.starts_with(['.', '/']) {
        true => prefix().map(|p| {
            format!("; git reads REV:PATH from the repository's top, and this is {p}: for a path from here, write REV:./PATH")
        }),
        false => None,
    };
    let branches = branches + here.as_deref().unwrap_or("");
    Err(format!(
        "not a file, and git cannot read it as REV:PATH: {reason}{branches}"
    ))
}

/// Where the current directory is within its repository (`sub/`), for a
/// message; `None` at the top, or outside a repository.
fn prefix() -> Option<String> {
    let listed = Command::new("git")
        .args(["rev-parse", "--show-prefix"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let prefix = String::from_utf8_lossy(&listed.stdout).trim().to_string();
    (!prefix.is_empty()).then(|| crate::output::escape::escape_line(&prefix).into_owned())
}

/// The local branches of the repository around the current directory, the
/// first few, for a message; `None` when git lists none.
fn branches() -> Option<String> {
    let listed = Command::new("git")
        .args(["for-each-ref", "--format=%(refname:short)", "refs/heads"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let names = String::from_utf8_lossy(&listed.stdout);
    let names: Vec<&str> = names.lines().filter(|n| !n.is_empty()).collect();
    let shown = names.iter().take(8).copied().collect::<Vec<_>>().join(", ");
    match names.len() {
        0 => None,
        n if n > 8 => Some(format!("{shown}, … ({n} in all)")),
        _ => Some(shown),
    }
    .map(|b| crate::output::escape::escape_line(&b).into_owned())
}
