//! A live progress line on standard error, shown only on a terminal, that log lines do not
//! tear: the tracing writer prints through [`suspend`].

use std::io::{self, IsTerminal, Write};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use tracing_subscriber::fmt::MakeWriter;

static ACTIVE: OnceLock<Mutex<Option<ProgressBar>>> = OnceLock::new();

fn active() -> &'static Mutex<Option<ProgressBar>> {
    ACTIVE.get_or_init(|| Mutex::new(None))
}

/// Run `f` with the progress line (if any) hidden.
pub fn suspend<R>(f: impl FnOnce() -> R) -> R {
    let bar = active().lock().ok().and_then(|g| g.clone());
    match bar {
        Some(bar) => bar.suspend(f),
        None => f(),
    }
}

/// A spinner with a message, or nothing when standard error is not a terminal or the user
/// asked for quiet.
#[derive(Clone)]
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    pub fn new(enabled: bool) -> Progress {
        if !enabled || !io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
        // indicatif's own `{per_sec}` prints four decimals and a thousands separator
        // (`2,485.1118/s`), which reads as noise on a line that changes eight times a second.
        let style = ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} pages ({rate}) {msg}")
            .map(|style| {
                style.with_key("rate", |state: &ProgressState, out: &mut dyn std::fmt::Write| {
                    let _ = out.write_str(&rate(state.per_sec()));
                })
            })
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(125));
        if let Ok(mut slot) = active().lock() {
            *slot = Some(bar.clone());
        }
        Progress { bar: Some(bar) }
    }

    pub fn inc(&self, message: impl FnOnce() -> String) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            bar.set_message(message());
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if let Ok(mut slot) = active().lock() {
            *slot = None;
        }
    }
}

/// A rate for the progress line: whole pages per second, one decimal below ten.
fn rate(per_second: f64) -> String {
    if per_second < 10.0 { format!("{per_second:.1}/s") } else { format!("{per_second:.0}/s") }
}

/// A tracing writer to standard error that hides the progress line while it writes.
pub struct SuspendingStderr;

impl Write for SuspendingStderr {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        suspend(|| io::stderr().write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        io::stderr().flush()
    }
}

impl<'a> MakeWriter<'a> for SuspendingStderrMaker {
    type Writer = SuspendingStderr;

    fn make_writer(&'a self) -> Self::Writer {
        SuspendingStderr
    }
}

/// Makes [`SuspendingStderr`] writers for tracing.
pub struct SuspendingStderrMaker;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_short() {
        assert_eq!(rate(2485.1118), "2485/s");
        assert_eq!(rate(2.8168), "2.8/s");
        assert_eq!(rate(0.0), "0.0/s");
    }
}
