//! The `cjm` binary: everything lives in the library; see [`cjm::cli`].

fn main() -> std::process::ExitCode {
    cjm::cli::run()
}
