//! The print button. The sheet the chairperson signs travels with the file to the appraising
//! office, which holds the two side by side: an official expects the paper to say exactly what
//! the file says. So while the draft matches the latest export, printing prints at once; once it
//! changed, the button first says so and offers what is nearly always meant — export again (the
//! change was made to be sent), then print the new file's sheet — or to print the draft as a
//! draft, which names no file (see `print_sheet.rs`).

use crate::texts::{export, text};
use leptos::prelude::*;

use super::export_button::{export_now, with_revision};
use crate::state::AppState;
use crate::storage::Session;

fn print() {
    let _ = window().print();
}

#[component]
pub fn PrintAction() -> impl IntoView {
    let state = expect_context::<AppState>();
    let session = expect_context::<Session>();
    let lang = state.lang;
    let asking = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let export_then_print = move |_| match export_now(&state, session) {
        Ok(done) => {
            asking.set(false);
            message.set(Some(done));
            print();
        }
        Err(error) => message.set(Some(error)),
    };
    view! {
        <section class="print-action">
            <p class="hint">{text(lang, export::PRINT_HINT)}</p>
            <button
                type="button"
                id="print-sheet"
                on:click=move |_| {
                    if state.changed_since_export().is_some() {
                        asking.set(true);
                        state.focus_request.set(Some("export-then-print".to_string()));
                    } else {
                        print();
                    }
                }
            >
                {text(lang, export::PRINT_BUTTON)}
            </button>
            {move || {
                let revision = state.changed_since_export().filter(|_| asking.get())?;
                let lang_now = lang.get();
                Some(view! {
                    <div class="print-stale warning" id="print-stale" role="alert">
                        <p>{with_revision(export::PRINT_STALE.get(lang_now), revision)}</p>
                        <button type="button" id="export-then-print" class="primary" on:click=export_then_print>
                            {export::PRINT_EXPORT_FIRST.get(lang_now)}
                        </button>
                        " "
                        <button
                            type="button"
                            id="print-draft"
                            on:click=move |_| {
                                asking.set(false);
                                print();
                            }
                        >
                            {export::PRINT_DRAFT.get(lang_now)}
                        </button>
                    </div>
                })
            }}
            <p id="print-message" role="status">{move || message.get()}</p>
        </section>
    }
}
