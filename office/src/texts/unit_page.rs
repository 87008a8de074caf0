use par_core::Text;

pub const OPEN: Text = Text::new("Mở trang đơn vị", "Open the unit's page");
pub const BACK: Text = Text::new("← Bảng theo dõi", "← Board");
pub const NO_UNIT: Text = Text::new(
    "Chưa chọn đơn vị: mở trang đơn vị từ Bảng theo dõi hoặc Xếp hạng.",
    "No unit chosen: open a unit's page from the Board or the Ranking.",
);
pub const NOT_FOUND: Text = Text::new(
    "Không còn hồ sơ hợp lệ này trong kho (đang kiểm tra lại, hoặc khóa / bộ tiêu chí đã đổi). Phần thẩm định đã nhập vẫn được giữ.",
    "This valid file is no longer in the store (still being checked, or the keys / sets changed). The appraisal typed so far is kept.",
);
pub const ABOUT: Text = Text::new(
    "Hồ sơ lần {revision} · mã băm {hash} · ký bằng khóa {key} · bộ tiêu chí {set}",
    "Revision {revision} · hash {hash} · signed with key {key} · criteria set {set}",
);
pub const MEASURE: Text = Text::new("Chỉ tiêu", "Measure");
pub const TOTALS: Text = Text::new("Tổng hợp", "Totals");
pub const SELF: Text = Text::new("Tự đánh giá", "Self-assessment");
pub const TYPING_FIRST: Text = Text::new(
    "Thẩm định vòng 1 (đang nhập)",
    "Round 1 appraisal (being typed)",
);
pub const TYPING_FINAL: Text = Text::new("Vòng cuối (đang nhập)", "Final round (being typed)");
pub const DIFFERENCE: Text = Text::new("Chênh lệch", "Difference");
pub const SIGNED_FIRST: Text = Text::new("Vòng 1 đã ký", "Round 1 signed");
pub const SIGNED_FINAL: Text = Text::new("Kết quả cuối cùng đã ký", "Final result signed");
pub const TOTAL: Text = Text::new("Tổng điểm", "Total");
pub const APPLICABLE: Text = Text::new("Điểm tối đa áp dụng", "Applicable maximum");
pub const INDEX: Text = Text::new("Chỉ số", "Index");
pub const CLASS: Text = Text::new("Xếp loại", "Classification");
pub const FIELDS: Text = Text::new("Theo lĩnh vực", "By field");
pub const FIELD: Text = Text::new("Lĩnh vực", "Field");
pub const MAX_CHANGE: Text = Text::new("tối đa {diff}", "maximum {diff}");
pub const OF_MAX: Text = Text::new("{points} / {max}", "{points} / {max}");
pub const ROUND: Text = Text::new("Vòng đang nhập", "Round being typed");
pub const ROUND_FIRST: Text = Text::new("Vòng 1", "Round 1");
pub const ROUND_FINAL: Text = Text::new(
    "Vòng cuối (sau giải trình)",
    "Final round (after explanations)",
);
pub const FINAL_NEEDS_APPRAISAL: Text = Text::new(
    "Vòng cuối mở sau khi ký kết quả thẩm định vòng 1.",
    "The final round opens once the round-1 appraisal is signed.",
);
pub const ITEMS: Text = Text::new("Từng tiêu chí", "Every item");
pub const ITEM: Text = Text::new("Tiêu chí", "Item");
pub const MAX: Text = Text::new("Tối đa", "Max");
pub const DECLARED: Text = Text::new("Đơn vị khai", "The unit declared");
pub const SELF_SCORE: Text = Text::new("Tự chấm", "Self score");
pub const APPRAISED: Text = Text::new("Điểm thẩm định", "Appraised score");
pub const REMARK_REQUEST: Text = Text::new(
    "Nhận xét, yêu cầu giải trình",
    "Remark, request for explanation",
);
pub const APPRAISED_INPUT: Text = Text::new(
    "Điểm thẩm định tiêu chí {code}",
    "Appraised score of item {code}",
);
pub const APPRAISED_HINT: Text = Text::new(
    "Để trống: công nhận điểm tự chấm.",
    "Empty: the self score is accepted.",
);
pub const OFFICE_HINT: Text = Text::new(
    "Điểm do cơ quan thẩm định chấm (điều tra, khảo sát).",
    "Points set by the office (survey, appraisal).",
);
pub const REMARK: Text = Text::new("Nhận xét", "Remark");
pub const REQUEST: Text = Text::new("Yêu cầu giải trình", "Request an explanation");
pub const CLAIMED: Text = Text::new("Đơn vị khai: không áp dụng", "Claimed not applicable");
pub const REJECT: Text = Text::new(
    "Không chấp nhận “không áp dụng”",
    "Reject the not-applicable claim",
);
pub const GROUP_CLAIMS: Text = Text::new(
    "Tiêu chí, lĩnh vực đơn vị khai không áp dụng",
    "Criteria and fields the unit claims do not apply",
);
pub const EVIDENCE: Text = Text::new("Tài liệu kiểm chứng", "Evidence");
pub const EXPLANATION: Text = Text::new("Giải trình", "Explanation");
pub const ANSWER: Text = Text::new("Đơn vị giải trình", "The unit's explanation");
pub const PENDING: Text = Text::new("chờ cơ quan", "awaits the office");
pub const EXCLUDED: Text = Text::new("không áp dụng", "not applicable");
pub const UNANSWERED: Text = Text::new("chưa trả lời", "unanswered");
pub const INVALID: Text = Text::new("không hợp lệ", "invalid");
pub const PROBLEMS: Text = Text::new(
    "Chưa ký được: hãy sửa những ô sau (các ô này chưa được tính vào tổng):",
    "Cannot sign yet: correct these boxes (not counted in the totals):",
);
pub const NOT_SAVED: Text = Text::new(
    "Chưa lưu được phần vừa nhập: {reason}",
    "What was just typed is not stored: {reason}",
);
pub const SIGN_HEADING: Text = Text::new(
    "Ký và gửi kết quả thẩm định vòng 1",
    "Sign and send the round-1 appraisal",
);
pub const DEADLINE: Text = Text::new(
    "Hạn giải trình (dd/mm/yyyy, đến 17:00)",
    "Deadline for explanations (dd/mm/yyyy, until 17:00)",
);
pub const SIGN: Text = Text::new(
    "Ký và tải kết quả thẩm định",
    "Sign and download the appraisal",
);
pub const SIGNED: Text = Text::new(
    "Đã ký và tải {file} (mã băm {hash}). Gửi tệp này cho đơn vị.",
    "Signed and downloaded {file} (hash {hash}). Send this file to the unit.",
);
pub const NEEDS_KEY: Text = Text::new(
    "Cần mở khóa của cơ quan để ký.",
    "The office key must be unlocked to sign.",
);
pub const NO_OFFICE_KEY: Text = Text::new(
    "Cơ quan chưa có khóa: tạo hoặc khôi phục ở màn hình “Khóa của cơ quan”.",
    "The office has no key: create or restore it on the “Office key” screen.",
);
pub const FILES_SIGNED: Text = Text::new("Các tệp đã ký", "Files signed");
pub const DOWNLOAD: Text = Text::new("Tải lại", "Download again");
pub const EXPLANATIONS: Text = Text::new("Giải trình của đơn vị", "The unit's explanations");
pub const EXPLANATION_FILE: Text =
    Text::new("Tệp giải trình (GT-….json)", "Explanation file (GT-….json)");
pub const EXPLANATION_KEPT: Text = Text::new(
    "{file}: hợp lệ, đã lưu; câu trả lời hiện bên từng yêu cầu.",
    "{file}: valid, stored; the answers are shown beside each request.",
);
pub const EXPLANATION_AGAIN: Text = Text::new(
    "{file}: đã nhận tệp này trước đó.",
    "{file}: this file was received before.",
);
pub const EXPLANATION_REFUSED: Text = Text::new(
    "{file}: không nhận — {reason}",
    "{file}: refused — {reason}",
);
pub const NONE_RECEIVED: Text =
    Text::new("Chưa nhận giải trình nào.", "No explanation received yet.");
pub const FINAL_HEADING: Text = Text::new("Kết quả cuối cùng", "Final result");
pub const FINAL_INTRO: Text = Text::new(
    "Vòng cuối bắt đầu từ điểm thẩm định vòng 1; sửa điểm sau khi xem giải trình, rồi ký kết quả cuối cùng.",
    "The final round starts from the round-1 appraised scores; change them after reading the explanations, then sign the final result.",
);
pub const SIGN_FINAL: Text = Text::new(
    "Ký và tải kết quả cuối cùng",
    "Sign and download the final result",
);
pub const FINAL_SIGNED: Text = Text::new(
    "Đã ký và tải {file} (mã băm {hash}). Gửi tệp này cho đơn vị: năm đánh giá khép lại.",
    "Signed and downloaded {file} (hash {hash}). Send it to the unit: the year is closed.",
);
pub const TRAIL: Text = Text::new("Quá trình", "Trail");
pub const STEP_SUBMISSION: Text = Text::new("Hồ sơ tự đánh giá lần {n}", "Submission revision {n}");
pub const STEP_APPRAISAL: Text = Text::new("Kết quả thẩm định vòng {n}", "Appraisal round {n}");
pub const STEP_EXPLANATION: Text = Text::new("Giải trình", "Explanation");
pub const STEP_FINAL: Text = Text::new("Kết quả cuối cùng", "Final result");
pub const STEP_SCORES: Text = Text::new(
    "tổng {total} điểm, chỉ số {index}",
    "total {total}, index {index}",
);
pub const STEP_CHANGED: Text = Text::new("Thay đổi: {items}", "Changed: {items}");
pub const STEP_REQUESTS: Text = Text::new("Yêu cầu giải trình: {items}", "Requests: {items}");
pub const STEP_ANSWERS: Text = Text::new("Trả lời: {items}", "Answered: {items}");
pub const UNLINKED: Text = Text::new(
    "Tệp không nối được vào quá trình: {hashes}",
    "Files not linked into the trail: {hashes}",
);
// what the unit sent
pub const SENT: Text = Text::new("Các tệp đơn vị đã gửi", "Files the unit sent");
pub const SENT_FILE: Text = Text::new("Tệp", "File");
pub const SENT_REVISION: Text = Text::new("Lần nộp", "Revision");
pub const SENT_RECEIVED: Text = Text::new("Nhận lúc", "Received");
pub const SENT_STATE: Text = Text::new("Tình trạng", "Status");
pub const SENT_APPRAISED: Text = Text::new("Đang thẩm định (trang này)", "Appraised (this page)");
pub const SENT_OTHER: Text = Text::new(
    "Hợp lệ — lần nộp khác, giữ trong lịch sử",
    "Valid — another revision, kept in the history",
);
pub const SENT_REFUSED: Text = Text::new("Không nhận: {reason}", "Refused: {reason}");
