//! What changed between two versions of a criteria set, item by item: the one list the commune
//! app shows when a draft moves to a new version (with the answers set aside) and `par framework
//! diff` prints for the office.

use serde::{Deserialize, Serialize};

use crate::answers::{Answer, Answers};
use crate::framework::{Framework, NotApplicable};
use crate::problems::ProblemKind;

/// What changed for one item between two versions of a criteria set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkChange {
    pub code: String,
    pub title: String,
    pub kind: ChangeKind,
    /// An answer that could not be carried over as it is; kept here, never dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_aside: Option<Answer>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A new item: it needs an answer.
    Added,
    /// The item is gone; its answer (if any) is in `set_aside`.
    Removed,
    /// The rule (or what not applicable means) changed and the old value still fits it: kept, to
    /// review.
    RuleChanged,
    /// The rule changed and the old value no longer fits: the value is in `set_aside`, the
    /// evidence and explanation were carried over.
    RuleChangedValueSetAside,
    MaxPointsChanged,
    TitleChanged,
}

impl ChangeKind {
    pub fn message(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::*;
        use ChangeKind::*;
        match (self, lang) {
            (Added, Vi) => "Tiêu chí mới: cần nhập kết quả.",
            (Added, En) => "New item: needs an answer.",
            (Removed, Vi) => "Tiêu chí đã bị bỏ; câu trả lời cũ được giữ lại để tham khảo.",
            (Removed, En) => "Item removed; the old answer is kept for reference.",
            (RuleChanged, Vi) => "Cách tính điểm đã thay đổi: hãy kiểm tra lại kết quả.",
            (RuleChanged, En) => "The scoring rule changed: check the answer.",
            (RuleChangedValueSetAside, Vi) => "Cách tính điểm đã thay đổi, kết quả cũ không còn phù hợp: hãy nhập lại (kết quả cũ được giữ để tham khảo).",
            (RuleChangedValueSetAside, En) => "The scoring rule changed and the old value no longer fits: enter it again (the old value is kept).",
            (MaxPointsChanged, Vi) => "Điểm tối đa đã thay đổi.",
            (MaxPointsChanged, En) => "The maximum changed.",
            (TitleChanged, Vi) => "Tên tiêu chí đã thay đổi.",
            (TitleChanged, En) => "The title changed.",
        }
    }
}

/// Every scored item added, removed, retitled, or whose maximum or rule changed from `old` to
/// `new`: items of `new` in document order, then the items `old` had and `new` has not.
pub fn framework_changes(old: &Framework, new: &Framework) -> Vec<FrameworkChange> {
    let mut changes = Vec::new();
    let change = |code: &str, title: &str, kind| FrameworkChange {
        code: code.to_string(),
        title: title.to_string(),
        kind,
        set_aside: None,
    };
    for leaf in new.leaves() {
        let (code, title) = (leaf.item.code.as_str(), leaf.item.title.as_str());
        let Some(before) = old.leaf(code) else {
            changes.push(change(code, title, ChangeKind::Added));
            continue;
        };
        if before.rule != leaf.rule || before.item.not_applicable != leaf.item.not_applicable {
            changes.push(change(code, title, ChangeKind::RuleChanged));
        }
        if before.item.max_points != leaf.item.max_points {
            changes.push(change(code, title, ChangeKind::MaxPointsChanged));
        }
        if before.item.title != leaf.item.title {
            changes.push(change(code, title, ChangeKind::TitleChanged));
        }
    }
    // What a claim for a whole criterion or field means changed (format 2).
    let groups = group_meanings(old);
    for (code, title, meaning) in group_meanings(new) {
        let was = groups.iter().find(|(c, ..)| *c == code).map(|(.., m)| *m);
        if was.is_some_and(|was| was != meaning) {
            changes.push(change(code, title, ChangeKind::RuleChanged));
        }
    }
    for leaf in old.leaves().filter(|l| new.leaf(&l.item.code).is_none()) {
        changes.push(change(
            &leaf.item.code,
            &leaf.item.title,
            ChangeKind::Removed,
        ));
    }
    changes
}

/// Each field and criterion: code, title and what a claim for all of it means.
fn group_meanings(set: &Framework) -> Vec<(&str, &str, NotApplicable)> {
    set.fields
        .iter()
        .flat_map(|f| {
            let criteria = f
                .criteria
                .iter()
                .map(|c| (c.code.as_str(), c.title.as_str(), c.not_applicable));
            std::iter::once((f.code.as_str(), f.title.as_str(), f.not_applicable)).chain(criteria)
        })
        .collect()
}

/// Answers carried to `new` by criterion code, with every change listed
/// ([`framework_changes`], with the answers that could not be carried set aside).
pub fn upgrade_answers(
    old: &Framework,
    new: &Framework,
    answers: &Answers,
) -> (Answers, Vec<FrameworkChange>) {
    let mut carried = Answers::new(&new.id, &new.version);
    for leaf in new.leaves() {
        let code = &leaf.item.code;
        if let (Some(_), Some(answer)) = (old.leaf(code), answers.get(code)) {
            carried.items.insert(code.clone(), answer.clone());
        }
    }
    let mut changes = framework_changes(old, new);
    // A claim for a whole criterion or field goes along where the new version still allows it;
    // otherwise it is set aside (as a not-applicable answer with its explanation), never dropped.
    for (code, claim) in &answers.group_claims {
        if new.group_not_applicable(code).is_some_and(|m| !m.is_none()) {
            carried.group_claims.insert(code.clone(), claim.clone());
            continue;
        }
        let set_aside = Answer {
            not_applicable: true,
            explanation: claim.explanation.clone(),
            evidence: claim.evidence.clone(),
            ..Answer::default()
        };
        let title = group_meanings(old)
            .into_iter()
            .find(|(c, ..)| c == code)
            .map_or_else(String::new, |(_, t, _)| t.to_string());
        changes.push(FrameworkChange {
            code: code.clone(),
            title,
            kind: ChangeKind::RuleChangedValueSetAside,
            set_aside: Some(set_aside),
        });
    }
    for change in &mut changes {
        match change.kind {
            ChangeKind::Removed => change.set_aside = answers.get(&change.code).cloned(),
            ChangeKind::RuleChanged => {
                let Some(answer) = answers.get(&change.code) else {
                    continue;
                };
                if fits(new, &change.code, answer) {
                    continue;
                }
                // The value no longer fits: set it aside, keep the evidence and explanation —
                // unless the office now scores the item, which keeps nothing of the unit's
                // answer (the export refuses anything written there).
                let self_assessed = new
                    .leaf(&change.code)
                    .is_some_and(|leaf| leaf.rule.is_self_assessed());
                let kept = if self_assessed {
                    Answer {
                        value: None,
                        ..answer.clone()
                    }
                } else {
                    Answer::default()
                };
                if kept.is_empty() {
                    carried.items.remove(&change.code);
                } else {
                    carried.items.insert(change.code.clone(), kept);
                }
                change.kind = ChangeKind::RuleChangedValueSetAside;
                change.set_aside = Some(answer.clone());
            }
            _ => {}
        }
    }
    (carried, changes)
}

/// Whether `answer` is still a valid answer for leaf `code` of `framework`.
fn fits(framework: &Framework, code: &str, answer: &Answer) -> bool {
    let mut single = Answers::new(&framework.id, &framework.version);
    single.items.insert(code.to_string(), answer.clone());
    let sheet = crate::score(framework, &single);
    let misfit = sheet
        .problems_of(code)
        .any(|problem| problem.is_invalid_value() && *problem != ProblemKind::NoBandMatches);
    !misfit
}

/// What changed between two versions of a set, in the words an official reads: the settings of
/// the set itself (“Năm: 2025 → 2026”), then every item changed with its before and after. The
/// one list `par framework diff` prints and the office app's criteria-set screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeReport {
    /// Settings of the set that changed, one line each (`Tên`, `Năm`, `Phiên bản`, …).
    pub header: Vec<String>,
    pub items: Vec<ChangeLine>,
}

/// One item's change, as an official reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeLine {
    pub code: String,
    pub title: String,
    pub kind: ChangeKind,
    /// The change in words ([`ChangeKind::message`]).
    pub message: &'static str,
    /// Before and after (a maximum, a title, a rule in words); `None` for an added or removed
    /// item, or a criterion or field whose group claim changed.
    pub before_after: Option<(String, String)>,
}

impl ChangeReport {
    pub fn is_empty(&self) -> bool {
        self.header.is_empty() && self.items.is_empty()
    }
}

/// Everything that changed from `old` to `new`, in `lang`: [`framework_changes`] with the
/// before and after of each, and the set's own settings that changed.
pub fn change_report(old: &Framework, new: &Framework, lang: crate::Lang) -> ChangeReport {
    use crate::describe::points_text;
    let items = framework_changes(old, new)
        .into_iter()
        .map(|change| {
            let before_after = match (old.leaf(&change.code), new.leaf(&change.code)) {
                (Some(before), Some(after)) => match change.kind {
                    ChangeKind::MaxPointsChanged => Some((
                        points_text(before.item.max_points, lang),
                        points_text(after.item.max_points, lang),
                    )),
                    ChangeKind::TitleChanged => {
                        Some((before.item.title.clone(), after.item.title.clone()))
                    }
                    ChangeKind::RuleChanged | ChangeKind::RuleChangedValueSetAside => {
                        Some((rule_words(before, lang), rule_words(after, lang)))
                    }
                    ChangeKind::Added | ChangeKind::Removed => None,
                },
                _ => None,
            };
            ChangeLine {
                message: change.kind.message(lang),
                code: change.code,
                title: change.title,
                kind: change.kind,
                before_after,
            }
        })
        .collect();
    ChangeReport {
        header: header_changes(old, new, lang),
        items,
    }
}

/// The rule and what not applicable means, in the words the commune app shows under the item.
fn rule_words(leaf: crate::framework::LeafRef<'_>, lang: crate::Lang) -> String {
    crate::describe::describe_item(leaf.item, None, lang).join("; ")
}

/// Settings of the set itself that changed, as “Năm: 2025 → 2026”.
fn header_changes(old: &Framework, new: &Framework, lang: crate::Lang) -> Vec<String> {
    use crate::one_line;
    let vi = lang == crate::Lang::Vi;
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
            policy(old.evidence_policy, lang).to_string(),
            policy(new.evidence_policy, lang).to_string(),
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

/// What a missing document does under `policy`, in a few words.
pub fn policy(policy: crate::framework::EvidencePolicy, lang: crate::Lang) -> &'static str {
    use crate::framework::EvidencePolicy::*;
    use crate::Lang::*;
    match (policy, lang) {
        (ZeroWithoutEvidence, Vi) => "tính 0 điểm",
        (ZeroWithoutEvidence, En) => "scored zero",
        (ExplanationRequired, Vi) => "phải giải trình",
        (ExplanationRequired, En) => "explanation required",
    }
}

/// The decision as “12/QĐ-UBND (15/09/2025)”.
pub fn decision(set: &Framework) -> String {
    format!(
        "{} ({})",
        set.decision.number,
        crate::input::iso_to_vi(&set.decision.date)
    )
}

/// The classification bands as “Xuất sắc ≥ 90%, Tốt ≥ 80%”.
fn classes(set: &Framework) -> String {
    let bands: Vec<String> = set
        .classification
        .iter()
        .map(|b| format!("{} ≥ {}%", b.label, b.min_percent.format_vi_short()))
        .collect();
    bands.join(", ")
}

#[cfg(test)]
mod report_tests {
    use super::*;
    use crate::{Decimal, Lang};

    fn sample() -> Framework {
        crate::load_framework(include_str!("../../../frameworks/mau-xa-2025.json")).unwrap()
    }

    #[test]
    fn the_same_set_has_nothing_to_report() {
        let set = sample();
        assert!(change_report(&set, &set, Lang::Vi).is_empty());
    }

    #[test]
    fn every_change_is_said_with_its_before_and_after() {
        let old = sample();
        let mut new = old.clone();
        new.version = "2026.1".into();
        new.year = 2026;
        let first = &mut new.fields[0].criteria[0].items[0];
        let (code, title) = (first.code.clone(), first.title.clone());
        first.title = "Tên mới".into();
        first.max_points += Decimal::ONE;
        let removed = new.fields[0].criteria[0].items.pop().unwrap();
        let report = change_report(&old, &new, Lang::Vi);
        assert!(
            report.header.contains(&"Năm: 2025 → 2026".to_string()),
            "{:?}",
            report.header
        );
        assert!(report
            .header
            .iter()
            .any(|l| l.starts_with("Phiên bản: ") && l.ends_with("→ 2026.1")));
        let of = |code: &str, kind| {
            report
                .items
                .iter()
                .find(|l| l.code == code && l.kind == kind)
        };
        let retitled = of(&code, ChangeKind::TitleChanged).expect("retitled");
        assert_eq!(retitled.before_after, Some((title, "Tên mới".into())));
        assert_eq!(retitled.message, "Tên tiêu chí đã thay đổi.");
        let max = of(&code, ChangeKind::MaxPointsChanged).expect("maximum");
        let (was, now) = max.before_after.clone().unwrap();
        assert!(was.ends_with(" điểm") && now.ends_with(" điểm") && was != now);
        let gone = of(&removed.code, ChangeKind::Removed).expect("removed");
        assert_eq!(gone.before_after, None);
        assert_eq!(
            change_report(&new, &old, Lang::En)
                .items
                .iter()
                .filter(|l| l.kind == ChangeKind::Added)
                .count(),
            1
        );
    }
}
