//! Texts of the score bar and the summary screen.

use par_core::Text;

pub const SCORE_BAR_LABEL: Text = Text::new("Điểm tự đánh giá", "Self-assessment score");
pub const TOTAL: Text = Text::new("Tổng điểm", "Total");
pub const INDEX: Text = Text::new("Chỉ số", "Index");
pub const CLASSIFICATION: Text = Text::new("Xếp loại", "Classification");
pub const NOT_CLASSIFIED: Text = Text::new("chưa xếp loại", "not classified");
pub const PENDING_POINTS: Text = Text::new("Chờ thẩm định", "Awaiting appraisal");
pub const PROVISIONAL: Text = Text::new("tạm tính", "provisional");
pub const PROVISIONAL_HINT: Text = Text::new(
    "Chỉ số và xếp loại là tạm tính: điểm chờ thẩm định (theo điều tra xã hội học hoặc do cơ quan thẩm định chấm) và các mục chưa nhập đang được tính 0 điểm.",
    "The index and classification are provisional: points awaiting appraisal (from the survey or scored by the appraising office) and unanswered items count as 0 for now.",
);
pub const PROGRESS: Text = Text::new("Tiến độ", "Progress");
pub const SUMMARY_HEADING: Text =
    Text::new("Tổng hợp kết quả tự đánh giá", "Self-assessment summary");
pub const SUMMARY_UNIT: Text = Text::new("Đơn vị", "Unit");
pub const CHART_HEADING: Text = Text::new("Điểm theo lĩnh vực", "Points by field");
pub const CHART_PENDING: Text = Text::new("chờ thẩm định", "awaiting appraisal");
/// The summary of a <details> holding what only a technician or the office needs.
pub const TECHNICAL_DETAILS: Text = Text::new("Chi tiết kỹ thuật", "Technical details");
/// Under the chart when a field's items were excluded: what its two maxima are.
pub const CHART_DECLARED_MAX: Text = Text::new(
    "Số trong ngoặc là điểm tối đa của lĩnh vực theo bộ tiêu chí; số đứng trước là điểm tối đa áp dụng, đã trừ các mục không áp dụng.",
    "The figure in brackets is the field's maximum in the set; the one before it is the applicable maximum, without the items that do not apply.",
);
pub const SUM_HEADING: Text = Text::new("Cộng điểm", "How the total adds up");
pub const SUM_FIELDS: Text = Text::new("Cộng điểm các lĩnh vực", "Fields together");
pub const SUM_CAP: Text = Text::new("tối đa", "at most");
pub const SUM_POINTS: Text = Text::new("Điểm", "Points");
pub const SUM_MAX: Text = Text::new("Tối đa áp dụng", "Applicable maximum");
pub const RESULT_HEADING: Text = Text::new("Chỉ số và xếp loại", "Index and classification");
pub const APPLICABLE_MAX: Text = Text::new("Điểm tối đa được tính", "Applicable maximum");
pub const PROBLEMS_HEADING: Text = Text::new(
    "Các mục chưa hoàn thành hoặc chưa hợp lệ",
    "Items incomplete or invalid",
);
pub const PROBLEMS_NONE: Text =
    Text::new("Tất cả các mục đã hoàn thành.", "Every item is complete.");
pub const PROBLEMS_COUNT: Text = Text::new(
    "mục cần xử lý; chọn một mục để đến đúng ô cần nhập.",
    "items need attention; choose one to go to the box to fill.",
);
pub const PROBLEM_UNKNOWN_ITEM: Text =
    Text::new("(không có trong bộ tiêu chí)", "(not in the criteria set)");
