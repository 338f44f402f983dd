/** Its static initializer never finishes, so the first use of Table hangs. */
final class Table {
    static final String EXPRESSION;

    static {
        long n = 1;
        while (n != 0) {
            n = n * 3 + 1;
        }
        EXPRESSION = "exp(-x)/(1+exp(-x))^2";
    }

    private Table() {
    }
}
