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
pub const CHART_NOTE: Text = Text::new(
    "Mỗi thanh là số điểm cả tỉnh bị mất ở một lĩnh vực (cộng mọi đơn vị trong bảng xếp hạng), lĩnh vực mất nhiều nhất ở trên; bảng dưới biểu đồ ghi đủ các số.",
    "Each bar is the points the province loses in one field (summed over every ranked unit), the field losing most on top; the table under the chart has every number.",
);
pub const CHART_TITLE: Text = Text::new(
    "Biểu đồ: điểm bị mất theo lĩnh vực trên toàn tỉnh",
    "Chart: points lost by field across the province",
);
pub const CHART_ITEM: Text = Text::new(
    "{field}: mất {lost} điểm, đạt {percent}",
    "{field}: {lost} points lost, {percent} achieved",
);
pub const CHART_VALUE: Text = Text::new("−{lost} ({percent})", "−{lost} ({percent})");
pub const CRITERIA_HEADING: Text = Text::new(
    "Từng tiêu chí trên toàn tỉnh, yếu nhất trước",
    "Each criterion across the province, the weakest first",
);
pub const CRITERIA_NOTE: Text = Text::new(
    "Điểm trung bình của một đơn vị so với điểm tối đa của tiêu chí; tỷ lệ đạt tính trên phần điểm áp dụng (không tính mục không áp dụng và mục chờ cơ quan chấm).",
    "A unit's average points against the criterion's maximum; the share achieved is of the applicable points (items not applicable and items waiting for the office left out).",
);
pub const CRITERION: Text = Text::new("Tiêu chí", "Criterion");
pub const AVERAGE: Text = Text::new("Điểm trung bình / tối đa", "Average points / maximum");
pub const FIELD_NAME: Text = Text::new("Lĩnh vực", "Field");
pub const POINTS: Text = Text::new("Điểm đạt (tổng)", "Points (sum)");
pub const LOST: Text = Text::new("Điểm bị mất", "Points lost");
pub const PERCENT: Text = Text::new("Tỷ lệ đạt", "Share achieved");
pub const RANGE: Text = Text::new("Thấp nhất – cao nhất", "Lowest – highest");
pub const CSV: Text = Text::new("Tải bảng xếp hạng (CSV)", "Download the ranking (CSV)");
pub const XLSX: Text = Text::new("Tải bảng xếp hạng (Excel)", "Download the ranking (Excel)");
pub const PRINT: Text = Text::new("In bảng xếp hạng", "Print the ranking");
pub const PRINT_TITLE: Text = Text::new(
    "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ",
    "COMMUNE PAR INDEX RANKING",
);
pub const PRINT_PROVINCE: Text = Text::new("Tỉnh", "Province");
pub const PRINT_YEAR: Text = Text::new("Năm đánh giá", "Year assessed");
pub const PRINT_SET: Text = Text::new("Bộ tiêu chí", "Criteria set");
pub const PRINT_DATE: Text = Text::new("Ngày in", "Printed on");
pub const PRINT_PROVISIONAL: Text = Text::new(
    "Kết quả tự đánh giá — chưa thẩm định (tạm tính).",
    "Self-assessment results — not yet appraised (provisional).",
);
pub const EXPORT_FAILED: Text = Text::new(
    "Không tạo được tệp: {reason}",
    "Could not make the file: {reason}",
);
