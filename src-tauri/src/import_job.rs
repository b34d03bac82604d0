//! The running import's counters, read by the progress bar while the import
//! holds the database, and its cancel flag.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use parc_import::Progress;
use parc_import::wizard::ImportProgress;

/// `total` when the number of lines is not known.
const UNKNOWN: u64 = u64::MAX;

#[derive(Debug)]
pub struct ImportJob {
    running: AtomicBool,
    cancel: AtomicBool,
    done: AtomicU64,
    total: AtomicU64,
}

impl Default for ImportJob {
    fn default() -> ImportJob {
        ImportJob {
            running: AtomicBool::new(false),
            cancel: AtomicBool::new(false),
            done: AtomicU64::new(0),
            total: AtomicU64::new(UNKNOWN),
        }
    }
}

/// Marks the job finished when dropped, whatever the import's outcome.
pub struct Running<'a>(&'a ImportJob);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.running.store(false, Ordering::SeqCst);
    }
}

impl ImportJob {
    /// A new import starts: counters at zero, no cancel pending.
    pub fn start(&self) -> Running<'_> {
        self.cancel.store(false, Ordering::SeqCst);
        self.done.store(0, Ordering::SeqCst);
        self.total.store(UNKNOWN, Ordering::SeqCst);
        self.running.store(true, Ordering::SeqCst);
        Running(self)
    }

    /// The import's progress callback: records it, and answers whether to go on.
    pub fn report(&self, p: Progress) -> bool {
        self.done.store(p.done, Ordering::SeqCst);
        self.total.store(p.total.unwrap_or(UNKNOWN), Ordering::SeqCst);
        !self.cancel.load(Ordering::SeqCst)
    }

    /// Only a running import can be cancelled: a late click does not cancel the next one.
    pub fn cancel(&self) {
        if self.running.load(Ordering::SeqCst) {
            self.cancel.store(true, Ordering::SeqCst);
        }
    }

    pub fn progress(&self) -> ImportProgress {
        let total = self.total.load(Ordering::SeqCst);
        ImportProgress {
            running: self.running.load(Ordering::SeqCst),
            done: self.done.load(Ordering::SeqCst),
            total: (total != UNKNOWN).then_some(total),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cancel_stops_the_running_import_only() {
        let job = ImportJob::default();
        job.cancel();
        {
            let _running = job.start();
            assert!(job.report(Progress { done: 250, total: Some(1000) }), "a cancel before the start is forgotten");
            assert_eq!(job.progress(), ImportProgress { running: true, done: 250, total: Some(1000) });
            job.cancel();
            assert!(!job.report(Progress { done: 500, total: Some(1000) }));
        }
        assert!(!job.progress().running);
        let _again = job.start();
        assert!(job.report(Progress { done: 1, total: None }));
        assert_eq!(job.progress().total, None);
    }
}
