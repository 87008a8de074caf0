fn main() {
    par_app::start();
}
