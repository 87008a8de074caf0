//! The appraising office's app (served at `/office/`): it receives every commune's signed file,
//! says at once which are genuine and who is missing, and ranks the province. All checking and
//! scoring is `par-core` (the same calls as `par verify` and `par rank`); the office's data lives
//! in IndexedDB (`store`); this crate wires them to the DOM with Leptos.

pub mod app;
pub mod backup;
pub mod batch;
pub mod components;
pub mod round;
pub mod state;
pub mod store;
pub mod sync;
pub mod texts;
pub mod upgrade;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    par_web::ids::remove_loading_message();
}
