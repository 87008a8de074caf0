//! A unit's page (issues 14 and 15): every item with the unit's answer, declared figures,
//! evidence references, explanation and self score; beside each, the appraised score being
//! typed, a remark, a request for explanation and, for a not-applicable claim, its rejection.
//! Totals, index, classification and each field recompute as typed with par-core
//! (`read_typed` → `score_appraised`), differences shown per item, per field and in the total.
//! What is typed is stored at once (`OfficeState::save_round`). Below: signing the round-1
//! appraisal, importing the unit's explanation, the final round and the trail.

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
            <TrailView submission=submission.clone() hash=hash files=files />
        </section>
    }
}

/// What the page calls to change the round (kept in the page, then stored).
type Change = Callback<Box<dyn FnOnce(&mut OfficeRound)>>;

#[component]
fn Totals(
    submission: Arc<Submission>,
    files: Memo<OfficeRound>,
    sheet: Memo<ScoreSheet>,
    mode: RwSignal<Round>,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    move || {
        let lang_now = lang.get();
        let own = &submission.payload.scores;
        let typing = sheet.get();
        let first = files.with(|r| r.latest_appraisal().map(|(a, _)| a.payload.scores));
        let last = files.with(|r| r.latest_final().map(|(f, _)| f.payload.scores));
        let typing_label = match mode.get() {
            Round::First => text::TYPING_FIRST,
            Round::Final => text::TYPING_FINAL,
        };
        type Cell = fn(&ScoreSheet, Lang) -> String;
        let rows: [(par_core::Text, &str, Cell); 4] = [
            (text::TOTAL, "total", |s, l| points(s.total, l)),
            (text::APPLICABLE, "max", |s, l| points(s.applicable_max, l)),
            (text::INDEX, "index", |s, l| percent(s.index_percent, l)),
            (text::CLASS, "class", |s, _| {
                s.classification.clone().unwrap_or_default()
            }),
        ];
        let fields = field_changes(own, &typing);
        let titles: Vec<String> = submission
            .payload
            .scores
            .fields
            .iter()
            .map(|f| f.code.clone())
            .collect();
        view! {
            <h2>{text::TOTALS.get(lang_now)}</h2>
            <table class="data" id="unit-totals">
                <thead><tr>
                    <th scope="col">{text::MEASURE.get(lang_now)}</th>
                    <th scope="col">{text::SELF.get(lang_now)}</th>
                    <th scope="col">{typing_label.get(lang_now)}</th>
                    <th scope="col">{text::DIFFERENCE.get(lang_now)}</th>
                    {first.is_some().then(|| view! { <th scope="col">{text::SIGNED_FIRST.get(lang_now)}</th> })}
                    {last.is_some().then(|| view! { <th scope="col">{text::SIGNED_FINAL.get(lang_now)}</th> })}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(label, key, cell)| {
                        let diff = match key {
                            "total" => (typing.total != own.total).then(|| signed(typing.total - own.total, lang_now)),
                            "max" => (typing.applicable_max != own.applicable_max).then(|| signed(typing.applicable_max - own.applicable_max, lang_now)),
                            "index" => match (own.index_percent, typing.index_percent) {
                                (Some(a), Some(b)) if a != b => Some(signed(b - a, lang_now)),
                                _ => None,
                            },
                            _ => (typing.classification != own.classification).then(|| "≠".to_string()),
                        };
                        let changed = diff.is_some();
                        view! {
                            <tr data-row=key class:changed=changed>
                                <th scope="row">{label.get(lang_now)}</th>
                                <td class="num self">{cell(own, lang_now)}</td>
                                <td class="num typing">{cell(&typing, lang_now)}</td>
                                <td class="num diff">{diff.unwrap_or_default()}</td>
                                {first.as_ref().map(|s| view! { <td class="num first">{cell(s, lang_now)}</td> })}
                                {last.as_ref().map(|s| view! { <td class="num final">{cell(s, lang_now)}</td> })}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <h2>{text::FIELDS.get(lang_now)}</h2>
            <table class="data" id="unit-fields">
                <thead><tr>
                    <th scope="col">{text::FIELD.get(lang_now)}</th>
                    <th scope="col">{text::SELF.get(lang_now)}</th>
                    <th scope="col">{typing_label.get(lang_now)}</th>
                    <th scope="col">{text::DIFFERENCE.get(lang_now)}</th>
                </tr></thead>
                <tbody>
                    {fields.into_iter().zip(titles).map(|(f, code)| {
                        let of = |p: Decimal, m: Decimal| text::OF_MAX.fill(lang_now, &[("points", &points(p, lang_now)), ("max", &points(m, lang_now))]);
                        let mut diff = Vec::new();
                        if f.before != f.after {
                            diff.push(signed(f.after - f.before, lang_now));
                        }
                        if f.max_before != f.max_after {
                            diff.push(text::MAX_CHANGE.fill(lang_now, &[("diff", &signed(f.max_after - f.max_before, lang_now))]));
                        }
                        let diff = diff.join(" · ");
                        let (code_attr, changed) = (code.clone(), f.changed());
                        view! {
                            <tr data-field=code_attr class:changed=changed>
                                <th scope="row">{code}</th>
                                <td class="num">{of(f.before, f.max_before)}</td>
                                <td class="num">{of(f.after, f.max_after)}</td>
                                <td class="num diff">{diff}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
    }
}

#[component]
fn ModeSwitch(record: RwSignal<OfficeRound>, mode: RwSignal<Round>) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let can_final = move || record.with(|r| !r.appraisals.is_empty());
    view! {
        <fieldset class="mode-switch no-print">
            <legend>{t(lang, text::ROUND)}</legend>
            <label><input type="radio" name="round" id="mode-first" prop:checked=move || mode.get() == Round::First on:change=move |_| mode.set(Round::First) />" "{t(lang, text::ROUND_FIRST)}</label>
            " "
            <label><input type="radio" name="round" id="mode-final" disabled=move || !can_final() prop:checked=move || mode.get() == Round::Final on:change=move |_| mode.set(Round::Final) />" "{t(lang, text::ROUND_FINAL)}</label>
            {move || (!can_final()).then(|| view! { <p class="hint">{t(lang, text::FINAL_NEEDS_APPRAISAL)}</p> })}
        </fieldset>
    }
}

#[component]
fn Problems(read: Memo<ReadRound>) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    view! {
        <div id="typed-problems" role="alert">
            {move || {
                let lang_now = lang.get();
                read.with(|r| (!r.problems.is_empty()).then(|| view! {
                    <div class="alert alert-error">
                        <p>{text::PROBLEMS.get(lang_now)}</p>
                        <ul>{r.problems.iter().map(|p| view! { <li>{p.describe(lang_now)}</li> }).collect_view()}</ul>
                    </div>
                }))
            }}
        </div>
    }
}

#[component]
fn GroupClaims(
    submission: Arc<Submission>,
    set: Arc<Framework>,
    record: RwSignal<OfficeRound>,
    mode: RwSignal<Round>,
    change: Change,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let claims: Vec<(String, String)> = submission
        .payload
        .answers
        .group_claims
        .iter()
        .map(|(code, claim)| (code.clone(), claim.explanation.clone()))
        .collect();
    if claims.is_empty() {
        return ().into_any();
    }
    let _ = set;
    view! {
        <h2>{t(lang, text::GROUP_CLAIMS)}</h2>
        <ul class="group-claims" id="group-claims">
            {move || {
                let round = mode.get();
                claims.iter().map(|(code, why)| {
                    let code = code.clone();
                    let checked = record.with_untracked(|r| typed(r, round).rejected.contains(&code));
                    let on = {
                        let code = code.clone();
                        move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            let code = code.clone();
                            change.run(Box::new(move |r| {
                                let typed = typed_mut(r, round);
                                if on { typed.rejected.insert(code); } else { typed.rejected.remove(&code); }
                            }));
                        }
                    };
                    view! {
                        <li data-code=code.clone()>
                            <strong>{code.clone()}</strong>": "{why.clone()}
                            <label class="reject"><input type="checkbox" class="reject-claim" prop:checked=checked on:change=on />" "{t(lang, text::REJECT)}</label>
                        </li>
                    }
                }).collect_view()
            }}
        </ul>
    }
    .into_any()
}

#[allow(clippy::too_many_arguments)]
#[component]
fn Items(
    submission: Arc<Submission>,
    set: Arc<Framework>,
    record: RwSignal<OfficeRound>,
    mode: RwSignal<Round>,
    sheet: Memo<ScoreSheet>,
    read: Memo<ReadRound>,
    replies: Memo<BTreeMap<String, RequestAnswer>>,
    change: Change,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    move || {
        let lang_now = lang.get();
        let round = mode.get();
        let answers = &submission.payload.answers;
        let own = &submission.payload.scores;
        let rows = sheet_rows_with(&set, own, answers, lang_now);
        let start = record.with_untracked(|r| typed(r, round));
        // What round 1 said, shown read-only in the final round.
        let first = record.with_untracked(|r| r.latest_appraisal());
        let body = rows
            .into_iter()
            .map(|row| {
                let Some(leaf) = set.leaf(&row.code).filter(|_| row.depth >= 1) else {
                    return view! {
                        <tr class=format!("group depth-{}", row.depth)><th colspan="5" scope="rowgroup">{format!("{}. {}", row.code, row.title)}</th></tr>
                    }
                    .into_any();
                };
                let code = row.code.clone();
                let answer = answers.get(&code).cloned().unwrap_or_default();
                let self_shown = match row.shown {
                    Shown::Points(p) | Shown::Signed(p) => points(p, lang_now),
                    Shown::Pending => text::PENDING.get(lang_now).into(),
                    Shown::Excluded => text::EXCLUDED.get(lang_now).into(),
                    Shown::Unanswered => text::UNANSWERED.get(lang_now).into(),
                    Shown::Invalid => text::INVALID.get(lang_now).into(),
                };
                let typed_item = start.item(&code);
                let self_assessed = leaf.rule.is_self_assessed();
                let edit = |field: fn(&mut par_core::appraisal::TypedItem) -> &mut String| {
                    let (code, change) = (code.clone(), change);
                    move |ev: leptos::ev::Event| {
                        let value = event_target_value(&ev);
                        let code = code.clone();
                        change.run(Box::new(move |r| typed_mut(r, round).edit(&code, |i| *field(i) = value)));
                    }
                };
                let on_reject = {
                    let (code, change) = (code.clone(), change);
                    move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        let code = code.clone();
                        change.run(Box::new(move |r| {
                            let typed = typed_mut(r, round);
                            if on { typed.rejected.insert(code); } else { typed.rejected.remove(&code); }
                        }));
                    }
                };
                let appraised = {
                    let code = code.clone();
                    move || sheet.with(|s| leaf_points(s, &code, lang.get()))
                };
                let diff = {
                    let (code, own) = (code.clone(), counted(own, &row.code));
                    move || sheet.with(|s| difference(own, counted(s, &code), lang.get()))
                };
                let problem = {
                    let code = code.clone();
                    move || read.with(|r| r.problem_of(&code).map(|p| p.describe(lang.get())))
                };
                let answered = {
                    let code = code.clone();
                    move || replies.with(|a| a.get(&code).cloned())
                };
                let earlier = first.as_ref().map(|(a, _)| {
                    (
                        a.payload.remarks.get(&code).cloned(),
                        a.payload.requests.get(&code).cloned(),
                        leaf_points(&a.payload.scores, &code, lang_now),
                    )
                });
                let input_id = format!("ap-{code}");
                let evidence: Vec<String> = answer
                    .evidence
                    .iter()
                    .filter(|e| e.is_filled())
                    .map(|e| {
                        [
                            e.number.clone(),
                            par_core::input::iso_to_vi(&e.date),
                            e.issuer.clone(),
                            e.location.clone(),
                            e.note.clone(),
                            e.file.as_ref().map(|f| f.name.clone()).unwrap_or_default(),
                        ]
                        .into_iter()
                        .filter(|s| !s.trim().is_empty())
                        .collect::<Vec<_>>()
                        .join(" · ")
                    })
                    .collect();
                view! {
                    <tr class="item" data-code=code.clone()>
                        <td class="item-title"><span class="code">{code.clone()}</span>" "{row.title.clone()}<span class="max">{format!(" ({} {})", text::MAX.get(lang_now), points(row.max, lang_now))}</span></td>
                        <td class="declared">
                            {row.figures.clone().map(|f| view! { <p class="figures">{f}</p> })}
                            {answer.not_applicable.then(|| view! { <p class="claimed">{text::CLAIMED.get(lang_now)}</p> })}
                            {(!evidence.is_empty()).then(|| view! {
                                <p class="evidence-label">{text::EVIDENCE.get(lang_now)}":"</p>
                                <ul class="evidence">{evidence.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                            })}
                            {answer.has_explanation().then(|| view! { <p class="explanation"><span>{text::EXPLANATION.get(lang_now)}": "</span>{answer.explanation.clone()}</p> })}
                        </td>
                        <td class="num self-score">{self_shown}</td>
                        <td class="appraisal">
                            <label class="visually-hidden" for=input_id.clone()>{text::APPRAISED_INPUT.fill(lang_now, &[("code", &code)])}</label>
                            <input type="text" inputmode="decimal" class="appraised-input" id=input_id size="5"
                                prop:value=typed_item.points.clone()
                                placeholder=if self_assessed { String::new() } else { text::PENDING.get(lang_now).to_string() }
                                on:input=edit(|i| &mut i.points) />
                            <p class="hint">{if self_assessed { text::APPRAISED_HINT.get(lang_now) } else { text::OFFICE_HINT.get(lang_now) }}</p>
                            <p class="appraised"><span>{text::APPRAISED.get(lang_now)}": "</span><span class="value">{appraised}</span>" "<span class="diff">{diff}</span></p>
                            <p class="problem messages-error">{problem}</p>
                            {(answer.not_applicable && self_assessed).then(|| view! {
                                <label class="reject"><input type="checkbox" class="reject-claim" prop:checked=start.rejected.contains(&code) on:change=on_reject />" "{text::REJECT.get(lang_now)}</label>
                            })}
                            {earlier.as_ref().filter(|_| round == Round::Final).map(|(_, _, p)| view! { <p class="earlier">{text::SIGNED_FIRST.get(lang_now)}": "{p.clone()}</p> })}
                        </td>
                        <td class="remarks">
                            {if round == Round::First {
                                view! {
                                    <label>{text::REMARK.get(lang_now)}<textarea class="remark" rows="2" prop:value=typed_item.remark.clone() on:input=edit(|i| &mut i.remark)></textarea></label>
                                    <label>{text::REQUEST.get(lang_now)}<textarea class="request" rows="2" prop:value=typed_item.request.clone() on:input=edit(|i| &mut i.request)></textarea></label>
                                }.into_any()
                            } else {
                                let (remark, request) = earlier.clone().map(|(a, b, _)| (a, b)).unwrap_or_default();
                                view! {
                                    {remark.map(|r| view! { <p class="remark-shown"><span>{text::REMARK.get(lang_now)}": "</span>{r}</p> })}
                                    {request.map(|r| view! { <p class="request-shown"><span>{text::REQUEST.get(lang_now)}": "</span>{r}</p> })}
                                }.into_any()
                            }}
                            {move || answered().map(|a| view! {
                                <div class="explanation-answer">
                                    <p><span>{text::ANSWER.get(lang.get())}": "</span>{a.text.clone()}</p>
                                    <ul class="evidence">{a.evidence.iter().map(|e| {
                                        let line = [e.number.clone(), e.note.clone(), e.file.as_ref().map(|f| format!("{} ({})", f.name, hash_prefix(&f.sha256))).unwrap_or_default()]
                                            .into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ");
                                        view! { <li>{line}</li> }
                                    }).collect_view()}</ul>
                                </div>
                            })}
                        </td>
                    </tr>
                }
                .into_any()
            })
            .collect_view();
        view! {
            <h2>{text::ITEMS.get(lang_now)}</h2>
            <div class="table-scroll">
                <table class="data unit-items" id="unit-items">
                    <thead><tr>
                        <th scope="col">{text::ITEM.get(lang_now)}</th>
                        <th scope="col">{text::DECLARED.get(lang_now)}</th>
                        <th scope="col">{text::SELF_SCORE.get(lang_now)}</th>
                        <th scope="col">{text::APPRAISED.get(lang_now)}</th>
                        <th scope="col">{text::REMARK_REQUEST.get(lang_now)}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    }
}

/// Unlock form or a pointer to the key screen, when signing needs the key.
fn key_needed(state: OfficeState, lang: RwSignal<Lang>) -> impl IntoView {
    move || {
        if state.signing_key_id.get().is_some() {
            return ().into_any();
        }
        if state.office_key.with(Option::is_none) {
            return view! { <p class="alert alert-warn">{t(lang, text::NO_OFFICE_KEY)}</p> }
                .into_any();
        }
        view! { <div class="needs-key"><p class="alert alert-warn">{t(lang, text::NEEDS_KEY)}</p><UnlockForm /></div> }.into_any()
    }
}

#[component]
fn SignFirst(
    submission: Arc<Submission>,
    hash: String,
    set: Arc<Framework>,
    record: RwSignal<OfficeRound>,
    files: Memo<OfficeRound>,
    mode: RwSignal<Round>,
    change: Change,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let message = RwSignal::new(None::<String>);
    let failed = RwSignal::new(Vec::<String>::new());
    let deadline = record.with_untracked(|r| r.first.deadline.clone());
    let on_deadline = {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            change.run(Box::new(move |r| r.first.deadline = value));
        }
    };
    let sign = move |_| {
        let lang = lang.get_untracked();
        let Some(key) = state.signing_key.get_value() else {
            return;
        };
        let known = KnownSubmission {
            payload: &submission.payload,
            hash: &hash,
        };
        let result = id_and_time()
            .map_err(|e| vec![e])
            .and_then(|ids| {
                record
                    .with_untracked(|r| sign_appraisal(&set, known, r, &key, ids))
                    .map_err(|p| p.describe(lang))
            })
            .and_then(|file| {
                let name = appraisal_file_name(&file);
                par_web::download::download_json(&name, &file.to_json()).map_err(|e| vec![e])?;
                Ok((name, file))
            });
        match result {
            Ok((name, file)) => {
                failed.set(Vec::new());
                let text = file.to_json();
                message.set(Some(text::SIGNED.fill(
                    lang,
                    &[("file", &name), ("hash", &hash_prefix(&file.hash()))],
                )));
                change.run(Box::new(move |r| {
                    r.add_appraisal(&text);
                }));
            }
            Err(problems) => {
                message.set(None);
                failed.set(problems);
            }
        }
    };
    view! {
        <section class="sign-first no-print" aria-labelledby="sign-first-heading" hidden=move || mode.get() != Round::First>
            <h2 id="sign-first-heading">{t(lang, text::SIGN_HEADING)}</h2>
            <div class="field">
                <label for="deadline">{t(lang, text::DEADLINE)}</label>
                <input type="text" id="deadline" inputmode="numeric" placeholder="dd/mm/yyyy" prop:value=deadline on:input=on_deadline />
            </div>
            {key_needed(state, lang)}
            <button type="button" class="button" id="sign-appraisal" disabled=move || state.signing_key_id.get().is_none() on:click=sign>{t(lang, text::SIGN)}</button>
            <p id="sign-message" role="status">{move || message.get()}</p>
            <div id="sign-problems" class="messages-error" role="alert">{move || failed.get().into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}</div>
            <SignedFiles files=files />
        </section>
    }
}

#[component]
fn SignedFiles(files: Memo<OfficeRound>) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    move || {
        let lang_now = lang.get();
        let list: Vec<(String, String, String, String)> = files.with(|r| {
            let appraisals = r.appraisals().into_iter().map(|(a, h)| {
                (
                    appraisal_file_name(&a),
                    h,
                    a.payload.created_at.clone(),
                    a.to_json(),
                )
            });
            let finals = r
                .finals
                .iter()
                .filter_map(|t| par_core::appraisal::FinalResult::open(t).ok())
                .map(|(f, h)| {
                    (
                        final_file_name(&f),
                        h,
                        f.payload.created_at.clone(),
                        f.to_json(),
                    )
                });
            appraisals.chain(finals).collect()
        });
        (!list.is_empty()).then(|| view! {
            <h3>{text::FILES_SIGNED.get(lang_now)}</h3>
            <ul class="signed-files" id="signed-files">
                {list.into_iter().map(|(name, hash, at, json)| {
                    let label = format!("{name} · {} · {}", hash_prefix(&hash), par_web::clock::local_date_time(&at));
                    let again = move |_| { let _ = par_web::download::download_json(&name, &json); };
                    view! { <li>{label}" "<button type="button" class="button-secondary" on:click=again>{text::DOWNLOAD.get(lang_now)}</button></li> }
                }).collect_view()}
            </ul>
        })
    }
}

#[component]
fn Explanations(
    submission: Arc<Submission>,
    hash: String,
    set: Arc<Framework>,
    record: RwSignal<OfficeRound>,
    files: Memo<OfficeRound>,
    change: Change,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let messages = RwSignal::new(Vec::<String>::new());
    let on_change = move |ev: web_sys::Event| {
        let picked = par_web::files::picked_file(&ev).map(|(_, f)| f);
        par_web::files::clear_input(&ev);
        let Some(file) = picked else { return };
        let (submission, hash, set, change) =
            (submission.clone(), hash.clone(), set.clone(), change);
        spawn_local(async move {
            let lang = lang.get_untracked();
            let name = file.name();
            let said = match par_web::files::read_text(&file).await {
                Err(reason) => {
                    text::EXPLANATION_REFUSED.fill(lang, &[("file", &name), ("reason", &reason)])
                }
                Ok(body) => {
                    let keys = unit_keys(&state.keyring.get_untracked(), &submission);
                    let known = KnownSubmission {
                        payload: &submission.payload,
                        hash: &hash,
                    };
                    let checked = record
                        .with_untracked(|r| check_explanation(&body, &set, known, r, &keys, lang));
                    match checked {
                        Err(reason) => text::EXPLANATION_REFUSED
                            .fill(lang, &[("file", &name), ("reason", &reason)]),
                        Ok(()) => {
                            let mut fresh = false;
                            let mut copy = record.get_untracked();
                            if copy.add_explanation(&body) {
                                fresh = true;
                                change.run(Box::new(move |r| {
                                    r.add_explanation(&body);
                                }));
                            }
                            if fresh {
                                text::EXPLANATION_KEPT.fill(lang, &[("file", &name)])
                            } else {
                                text::EXPLANATION_AGAIN.fill(lang, &[("file", &name)])
                            }
                        }
                    }
                }
            };
            messages.set(vec![said]);
        });
    };
    view! {
        <section class="explanations no-print" aria-labelledby="explanations-heading">
            <h2 id="explanations-heading">{t(lang, text::EXPLANATIONS)}</h2>
            <FilePicker lang=lang id="explanation-file" label=t(lang, text::EXPLANATION_FILE) accept=".json,application/json" show_name=false on_change=on_change />
            <div id="explanation-messages" role="status">{move || messages.get().into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}</div>
            {move || {
                let lang_now = lang.get();
                let list: Vec<String> = files.with(|r| r.explanations().into_iter().map(|(e, h)| {
                    format!("{} · {} · {}", hash_prefix(&h), par_web::clock::local_date_time(&e.payload.created_at), e.payload.answers.keys().cloned().collect::<Vec<_>>().join(", "))
                }).collect());
                if list.is_empty() {
                    view! { <p id="explanations-received">{text::NONE_RECEIVED.get(lang_now)}</p> }.into_any()
                } else {
                    view! { <ul id="explanations-received">{list.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn SignFinal(
    submission: Arc<Submission>,
    hash: String,
    set: Arc<Framework>,
    record: RwSignal<OfficeRound>,
    files: Memo<OfficeRound>,
    mode: RwSignal<Round>,
    change: Change,
) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let message = RwSignal::new(None::<String>);
    let failed = RwSignal::new(Vec::<String>::new());
    let sign = move |_| {
        let lang = lang.get_untracked();
        let Some(key) = state.signing_key.get_value() else {
            return;
        };
        let known = KnownSubmission {
            payload: &submission.payload,
            hash: &hash,
        };
        let result = id_and_time()
            .map_err(|e| vec![e])
            .and_then(|ids| {
                record
                    .with_untracked(|r| {
                        let mut r = r.clone();
                        r.start_final();
                        sign_final(&set, known, &r, &key, ids)
                    })
                    .map_err(|p| p.describe(lang))
            })
            .and_then(|file| {
                let name = final_file_name(&file);
                par_web::download::download_json(&name, &file.to_json()).map_err(|e| vec![e])?;
                Ok((name, file))
            });
        match result {
            Ok((name, file)) => {
                failed.set(Vec::new());
                let text = file.to_json();
                message.set(Some(text::FINAL_SIGNED.fill(
                    lang,
                    &[("file", &name), ("hash", &hash_prefix(&file.hash()))],
                )));
                change.run(Box::new(move |r| {
                    r.start_final();
                    r.add_final(&text);
                }));
            }
            Err(problems) => {
                message.set(None);
                failed.set(problems);
            }
        }
    };
    view! {
        <section class="sign-final no-print" aria-labelledby="sign-final-heading" hidden=move || mode.get() != Round::Final>
            <h2 id="sign-final-heading">{t(lang, text::FINAL_HEADING)}</h2>
            <p>{t(lang, text::FINAL_INTRO)}</p>
            {key_needed(state, lang)}
            <button type="button" class="button" id="sign-final" disabled=move || state.signing_key_id.get().is_none() on:click=sign>{t(lang, text::SIGN_FINAL)}</button>
            <p id="final-message" role="status">{move || message.get()}</p>
            <div id="final-problems" class="messages-error" role="alert">{move || failed.get().into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}</div>
            <SignedFiles files=files />
        </section>
    }
}

#[component]
fn TrailView(submission: Arc<Submission>, hash: String, files: Memo<OfficeRound>) -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    move || {
        let lang_now = lang.get();
        let trail = files.with(|r| r.trail(&submission.payload, &hash));
        let step_view = |step: par_core::appraisal::Step| {
            let title = match step.kind {
                FileKind::Submission => {
                    text::STEP_SUBMISSION.fill(lang_now, &[("n", &step.number.to_string())])
                }
                FileKind::Appraisal => {
                    text::STEP_APPRAISAL.fill(lang_now, &[("n", &step.number.to_string())])
                }
                FileKind::Explanation => text::STEP_EXPLANATION.get(lang_now).into(),
                _ => text::STEP_FINAL.get(lang_now).into(),
            };
            let scores = step.total.map(|total| {
                text::STEP_SCORES.fill(
                    lang_now,
                    &[
                        ("total", &points(total, lang_now)),
                        ("index", &percent(step.index_percent, lang_now)),
                    ],
                )
            });
            let show = |d: Option<Decimal>| {
                d.map_or_else(
                    || text::EXCLUDED.get(lang_now).to_string(),
                    |d| points(d, lang_now),
                )
            };
            let changed = (!step.changed.is_empty()).then(|| {
                text::STEP_CHANGED.fill(
                    lang_now,
                    &[(
                        "items",
                        &step
                            .changed
                            .iter()
                            .map(|c| format!("{} {} → {}", c.code, show(c.before), show(c.after)))
                            .collect::<Vec<_>>()
                            .join("; "),
                    )],
                )
            });
            let items = (!step.items.is_empty()).then(|| {
                let label = if step.kind == FileKind::Explanation {
                    text::STEP_ANSWERS
                } else {
                    text::STEP_REQUESTS
                };
                label.fill(lang_now, &[("items", &step.items.join(", "))])
            });
            view! {
                <li class=format!("step step-{:?}", step.kind).to_lowercase()>
                    <p><strong>{title}</strong>" · "{par_web::clock::local_date_time(&step.created_at)}" · "<span class="key-id-small">{hash_prefix(&step.hash)}</span></p>
                    {scores.map(|s| view! { <p>{s}</p> })}
                    {changed.map(|s| view! { <p class="changed">{s}</p> })}
                    {items.map(|s| view! { <p>{s}</p> })}
                </li>
            }
        };
        view! {
            <h2>{text::TRAIL.get(lang_now)}</h2>
            <ol class="trail" id="unit-trail">{trail.steps.into_iter().map(step_view).collect_view()}</ol>
            {(!trail.unlinked.is_empty()).then(|| view! { <p class="alert alert-warn">{text::UNLINKED.fill(lang_now, &[("hashes", &trail.unlinked.iter().map(|h| hash_prefix(h)).collect::<Vec<_>>().join(", "))])}</p> })}
        }
    }
}
