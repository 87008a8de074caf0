//! The browser app: a commune official fills the PAR Index self-assessment criterion by criterion
//! and sees the score live. All scoring is `par-core`; this crate wires it to the DOM with Leptos.

pub mod app;
pub mod components;
pub mod format;
pub mod model;
pub mod pages;
pub mod round;
pub mod signing;
pub mod state;
pub mod storage;
pub mod texts;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    // The page's own loading message (index.html) gives way to the app.
    par_web::ids::remove_loading_message();
}
