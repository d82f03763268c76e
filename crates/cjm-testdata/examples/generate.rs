//! Prints a generated map: `cargo run --release -p cjm-testdata --example
//! generate -- TOUCHPOINTS [SEED] > large.toml` (the seed defaults to 2026,
//! the benchmarks' seed). For measurements and trials by hand; not part of
//! the shipped `cjm` binary.

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: generate TOUCHPOINTS [SEED]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |at: usize, default: Option<u64>| match args.get(at) {
        Some(text) => text.parse::<u64>().ok(),
        None => default,
    };
    let (Some(touchpoints), Some(seed)) = (number(0, None), number(1, Some(2026))) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let Ok(touchpoints) = usize::try_from(touchpoints) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let text = cjm_testdata::generate_toml(touchpoints, seed);
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("generate: cannot write the map: {err}; redirect the output to a file");
            ExitCode::from(2)
        }
    }
}
