//! Every file the unit sent for the year (par-core's `office::sent_by`): each revision with the
//! one appraised here, the ones it replaced, and the refused files with the reason to tell the
//! unit.

use super::*;
use par_core::office::{sent_by, SentState};

#[component]
pub(super) fn SentFiles(code: String, year: u16, hash: String) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let rows = move || {
        let lang_now = lang.get();
        let received = state.received_at();
        state.batch.with(|batch| {
            sent_by(batch, &code, year, &hash)
                .into_iter()
                .map(|file| {
                    let (status, class) = match file.state {
                        SentState::Appraised => {
                            (text::SENT_APPRAISED.get(lang_now).to_string(), "appraised")
                        }
                        SentState::OtherRevision => {
                            (text::SENT_OTHER.get(lang_now).to_string(), "other")
                        }
                        SentState::Refused(outcome) => (
                            text::SENT_REFUSED
                                .fill(lang_now, &[("reason", &outcome.describe(lang_now))]),
                            "refused",
                        ),
                    };
                    let revision = file
                        .revision
                        .map_or_else(|| "—".to_string(), |r| r.to_string());
                    let when = received.get(file.id).cloned().unwrap_or_default();
                    view! {
                        <tr class=format!("sent-{class}")>
                            <td>{file.id.clone()}</td>
                            <td>{revision}</td>
                            <td>{when}</td>
                            <td>{status}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="unit-sent-heading" class="unit-sent">
            <h2 id="unit-sent-heading">{t(lang, text::SENT)}</h2>
            <table id="unit-sent">
                <thead>
                    <tr>
                        <th scope="col">{t(lang, text::SENT_FILE)}</th>
                        <th scope="col">{t(lang, text::SENT_REVISION)}</th>
                        <th scope="col">{t(lang, text::SENT_RECEIVED)}</th>
                        <th scope="col">{t(lang, text::SENT_STATE)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
