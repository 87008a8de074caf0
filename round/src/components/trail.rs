//! The trail of the round's files — submission → appraisal → explanation → final — each with
//! what changed at that step (`par_core::appraisal::RoundRecord::trail`).

use leptos::prelude::*;
use par_app::texts::{appraisal, text};
use par_core::appraisal::{FileKind, RoundRecord, Step};
use par_core::Lang;
use par_web::clock::local_date_time;

use par_app::format::{fill, percent, points};
use par_app::signing::hash_prefix;
use par_app::state::AppState;

fn step_line(step: &Step, lang: Lang) -> String {
    let mut parts = vec![format!(
        "{} ({})",
        step.kind.name(lang),
        match step.kind {
            FileKind::Submission => fill(
                appraisal::REVISION.get(lang),
                &[("n", step.number.to_string())]
            ),
            FileKind::Appraisal | FileKind::Explanation if step.number == 2 => {
                appraisal::ROUND_FINAL.get(lang).to_string()
            }
            FileKind::Appraisal | FileKind::Explanation =>
                appraisal::ROUND_FIRST.get(lang).to_string(),
            _ => String::new(),
        }
    )];
    parts.push(local_date_time(&step.created_at));
    if let Some(total) = step.total {
        parts.push(format!(
            "{} {} · {}",
            points(total, lang),
            par_app::texts::walk::POINTS_UNIT.get(lang),
            percent(step.index_percent, lang)
        ));
    }
    let changed: Vec<String> = step
        .changed
        .iter()
        .map(|c| {
            let side = |v: Option<par_core::Decimal>| {
                v.map_or_else(
                    || appraisal::NOT_COUNTED.get(lang).to_string(),
                    |v| points(v, lang),
                )
            };
            format!("{} {} → {}", c.code, side(c.before), side(c.after))
        })
        .collect();
    match step.kind {
        FileKind::Explanation => parts.push(fill(
            appraisal::TRAIL_ANSWERED.get(lang),
            &[("items", step.items.join(", "))],
        )),
        FileKind::Submission if step.number == 1 => {}
        _ if changed.is_empty() => parts.push(appraisal::TRAIL_NO_CHANGE.get(lang).to_string()),
        _ => parts.push(fill(
            appraisal::TRAIL_CHANGED.get(lang),
            &[("items", changed.join("; "))],
        )),
    }
    if step.kind == FileKind::Appraisal && !step.items.is_empty() {
        parts.push(fill(
            appraisal::TRAIL_REQUESTED.get(lang),
            &[("items", step.items.join(", "))],
        ));
    }
    parts.join(" · ")
}

#[component]
pub fn Trail() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let files = Memo::new(move |_| {
        state.round.with(|r| RoundRecord {
            submission: r.submission.clone(),
            appraisals: r.appraisals.clone(),
            answers: Default::default(),
            explanations: r.explanations.clone(),
            final_result: r.final_result.clone(),
        })
    });
    let trail = Memo::new(move |_| files.with(|r| r.trail()));
    let steps = move || {
        let lang = lang.get();
        trail.with(|t| {
            t.steps
                .iter()
                .map(|step| {
                    view! {
                        <li data-kind=format!("{:?}", step.kind).to_lowercase() title=step.hash.clone()>
                            {step_line(step, lang)}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let unlinked = move || {
        trail.with(|t| {
            (!t.unlinked.is_empty()).then(|| {
                let hashes: Vec<String> = t.unlinked.iter().map(|h| hash_prefix(h)).collect();
                view! {
                    <p class="warning" id="round-trail-unlinked">
                        {fill(appraisal::TRAIL_UNLINKED.get(lang.get()), &[("hashes", hashes.join(", "))])}
                    </p>
                }
            })
        })
    };
    view! {
        <section aria-labelledby="trail-heading">
            <h2 id="trail-heading">{text(lang, appraisal::TRAIL_HEADING)}</h2>
            <ol id="round-trail" class="trail">{steps}</ol>
            {unlinked}
        </section>
    }
}
