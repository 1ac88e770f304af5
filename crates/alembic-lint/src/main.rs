//! The `alembic-lint` binary; the command line lives in the library.

fn main() -> std::process::ExitCode {
    alembic_lint::main()
}
