//! What an appraising office does with many submission files at once, for `par verify` and
//! the office app alike: what to keep of each verified file ([`Received`]), the same
//! submission given under several names ([`merge_same_submissions`]), and each unit's revisions
//! with the one to appraise ([`AcrossFiles`]), the board of expected units ([`Board`]) and the
//! ranking ([`rank_units`]).
//!
//! Files are identified by whatever the caller uses — a path for `par`, a content hash in the
//! office app's IndexedDB — through the type parameter `Id`; reading files and their errors
//! (`E`) stay with the caller.

mod board;
mod criteria;
mod published;
mod ranking;
mod received;
mod revisions;
mod same;
mod sent;

pub use board::{Board, BoardCounts, BoardRow, ExpectedUnit, UnitStatus};
pub use criteria::{bar_lengths, criterion_aggregates, CriterionAggregate};
pub use published::{published, PublishedRow, UnitResults};
pub use ranking::{rank_units, FieldAggregate, RankRow, Ranking};
pub use received::{
    ClaimedUnit, Counts, FieldPoints, LeafPoints, Received, SubmissionSummary, Verdict,
};
pub use revisions::{AcrossFiles, RevisionFile, UnitRevisions};
pub use same::merge_same_submissions;
pub use sent::{sent_by, SentFile, SentState};

/// One file of a batch as verified, with every other name it was given under.
#[derive(Debug)]
pub struct BatchFile<Id, E> {
    /// The first name given: the one the file is reported under.
    pub id: Id,
    /// The other names given for the same file, and how each was found to be the same.
    pub also: Vec<(Id, SameBy)>,
    /// What verification found, or why the file could not be read.
    pub result: Result<Received, E>,
}

/// How a name was found to stand for a file already given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SameBy {
    /// The same stored file (for `par`: the same path once `.`, `..` and links are resolved).
    SameFile,
    /// Another file with exactly the same content.
    Content,
    /// Written differently (spacing, key order) but the same payload signed by the same key.
    Submission,
}

impl<Id, E> BatchFile<Id, E> {
    /// A file given once.
    pub fn new(id: Id, result: Result<Received, E>) -> Self {
        BatchFile {
            id,
            also: Vec::new(),
            result,
        }
    }

    /// The summary of a file that verified (valid, or valid with its sender unchecked).
    pub fn verified(&self) -> Option<&SubmissionSummary> {
        self.result.as_ref().ok()?.verified()
    }
}
