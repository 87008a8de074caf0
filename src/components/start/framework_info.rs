//! What the chosen criteria set is: who issued it, who appraises, its size and its notice.

use leptos::prelude::*;

use crate::format::{fill, points};
use crate::i18n::t;
use crate::state::AppState;
use par_core::input::iso_to_vi;

#[component]
pub fn FrameworkInfo() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let s = move || t(lang.get());
    move || {
        let set = state.framework.get();
        let lang = lang.get();
        let s = s();
        let criteria = set.criteria_count();
        let leaves = set.leaves().count();
        let policy = match set.evidence_policy {
            par_core::framework::EvidencePolicy::ZeroWithoutEvidence => s.policy_zero,
            par_core::framework::EvidencePolicy::ExplanationRequired => s.policy_explanation,
        };
        let decision = fill(
            s.info_decision_line,
            &[
                ("number", set.decision.number.clone()),
                ("date", iso_to_vi(&set.decision.date)),
                ("issuer", set.decision.issuer.clone()),
            ],
        );
        let size = format!(
            "{} {}, {} {}, {} {}; {} {}",
            set.fields.len(),
            s.info_fields,
            criteria,
            s.info_criteria,
            leaves,
            s.info_items,
            points(set.max_points(), lang),
            s.info_max
        );
        let notice = set.notice.clone();
        view! {
            <section class="set-info" aria-labelledby="set-title">
                <h2 id="set-title">{lang.pick(&set.title, set.title_en.as_deref()).to_string()}</h2>
                <dl>
                    <dt>{s.info_province}</dt>
                    <dd>{set.province.clone()}</dd>
                    <dt>{s.info_year}</dt>
                    <dd>{set.year}</dd>
                    <dt>{s.info_version}</dt>
                    <dd>{set.version.clone()}</dd>
                    <dt>{s.info_decision}</dt>
                    <dd>{decision}</dd>
                    <dt>{s.info_appraising_body}</dt>
                    <dd id="appraising-body">{set.appraising_body.clone()}</dd>
                    <dt>{s.info_evidence_policy}</dt>
                    <dd>{policy}</dd>
                    <dt>{s.info_size}</dt>
                    <dd>{size}</dd>
                </dl>
                {notice.map(|notice| view! {
                    <p id="set-notice" class="notice" role="note">
                        <strong>{s.notice} ": "</strong>
                        {notice}
                    </p>
                })}
            </section>
        }
    }
}
