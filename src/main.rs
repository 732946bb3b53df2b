fn main() -> std::process::ExitCode {
    rinse::cli::main()
}
