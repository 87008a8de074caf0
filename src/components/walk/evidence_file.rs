//! The file of one evidence document: the user picks it, the browser computes its SHA-256, and
//! only its name, size and hash are kept (`EvidenceRef.file`), never its content.

use crate::texts::{export, text};
use leptos::prelude::*;
use par_web::files::{self, read_bytes};

use par_core::answers::FileFingerprint;
use par_web::components::FilePicker;

use crate::signing::hash_prefix;
use crate::state::AppState;

pub fn evidence_file_id(code: &str, index: usize) -> String {
    format!("evidence-{code}-{index}-file")
}

/// `1.234.567 byte` in Vietnamese, `1,234,567 bytes` in English.
fn size_text(size: u64, lang: par_core::Lang) -> String {
    format!(
        "{} {}",
        crate::format::whole_number(size, lang),
        export::BYTES.get(lang)
    )
}

#[component]
pub fn EvidenceFile(code: String, index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let lang_now = move || lang.get();
    let id = evidence_file_id(&code, index);
    let status_id = format!("{id}-status");
    let reading = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let fingerprint = {
        let code = code.clone();
        Memo::new(move |_| {
            state.with_evidence(&code, |list| list.get(index).and_then(|e| e.file.clone()))
        })
    };
    let on_change = {
        let code = code.clone();
        move |ev: leptos::ev::Event| {
            let Some((input, file)) = files::picked_file(&ev) else {
                return;
            };
            let code = code.clone();
            reading.set(true);
            failed.set(false);
            leptos::task::spawn_local(async move {
                match read_bytes(&file).await {
                    Ok(bytes) => state.set_evidence_file(
                        &code,
                        index,
                        Some(FileFingerprint::of(file.name(), &bytes)),
                    ),
                    Err(_) => failed.set(true),
                }
                reading.set(false);
                // The content is not kept anywhere: clear the box, the fingerprint is shown.
                input.set_value("");
            });
        }
    };
    let remove = {
        let code = code.clone();
        move |_| state.set_evidence_file(&code, index, None)
    };
    view! {
        <div class="evidence-file">
            <FilePicker
                lang=lang
                id=id.clone()
                label=text(lang, export::FILE_LABEL)
                described_by=status_id.clone()
                show_name=false
                on_change=on_change
            />
            <p class="evidence-file-status" id=status_id role="status">
                {move || {
                    if reading.get() {
                        return export::FILE_READING.get(lang_now()).to_string();
                    }
                    if failed.get() {
                        return export::FILE_UNREADABLE.get(lang_now()).to_string();
                    }
                    fingerprint
                        .get()
                        .map(|f| format!("{} · {} · SHA-256 {}…", f.name, size_text(f.size, lang.get()), hash_prefix(&f.sha256)))
                        .unwrap_or_default()
                }}
            </p>
            <Show when=move || fingerprint.with(Option::is_some)>
                <button type="button" class="link-button" id=format!("{id}-remove") on:click=remove.clone()>
                    {text(lang, export::FILE_REMOVE)}
                </button>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_are_grouped_by_thousands_as_each_language_writes_them() {
        use par_core::Lang;
        assert_eq!(super::size_text(1234567, Lang::Vi), "1.234.567 byte");
        assert_eq!(super::size_text(1234567, Lang::En), "1,234,567 bytes");
        assert_eq!(super::size_text(12, Lang::Vi), "12 byte");
    }
}
