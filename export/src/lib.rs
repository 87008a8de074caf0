//! The commune's export page (served at `/export/?draft=<id>`): what blocks the export, the
//! unit's signing key (creation, backup, restore, registration file), signing and downloading
//! the submission, the history of exports and the printed score sheet. A page of its own so
//! that this code is not part of the everyday download (Trunk cannot split one wasm module);
//! the draft, its autosave, the shell and the screen are the commune app's (`par_app`), opened
//! here exactly as there.

pub mod app;

/// Mounts the page on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::ExportApp);
    par_web::ids::remove_loading_message();
}
