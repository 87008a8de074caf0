//! `par framework diff OLD NEW`: what changed between two versions of a criteria set, in the
//! words the commune app uses when a draft moves to the new version (par-core's
//! `framework_changes`, the one list for both), with the before and after of each change.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use par_core::describe::{describe_item, points_text};
use par_core::draft::{framework_changes, ChangeKind};
use par_core::framework::EvidencePolicy;
use par_core::{Framework, Lang};

use crate::error::CliError;
use crate::read;
use par_core::one_line;

/// Exit 0 whether or not anything changed: the list is the answer.
pub fn diff(out: &mut dyn Write, old: &Path, new: &Path, lang: Lang) -> Result<ExitCode, CliError> {
    let (old, new) = (
        read::load_valid_framework(old)?,
        read::load_valid_framework(new)?,
    );
    print(out, &old, &new, lang).map_err(CliError::Output)?;
    Ok(ExitCode::SUCCESS)
}

fn print(out: &mut dyn Write, old: &Framework, new: &Framework, lang: Lang) -> io::Result<()> {
    let vi = lang == Lang::Vi;
    let name = |set: &Framework| one_line(&format!("{} {}", set.id, set.version)).into_owned();
    let header = header_changes(old, new, lang);
    let changes = framework_changes(old, new);
    if header.is_empty() && changes.is_empty() {
        return if vi {
            writeln!(
                out,
                "Không có thay đổi giữa {} và {}.",
                name(old),
                name(new)
            )
        } else {
            writeln!(out, "No changes between {} and {}.", name(old), name(new))
        };
    }
    if vi {
        writeln!(
            out,
            "Thay đổi từ {} sang {}: {} tiêu chí thành phần.",
            name(old),
            name(new),
            changes.len()
        )?;
    } else {
        writeln!(
            out,
            "Changes from {} to {}: {} items.",
            name(old),
            name(new),
            changes.len()
        )?;
    }
    for line in header {
        writeln!(out, "  {line}")?;
    }
    for change in &changes {
        writeln!(
            out,
            "  {} {}: {}",
            one_line(&change.code),
            one_line(&change.title),
            change.kind.message(lang)
        )?;
        let (before, after) = (old.leaf(&change.code), new.leaf(&change.code));
        let (Some(before), Some(after)) = (before, after) else {
            continue;
        };
        let (was, now) = match change.kind {
            ChangeKind::MaxPointsChanged => (
                points_text(before.item.max_points, lang),
                points_text(after.item.max_points, lang),
            ),
            ChangeKind::TitleChanged => (before.item.title.clone(), after.item.title.clone()),
            ChangeKind::RuleChanged | ChangeKind::RuleChangedValueSetAside => {
                (rule_words(before, lang), rule_words(after, lang))
            }
            ChangeKind::Added | ChangeKind::Removed => continue,
        };
        let (was_label, now_label) = if vi {
            ("trước", "nay")
        } else {
            ("before", "now")
        };
        writeln!(out, "      {was_label}: {}", one_line(&was))?;
        writeln!(out, "      {now_label}: {}", one_line(&now))?;
    }
    Ok(())
}

/// The rule and what not applicable means, in the words the commune app shows under the item.
fn rule_words(leaf: par_core::framework::LeafRef<'_>, lang: Lang) -> String {
    describe_item(leaf.item, None, lang).join("; ")
}

/// Settings of the set itself that changed, as “Năm: 2025 → 2026”.
fn header_changes(old: &Framework, new: &Framework, lang: Lang) -> Vec<String> {
    let vi = lang == Lang::Vi;
    let pairs: [(&str, &str, String, String); 8] = [
        ("Tên", "Title", old.title.clone(), new.title.clone()),
        ("Năm", "Year", old.year.to_string(), new.year.to_string()),
        (
            "Phiên bản",
            "Version",
            old.version.clone(),
            new.version.clone(),
        ),
        ("Quyết định", "Decision", decision(old), decision(new)),
        (
            "Cơ quan thẩm định",
            "Appraising body",
            old.appraising_body.clone(),
            new.appraising_body.clone(),
        ),
        (
            "Thiếu tài liệu kiểm chứng",
            "Missing evidence",
            policy(old.evidence_policy, lang),
            policy(new.evidence_policy, lang),
        ),
        ("Xếp loại", "Classification", classes(old), classes(new)),
        (
            "Tổng điểm tối đa",
            "Maximum",
            old.max_points().format_vi_short(),
            new.max_points().format_vi_short(),
        ),
    ];
    pairs
        .into_iter()
        .filter(|(_, _, a, b)| a != b)
        .map(|(vi_name, en_name, a, b)| {
            format!(
                "{}: {} → {}",
                if vi { vi_name } else { en_name },
                one_line(&a),
                one_line(&b)
            )
        })
        .collect()
}

fn policy(policy: EvidencePolicy, lang: Lang) -> String {
    let words = match (policy, lang) {
        (EvidencePolicy::ZeroWithoutEvidence, Lang::Vi) => "tính 0 điểm",
        (EvidencePolicy::ZeroWithoutEvidence, Lang::En) => "scored zero",
        (EvidencePolicy::ExplanationRequired, Lang::Vi) => "phải giải trình",
        (EvidencePolicy::ExplanationRequired, Lang::En) => "explanation required",
    };
    words.to_string()
}

fn decision(set: &Framework) -> String {
    format!(
        "{} ({})",
        set.decision.number,
        par_core::input::iso_to_vi(&set.decision.date)
    )
}

fn classes(set: &Framework) -> String {
    let bands: Vec<String> = set
        .classification
        .iter()
        .map(|b| format!("{} ≥ {}%", b.label, b.min_percent.format_vi_short()))
        .collect();
    bands.join(", ")
}
