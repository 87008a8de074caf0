//! End-to-end test of the appraising office's app (`dist/office`, served at `/office/` beside the
//! commune's app) in real headless Chromium: the sample province of `par rank`'s test
//! (crates/par-cli/examples/support/province.rs: 150 valid units and every case an office meets)
//! is registered from its keyring, its units list imported, its files received with a PDF, a
//! draft backup and a copy among them; the board says who is valid, refused, conflicting,
//! missing or not on the list, exactly as `par rank` does; a unit's key registration file turns
//! its refused file valid; the ranking has ties; the CSV downloads and reads back; a reload finds
//! everything still there. Run by scripts/test-browser.sh (`--ignored`).

#[path = "../../crates/par-cli/examples/support/province.rs"]
#[allow(dead_code)]
mod province;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};

use crate::a11y::audit;
use crate::browser::drafts::last_download;
use crate::browser::{self, click, eventually, text_of, wait_for, CmdResult, StaticServer};
use fantoccini::{Client, Locator};
use par_core::submission::{KeyRegistration, UnitKey};

/// The province's files, keyring and list in a fresh folder, with a few files that are not
/// submissions and 00152's key registration (its key is the province's recipe: the unit's
/// number in the first bytes of the secret, 0xa5 in the last).
fn province() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("par-office-e2e-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    province::write_province(&dir).expect("write the sample province");
    let files = dir.join(province::FILES_DIR);
    std::fs::write(
        files.join("bang-diem.pdf"),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    )
    .unwrap();
    std::fs::write(
        files.join("sao-luu-ban-nhap.json"),
        r#"{"format":"par-backup/1","drafts":[]}"#,
    )
    .unwrap();
    let mut secret = [0u8; 32];
    secret[..4].copy_from_slice(&152u32.to_le_bytes());
    secret[31] = 0xa5;
    let registration = KeyRegistration::create(
        &UnitKey::from_secret(secret),
        "00152",
        &province::unit_name(152),
        "2025-12-01T08:00:00Z",
    );
    std::fs::write(dir.join(registration.file_name()), registration.to_json()).unwrap();
    // Version 2 of the sample set, the one 00155's file was made on.
    let mut other_set =
        par_core::load_framework(include_str!("../../frameworks/mau-xa-2025.json")).unwrap();
    other_set.version = "2".into();
    std::fs::write(
        dir.join(OTHER_SET_FILE),
        serde_json::to_string_pretty(&other_set).unwrap(),
    )
    .unwrap();
    dir
}

/// The criteria set 00155's file waits for.
const OTHER_SET_FILE: &str = "mau-xa-2025-phien-ban-2.json";

/// Every file of `dir`, one path a line: how WebDriver gives several files to a `multiple` box.
fn all_files(dir: &Path) -> String {
    let mut paths: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    paths.sort();
    paths.join("\n")
}

async fn count(c: &Client, id: &str) -> CmdResult<String> {
    c.find(Locator::Css(&format!("#{id} dd")))
        .await?
        .text()
        .await
}

async fn counts(c: &Client) -> CmdResult<[String; 5]> {
    Ok([
        count(c, "count-valid").await?,
        count(c, "count-refused").await?,
        count(c, "count-conflicting").await?,
        count(c, "count-missing").await?,
        count(c, "count-not-on-list").await?,
    ])
}

/// The address of the service worker controlling the page, or "".
async fn worker_script(c: &Client) -> CmdResult<String> {
    let value = c
        .execute(
            "const w = navigator.serviceWorker && navigator.serviceWorker.controller;\
             return w ? w.scriptURL : '';",
            vec![],
        )
        .await?;
    Ok(value.as_str().unwrap_or_default().to_string())
}

/// Every byte of the last download.
pub(crate) async fn download_bytes(c: &Client) -> CmdResult<Vec<u8>> {
    let value = c
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             window.__parLastDownload.arrayBuffer()\
               .then(b => done(Array.from(new Uint8Array(b))), e => done(String(e)));",
            vec![],
        )
        .await?;
    Ok(value
        .as_array()
        .expect("the download's bytes")
        .iter()
        .map(|v| v.as_u64().expect("a byte") as u8)
        .collect())
}

async fn ranking_rows(c: &Client) -> CmdResult<usize> {
    Ok(c.find_all(Locator::Css("#ranking-table tbody tr"))
        .await?
        .len())
}

/// Waits for the app to have loaded its store and checked every file.
async fn settled(c: &Client) -> CmdResult<()> {
    let done = eventually(60, || async {
        let progress = text_of(c, "store-progress").await?;
        Ok(progress.is_empty())
    })
    .await?;
    assert!(done, "the office app never finished loading");
    Ok(())
}

/// The per-field chart (inline SVG: a title and description, one bar per field in the table's
/// order, proportional to the points lost) and the per-criterion view, the weakest first.
async fn province_views(c: &Client) -> CmdResult<()> {
    let chart = c
        .execute(
            "const svg = document.getElementById('fields-chart');\
             return {\
               role: svg.getAttribute('role'),\
               title: svg.querySelector('title').textContent,\
               desc: svg.querySelector('desc').textContent,\
               bars: [...svg.querySelectorAll('.chart-row')]\
                 .map(g => [g.dataset.field, Number(g.dataset.length)]),\
               table: [...document.querySelectorAll('#fields-table tbody tr')]\
                 .map(r => r.dataset.field),\
             };",
            vec![],
        )
        .await?;
    assert_eq!(chart["role"], "img");
    assert!(
        chart["title"].as_str().unwrap().contains("điểm bị mất"),
        "{chart}"
    );
    let bars = chart["bars"].as_array().unwrap();
    assert_eq!(bars.len(), 8, "{chart}");
    let order: Vec<&str> = bars.iter().map(|b| b[0].as_str().unwrap()).collect();
    let table: Vec<&str> = chart["table"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert_eq!(
        order, table,
        "the chart and its table list the fields alike"
    );
    let lengths: Vec<u64> = bars.iter().map(|b| b[1].as_u64().unwrap()).collect();
    assert_eq!(
        lengths[0], 560,
        "the field losing most has the full bar: {lengths:?}"
    );
    assert!(lengths.windows(2).all(|w| w[0] >= w[1]), "{lengths:?}");
    // The description reads the numbers the Vietnamese way.
    let desc = chart["desc"].as_str().unwrap();
    assert!(desc.contains("mất ") && desc.contains(','), "{desc}");

    // Each of the set's 34 criteria, the lowest share achieved first.
    let rows = c.find_all(Locator::Css("#criteria-table tbody tr")).await?;
    assert_eq!(rows.len(), 34);
    let mut shares = Vec::new();
    for row in &rows {
        let cell = row
            .find(Locator::Css("td:nth-child(4)"))
            .await?
            .text()
            .await?;
        if let Ok(share) = cell
            .trim_end_matches('%')
            .replace('.', "")
            .replace(',', ".")
            .parse::<f64>()
        {
            shares.push(share);
        }
    }
    assert!(
        !shares.is_empty() && shares.windows(2).all(|w| w[0] <= w[1]),
        "{shares:?}"
    );
    let first = rows[0]
        .find(Locator::Css("td:nth-child(3)"))
        .await?
        .text()
        .await?;
    assert!(
        first.contains(" / ") && first.contains(','),
        "average / maximum: {first}"
    );
    Ok(())
}

/// The ranking printed (Chromium's PDF, read back with pdftotext): header rows with the
/// province, year, set, date and the provisional mark on the first page, the table's header on
/// every page, and nothing of the screen around it (tabs, buttons, the chart).
async fn printed_ranking(c: &Client, dir: &Path) -> CmdResult<()> {
    use fantoccini::wd::{PrintConfiguration, PrintOrientation, PrintSize};
    assert!(c.find(Locator::Id("print-ranking")).await.is_ok());
    let config = PrintConfiguration::builder()
        .size(PrintSize::A4)
        .orientation(PrintOrientation::Landscape)
        .build()
        .expect("print configuration");
    let pdf = c.print(config).await?;
    let path = dir.join("xep-hang.pdf");
    std::fs::write(&path, pdf).unwrap();
    let text = crate::export::pdf_text(&path);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() >= 2, "151 units take several pages:\n{text}");
    let first = pages[0];
    assert!(
        first.contains("BẢNG XẾP HẠNG")
            && first.contains("Tỉnh mẫu")
            && first.contains("2025")
            && first.contains("mau-xa-2025")
            && first.contains("Kết quả tự đánh giá — chưa thẩm định"),
        "header rows:\n{first}"
    );
    let date = first
        .lines()
        .find(|l| l.contains("Ngày in"))
        .and_then(|l| l.split_whitespace().last())
        .unwrap_or_default();
    let b = date.as_bytes();
    assert!(
        b.len() == 10 && b[2] == b'/' && b[5] == b'/',
        "the date dd/mm/yyyy: {date}"
    );
    for (n, page) in pages.iter().enumerate() {
        assert!(
            page.contains("Hạng") && page.contains("Đơn vị"),
            "page {} repeats the table's header:\n{page}",
            n + 1
        );
    }
    for screen_only in [
        "Khóa của đơn vị",
        "Tải bảng xếp hạng",
        "In bảng xếp hạng",
        "Bấm vào tiêu đề cột",
        "Từng tiêu chí",
    ] {
        assert!(
            !text.contains(screen_only),
            "{screen_only} is not printed:\n{text}"
        );
    }
    assert!(text.contains("00160"), "every ranked unit is printed");
    Ok(())
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn the_office_registers_keys_receives_a_province_and_ranks_it() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/office/");
    let commune = server.url("/");
    let dir = province();
    let other_set = dir.join(OTHER_SET_FILE);
    let backup = browser::run(move |c| async move {
        // The commune's app links to the office's.
        c.goto(&commune).await?;
        // Once the commune's service worker controls the page, it must not answer the office's
        // address with the commune's page (it answers every other page address in its scope).
        assert!(
            eventually(30, || async {
                Ok(worker_script(&c).await?.ends_with("/sw.js"))
            })
            .await?,
            "the commune's worker takes control"
        );
        let link = wait_for(&c, "office-link").await?;
        assert_eq!(link.text().await?, "Dành cho cơ quan thẩm định");
        link.click().await?;
        wait_for(&c, "tab-keys").await?;
        assert!(c.current_url().await?.as_str().ends_with("/office/"));
        // The office gets its own worker, scope /office/.
        assert!(
            eventually(30, || async {
                Ok(worker_script(&c).await?.ends_with("/office/sw.js"))
            })
            .await?,
            "the office's worker takes control of /office/"
        );
        c.goto(&url).await?;
        settled(&c).await?;
        // Every screen is audited with axe as it is shown (tests/e2e/a11y.rs), after it is filled.
        let mut violations = audit(&c, "office start").await?;

        // Keys: the province's keyring (par-keyring/1), every key a unit's first.
        click(&c, "tab-keys").await?;
        let keyring = dir.join(province::KEYRING_FILE);
        wait_for(&c, "key-files")
            .await?
            .send_keys(&keyring.display().to_string())
            .await?;
        wait_for(&c, "pending-keys").await?;
        violations.extend(audit(&c, "keys, pending").await?);
        click(&c, "confirm-all-keys").await?;
        assert!(
            eventually(20, || async {
                Ok(c.find_all(Locator::Css("#registered-keys tbody tr"))
                    .await?
                    .len()
                    == 156)
            })
            .await?,
            "156 keys registered"
        );

        // Units: the list as Excel saves it (BOM, `;`, lost leading zeros).
        click(&c, "tab-units").await?;
        let units = dir.join(province::UNITS_FILE);
        wait_for(&c, "units-file")
            .await?
            .send_keys(&units.display().to_string())
            .await?;
        assert!(
            eventually(10, || async {
                Ok(text_of(&c, "units-loaded").await?.contains("156 đơn vị"))
            })
            .await?
        );
        violations.extend(audit(&c, "units").await?);

        // Import: every file at once, the copy of 00001, a PDF and a draft backup among them.
        click(&c, "tab-import").await?;
        let files = all_files(&dir.join(province::FILES_DIR));
        wait_for(&c, "submission-files")
            .await?
            .send_keys(&files)
            .await?;
        assert!(
            eventually(60, || async {
                Ok(!text_of(&c, "import-summary").await?.is_empty())
            })
            .await?,
            "the import finishes"
        );
        let lines = text_of(&c, "import-lines").await?;
        assert!(lines.contains("bang-diem.pdf: đây là tệp PDF"), "{lines}");
        assert!(
            lines.contains("sao-luu-ban-nhap.json: đây là bản sao lưu bản nháp"),
            "{lines}"
        );
        assert!(lines.contains("chưa đăng ký khóa"), "{lines}");
        violations.extend(audit(&c, "import").await?);

        // The board, as `par rank` says it (tests/cli/rank.rs).
        click(&c, "tab-board").await?;
        wait_for(&c, "board-table").await?;
        assert_eq!(counts(&c).await?, ["149", "5", "1", "1", "1"]);
        // A valid unit's line: its revision, total (Vietnamese decimals) and when it came
        // (dd/mm/yyyy hh:mm).
        let line = c
            .find(Locator::Css("#board-table tr[data-code='00004']"))
            .await?
            .text()
            .await?;
        let date = line.split("nhận lúc ").nth(1).unwrap_or_default();
        let digits_at = |at: &[usize]| {
            at.iter()
                .all(|&i| date.as_bytes().get(i).is_some_and(u8::is_ascii_digit))
        };
        assert!(
            line.contains("lần gửi 1, 62,53 điểm")
                && digits_at(&[0, 1, 3, 4, 6, 7, 8, 9])
                && date.get(2..3) == Some("/")
                && date.get(5..6) == Some("/"),
            "{line}"
        );
        violations.extend(audit(&c, "board").await?);

        // 00152's registration turns its refused file valid, without importing it again.
        click(&c, "tab-keys").await?;
        let registration = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("DANG-KY-KHOA-")
            })
            .unwrap();
        wait_for(&c, "key-files")
            .await?
            .send_keys(&registration.display().to_string())
            .await?;
        let pending = wait_for(&c, "pending-keys").await?.text().await?;
        assert!(pending.contains("00152"), "{pending}");
        // A key waiting for confirmation is kept in the store: a reload still shows it waiting.
        c.refresh().await?;
        settled(&c).await?;
        click(&c, "tab-keys").await?;
        let pending = wait_for(&c, "pending-keys").await?.text().await?;
        assert!(pending.contains("00152"), "{pending}");
        c.find(Locator::Css("#pending-keys .confirm-key"))
            .await?
            .click()
            .await?;
        assert!(
            eventually(20, || async {
                Ok(c.find_all(Locator::Css("#registered-keys tbody tr"))
                    .await?
                    .len()
                    == 157)
            })
            .await?
        );
        click(&c, "tab-board").await?;
        assert!(
            eventually(20, || async {
                Ok(counts(&c).await? == ["150", "4", "1", "1", "1"])
            })
            .await?,
            "{:?}",
            counts(&c).await?
        );
        // Filtered by status: the one unit that sent nothing, then the refused ones.
        let rows_with = |status: &'static str| {
            let c = c.clone();
            async move {
                c.find(Locator::Id("board-filter"))
                    .await?
                    .select_by_value(status)
                    .await?;
                let mut codes = Vec::new();
                for row in c.find_all(Locator::Css("#board-table tbody tr")).await? {
                    codes.push(row.attr("data-code").await?.unwrap_or_default());
                }
                Ok::<_, fantoccini::error::CmdError>(codes)
            }
        };
        assert_eq!(rows_with("missing").await?, ["00156"]);
        assert_eq!(
            rows_with("refused").await?,
            ["00151", "00153", "00154", "00155"]
        );
        assert_eq!(rows_with("not-on-list").await?, ["00160"]);
        assert_eq!(rows_with("").await?.len(), 157);

        // The ranking: 151 units (00003 waits for its answer, 00160 is ranked), ties 1, 1, …
        click(&c, "tab-ranking").await?;
        wait_for(&c, "ranking-table").await?;
        assert_eq!(ranking_rows(&c).await?, 151);
        let first = c
            .find(Locator::Css("#ranking-table tbody tr td"))
            .await?
            .text()
            .await?;
        assert_eq!(first, "1");
        assert!(text_of(&c, "ranking-provisional")
            .await?
            .contains("tạm tính"));
        // Every field of the set over the province, the one losing most points first.
        let fields = c.find_all(Locator::Css("#fields-table tbody tr")).await?;
        assert_eq!(fields.len(), 8);
        let mut lost = Vec::new();
        for row in fields.iter().take(2) {
            let cell = row
                .find(Locator::Css("td:nth-child(2)"))
                .await?
                .text()
                .await?;
            lost.push(
                cell.replace('.', "")
                    .replace(',', ".")
                    .parse::<f64>()
                    .unwrap(),
            );
        }
        assert!(lost[0] >= lost[1], "{lost:?}");
        province_views(&c).await?;
        printed_ranking(&c, &dir).await?;
        violations.extend(audit(&c, "ranking").await?);
        // English, second language: the screens' texts switch.
        click(&c, "lang-en").await?;
        assert!(text_of(&c, "ranking-provisional")
            .await?
            .contains("Provisional"));
        violations.extend(audit(&c, "ranking, English").await?);
        click(&c, "tab-board").await?;
        violations.extend(audit(&c, "board, English").await?);
        click(&c, "lang-vi").await?;
        click(&c, "tab-ranking").await?;
        wait_for(&c, "ranking-table").await?;
        assert!(violations.is_empty(), "{violations:#?}");
        // Sorted by code, 00001 comes first.
        c.find(Locator::Css("#ranking-table th button[data-column='1']"))
            .await?
            .click()
            .await?;
        let top = c.find(Locator::Css("#ranking-table tbody tr")).await?;
        assert_eq!(top.attr("data-code").await?.as_deref(), Some("00001"));

        // The CSV (UTF-8 with BOM, `;` and decimal commas in Vietnamese) reads back.
        click(&c, "download-csv").await?;
        // `Blob.text()` drops a BOM, so the first bytes are read as bytes.
        let head = download_bytes(&c).await?;
        assert_eq!(head[..3], [0xef, 0xbb, 0xbf], "a BOM, so Excel reads UTF-8");
        let csv = last_download(&c).await?;
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[1], "Tỉnh;Tỉnh mẫu");
        assert_eq!(lines.len(), 8 + 151, "{csv}");
        assert!(lines[8].starts_with("1;"), "{}", lines[8]);
        assert!(lines[8].contains("62,53"), "{}", lines[8]);
        // Ties share a rank (1, 1, …, 52, …, 128): `par rank`'s hand-checked groups, with 00152
        // (both items "yes") joining the first.
        let ranks: Vec<&str> = lines[8..]
            .iter()
            .map(|l| l.split(';').next().unwrap())
            .collect();
        let group = |rank: &str| ranks.iter().filter(|r| **r == rank).count();
        assert_eq!((group("1"), group("52"), group("128")), (51, 76, 24));

        // The XLSX: the ranking and the per-item matrix, each with its header rows.
        click(&c, "download-xlsx").await?;
        let bytes = download_bytes(&c).await?;
        let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
        let sheet = book.worksheet_range("Xếp hạng").unwrap();
        assert_eq!(sheet.get_size().0, 8 + 151);
        let code_at = |row: usize| match sheet.get_value((row as u32, 1)) {
            Some(Data::String(code)) => code.clone(),
            other => panic!("row {row}: {other:?}"),
        };
        let codes: Vec<String> = (8..8 + 151).map(code_at).collect();
        assert!(codes.contains(&"00160".to_string()) && !codes.contains(&"00003".to_string()));
        let matrix = book.worksheet_range("Điểm từng tiêu chí").unwrap();
        assert_eq!(matrix.get_size().0, 8 + 1 + 151);

        // A reload keeps everything: files, keys, list, and the same board.
        c.refresh().await?;
        settled(&c).await?;
        let summary = text_of(&c, "store-summary").await?;
        assert!(
            summary.contains("157 khóa") && summary.contains("156 đơn vị"),
            "{summary}"
        );
        // Confirmed keys no longer wait.
        click(&c, "tab-keys").await?;
        assert!(c.find(Locator::Id("pending-keys")).await.is_err());
        click(&c, "tab-board").await?;
        wait_for(&c, "board-table").await?;
        assert_eq!(counts(&c).await?, ["150", "4", "1", "1", "1"]);

        // The whole store as one backup file.
        click(&c, "tab-backup").await?;
        violations.extend(audit(&c, "backup").await?);
        assert!(violations.is_empty(), "{violations:#?}");
        click(&c, "download-backup").await?;
        last_download(&c).await
    });

    // Restored in a fresh profile (another browser): the same files, keys, list and board.
    let path = std::env::temp_dir().join(format!("par-office-backup-{}.json", std::process::id()));
    std::fs::write(&path, backup).unwrap();
    let url = server.url("/office/");
    browser::run(move |c| async move {
        c.goto(&url).await?;
        settled(&c).await?;
        assert!(text_of(&c, "store-summary").await?.contains(": 0 hồ sơ"));
        click(&c, "tab-backup").await?;
        wait_for(&c, "restore-backup")
            .await?
            .send_keys(&path.display().to_string())
            .await?;
        assert!(
            eventually(60, || async {
                Ok(text_of(&c, "backup-messages")
                    .await?
                    .contains("Đã khôi phục"))
            })
            .await?
        );
        let said = text_of(&c, "backup-messages").await?;
        assert!(
            said.contains("159 hồ sơ, 157 khóa, 0 bộ tiêu chí, danh sách đơn vị"),
            "{said}"
        );
        click(&c, "tab-board").await?;
        wait_for(&c, "board-table").await?;
        assert_eq!(counts(&c).await?, ["150", "4", "1", "1", "1"]);

        // 00155's file waits for version 2 of the set: offered on the import screen, the set
        // picked right there, and the file that waited is checked again (valid now).
        click(&c, "tab-import").await?;
        let waiting = wait_for(&c, "waiting-sets").await?.text().await?;
        assert!(
            waiting.contains("“mau-xa-2025” phiên bản 2: 1 hồ sơ đang chờ"),
            "{waiting}"
        );
        let violations = audit(&c, "import, a set awaited").await?;
        assert!(violations.is_empty(), "{violations:#?}");
        wait_for(&c, "waiting-set-file")
            .await?
            .send_keys(&other_set.display().to_string())
            .await?;
        assert!(
            eventually(30, || async {
                Ok(text_of(&c, "waiting-sets-messages")
                    .await?
                    .contains("1 hồ sơ chờ bộ này đã được kiểm tra lại: 1 hợp lệ"))
            })
            .await?,
            "{}",
            text_of(&c, "waiting-sets-messages").await?
        );
        assert!(c.find(Locator::Id("waiting-sets")).await.is_err());
        click(&c, "tab-board").await?;
        wait_for(&c, "board-table").await?;
        assert_eq!(counts(&c).await?, ["151", "3", "1", "1", "1"]);
        Ok(())
    });
}

/// The path of the sample province's first file of unit `code`.
fn file_of(dir: &Path, code: &str) -> String {
    let files = dir.join(province::FILES_DIR);
    let mut names: Vec<PathBuf> = std::fs::read_dir(&files)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(&format!("CCHC-2025-{code}-")) && name.ends_with("-r1.json")
        })
        .collect();
    names.sort();
    names[0].display().to_string()
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_second_tab_sees_what_another_tab_stored_without_a_reload() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/office/");
    let dir = province();
    browser::run(move |c| async move {
        c.goto(&url).await?;
        settled(&c).await?;
        let first = c.window().await?;
        let second = c.new_window(true).await?.handle;
        c.switch_to_window(second.clone()).await?;
        c.goto(&url).await?;
        settled(&c).await?;
        // The second tab registers the province's keys, imports the list and three files.
        click(&c, "tab-keys").await?;
        wait_for(&c, "key-files")
            .await?
            .send_keys(&dir.join(province::KEYRING_FILE).display().to_string())
            .await?;
        wait_for(&c, "pending-keys").await?;
        click(&c, "confirm-all-keys").await?;
        click(&c, "tab-units").await?;
        wait_for(&c, "units-file")
            .await?
            .send_keys(&dir.join(province::UNITS_FILE).display().to_string())
            .await?;
        click(&c, "tab-import").await?;
        let three = ["00004", "00005", "00006"].map(|code| file_of(&dir, code));
        wait_for(&c, "submission-files")
            .await?
            .send_keys(&three.join("\n"))
            .await?;
        let stored = |files: &'static str| {
            let c = c.clone();
            async move {
                eventually(20, || async {
                    Ok(text_of(&c, "store-summary")
                        .await?
                        .contains(&format!("{files} hồ sơ, 156 khóa, 156 đơn vị")))
                })
                .await
            }
        };
        assert!(
            stored("3").await?,
            "{}",
            text_of(&c, "store-summary").await?
        );

        // The first tab shows them without a reload, verified against the keys it now has.
        c.switch_to_window(first.clone()).await?;
        assert!(
            stored("3").await?,
            "{}",
            text_of(&c, "store-summary").await?
        );
        click(&c, "tab-board").await?;
        wait_for(&c, "board-table").await?;
        assert!(
            eventually(20, || async { Ok(counts(&c).await?[0] == "3") }).await?,
            "{:?}",
            counts(&c).await?
        );
        // And the other way: the first tab receives a fourth; the second sees all four.
        click(&c, "tab-import").await?;
        wait_for(&c, "submission-files")
            .await?
            .send_keys(&file_of(&dir, "00007"))
            .await?;
        assert!(stored("4").await?);
        c.switch_to_window(second).await?;
        assert!(
            stored("4").await?,
            "{}",
            text_of(&c, "store-summary").await?
        );
        // Nothing lost: a reload reads all four from the store.
        c.refresh().await?;
        settled(&c).await?;
        assert!(stored("4").await?);
        Ok(())
    });
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_full_or_newer_store_is_said_plainly_and_nothing_stored_is_lost() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/office/");
    let icon = server.url("/office/icon.svg");
    let dir = province();
    browser::run(move |c| async move {
        c.goto(&url).await?;
        settled(&c).await?;
        let stored = |files: &'static str| {
            let c = c.clone();
            async move {
                eventually(20, || async {
                    Ok(text_of(&c, "store-summary")
                        .await?
                        .contains(&format!(": {files} hồ sơ,")))
                })
                .await
            }
        };
        click(&c, "tab-import").await?;
        wait_for(&c, "submission-files")
            .await?
            .send_keys(&file_of(&dir, "00004"))
            .await?;
        assert!(stored("1").await?);

        // The browser refuses the next write as storage full, as Chromium does at its quota
        // (its DOMException `QuotaExceededError` from the put). The quota itself cannot be
        // lowered reliably here: DevTools' `Storage.overrideQuotaForOrigin` left
        // `navigator.storage.estimate()` at 10 GB and the writes went through.
        c.execute(
            "IDBObjectStore.prototype.put = function () {\
               throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');\
             };",
            vec![],
        )
        .await?;
        let three = ["00005", "00006", "00007"].map(|code| file_of(&dir, code));
        wait_for(&c, "submission-files")
            .await?
            .send_keys(&three.join("\n"))
            .await?;
        assert!(
            eventually(30, || async {
                Ok(text_of(&c, "import-lines")
                    .await
                    .unwrap_or_default()
                    .contains("Chưa lưu được các tệp mới"))
            })
            .await?
        );
        let error = text_of(&c, "store-error").await?;
        assert!(
            error.contains("đã đầy") && error.contains("Sao lưu"),
            "{error}"
        );
        assert!(stored("1").await?);
        c.refresh().await?;
        settled(&c).await?;
        assert!(stored("1").await?, "the file stored before is kept");

        // A newer release changed the store (its version 2): this older page says so, and what
        // to do, instead of a browser error.
        // This tab is closed first, so its connection is gone for good (a page merely left may
        // sit in the back-forward cache with it open, and the newer version would wait on it).
        let old = c.window().await?;
        let fresh = c.new_window(true).await?.handle;
        c.switch_to_window(old).await?;
        c.close_window().await?;
        c.switch_to_window(fresh).await?;
        c.goto(&icon).await?;
        let opened = c
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 const open = indexedDB.open('par-office', 2);\
                 open.onsuccess = () => { open.result.close(); done('ok'); };\
                 open.onerror = () => done(String(open.error));",
                vec![],
            )
            .await?;
        assert_eq!(opened, "ok");
        c.goto(&url).await?;
        let error = wait_for(&c, "store-error").await?.text().await?;
        assert!(
            error.contains("phiên bản mới hơn") && error.contains("đóng mọi thẻ"),
            "{error}"
        );
        Ok(())
    });
}

#[test]
#[ignore = "needs a built app and chromedriver: run scripts/test-browser.sh"]
fn a_newer_release_in_another_tab_takes_the_store_and_this_tab_says_to_reload() {
    let server = StaticServer::start(browser::dist_dir());
    let url = server.url("/office/");
    let icon = server.url("/office/icon.svg");
    let dir = province();
    browser::run(move |c| async move {
        c.goto(&url).await?;
        settled(&c).await?;
        click(&c, "tab-import").await?;
        wait_for(&c, "submission-files")
            .await?
            .send_keys(&file_of(&dir, "00004"))
            .await?;
        assert!(
            eventually(20, || async {
                Ok(text_of(&c, "store-summary").await?.contains(": 1 hồ sơ,"))
            })
            .await?
        );
        let first = c.window().await?;

        // Another tab: a newer release opens the store at version 2 (a plain `indexedDB.open`,
        // as its own opening would). It is not blocked: the older tab lets go at once. What was
        // stored is all there at version 2.
        let second = c.new_window(true).await?.handle;
        c.switch_to_window(second.clone()).await?;
        c.goto(&icon).await?;
        let opened = c
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 const open = indexedDB.open('par-office', 2);\
                 open.onblocked = () => done('blocked');\
                 open.onerror = () => done(String(open.error));\
                 open.onsuccess = () => {\
                   const db = open.result;\
                   const count = db.transaction('files').objectStore('files').count();\
                   count.onsuccess = () => { db.close(); done('files: ' + count.result); };\
                   count.onerror = () => done(String(count.error));\
                 };",
                vec![],
            )
            .await?;
        assert_eq!(
            opened, "files: 1",
            "the newer release opens the store at once"
        );

        // The older tab says so, in plain words, with the way out.
        c.switch_to_window(first).await?;
        let said = wait_for(&c, "store-updated").await?.text().await?;
        crate::round_trip::screenshot(&c, "office-store-updated").await?;
        if std::env::var_os("PAR_ROUND_SCREENSHOTS").is_some() {
            // The same at a phone's width.
            browser::cdp(
                &c,
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({ "width": 360, "height": 800, "deviceScaleFactor": 2, "mobile": true }),
            )
            .await?;
            crate::round_trip::screenshot(&c, "office-store-updated-phone").await?;
            browser::cdp(
                &c,
                "Emulation.clearDeviceMetricsOverride",
                serde_json::json!({}),
            )
            .await?;
        }
        assert!(
            said.contains("cập nhật") && said.contains("thẻ khác") && said.contains("Tải lại"),
            "{said}"
        );
        assert!(
            text_of(&c, "store-summary").await?.contains(": 1 hồ sơ,"),
            "what this tab shows is kept"
        );
        // A file given to the older tab now is not stored, and it says why.
        wait_for(&c, "submission-files")
            .await?
            .send_keys(&file_of(&dir, "00005"))
            .await?;
        assert!(
            eventually(30, || async {
                Ok(text_of(&c, "import-lines")
                    .await
                    .unwrap_or_default()
                    .contains("Hãy tải lại thẻ này"))
            })
            .await?,
            "{}",
            text_of(&c, "import-lines").await.unwrap_or_default()
        );
        // Reloaded, this (old) build cannot use the newer store and says so; nothing is lost.
        click(&c, "reload-page").await?;
        let error = wait_for(&c, "store-error").await?.text().await?;
        assert!(error.contains("phiên bản mới hơn"), "{error}");
        c.switch_to_window(second).await?;
        let files = c
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 const open = indexedDB.open('par-office');\
                 open.onerror = () => done(String(open.error));\
                 open.onsuccess = () => {\
                   const db = open.result;\
                   const count = db.transaction('files').objectStore('files').count();\
                   count.onsuccess = () => { db.close(); done(count.result); };\
                 };",
                vec![],
            )
            .await?;
        assert_eq!(files, 1, "nothing stored is lost");
        Ok(())
    });
}
