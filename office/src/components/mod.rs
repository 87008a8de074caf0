//! The office's screens and their parts, one component per file.

pub mod backup;
pub mod board;
pub mod criteria;
pub mod import;
pub mod keys;
pub mod province_views;
pub mod ranking;
pub mod store_status;
pub mod tabs;
pub mod units;
pub mod waiting_sets;

pub use backup::Backup;
pub use board::Board;
pub use criteria::Criteria;
pub use import::Import;
pub use keys::Keys;
pub use ranking::Ranking;
pub use store_status::StoreStatus;
pub use tabs::Tabs;
pub use units::Units;
