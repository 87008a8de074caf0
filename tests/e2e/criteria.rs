//! End-to-end test of the office's criteria-set screen (issue 16, point 4) in headless
//! Chromium: the committed broken template shows each problem at its cell and stores nothing;
//! hostile files are one sentence each; the template's sheets as CSV files read as the sample;
//! the committed filled template reads (timed), is the
//! bundled sample by hash, and its JSON download is exactly what `par framework import` writes
//! (`Framework::to_file_text`, the one function both call); the preview shows the set as a
//! commune walks it, with par-core's rule in words; an amended version loaded as JSON is stored,
//! kept over a reload, compared with the sample in the words of `par framework diff`, and its
//! downloaded JSON opens in the commune app; axe
//! finds nothing on the screen, and at 360 px nothing scrolls sideways.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use fantoccini::{Client, Locator};

use crate::a11y::{audit, sideways};
use crate::browser::drafts::last_download;
use crate::browser::{self, click, click_css, eventually, text_of, wait_for, CmdResult};
use par_core::describe::describe_item;
use par_core::submission::{framework_hash, hash_prefix};
use par_core::{Framework, Lang};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn sample() -> Framework {
    par_core::load_framework(&std::fs::read_to_string(repo("frameworks/mau-xa-2025.json")).unwrap())
        .unwrap()
}

/// The sample amended as a province would for the next version: retitled item, new version.
fn amended() -> Framework {
    let mut set = sample();
    set.version = "2026.1".into();
    set.fields[0].criteria[0].items[0].title = "Ban hành kế hoạch CCHC năm (sửa đổi)".into();
    set
}

/// The 1-based spreadsheet row of `code` on the items sheet of `xlsx`.
fn row_of(xlsx: &[u8], code: &str) -> usize {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(xlsx.to_vec())).unwrap();
    let sheet = book.worksheet_range("Tiêu chí").unwrap();
    (0..sheet.height())
        .find(|&r| matches!(sheet.get_value((r as u32, 0)), Some(Data::String(s)) if s == code))
        .map(|r| r + 1)
        .unwrap_or_else(|| panic!("{code} not on the sheet"))
}

/// The hostile and test files in a fresh folder.
struct Files {
    dir: PathBuf,
}

impl Files {
    fn new() -> Files {
        let dir = std::env::temp_dir().join(format!("par-criteria-e2e-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
        write("anh.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        write(
            "nen.xlsx",
            b"PK\x03\x04\x14\x00\x00\x00\x00\x00this is a zip that holds no workbook",
        );
        let deep = format!("{}{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
        write("long-nhau.json", deep.as_bytes());
        write("qua-lon.xlsx", &vec![0u8; 11 * 1024 * 1024]);
        write("bo-tieu-chi-2026.json", amended().to_file_text().as_bytes());
        Files { dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir.join(name).display().to_string()
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

async fn settled(c: &Client) -> CmdResult<()> {
    let done = eventually(60, || async {
        Ok(text_of(c, "store-progress").await?.is_empty())
    })
    .await?;
    assert!(done, "the office app never finished loading");
    Ok(())
}

async fn known_rows(c: &Client) -> CmdResult<usize> {
    Ok(c.find_all(Locator::Css("#known-sets tbody tr"))
        .await?
        .len())
}

/// Files read so far by the screen (`data-reads` on its section).
async fn reads(c: &Client) -> CmdResult<u64> {
    let section = c.find(Locator::Css("section.criteria")).await?;
    Ok(section
        .attr("data-reads")
        .await?
        .and_then(|n| n.parse().ok())
        .unwrap_or(0))
}

/// Picks `path` in the set box, waits until the screen has read it and returns what it said
/// (messages, then notes).
async fn load(c: &Client, path: &str) -> CmdResult<String> {
    let before = reads(c).await?;
    wait_for(c, "set-file").await?.send_keys(path).await?;
    assert!(
        eventually(30, || async { Ok(reads(c).await? > before) }).await?,
        "{path} was never read"
    );
    Ok(format!(
        "{}{}",
        text_of(c, "set-messages").await?,
        text_of(c, "set-notes").await?
    ))
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn the_office_loads_checks_previews_compares_and_sends_a_criteria_set() {
    let server = browser::StaticServer::start(browser::dist_dir());
    let url = server.url("/office/");
    let files = Files::new();
    let sample = sample();
    let sample_hash = framework_hash(&sample);
    let amended_hash = framework_hash(&amended());
    let template = repo("frameworks/templates/mau-xa-2025.xlsx");
    let broken = repo("crates/par-sheet/tests/fixtures/mau-xa-2025-loi.xlsx");
    let broken_bytes = std::fs::read(&broken).unwrap();
    let broken_cells = [
        format!("Tiêu chí!D{}", row_of(&broken_bytes, "1.1")),
        format!("Tiêu chí!D{}", row_of(&broken_bytes, "1.1.2")),
    ];
    let paths = (
        template.display().to_string(),
        broken.display().to_string(),
        ["anh.png", "nen.xlsx", "long-nhau.json", "qua-lon.xlsx"].map(|n| files.path(n)),
        files.path("bo-tieu-chi-2026.json"),
        files.path("gui-xa.json"),
        server.url("/"),
        ["thong-tin-chung.csv", "tieu-chi.csv"]
            .map(|n| {
                repo("crates/par-sheet/tests/fixtures/csv")
                    .join(n)
                    .display()
                    .to_string()
            })
            .join("\n"),
    );
    let read_ms = browser::run(move |c| async move {
        let (template, broken, hostile, amended_path, sent_path, commune, csv_paths) = paths;
        c.goto(&url).await?;
        settled(&c).await?;
        click(&c, "tab-criteria").await?;
        wait_for(&c, "known-sets").await?;
        // The bundled sample, by what identifies it.
        assert_eq!(known_rows(&c).await?, 1);
        let row = text_of(&c, "known-sets").await?;
        for part in [
            sample.province.as_str(),
            "2025",
            &sample.version,
            &hash_prefix(&sample_hash),
        ] {
            assert!(row.contains(part), "{part} in {row}");
        }
        assert!(row.contains("có sẵn trong ứng dụng"), "{row}");
        let mut violations = audit(&c, "criteria, start").await?;

        // The broken template: every problem at its cell, nothing to store.
        let said = load(&c, &broken).await?;
        assert!(said.contains("có 2 lỗi"), "{said}");
        let problems: Vec<String> = {
            let mut all = Vec::new();
            for li in c.find_all(Locator::Css("#set-problems li")).await? {
                all.push(li.text().await?);
            }
            all
        };
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with(&format!("{}: ", broken_cells[0]))
                && problems[0].contains("=SUM(D4:D5)"),
            "{problems:?}"
        );
        assert!(
            problems[1].starts_with(&format!("{}: ", broken_cells[1]))
                && problems[1].contains("hãy gõ lại thành số 1,5"),
            "{problems:?}"
        );
        assert!(
            c.find(Locator::Id("store-set")).await.is_err(),
            "nothing to store"
        );
        violations.extend(audit(&c, "criteria, problems").await?);

        // Hostile files: one sentence each, nothing stored.
        let expected = [
            "không phải bộ tiêu chí",
            "không phải bảng tính Excel (.xlsx) đọc được",
            "“a”",
            "quá lớn",
        ];
        for (path, words) in hostile.iter().zip(expected) {
            let said = load(&c, path).await?;
            assert!(
                said.contains("chưa được nhận") || said.contains("lỗi"),
                "{path}: {said}"
            );
            assert!(
                said.contains(words)
                    || text_of(&c, "set-problems")
                        .await
                        .unwrap_or_default()
                        .contains(words),
                "{path}: {said}"
            );
            assert!(c.find(Locator::Id("store-set")).await.is_err());
        }
        assert_eq!(known_rows(&c).await?, 1);

        // The template's two sheets as CSV files, picked together: the sample.
        let said = load(&c, &csv_paths).await?;
        assert!(said.contains("không có lỗi"), "{said}");
        let loaded = wait_for(&c, "loaded-set").await?;
        assert_eq!(
            loaded.attr("data-hash").await?.as_deref(),
            Some(sample_hash.as_str())
        );

        // The filled template: the sample exactly, timed.
        let said = load(&c, &template).await?;
        assert!(said.contains("không có lỗi"), "{said}");
        let ms: u64 = said
            .split("trong ")
            .nth(1)
            .and_then(|rest| rest.split(" ms").next())
            .map(|n| n.replace('.', "").parse().unwrap())
            .expect("the time it took");
        let loaded = wait_for(&c, "loaded-set").await?;
        assert_eq!(
            loaded.attr("data-hash").await?.as_deref(),
            Some(sample_hash.as_str())
        );
        // Its JSON is what `par framework import` writes.
        click(&c, "download-loaded-set").await?;
        let json = last_download(&c).await?;
        assert_eq!(json, sample.to_file_text());
        let name: String = c
            .execute(
                "return document.getElementById('last-download').download",
                vec![],
            )
            .await?
            .as_str()
            .unwrap()
            .into();
        assert_eq!(
            name,
            format!(
                "bo-tieu-chi-{}-{}.json",
                sample.id,
                sample.version.replace('.', "-")
            )
        );
        // Stored already, identical: said so, nothing added.
        click(&c, "store-set").await?;
        assert!(
            eventually(10, || async {
                Ok(text_of(&c, "set-notes").await?.contains("giống hệt"))
            })
            .await?
        );
        assert_eq!(known_rows(&c).await?, 1);

        // The preview, as a commune walks it: each field collapsible, the rule in par-core's words.
        let fields = c
            .find_all(Locator::Css("#set-preview details.preview-field"))
            .await?;
        assert_eq!(fields.len(), sample.fields.len() + sample.adjustments.len());
        let leaf = sample.leaves().next().unwrap();
        let item = c
            .find(Locator::Css(&format!(
                "#set-preview .preview-item[data-code='{}']",
                leaf.item.code
            )))
            .await?;
        assert_eq!(item.text().await?, "", "closed until the field is opened");
        click_css(&c, "#set-preview details.preview-field > summary").await?;
        let shown = item.text().await?;
        assert!(shown.contains(&leaf.item.title), "{shown}");
        for line in describe_item(leaf.item, None, Lang::Vi) {
            assert!(shown.contains(&line), "{line} in {shown}");
        }
        if let Some(evidence) = &leaf.item.evidence {
            assert!(shown.contains(&evidence.hint), "{shown}");
        }
        click(&c, "preview-open-all").await?;
        let open = c
            .execute(
                "return document.querySelectorAll('#set-preview details[open]').length",
                vec![],
            )
            .await?;
        assert_eq!(open.as_u64(), Some(fields.len() as u64));
        violations.extend(audit(&c, "criteria, preview open").await?);

        // An amended version as JSON: stored, then compared with the sample.
        let said = load(&c, &amended_path).await?;
        assert!(said.contains("không có lỗi"), "{said}");
        // Still there after a visit to another screen.
        click(&c, "tab-keys").await?;
        click(&c, "tab-criteria").await?;
        let loaded = wait_for(&c, "loaded-set").await?;
        assert_eq!(
            loaded.attr("data-hash").await?.as_deref(),
            Some(amended_hash.as_str())
        );
        click(&c, "store-set").await?;
        assert!(
            eventually(10, || async { Ok(known_rows(&c).await? == 2) }).await?,
            "stored"
        );
        assert!(text_of(&c, "set-notes")
            .await?
            .contains("Đã lưu bộ tiêu chí"));
        c.refresh().await?;
        settled(&c).await?;
        click(&c, "tab-criteria").await?;
        wait_for(&c, "known-sets").await?;
        assert_eq!(known_rows(&c).await?, 2, "kept over a reload");
        c.find(Locator::Id("compare-old"))
            .await?
            .select_by_value(&sample_hash)
            .await?;
        c.find(Locator::Id("compare-new"))
            .await?
            .select_by_value(&amended_hash)
            .await?;
        let summary = text_of(&c, "compare-summary").await?;
        assert!(summary.contains("1 tiêu chí thành phần"), "{summary}");
        let header = text_of(&c, "compare-header").await?;
        assert!(
            header.contains(&format!("Phiên bản: {} → 2026.1", sample.version)),
            "{header}"
        );
        let change = text_of(&c, "compare-items").await?;
        assert!(
            change.contains("Tên tiêu chí đã thay đổi.") && change.contains("(sửa đổi)"),
            "{change}"
        );
        violations.extend(audit(&c, "criteria, compare").await?);
        click(&c, "lang-en").await?;
        assert!(text_of(&c, "compare-items")
            .await?
            .contains("The title changed."));
        violations.extend(audit(&c, "criteria, English").await?);
        assert!(violations.is_empty(), "{violations:#?}");

        // The stored version's JSON, as sent to the communes, opens in the commune app.
        c.find(Locator::Css(&format!(
            "#known-sets tr[data-hash='{amended_hash}'] .download-set"
        )))
        .await?
        .click()
        .await?;
        let sent = last_download(&c).await?;
        assert_eq!(sent, amended().to_file_text());
        std::fs::write(&sent_path, &sent).unwrap();
        c.goto(&commune).await?;
        click(&c, "source-file").await?;
        wait_for(&c, "framework-file")
            .await?
            .send_keys(&sent_path)
            .await?;
        assert!(
            eventually(10, || async {
                Ok(text_of(&c, "appraising-body")
                    .await?
                    .contains(&sample.appraising_body))
            })
            .await?,
            "the commune app reads the set the office sent"
        );
        browser::fill_unit_and_start(&c, ["UBND xã Thử", "00007", "Lê Văn C", "Phạm Thị D"])
            .await?;
        wait_for(&c, "criterion-heading").await?;
        let page = c.find(Locator::Css("main")).await?.text().await?;
        assert!(
            page.contains("Ban hành kế hoạch CCHC năm (sửa đổi)"),
            "{page}"
        );
        Ok(ms)
    });
    eprintln!("the committed template read and checked in the browser in {read_ms} ms");

    // At phone width, with every field open: nothing scrolls sideways.
    let url = server.url("/office/");
    let found = browser::run_at(360, 740, move |c| async move {
        c.goto(&url).await?;
        settled(&c).await?;
        click(&c, "tab-criteria").await?;
        click(&c, "preview-open-all").await?;
        let mut found = sideways(&c, "phone, criteria").await?;
        found.extend(audit(&c, "phone, criteria").await?);
        Ok(found)
    });
    assert!(found.is_empty(), "{found:#?}");
}
