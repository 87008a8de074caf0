//! Standard output for results.
//!
//! A reader that stops early (`par score … | head`) closes the pipe. That is the reader's
//! choice, not a failure: the rest of the output is dropped without a message and the command
//! ends with the status it would have had. Any other write error (disk full, `> /dev/full`)
//! reaches the caller, which reports it and exits 2.

use std::io::{self, Write};

pub struct QuietPipe<W: Write> {
    inner: W,
    reader_gone: bool,
}

impl<W: Write> QuietPipe<W> {
    pub fn new(inner: W) -> Self {
        QuietPipe {
            inner,
            reader_gone: false,
        }
    }

    fn absorb_broken_pipe<T>(&mut self, result: io::Result<T>, all_done: T) -> io::Result<T> {
        match result {
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {
                self.reader_gone = true;
                Ok(all_done)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for QuietPipe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.reader_gone {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.absorb_broken_pipe(result, buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.reader_gone {
            return Ok(());
        }
        let result = self.inner.flush();
        self.absorb_broken_pipe(result, ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Failing(io::ErrorKind);

    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(self.0.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(self.0.into())
        }
    }

    #[test]
    fn a_closed_pipe_swallows_the_rest() {
        let mut out = QuietPipe::new(Failing(io::ErrorKind::BrokenPipe));
        assert!(writeln!(out, "một dòng").is_ok());
        assert!(out.flush().is_ok());
    }

    #[test]
    fn other_write_errors_are_reported() {
        let mut out = QuietPipe::new(Failing(io::ErrorKind::StorageFull));
        let error = writeln!(out, "một dòng").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
    }
}
