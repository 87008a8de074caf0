//! One file given under several names: the same path twice (`a.json ./a.json`, or a file named
//! and its folder too), or a copy under another name. An office gathering a year's files from
//! email and USB sticks meets both; each file is verified and counted once. (The same signed
//! submission saved again differently is par-core's `office::merge_same_submissions`.)

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::path::PathBuf;
use std::sync::Mutex;

use par_core::office::{BatchFile, Received, SameBy};

use crate::error::CliError;
use crate::read;

/// A path to verify, with the other names given for the same file on disk.
pub struct DistinctPath {
    pub path: PathBuf,
    pub same_path: Vec<PathBuf>,
}

/// The paths as given, each file on disk once (at its first name), in the order given.
pub fn distinct_paths(paths: &[PathBuf]) -> Vec<DistinctPath> {
    let mut distinct: Vec<DistinctPath> = Vec::new();
    let mut seen: HashMap<PathBuf, usize> = HashMap::new();
    for path in paths {
        // A path that cannot be resolved (a missing file) stands for itself: it is reported as
        // unreadable, once per different spelling.
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        match seen.get(&key) {
            Some(&index) => distinct[index].same_path.push(path.clone()),
            None => {
                seen.insert(key, distinct.len());
                distinct.push(DistinctPath {
                    path: path.clone(),
                    same_path: Vec::new(),
                });
            }
        }
    }
    distinct
}

/// The texts already being verified, shared by the verifying threads so that a copy is not
/// verified again.
pub struct ContentClaims<'a> {
    paths: &'a [DistinctPath],
    /// A random seed per run: nobody can make two different files collide on purpose (and a
    /// collision only costs reading the earlier file again).
    seed: u64,
    /// Text hash → the distinct paths that claimed a text with that hash.
    claimed: Mutex<HashMap<u64, Vec<usize>>>,
}

impl<'a> ContentClaims<'a> {
    pub fn new(paths: &'a [DistinctPath]) -> Self {
        ContentClaims {
            paths,
            seed: RandomState::new().hash_one(paths.len()),
            claimed: Mutex::default(),
        }
    }

    /// `None` the first time a text is claimed: the caller, distinct path `index`, verifies
    /// it. Otherwise the distinct path that claimed the same text first.
    ///
    /// A fast hash rather than SHA-256, which would add 7 % to each file's verification: equal
    /// hashes are then confirmed by reading the earlier file again, which only copies pay for.
    pub fn claim(&self, index: usize, text: &str) -> Option<usize> {
        let key = xxhash_rust::xxh3::xxh3_64_with_seed(text.as_bytes(), self.seed);
        let mut claimed = self
            .claimed
            .lock()
            .expect("a verifier thread does not panic");
        let same_hash = claimed.entry(key).or_default();
        let earlier = same_hash.iter().copied().find(|&earlier| {
            read::read_text(&self.paths[earlier].path).is_ok_and(|earlier| earlier == text)
        });
        if earlier.is_none() {
            same_hash.push(index);
        }
        earlier
    }
}

/// What a verifying thread made of one distinct path.
pub enum Checked {
    /// What is kept of its verification (the submission itself is already dropped).
    /// Boxed: a summary with its per-item points is large beside the other variants.
    Verified(Box<Received>),
    /// The same text as distinct path `of`, which verified it.
    CopyOf {
        of: usize,
    },
    Unreadable(CliError),
}

/// One entry per distinct file, in the order given: a copy's names join the first name given
/// for that text, whichever thread happened to verify it.
pub fn gather(
    paths: Vec<DistinctPath>,
    checked: Vec<Checked>,
) -> Vec<BatchFile<PathBuf, CliError>> {
    // For each distinct path: the path whose verification stands for its text (none when it
    // could not be read), that verification, or why it could not be read.
    let mut verifier_of = Vec::with_capacity(checked.len());
    let mut verified = Vec::with_capacity(checked.len());
    let mut unreadable = Vec::with_capacity(checked.len());
    for (index, entry) in checked.into_iter().enumerate() {
        let (verifier, received, error) = match entry {
            Checked::Verified(received) => (Some(index), Some(*received), None),
            Checked::CopyOf { of } => (Some(of), None, None),
            Checked::Unreadable(error) => (None, None, Some(error)),
        };
        verifier_of.push(verifier);
        verified.push(received);
        unreadable.push(error);
    }
    let mut files: Vec<BatchFile<PathBuf, CliError>> = Vec::with_capacity(paths.len());
    // Verifying path → where its text is in `files`.
    let mut reported_at: HashMap<usize, usize> = HashMap::new();
    for (index, distinct) in paths.into_iter().enumerate() {
        let also: Vec<(PathBuf, SameBy)> = distinct
            .same_path
            .into_iter()
            .map(|name| (name, SameBy::SameFile))
            .collect();
        let Some(verifier) = verifier_of[index] else {
            let error = unreadable[index]
                .take()
                .expect("an unreadable path has its error");
            files.push(BatchFile {
                id: distinct.path,
                also,
                result: Err(error),
            });
            continue;
        };
        if let Some(&at) = reported_at.get(&verifier) {
            let first = &mut files[at];
            first.also.push((distinct.path, SameBy::Content));
            first
                .also
                .extend(also.into_iter().map(|(name, _)| (name, SameBy::Content)));
            continue;
        }
        let received = verified[verifier]
            .take()
            .expect("a copy points to the path that verified its text");
        reported_at.insert(verifier, files.len());
        files.push(BatchFile {
            id: distinct.path,
            also,
            result: Ok(received),
        });
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_given_twice_is_one_file_at_its_first_name() {
        let dir = std::env::temp_dir().join(format!("par-same-file-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("a.json");
        std::fs::write(&file, "{}").unwrap();
        let other = dir.join("b.json");
        std::fs::write(&other, "{}").unwrap();
        let dotted = dir.join(".").join("a.json");
        let distinct = distinct_paths(&[file.clone(), other.clone(), dotted.clone()]);
        assert_eq!(distinct.len(), 2);
        assert_eq!(distinct[0].path, file);
        assert_eq!(distinct[0].same_path, vec![dotted]);
        assert_eq!(distinct[1].path, other);
        assert!(distinct[1].same_path.is_empty());
    }

    #[test]
    fn a_text_is_claimed_once_and_only_an_equal_text_is_its_copy() {
        let dir = std::env::temp_dir().join(format!("par-claims-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let paths: Vec<DistinctPath> = ["a", "b", "c"]
            .iter()
            .map(|name| {
                let path = dir.join(name);
                std::fs::write(&path, if *name == "c" { "khác" } else { "giống" }).unwrap();
                DistinctPath {
                    path,
                    same_path: Vec::new(),
                }
            })
            .collect();
        let claims = ContentClaims::new(&paths);
        assert_eq!(claims.claim(1, "giống"), None);
        assert_eq!(claims.claim(0, "giống"), Some(1));
        assert_eq!(claims.claim(2, "khác"), None);
    }
}
