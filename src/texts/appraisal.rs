//! Texts of the appraisal screen: receiving the office's appraisal, comparing scores, answering
//! requests for explanation, the final result and the trail.

use par_core::Text;

pub const TAB: Text = Text::new("Thẩm định", "Appraisal");
// the round's own page (round/)
pub const PAGE_TITLE: Text = Text::new(
    "Thẩm định Chỉ số CCHC — trang của đơn vị",
    "PAR Index appraisal — the unit's page",
);
pub const BACK: Text = Text::new("← Về bản tự đánh giá", "← Back to the self-assessment");
pub const NO_DRAFT: Text = Text::new(
    "Chưa mở bản tự đánh giá nào trên trang này. Hãy mở bản tự đánh giá của đơn vị (nút “Về bản tự đánh giá”), rồi bấm “Thẩm định”.",
    "No self-assessment is open on this page. Open the unit's self-assessment (“Back to the self-assessment”), then press “Appraisal”.",
);
pub const HEADING: Text = Text::new(
    "Kết quả thẩm định và giải trình",
    "Appraisal and explanation",
);
pub const INTRO: Text = Text::new(
    "Nhận tệp kết quả thẩm định do cơ quan thẩm định gửi, xem điểm thẩm định bên cạnh điểm tự chấm, trả lời các yêu cầu giải trình và gửi lại tệp giải trình có ký số.",
    "Receive the appraisal file from the appraising office, see the appraised scores beside the self scores, answer the requests for explanation and send back the signed explanation file.",
);
// receiving
pub const IMPORT_HEADING: Text = Text::new("1. Nhận kết quả thẩm định", "1. Receive the appraisal");
pub const IMPORT_LABEL: Text = Text::new(
    "Tệp kết quả thẩm định (TD-….json)",
    "Appraisal file (TD-….json)",
);
pub const IMPORT_DONE: Text = Text::new(
    "Đã nhận kết quả thẩm định: chữ ký của cơ quan thẩm định đúng, tệp dành cho hồ sơ của đơn vị, điểm tính lại khớp.",
    "Appraisal received: the appraising office's signature is correct, the file is for the unit's submission, the recomputed scores match.",
);
pub const REFUSED: Text = Text::new("Không nhận tệp này", "This file is refused");
pub const NEED_SUBMISSION: Text = Text::new(
    "Trình duyệt này không giữ tệp hồ sơ mà kết quả thẩm định nói đến (mã băm {hash}). Hãy chọn tệp hồ sơ đã nộp (CCHC-….json) để đối chiếu.",
    "This browser does not keep the submission the appraisal is about (hash {hash}). Pick the submitted file (CCHC-….json) to check against.",
);
pub const SUBMISSION_LABEL: Text = Text::new(
    "Tệp hồ sơ đã nộp (CCHC-….json)",
    "Submitted file (CCHC-….json)",
);
pub const KEY_UNCONFIRMED: Text = Text::new(
    "Chữ ký đúng, nhưng đây là lần đầu ứng dụng thấy khóa của cơ quan thẩm định và bộ tiêu chí không ghi khóa nào. Hãy đối chiếu mã khóa dưới đây với văn bản chính thức của cơ quan thẩm định (công văn, thông báo) trước khi xác nhận.",
    "The signature is correct, but this is the first time the app sees the appraising office's key and the criteria set names none. Compare the key id below with the office's official notice before confirming.",
);
pub const KEY_ID: Text = Text::new(
    "Mã khóa của cơ quan thẩm định",
    "The appraising office's key id",
);
pub const KEY_CONFIRM: Text = Text::new(
    "Mã khóa trùng với văn bản chính thức, xác nhận",
    "The key id matches the official notice, confirm",
);
pub const KEY_NOT_SAVED: Text = Text::new(
    "Không lưu được khóa đã xác nhận",
    "The confirmed key could not be saved",
);
pub const CANCEL: Text = Text::new("Hủy", "Cancel");
pub const CHECKING: Text = Text::new("Đang kiểm tra tệp…", "Checking the file…");
pub const UNREADABLE: Text = Text::new("Không đọc được tệp", "The file could not be read");
// comparison
pub const COMPARE_HEADING: Text = Text::new(
    "2. Điểm tự chấm và điểm thẩm định",
    "2. Self scores and appraised scores",
);
pub const APPRAISED_BY: Text = Text::new(
    "Thẩm định bởi {appraiser}, lúc {time}, {round}.",
    "Appraised by {appraiser} at {time}, {round}.",
);
pub const ROUND_FIRST: Text = Text::new("vòng 1", "round 1");
pub const ROUND_FINAL: Text = Text::new("vòng cuối", "final round");
pub const COL_WHAT: Text = Text::new("Chỉ tiêu", "Measure");
pub const COL_SELF: Text = Text::new("Tự chấm", "Self");
pub const COL_APPRAISED: Text = Text::new("Thẩm định", "Appraised");
pub const COL_FINAL: Text = Text::new("Cuối cùng", "Final");
pub const COL_ITEM: Text = Text::new("Tiêu chí", "Item");
pub const COL_MAX: Text = Text::new("Tối đa", "Max");
pub const COL_REMARK: Text = Text::new("Nhận xét", "Remark");
pub const TOTAL: Text = Text::new("Tổng điểm", "Total");
pub const INDEX: Text = Text::new("Chỉ số", "Index");
pub const CLASSIFICATION: Text = Text::new("Xếp loại", "Classification");
pub const LOWERED: Text = Text::new("bị hạ điểm", "lowered");
pub const LOWERED_COUNT: Text = Text::new(
    "{n} tiêu chí bị hạ điểm (xếp đầu bảng), {m} tiêu chí có thay đổi.",
    "{n} items lowered (listed first), {m} items changed.",
);
pub const NOT_COUNTED: Text = Text::new("không tính", "not counted");
pub const SHOW_UNCHANGED: Text =
    Text::new("Các tiêu chí giữ nguyên điểm", "Items whose score stands");
// requests
pub const REQUESTS_HEADING: Text = Text::new(
    "3. Trả lời yêu cầu giải trình",
    "3. Answer the requests for explanation",
);
pub const NO_REQUESTS: Text = Text::new(
    "Cơ quan thẩm định không yêu cầu giải trình.",
    "The appraising office requests no explanation.",
);
pub const DEADLINE: Text = Text::new("Hạn giải trình: {time}", "Explanation deadline: {time}");
pub const REQUEST: Text = Text::new("Yêu cầu", "Request");
pub const ANSWER: Text = Text::new("Nội dung giải trình", "Explanation");
pub const EVIDENCE_LEGEND: Text =
    Text::new("Tài liệu kiểm chứng bổ sung", "Extra evidence documents");
pub const EVIDENCE_ADD: Text = Text::new("Thêm tài liệu", "Add a document");
pub const EVIDENCE_REMOVE: Text = Text::new("Bỏ tài liệu", "Remove document");
pub const EXPORT: Text = Text::new(
    "Ký và tải tệp giải trình",
    "Sign and download the explanation file",
);
pub const EXPORT_HINT: Text = Text::new(
    "Tệp giải trình được ký bằng khóa của đơn vị và gắn với kết quả thẩm định này; gửi tệp cho cơ quan thẩm định trước hạn.",
    "The explanation file is signed with the unit's key and linked to this appraisal; send it to the appraising office before the deadline.",
);
pub const OTHER_KEY: Text = Text::new(
    "Chú ý: máy này sẽ ký tệp giải trình bằng khóa {new}, khác với khóa đã ký hồ sơ ({old}). Cơ quan thẩm định chỉ nhận tệp giải trình nếu khóa này đã được đăng ký cho đơn vị: hãy khôi phục khóa đã ký hồ sơ từ tệp sao lưu, hoặc gửi kèm tệp đăng ký khóa mới (bước “Xuất tệp và ký”).",
    "Note: this computer will sign the explanation with key {new}, not the key that signed the submission ({old}). The appraising office accepts the explanation only if this key is registered for the unit: restore the key that signed the submission from its backup, or send the new key's registration file with it (step “Export and sign”).",
);
pub const EXPORT_DONE: Text = Text::new("Đã tải tệp giải trình", "Explanation file downloaded");
pub const EXPORT_ERROR: Text = Text::new(
    "Chưa tải được tệp giải trình",
    "The explanation file could not be made",
);
pub const NO_KEY: Text = Text::new(
    "máy này không có khóa ký số của đơn vị; hãy khôi phục khóa đã ký hồ sơ từ tệp sao lưu (bước “Xuất tệp và ký”)",
    "this computer has no signing key of the unit; restore the key that signed the submission from its backup (step “Export and sign”)",
);
pub const NO_APPRAISAL: Text = Text::new(
    "chưa có kết quả thẩm định để giải trình",
    "there is no appraisal to answer yet",
);
pub const SENT: Text = Text::new(
    "Đã gửi {n} tệp giải trình; lần gần nhất lúc {time}.",
    "{n} explanation files sent; the latest at {time}.",
);
pub const CLOSED_READ_ONLY: Text = Text::new(
    "Đã có kết quả cuối cùng: các câu trả lời chỉ còn để xem.",
    "The final result is in: the answers can only be read now.",
);
// final result
pub const FINAL_HEADING: Text = Text::new("4. Kết quả cuối cùng", "4. Final result");
pub const FINAL_LABEL: Text = Text::new(
    "Tệp kết quả cuối cùng (KQ-….json)",
    "Final result file (KQ-….json)",
);
pub const FINAL_DONE: Text = Text::new(
    "Đã nhận kết quả cuối cùng: chữ ký đúng, điểm tính lại khớp. Năm đánh giá đã khép lại.",
    "Final result received: the signature is correct, the recomputed scores match. The year is closed.",
);
pub const CLOSED: Text = Text::new("Đã có kết quả cuối cùng", "Final result received");
pub const CLOSED_DETAIL: Text = Text::new(
    "Tổng điểm {total}, chỉ số {index}, xếp loại {class}.",
    "Total {total}, index {index}, classification {class}.",
);
pub const FINAL_WAIT: Text = Text::new(
    "Cơ quan thẩm định gửi kết quả cuối cùng sau khi xem giải trình.",
    "The appraising office sends the final result after reading the explanations.",
);
// trail
pub const TRAIL_HEADING: Text = Text::new("5. Quá trình", "5. History");
pub const TRAIL_CHANGED: Text = Text::new("thay đổi: {items}", "changed: {items}");
pub const TRAIL_NO_CHANGE: Text = Text::new("không thay đổi điểm", "no score changed");
pub const TRAIL_ANSWERED: Text = Text::new("trả lời: {items}", "answered: {items}");
pub const TRAIL_REQUESTED: Text = Text::new(
    "yêu cầu giải trình: {items}",
    "explanation requested: {items}",
);
pub const TRAIL_UNLINKED: Text = Text::new(
    "Tệp không nối được vào quá trình (thiếu tệp trước nó): {hashes}",
    "Files that do not link to the history (a file before them is missing): {hashes}",
);
pub const REVISION: Text = Text::new("lần {n}", "revision {n}");
