//! The office's screens and their parts, one component per file.

pub mod backup;
pub mod board;
pub mod criteria;
pub mod import;
pub mod keys;
pub mod office_key;
pub mod province_views;
pub mod publish;
pub mod ranking;
pub mod store_status;
pub mod tabs;
pub mod unit_page;
pub mod units;
pub mod waiting_sets;

pub use backup::Backup;
pub use board::Board;
pub use criteria::Criteria;
pub use import::Import;
pub use keys::Keys;
pub use office_key::OfficeKey;
pub use publish::Publish;
pub use ranking::Ranking;
pub use store_status::StoreStatus;
pub use tabs::Tabs;
pub use unit_page::UnitPage;
pub use units::Units;
