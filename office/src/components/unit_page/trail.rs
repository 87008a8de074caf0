//! The trail of the unit's files: submission → appraisal → explanation → final, with what
//! changed at each step.

use super::*;

#[component]
pub(super) fn TrailView(
    submission: Arc<Submission>,
    hash: String,
    files: Memo<OfficeRound>,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    move || {
        let lang_now = lang.get();
        let trail = files.with(|r| r.trail(&submission.payload, &hash));
        let step_view = |step: par_core::appraisal::Step| {
            let title = match step.kind {
                FileKind::Submission => {
                    text::STEP_SUBMISSION.fill(lang_now, &[("n", &step.number.to_string())])
                }
                FileKind::Appraisal => {
                    text::STEP_APPRAISAL.fill(lang_now, &[("n", &step.number.to_string())])
                }
                FileKind::Explanation => text::STEP_EXPLANATION.get(lang_now).into(),
                _ => text::STEP_FINAL.get(lang_now).into(),
            };
            let scores = step.total.map(|total| {
                text::STEP_SCORES.fill(
                    lang_now,
                    &[
                        ("total", &points(total, lang_now)),
                        ("index", &percent(step.index_percent, lang_now)),
                    ],
                )
            });
            let show = |d: Option<Decimal>| {
                d.map_or_else(
                    || text::EXCLUDED.get(lang_now).to_string(),
                    |d| points(d, lang_now),
                )
            };
            let changed = (!step.changed.is_empty()).then(|| {
                text::STEP_CHANGED.fill(
                    lang_now,
                    &[(
                        "items",
                        &step
                            .changed
                            .iter()
                            .map(|c| format!("{} {} → {}", c.code, show(c.before), show(c.after)))
                            .collect::<Vec<_>>()
                            .join("; "),
                    )],
                )
            });
            let items = (!step.items.is_empty()).then(|| {
                let label = if step.kind == FileKind::Explanation {
                    text::STEP_ANSWERS
                } else {
                    text::STEP_REQUESTS
                };
                label.fill(lang_now, &[("items", &step.items.join(", "))])
            });
            view! {
                <li class=format!("step step-{:?}", step.kind).to_lowercase()>
                    <p><strong>{title}</strong>" · "{par_web::clock::local_date_time(&step.created_at)}" · "<span class="key-id-small">{hash_prefix(&step.hash)}</span></p>
                    {scores.map(|s| view! { <p>{s}</p> })}
                    {changed.map(|s| view! { <p class="changed">{s}</p> })}
                    {items.map(|s| view! { <p>{s}</p> })}
                </li>
            }
        };
        view! {
            <h2>{text::TRAIL.get(lang_now)}</h2>
            <ol class="trail" id="unit-trail">{trail.steps.into_iter().map(step_view).collect_view()}</ol>
            {(!trail.unlinked.is_empty()).then(|| view! { <p class="alert alert-warn">{text::UNLINKED.fill(lang_now, &[("hashes", &trail.unlinked.iter().map(|h| hash_prefix(h)).collect::<Vec<_>>().join(", "))])}</p> })}
        }
    }
}
