//! The commune's appraisal round (served at `/round/?draft=<id>`): receive the office's appraisal
//! (verified), compare self and appraised scores, answer the requests for explanation and sign
//! the explanation file, receive the final result. A page of its own so that the verification of
//! the office's files is not part of the everyday download; the draft, its autosave and the key
//! are the commune app's (`par_app`), opened here exactly as there.

pub mod app;
pub mod components;

/// Mounts the page on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::RoundApp);
    par_web::ids::remove_loading_message();
}
