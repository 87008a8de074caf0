//! Receiving files: many at once or a whole folder. Each file is told apart (`batch::classify`):
//! criteria sets are added first, key registrations go to the keys screen, submissions are
//! verified with par-core as `par verify` does and stored (a file given twice is stored and
//! counted once, by its SHA-256), anything else is said in one sentence and not stored. The
//! page yields to the browser between files, so a large batch shows its progress.

use leptos::prelude::*;
use leptos::task::spawn_local;
use par_core::office::Received;
use par_core::submission::{sha256_hex, Outcome};
use par_core::Lang;

use crate::batch::{classify, verify_file, Incoming, NotSubmission};
use crate::components::waiting_sets::WaitingSets;
use crate::state::{OfficeState, PendingKey};
use crate::store::StoredFile;
use crate::texts::import as text;
use par_core::lang::whole_number;
use par_web::components::FilesPicker;
use par_web::text as t;

/// One file's outcome, as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Line {
    file: String,
    message: String,
    /// "ok", "again", "refused" or "other": the line's look.
    kind: &'static str,
}

#[component]
pub fn Import() -> impl IntoView {
    let state = expect_context::<OfficeState>();
    let lang = state.lang;
    let lines = RwSignal::new(Vec::<Line>::new());
    let summary = RwSignal::new(String::new());
    let progress = RwSignal::new(None::<(usize, usize)>);
    let on_change = move |ev: web_sys::Event| {
        let files = par_web::files::picked_files(&ev);
        // The same files picked again (after registering a key) are a new change.
        par_web::files::clear_input(&ev);
        spawn_local(receive(state, files, lines, summary, progress));
    };
    view! {
        <section class="screen" aria-labelledby="import-heading">
            <h1 id="import-heading">{t(lang, text::HEADING)}</h1>
            <p>{t(lang, text::INTRO)}</p>
            <div class="pickers">
                <FilesPicker lang=lang id="submission-files" label=t(lang, text::PICK_FILES) accept=".json,application/json" on_change=on_change />
                <FilesPicker lang=lang id="submission-folder" label=t(lang, text::PICK_FOLDER) folder=true on_change=on_change />
            </div>
            <p id="import-progress" role="status">
                {move || progress.get().map(|(done, total)| text::PROGRESS.fill(lang.get(), &[("done", &whole_number(done as u64, lang.get())), ("total", &whole_number(total as u64, lang.get()))]))}
            </p>
            <p id="import-summary" role="status">{move || summary.get()}</p>
            <WaitingSets />
            {move || {
                let lines = lines.get();
                (!lines.is_empty()).then(|| view! {
                    <h2>{t(lang, text::RESULTS)}</h2>
                    <ul class="import-lines" id="import-lines">
                        {lines.into_iter().map(|line| view! {
                            <li class=format!("import-line import-{}", line.kind)>
                                <span class="file">{line.file}</span>": "{line.message}
                            </li>
                        }).collect_view()}
                    </ul>
                })
            }}
        </section>
    }
}

/// How many files are read at once (a batch of ~100 KB files: a few MB in memory at a time).
const READ_AT_ONCE: usize = 32;

/// Reads, tells apart, verifies and stores `files`.
async fn receive(
    state: OfficeState,
    files: Vec<web_sys::File>,
    lines: RwSignal<Vec<Line>>,
    summary: RwSignal<String>,
    progress: RwSignal<Option<(usize, usize)>>,
) {
    let lang = state.lang.get_untracked();
    let total = files.len();
    mark("par:import-start");
    lines.set(Vec::new());
    summary.set(String::new());
    let mut said: Vec<Line> = Vec::with_capacity(total);
    let line = |file: &str, message: String, kind: &'static str| Line {
        file: file.to_string(),
        message,
        kind,
    };
    // Read and tell apart every file first: criteria sets are added before any submission is
    // verified, so files made on a set dropped with them verify at once.
    // The browser reads several files at once: one after the other, each read waited for a
    // task of its own (a fifth of a 500-file batch's time).
    // Each file's SHA-256 (what tells a file given twice) is asked of the browser as it is read
    // (WebCrypto hashes off the page's thread, meanwhile) and taken when the file is verified.
    let mut incoming: Vec<(String, Vec<u8>, Incoming, Option<js_sys::Promise>)> =
        Vec::with_capacity(total);
    for (chunk, group) in files.chunks(READ_AT_ONCE).enumerate() {
        progress.set(Some((chunk * READ_AT_ONCE, total)));
        let read = futures::future::join_all(group.iter().map(read_hashed)).await;
        for (file, read) in group.iter().zip(read) {
            let name = file.name();
            match read {
                Ok((bytes, digest)) => {
                    let kind = classify(&bytes);
                    incoming.push((name, bytes, kind, digest));
                }
                Err(reason) => said.push(line(&name, reason, "other")),
            }
        }
    }
    mark("par:import-read");
    let mut submissions = Vec::new();
    for (name, bytes, kind, hash) in incoming {
        match kind {
            Incoming::Submission(text) => submissions.push((name, text, hash)),
            Incoming::Framework(set) => {
                let (message, kind) = import_set(state, bytes, *set).await;
                said.push(line(&name, message, kind));
            }
            Incoming::Registration(registration) => match *registration {
                Ok(key) => {
                    let unit = format!("{} {}", key.unit_code, key.unit_name);
                    let source = name.clone();
                    let stored = state
                        .change_pending_keys(|pending| {
                            if !pending.iter().any(|p| p.key.key_id == key.key_id) {
                                pending.push(PendingKey { source, key });
                            }
                        })
                        .await;
                    said.push(line(
                        &name,
                        text::REGISTRATION.fill(lang, &[("unit", &unit)]),
                        "other",
                    ));
                    if let Err(error) = stored {
                        said.push(line(
                            &name,
                            crate::texts::keys::PENDING_NOT_SAVED
                                .fill(lang, &[("error", &error.to_string())]),
                            "refused",
                        ));
                    }
                }
                Err(reason) => said.push(line(
                    &name,
                    text::BAD_REGISTRATION.fill(lang, &[("reason", &reason)]),
                    "refused",
                )),
            },
            Incoming::Other(what) => said.push(line(&name, not_submission(&what, lang), "other")),
        }
    }
    // Submissions: verified one by one, the page repainted every ~100 ms.
    let keyring = state.keyring.get_untracked();
    let mut new: Vec<(StoredFile, Received)> = Vec::new();
    let mut again = 0;
    let imported_at = par_web::clock::now_rfc3339();
    let count = submissions.len();
    let mut last_paint = par_web::clock::now_ms();
    for (done, (name, text, hash)) in submissions.into_iter().enumerate() {
        if par_web::clock::now_ms() - last_paint > 100.0 {
            progress.set(Some((done, count)));
            crate::state::yield_to_browser().await;
            last_paint = par_web::clock::now_ms();
        }
        let hash = match hash {
            Some(digest) => digest_hex(digest).await,
            None => None,
        }
        .unwrap_or_else(|| sha256_hex(text.as_bytes()));
        if state.has_file(&hash) || new.iter().any(|(f, _)| f.hash == hash) {
            again += 1;
            said.push(line(&name, text::AGAIN.get(lang).to_string(), "again"));
            continue;
        }
        let file = StoredFile {
            hash,
            name: name.clone(),
            text,
            imported_at: imported_at.clone(),
        };
        let received = state
            .sets
            .with_untracked(|sets| verify_file(&file, &keyring, sets));
        let (message, kind) = outcome_line(&received, lang);
        said.push(line(&name, message, kind));
        new.push((file, received));
    }
    let stored = new.len();
    mark("par:import-verified");
    if let Err(error) = state.add_files(new).await {
        said.push(line(
            "",
            text::STORE_FAILED.fill(lang, &[("reason", &error.to_string())]),
            "refused",
        ));
        state.store_error.set(Some(error));
    }
    mark("par:import-stored");
    progress.set(None);
    summary.set(text::DONE.fill(
        lang,
        &[
            ("total", &whole_number(total as u64, lang)),
            ("new", &whole_number(stored as u64, lang)),
            ("again", &whole_number(again as u64, lang)),
        ],
    ));
    lines.set(said);
    mark("par:import-done");
}

/// The bytes of `file`, and the browser's SHA-256 of them under way (WebCrypto, off the page's
/// thread: only on https or the machine itself, else `None` and it is hashed here).
async fn read_hashed(file: &web_sys::File) -> Result<(Vec<u8>, Option<js_sys::Promise>), String> {
    use wasm_bindgen::JsCast;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(par_web::files::describe)?;
    // Asked before the bytes are copied into the page's memory: the browser hashes meanwhile.
    let digest = subtle_crypto().and_then(|subtle| {
        subtle
            .digest_with_str_and_buffer_source("SHA-256", buffer.unchecked_ref())
            .ok()
    });
    Ok((js_sys::Uint8Array::new(&buffer).to_vec(), digest))
}

/// The digest `read_hashed` asked for, lower-case hex as `sha256_hex` writes it (done long
/// before it is taken: no wait).
async fn digest_hex(digest: js_sys::Promise) -> Option<String> {
    let digest = wasm_bindgen_futures::JsFuture::from(digest).await.ok()?;
    Some(par_core::submission::hex_string(
        &js_sys::Uint8Array::new(&digest).to_vec(),
    ))
}

/// The browser's WebCrypto, where the page may use it (`crypto.subtle` is missing on plain
/// http from another machine).
fn subtle_crypto() -> Option<web_sys::SubtleCrypto> {
    use wasm_bindgen::JsCast;
    let crypto = web_sys::window()?.crypto().ok()?;
    js_sys::Reflect::get(&crypto, &"subtle".into())
        .ok()?
        .dyn_into::<web_sys::SubtleCrypto>()
        .ok()
}

/// A performance mark for the import benchmark (tests/bench/office_import.rs): where the time
/// of a large batch goes (reading, verifying, storing).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Adds a criteria set read from a dropped file (`set`: par-core's check of it), then every
/// stored file is verified again; the outcome in words and the line's look ("ok" or
/// "refused"). The one way a set comes in, with submissions or for the files waiting for it.
pub async fn import_set(
    state: OfficeState,
    bytes: Vec<u8>,
    set: Result<par_core::Framework, String>,
) -> (String, &'static str) {
    let lang = state.lang.get_untracked();
    match set {
        Ok(framework) => {
            let key = format!("{}@{}", framework.id, framework.version);
            let text = String::from_utf8(bytes).unwrap_or_default();
            match state.add_set(&key, text).await {
                Ok(()) => (
                    text::FRAMEWORK.fill(
                        lang,
                        &[("id", &framework.id), ("version", &framework.version)],
                    ),
                    "ok",
                ),
                Err(error) => (
                    text::SET_NOT_STORED.fill(lang, &[("reason", &error.to_string())]),
                    "refused",
                ),
            }
        }
        Err(reason) => (
            text::BAD_FRAMEWORK.fill(lang, &[("reason", &reason)]),
            "refused",
        ),
    }
}

/// A verified file's outcome in plain words: par-core's, said in the office's terms where the
/// office has something to do in this app.
fn outcome_line(received: &Received, lang: Lang) -> (String, &'static str) {
    match (&received.outcome, received.verified()) {
        (Outcome::Valid, Some(summary)) => (
            text::VALID.fill(
                lang,
                &[
                    (
                        "unit",
                        &format!("{} {}", summary.unit_code, summary.unit_name),
                    ),
                    ("revision", &summary.revision.to_string()),
                    ("total", &par_web::format::points(summary.total, lang)),
                ],
            ),
            "ok",
        ),
        (Outcome::UnregisteredUnit { unit_code }, _) => (
            text::UNREGISTERED.fill(lang, &[("unit", &par_core::one_line(unit_code))]),
            "refused",
        ),
        (Outcome::FrameworkUnknown { id, version }, _) => (
            text::UNKNOWN_SET.fill(
                lang,
                &[
                    ("id", &par_core::one_line(id)),
                    ("version", &par_core::one_line(version)),
                ],
            ),
            "refused",
        ),
        (outcome, _) => (outcome.describe(lang), "refused"),
    }
}

pub fn not_submission(what: &NotSubmission, lang: Lang) -> String {
    match what {
        NotSubmission::Pdf => text::PDF.get(lang).into(),
        NotSubmission::Spreadsheet => text::SPREADSHEET.get(lang).into(),
        NotSubmission::NotText => text::NOT_TEXT.get(lang).into(),
        NotSubmission::NotJson(reason) => text::NOT_JSON.fill(lang, &[("reason", reason)]),
        NotSubmission::DraftBackup => text::DRAFT_BACKUP.get(lang).into(),
        NotSubmission::KeyBackup => text::KEY_BACKUP.get(lang).into(),
        NotSubmission::Keyring => text::KEYRING.get(lang).into(),
        NotSubmission::RoundFile => text::ROUND_FILE.get(lang).into(),
        NotSubmission::UnknownFormat(format) => {
            text::UNKNOWN_FORMAT.fill(lang, &[("format", format)])
        }
        NotSubmission::NoFormat => text::NO_FORMAT.get(lang).into(),
    }
}
