//! Comparing the scores a file states with the scores recomputed from its answers.

use super::outcome::ScoreDifference;
use crate::decimal::Decimal;
use crate::score::ScoreSheet;

/// Every score that differs, leaf by leaf, then node by node, then the totals.
pub fn differences(in_file: &ScoreSheet, recomputed: &ScoreSheet) -> Vec<ScoreDifference> {
    let mut items = Vec::new();
    for (i, leaf) in recomputed.leaves.iter().enumerate() {
        // Leaves are in the set's order in both sheets; look further only when they are not.
        let theirs = match in_file.leaves.get(i) {
            Some(same) if same.code == leaf.code => Some(same.points),
            _ => in_file.leaf(&leaf.code).map(|l| l.points),
        };
        compare(&mut items, &leaf.code, theirs, Some(leaf.points), points);
    }
    let mut nodes_in_file = Vec::new();
    flatten(&in_file.fields, &mut nodes_in_file);
    let mut nodes = Vec::new();
    flatten(&recomputed.fields, &mut nodes);
    for (code, ours) in &nodes {
        let theirs = nodes_in_file
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, p)| *p);
        compare(&mut items, code, theirs, Some(*ours), points);
    }
    compare(
        &mut items,
        "total",
        Some(in_file.total),
        Some(recomputed.total),
        points,
    );
    compare(
        &mut items,
        "applicable_max",
        Some(in_file.applicable_max),
        Some(recomputed.applicable_max),
        points,
    );
    compare(
        &mut items,
        "index",
        in_file.index_percent,
        recomputed.index_percent,
        points,
    );
    let class = |c: &Option<String>| c.clone().unwrap_or_else(|| "—".into());
    compare(
        &mut items,
        "classification",
        class(&in_file.classification),
        class(&recomputed.classification),
        |text| text,
    );
    compare(
        &mut items,
        "leaves",
        in_file.leaves.len(),
        recomputed.leaves.len(),
        |n| n.to_string(),
    );
    // Everything else the sheet says (statuses, pending points, provisional, problems, bonus and
    // penalty…) must match too: a file may not hide what the recomputation found.
    if items.is_empty() && in_file != recomputed {
        let (theirs, ours) = (
            serde_json::to_value(in_file).unwrap_or_default(),
            serde_json::to_value(recomputed).unwrap_or_default(),
        );
        value_differences("scores", &theirs, &ours, &mut items);
    }
    items
}

/// Adds `item` to `items` if the file's value differs from the recomputed one; values are
/// written out only then (most files agree everywhere).
fn compare<T: PartialEq>(
    items: &mut Vec<ScoreDifference>,
    item: &str,
    in_file: T,
    recomputed: T,
    show: impl Fn(T) -> String,
) {
    if in_file != recomputed {
        items.push(ScoreDifference {
            item: item.to_string(),
            in_file: show(in_file),
            recomputed: show(recomputed),
        });
    }
}

fn points(d: Option<Decimal>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "—".into())
}

/// Where two JSON trees differ, as `scores.leaves[3].status`-style paths (at most a few).
fn value_differences(
    path: &str,
    theirs: &serde_json::Value,
    ours: &serde_json::Value,
    out: &mut Vec<ScoreDifference>,
) {
    use serde_json::Value;
    if theirs == ours || out.len() >= 20 {
        return;
    }
    match (theirs, ours) {
        (Value::Object(a), Value::Object(b)) => {
            for key in b.keys().chain(a.keys().filter(|k| !b.contains_key(*k))) {
                let missing = Value::Null;
                let (x, y) = (
                    a.get(key).unwrap_or(&missing),
                    b.get(key).unwrap_or(&missing),
                );
                value_differences(&format!("{path}.{key}"), x, y, out);
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                value_differences(&format!("{path}[{i}]"), x, y, out);
            }
        }
        _ => out.push(ScoreDifference {
            item: path.to_string(),
            in_file: short_json(theirs),
            recomputed: short_json(ours),
        }),
    }
}

fn short_json(value: &serde_json::Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text
    }
}

fn flatten(nodes: &[crate::score::NodeScore], out: &mut Vec<(String, Decimal)>) {
    for node in nodes {
        if !node.children.is_empty() {
            out.push((node.code.clone(), node.points));
            flatten(&node.children, out);
        }
    }
}
