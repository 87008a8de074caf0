//! Every text `par` prints, both languages side by side (`par_core::Text`), grouped by command.
//! `{name}` marks a value filled in when printing; values from files are escaped first
//! (`par_core::one_line`). Messages that stop a command (`error.rs`) are Vietnamese only, as the
//! README says; the domain's own messages (outcomes, problems, rules) come from par-core.

use par_core::Text;

pub mod verify {
    use super::Text;

    pub const VALID: Text = Text::new("hợp lệ — {details}", "valid — {details}");
    pub const SENDER_UNVERIFIED: Text = Text::new(
        "chữ ký khớp với khóa trong tệp, điểm tính lại khớp — CHƯA xác minh người gửi (thêm \
         --keys SỔ-KHÓA.json){details}",
        "signature matches the key in the file, recomputed scores match — sender NOT verified \
         (add --keys KEYRING.json){details}",
    );
    pub const DETAILS: Text = Text::new(
        "{name} ({code}), năm {year}, lần {revision}, khóa {key}{hash}, tổng {total} điểm, chỉ \
         số {index}%",
        "{name} ({code}), year {year}, revision {revision}, key {key}{hash}, total {total}, \
         index {index}%",
    );
    pub const HASH: Text = Text::new(", mã băm {hash}…", ", hash {hash}…");
    pub const WARNINGS: Text = Text::new(" — lưu ý: {warnings}", " — note: {warnings}");
    pub const NO_KEYRING_NOTE: Text = Text::new(
        "Lưu ý: chưa đối chiếu với khóa đã đăng ký của đơn vị, nên chưa biết tệp có đúng do đơn \
         vị gửi hay không (ai cũng có thể tự tạo khóa để ký). Thêm --keys SỔ-KHÓA.json để xác \
         minh người gửi.",
        "Note: not checked against registered unit keys, so the sender is unknown (anyone can \
         create a key and sign). Add --keys KEYRING.json to verify the sender.",
    );
    pub const SUMMARY_WITH_KEYS: Text = Text::new(
        "{total} tệp: {valid} hợp lệ, {failed} không hợp lệ",
        "{total} files: {valid} valid, {failed} failed",
    );
    pub const SUMMARY_WITHOUT_KEYS: Text = Text::new(
        "{total} tệp: {valid} hợp lệ, {unverified} chưa xác minh người gửi, {failed} không hợp lệ",
        "{total} files: {valid} valid, {unverified} sender not verified, {failed} failed",
    );
    pub const PROBLEMS_ACROSS: Text = Text::new(
        "; {count} vấn đề giữa các tệp",
        "; {count} problems across files",
    );
    pub const PROBLEM_ACROSS: Text =
        Text::new("; 1 vấn đề giữa các tệp", "; 1 problem across files");
}

pub mod across {
    use super::Text;

    pub const HEADING: Text = Text::new(
        "Đối chiếu giữa các tệp (không tính các tệp không hợp lệ):",
        "Across files (files that failed are left out):",
    );
    pub const SAME_FILE: Text = Text::new(
        "  Cùng một tệp, chỉ xác minh một lần: {names}",
        "  Same file, verified once: {names}",
    );
    pub const SAME_PATH: Text = Text::new("cùng đường dẫn", "same path");
    pub const SAME_CONTENT: Text = Text::new("nội dung giống hệt", "identical content");
    pub const SAME_SUBMISSION: Text = Text::new(
        "cùng hồ sơ: cùng mã băm, cùng khóa ký",
        "same submission: same hash, same key",
    );
    pub const UNIT: Text = Text::new(
        "  Đơn vị {code} ({name}), năm {year} — {appraise}",
        "  Unit {code} ({name}), year {year} — {appraise}",
    );
    pub const TO_APPRAISE: Text = Text::new(
        "tệp cần thẩm định (mới nhất): lần xuất {revision} (tệp {file})",
        "file to appraise (latest): revision {revision} (file {file})",
    );
    pub const LATEST_UNCLEAR: Text = Text::new(
        "lần xuất mới nhất ({revision}) có nhiều tệp, chưa rõ tệp cần thẩm định",
        "the latest revision ({revision}) has several files; which one to appraise is unclear",
    );
    pub const REVISION_LINE: Text = Text::new(
        "    lần xuất {revision}: tệp {file}",
        "    revision {revision}: file {file}",
    );
    pub const CONFLICT: Text = Text::new(
        "    ✗ đơn vị {code} có {count} tệp lần xuất {revision} khác nhau: {files} — hỏi lại đơn \
         vị tệp nào là bản nộp",
        "    ✗ unit {code} has {count} different revision {revision} files: {files} — ask the \
         unit which one is the submission",
    );
    pub const BROKEN_LINK: Text = Text::new(
        "    ✗ lần xuất {revision} (tệp {file}) ghi thay thế cho một tệp khác với lần xuất \
         {previous} đang có (tệp {files})",
        "    ✗ revision {revision} (file {file}) replaces a file other than the revision \
         {previous} present (file {files})",
    );
    pub const MISSING: Text = Text::new(
        "    lưu ý: thiếu lần xuất {revisions}",
        "    note: revision(s) {revisions} missing",
    );
}

pub mod score {
    use super::Text;

    pub const CODE: Text = Text::new("Mã", "Code");
    pub const TITLE: Text = Text::new("Tiêu chí", "Criterion");
    pub const MAX: Text = Text::new("Tối đa", "Max");
    pub const FIGURES: Text = Text::new("Số liệu", "Figures");
    pub const POINTS: Text = Text::new("Điểm", "Points");
    pub const EXCLUDED: Text = Text::new("KAD", "N/A");
    pub const PENDING: Text = Text::new("chờ", "pending");
    pub const INVALID: Text = Text::new("lỗi", "invalid");
    pub const TOTALS: Text = Text::new(
        "Tổng điểm: {total} / {applicable} (điểm tối đa áp dụng; tối đa {max})",
        "Total: {total} / {applicable} (applicable maximum; maximum {max})",
    );
    pub const INDEX: Text = Text::new("Chỉ số: {index}", "Index: {index}");
    pub const CLASSIFICATION: Text = Text::new("Xếp loại: {class}", "Classification: {class}");
    pub const PROVISIONAL: Text = Text::new(
        "Tạm tính: còn {points} điểm chờ cơ quan thẩm định chấm (điều tra xã hội học…).",
        "Provisional: {points} points await the appraising office (surveys…).",
    );
    pub const TO_COMPLETE: Text = Text::new(
        "Các mục cần hoàn thiện ({count}):",
        "Items to complete ({count}):",
    );
    pub const LEGEND_HEADING: Text = Text::new("Ký hiệu:", "Legend:");
    pub const LEGEND_EXCLUDED: Text = Text::new(
        "  KAD  không áp dụng: tiêu chí không tính vào điểm tối đa (đơn vị khai, cơ quan thẩm \
         định xem xét)",
        "  N/A  not applicable: left out of the maximum (claimed by the unit, reviewed by the \
         appraiser)",
    );
    pub const LEGEND_FULL_POINTS: Text = Text::new(
        "  *    không áp dụng, được đủ điểm (đơn vị khai, cơ quan thẩm định chấp nhận hoặc không)",
        "  *    not applicable, full points (claimed by the unit; the appraiser accepts or \
         rejects it)",
    );
    pub const LEGEND_PENDING: Text = Text::new(
        "  chờ  cơ quan thẩm định chấm (điều tra xã hội học, thẩm định)",
        "  pending  scored by the appraising office (surveys, appraisal)",
    );
    pub const LEGEND_UNANSWERED: Text = Text::new("  —    chưa nhập", "  —    not answered");
    pub const LEGEND_INVALID: Text = Text::new(
        "  lỗi  giá trị không hợp lệ, tính 0 điểm",
        "  invalid  the value cannot be scored, counted as 0",
    );
    pub const LEGEND_CAPPED: Text = Text::new(
        "  trần  nhóm đạt mức trần: {raw} điểm, chỉ tính {cap}",
        "  cap  the group reached its cap: {raw} points, {cap} counted",
    );
    pub const CAPPED: Text = Text::new("trần", "cap");
}

pub mod framework {
    use super::Text;

    /// After `framework import` / `framework export` wrote its file.
    pub const WRITTEN: Text = Text::new("Đã ghi {file}", "Written: {file}");

    pub const VALID: Text = Text::new(
        "Hợp lệ: {title} (phiên bản {version}): {fields} lĩnh vực, {criteria} tiêu chí, {leaves} \
         tiêu chí thành phần có điểm, tổng điểm tối đa {max}.",
        "Valid: {title} (version {version}): {fields} fields, {criteria} criteria, {leaves} \
         scored items, maximum {max}.",
    );
    pub const PROBLEMS: Text = Text::new("{file} có {count} lỗi:", "{file} has {count} problems:");
}

pub mod keys {
    use super::Text;

    pub const ADDED: Text = Text::new(
        "Đã đăng ký khóa {key} cho đơn vị {unit}. Hãy đối chiếu mã khóa này với mã in trên bảng \
         điểm của đơn vị.",
        "Registered key {key} for unit {unit}. Compare this key id with the one printed on the \
         unit's score sheet.",
    );
    pub const SEVERAL: Text = Text::new(
        "Đơn vị {unit} nay có {count} khóa ({list}); hồ sơ ký bằng khóa nào trong số đó cũng \
         được chấp nhận. Nếu khóa cũ bị mất hoặc lộ, hãy xóa mục của nó khỏi sổ khóa.",
        "Unit {unit} now has {count} keys ({list}); submissions signed with any of them are \
         accepted. If an old key was lost or leaked, delete its entry from the keyring.",
    );
    pub const NONE: Text = Text::new("Chưa có khóa nào.", "No keys yet.");
    pub const REGISTRATION: Text = Text::new(
        "Tệp đăng ký khóa của đơn vị {unit}, tạo lúc {created}: chữ ký hợp lệ (tệp do chính chủ \
         khóa tạo).\n  Mã khóa:         {key}\n  Khóa công khai:  {public}",
        "Key registration of unit {unit}, made {created}: signature valid (made by the key's \
         holder).\n  Key id:      {key}\n  Public key:  {public}",
    );
    pub const ALREADY_THERE: Text = Text::new(
        "Khóa {key} đã được đăng ký cho đơn vị {unit}; sổ khóa không thay đổi.",
        "Key {key} is already registered for unit {unit}; the keyring is unchanged.",
    );
    pub const NEEDS_CONFIRMATION: Text = Text::new(
        "CHƯA ĐĂNG KÝ: đơn vị {unit} đã có {count} khóa ({list}). Đơn vị có thể đã đổi máy hoặc \
         mất khóa; hãy gọi cho đơn vị, đối chiếu mã khóa mới ở trên, rồi chạy lại lệnh với \
         --yes. Khóa cũ vẫn được giữ để các hồ sơ đã nộp trước vẫn xác minh được.",
        "NOT REGISTERED: unit {unit} already has {count} key(s) ({list}). The unit may have a \
         new computer or have lost its key; call the unit, compare the new key id above, then \
         run the command again with --yes. The old keys stay, so earlier submissions still \
         verify.",
    );
}

pub mod schema {
    use super::Text;

    pub const WRITTEN: Text = Text::new("Đã ghi {file}", "Wrote {file}");
    pub const STALE: Text = Text::new(
        "{file} không khớp với kiểu dữ liệu hiện tại; chạy “par schema” để cập nhật.",
        "{file} does not match the current types; run “par schema” to update it.",
    );
}

pub mod round {
    use super::Text;

    /// Headings when one run holds both kinds of files.
    pub const SUBMISSIONS_HEADING: Text =
        Text::new("Hồ sơ tự đánh giá:", "Self-assessment submissions:");
    pub const ROUND_HEADING: Text = Text::new(
        "Thẩm định, giải trình, kết quả cuối cùng:",
        "Appraisals, explanations, final results:",
    );

    pub const ROUND: Text = Text::new("{kind} (vòng {round})", "{kind} (round {round})");
    pub const VALID: Text = Text::new(
        "{kind} — hợp lệ — {unit} ({code}), năm {year}, mã băm {hash}…",
        "{kind} — valid — {unit} ({code}), year {year}, hash {hash}…",
    );
    pub const PARTLY_CHECKED: Text = Text::new(
        "{kind} — chữ ký đúng nhưng CHƯA đối chiếu đủ (cần trong cùng lần chạy: hồ sơ được thẩm \
         định, kết quả thẩm định được nhắc tới, --keys SỔ-KHÓA.json, khóa cơ quan thẩm định trong \
         bộ tiêu chí hoặc --office-key) — {unit} ({code}), năm {year}, mã băm {hash}…",
        "{kind} — signature correct but NOT fully checked (needs in the same run: the appraised \
         submission, the appraisal named, --keys KEYRING.json, the office key from the criteria \
         set or --office-key) — {unit} ({code}), year {year}, hash {hash}…",
    );
    pub const FAILED: Text = Text::new("{kind} — {reason}", "{kind} — {reason}");
    pub const SUMMARY: Text = Text::new(
        "{total} tệp thẩm định, giải trình, kết quả cuối cùng: {valid} hợp lệ, {partly} chưa \
         đối chiếu đủ, {failed} không hợp lệ",
        "{total} appraisal, explanation and final result files: {valid} valid, {partly} not \
         fully checked, {failed} failed",
    );
}

pub mod rank {
    use super::Text;

    pub const BOARD_HEADING: Text = Text::new(
        "Tình hình nộp hồ sơ theo danh sách ({expected} đơn vị): {valid} hợp lệ, {refused} bị \
         từ chối, {missing} chưa nộp, {conflicting} có tệp mâu thuẫn; {unlisted} đơn vị nộp \
         nhưng không có trong danh sách",
        "Submissions against the list ({expected} units): {valid} valid, {refused} refused, \
         {missing} not yet submitted, {conflicting} with contradicting files; {unlisted} units \
         submitted but are not on the list",
    );
    pub const BOARD_HEADING_NO_LIST: Text = Text::new(
        "Tình hình nộp hồ sơ ({units} đơn vị có tệp; thêm --units DANH-SÁCH.csv để biết đơn vị \
         nào chưa nộp):",
        "Submissions ({units} units sent files; add --units UNITS.csv to know who has not \
         submitted):",
    );
    pub const REFUSED: Text = Text::new(
        "  ✗ {code} {name} — bị từ chối, chưa có tệp hợp lệ:",
        "  ✗ {code} {name} — refused, no valid file yet:",
    );
    pub const REFUSED_FILE: Text =
        Text::new("      tệp {file}: {reason}", "      file {file}: {reason}");
    pub const EARLIER_REFUSED: Text = Text::new(
        "  · {code} {name} — có tệp hợp lệ; ngoài ra có tệp bị từ chối:",
        "  · {code} {name} — has a valid file; other files were refused:",
    );
    pub const MISSING: Text = Text::new(
        "  … {code} {name} — chưa nộp",
        "  … {code} {name} — not yet submitted",
    );
    pub const CONFLICTING: Text = Text::new(
        "  ✗ {code} {name} — lần xuất {revision} có nhiều tệp khác nhau ({files}): hỏi lại đơn \
         vị tệp nào là bản nộp",
        "  ✗ {code} {name} — revision {revision} has several different files ({files}): ask \
         the unit which one is its submission",
    );
    pub const NOT_ON_LIST: Text = Text::new(
        "  ? {code} {name} — không có trong danh sách đơn vị ({status})",
        "  ? {code} {name} — not on the units list ({status})",
    );
    pub const STATUS_VALID: Text = Text::new("tệp hợp lệ, có xếp hạng", "valid file, ranked");
    pub const STATUS_REFUSED: Text = Text::new("tệp bị từ chối", "file refused");
    pub const STATUS_CONFLICTING: Text = Text::new("tệp mâu thuẫn", "contradicting files");
    pub const UNATTRIBUTED: Text = Text::new(
        "  ✗ tệp {file}: không rõ của đơn vị nào — {reason}",
        "  ✗ file {file}: names no unit — {reason}",
    );
    pub const RANKING_HEADING: Text = Text::new(
        "Xếp hạng {count} đơn vị (điểm tự đánh giá đã tính lại, tạm tính cho đến khi thẩm định; \
         bằng điểm thì đồng hạng):",
        "Ranking of {count} units (self-assessment recomputed, provisional until appraisal; \
         equal totals share a rank):",
    );
    pub const RANK: Text = Text::new("Hạng", "Rank");
    pub const CODE: Text = Text::new("Mã", "Code");
    pub const NAME: Text = Text::new("Tên đơn vị", "Unit");
    pub const TOTAL: Text = Text::new("Tổng điểm", "Total");
    pub const MAX: Text = Text::new("Tối đa", "Max");
    pub const INDEX: Text = Text::new("Chỉ số", "Index");
    pub const CLASS: Text = Text::new("Xếp loại", "Class");
    pub const FIELD_POINTS: Text = Text::new("Lĩnh vực:", "Fields:");
    pub const FIELDS_HEADING: Text = Text::new(
        "Lĩnh vực mất nhiều điểm nhất (cộng cả tỉnh):",
        "Fields losing the most points (province total):",
    );
    pub const FIELD_LINE: Text = Text::new(
        "  {code}. {title}: {points} / {max} điểm đã chấm ({percent}), mất {lost} điểm; thấp \
         nhất {lowest}, cao nhất {highest}{pending}",
        "  {code}. {title}: {points} / {max} points scored ({percent}), {lost} lost; lowest \
         {lowest}, highest {highest}{pending}",
    );
    pub const PENDING: Text = Text::new(
        "; còn {pending} điểm chờ cơ quan thẩm định chấm (điều tra xã hội học…)",
        "; {pending} points await the appraising office (surveys…)",
    );
    pub const WROTE: Text = Text::new("Đã ghi {file}", "Wrote {file}");
}

pub mod appraise {
    use super::Text;

    pub const EXPORTED: Text = Text::new(
        "Đã ghi bảng thẩm định {file}: {units} đơn vị, {rows} dòng (điền cột “Điểm thẩm định”; \
         để trống là công nhận điểm tự chấm)",
        "Wrote the appraisal sheet {file}: {units} units, {rows} rows (fill in “Điểm thẩm \
         định”; left empty, the self score stands)",
    );
    pub const SIGNED: Text = Text::new(
        "Đã ký {file}: {unit}, tổng {total} điểm, chỉ số {index}%, khóa {key}",
        "Signed {file}: {unit}, total {total}, index {index}%, key {key}",
    );
}

pub mod registration {
    use super::Text;

    pub const HEADING: Text = Text::new("Đăng ký khóa:", "Key registrations:");
    pub const VALID: Text = Text::new(
        "đăng ký khóa — hợp lệ (do chính khóa này ký) — {unit} ({code}), mã khóa {key}; {status}",
        "key registration — valid (signed by the key itself) — {unit} ({code}), key id {key}; \
         {status}",
    );
    pub const FAILED: Text = Text::new(
        "đăng ký khóa — không hợp lệ: {reason}",
        "key registration — not valid: {reason}",
    );
    pub const NO_KEYRING: Text = Text::new(
        "chưa đối chiếu với sổ khóa (thêm --keys SỔ-KHÓA.json)",
        "not compared with a keyring (add --keys KEYRING.json)",
    );
    pub const IN_KEYRING: Text = Text::new("đã có trong sổ khóa", "already in the keyring");
    pub const TO_ADD: Text = Text::new(
        "chưa có trong sổ khóa: đối chiếu mã khóa với đơn vị rồi thêm bằng “par keys add --file \
         {file}”",
        "not in the keyring yet: compare the key id with the unit, then add it with “par keys \
         add --file {file}”",
    );
    pub const ROTATION: Text = Text::new(
        "đơn vị đã có khóa khác ({existing}): đổi khóa cần xác nhận — gọi đơn vị đối chiếu mã \
         khóa rồi chạy “par keys add --file {file} --yes”",
        "the unit already has another key ({existing}): a new key needs confirming — check the \
         key id with the unit, then run “par keys add --file {file} --yes”",
    );
    pub const OTHER_UNIT: Text = Text::new(
        "đăng ký khóa — khóa này đã đăng ký cho đơn vị khác, {unit} ({code}): mỗi đơn vị một khóa \
         riêng, không đăng ký",
        "key registration — this key is registered for another unit, {unit} ({code}): each unit \
         has its own key; not registered",
    );
    pub const SUMMARY: Text = Text::new(
        "{total} tệp đăng ký khóa: {valid} hợp lệ, {failed} không hợp lệ",
        "{total} key registration files: {valid} valid, {failed} not valid",
    );
}
