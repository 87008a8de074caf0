//! Replacing a file so that a failure part-way (disk full, power cut, the process killed) leaves
//! the old file or the new one, never a truncated mix. The keyring is the office's only record
//! of the units' keys; overwriting it in place could lose every registration at once.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `contents` to a temporary file next to `path`, makes sure it reached the disk, then
/// renames it over `path` in one step. On failure the temporary file is removed and `path` is
/// untouched.
pub fn replace_file(path: &Path, contents: &[u8]) -> io::Result<()> {
    // Through a symbolic link, replace the file it points at, not the link.
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let temporary = temporary_path(&target)?;
    let original_permissions = fs::metadata(&target).ok().map(|m| m.permissions());
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temporary)?;
    let result =
        fill(file, contents, original_permissions).and_then(|()| fs::rename(&temporary, &target));
    match result {
        Ok(()) => {
            sync_folder(&target);
            Ok(())
        }
        Err(error) => {
            let _ = fs::remove_file(&temporary);
            Err(error)
        }
    }
}

/// `.NAME.PID.tmp` in the same folder: a rename is only atomic within one file system.
fn temporary_path(target: &Path) -> io::Result<PathBuf> {
    let name = target.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            "đường dẫn không chỉ tới một tệp",
        )
    })?;
    let temporary_name = format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id());
    Ok(target.with_file_name(temporary_name))
}

fn fill(mut file: File, contents: &[u8], permissions: Option<fs::Permissions>) -> io::Result<()> {
    file.write_all(contents)?;
    if let Some(permissions) = permissions {
        file.set_permissions(permissions)?;
    }
    file.sync_all()
}

/// Makes the rename itself durable. Best effort: folders cannot be opened this way on Windows,
/// and the data is already safe in either file.
fn sync_folder(target: &Path) {
    if cfg!(unix) {
        if let Some(folder) = target.parent() {
            let _ = File::open(folder).and_then(|folder| folder.sync_all());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("par-replace-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn replaces_the_content_and_leaves_no_temporary_file() {
        let dir = temp_dir("ok");
        let path = dir.join("keyring.json");
        fs::write(&path, "cũ").unwrap();
        replace_file(&path, "mới".as_bytes()).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "mới");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = temp_dir("blocked");
        let path = dir.join("keyring.json");
        fs::write(&path, "cũ").unwrap();
        // Something already in the way of the temporary file makes the write fail.
        fs::create_dir(temporary_path(&path).unwrap()).unwrap();
        assert!(replace_file(&path, b"new").is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "cũ");
    }
}
