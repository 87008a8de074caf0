//! What happens outside this tab's own edits: the autosave effect, flushing when the page is
//! hidden, the editing lock's heartbeat, and drafts changed by other tabs.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::super::{draft_key, lock, lock_key, records, DRAFT_PREFIX};
use super::{Reminder, SaveStatus, Session};

impl Session {
    /// This tab edits the draft from now on: it reloads the newest stored copy first, so
    /// nothing another tab saved is overwritten.
    pub fn take_over(&self) {
        let Some(id) = self.id.get_untracked() else {
            return;
        };
        lock::claim(&id, &self.tab());
        let screen = self.state.screen.get_untracked();
        let current = self.state.current.get_untracked();
        match records::load(&id) {
            Ok(Some(draft)) => {
                self.open(draft);
                self.state.current.set(current);
                self.state.screen.set(screen);
            }
            // Gone or unreadable (moved aside): this tab's copy is written as a new one.
            gone_or_bad => {
                if let Err(bad) = gone_or_bad {
                    self.quarantined.update(|list| list.push(bad));
                }
                self.state.read_only.set(false);
                self.based_on.set_value(0);
                self.saved.set_value(None);
                self.schedule();
            }
        }
    }

    /// Another tab saved the draft this read-only tab shows: show the newer copy.
    fn refresh_read_only(&self) {
        let Some(id) = self.id.get_untracked() else {
            return;
        };
        if let Ok(Some(draft)) = records::load(&id) {
            self.state.exports.set(draft.exports.clone());
            self.state
                .round
                .set(draft.round.clone().unwrap_or_default());
            self.state
                .replace_content(draft.unit, draft.answers, draft.raw_inputs);
            self.based_on.set_value(draft.revision);
            self.saved.set_value(Some(self.state.draft()));
            self.saved_at.set_value(draft.saved_at);
        }
    }

    /// Autosave: any change to what a draft holds schedules a write.
    pub(super) fn watch_changes(self) {
        let state = self.state;
        Effect::new(move |previous: Option<()>| {
            state.answers.track();
            state.raw.track();
            state.unit.track();
            state.current.track();
            state.framework.track();
            state.draft_name.track();
            state.pending_changes.track();
            // The export history is part of the draft: exporting again must name the last file.
            state.exports.track();
            state.round.track();
            if previous.is_some() {
                self.schedule();
            }
        });
        // A field completed: a good moment to keep a copy outside the browser.
        Effect::new(move |previous: Option<usize>| {
            let done = state.sheet.with(|sheet| {
                sheet
                    .fields
                    .iter()
                    .filter(|f| f.leaves > 0 && f.complete == f.leaves)
                    .count()
            });
            if previous.is_some_and(|before| done > before) {
                self.backup_reminder.set(Some(Reminder::FieldCompleted));
            }
            done
        });
    }

    /// Flush on hide/close, the heartbeat of the lock, and changes made by other tabs.
    pub(super) fn listen(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let flush = Closure::<dyn Fn()>::new(move || {
            if web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
            {
                self.save_now();
            }
        });
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                flush.as_ref().unchecked_ref(),
            );
        }
        flush.forget();
        let pagehide = Closure::<dyn Fn()>::new(move || {
            self.save_now();
            if let Some(id) = self.id.get_untracked() {
                if !self.state.read_only.get_untracked() {
                    lock::release(&id, &self.tab());
                }
            }
        });
        let _ =
            window.add_event_listener_with_callback("pagehide", pagehide.as_ref().unchecked_ref());
        pagehide.forget();

        let heartbeat = Closure::<dyn Fn()>::new(move || {
            let Some(id) = self.id.get_untracked() else {
                return;
            };
            if self.state.read_only.get_untracked() {
                return;
            }
            if lock::held_by_other(&id, &self.tab()) {
                self.save_now();
                self.become_read_only(SaveStatus::ReadOnly);
            } else {
                lock::claim(&id, &self.tab());
            }
        });
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
            heartbeat.as_ref().unchecked_ref(),
            lock::HEARTBEAT_MS as i32,
        );
        heartbeat.forget();

        let storage =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
                let Some(key) = event.key() else {
                    return;
                };
                if key.starts_with(DRAFT_PREFIX) {
                    self.list_version.update(|v| *v += 1);
                }
                let Some(id) = self.id.get_untracked() else {
                    return;
                };
                if key == lock_key(&id) {
                    let taken = event
                        .new_value()
                        .and_then(|text| lock::parse(&text))
                        .is_some_and(|l| l.tab != self.tab());
                    if taken && !self.state.read_only.get_untracked() {
                        self.become_read_only(SaveStatus::ReadOnly);
                    }
                } else if key == draft_key(&id) && self.state.read_only.get_untracked() {
                    self.refresh_read_only();
                }
            });
        let _ =
            window.add_event_listener_with_callback("storage", storage.as_ref().unchecked_ref());
        storage.forget();
    }
}
