use par_core::Text;

pub const HEADING: Text = Text::new("Danh sách đơn vị", "Units list");
pub const INTRO: Text = Text::new(
    "Danh sách các xã, phường của tỉnh (CSV hoặc Excel): cột mã đơn vị hành chính và tên đơn vị. Bảng theo dõi cho biết đơn vị nào chưa gửi hồ sơ.",
    "The province's communes and wards (CSV or Excel): the administrative unit code and name. The board shows which units have not sent a file.",
);
pub const PICK: Text = Text::new(
    "Tệp danh sách đơn vị (.csv, .xlsx)",
    "Units list file (.csv, .xlsx)",
);
pub const LOADED: Text = Text::new(
    "Danh sách “{file}”: {count} đơn vị.",
    "List “{file}”: {count} units.",
);
pub const PADDED: Text = Text::new(
    "{count} mã đã mất số 0 ở đầu (do Excel) và đã được bổ sung.",
    "{count} codes had lost their leading zeros (Excel) and were padded.",
);
pub const NONE: Text = Text::new("Chưa có danh sách.", "No list yet.");
pub const REFUSED: Text = Text::new(
    "“{file}” chưa được nhập, danh sách cũ giữ nguyên: {reason}",
    "“{file}” was not imported, the previous list is kept: {reason}",
);
pub const CODE: Text = Text::new("Mã đơn vị", "Unit code");
pub const NAME: Text = Text::new("Tên đơn vị", "Unit name");
