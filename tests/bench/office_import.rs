//! Office import benchmark (not a test): the office app (`dist/office`, release build) receives
//! a folder of signed files in headless Chromium, from the moment the files are given to the
//! page (the file box's `change` event, as a drop) until the board shows every unit valid.
//! Prints a Markdown section for BENCHMARKS.md; run by scripts/bench-office-import.sh, which
//! generates the files (`generate_submissions DIR 500 96000`: 500 units, ~96 KB each, and the
//! keyring registering their keys).
//!
//! Each run is a fresh browser profile: the keyring and the units list (every unit of the
//! keyring) are imported first (not timed), then the
//! files are given at once. Timed in the page (`performance.now()`):
//! - drop → import done: the app's marks `par:import-start` … `par:import-done`
//!   (office/src/components/import.rs) split it into reading the files (`FileReader`) and
//!   telling them apart, verifying each with par-core (JSON, Ed25519, rescoring), storing them
//!   in IndexedDB in one transaction and building the board's data;
//! - then the board tab clicked → `#board-table` with every unit valid on screen.
//!
//! With `PAR_BENCH_PROFILE=FILE`, the last run also records a DevTools CPU profile from the
//! drop to the board shown (`FILE`, a `.cpuprofile` DevTools opens), to see where the time goes.
//!
//! cargo run --release -p par-app --example bench-office-import -- DIR [--runs 3]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../e2e/browser/mod.rs"]
mod browser;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(
        args.first()
            .expect("usage: bench-office-import DIR [--runs N]"),
    );
    let runs: usize = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("the folder of files")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).unwrap().len())
        .sum();
    let keyring = dir.join("keyring.json.txt");
    // The units list, from the keyring (every unit expected, as a province's list would be).
    let keys: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&keyring).expect("the keyring")).unwrap();
    let mut list = String::from("Mã đơn vị;Tên đơn vị\n");
    for key in keys["keys"].as_array().expect("keys") {
        list += &format!(
            "{};{}\n",
            key["unit_code"].as_str().unwrap(),
            key["unit_name"].as_str().unwrap_or("")
        );
    }
    let units = std::env::temp_dir().join(format!("par-bench-units-{}.csv", std::process::id()));
    std::fs::write(&units, list).unwrap();
    let units = units.display().to_string();
    let keyring = keyring.display().to_string();
    let server = browser::StaticServer::start(browser::dist_dir());
    let url = server.url("/office/");
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let mut results: Vec<Run> = Vec::new();
    for n in 0..runs {
        let (url, keyring, units, files) =
            (url.clone(), keyring.clone(), units.clone(), files.clone());
        let profile = std::env::var_os("PAR_BENCH_PROFILE")
            .filter(|_| n + 1 == runs)
            .map(PathBuf::from);
        let run = runtime.block_on(browser::with_browser(1280, 900, move |c| async move {
            one_run(&c, &url, &keyring, &units, &files, profile).await
        }));
        eprintln!("{run:?}");
        results.push(run);
    }
    let median = |f: fn(&Run) -> f64| {
        let mut values: Vec<f64> = results.iter().map(f).collect();
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    println!(
        "{} files, {:.1} MB in all ({} valid, the others refused with their reason: every one \
         verified and on the board); median of {} runs (a fresh profile each), ms:",
        files.len(),
        bytes as f64 / 1e6,
        results[0].valid,
        results.len()
    );
    println!();
    println!("| step | median | runs |");
    println!("|---|---:|---|");
    let row = |label: &str, f: fn(&Run) -> f64| {
        let all: Vec<String> = results.iter().map(|r| format!("{:.0}", f(r))).collect();
        println!("| {label} | {:.0} | {} |", median(f), all.join(", "));
    };
    row("drop → import started (the page gets the files)", |r| {
        r.start - r.drop
    });
    row("reading the files and telling them apart", |r| {
        r.read - r.start
    });
    row("verifying every file (par-core)", |r| r.verified - r.read);
    row(
        "storing (IndexedDB, one transaction) and the board's data",
        |r| r.stored - r.verified,
    );
    row("the outcome listed", |r| r.done - r.stored);
    row("**drop → import done**", |r| r.done - r.drop);
    row("board tab → every unit on the board", |r| r.board);
    row(
        "… of which building the board's rows (the app's marks)",
        |r| r.board_built,
    );
    row("**drop → board shown** (target < 2 000)", |r| {
        r.done - r.drop + r.board
    });
}

/// One run's times, `performance.now()` in ms.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy)]
struct Run {
    drop: f64,
    start: f64,
    read: f64,
    verified: f64,
    stored: f64,
    done: f64,
    /// From the board tab's click to the board with every unit.
    board: f64,
    /// From the click to the board's component built (the app's marks `par:board-start` and
    /// `par:board-built`, when it has them; else 0).
    board_built: f64,
    /// How many files the board says are valid.
    valid: usize,
}

#[cfg(not(target_arch = "wasm32"))]
async fn one_run(
    c: &fantoccini::Client,
    url: &str,
    keyring: &str,
    units: &str,
    files: &[String],
    profile: Option<std::path::PathBuf>,
) -> browser::CmdResult<Run> {
    use browser::{click, eventually, text_of, wait_for};
    c.goto(url).await?;
    assert!(
        eventually(60, || async {
            Ok(text_of(c, "store-progress").await?.is_empty())
        })
        .await?
    );
    // The keys first (not timed).
    click(c, "tab-keys").await?;
    wait_for(c, "key-files").await?.send_keys(keyring).await?;
    wait_for(c, "pending-keys").await?;
    click(c, "confirm-all-keys").await?;
    let keys = format!("{} khóa", files.len());
    assert!(
        eventually(60, || async {
            Ok(text_of(c, "store-summary").await?.contains(&keys))
        })
        .await?
    );
    click(c, "tab-units").await?;
    wait_for(c, "units-file").await?.send_keys(units).await?;
    assert!(
        eventually(30, || async {
            Ok(!text_of(c, "units-loaded").await?.is_empty())
        })
        .await?
    );
    click(c, "tab-import").await?;
    if profile.is_some() {
        browser::cdp(c, "Profiler.enable", serde_json::json!({})).await?;
        browser::cdp(
            c,
            "Profiler.setSamplingInterval",
            serde_json::json!({ "interval": 200 }),
        )
        .await?;
        browser::cdp(c, "Profiler.start", serde_json::json!({})).await?;
    }
    // The moment the page gets the files: a `change` listener that runs before the app's.
    c.execute(
        "window.__parDrop = 0;\
         document.addEventListener('change', () => {\
           if (!window.__parDrop) window.__parDrop = performance.now();\
         }, true);",
        vec![],
    )
    .await?;
    wait_for(c, "submission-files")
        .await?
        .send_keys(&files.join("\n"))
        .await?;
    assert!(
        eventually(300, || async {
            Ok(!text_of(c, "import-summary").await?.is_empty())
        })
        .await?,
        "the import finishes"
    );
    let marks = c
        .execute(
            "const at = name => performance.getEntriesByName(name).map(e => e.startTime).pop();\
             return [window.__parDrop, at('par:import-start'), at('par:import-read'),\
                     at('par:import-verified'), at('par:import-stored'), at('par:import-done')];",
            vec![],
        )
        .await?;
    let m: Vec<f64> = marks
        .as_array()
        .expect("the marks")
        .iter()
        .map(|v| v.as_f64().expect("a mark"))
        .collect();
    // An experiment's style (`PAR_BENCH_CSS`), added before the board is drawn.
    if let Ok(css) = std::env::var("PAR_BENCH_CSS") {
        c.execute(
            "const s = document.createElement('style'); s.textContent = arguments[0];\
             document.head.appendChild(s);",
            vec![serde_json::json!(css)],
        )
        .await?;
    }
    // The board, timed in the page: the click, then a frame with every unit's row.
    let expected = files.len();
    let board = c
        .execute_async(
            "const [expected, done] = [arguments[0], arguments[arguments.length - 1]];\
             const t0 = performance.now();\
             document.getElementById('tab-board').click();\
             const check = () => {\
               const rows = document.querySelectorAll('#board-table tbody tr').length;\
               if (rows >= expected) {\
                 requestAnimationFrame(() => done(performance.now() - t0));\
               } else {\
                 setTimeout(check, 1);\
               }\
             };\
             check();",
            vec![serde_json::json!(expected)],
        )
        .await?
        .as_f64()
        .expect("the board's time");
    if let Some(file) = profile {
        let stopped = browser::cdp(c, "Profiler.stop", serde_json::json!({})).await?;
        std::fs::write(&file, stopped["profile"].to_string()).expect("write the profile");
        eprintln!("CPU profile: {}", file.display());
    }
    let board_built = c
        .execute(
            "const at = name => performance.getEntriesByName(name).map(e => e.startTime).pop();\
             const [a, b] = [at('par:board-start'), at('par:board-built')];\
             return a === undefined || b === undefined ? 0 : b - a;",
            vec![],
        )
        .await?
        .as_f64()
        .unwrap_or(0.0);
    // Every file verified and on the board (valid or refused with its reason: the generator's
    // files are not all what the app would export).
    let count = |id: &'static str| async move {
        let text = c
            .find(fantoccini::Locator::Css(&format!("#{id} dd")))
            .await?
            .text()
            .await?;
        Ok::<usize, fantoccini::error::CmdError>(text.replace('.', "").parse().unwrap_or(0))
    };
    let valid = count("count-valid").await?;
    let refused = count("count-refused").await?;
    assert_eq!(valid + refused, expected, "every file is on the board");
    Ok(Run {
        drop: m[0],
        start: m[1],
        read: m[2],
        verified: m[3],
        stored: m[4],
        done: m[5],
        board,
        board_built,
        valid,
    })
}
