use par_core::Text;

pub const HEADING: Text = Text::new("Công bố kết quả cuối cùng", "Publish the final results");
pub const INTRO: Text = Text::new(
    "Mọi đơn vị với điểm tự đánh giá, điểm thẩm định vòng 1 và điểm cuối cùng; xếp hạng theo điểm cuối cùng (bằng điểm thì đồng hạng).",
    "Every unit with its self-assessment, round-1 and final scores; ranked by the final score (equal scores share a rank).",
);
pub const NONE: Text = Text::new("Chưa có hồ sơ hợp lệ nào.", "No valid file yet.");
pub const INCOMPLETE: Text = Text::new(
    "Còn {count} đơn vị chưa có kết quả cuối cùng: chưa xếp hạng, ở cuối bảng.",
    "{count} units have no final result yet: not ranked, at the end of the table.",
);
pub const COMPLETE: Text = Text::new(
    "Mọi đơn vị đã có kết quả cuối cùng.",
    "Every unit has its final result.",
);
pub const RANK: Text = Text::new("Hạng", "Rank");
pub const CODE: Text = Text::new("Mã", "Code");
pub const NAME: Text = Text::new("Đơn vị", "Unit");
pub const SELF: Text = Text::new("Tự đánh giá", "Self-assessment");
pub const FIRST: Text = Text::new("Thẩm định vòng 1", "Round 1");
pub const FINAL: Text = Text::new("Cuối cùng", "Final");
pub const MAX: Text = Text::new("Tối đa áp dụng", "Applicable max");
pub const INDEX: Text = Text::new("Chỉ số", "Index");
pub const CLASS: Text = Text::new("Xếp loại", "Class");
pub const NOT_YET: Text = Text::new("chưa có", "not yet");
pub const CSV: Text = Text::new("Tải bảng kết quả (CSV)", "Download the results (CSV)");
pub const XLSX: Text = Text::new("Tải bảng kết quả (Excel)", "Download the results (Excel)");
pub const PRINT: Text = Text::new("In bảng kết quả", "Print the results");
pub const EXPORT_FAILED: Text = Text::new(
    "Không tạo được tệp: {reason}",
    "Could not make the file: {reason}",
);
pub const PRINT_TITLE: Text = Text::new(
    "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year} — {set}",
    "PAR INDEX RESULTS {year} — {set}",
);
pub const PRINT_DATE: Text = Text::new("Ngày lập: {date}", "Date: {date}");
pub const POINTS_HEADING: Text = Text::new(
    "Điểm điều tra, khảo sát và điểm cơ quan chấm cho mọi đơn vị",
    "Survey and office-scored points for every unit",
);
pub const POINTS_HINT: Text = Text::new(
    "Bảng tính (.xlsx hoặc CSV) có ba cột “Mã đơn vị”, “Mã tiêu chí”, “Điểm”, mỗi đơn vị và tiêu chí một dòng. Điểm được ghi vào ô thẩm định của từng đơn vị (vòng đang nhập) và kiểm tra như điểm gõ tay.",
    "A spreadsheet (.xlsx or CSV) with the columns “Mã đơn vị”, “Mã tiêu chí”, “Điểm”, one row per unit and item. The points go into each unit's appraisal boxes (the round being typed) and are checked like points typed by hand.",
);
pub const POINTS_FILE: Text = Text::new("Bảng điểm (.xlsx, .csv)", "Points sheet (.xlsx, .csv)");
pub const POINTS_DONE: Text = Text::new(
    "Đã ghi {rows} điểm vào {units} đơn vị.",
    "{rows} points written for {units} units.",
);
pub const POINTS_REFUSED: Text = Text::new(
    "{file}: chưa nhập gì — {reason}",
    "{file}: nothing imported — {reason}",
);
