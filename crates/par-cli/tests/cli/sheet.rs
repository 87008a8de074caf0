//! `par framework import`, `export` and `diff`.

use super::{fresh_dir, par, repo, stderr, stdout, SAMPLE};

const TEMPLATE: &str = "frameworks/templates/mau-xa-2025.xlsx";
const EMPTY_TEMPLATE: &str = "frameworks/templates/mau-trong.xlsx";

fn sample() -> par_core::Framework {
    par_core::load_framework(&std::fs::read_to_string(repo().join(SAMPLE)).unwrap()).unwrap()
}

#[test]
fn importing_the_committed_template_writes_the_sample_set() {
    let dir = fresh_dir("import-template");
    let out = dir.join("set.json");
    let output = par(&["framework", "import", TEMPLATE, "-o", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    assert!(stdout(&output).contains("Hợp lệ"), "{}", stdout(&output));
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(par_core::load_framework(&written).unwrap(), sample());
    let check = par(&["framework", "check", out.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stdout(&check));
}

#[test]
fn a_spreadsheet_with_problems_lists_them_by_cell_and_writes_nothing() {
    let dir = fresh_dir("import-broken");
    let out = dir.join("set.json");
    let output = par(&[
        "framework",
        "import",
        EMPTY_TEMPLATE,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("mau-trong.xlsx có 15 lỗi:"), "{text}");
    assert!(
        text.contains("  - Thông tin chung!B2: chưa ghi mã bộ tiêu chí"),
        "{text}"
    );
    assert!(!out.exists(), "nothing is written");

    // An existing output is left as it was.
    std::fs::write(&out, "bản cũ").unwrap();
    let output = par(&[
        "framework",
        "import",
        EMPTY_TEMPLATE,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "bản cũ");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[test]
fn a_file_that_is_no_spreadsheet_is_a_sentence() {
    let dir = fresh_dir("import-json");
    let out = dir.join("set.json");
    let output = par(&["framework", "import", SAMPLE, "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("không nhận ra dòng tiêu đề"),
        "{}",
        stdout(&output)
    );
    assert!(!stderr(&output).contains("panicked"));
    assert!(!out.exists());
}

#[test]
fn a_folder_of_csv_files_is_imported() {
    let dir = fresh_dir("import-csv");
    let sheets = dir.join("sheets");
    std::fs::create_dir(&sheets).unwrap();
    let header = "Nội dung,Giá trị\nMã bộ tiêu chí,thu-csv\nTên bộ tiêu chí,Bộ thử\nCấp đánh giá,Cấp xã\n\
        Tỉnh, thành phố,Tỉnh Thử\nNăm đánh giá,2026\nPhiên bản,1\nSố quyết định,1/QĐ-UBND\n\
        Ngày quyết định,15/09/2025\nCơ quan ban hành,UBND tỉnh\nCơ quan thẩm định,Sở Nội vụ\n\
        Thiếu tài liệu kiểm chứng,Phải giải trình\nSố chữ số thập phân,2\nXếp loại,Đạt: từ 50% trở lên\nXếp loại,Chưa đạt: dưới 50%\n";
    // “Tỉnh, thành phố” holds a comma: quoted, as Excel writes it.
    let header = header.replace("Tỉnh, thành phố,", "\"Tỉnh, thành phố\",");
    std::fs::write(
        sheets.join("Thông tin chung.csv"),
        format!("\u{feff}{header}"),
    )
    .unwrap();
    let items = "Mã;Cấp;Nội dung;Điểm tối đa;Cách tính điểm;Mức điểm, tham số\n\
        1;Lĩnh vực;Chỉ đạo;1,5;;\n1.1;Tiêu chí;Kế hoạch;1,5;;\n1.1.1;Tiêu chí thành phần;Ban hành kế hoạch;1,5;Có/Không;\n";
    std::fs::write(sheets.join("Tiêu chí.csv"), items).unwrap();
    let out = dir.join("set.json");
    let output = par(&[
        "framework",
        "import",
        sheets.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    let set = par_core::load_framework(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(set.province, "Tỉnh Thử");
    assert_eq!(
        set.fields[0].criteria[0].items[0].max_points.to_string(),
        "1.5"
    );
}

#[test]
fn export_writes_a_template_that_imports_back() {
    let dir = fresh_dir("export");
    let xlsx = dir.join("bo.xlsx");
    let output = par(&[
        "framework",
        "export",
        SAMPLE,
        "--xlsx",
        xlsx.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        std::fs::read(&xlsx).unwrap(),
        std::fs::read(repo().join(TEMPLATE)).unwrap()
    );
    let output = par(&["framework", "export", "--xlsx", xlsx.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        std::fs::read(&xlsx).unwrap(),
        std::fs::read(repo().join(EMPTY_TEMPLATE)).unwrap()
    );
}

#[test]
fn diff_lists_what_changed_in_words() {
    let mut set: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join(SAMPLE)).unwrap()).unwrap();
    set["version"] = "2".into();
    let item = &mut set["fields"][0]["criteria"][2]["items"][0];
    item["title"] = "Ban hành kế hoạch kiểm tra CCHC".into();
    item["rule"] = serde_json::json!({"type": "yes_no", "no_points": 0.25});
    let dir = fresh_dir("diff");
    let new = dir.join("v2.json");
    std::fs::write(&new, set.to_string()).unwrap();
    let output = par(&["framework", "diff", SAMPLE, new.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("Thay đổi từ mau-xa-2025 1 sang mau-xa-2025 2: 2 tiêu chí thành phần."),
        "{text}"
    );
    assert!(text.contains("  Phiên bản: 1 → 2"), "{text}");
    assert!(
        text.contains("  1.3.1 Ban hành kế hoạch kiểm tra CCHC: Cách tính điểm đã thay đổi"),
        "{text}"
    );
    assert!(
        text.contains("      trước: Có: 0,5 điểm; Không: 0 điểm"),
        "{text}"
    );
    assert!(
        text.contains("      nay: Có: 0,5 điểm; Không: 0,25 điểm"),
        "{text}"
    );
    assert!(text.contains("Tên tiêu chí đã thay đổi."), "{text}");

    let output = par(&["framework", "diff", SAMPLE, SAMPLE]);
    assert!(
        stdout(&output).starts_with("Không có thay đổi"),
        "{}",
        stdout(&output)
    );
}
