//! End-to-end: every screen passes an automated accessibility audit (axe-core, the engine behind
//! Lighthouse's accessibility score, from npm) in headless Chromium — WCAG 2.1 A and AA and
//! axe's best practices: labels on every input, names on buttons and links, contrast, headings,
//! landmarks, ARIA used correctly, no duplicate ids. Audited: the start screen (also with the
//! errors of an invalid criteria-set file), every page of the walk-through with the sample
//! answers, an input showing a typing error, the summary, the export screen, the start and
//! walk-through in English, and the walk-through at phone width with its tree unfolded. Also: at
//! phone width no screen scrolls sideways.
//!
//! Needs `trunk build --release`, chromium + chromedriver and `node_modules/axe-core`
//! (scripts/setup.sh): run `scripts/test-browser.sh`.

use std::path::{Path, PathBuf};

use crate::browser::{self, click, click_css, eventually, text_of, type_into, wait_for, CmdResult};
use fantoccini::Client;
use serde_json::Value;

fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (scripts/setup.sh installs axe-core from npm)",
            path.display()
        )
    })
}

/// Runs axe on the page as it is now; returns one line per violated rule and element.
pub(crate) async fn audit(c: &Client, screen: &str) -> CmdResult<Vec<String>> {
    let loaded = c.execute("return !!window.axe", vec![]).await?;
    if loaded != Value::Bool(true) {
        c.execute(&axe_source(), vec![]).await?;
    }
    let result = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values:
                 ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
               .then((r) => done(r.violations.flatMap((v) => v.nodes.map((n) =>
                   v.id + ' (' + v.impact + '): ' + v.help + ' — ' + n.target.join(' ') +
                   ' — ' + n.html.slice(0, 160)))),
                     (e) => done(['axe failed: ' + e]));",
            vec![],
        )
        .await?;
    Ok(lines_of(result, &format!("[{screen}]")))
}

/// The lines a script returned (an array of strings), each after `prefix`.
fn lines_of(result: Value, prefix: &str) -> Vec<String> {
    match serde_json::from_value::<Vec<String>>(result.clone()) {
        Ok(lines) => lines
            .into_iter()
            .map(|line| format!("{prefix} {line}"))
            .collect(),
        Err(_) => vec![format!("{prefix} the script returned {result}")],
    }
}

/// The audit really runs: an input added without a label is reported (then removed).
async fn audit_catches_an_unlabelled_input(c: &Client) -> CmdResult<()> {
    c.execute(
        "const input = document.createElement('input');
         input.id = 'unlabelled';
         document.querySelector('main').appendChild(input);",
        vec![],
    )
    .await?;
    let found = audit(c, "self-check").await?;
    c.execute("document.getElementById('unlabelled').remove()", vec![])
        .await?;
    assert!(
        found.iter().any(|line| line.contains("#unlabelled")),
        "axe did not report an input without a label: {found:?}"
    );
    Ok(())
}

fn invalid_set_file() -> PathBuf {
    let path = std::env::temp_dir().join(format!("par-a11y-invalid-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"id": 5, "fields": "none"}"#).expect("write a temp file");
    path
}

async fn start_screens(c: &Client, url: &str, bad_file: &str) -> CmdResult<Vec<String>> {
    let mut found = Vec::new();
    c.goto(url).await?;
    wait_for(c, "source-sample").await?;
    audit_catches_an_unlabelled_input(c).await?;
    found.extend(audit(c, "start").await?);
    click(c, "source-file").await?;
    wait_for(c, "framework-file")
        .await?
        .send_keys(bad_file)
        .await?;
    wait_for(c, "framework-errors").await?;
    found.extend(audit(c, "start, invalid set").await?);
    click(c, "lang-en").await?;
    found.extend(audit(c, "start, English").await?);
    click(c, "lang-vi").await?;
    Ok(found)
}

/// The sample with every item answered: each page of the walk-through, a typing error, the
/// summary and the export screen.
async fn answered_screens(c: &Client, url: &str) -> CmdResult<Vec<String>> {
    let mut found = Vec::new();
    c.goto(url).await?;
    wait_for(c, "criterion-heading").await?;
    found.extend(typing_error(c).await?);
    let sample = par_core::load_framework(include_str!("../../frameworks/mau-xa-2025.json"))
        .expect("the sample set is valid");
    let page_count = par_core::pages::pages(&sample).len();
    let mut audited = 0;
    for page in 1..=page_count {
        audited = page;
        let heading = text_of(c, "criterion-heading").await?;
        found.extend(audit(c, &format!("walk page {page}: {heading}")).await?);
        if !browser::next_page(c).await? {
            break;
        }
    }
    assert_eq!(
        audited, page_count,
        "every page of the walk-through audited"
    );
    found.extend(english_walk(c).await?);
    click(c, "tab-summary").await?;
    wait_for(c, "chart-title").await?;
    found.extend(audit(c, "summary").await?);
    click(c, "tab-export").await?;
    wait_for(c, "export-button").await?;
    found.extend(audit(c, "export").await?);
    click(c, "tab-appraisal").await?;
    wait_for(c, "appraisal-file").await?;
    found.extend(audit(c, "appraisal").await?);
    Ok(found)
}

async fn english_walk(c: &Client) -> CmdResult<Vec<String>> {
    click(c, "lang-en").await?;
    let found = audit(c, "walk, English").await?;
    click(c, "lang-vi").await?;
    Ok(found)
}

/// A percentage box holding text that is not a number: its message and `aria-invalid`.
async fn typing_error(c: &Client) -> CmdResult<Vec<String>> {
    let answer = browser::value_of(c, "input-1.1.2").await?;
    type_into(c, "input-1.1.2", "nhiều").await?;
    eventually(10, || async {
        Ok(wait_for(c, "input-1.1.2")
            .await?
            .attr("aria-invalid")
            .await?
            .as_deref()
            == Some("true"))
    })
    .await?;
    let found = audit(c, "walk, typing error").await?;
    type_into(c, "input-1.1.2", &answer).await?;
    Ok(found)
}

async fn phone_walk(c: &Client, url: &str) -> CmdResult<Vec<String>> {
    c.goto(url).await?;
    wait_for(c, "criterion-heading").await?;
    let mut found = audit(c, "phone, walk").await?;
    click_css(c, ".nav-toggle").await?;
    found.extend(audit(c, "phone, walk with the tree open").await?);
    Ok(found)
}

/// Elements reaching past the right edge of the window (the page would scroll sideways), the
/// innermost first; empty when the page fits.
pub(crate) async fn sideways(c: &Client, screen: &str) -> CmdResult<Vec<String>> {
    let result = c
        .execute(
            "const width = document.documentElement.clientWidth;
             if (document.documentElement.scrollWidth <= width) return [];
             return [...document.querySelectorAll('body *')]
               .filter((e) => e.getBoundingClientRect().right > width + 1
                 && ![...e.children].some((k) => k.getBoundingClientRect().right > width + 1))
               .slice(0, 5)
               .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                 (e.className && e.className.baseVal === undefined ? '.' + e.className : '') +
                 ' right=' + Math.round(e.getBoundingClientRect().right) + ' > ' + width);",
            vec![],
        )
        .await?;
    Ok(lines_of(
        result,
        &format!("[{screen}] wider than the phone:"),
    ))
}

/// At phone width: the start screen, every page of the walk-through, the summary and the export
/// screen fit the width (nothing to scroll sideways).
async fn phone_fits(c: &Client, start: &str, full: &str) -> CmdResult<Vec<String>> {
    c.goto(start).await?;
    wait_for(c, "source-sample").await?;
    let width = c
        .execute("return document.documentElement.clientWidth", vec![])
        .await?;
    assert_eq!(width.as_u64(), Some(360), "the phone's width is emulated");
    let mut found = sideways(c, "phone, start").await?;
    c.goto(full).await?;
    wait_for(c, "criterion-heading").await?;
    for page in 1.. {
        let heading = text_of(c, "criterion-heading").await?;
        found.extend(sideways(c, &format!("phone, page {page}: {heading}")).await?);
        if !browser::next_page(c).await? {
            break;
        }
    }
    click(c, "tab-summary").await?;
    wait_for(c, "chart-title").await?;
    found.extend(sideways(c, "phone, summary").await?);
    click(c, "tab-export").await?;
    wait_for(c, "export-button").await?;
    found.extend(sideways(c, "phone, export").await?);
    click(c, "tab-appraisal").await?;
    wait_for(c, "appraisal-file").await?;
    found.extend(sideways(c, "phone, appraisal").await?);
    Ok(found)
}

fn assert_none(found: Vec<String>) {
    assert!(
        found.is_empty(),
        "accessibility problems ({}):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
#[ignore = "needs dist/, chromedriver and node_modules/axe-core: run scripts/test-browser.sh"]
fn every_screen_passes_an_accessibility_audit() {
    let server = browser::StaticServer::start(browser::dist_dir());
    let bad = invalid_set_file();
    let bad_path = bad.to_str().expect("utf-8 path").to_string();
    let (start, full) = (server.url("/"), server.url("/?demo=full"));
    let mut found = browser::run(move |c| async move {
        let mut found = start_screens(&c, &start, &bad_path).await?;
        found.extend(answered_screens(&c, &full).await?);
        Ok(found)
    });
    let phone = server.url("/?demo=full");
    found.extend(browser::run_at(390, 844, move |c| async move {
        phone_walk(&c, &phone).await
    }));
    let _ = std::fs::remove_file(&bad);
    assert_none(found);
}

#[test]
#[ignore = "needs dist/ and chromedriver: run scripts/test-browser.sh"]
fn every_screen_fits_a_phone_without_scrolling_sideways() {
    let server = browser::StaticServer::start(browser::dist_dir());
    let (start, full) = (server.url("/"), server.url("/?demo=full"));
    let found = browser::run_at(360, 740, move |c| async move {
        phone_fits(&c, &start, &full).await
    });
    assert_none(found);
}
