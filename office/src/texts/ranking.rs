use par_core::Text;

pub const HEADING: Text = Text::new("Xếp hạng", "Ranking");
pub const PROVISIONAL: Text = Text::new(
    "Kết quả tạm tính: điểm tự đánh giá của đơn vị, do cơ quan tính lại, chưa thẩm định.",
    "Provisional: the units' self-assessment, recomputed by the office, not yet appraised.",
);
pub const NONE: Text = Text::new(
    "Chưa có hồ sơ hợp lệ nào để xếp hạng.",
    "No valid file to rank yet.",
);
pub const SET: Text = Text::new(
    "Bộ tiêu chí: {title} ({id} phiên bản {version}) — {count} đơn vị.",
    "Criteria set: {title} ({id} version {version}) — {count} units.",
);
pub const OTHER_SETS: Text = Text::new(
    "{count} đơn vị làm theo bộ tiêu chí khác, không có trong bảng này.",
    "{count} units used another criteria set and are not in this table.",
);
pub const SORT_HINT: Text = Text::new(
    "Bấm vào tiêu đề cột để sắp xếp.",
    "Click a column heading to sort.",
);
pub const RANK: Text = Text::new("Hạng", "Rank");
pub const CODE: Text = Text::new("Mã", "Code");
pub const NAME: Text = Text::new("Đơn vị", "Unit");
pub const TOTAL: Text = Text::new("Tổng điểm", "Total");
pub const MAX: Text = Text::new("Tối đa áp dụng", "Applicable max");
pub const INDEX: Text = Text::new("Chỉ số", "Index");
pub const CLASS: Text = Text::new("Xếp loại", "Class");
pub const FIELD: Text = Text::new("LV {code}", "F {code}");
pub const FIELDS_HEADING: Text = Text::new(
    "Lĩnh vực mất nhiều điểm nhất trên toàn tỉnh",
    "Fields losing the most points across the province",
);
pub const FIELD_NAME: Text = Text::new("Lĩnh vực", "Field");
pub const POINTS: Text = Text::new("Điểm đạt (tổng)", "Points (sum)");
pub const LOST: Text = Text::new("Điểm bị mất", "Points lost");
pub const PERCENT: Text = Text::new("Tỷ lệ đạt", "Share achieved");
pub const RANGE: Text = Text::new("Thấp nhất – cao nhất", "Lowest – highest");
pub const CSV: Text = Text::new("Tải bảng xếp hạng (CSV)", "Download the ranking (CSV)");
pub const XLSX: Text = Text::new("Tải bảng xếp hạng (Excel)", "Download the ranking (Excel)");
pub const EXPORT_FAILED: Text = Text::new(
    "Không tạo được tệp: {reason}",
    "Could not make the file: {reason}",
);
