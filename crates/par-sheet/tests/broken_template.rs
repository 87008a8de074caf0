//! The committed broken template (`tests/fixtures/mau-xa-2025-loi.xlsx`, the sample's with a
//! number typed as text and a formula): what `read_set_file` says of it, at its cells. The
//! office app's end-to-end test (tests/e2e/criteria.rs) loads the same file in Chromium and
//! expects the same places.
//!
//! Regenerate with `PAR_WRITE_FIXTURE=1 cargo test -p par-sheet --test broken_template`.

mod common;

use common::{repo, sample, text, Book, Cell};
use par_sheet::{read_set_file, SetFileError, ITEMS_SHEET};

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
