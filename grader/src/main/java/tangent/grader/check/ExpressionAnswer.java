package tangent.grader.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import tangent.reference.cas.Cas;

/**
 * A formula written by a student, read safely and compared with the expected one by evaluating
 * both at seeded random points of a domain (as WeBWorK does): a wrong answer is reported with a
 * point where it differs. Nothing the student writes is evaluated unless every function and name
 * in it is on the whitelist below.
 */
public final class ExpressionAnswer {

    /** Longest answer read, in characters. */
    public static final int MAX_LENGTH = 500;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 40;

    static {
        Cas.ensureConfigured(); // before the first symja class below loads
    }

    private static final Set<IExpr> FUNCTIONS = Set.of(S.Plus, S.Times, S.Power, S.Sqrt, S.Exp, S.Log,
            S.Sin, S.Cos, S.Tan, S.Sinh, S.Cosh, S.Tanh, S.ArcTan, S.ArcSin, S.ArcCos, S.Abs);
    private static final Set<IExpr> CONSTANTS = Set.of(S.E, S.Pi);
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d[eE][-+]?\\d");
    private static final Pattern LONE_E = Pattern.compile("(?<![A-Za-z0-9_.])e(?![A-Za-z0-9_(])");
    private static final int POINTS = 10;
    private static final int MAX_DRAWS = 100;

    /** How a comparison ended. */
    public enum Kind { CORRECT, WRONG, INVALID }

    /** The outcome of comparing an answer, with feedback for the student. */
    public record Verdict(Kind kind, String message, List<Hint.Pair> pairs) {
    }

    /**
     * Where to compare: one variable, sampled uniformly from {@code [low, high]}.
     *
     * @param variable the variable's name
     * @param low      the lower end
     * @param high     the upper end
     */
    public record Domain(String variable, double low, double high) {
    }

    private ExpressionAnswer() {
    }

    /**
     * Fails the test unless {@code answer} is equivalent to {@code expected} over the domain.
     * {@code what} names the answer for the student, e.g. {@code "f'(x)"}.
     */
    public static void check(String what, String answer, String expected, Domain domain,
            RandomGenerator random, Tolerance tolerance, Hint... hints) {
        Verdict verdict = compare(answer, expected, domain, random, tolerance);
        if (verdict.kind() == Kind.CORRECT) {
            return;
        }
        String message = what + ": " + verdict.message();
        for (Hint hint : hints) {
            var explanation = verdict.kind() == Kind.WRONG ? hint.explain(verdict.pairs()) : java.util.Optional.<String>empty();
            if (explanation.isPresent()) {
                message += " Hint: " + explanation.get();
                break;
            }
        }
        throw new AssertionError(message);
    }

    /** Compares an answer with the expected expression, both in the same variable. */
    public static Verdict compare(String answer, String expected, Domain domain, RandomGenerator random,
            Tolerance tolerance) {
        IExpr student;
        try {
            student = read(answer, domain.variable());
        } catch (InvalidAnswer e) {
            return new Verdict(Kind.INVALID, e.getMessage(), List.of());
        }
        IExpr reference = Cas.parse(expected);
        ExprEvaluator evaluator = Cas.evaluator();
        List<Hint.Pair> pairs = new ArrayList<>();
        try {
            for (int draw = 0; draw < MAX_DRAWS && pairs.size() < POINTS; draw++) {
                double x = domain.low() + (domain.high() - domain.low()) * random.nextDouble();
                evaluator.defineVariable(domain.variable(), x);
                double want = valueOf(evaluator, reference);
                if (!Double.isFinite(want)) {
                    continue; // the right answer is undefined here: not a fair point to judge at
                }
                double got = valueOf(evaluator, student);
                pairs.add(new Hint.Pair(x, want, got));
                if (!tolerance.isClose(got, want)) {
                    return new Verdict(Kind.WRONG, "your expression " + answer.trim() + " differs from the "
                            + "expected one at " + domain.variable() + " = " + Numbers.show(x) + ": it gives "
                            + Numbers.show(got) + " where " + Numbers.show(want) + " was expected.",
                            sampleAll(evaluator, student, reference, domain, random, pairs));
                }
            }
        } finally {
            evaluator.clearVariables();
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException("the expected expression " + expected + " is undefined all over "
                    + domain);
        }
        return new Verdict(Kind.CORRECT, "equal at " + pairs.size() + " random points", pairs);
    }

    /** After a miss, more pairs so a hint can judge the whole picture, not one point. */
    private static List<Hint.Pair> sampleAll(ExprEvaluator evaluator, IExpr student, IExpr reference, Domain domain,
            RandomGenerator random, List<Hint.Pair> pairs) {
        List<Hint.Pair> all = new ArrayList<>(pairs);
        for (int draw = 0; draw < MAX_DRAWS && all.size() < POINTS; draw++) {
            double x = domain.low() + (domain.high() - domain.low()) * random.nextDouble();
            evaluator.defineVariable(domain.variable(), x);
            double want = valueOf(evaluator, reference);
            if (Double.isFinite(want)) {
                all.add(new Hint.Pair(x, want, valueOf(evaluator, student)));
            }
        }
        return all;
    }

    private static double valueOf(ExprEvaluator evaluator, IExpr expression) {
        try {
            return evaluator.evalf(expression);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Normalises, parses and vets an answer; throws with a message that says what to write. */
    static IExpr read(String answer, String variable) throws InvalidAnswer {
        if (answer == null || answer.isBlank()) {
            throw new InvalidAnswer("the expression is empty: return the formula as text, such as \"2*x + 1\".");
        }
        if (answer.length() > MAX_LENGTH) {
            throw new InvalidAnswer("the expression is " + answer.length() + " characters long; at most "
                    + MAX_LENGTH + " are read.");
        }
        Matcher scientific = SCIENTIFIC.matcher(answer);
        if (scientific.find()) {
            throw new InvalidAnswer("\"" + scientific.group() + "...\" looks like scientific notation, which is "
                    + "read as a product with a variable e: write 0.001 or 10^(-3) instead of 1e-3.");
        }
        if (answer.contains("|")) {
            throw new InvalidAnswer("write an absolute value as abs(...), not |...|.");
        }
        String normalised = LONE_E.matcher(answer.replace("**", "^")).replaceAll("E");
        IExpr parsed;
        try {
            parsed = Cas.parse(normalised);
        } catch (RuntimeException e) {
            throw new InvalidAnswer("the expression \"" + answer.trim() + "\" cannot be read: "
                    + firstLine(e.getMessage()));
        }
        vet(parsed, variable, 0);
        return parsed;
    }

    private static void vet(IExpr expression, String variable, int depth) throws InvalidAnswer {
        if (depth > MAX_DEPTH) {
            throw new InvalidAnswer("the expression is nested more than " + MAX_DEPTH + " levels deep.");
        }
        if (expression.isNumber()) {
            return;
        }
        if (expression.isSymbol()) {
            String name = ((ISymbol) expression).getSymbolName();
            if (!name.equalsIgnoreCase(variable) && !CONSTANTS.contains(expression)) {
                throw new InvalidAnswer("the name \"" + name + "\" is unknown here: the only variable is "
                        + variable + " (Euler's number is e, pi is pi). If you meant a product, write a * between "
                        + "the factors, as in 2*" + variable + "*y rather than 2" + variable + "y.");
            }
            return;
        }
        if (!expression.isAST()) {
            throw new InvalidAnswer("\"" + expression + "\" is not allowed in an answer.");
        }
        IAST ast = (IAST) expression;
        IExpr head = ast.head();
        String headName = head.isSymbol() ? ((ISymbol) head).getSymbolName() : head.toString();
        if (headName.equalsIgnoreCase(variable)) {
            throw new InvalidAnswer(variable + "(...) reads as a function named " + variable + ", not a product: write "
                    + variable + "*(...) instead.");
        }
        if (!FUNCTIONS.contains(head)) {
            throw new InvalidAnswer("the function \"" + headName.toLowerCase(Locale.ROOT) + "\" is not allowed; "
                    + "use + - * / ^, parentheses, exp, log, sqrt, sin, cos, tan, abs and their hyperbolic forms.");
        }
        for (int i = 1; i <= ast.argSize(); i++) {
            vet(ast.get(i), variable, depth + 1);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error.";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** An answer that cannot be compared, with what to write instead. */
    static final class InvalidAnswer extends Exception {
        InvalidAnswer(String message) {
            super(message);
        }
    }
}
