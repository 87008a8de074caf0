//! Files waiting for their criteria set: every stored submission made on a set the app does not
//! have, grouped by set, with a box to choose that set's file right there. The set goes in by
//! the import's own path (`import::import_set`: checked, stored, then every file verified
//! again), and the office is told how many of the waiting files now verify. Shown on the import
//! screen whenever files wait, after a reload too: what waits is read from the verified files.

use leptos::prelude::*;
use leptos::task::spawn_local;
use par_core::submission::Outcome;

use crate::batch::{classify, Incoming};
use crate::components::import::{import_set, not_submission};
use crate::state::OfficeState;
use crate::texts::import as text;
use par_core::lang::whole_number;
use par_web::components::FilePicker;
use par_web::text as t;

/// One set files wait for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Waiting {
    id: String,
    version: String,
    /// The waiting files' names.
    files: Vec<String>,
}

fn waiting(state: OfficeState) -> Vec<Waiting> {
    state.batch.with(|batch| {
        let mut sets: Vec<Waiting> = Vec::new();
        for file in batch {
            let Ok(received) = &file.result else { continue };
            let Outcome::FrameworkUnknown { id, version } = &received.outcome else {
                continue;
            };
            match sets
                .iter_mut()
                .find(|w| &w.id == id && &w.version == version)
            {
                Some(set) => set.files.push(file.id.clone()),
                None => sets.push(Waiting {
                    id: id.clone(),
                    version: version.clone(),
                    files: vec![file.id.clone()],
                }),
            }
        }
        sets
    })
}

#[component]
pub fn WaitingSets() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let said = RwSignal::new(Vec::<(String, &'static str)>::new());
    let on_change = move |ev: web_sys::Event| {
        let Some((_, file)) = par_web::files::picked_file(&ev) else {
            return;
        };
        par_web::files::clear_input(&ev);
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let name = file.name();
            let before = waiting(state);
            let bytes = match par_web::files::read_bytes(&file).await {
                Ok(bytes) => bytes,
                Err(reason) => return said.set(vec![(reason, "refused")]),
            };
            let set = match classify(&bytes) {
                Incoming::Framework(set) => *set,
                Incoming::Submission(_) => {
                    let what = text::NOT_A_SET
                        .fill(lang, &[("file", &name), ("what", "par-submission/1")]);
                    return said.set(vec![(what, "refused")]);
                }
                Incoming::Registration(_) => {
                    let what = text::NOT_A_SET
                        .fill(lang, &[("file", &name), ("what", "par-key-registration/1")]);
                    return said.set(vec![(what, "refused")]);
                }
                Incoming::Other(other) => {
                    let what = text::NOT_A_SET.fill(
                        lang,
                        &[("file", &name), ("what", &not_submission(&other, lang))],
                    );
                    return said.set(vec![(what, "refused")]);
                }
            };
            let added = set.as_ref().ok().map(|f| (f.id.clone(), f.version.clone()));
            let (message, kind) = import_set(state, bytes, set).await;
            let mut lines = vec![(format!("{name}: {message}"), kind)];
            if let (Some((id, version)), "ok") = (added, kind) {
                match before.iter().find(|w| w.id == id && w.version == version) {
                    Some(awaited) => {
                        let valid = state.batch.with_untracked(|batch| {
                            batch
                                .iter()
                                .filter(|f| awaited.files.contains(&f.id))
                                .filter(|f| f.verified().is_some())
                                .count()
                        });
                        lines.push((
                            text::CHECKED_AGAIN.fill(
                                lang,
                                &[
                                    ("waiting", &whole_number(awaited.files.len() as u64, lang)),
                                    ("valid", &whole_number(valid as u64, lang)),
                                ],
                            ),
                            "ok",
                        ));
                    }
                    None => lines.push((
                        text::NOT_AWAITED.fill(lang, &[("id", &id), ("version", &version)]),
                        "refused",
                    )),
                }
            }
            said.set(lines);
        });
    };
    view! {
        {move || {
            let sets = waiting(state);
            (!sets.is_empty()).then(|| {
                let lang_now = lang.get();
                view! {
                    <section class="waiting-sets" id="waiting-sets" aria-labelledby="waiting-sets-heading">
                        <h2 id="waiting-sets-heading">{t(lang, text::WAITING_HEADING)}</h2>
                        <p id="waiting-sets-intro">{t(lang, text::WAITING_INTRO)}</p>
                        <ul id="waiting-sets-list">
                            {sets.into_iter().map(|w| view! {
                                <li data-set=format!("{}@{}", w.id, w.version)>
                                    {text::WAITING_SET.fill(lang_now, &[
                                        ("id", &par_core::one_line(&w.id)),
                                        ("version", &par_core::one_line(&w.version)),
                                        ("count", &whole_number(w.files.len() as u64, lang_now)),
                                    ])}
                                </li>
                            }).collect_view()}
                        </ul>
                        <FilePicker lang=lang id="waiting-set-file" label=t(lang, text::PICK_SET) described_by="waiting-sets-intro" accept=".json,application/json" on_change=on_change />
                    </section>
                }
            })
        }}
        <div id="waiting-sets-messages" role="status" class="messages">
            {move || said.get().into_iter().map(|(message, kind)| view! {
                <p class=format!("import-{kind}")>{message}</p>
            }).collect_view()}
        </div>
    }
}
