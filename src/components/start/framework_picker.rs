//! Choosing the criteria set: the bundled sample, or a province's JSON file. A file is checked
//! with `par_core::load_framework` and every problem is listed with where it is.

use crate::texts::{start, text};
use leptos::prelude::*;
use par_web::files;

use leptos::task::spawn_local;
use par_core::{JsonError, LoadError};
use par_web::components::FilePicker;

use crate::format::fill;
use crate::model::bundled;
use crate::state::AppState;
use crate::storage::Session;

/// Larger files are refused before reading: a criteria set is a few hundred kilobytes at most.
const MAX_FILE_BYTES: f64 = 5_242_880.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Sample,
    File,
}

#[derive(Debug, Clone, PartialEq)]
enum FileState {
    None,
    Reading,
    Loaded(String),
    /// File name and every problem as (location, message).
    Rejected(String, Vec<(String, String)>),
}

/// Every problem of a rejected criteria set as (location, message), in Vietnamese.
pub fn load_errors(error: &LoadError) -> Vec<(String, String)> {
    match error {
        LoadError::Json(JsonError::Syntax {
            line,
            column,
            detail,
        }) => vec![(
            fill(
                start::JSON_POSITION.get(par_core::Lang::Vi),
                &[("line", line.to_string()), ("column", column.to_string())],
            ),
            detail.clone(),
        )],
        LoadError::Json(JsonError::Content { location, message }) => {
            vec![(location.clone(), message.clone())]
        }
        LoadError::Invalid(problems) => problems
            .iter()
            .map(|p| (p.location.clone(), p.message.clone()))
            .collect(),
    }
}

#[component]
pub fn FrameworkPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let lang_now = move || state.lang.get();
    let session = expect_context::<Session>();
    // A chosen set goes through the session (kept in storage, the open draft upgraded).
    let use_set =
        move |framework: par_core::Framework, text: Option<&str>| session.use_set(framework, text);
    let source = RwSignal::new(Source::Sample);
    let file_state = RwSignal::new(FileState::None);

    let use_sample = move |_| {
        source.set(Source::Sample);
        if let Ok(sample) = bundled::framework() {
            use_set(sample, None);
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some((_, file)) = files::picked_file(&ev) else {
            return;
        };
        let name = file.name();
        if file.size() > MAX_FILE_BYTES {
            file_state.set(FileState::Rejected(
                name,
                vec![(
                    String::new(),
                    start::SET_FILE_TOO_LARGE
                        .get(state.lang.get_untracked())
                        .into(),
                )],
            ));
            return;
        }
        file_state.set(FileState::Reading);
        spawn_local(async move {
            let text = files::read_text(&file).await.ok();
            let Some(text) = text else {
                let message = start::SET_FILE_UNREADABLE
                    .get(state.lang.get_untracked())
                    .to_string();
                file_state.set(FileState::Rejected(name, vec![(String::new(), message)]));
                return;
            };
            match par_core::load_framework(&text) {
                Ok(framework) => {
                    use_set(framework, Some(&text));
                    file_state.set(FileState::Loaded(name));
                }
                Err(error) => file_state.set(FileState::Rejected(name, load_errors(&error))),
            }
        });
    };

    let file_feedback = move || {
        match file_state.get() {
        FileState::None => ().into_any(),
        FileState::Reading => view! { <p role="status">{start::SET_FILE_READING.get(lang_now())}</p> }.into_any(),
        FileState::Loaded(name) => view! {
            <p role="status" class="ok">{start::SET_FILE_LOADED.get(lang_now())} ": " <strong>{name}</strong></p>
        }
        .into_any(),
        FileState::Rejected(name, problems) => view! {
            <div id="framework-errors" class="load-errors" role="alert">
                <p><strong>{start::SET_ERRORS_HEADING.get(lang_now())} ": " {name}</strong></p>
                <p>{problems.len()} " " {start::SET_ERRORS_COUNT.get(lang_now())}</p>
                <ol>
                    {problems
                        .into_iter()
                        .map(|(location, message)| view! {
                            <li>
                                <Show when={let l = location.clone(); move || !l.is_empty()}>
                                    <code class="location">{location.clone()}</code> ": "
                                </Show>
                                {message}
                            </li>
                        })
                        .collect_view()}
                </ol>
                <p>{start::SET_ERRORS_NEXT.get(lang_now())}</p>
            </div>
        }
        .into_any(),
    }
    };

    view! {
        <fieldset class="set-picker">
            <legend>{text(lang, start::SET_LEGEND)}</legend>
            <div class="choice">
                <input
                    type="radio"
                    id="source-sample"
                    name="framework-source"
                    prop:checked=move || source.get() == Source::Sample
                    on:change=use_sample
                />
                <label for="source-sample">{text(lang, start::SET_SAMPLE)}</label>
            </div>
            <div class="choice">
                <input
                    type="radio"
                    id="source-file"
                    name="framework-source"
                    prop:checked=move || source.get() == Source::File
                    on:change=move |_| source.set(Source::File)
                />
                <label for="source-file">{text(lang, start::SET_FILE)}</label>
            </div>
            <Show when=move || source.get() == Source::File>
                <FilePicker
                    lang=lang
                    id="framework-file"
                    label=text(lang, start::SET_FILE_LABEL)
                    accept=".json,application/json"
                    on_change=on_file
                />
                {file_feedback}
            </Show>
        </fieldset>
    }
}
