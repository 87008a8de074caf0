//! One draft in the list: what it is, how far it is, and open / rename / duplicate /
//! download / delete (delete asks first).

use crate::texts::{drafts, text};
use leptos::prelude::*;
use par_core::draft::DraftRecord;
use par_web::{clock, local_storage, random};

use crate::format::fill;
use crate::storage::{backup, draft_key, lock_key, records, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    Renaming,
    ConfirmDelete,
}

#[component]
pub fn DraftRow(
    /// The draft, with whether another one has the same unit, year and criteria-set version;
    /// `None` for the moment between its deletion and the row's removal.
    row: Memo<Option<(DraftRecord, bool)>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.state.lang;
    let mode = RwSignal::new(Mode::Normal);
    let draft = move |read: fn(&DraftRecord) -> String| {
        row.with(|row| row.as_ref().map(|(d, _)| read(d)).unwrap_or_default())
    };
    // A final result was received: the year is closed (`par_core::appraisal::RoundRecord`).
    let closed = move || {
        row.with(|row| {
            row.as_ref()
                .is_some_and(|(d, _)| d.round.as_ref().is_some_and(|r| r.is_closed()))
        })
    };
    let id = row.with_untracked(|row| row.as_ref().map(|(d, _)| d.id.clone()).unwrap_or_default());
    let new_name = RwSignal::new(String::new());
    // Re-scored only when the answers or the set change, not on every save of the draft.
    let content = Memo::new(move |_| {
        row.with(|row| {
            row.as_ref()
                .map(|(d, _)| (d.framework.clone(), d.answers.clone()))
        })
    });
    let progress = Memo::new(move |_| {
        content.with(|content| {
            let (set, answers) = content.as_ref()?;
            Some(par_core::score(&*records::find_set(set)?, answers).progress())
        })
    });
    let same_as_other = move || row.with(|row| row.as_ref().is_some_and(|(_, same)| *same));
    // Stored so that the handlers below are `Copy`, as the buttons' view is rebuilt per mode.
    let stored_id = StoredValue::new(id.clone());
    let is_open =
        move || stored_id.with_value(|id| session.id.with(|open| open.as_deref() == Some(id)));
    let open = move |_| {
        if let Ok(Some(draft)) = records::load(&stored_id.get_value()) {
            session.open(draft);
        }
    };
    let duplicate = move |_| {
        let Some((mut copy, _)) = row.get_untracked() else {
            return;
        };
        copy.id = random::random_id();
        copy.name = format!(
            "{} {}",
            copy.name,
            drafts::COPY_SUFFIX.get(lang.get_untracked())
        );
        copy.revision = 1;
        copy.saved_at = clock::now_rfc3339();
        copy.exports.clear();
        copy.round = None;
        if let Err(e) = records::write(&copy) {
            session.notice.set(Some(e.message(lang.get_untracked())));
        }
        session.list_version.update(|v| *v += 1);
    };
    let download = move |_| {
        if let Some(b) = backup::backup_of(&stored_id.get_value()) {
            let _ = backup::download(&b, &draft(|d| d.name.clone()));
        }
    };
    let save_name = move || {
        let id = stored_id.get_value();
        let name = new_name.get_untracked();
        if session.id.get_untracked().as_deref() == Some(id.as_str()) {
            // The open draft: renamed in the state, written by the session at once.
            session.state.draft_name.set(name);
            session.save_now();
        } else if let Ok(Some(mut draft)) = records::load(&id) {
            draft.name = name;
            draft.revision += 1;
            draft.saved_at = clock::now_rfc3339();
            let _ = records::write(&draft);
        }
        mode.set(Mode::Normal);
        session.list_version.update(|v| *v += 1);
    };
    let delete = move |_| {
        let id = stored_id.get_value();
        let deleted = records::load(&id).ok().flatten();
        local_storage::remove(&draft_key(&id));
        local_storage::remove(&lock_key(&id));
        crate::storage::round_files::remove(&id);
        if let Some(deleted) = deleted {
            let (others, _) = records::load_all();
            crate::round::forget_submissions_of(&deleted, &others);
        }
        session.forget_if_open(&id);
        session.list_version.update(|v| *v += 1);
    };
    let name_id = format!("draft-name-{id}");
    view! {
        <tr class="draft-row" data-id=id.clone() class:current=is_open>
            <th scope="row" id=name_id.clone()>
                {move || draft(|d| d.name.clone())}
                {move || same_as_other().then(|| view! {
                    <span class="draft-duplicate-note">" — " {text(lang, drafts::DUPLICATE_NOTE)}</span>
                })}
                {move || closed().then(|| view! {
                    " " <span class="badge draft-closed">{text(lang, crate::texts::appraisal::CLOSED)}</span>
                })}
            </th>
            <td data-label=text(lang, drafts::COL_UNIT)>{move || draft(|d| d.unit.name.clone())}</td>
            <td data-label=text(lang, drafts::COL_YEAR)>{move || draft(|d| d.unit.year.to_string())}</td>
            <td class="draft-set" data-label=text(lang, drafts::COL_SET)>{move || draft(|d| format!("{} · {}", d.framework.id, d.framework.version))}</td>
            <td class="draft-progress" data-label=text(lang, drafts::COL_PROGRESS)>
                {move || match progress.get() {
                    Some((done, all)) => fill(
                        drafts::PROGRESS_LINE.get(lang.get()),
                        &[("done", done.to_string()), ("all", all.to_string())],
                    ),
                    None => drafts::SET_MISSING.get(lang.get()).to_string(),
                }}
            </td>
            <td data-label=text(lang, drafts::COL_SAVED)>{move || draft(|d| clock::local_date_time(&d.saved_at))}</td>
            <td class="draft-buttons">
                {move || match mode.get() {
                    Mode::Normal => view! {
                        <button type="button" class="draft-open" aria-describedby=name_id.clone() on:click=open>
                            {move || if is_open() { drafts::OPEN_CURRENT.get(lang.get()) } else { drafts::OPEN.get(lang.get()) }}
                        </button>
                        <button type="button" class="draft-rename" aria-describedby=name_id.clone() on:click=move |_| { new_name.set(draft(|d| d.name.clone())); mode.set(Mode::Renaming) }>
                            {text(lang, drafts::RENAME)}
                        </button>
                        <button type="button" class="draft-duplicate" aria-describedby=name_id.clone() on:click=duplicate>
                            {text(lang, drafts::DUPLICATE)}
                        </button>
                        <button type="button" class="draft-download" aria-describedby=name_id.clone() on:click=download>
                            {text(lang, drafts::DOWNLOAD_ONE)}
                        </button>
                        <button type="button" class="draft-delete danger" aria-describedby=name_id.clone() on:click=move |_| mode.set(Mode::ConfirmDelete)>
                            {text(lang, drafts::DELETE)}
                        </button>
                    }
                    .into_any(),
                    Mode::Renaming => view! {
                        <form class="rename-form" on:submit=move |ev| { ev.prevent_default(); save_name(); }>
                            <label>
                                {text(lang, drafts::RENAME_LABEL)} " "
                                <input
                                    type="text"
                                    class="draft-new-name"
                                    prop:value=move || new_name.get()
                                    on:input=move |ev| new_name.set(event_target_value(&ev))
                                    autofocus
                                />
                            </label>
                            <button type="submit" class="draft-save-name">{text(lang, drafts::SAVE_NAME)}</button>
                            <button type="button" on:click=move |_| mode.set(Mode::Normal)>{text(lang, drafts::CANCEL)}</button>
                        </form>
                    }
                    .into_any(),
                    Mode::ConfirmDelete => view! {
                        <div class="confirm" role="alertdialog" aria-label=text(lang, drafts::DELETE)>
                            <p>{move || fill(drafts::DELETE_CONFIRM.get(lang.get()), &[("name", draft(|d| d.name.clone()))])}</p>
                            <button type="button" class="draft-delete-yes danger" on:click=delete>{text(lang, drafts::DELETE_YES)}</button>
                            <button type="button" class="draft-delete-no" on:click=move |_| mode.set(Mode::Normal)>{text(lang, drafts::CANCEL)}</button>
                        </div>
                    }
                    .into_any(),
                }}
            </td>
        </tr>
    }
}
