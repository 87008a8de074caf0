//! Display helpers of the commune's screens: score lines, status badges, classification labels.
//! Numbers as the page writes them are `par_web::format`'s (re-exported here).

use crate::texts::{summary, walk};
use par_core::score::{LeafStatus, NodeScore};
use par_core::{Framework, Lang};

pub use par_web::format::{fill, percent, points, short, signed, whole_number};

/// `3,00/6 điểm · 2/5 mục xong`: the score line of a field or criterion.
pub fn node_line(node: &NodeScore, lang: Lang) -> String {
    format!(
        "{}/{} {} · {}/{} {}",
        points(node.points, lang),
        short(node.max_points, lang),
        walk::POINTS_UNIT.get(lang),
        node.complete,
        node.leaves,
        walk::ITEMS_DONE.get(lang)
    )
}

/// The status badge of a leaf.
pub fn status_text(status: LeafStatus, survey: bool, lang: Lang) -> &'static str {
    match status {
        LeafStatus::Scored => walk::STATUS_SCORED.get(lang),
        LeafStatus::Unanswered => walk::STATUS_UNANSWERED.get(lang),
        LeafStatus::Invalid => walk::STATUS_INVALID.get(lang),
        LeafStatus::Excluded => walk::STATUS_EXCLUDED.get(lang),
        LeafStatus::Pending if survey => walk::STATUS_PENDING_SURVEY.get(lang),
        LeafStatus::Pending => walk::STATUS_PENDING_OFFICE.get(lang),
    }
}

/// Stable name of a status, for `data-status` and CSS.
pub fn status_name(status: LeafStatus) -> &'static str {
    match status {
        LeafStatus::Scored => "scored",
        LeafStatus::Unanswered => "unanswered",
        LeafStatus::Invalid => "invalid",
        LeafStatus::Excluded => "excluded",
        LeafStatus::Pending => "pending",
    }
}

pub fn status_class(status: LeafStatus) -> &'static str {
    match status {
        LeafStatus::Scored => "status status-scored",
        LeafStatus::Unanswered => "status status-unanswered",
        LeafStatus::Invalid => "status status-invalid",
        LeafStatus::Excluded => "status status-excluded",
        LeafStatus::Pending => "status status-pending",
    }
}

/// The classification label in `lang` (the sheet carries the Vietnamese label).
pub fn classification(framework: &Framework, label: Option<&str>, lang: Lang) -> String {
    let Some(label) = label else {
        return summary::NOT_CLASSIFIED.get(lang).to_string();
    };
    framework
        .classification
        .iter()
        .find(|band| band.label == label)
        .map_or(label, |band| {
            lang.pick(&band.label, band.label_en.as_deref())
        })
        .to_string()
}
