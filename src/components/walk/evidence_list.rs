//! Evidence documents (tài liệu kiểm chứng) cited for an item: add and remove several, each with
//! number, date (dd/mm/yyyy, stored ISO), issuer, page or section, and a note.

use crate::texts::{text, walk};
use par_core::Text;

use leptos::prelude::*;
use par_core::framework::EvidenceRequirement;

use crate::components::walk::evidence_file::EvidenceFile;
use crate::format::fill;
use crate::model::problem_target::{add_evidence_id, Slot};
use crate::state::{evidence_input_id, AppState, EvidenceField};
use par_core::input::parse_date_vi;
use par_web::components::Messages;

pub fn evidence_msg_id(code: &str) -> String {
    format!("msg-ev-{code}")
}

#[component]
pub fn EvidenceList(
    /** An item's code, or a criterion's or field's whose not-applicable claim it proves. */
    code: String,
    /** What the set asks for, shown as a hint. */
    requirement: Option<EvidenceRequirement>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    // A memo, so that typing in a row (which changes the answers) does not rebuild the rows.
    let count = {
        let code = code.clone();
        Memo::new(move |_| state.with_evidence(&code, <[_]>::len))
    };
    let messages = {
        let code = code.clone();
        Memo::new(move |_| state.slot_messages(&code, Slot::Evidence))
    };
    let hint = requirement.map(|e| {
        view! {
            <p class="hint">
                {text(lang, walk::EVIDENCE_NEEDED)} ": " {e.hint.clone()} " ("
                {move || if e.required { walk::EVIDENCE_REQUIRED.get(lang.get()) } else { walk::EVIDENCE_OPTIONAL.get(lang.get()) }}
                ")"
            </p>
        }
    });
    let rows = {
        let code = code.clone();
        move || {
            (0..count.get())
                .map(|index| view! { <EvidenceRow code=code.clone() index=index/> })
                .collect_view()
        }
    };
    view! {
        <fieldset class="evidence">
            <legend>{text(lang, walk::EVIDENCE_LEGEND)}</legend>
            {hint}
            <Show when=move || count.get() == 0>
                <p class="muted">{text(lang, walk::EVIDENCE_NONE)}</p>
            </Show>
            {rows}
            <button
                type="button"
                id=add_evidence_id(&code)
                aria-describedby=evidence_msg_id(&code)
                on:click={
                    let code = code.clone();
                    move |_| {
                        let index = count.get_untracked();
                        state.add_evidence(&code);
                        state.focus_request.set(Some(evidence_input_id(&code, index, EvidenceField::Number)));
                    }
                }
            >
                "+ " {text(lang, walk::EVIDENCE_ADD)}
            </button>
            <Messages id=evidence_msg_id(&code) messages=messages/>
        </fieldset>
    }
}

/// Picks an interface text.
type Label = Text;

const FIELDS: [(EvidenceField, Label); 5] = [
    (EvidenceField::Number, walk::EVIDENCE_NUMBER),
    (EvidenceField::Date, walk::EVIDENCE_DATE),
    (EvidenceField::Issuer, walk::EVIDENCE_ISSUER),
    (EvidenceField::Location, walk::EVIDENCE_LOCATION),
    (EvidenceField::Note, walk::EVIDENCE_NOTE),
];

#[component]
fn EvidenceRow(code: String, index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let inputs = FIELDS
        .iter()
        .map(|&(field, label)| {
            let id = evidence_input_id(&code, index, field);
            let msg_id = format!("{id}-msg");
            let code = code.clone();
            let text = {
                let code = code.clone();
                move || state.evidence_text(&code, index, field)
            };
            let date_error = {
                let id = id.clone();
                move || {
                    (field == EvidenceField::Date)
                        .then(|| state.raw_text(&id))
                        .flatten()
                        .and_then(|text| parse_date_vi(&text).err())
                        .map(|e| e.message(lang.get()))
                }
            };
            view! {
                <div class=format!("field evidence-{}", field.css_name())>
                    <label for=id.clone()>{crate::texts::text(lang, label)}</label>
                    <input
                        type="text"
                        id=id.clone()
                        inputmode=if field == EvidenceField::Date { "numeric" } else { "text" }
                        placeholder=move || if field == EvidenceField::Date { walk::DATE_PLACEHOLDER.get(lang.get()) } else { "" }
                        autocomplete="off"
                        prop:value=text
                        aria-invalid={
                            let date_error = date_error.clone();
                            move || date_error().is_some().to_string()
                        }
                        aria-describedby=msg_id.clone()
                        on:input=move |ev| state.set_evidence(&code, index, field, &event_target_value(&ev))
                    />
                    <p class="messages messages-error" id=msg_id>{date_error}</p>
                </div>
            }
        })
        .collect_view();
    let row_label = move || format!("{} {}", walk::EVIDENCE_ROW.get(lang.get()), index + 1);
    // A document with something typed or a file picked is removed only after a second click
    // in the page (no window.confirm): a slip of the thumb on a phone must not lose it.
    let confirming = RwSignal::new(false);
    let remove_id = remove_evidence_id(&code, index);
    let keep_id = format!("{remove_id}-no");
    let is_blank = {
        let code = code.clone();
        move || {
            let typed_date = state
                .raw_text(&evidence_input_id(&code, index, EvidenceField::Date))
                .is_some_and(|text| !text.trim().is_empty());
            !typed_date
                && state.with_evidence(&code, |list| list.get(index).is_none_or(|e| e.is_blank()))
        }
    };
    let remove = {
        let code = code.clone();
        move || {
            state.remove_evidence(&code, index);
            // The row is gone: the focus goes to the button that adds one, not to the page's top.
            state.focus_request.set(Some(add_evidence_id(&code)));
        }
    };
    let ask = {
        let remove = remove.clone();
        let keep_id = keep_id.clone();
        move |_| {
            if is_blank() {
                remove();
            } else {
                confirming.set(true);
                state.focus_request.set(Some(keep_id.clone()));
            }
        }
    };
    let confirm_text = move || {
        fill(
            walk::EVIDENCE_REMOVE_CONFIRM.get(lang.get()),
            &[("n", (index + 1).to_string())],
        )
    };
    view! {
        <div class="evidence-row" role="group" aria-label=row_label>
            <p class="evidence-row-title">{row_label}</p>
            <div class="evidence-fields">{inputs}</div>
            <EvidenceFile code=code.clone() index=index/>
            <Show
                when=move || confirming.get()
                fallback={
                    let ask = ask.clone();
                    let remove_id = remove_id.clone();
                    move || view! {
                        <button
                            type="button"
                            class="link-button"
                            id=remove_id.clone()
                            on:click=ask.clone()
                        >
                            {move || format!("{} {}", walk::EVIDENCE_REMOVE.get(lang.get()), index + 1)}
                        </button>
                    }
                }
            >
                <div
                    class="confirm evidence-confirm"
                    role="alertdialog"
                    aria-labelledby=format!("{remove_id}-question")
                >
                    <p id=format!("{remove_id}-question")>{confirm_text}</p>
                    <button
                        type="button"
                        class="danger"
                        id=format!("{remove_id}-yes")
                        on:click={
                            let remove = remove.clone();
                            move |_| remove()
                        }
                    >
                        {text(lang, walk::EVIDENCE_REMOVE_YES)}
                    </button>
                    " "
                    <button
                        type="button"
                        id=keep_id.clone()
                        on:click={
                            let remove_id = remove_id.clone();
                            move |_| {
                                confirming.set(false);
                                state.focus_request.set(Some(remove_id.clone()));
                            }
                        }
                    >
                        {text(lang, walk::EVIDENCE_KEEP)}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// The button that removes (or asks to remove) evidence document `index` of item `code`.
pub fn remove_evidence_id(code: &str, index: usize) -> String {
    format!("remove-evidence-{code}-{index}")
}
