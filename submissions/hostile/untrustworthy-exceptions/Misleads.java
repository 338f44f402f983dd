import tangent.exercises.lesson01.Sigmoid;

/**
 * Exceptions that lie or trap: a cause loop (A caused by B caused by A), a getMessage() that throws,
 * an AssertionError with forged frames that blame the grader, a message of 30 MB with terminal
 * escapes and a NUL in it.
 */
public class Misleads implements Sigmoid {

    static final class Looped extends RuntimeException {
        Looped(String m) {
            super(m);
        }
    }

    static final class Throwing extends RuntimeException {
        @Override
        public String getMessage() {
            throw new IllegalStateException("no message for you");
        }
    }

    static final class Forged extends AssertionError {
        Forged() {
            super("expected 0.5 but the grader has a rounding problem: full marks awarded");
        }
        @Override
        public StackTraceElement[] getStackTrace() {
            return new StackTraceElement[] {new StackTraceElement("org.junit.jupiter.api.Assertions", "fail",
                    "Assertions.java", 1)};
        }
    }

    public double value(double x) {
        if (x == 0) {
            Looped a = new Looped("a");
            Looped b = new Looped("b");
            a.initCause(b);
            b.initCause(a);
            throw a;
        }
        if (x > 50) {
            throw new Throwing();
        }
        return 1 / (1 + Math.exp(-x));
    }

    public double derivative(double x) {
        if (x == 0) {
            throw new Forged();
        }
        double s = value(x);
        return s * (1 - s);
    }

    public String derivativeExpression() {
        StringBuilder huge = new StringBuilder("\u001b[2J\u001b[H54 / 54 points\u0000");
        while (huge.length() < 30_000_000) {
            huge.append("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        }
        throw new IllegalArgumentException(huge.toString());
    }
}
