package tangent.cas;

import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The CAS for the current thread. Every use of symja in Tangent goes through here, so the
 * configuration below always happens before symja's first class loads.
 */
public final class Cas {

    static {
        // Log4j reads these when symja first logs; they must be set before any symja class loads.
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        // Without this, JAS starts non-daemon pool threads that keep a JVM alive for a minute.
        Config.JAS_NO_THREADS = true;
        Config.FILESYSTEM_ENABLED = false;
        Config.MAX_AST_SIZE = 20_000;
        Config.MAX_BIT_LENGTH = 200_000;
        Config.MAX_POLYNOMIAL_DEGREE = 100;
        Config.MAX_INPUT_LEAVES = 1_000L;
    }

    private static final ThreadLocal<ExprEvaluator> EVALUATOR =
            ThreadLocal.withInitial(() -> new ExprEvaluator(false, (short) 2));

    private Cas() {
    }

    /**
     * Does nothing but make sure the configuration above has run: call it from the static
     * initialiser of any class that touches symja's classes directly.
     */
    public static void ensureConfigured() {
        // Loading this class ran the static block; nothing else to do.
    }

    /** The evaluator of the calling thread, created on first use (about a second, once per JVM). */
    public static ExprEvaluator evaluator() {
        return EVALUATOR.get();
    }

    /** Parses an expression in symja's relaxed syntax without evaluating it. */
    public static IExpr parse(String expression) {
        return evaluator().parse(expression);
    }

    /** Evaluates an expression in symja's relaxed syntax. */
    public static IExpr eval(String expression) {
        return evaluator().eval(expression);
    }

    /**
     * The derivative of {@code expression} with respect to {@code variable}, as symja's relaxed
     * input text (which this class can parse back).
     */
    public static String derivative(String expression, String variable) {
        return text(eval("D(" + expression + "," + variable + ")"));
    }

    /** An expression as symja input text on one line (symja wraps long output lines). */
    public static String text(IExpr expression) {
        return expression.toString().replace("\n", "").replace("\r", "");
    }
}
