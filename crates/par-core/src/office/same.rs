//! The same signed submission saved twice: other spacing or key order, same payload, same
//! key. Ed25519 signatures are deterministic, so that is one submission; it is verified and
//! counted once, under the first name given.

use std::collections::HashMap;

use super::{BatchFile, SameBy};

/// Folds into one entry the valid files that carry the same submission signed by the same key,
/// in the order given. Files that failed are left apart: two damaged copies may fail
/// differently, and what a failed file claims cannot be trusted.
pub fn merge_same_submissions<Id, E>(files: Vec<BatchFile<Id, E>>) -> Vec<BatchFile<Id, E>> {
    let mut merged: Vec<BatchFile<Id, E>> = Vec::with_capacity(files.len());
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for file in files {
        let Some(key) = file
            .verified()
            .map(|s| (s.hash.clone(), s.public_key.clone()))
        else {
            merged.push(file);
            continue;
        };
        match seen.get(&key) {
            Some(&index) => {
                let first = &mut merged[index];
                first.also.push((file.id, SameBy::Submission));
                first.also.extend(
                    file.also
                        .into_iter()
                        .map(|(name, _)| (name, SameBy::Submission)),
                );
            }
            None => {
                seen.insert(key, merged.len());
                merged.push(file);
            }
        }
    }
    merged
}
