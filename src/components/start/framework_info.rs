//! What the chosen criteria set is: who issued it, who appraises, its size and its notice.

use leptos::prelude::*;

use crate::texts::start;

use crate::format::{fill, points};
use crate::state::AppState;
use par_core::input::iso_to_vi;

#[component]
pub fn FrameworkInfo() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    move || {
        let set = state.framework.get();
        let lang = lang.get();
        let criteria = set.criteria_count();
        let leaves = set.leaves().count();
        let policy = match set.evidence_policy {
            par_core::framework::EvidencePolicy::ZeroWithoutEvidence => {
                start::POLICY_ZERO.get(lang)
            }
            par_core::framework::EvidencePolicy::ExplanationRequired => {
                start::POLICY_EXPLANATION.get(lang)
            }
        };
        let decision = fill(
            start::INFO_DECISION_LINE.get(lang),
            &[
                ("number", set.decision.number.clone()),
                ("date", iso_to_vi(&set.decision.date)),
                ("issuer", set.decision.issuer.clone()),
            ],
        );
        let size = format!(
            "{} {}, {} {}, {} {}; {} {}",
            set.fields.len(),
            start::INFO_FIELDS.get(lang),
            criteria,
            start::INFO_CRITERIA.get(lang),
            leaves,
            start::INFO_ITEMS.get(lang),
            points(set.max_points(), lang),
            start::INFO_MAX.get(lang)
        );
        let notice = set.notice.clone();
        view! {
            <section class="set-info" aria-labelledby="set-title">
                <h2 id="set-title">{lang.pick(&set.title, set.title_en.as_deref()).to_string()}</h2>
                <dl>
                    <dt>{start::INFO_PROVINCE.get(lang)}</dt>
                    <dd>{set.province.clone()}</dd>
                    <dt>{start::INFO_YEAR.get(lang)}</dt>
                    <dd>{set.year}</dd>
                    <dt>{start::INFO_VERSION.get(lang)}</dt>
                    <dd>{set.version.clone()}</dd>
                    <dt>{start::INFO_DECISION.get(lang)}</dt>
                    <dd>{decision}</dd>
                    <dt>{start::INFO_APPRAISING_BODY.get(lang)}</dt>
                    <dd id="appraising-body">{set.appraising_body.clone()}</dd>
                    <dt>{start::INFO_EVIDENCE_POLICY.get(lang)}</dt>
                    <dd>{policy}</dd>
                    <dt>{start::INFO_SIZE.get(lang)}</dt>
                    <dd>{size}</dd>
                </dl>
                {notice.map(|notice| view! {
                    <p id="set-notice" class="notice" role="note">
                        <strong>{start::NOTICE.get(lang)} ": "</strong>
                        {notice}
                    </p>
                })}
            </section>
        }
    }
}
