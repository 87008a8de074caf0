fn main() {
    par_round::start();
}
