//! The unit being assessed, validated by `UnitInfo::problems` with each message beside its box.
//! A message appears once the box was left or the user tried to start, not while typing the
//! first letters.

use crate::texts::{start, text};
use par_core::Text;
use std::collections::BTreeSet;

use leptos::prelude::*;
use par_core::unit::UnitProblem;

use crate::state::{AppState, UnitField, UNIT_YEAR_ID};

struct FieldSpec {
    field: UnitField,
    id: &'static str,
    label: Text,
    hint: Option<Text>,
    problem: UnitProblem,
    autocomplete: &'static str,
    inputmode: &'static str,
}

const FIELDS: [FieldSpec; 6] = [
    FieldSpec {
        field: UnitField::Province,
        id: "unit-province",
        label: start::UNIT_PROVINCE,
        hint: None,
        problem: UnitProblem::ProvinceMissing,
        autocomplete: "address-level1",
        inputmode: "text",
    },
    FieldSpec {
        field: UnitField::Name,
        id: "unit-name",
        label: start::UNIT_NAME,
        hint: Some(start::UNIT_NAME_HINT),
        problem: UnitProblem::NameMissing,
        autocomplete: "organization",
        inputmode: "text",
    },
    FieldSpec {
        field: UnitField::Code,
        id: "unit-code",
        label: start::UNIT_CODE,
        hint: Some(start::UNIT_CODE_HINT),
        problem: UnitProblem::CodeInvalid,
        autocomplete: "off",
        inputmode: "numeric",
    },
    FieldSpec {
        field: UnitField::Year,
        id: UNIT_YEAR_ID,
        label: start::UNIT_YEAR,
        hint: None,
        problem: UnitProblem::YearOutOfRange,
        autocomplete: "off",
        inputmode: "numeric",
    },
    FieldSpec {
        field: UnitField::Preparer,
        id: "unit-preparer",
        label: start::UNIT_PREPARER,
        hint: None,
        problem: UnitProblem::PreparerMissing,
        autocomplete: "name",
        inputmode: "text",
    },
    FieldSpec {
        field: UnitField::Chairperson,
        id: "unit-chairperson",
        label: start::UNIT_CHAIRPERSON,
        hint: None,
        problem: UnitProblem::ChairpersonMissing,
        autocomplete: "off",
        inputmode: "text",
    },
];

/// The id of the box of a unit's field (`year`, `province`…, as `UnitProblem::field` names
/// them): the export screen links its unit blockers to it.
pub fn field_id(field: &str) -> &'static str {
    FIELDS
        .iter()
        .find(|spec| spec.problem.field() == field)
        .map_or(FIELDS[0].id, |spec| spec.id)
}

#[component]
pub fn UnitForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let touched = RwSignal::new(BTreeSet::<UnitField>::new());
    let problems = Memo::new(move |_| state.unit.with(|u| u.problems()));
    // Said at once, not on leaving the box: the wrong year or province means the wrong set.
    let mismatches = Memo::new(move |_| {
        state.framework.with(|set| {
            state.unit.with(|u| {
                if u.year == 0 {
                    Vec::new()
                } else {
                    u.set_mismatches(set)
                }
            })
        })
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !state.start_walk() {
            // Put the focus on the first box to correct.
            let first = problems.get_untracked().first().copied();
            if let Some(spec) = FIELDS.iter().find(|f| Some(f.problem) == first) {
                state.focus_request.set(Some(spec.id.to_string()));
            }
        }
    };

    let fields = FIELDS
        .iter()
        .map(|spec| {
            let FieldSpec { field, id, label, hint, problem, autocomplete, inputmode } = *spec;
            let msg_id = format!("{id}-msg");
            let hint_id = format!("{id}-hint");
            let set_id = format!("{id}-set");
            let mismatch = move || {
                mismatches.with(|m| {
                    m.iter()
                        .find(|m| m.field() == problem.field())
                        .map(|m| m.message(state.lang.get()))
                })
            };
            let show_problem = move || {
                (state.unit_checked.get() || touched.with(|t| t.contains(&field)))
                    && problems.with(|p| p.contains(&problem))
            };
            let value = move || {
                state.unit.with(|u| match field {
                    UnitField::Province => u.province.clone(),
                    UnitField::Name => u.name.clone(),
                    UnitField::Code => u.code.clone(),
                    UnitField::Year => state
                        .raw_text(UNIT_YEAR_ID)
                        .unwrap_or_else(|| if u.year == 0 { String::new() } else { u.year.to_string() }),
                    UnitField::Preparer => u.preparer.clone(),
                    UnitField::Chairperson => u.chairperson.clone(),
                })
            };
            let described_by = match hint {
                Some(_) => format!("{hint_id} {msg_id} {set_id}"),
                None => format!("{msg_id} {set_id}"),
            };
            view! {
                <div class="field" class:invalid=show_problem>
                    <label for=id>{text(lang, label)}</label>
                    {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{text(lang, hint)}</p> })}
                    <input
                        type="text"
                        id=id
                        name=id
                        autocomplete=autocomplete
                        inputmode=inputmode
                        prop:value=value
                        aria-invalid=move || show_problem().to_string()
                        aria-describedby=described_by
                        on:input=move |ev| state.set_unit_field(field, &event_target_value(&ev))
                        on:blur=move |_| touched.update(|t| { t.insert(field); })
                    />
                    <p class="messages messages-error" id=msg_id>
                        {move || show_problem().then(|| problem.message(state.lang.get()))}
                    </p>
                    <p class="messages messages-warning" id=set_id aria-live="polite">{mismatch}</p>
                </div>
            }
        })
        .collect_view();

    view! {
        <form class="unit-form" novalidate on:submit=on_submit aria-labelledby="unit-heading">
            <h2 id="unit-heading">{text(lang, start::UNIT_HEADING)}</h2>
            <Show when=move || state.unit_checked.get() && !problems.with(|p| p.is_empty())>
                <p class="form-alert" role="alert">{text(lang, start::UNIT_HAS_PROBLEMS)}</p>
            </Show>
            // Read-only (another tab edits this draft): the boxes are disabled, opening works.
            <fieldset class="edit-guard" prop:disabled=move || state.read_only.get()>
                {fields}
            </fieldset>
            <button type="submit" id="start-walk" class="primary">{text(lang, start::START_BUTTON)}</button>
        </form>
    }
}
