//! What the office's criteria-set screen reads (`read_set_file`, `read_set_files`): the
//! committed broken template (`tests/fixtures/mau-xa-2025-loi.xlsx`, the sample's with a number
//! typed as text and a formula) at its cells — the office app's end-to-end test
//! (tests/e2e/criteria.rs) loads the same file in Chromium and expects the same places — and
//! the template's sheets picked as CSV files.
//!
//! Regenerate the fixture with `PAR_WRITE_FIXTURE=1 cargo test -p par-sheet --test set_files`.

mod common;

use common::{repo, sample, text, Book, Cell};
use par_sheet::{read_set_file, read_set_files, SetFileError, ITEMS_SHEET};

const FIXTURE: &str = "crates/par-sheet/tests/fixtures/mau-xa-2025-loi.xlsx";

fn broken_book() -> (Book, usize, usize) {
    let mut book = Book::of(&sample());
    let items = book.sheet(ITEMS_SHEET);
    let (typed, formula) = (items.row_of("1.1.2"), items.row_of("1.1"));
    items.set(typed, 3, text("1,5"));
    items.set(formula, 3, Cell::Formula("SUM(D4:D5)".into(), 2.5));
    (book, typed, formula)
}

#[test]
fn the_committed_broken_template_names_each_problem_at_its_cell() {
    let (book, typed, formula) = broken_book();
    let path = repo(FIXTURE);
    if std::env::var_os("PAR_WRITE_FIXTURE").is_some() {
        std::fs::write(&path, book.xlsx()).unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let Err(SetFileError::Problems(problems)) = read_set_file(&bytes) else {
        panic!("the broken template must not read");
    };
    let places: Vec<&str> = problems.iter().map(|p| p.place.as_str()).collect();
    assert_eq!(
        places,
        [
            format!("{ITEMS_SHEET}!D{}", formula + 1),
            format!("{ITEMS_SHEET}!D{}", typed + 1)
        ],
        "{problems:#?}"
    );
    assert!(problems[1].message.contains("hãy gõ lại thành số 1,5"));
    assert!(problems[0].message.contains("=SUM(D4:D5)"));
}

#[test]
fn the_sheets_picked_as_csv_files_give_the_set_or_their_problems() {
    let set = sample();
    let files: Vec<(String, Vec<u8>)> = Book::of(&set)
        .csv()
        .into_iter()
        .map(|(name, text)| (name, text.into_bytes()))
        .collect();
    assert_eq!(read_set_files(&files).unwrap(), set);
    // The items sheet alone: the header sheet is missing, said as a problem.
    let items: Vec<_> = files
        .iter()
        .filter(|(name, _)| name.starts_with(ITEMS_SHEET))
        .cloned()
        .collect();
    assert_eq!(
        items.len(),
        1,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    let Err(SetFileError::Problems(problems)) = read_set_files(&items) else {
        panic!("a missing sheet is a problem");
    };
    assert!(!problems.is_empty());
    let json = ("bo.json".to_string(), set.to_file_text().into_bytes());
    assert_eq!(
        read_set_files(&[files[0].clone(), json.clone()]),
        Err(SetFileError::SeveralFiles)
    );
    assert_eq!(read_set_files(&[]), Err(SetFileError::NotASet));
    assert_eq!(read_set_files(&[json]).unwrap(), set);
}

/// The sample's two sheets as Excel saves “CSV UTF-8”, committed for the office's end-to-end
/// test (picked together in one box).
#[test]
fn the_committed_csv_sheets_give_the_sample() {
    let set = sample();
    let dir = repo("crates/par-sheet/tests/fixtures/csv");
    if std::env::var_os("PAR_WRITE_FIXTURE").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in Book::of(&set).csv() {
            let file = match name.as_str() {
                n if n.starts_with(ITEMS_SHEET) => "tieu-chi.csv",
                n if n.starts_with(par_sheet::HEADER_SHEET) => "thong-tin-chung.csv",
                _ => continue,
            };
            std::fs::write(dir.join(file), format!("\u{feff}{text}")).unwrap();
        }
    }
    let files: Vec<(String, Vec<u8>)> = ["thong-tin-chung.csv", "tieu-chi.csv"]
        .iter()
        .map(|name| (name.to_string(), std::fs::read(dir.join(name)).unwrap()))
        .collect();
    assert_eq!(read_set_files(&files).unwrap(), set);
}
