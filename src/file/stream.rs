//! Reading a pipe or a terminal that the command line names as a file, as
//! `--ladder <(git show main:ladder.yaml)` and `--ladder /dev/stdin` do: read
//! to its end within the size limit, as standard input is, without waiting
//! for a writer that is not there.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::time::{Duration, Instant};

use super::read::MAX_BYTES;

/// Opens `path` for reading without waiting for a writer, should it be a
/// named pipe.
pub fn open(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

/// Whether what `meta` describes is a pipe, or the terminal standard input
/// is (`/dev/stdin` at a prompt), read as standard input is. Another device
/// (`/dev/zero`, `/dev/ptmx`, which would never end), a disk, a socket or a
/// directory is not.
pub fn is_stream(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{FileTypeExt, MetadataExt};
        let kind = meta.file_type();
        // SAFETY: `isatty` only asks about standard input's descriptor.
        let terminal = || {
            let input = std::fs::metadata("/dev/stdin");
            (unsafe { libc::isatty(0) } == 1)
                && input.is_ok_and(|i| i.file_type().is_char_device() && i.rdev() == meta.rdev())
        };
        kind.is_fifo() || kind.is_char_device() && terminal()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Of `paths` as a command line names them (`-` for standard input), two
/// that are one pipe or terminal, which can be read once: `/dev/stdin` and
/// `-`, or one `<(…)` given twice. Their places in `paths`. Nothing is
/// opened to tell.
pub fn named_twice(paths: &[&Path]) -> Option<(usize, usize)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mut seen: Vec<((u64, u64), usize)> = Vec::new();
        for (i, path) in paths.iter().enumerate() {
            let path = match path.as_os_str() == "-" {
                true => Path::new("/dev/stdin"),
                false => path,
            };
            let Ok(meta) = std::fs::metadata(path) else {
                continue;
            };
            if !is_stream(&meta) {
                continue;
            }
            let key = (meta.dev(), meta.ino());
            if let Some(&(_, first)) = seen.iter().find(|(k, _)| *k == key) {
                return Some((first, i));
            }
            seen.push((key, i));
        }
        None
    }
    #[cfg(not(unix))]
    {
        let _ = paths;
        None
    }
}

/// What `meta` describes, for a message: `a named pipe`, `a device`, ….
pub fn kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            "a pipe"
        } else if kind.is_socket() {
            "a socket"
        } else if kind.is_block_device() {
            "a disk (a block device)"
        } else if kind.is_char_device() {
            "a device"
        } else {
            "not a regular file"
        }
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        "not a regular file"
    }
}

/// How long a named pipe is waited on for a writer to open it.
pub const WRITER_WAIT: Duration = Duration::from_secs(5);

/// Why a named pipe gave nothing: nothing was written to it in time.
pub const NO_WRITER: &str = "this is a named pipe, and nothing was written to it within 5 \
     seconds; start the program that writes the ladder into it, or send the ladder to \
     standard input and name it `-`";

/// Reads `file`, a stream `is_stream` accepts, into `bytes`, up to one byte
/// past the size limit, as standard input is read. A named pipe that no
/// program has opened to write yet (it gives its end at once) is waited on
/// for `WRITER_WAIT`, then `NO_WRITER` says why nothing was read; a shell's
/// pipe (`<(…)`, `/dev/stdin`) always has its writer, and ends when it ends.
pub fn read(
    mut file: File,
    meta: &std::fs::Metadata,
    bytes: &mut Vec<u8>,
) -> io::Result<Option<&'static str>> {
    #[cfg(unix)]
    if std::os::unix::fs::FileTypeExt::is_fifo(&meta.file_type()) && !anonymous(&file) {
        let deadline = Instant::now() + WRITER_WAIT;
        let mut first = [0; 8192];
        loop {
            match file.read(&mut first) {
                Ok(0) if Instant::now() >= deadline => return Ok(Some(NO_WRITER)),
                Ok(0) => std::thread::sleep(Duration::from_millis(20)),
                Ok(n) => {
                    bytes.extend_from_slice(&first[..n]);
                    break;
                }
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => break,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => return Err(err),
            }
        }
    }
    let _ = meta;
    waiting(&file)?;
    let left = (MAX_BYTES + 1).saturating_sub(bytes.len() as u64);
    file.take(left).read_to_end(bytes)?;
    Ok(None)
}

/// Whether `file` is a pipe with no name (a shell's `|` or `<(…)`), which
/// had its writer before `ladder` ran, rather than a named one (`mkfifo`).
fn anonymous(file: &File) -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let link = std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd()));
        link.is_ok_and(|l| l.as_os_str().as_encoded_bytes().starts_with(b"pipe:"))
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = file;
        false
    }
}

/// Makes reads of `file` wait for data again, as it was opened not to.
fn waiting(file: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        let fd = file.as_raw_fd();
        // SAFETY: `fd` is the open descriptor `file` owns for this call's
        // length; F_GETFL and F_SETFL read and set its status flags only.
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}
