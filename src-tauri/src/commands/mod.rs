//! The IPC commands, one module per domain. Each is a few lines: the logic
//! lives in `parc-core` and `parc-db`, where it is tested without a window.

pub mod audit;
pub mod directory;
pub mod helpdesk;
pub mod imports;
pub mod inventory;
pub mod labels;
pub mod session;
pub mod settings;
