//! What the examples share: reading and parsing the files named on the command line.

use std::process::ExitCode;

/// Reads and parses each file in `paths` and hands its document to `each`, which says
/// whether it succeeded. A file that cannot be read or is not UTF-8 is reported on
/// standard error. The exit code is a failure if any file failed.
#[allow(dead_code)] // Not every example reads files this way.
pub(crate) fn parse_files(
    paths: &[String],
    mut each: impl FnMut(&str, &tifa::Document<'_>) -> bool,
) -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in paths {
        let parsed = std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| match tifa::parse_bytes(&bytes) {
                Ok(doc) => Ok(each(path, &doc)),
                Err(e) => Err(e.to_string()),
            });
        match parsed {
            Ok(true) => {}
            Ok(false) => status = ExitCode::FAILURE,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}

/// Writes one line of the example's output. When the reader has gone away (`... | head`),
/// the example stops quietly with success, where `println!` would panic.
#[allow(dead_code)] // Not every example reads files.
pub(crate) fn line(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("cannot write the output: {e}");
        std::process::exit(1);
    }
}

/// `println!` for the examples' output, through [`line`].
macro_rules! outln {
    () => {
        $crate::common::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::common::line(format_args!($($arg)*))
    };
}
