//! Every item of the unit's submission with the boxes the appraiser types, and the claims for
//! whole criteria and fields with their rejection boxes.

use super::*;

#[component]
pub(super) fn GroupClaims(
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
pub(super) fn Items(
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
