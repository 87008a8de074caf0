fn main() {
    par_export::start();
}
