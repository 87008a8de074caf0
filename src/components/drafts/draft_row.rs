//! One draft in the list: what it is, how far it is, and open / rename / duplicate /
//! download / delete (delete asks first).

use leptos::prelude::*;
use par_core::draft::{draft_progress, DraftRecord};

use crate::format::fill;
use crate::i18n::{dt, dtr};
use crate::storage::{backup, browser, draft_key, lock_key, records, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    Renaming,
    ConfirmDelete,
}

#[component]
pub fn DraftRow(
    draft: DraftRecord,
    /// Another draft has the same unit, year and criteria-set version.
    #[prop(default = false)]
    same_as_other: bool,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.state.lang;
    let mode = RwSignal::new(Mode::Normal);
    let new_name = RwSignal::new(draft.name.clone());
    let id = draft.id.clone();
    let progress = records::find_set(&draft.framework).map(|set| {
        let (done, all, _) = draft_progress(&set, &draft);
        (done, all)
    });
    let stored = StoredValue::new(draft.clone());
    let is_open =
        move || session.id.get().as_deref() == stored.with_value(|d| Some(d.id.clone())).as_deref();
    let open = move |_| {
        if let Ok(Some(draft)) = records::load(&stored.with_value(|d| d.id.clone())) {
            session.open(draft);
        }
    };
    let duplicate = move |_| {
        let mut copy = stored.get_value();
        copy.id = browser::random_id();
        copy.name = format!("{} {}", copy.name, dt(lang.get_untracked()).copy_suffix);
        copy.revision = 1;
        copy.saved_at = browser::now_rfc3339();
        copy.exports.clear();
        if let Err(e) = records::write(&copy) {
            session.notice.set(Some(e.message(lang.get_untracked())));
        }
        session.list_version.update(|v| *v += 1);
    };
    let download = move |_| {
        let id = stored.with_value(|d| d.id.clone());
        if let Some(b) = backup::backup_of(&id) {
            let _ = backup::download(&b, &stored.with_value(|d| d.name.clone()));
        }
    };
    let save_name = move || {
        let name = new_name.get_untracked();
        let id = stored.with_value(|d| d.id.clone());
        if session.id.get_untracked().as_deref() == Some(id.as_str()) {
            // The open draft: through the session, so the autosave writes it.
            session.name.set(name);
            session.save_now();
        } else if let Ok(Some(mut draft)) = records::load(&id) {
            draft.name = name;
            draft.revision += 1;
            draft.saved_at = browser::now_rfc3339();
            let _ = records::write(&draft);
        }
        mode.set(Mode::Normal);
        session.list_version.update(|v| *v += 1);
    };
    let delete = move |_| {
        let id = stored.with_value(|d| d.id.clone());
        browser::remove(&draft_key(&id));
        browser::remove(&lock_key(&id));
        session.forget_if_open(&id);
        session.list_version.update(|v| *v += 1);
    };
    let name_id = format!("draft-name-{id}");
    let saved = browser::local_date_time(&draft.saved_at);
    let set_line = format!("{} · {}", draft.framework.id, draft.framework.version);
    view! {
        <tr class="draft-row" data-id=id.clone() class:current=is_open>
            <th scope="row" id=name_id.clone()>
                {draft.name.clone()}
                {same_as_other.then(|| view! {
                    <span class="draft-duplicate-note">" — " {dtr(lang, |d| d.duplicate_note)}</span>
                })}
            </th>
            <td>{draft.unit.name.clone()}</td>
            <td>{draft.unit.year}</td>
            <td class="draft-set">{set_line}</td>
            <td class="draft-progress">
                {move || match progress {
                    Some((done, all)) => fill(
                        dt(lang.get()).progress_line,
                        &[("done", done.to_string()), ("all", all.to_string())],
                    ),
                    None => dt(lang.get()).set_missing.to_string(),
                }}
            </td>
            <td>{saved}</td>
            <td class="draft-buttons">
                {move || match mode.get() {
                    Mode::Normal => view! {
                        <button type="button" class="draft-open" aria-describedby=name_id.clone() on:click=open>
                            {move || if is_open() { dt(lang.get()).open_current } else { dt(lang.get()).open }}
                        </button>
                        <button type="button" class="draft-rename" aria-describedby=name_id.clone() on:click=move |_| mode.set(Mode::Renaming)>
                            {dtr(lang, |d| d.rename)}
                        </button>
                        <button type="button" class="draft-duplicate" aria-describedby=name_id.clone() on:click=duplicate>
                            {dtr(lang, |d| d.duplicate)}
                        </button>
                        <button type="button" class="draft-download" aria-describedby=name_id.clone() on:click=download>
                            {dtr(lang, |d| d.download_one)}
                        </button>
                        <button type="button" class="draft-delete danger" aria-describedby=name_id.clone() on:click=move |_| mode.set(Mode::ConfirmDelete)>
                            {dtr(lang, |d| d.delete)}
                        </button>
                    }
                    .into_any(),
                    Mode::Renaming => view! {
                        <form class="rename-form" on:submit=move |ev| { ev.prevent_default(); save_name(); }>
                            <label>
                                {dtr(lang, |d| d.rename_label)} " "
                                <input
                                    type="text"
                                    class="draft-new-name"
                                    prop:value=move || new_name.get()
                                    on:input=move |ev| new_name.set(event_target_value(&ev))
                                    autofocus
                                />
                            </label>
                            <button type="submit" class="draft-save-name">{dtr(lang, |d| d.save_name)}</button>
                            <button type="button" on:click=move |_| mode.set(Mode::Normal)>{dtr(lang, |d| d.cancel)}</button>
                        </form>
                    }
                    .into_any(),
                    Mode::ConfirmDelete => view! {
                        <div class="confirm" role="alertdialog" aria-label=dtr(lang, |d| d.delete)>
                            <p>{move || fill(dt(lang.get()).delete_confirm, &[("name", stored.with_value(|d| d.name.clone()))])}</p>
                            <button type="button" class="draft-delete-yes danger" on:click=delete>{dtr(lang, |d| d.delete_yes)}</button>
                            <button type="button" class="draft-delete-no" on:click=move |_| mode.set(Mode::Normal)>{dtr(lang, |d| d.cancel)}</button>
                        </div>
                    }
                    .into_any(),
                }}
            </td>
        </tr>
    }
}
