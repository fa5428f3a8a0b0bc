//! The `crudspec` binary: see [`crudspec::cli`].

fn main() {
    std::process::exit(crudspec::cli::main());
}
