//! The office's exports as tables: the ranking (one row per unit: rank, code, name, total,
//! applicable maximum, index, classification, each field's points) and the per-item matrix
//! (one row per unit, one column per scored item). Each table starts with header rows naming
//! the province, the year, the criteria set and the date, so a printed or forwarded file says
//! what it is. `report_out.rs` writes a table as XLSX or CSV.

use par_core::office::{LeafPoints, PublishedRow, Ranking};
use par_core::score::LeafStatus;
use par_core::{Decimal, Framework, Lang, Text};

/// What the header rows say. The date comes from the caller (no clock here), `dd/mm/yyyy`.
#[derive(Debug, Clone, Copy)]
pub struct ReportHeader<'a> {
    pub province: &'a str,
    pub year: u16,
    pub framework: &'a Framework,
    pub date: &'a str,
    pub lang: Lang,
}

/// One cell of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Out {
    Text(String),
    Number(Decimal),
    Whole(u64),
    Empty,
}

/// A table with its header rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The sheet's name in a workbook.
    pub sheet: &'static str,
    pub title: String,
    /// `(label, value)` rows above the table.
    pub header: Vec<(String, String)>,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Out>>,
}

mod words {
    use par_core::Text;

    pub const RANKING_TITLE: Text =
        Text::new("XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", "PAR INDEX RANKING");
    pub const MATRIX_TITLE: Text = Text::new(
        "ĐIỂM TỪNG TIÊU CHÍ THÀNH PHẦN CỦA CÁC ĐƠN VỊ",
        "EACH UNIT'S POINTS PER SCORED ITEM",
    );
    pub const PROVINCE: Text = Text::new("Tỉnh", "Province");
    pub const YEAR: Text = Text::new("Năm", "Year");
    pub const SET: Text = Text::new("Bộ tiêu chí", "Criteria set");
    pub const DATE: Text = Text::new("Ngày lập", "Date");
    pub const NOTE: Text = Text::new("Ghi chú", "Note");
    pub const PROVISIONAL: Text = Text::new(
        "Điểm tự đánh giá (đã tính lại), tạm tính cho đến khi thẩm định",
        "Self-assessment scores (recomputed), provisional until appraisal",
    );
    pub const RANK: Text = Text::new("Hạng", "Rank");
    pub const CODE: Text = Text::new("Mã đơn vị", "Unit code");
    pub const NAME: Text = Text::new("Tên đơn vị", "Unit name");
    pub const TOTAL: Text = Text::new("Tổng điểm", "Total");
    pub const APPLICABLE: Text = Text::new("Điểm tối đa áp dụng", "Applicable maximum");
    pub const INDEX: Text = Text::new("Chỉ số (%)", "Index (%)");
    pub const CLASS: Text = Text::new("Xếp loại", "Classification");
    pub const FIELD: Text = Text::new("Lĩnh vực {code}", "Field {code}");
    pub const MAXIMUM: Text = Text::new("Điểm tối đa", "Maximum");
    pub const EXCLUDED: Text = Text::new("KAD", "N/A");
    pub const PENDING: Text = Text::new("chờ", "pending");
    pub const UNANSWERED: Text = Text::new("—", "—");
    pub const FINAL_TITLE: Text = Text::new(
        "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (CUỐI CÙNG)",
        "PAR INDEX RESULTS (FINAL)",
    );
    pub const FINAL_NOTE: Text = Text::new(
        "Kết quả cuối cùng sau thẩm định và giải trình. Đơn vị chưa có kết quả cuối cùng không xếp hạng",
        "Final results after appraisal and explanations. Units without a final result are not ranked",
    );
    pub const SELF_TOTAL: Text = Text::new("Điểm tự đánh giá", "Self-assessment");
    pub const FIRST_TOTAL: Text = Text::new("Điểm thẩm định vòng 1", "Appraised, round 1");
    pub const FINAL_TOTAL: Text = Text::new("Điểm cuối cùng", "Final score");
}

fn header_rows(header: &ReportHeader<'_>) -> Vec<(String, String)> {
    let lang = header.lang;
    let set = header.framework;
    vec![
        (words::PROVINCE.get(lang).into(), header.province.into()),
        (words::YEAR.get(lang).into(), header.year.to_string()),
        (
            words::SET.get(lang).into(),
            format!("{} ({} {})", set.title, set.id, set.version),
        ),
        (words::DATE.get(lang).into(), header.date.into()),
        (
            words::NOTE.get(lang).into(),
            words::PROVISIONAL.get(lang).into(),
        ),
    ]
}

fn text(value: &str) -> Out {
    Out::Text(value.to_string())
}

/// The ranking table, best first.
pub fn ranking_table(header: &ReportHeader<'_>, ranking: &Ranking<'_>) -> Table {
    let lang = header.lang;
    let mut columns: Vec<String> = [
        words::RANK,
        words::CODE,
        words::NAME,
        words::TOTAL,
        words::APPLICABLE,
        words::INDEX,
        words::CLASS,
    ]
    .iter()
    .map(|t: &Text| t.get(lang).to_string())
    .collect();
    columns.extend(
        header
            .framework
            .fields
            .iter()
            .map(|field| words::FIELD.fill(lang, &[("code", &field.code)])),
    );
    let rows = ranking
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                Out::Whole(row.rank as u64),
                text(row.code),
                text(row.name),
                Out::Number(row.total),
                Out::Number(row.applicable_max),
                row.index_percent.map_or(Out::Empty, Out::Number),
                row.classification.map_or(Out::Empty, text),
            ];
            cells.extend(row.fields.iter().map(|f| Out::Number(f.points)));
            cells
        })
        .collect();
    Table {
        sheet: sheet_name(lang, "Xếp hạng", "Ranking"),
        title: words::RANKING_TITLE.get(lang).into(),
        header: header_rows(header),
        columns,
        rows,
    }
}

/// The published table: rank (empty for a unit without a final result), code, name, self,
/// round-1 and final totals, applicable maximum, index and classification.
pub fn published_table(header: &ReportHeader<'_>, rows: &[PublishedRow]) -> Table {
    let lang = header.lang;
    let columns = [
        words::RANK,
        words::CODE,
        words::NAME,
        words::SELF_TOTAL,
        words::FIRST_TOTAL,
        words::FINAL_TOTAL,
        words::APPLICABLE,
        words::INDEX,
        words::CLASS,
    ]
    .iter()
    .map(|t| t.get(lang).to_string())
    .collect();
    let number = |value: Option<Decimal>| value.map_or(Out::Empty, Out::Number);
    let rows = rows
        .iter()
        .map(|row| {
            vec![
                row.rank.map_or(Out::Empty, |r| Out::Whole(r as u64)),
                text(&row.code),
                text(&row.name),
                Out::Number(row.self_total),
                number(row.first_total),
                number(row.final_total),
                Out::Number(row.applicable_max),
                number(row.index_percent),
                row.classification.as_deref().map_or(Out::Empty, text),
            ]
        })
        .collect();
    let mut header_rows = header_rows(header);
    if let Some(note) = header_rows.last_mut() {
        note.1 = words::FINAL_NOTE.get(lang).into();
    }
    Table {
        sheet: sheet_name(lang, "Kết quả cuối cùng", "Final results"),
        title: words::FINAL_TITLE.get(lang).into(),
        header: header_rows,
        columns,
        rows,
    }
}

/// The per-item matrix: a row of maxima, then one row per unit in ranking order.
pub fn matrix_table(header: &ReportHeader<'_>, ranking: &Ranking<'_>) -> Table {
    let lang = header.lang;
    let leaves: Vec<_> = header.framework.leaves().collect();
    let mut columns: Vec<String> = [words::RANK, words::CODE, words::NAME, words::TOTAL]
        .iter()
        .map(|t| t.get(lang).to_string())
        .collect();
    columns.extend(leaves.iter().map(|leaf| leaf.item.code.clone()));
    let mut maxima = vec![
        Out::Empty,
        Out::Empty,
        text(words::MAXIMUM.get(lang)),
        Out::Empty,
    ];
    maxima.extend(leaves.iter().map(|leaf| Out::Number(leaf.item.max_points)));
    let mut rows = vec![maxima];
    rows.extend(ranking.rows.iter().map(|row| {
        let mut cells = vec![
            Out::Whole(row.rank as u64),
            text(row.code),
            text(row.name),
            Out::Number(row.total),
        ];
        cells.extend(row.summary.leaves.iter().map(|leaf| leaf_cell(leaf, lang)));
        cells
    }));
    Table {
        sheet: sheet_name(lang, "Điểm từng tiêu chí", "Per item"),
        title: words::MATRIX_TITLE.get(lang).into(),
        header: header_rows(header),
        columns,
        rows,
    }
}

fn leaf_cell(leaf: &LeafPoints, lang: Lang) -> Out {
    match leaf.status {
        LeafStatus::Scored | LeafStatus::Invalid => Out::Number(leaf.points),
        LeafStatus::Excluded => text(words::EXCLUDED.get(lang)),
        LeafStatus::Pending => text(words::PENDING.get(lang)),
        LeafStatus::Unanswered => text(words::UNANSWERED.get(lang)),
    }
}

fn sheet_name(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}
