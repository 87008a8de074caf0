fn main() {
    par_office::start();
}
