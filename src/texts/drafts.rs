//! Texts of drafts, autosave, backups, storage and offline use.

use par_core::Text;

pub const STATUS_NOTHING: Text = Text::new("Chưa có gì để lưu", "Nothing to save yet");
pub const STATUS_PENDING: Text = Text::new("Đang lưu…", "Saving…");
pub const STATUS_SAVED: Text = Text::new("Đã lưu lúc {time}", "Saved at {time}");
pub const STATUS_FULL: Text = Text::new("Chưa lưu được: bộ nhớ đầy", "Not saved: storage full");
pub const STATUS_FAILED: Text = Text::new("Chưa lưu được", "Not saved");
pub const STATUS_STALE: Text = Text::new(
    "Không ghi: có bản mới hơn",
    "Not saved: a newer copy exists",
);
pub const STATUS_READ_ONLY: Text = Text::new("Chỉ xem", "Read-only");
pub const FULL_MESSAGE: Text = Text::new(
    "Bộ nhớ của trình duyệt đã đầy nên bản nháp chưa được lưu. Dữ liệu bạn nhập vẫn còn trên trang này; đừng đóng thẻ. Hãy tải bản sao lưu về máy, rồi xóa các bản nháp cũ không dùng nữa. Ứng dụng sẽ tự lưu lại ở lần nhập tiếp theo.",
    "The browser's storage is full, so the draft was not saved. What you typed is still on this page; do not close the tab. Download a backup, then delete old drafts you no longer need. The app tries again on your next change.",
);
pub const READ_ONLY_MESSAGE: Text = Text::new(
    "Bản nháp này đang được sửa ở một thẻ khác. Thẻ này chỉ để xem, để hai thẻ không ghi đè lên nhau.",
    "This draft is being edited in another tab. This tab is read-only so the two cannot overwrite each other.",
);
pub const STALE_MESSAGE: Text = Text::new(
    "Bản nháp đã được lưu ở thẻ khác sau khi thẻ này mở nó; thẻ này không ghi đè lên bản mới hơn.",
    "The draft was saved in another tab after this one opened it; this tab does not overwrite the newer copy.",
);
pub const TAKE_OVER: Text = Text::new(
    "Sửa ở thẻ này (tải bản mới nhất)",
    "Edit in this tab (load the newest copy)",
);
pub const RETRY_SAVE: Text = Text::new("Thử lưu lại", "Try saving again");
pub const DOWNLOAD_BACKUP: Text = Text::new("Tải bản sao lưu", "Download a backup");
pub const DOWNLOAD_ALL: Text = Text::new(
    "Tải bản sao lưu tất cả bản nháp",
    "Download a backup of all drafts",
);
pub const QUARANTINE_MESSAGE: Text = Text::new(
    "Một bản nháp lưu trong trình duyệt bị hỏng và không mở được ({reason}). Nó đã được chuyển sang chỗ riêng, không bị xóa. Hãy tải bản gốc về máy và gửi cho bộ phận hỗ trợ nếu cần khôi phục.",
    "A draft stored in the browser is damaged and cannot be opened ({reason}). It was moved aside, not deleted. Download the raw record and send it to support if it needs recovering.",
);
pub const QUARANTINE_EARLIER: Text =
    Text::new("được phát hiện ở lần mở trước", "found on an earlier visit");
pub const QUARANTINE_DOWNLOAD: Text =
    Text::new("Tải bản gốc bị hỏng", "Download the damaged record");
pub const QUARANTINE_DELETE: Text = Text::new("Xóa bản hỏng", "Delete the damaged record");
pub const DISMISS: Text = Text::new("Đóng thông báo", "Dismiss");
pub const UPDATE_MESSAGE: Text = Text::new(
    "Đã có phiên bản mới của ứng dụng. Bản nháp đã được lưu; tải lại trang để dùng phiên bản mới.",
    "A new version of the app is ready. Your draft is saved; reload the page to use it.",
);
pub const UPDATE_RELOAD: Text = Text::new("Tải lại trang", "Reload");
pub const DRAFTS_HEADING: Text = Text::new("Bản nháp", "Drafts");
pub const DRAFTS_INTRO: Text = Text::new(
    "Mỗi đơn vị, năm và phiên bản bộ tiêu chí có một bản nháp. Mọi thay đổi được tự động lưu trong trình duyệt này.",
    "One draft per unit, year and criteria-set version. Every change is saved automatically in this browser.",
);
pub const DRAFTS_NONE: Text = Text::new("Chưa có bản nháp nào.", "No drafts yet.");
pub const NEW_DRAFT: Text = Text::new("Bản nháp mới", "New draft");
pub const COL_NAME: Text = Text::new("Tên", "Name");
pub const COL_UNIT: Text = Text::new("Đơn vị", "Unit");
pub const COL_YEAR: Text = Text::new("Năm", "Year");
pub const COL_SET: Text = Text::new("Bộ tiêu chí", "Criteria set");
pub const COL_PROGRESS: Text = Text::new("Tiến độ", "Progress");
pub const COL_SAVED: Text = Text::new("Lưu lần cuối", "Last saved");
pub const COL_ACTIONS: Text = Text::new("Thao tác", "Actions");
pub const PROGRESS_LINE: Text = Text::new("{done}/{all} mục", "{done}/{all} items");
pub const SET_MISSING: Text = Text::new("(chưa có bộ tiêu chí)", "(criteria set missing)");
pub const OPEN: Text = Text::new("Mở", "Open");
pub const OPEN_CURRENT: Text = Text::new("Đang mở", "Open (current)");
pub const RENAME: Text = Text::new("Đổi tên", "Rename");
pub const RENAME_LABEL: Text = Text::new("Tên mới", "New name");
pub const SAVE_NAME: Text = Text::new("Lưu tên", "Save name");
pub const CANCEL: Text = Text::new("Hủy", "Cancel");
pub const DUPLICATE: Text = Text::new("Nhân bản", "Duplicate");
pub const DUPLICATE_NOTE: Text = Text::new(
    "cùng đơn vị, năm và bộ tiêu chí với một bản nháp khác: hãy đổi tên để phân biệt và chỉ xuất tệp nộp từ một bản",
    "same unit, year and criteria set as another draft: rename one to tell them apart, and export the submission from one only",
);
pub const COPY_SUFFIX: Text = Text::new("(bản sao)", "(copy)");
pub const DOWNLOAD_ONE: Text = Text::new("Tải về", "Download");
pub const DELETE: Text = Text::new("Xóa", "Delete");
pub const DELETE_CONFIRM: Text = Text::new(
    "Xóa hẳn bản nháp “{name}”? Không thể hoàn tác; nên tải bản sao lưu trước.",
    "Delete the draft “{name}” for good? This cannot be undone; download a backup first.",
);
pub const DELETE_YES: Text = Text::new("Xóa hẳn", "Delete for good");
pub const RESTORE_LABEL: Text = Text::new(
    "Khôi phục từ tệp sao lưu (.json)",
    "Restore from a backup file (.json)",
);
pub const RESTORE_DONE: Text = Text::new(
    "Đã khôi phục: {added} bản nháp mới, {replaced} bản thay bản cũ hơn, {unchanged} bản không đổi.",
    "Restored: {added} new drafts, {replaced} replacing older copies, {unchanged} unchanged.",
);
pub const RESTORE_ERROR: Text = Text::new(
    "Không khôi phục được tệp này: {error}",
    "This file cannot be restored: {error}",
);
pub const RESTORE_FAILED: Text = Text::new(
    "Không ghi được (bộ nhớ đầy): {names}",
    "Could not be written (storage full): {names}",
);
pub const RESTORE_SETS: Text = Text::new(
    "Kèm theo {count} bộ tiêu chí đã nhập từ tệp.",
    "Imported criteria sets restored with them: {count}.",
);
pub const RESTORE_NEWER: Text = Text::new(
    "Bản nháp “{name}” trong trình duyệt mới hơn bản trong tệp (lưu lúc {here}; bản trong tệp lưu lúc {file}). Thay bằng bản trong tệp?",
    "The draft “{name}” in this browser is newer than the one in the file (saved {here}; the file's copy was saved {file}). Replace it with the file's copy?",
);
pub const RESTORE_REPLACE: Text =
    Text::new("Thay bằng bản trong tệp", "Replace with the file's copy");
pub const RESTORE_KEEP: Text = Text::new("Giữ bản trong trình duyệt", "Keep the browser's copy");
pub const STORAGE_HEADING: Text = Text::new("Bộ nhớ trình duyệt", "Browser storage");
pub const PERSIST_GRANTED: Text = Text::new(
    "Trình duyệt đã cho phép lưu bền vững: dữ liệu không bị tự động xóa khi máy thiếu chỗ.",
    "Persistent storage granted: the browser will not evict this data when space runs low.",
);
pub const PERSIST_DENIED: Text = Text::new(
    "Trình duyệt chưa cho phép lưu bền vững: dữ liệu có thể bị xóa khi máy thiếu chỗ. Hãy thường xuyên tải bản sao lưu.",
    "Persistent storage not granted: the browser may evict this data when space runs low. Download backups regularly.",
);
pub const PERSIST_UNKNOWN: Text = Text::new(
    "Trình duyệt không cho biết chế độ lưu bền vững. Hãy thường xuyên tải bản sao lưu.",
    "The browser does not report persistent storage. Download backups regularly.",
);
pub const USAGE_LINE: Text = Text::new(
    "Bản nháp và bộ tiêu chí chiếm khoảng {used} KB (giới hạn của trình duyệt thường khoảng 5 MB).",
    "Drafts and criteria sets use about {used} KB (browsers usually allow about 5 MB).",
);
pub const ESTIMATE_LINE: Text = Text::new(
    "Toàn bộ dữ liệu của trang: {used} / {quota} MB.",
    "All site data: {used} / {quota} MB.",
);
pub const CHANGES_HEADING: Text = Text::new(
    "Bộ tiêu chí đã đổi phiên bản: các thay đổi cần xem lại",
    "The criteria set changed version: changes to review",
);
pub const CHANGES_INTRO: Text = Text::new(
    "Kết quả đã được chuyển sang phiên bản {version} theo mã tiêu chí. Không có gì bị xóa: giá trị không còn phù hợp được giữ lại bên dưới để tham khảo.",
    "Answers were carried to version {version} by item code. Nothing was deleted: values that no longer fit are kept below for reference.",
);
pub const CHANGES_OLD_VALUE: Text = Text::new("Kết quả cũ", "Old answer");
pub const CHANGES_DONE: Text = Text::new("Đã xem xong các thay đổi", "I have reviewed the changes");
pub const REMINDER_FIELD: Text = Text::new(
    "Bạn vừa hoàn thành một lĩnh vực. Nên tải bản sao lưu về máy để giữ một bản ngoài trình duyệt.",
    "You have just completed a field. Download a backup to keep a copy outside the browser.",
);
pub const REMINDER_EXPORT: Text = Text::new(
    "Đã xuất tệp nộp. Hãy tải bản sao lưu bản nháp về máy để giữ cả lịch sử các lần xuất.",
    "Submission exported. Download a backup of the draft to keep its export history too.",
);
pub const SET_MISSING_NOTICE: Text = Text::new(
    "Không tìm thấy bộ tiêu chí “{id}” phiên bản {version} của bản nháp “{name}”. Hãy nạp tệp bộ tiêu chí đó ở mục “Bộ tiêu chí”, rồi mở lại bản nháp.",
    "The criteria set “{id}” version {version} of the draft “{name}” is not in this browser. Load that criteria-set file under “Criteria set”, then open the draft again.",
);
pub const SET_STORE_FAILED: Text = Text::new(
    "Không lưu được bộ tiêu chí vào trình duyệt (bộ nhớ đầy). Bộ tiêu chí vẫn dùng được lúc này, nhưng lần sau phải nạp lại tệp. Hãy tải bản sao lưu và xóa bản nháp cũ để có chỗ.",
    "The criteria set could not be kept in the browser (storage full). It works for now, but its file must be loaded again next time. Download a backup and delete old drafts to make room.",
);
pub const REMINDER_DISMISS: Text = Text::new("Để sau", "Later");
