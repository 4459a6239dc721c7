//! What the examples share: reading and parsing the files named on the command line.

use std::process::ExitCode;

/// Reads and parses each file in `paths` and hands its document to `each`, which says
/// whether it succeeded. A file that cannot be read or is not UTF-8 is reported on
/// standard error. The exit code is a failure if any file failed.
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
