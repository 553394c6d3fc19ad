//! Reading a ladder from a git revision, `REV:PATH`, as `ladder changes
//! main:ladder.yaml ladder.yaml` does: the blob is read with `git cat-file`
//! from the repository around the current directory, up to the size limit.

use std::io::Read;
use std::process::{Command, Stdio};

/// The bytes of `spec` (`REV:PATH`), at most `limit + 1` of them so that the
/// caller can refuse an oversized file; on failure, why, in a sentence.
pub fn read(spec: &str, limit: u64) -> Result<Vec<u8>, String> {
    // `git cat-file` would read a spec that starts with '-' as an option.
    if spec.starts_with('-') {
        return Err("not a file, and as REV:PATH its revision cannot start with '-'".to_string());
    }
    let child = Command::new("git")
        .args(["cat-file", "blob", spec])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            let message = "not a file, and git, which would read it as REV:PATH, is not installed \
                           (or not on PATH)";
            return Err(message.to_string());
        }
        Err(err) => return Err(format!("cannot run git to read it: {err}")),
    };
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
        return Err(
            "not a file, and as REV:PATH it names no file in git (a directory, or nothing after the ':'); write REV:PATH to a file, like main:ladder.yaml"
                .to_string(),
        );
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
    Err(format!(
        "not a file, and git cannot read it as REV:PATH: {reason}"
    ))
}
