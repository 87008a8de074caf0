//! Comparing the scores a file states with the scores recomputed from its answers.

use super::outcome::ScoreDifference;
use crate::decimal::Decimal;
use crate::score::ScoreSheet;

fn points(d: Option<Decimal>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "—".into())
}

/// Every score that differs, leaf by leaf, then node by node, then the totals.
pub fn differences(in_file: &ScoreSheet, recomputed: &ScoreSheet) -> Vec<ScoreDifference> {
    let mut items = Vec::new();
    // Points are written out only where they differ: most files agree everywhere.
    let mut compare_points = |item: &str, a: Option<Decimal>, b: Option<Decimal>| {
        if a != b {
            items.push(ScoreDifference {
                item: item.to_string(),
                in_file: points(a),
                recomputed: points(b),
            });
        }
    };
    for (i, leaf) in recomputed.leaves.iter().enumerate() {
        // Leaves are in the set's order in both sheets; look further only when they are not.
        let theirs = match in_file.leaves.get(i) {
            Some(same) if same.code == leaf.code => Some(same.points),
            _ => in_file.leaf(&leaf.code).map(|l| l.points),
        };
        compare_points(&leaf.code, theirs, Some(leaf.points));
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
        compare_points(code, theirs, Some(*ours));
    }
    compare_points("total", Some(in_file.total), Some(recomputed.total));
    compare_points(
        "applicable_max",
        Some(in_file.applicable_max),
        Some(recomputed.applicable_max),
    );
    compare_points("index", in_file.index_percent, recomputed.index_percent);
    let mut compare = |item: &str, a: String, b: String| {
        if a != b {
            items.push(ScoreDifference {
                item: item.to_string(),
                in_file: a,
                recomputed: b,
            });
        }
    };
    let class = |c: &Option<String>| c.clone().unwrap_or_else(|| "—".into());
    compare(
        "classification",
        class(&in_file.classification),
        class(&recomputed.classification),
    );
    if in_file.leaves.len() != recomputed.leaves.len() {
        compare(
            "leaves",
            in_file.leaves.len().to_string(),
            recomputed.leaves.len().to_string(),
        );
    }
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
