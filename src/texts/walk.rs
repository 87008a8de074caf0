//! Texts of the walk-through: pages, answer boxes, not applicable, evidence, explanations.

use par_core::Text;

pub const NAV_LABEL: Text = Text::new("Danh mục tiêu chí", "Criteria");
pub const NAV_TOGGLE: Text = Text::new("Danh mục tiêu chí", "List of criteria");
pub const FIELD: Text = Text::new("Lĩnh vực", "Field");
pub const CRITERION: Text = Text::new("Tiêu chí", "Criterion");
pub const ADJUSTMENTS: Text = Text::new("Điểm thưởng, điểm trừ", "Bonus and penalty points");
pub const BONUS: Text = Text::new("Điểm thưởng", "Bonus");
pub const PENALTY: Text = Text::new("Điểm trừ", "Penalty");
pub const CAP: Text = Text::new("tối đa", "at most");
pub const POINTS_UNIT: Text = Text::new("điểm", "points");
pub const ITEMS_DONE: Text = Text::new("mục xong", "items done");
/// Example in an empty date box (day/month/year).
pub const DATE_PLACEHOLDER: Text = Text::new("vd. 15/09/2025", "e.g. 15/09/2025");
pub const SCORE_LABEL: Text = Text::new("Điểm tự chấm", "Self score");
pub const DEDUCTION_LABEL: Text = Text::new("Điểm trừ tự chấm", "Self-assessed deduction");
pub const PREVIOUS: Text = Text::new("Tiêu chí trước", "Previous criterion");
pub const NEXT: Text = Text::new("Tiêu chí tiếp theo", "Next criterion");
pub const TO_SUMMARY: Text = Text::new("Xem tổng hợp", "See the summary");
pub const PAGE_OF: Text = Text::new("Trang {n}/{total}", "Page {n} of {total}");
pub const PAGER_LABEL: Text = Text::new("Chuyển tiêu chí", "Move between criteria");
pub const HOW_SCORED: Text = Text::new("Cách tính điểm", "How it is scored");
pub const GUIDANCE: Text = Text::new("Hướng dẫn", "Guidance");
pub const STATUS_SCORED: Text = Text::new("Đã chấm", "Scored");
pub const STATUS_UNANSWERED: Text = Text::new("Chưa trả lời", "Not answered");
pub const STATUS_INVALID: Text = Text::new("Chưa hợp lệ", "Invalid");
pub const STATUS_EXCLUDED: Text = Text::new("Không tính điểm", "Not counted");
pub const STATUS_PENDING_SURVEY: Text =
    Text::new("Chờ kết quả điều tra", "Awaiting survey results");
pub const STATUS_PENDING_OFFICE: Text = Text::new(
    "Chờ cơ quan thẩm định chấm",
    "Awaiting the appraising office",
);
pub const PENDING_SURVEY_NOTE: Text = Text::new(
    "Chờ kết quả điều tra. Điểm này do cơ quan thẩm định chấm theo kết quả điều tra xã hội học; đơn vị không nhập.",
    "Awaiting survey results. The appraising office scores this from the sociological survey; the unit enters nothing.",
);
pub const PENDING_OFFICE_NOTE: Text = Text::new(
    "Điểm này do cơ quan thẩm định chấm; đơn vị không nhập.",
    "The appraising office scores this item; the unit enters nothing.",
);
pub const ANSWER_LEGEND: Text = Text::new("Kết quả", "Answer");
pub const YES: Text = Text::new("Có", "Yes");
pub const NO: Text = Text::new("Không", "No");
pub const PERCENT_LABEL: Text = Text::new("Tỷ lệ đạt được (%)", "Rate achieved (%)");
pub const COUNT_LABEL: Text = Text::new("Số", "Number of");
pub const PARTS_LEGEND: Text = Text::new("Các nội dung đã thực hiện", "Parts carried out");
pub const RATE: Text = Text::new("Tỷ lệ", "Rate");
pub const RATIO_NEEDS_BOTH: Text = Text::new(
    "Hãy nhập cả hai số để tính tỷ lệ.",
    "Enter both numbers to compute the rate.",
);
pub const NUMERATOR_PREFIX: Text = Text::new("Tử số", "Numerator");
pub const DENOMINATOR_PREFIX: Text = Text::new("Mẫu số", "Denominator");
pub const CLEAR_ANSWER: Text = Text::new("Xóa câu trả lời", "Clear the answer");
pub const NOT_APPLICABLE: Text = Text::new(
    "Không áp dụng (không phát sinh trong năm)",
    "Not applicable (nothing happened this year)",
);
/// Not applicable on an item that then gets its full points.
pub const NOT_APPLICABLE_FULL: Text = Text::new(
    "Đã chọn “Không áp dụng”: tiêu chí được tính đủ điểm tối đa, câu trả lời bên trên không được tính; cần giải trình.",
    "Marked not applicable: the item gets its full points and the answer above is not counted; an explanation is needed.",
);
/// Not applicable on an item that then leaves the maximum.
pub const NOT_APPLICABLE_EXCLUDED: Text = Text::new(
    "Đã chọn “Không áp dụng”: tiêu chí không tính vào điểm tối đa, câu trả lời bên trên không được tính; cần giải trình.",
    "Marked not applicable: the item leaves the maximum and the answer above is not counted; an explanation is needed.",
);
pub const EVIDENCE_LEGEND: Text = Text::new("Tài liệu kiểm chứng", "Evidence documents");
pub const EVIDENCE_NEEDED: Text = Text::new("Cần có", "Needed");
pub const EVIDENCE_REQUIRED: Text = Text::new("bắt buộc", "required");
pub const EVIDENCE_OPTIONAL: Text = Text::new("không bắt buộc", "optional");
pub const EVIDENCE_NONE: Text = Text::new("Chưa có tài liệu nào.", "No document yet.");
pub const EVIDENCE_ROW: Text = Text::new("Tài liệu", "Document");
pub const EVIDENCE_NUMBER: Text = Text::new("Số, ký hiệu văn bản", "Document number");
pub const EVIDENCE_DATE: Text = Text::new(
    "Ngày ban hành (ngày/tháng/năm)",
    "Date issued (day/month/year)",
);
pub const EVIDENCE_ISSUER: Text = Text::new("Cơ quan ban hành", "Issued by");
pub const EVIDENCE_LOCATION: Text = Text::new(
    "Trang hoặc mục chứng minh",
    "Page or section that proves it",
);
pub const EVIDENCE_NOTE: Text = Text::new("Ghi chú", "Note");
pub const EVIDENCE_ADD: Text = Text::new("Thêm tài liệu kiểm chứng", "Add an evidence document");
pub const EVIDENCE_REMOVE: Text = Text::new("Xóa tài liệu", "Remove document");
pub const EVIDENCE_REMOVE_CONFIRM: Text = Text::new(
    "Xóa tài liệu {n}? Số, ngày, cơ quan ban hành, ghi chú và tệp đã chọn của tài liệu này sẽ mất.",
    "Remove document {n}? Its number, date, issuer, note and the file picked will be lost.",
);
pub const EVIDENCE_REMOVE_YES: Text = Text::new("Xóa tài liệu này", "Remove this document");
pub const EVIDENCE_KEEP: Text = Text::new("Giữ lại", "Keep it");
pub const EXPLANATION: Text = Text::new("Giải trình", "Explanation");
pub const EXPLANATION_REQUIRED: Text = Text::new("(bắt buộc)", "(required)");

/// “Không áp dụng” for a whole criterion (criteria-set format 2).
pub const GROUP_CLAIM_CRITERION: Text = Text::new(
    "Không áp dụng cho cả tiêu chí {code}",
    "Not applicable: the whole criterion {code}",
);
pub const GROUP_CLAIM_FIELD: Text = Text::new(
    "Không áp dụng cho cả lĩnh vực {code}",
    "Not applicable: the whole field {code}",
);
pub const GROUP_EXPLANATION: Text = Text::new(
    "Giải trình (bắt buộc, một lần cho cả {what})",
    "Explanation (required, once for the whole {what})",
);
