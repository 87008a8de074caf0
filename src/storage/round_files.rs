//! The appraisal round's files of a draft (its signed submission, the appraisals, explanations
//! and final result, as their texts) are stored apart from the draft record, under
//! `par.round-files.<id>`: the record is written on every keystroke, the files change a few
//! times a year, and in a closed year they are 236 KB of the record's 257 (an autosave took
//! 7 ms instead of 0,5: BENCHMARKS.md). The answers being typed to requests stay in the record.
//! Everything outside this module sees one `DraftRecord` with its round whole, as before; a
//! record written with the files inside still reads.

use std::cell::RefCell;
use std::collections::HashMap;

use par_core::appraisal::RoundRecord;
use par_core::draft::DraftRecord;
use par_web::local_storage::{self, WriteError};

pub const ROUND_FILES_PREFIX: &str = "par.round-files.";

pub fn round_files_key(id: &str) -> String {
    format!("{ROUND_FILES_PREFIX}{id}")
}

thread_local! {
    /// The files last written or read for each draft: an unchanged set is not written again
    /// (comparing texts in memory costs microseconds; serialising them, milliseconds).
    static KNOWN: RefCell<HashMap<String, RoundRecord>> = RefCell::new(HashMap::new());
}

/// The round's files alone (no answers).
fn files_of(round: &RoundRecord) -> RoundRecord {
    RoundRecord {
        answers: Default::default(),
        ..round.clone()
    }
}

/// Writes the files of `draft`'s round if they changed, and returns the record to store
/// without them.
pub fn split(draft: &DraftRecord) -> Result<DraftRecord, WriteError> {
    let files = draft.round.as_ref().map(files_of).unwrap_or_default();
    let unchanged = KNOWN.with(|known| known.borrow().get(&draft.id) == Some(&files));
    if !unchanged {
        let key = round_files_key(&draft.id);
        if files.is_empty() {
            local_storage::remove(&key);
        } else {
            let text =
                serde_json::to_string(&files).map_err(|e| WriteError::Other(e.to_string()))?;
            local_storage::set(&key, &text)?;
        }
        KNOWN.with(|known| known.borrow_mut().insert(draft.id.clone(), files));
    }
    let answers = draft
        .round
        .as_ref()
        .map(|round| round.answers.clone())
        .unwrap_or_default();
    let round = RoundRecord {
        answers,
        ..Default::default()
    };
    Ok(DraftRecord {
        round: (!round.is_empty()).then_some(round),
        ..draft.clone()
    })
}

/// Puts the stored files back into a record just read. A record that still holds its files
/// (written before they moved) keeps them.
pub fn join(mut draft: DraftRecord) -> DraftRecord {
    let inline = draft.round.as_ref().map(files_of).unwrap_or_default();
    if !inline.is_empty() {
        return draft;
    }
    let stored = local_storage::get(&round_files_key(&draft.id))
        .and_then(|text| serde_json::from_str::<RoundRecord>(&text).ok())
        .map(|files| files_of(&files))
        .unwrap_or_default();
    KNOWN.with(|known| known.borrow_mut().insert(draft.id.clone(), stored.clone()));
    if stored.is_empty() {
        return draft;
    }
    let answers = draft
        .round
        .take()
        .map(|round| round.answers)
        .unwrap_or_default();
    draft.round = Some(RoundRecord { answers, ..stored });
    draft
}

/// Forgets the files of a deleted draft.
pub fn remove(id: &str) {
    local_storage::remove(&round_files_key(id));
    KNOWN.with(|known| known.borrow_mut().remove(id));
}
