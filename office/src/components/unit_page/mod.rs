//! A unit's page (issues 14 and 15): every item with the unit's answer, declared figures,
//! evidence references, explanation and self score; beside each, the appraised score being
//! typed, a remark, a request for explanation and, for a not-applicable claim, its rejection.
//! Totals, index, classification and each field recompute as typed with par-core
//! (`read_typed` → `score_appraised`), differences shown per item, per field and in the total.
//! What is typed is stored at once (`OfficeState::save_round`: only the typed parts when no
//! signed file came or went). Below: signing the round-1 appraisal, importing the unit's
//! explanation, the final round and the trail.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use par_core::appraisal::{
    field_changes, read_typed, FileKind, KnownSubmission, OfficeRound, ReadRound, RequestAnswer,
    Round, TypedRound,
};
use par_core::decimal::Decimal;
use par_core::score::{score_appraised, sheet_rows_with, LeafStatus, ScoreSheet, Shown};
use par_core::submission::{hash_prefix, Submission};
use par_core::{Framework, Lang};
use par_web::components::FilePicker;
use par_web::format::{percent, points, signed};
use par_web::text as t;

use super::office_key::UnlockForm;
use crate::round::{
    appraisal_file_name, check_explanation, final_file_name, id_and_time, sign_appraisal,
    sign_final, unit_keys,
};
use crate::state::{OfficeState, Screen};
use crate::texts::unit_page as text;

mod explanations;
mod final_round;
mod items;
mod sent;
mod signing;
mod totals;
mod trail;

use explanations::*;
use final_round::*;
use items::*;
use sent::*;
use signing::*;
use totals::*;
use trail::*;

#[component]
pub fn UnitPage() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    move || {
        let Some(hash) = state.open_unit.get() else {
            return view! { <section class="screen"><p id="unit-none">{t(lang, text::NO_UNIT)}</p></section> }.into_any();
        };
        // Opened again once the files are verified (on start, after an import).
        state.batch.track();
        match state.submission_of(&hash) {
            None => view! { <section class="screen"><p class="alert alert-warn" id="unit-none">{t(lang, text::NOT_FOUND)}</p></section> }.into_any(),
            Some((submission, set)) => view! {
                <UnitRound submission=Arc::new(submission) hash=hash set=Arc::new(set.framework) />
            }
            .into_any(),
        }
    }
}

fn typed(record: &OfficeRound, round: Round) -> TypedRound {
    match round {
        Round::First => record.first.clone(),
        Round::Final => record.final_boxes(),
    }
}

fn typed_mut(record: &mut OfficeRound, round: Round) -> &mut TypedRound {
    match round {
        Round::First => &mut record.first,
        Round::Final => record.start_final(),
    }
}

/// A leaf's points as a column shows them.
fn leaf_points(sheet: &ScoreSheet, code: &str, lang: Lang) -> String {
    match sheet.leaf(code) {
        None => String::new(),
        Some(leaf) => match leaf.status {
            LeafStatus::Excluded => text::EXCLUDED.get(lang).into(),
            LeafStatus::Pending => text::PENDING.get(lang).into(),
            _ => points(leaf.points, lang),
        },
    }
}

/// Points counted (None when the item is out of the maximum or waits for the office).
fn counted(sheet: &ScoreSheet, code: &str) -> Option<Decimal> {
    sheet
        .leaf(code)
        .filter(|l| !matches!(l.status, LeafStatus::Excluded | LeafStatus::Pending))
        .map(|l| l.points)
}

fn difference(before: Option<Decimal>, after: Option<Decimal>, lang: Lang) -> String {
    match (before, after) {
        (Some(b), Some(a)) if a != b => signed(a - b, lang),
        (None, Some(_)) | (Some(_), None) => "≠".into(),
        _ => String::new(),
    }
}

#[component]
fn UnitRound(submission: Arc<Submission>, hash: String, set: Arc<Framework>) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let record = RwSignal::new(state.round_of(&hash));
    let mode = RwSignal::new(if record.with_untracked(|r| r.last.is_some()) {
        Round::Final
    } else {
        Round::First
    });
    let save_error = RwSignal::new(None::<String>);
    let change: Change = Callback::new(move |edit: Box<dyn FnOnce(&mut OfficeRound)>| {
        record.update(|r| edit(r));
        let round = record.get_untracked();
        spawn_local(async move {
            let result = state.save_round(round).await;
            save_error.set(result.err().map(|e| {
                text::NOT_SAVED.fill(lang.get_untracked(), &[("reason", &e.to_string())])
            }));
        });
    });
    let (set_r, sub_r) = (set.clone(), submission.clone());
    let read: Memo<ReadRound> = Memo::new(move |_| {
        let round = mode.get();
        record.with(|r| read_typed(&set_r, &sub_r.payload.answers, &typed(r, round), round))
    });
    // The signed and received files only: what reads them (opening and verifying each file)
    // runs when a file comes or goes, not at every keystroke.
    let files: Memo<OfficeRound> = Memo::new(move |_| {
        record.with(|r| OfficeRound {
            submission: r.submission.clone(),
            appraisals: r.appraisals.clone(),
            explanations: r.explanations.clone(),
            finals: r.finals.clone(),
            ..OfficeRound::default()
        })
    });
    // The unit's answers to the latest appraisal's requests, by item.
    let replies: Memo<BTreeMap<String, RequestAnswer>> = Memo::new(move |_| {
        files.with(|r| {
            r.latest_appraisal()
                .and_then(|(_, hash)| r.explanation_of(&hash))
                .map(|(e, _)| e.payload.answers)
                .unwrap_or_default()
        })
    });
    let (set_s, sub_s) = (set.clone(), submission.clone());
    let sheet: Memo<ScoreSheet> = Memo::new(move |_| {
        read.with(|r| score_appraised(&set_s, &sub_s.payload.answers, &r.draft.office))
    });
    let payload = &submission.payload;
    let about = {
        let (submission, hash, set) = (submission.clone(), hash.clone(), set.clone());
        move || {
            text::ABOUT.fill(
                lang.get(),
                &[
                    ("revision", &submission.payload.revision.to_string()),
                    ("hash", &hash_prefix(&hash)),
                    ("key", &submission.signature.key_id),
                    ("set", &format!("{} {}", set.id, set.version)),
                ],
            )
        }
    };
    let heading = format!("{} {}", payload.unit.code, payload.unit.name);
    let hash_attr = hash.clone();
    view! {
        <section class="screen unit-page" id="unit-page" aria-labelledby="unit-heading" data-hash=hash_attr>
            <p class="no-print"><button type="button" class="button-secondary" id="unit-back" on:click=move |_| state.screen.set(Screen::Board)>{t(lang, text::BACK)}</button></p>
            <h1 id="unit-heading">{heading}</h1>
            <p class="note">{about}</p>
            <p class="alert alert-error" role="alert" id="unit-save-error">{move || save_error.get()}</p>
            <Totals submission=submission.clone() files=files sheet=sheet mode=mode />
            <ModeSwitch record=record mode=mode />
            <Problems read=read />
            <GroupClaims submission=submission.clone() set=set.clone() record=record mode=mode change=change />
            <Items submission=submission.clone() set=set.clone() record=record mode=mode sheet=sheet read=read replies=replies change=change />
            <SignFirst submission=submission.clone() hash=hash.clone() set=set.clone() record=record files=files mode=mode change=change />
            <Explanations submission=submission.clone() hash=hash.clone() set=set.clone() record=record files=files change=change />
            <SignFinal submission=submission.clone() hash=hash.clone() set=set.clone() record=record files=files mode=mode change=change />
            <TrailView submission=submission.clone() hash=hash.clone() files=files />
            <SentFiles code=payload.unit.code.clone() year=payload.period.year hash=hash />
        </section>
    }
}

/// What the page calls to change the round (kept in the page, then stored).
type Change = Callback<Box<dyn FnOnce(&mut OfficeRound)>>;
