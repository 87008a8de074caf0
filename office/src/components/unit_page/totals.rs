//! The unit's totals as appraised beside the self-assessment and the signed rounds, the
//! switch between round 1 and the final round, and the boxes that do not read.

use super::*;

#[component]
pub(super) fn Totals(
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
pub(super) fn ModeSwitch(record: RwSignal<OfficeRound>, mode: RwSignal<Round>) -> impl IntoView {
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
pub(super) fn Problems(read: Memo<ReadRound>) -> impl IntoView {
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
