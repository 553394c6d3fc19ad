//! Reading a pipe or a terminal that the command line names as a file, as
//! `--ladder <(git show main:ladder.yaml)` and `--ladder /dev/stdin` do: read
//! to its end within the size limit, as standard input is, without waiting
//! for a writer that is not there.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

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

/// Whether what `meta` describes is a pipe or a character device (a
/// terminal, `/dev/null`), read as standard input is. A disk, a socket or a
/// directory is not.
pub fn is_stream(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        kind.is_fifo() || kind.is_char_device()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
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

/// Why a pipe gave nothing at once: nothing wrote to it, and nothing has it
/// open to write.
pub const NO_WRITER: &str = "this is a pipe that nothing has written to and nothing is writing to; \
     start the program that writes it first, or send it to standard input and name it `-`";

/// Reads `file`, a stream `is_stream` accepts, into `bytes`, up to one byte
/// past the size limit. A pipe is looked at first without waiting: one with
/// no writer ends at once, and `NO_WRITER` says so rather than an empty file.
/// Then it is read as standard input is, waiting for what its writer sends.
pub fn read(
    mut file: File,
    meta: &std::fs::Metadata,
    bytes: &mut Vec<u8>,
) -> io::Result<Option<&'static str>> {
    #[cfg(unix)]
    if std::os::unix::fs::FileTypeExt::is_fifo(&meta.file_type()) {
        let mut first = [0; 8192];
        loop {
            match file.read(&mut first) {
                Ok(0) => return Ok(Some(NO_WRITER)),
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
