//! The office's screens and their parts, one component per file.

pub mod backup;
pub mod board;
pub mod import;
pub mod keys;
pub mod office_key;
pub mod publish;
pub mod ranking;
pub mod store_status;
pub mod tabs;
pub mod unit_page;
pub mod units;

pub use backup::Backup;
pub use board::Board;
pub use import::Import;
pub use keys::Keys;
pub use office_key::OfficeKey;
pub use publish::Publish;
pub use ranking::Ranking;
pub use store_status::StoreStatus;
pub use tabs::Tabs;
pub use unit_page::UnitPage;
pub use units::Units;
