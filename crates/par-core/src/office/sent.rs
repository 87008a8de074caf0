//! Every file a unit sent for a year, as its page in the office app lists them: each revision
//! received (the one being appraised, those it replaced) and the files refused in its name, with
//! the reason to tell the unit.

use super::{BatchFile, Received};
use crate::submission::Outcome;

/// One file sent in a unit's name.
#[derive(Debug)]
pub struct SentFile<'a, Id> {
    pub id: &'a Id,
    /// Its revision and submission hash, when it verified.
    pub revision: Option<u32>,
    pub hash: Option<&'a str>,
    pub state: SentState<'a>,
}

#[derive(Debug, PartialEq)]
pub enum SentState<'a> {
    /// The file this page appraises.
    Appraised,
    /// Valid, but another revision is the one appraised.
    OtherRevision,
    /// Refused: what verification found.
    Refused(&'a Outcome),
}

/// The files of `batch` in unit `code`'s name for `year`, the newest revision first and the
/// refused files last. `appraised` is the submission hash the page is about. A refused file
/// counts by the unit it names (unproven, but it is the unit that should send it again).
pub fn sent_by<'a, Id, E>(
    batch: &'a [BatchFile<Id, E>],
    code: &str,
    year: u16,
    appraised: &str,
) -> Vec<SentFile<'a, Id>> {
    let mut sent: Vec<SentFile<'a, Id>> = batch
        .iter()
        .filter_map(|file| {
            let received: &Received = file.result.as_ref().ok()?;
            match received.verified() {
                Some(summary) if summary.unit_code == code && summary.year == year => {
                    Some(SentFile {
                        id: &file.id,
                        revision: Some(summary.revision),
                        hash: Some(summary.hash.as_str()),
                        state: if summary.hash == appraised {
                            SentState::Appraised
                        } else {
                            SentState::OtherRevision
                        },
                    })
                }
                Some(_) => None,
                None => {
                    let claimed = received.claimed.as_ref()?;
                    (claimed.code == code && claimed.year == year).then_some(SentFile {
                        id: &file.id,
                        revision: None,
                        hash: None,
                        state: SentState::Refused(&received.outcome),
                    })
                }
            }
        })
        .collect();
    sent.sort_by(|a, b| {
        let refused = |f: &SentFile<'a, Id>| matches!(f.state, SentState::Refused(_));
        refused(a)
            .cmp(&refused(b))
            .then(b.revision.cmp(&a.revision))
    });
    sent
}
