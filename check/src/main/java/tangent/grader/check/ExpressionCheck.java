package tangent.grader.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.matheclipse.core.interfaces.IExpr;
import tangent.cas.Cas;

/**
 * Checks formulas written by students the way STACK and WeBWorK do. The answer is read safely
 * ({@link AnswerReader}), then both answer and expected value are evaluated at seeded random
 * points of the domain: the first point where they differ makes the answer wrong, and is named in
 * the message. When every point agrees, the CAS is asked to prove the two equal within a budget
 * of CAS steps (so the outcome never depends on the machine's load); if it cannot, the answer is
 * still accepted (no point disagreed) but the verdict's method is {@link Method#NUMERIC}, and the
 * test is flagged {@code numeric} in the scorecard (and {@code proof-stopped} in the rare case
 * that the proof's wall-clock safety net fired, the one outcome that can depend on load).
 * Antiderivatives are right when their derivative gives back the integrand, whatever the
 * constant. Vectors and matrices are checked for shape first, then element by element.
 *
 * <p>Instances are immutable: each {@code with...} method returns a new one.
 */
public final class ExpressionCheck {

    /** How a comparison ended. */
    public enum Kind {
        CORRECT, WRONG, INVALID;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the verdict was reached. */
    public enum Method {
        /** The CAS proved the answer equal to the expected one. */
        CAS,
        /** Every point agreed, but the CAS could not prove equality within its step budget. */
        NUMERIC,
        /** A point was found where the answer differs. */
        COUNTEREXAMPLE,
        /** The answer could not be read, or uses something not allowed. */
        PARSE,
        /** A vector or matrix of the wrong shape. */
        SHAPE;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The outcome of a comparison, with feedback for the student. */
    public record Verdict(Kind kind, Method method, String message, List<Hint.Pair> pairs) {

        public Verdict {
            pairs = List.copyOf(pairs);
        }

        static Verdict invalid(String message) {
            return new Verdict(Kind.INVALID, Method.PARSE, message, List.of());
        }
    }

    /**
     * Names that stand for an arbitrary constant of integration, in either case (C_1 reads as C1).
     * Any of them is sound: an answer is judged by its derivative, in which an added constant
     * vanishes and any other use of one (C x^3) stays and is wrong.
     */
    public static final List<String> CONSTANTS_OF_INTEGRATION = List.of("C", "K", "A", "B", "C0", "C1", "C2", "K0", "K1");

    private static final int POINTS = 10;
    private static final int MAX_DRAWS = 200;

    private final List<String> variables;
    private final List<String> constants;
    private final Map<String, double[]> domains;
    private final Tolerance tolerance;
    private final long proofSteps;
    private final Map<String, String> functions;

    private ExpressionCheck(List<String> variables, List<String> constants, Map<String, double[]> domains,
            Tolerance tolerance, long proofSteps, Map<String, String> functions) {
        this.variables = List.copyOf(variables);
        this.constants = List.copyOf(constants);
        this.domains = Map.copyOf(domains);
        this.tolerance = tolerance;
        this.proofSteps = proofSteps;
        this.functions = functions;
    }

    /**
     * A check of formulas in these variables, each sampled from [-2, 2] unless a domain is given
     * (WeBWorK's default), with tolerance atol 1e-10, rtol 1e-7 and the default proof budget
     * ({@link CasProof#DEFAULT_STEPS}).
     */
    public static ExpressionCheck in(String... variables) {
        return new ExpressionCheck(List.of(variables), List.of(), Map.of(), Tolerance.of(1e-10, 1e-7), CasProof.DEFAULT_STEPS,
                Map.of());
    }

    /** Named constants (such as p, q) the formulas may use; sampled like variables, from [-2, 2] by default. */
    public ExpressionCheck withConstants(String... names) {
        return new ExpressionCheck(variables, List.of(names), domains, tolerance, proofSteps, functions);
    }

    /** Where a variable or constant is sampled. */
    public ExpressionCheck withDomain(String name, double low, double high) {
        if (!(low < high)) {
            throw new IllegalArgumentException("empty domain for " + name + ": [" + low + ", " + high + "]");
        }
        Map<String, double[]> copy = new LinkedHashMap<>(domains);
        copy.put(name, new double[] {low, high});
        return new ExpressionCheck(variables, constants, copy, tolerance, proofSteps, functions);
    }

    public ExpressionCheck withTolerance(Tolerance tolerance) {
        return new ExpressionCheck(variables, constants, domains, tolerance, proofSteps, functions);
    }

    /**
     * How many CAS steps a proof may take: more proves harder identities (fewer {@code numeric}
     * verdicts) at the cost of time on answers the CAS cannot prove.
     */
    public ExpressionCheck withProofSteps(long steps) {
        if (steps <= 0) {
            throw new IllegalArgumentException("a proof needs a positive step budget, not " + steps);
        }
        return new ExpressionCheck(variables, constants, domains, tolerance, steps, functions);
    }

    /**
     * A function answers may call by name, such as {@code withFunction("S", "1/(1+E^(-#))")} for a
     * lesson's sigmoid: {@code #} stands for the argument, and a call is read as the definition.
     */
    public ExpressionCheck withFunction(String name, String definition) {
        AnswerReader.checkFunction(name, definition);
        Map<String, String> copy = new LinkedHashMap<>(functions);
        copy.put(name, definition);
        return new ExpressionCheck(variables, constants, domains, tolerance, proofSteps, Collections.unmodifiableMap(copy));
    }

    /** One function under several names, such as the sigmoid as S, σ and sigmoid. */
    public ExpressionCheck withFunction(List<String> names, String definition) {
        ExpressionCheck check = this;
        for (String name : names) {
            check = check.withFunction(name, definition);
        }
        return check;
    }

    // ---- comparisons ---------------------------------------------------------------------

    /** Compares an answer with the expected formula. */
    public Verdict compare(String answer, String expected, RandomGenerator random) {
        List<String> names = names(List.of());
        Formula student;
        try {
            student = new AnswerReader(names, functions).read(answer);
        } catch (InvalidAnswer e) {
            return Verdict.invalid(e.getMessage());
        }
        Formula reference = trusted(expected, names);
        return agree(student, reference, names, random, "your expression " + student.shown() + " differs from the "
                + "expected one", (s, r) -> CasProof.attempt(s.normalised(), r.normalised(), proofSteps));
    }

    /**
     * Compares an answer with an antiderivative of {@code integrand} with respect to
     * {@code variable}: right when its derivative is the integrand, whatever constant it carries
     * ({@code + 5}, {@code + C}, or a log of a multiple).
     */
    public Verdict compareAntiderivative(String answer, String integrand, String variable, RandomGenerator random) {
        List<String> names = names(CONSTANTS_OF_INTEGRATION);
        Formula student;
        try {
            student = new AnswerReader(names, functions).read(answer);
        } catch (InvalidAnswer e) {
            return Verdict.invalid(e.getMessage());
        }
        Formula reference = trusted(integrand, names);
        Formula derivative = derivative(student, variable, names);
        if (derivative == null) {
            return Verdict.invalid("your answer " + answer.strip() + " could not be differentiated to check it; "
                    + "write it with the usual functions only.");
        }
        Verdict verdict = agree(derivative, reference, names, random, "the derivative of your answer " + student.shown()
                + " should give back the integrand, but it differs",
                (d, r) -> CasProof.attempt(d.normalised(), r.normalised(), proofSteps));
        if (verdict.kind() == Kind.WRONG) {
            String mistake = antiderivativeMistake(student, integrand, variable, names, random);
            if (mistake != null) {
                return new Verdict(Kind.WRONG, verdict.method(), verdict.message() + " " + mistake, verdict.pairs());
            }
        }
        return verdict;
    }

    /** Compares a vector of formulas, length first. */
    public Verdict compareVector(String[] answer, String[] expected, RandomGenerator random) {
        if (answer == null) {
            return new Verdict(Kind.WRONG, Method.SHAPE, "expected " + expected.length + " components, got null.", List.of());
        }
        String[] copy = answer.clone();
        if (copy.length != expected.length) {
            return new Verdict(Kind.WRONG, Method.SHAPE, "expected " + count(expected.length, "component") + ", got "
                    + copy.length + ".", List.of());
        }
        Method method = Method.CAS;
        for (int i = 0; i < expected.length; i++) {
            Verdict v = compare(copy[i], expected[i], random);
            if (v.kind() != Kind.CORRECT) {
                return new Verdict(v.kind(), v.method(), "component [" + i + "]: " + v.message(), v.pairs());
            }
            method = v.method() == Method.NUMERIC ? Method.NUMERIC : method;
        }
        return new Verdict(Kind.CORRECT, method, "every component is equivalent", List.of());
    }

    /** Compares a matrix of formulas (rows of columns), shape first. */
    public Verdict compareMatrix(String[][] answer, String[][] expected, RandomGenerator random) {
        int columns = expected.length == 0 ? 0 : expected[0].length;
        String shape = expected.length + "x" + columns;
        if (answer == null) {
            return new Verdict(Kind.WRONG, Method.SHAPE, "expected a " + shape + " matrix, got null.", List.of());
        }
        String[][] copy = new String[answer.length][];
        for (int r = 0; r < answer.length; r++) {
            copy[r] = answer[r] == null ? null : answer[r].clone();
        }
        if (copy.length != expected.length) {
            return new Verdict(Kind.WRONG, Method.SHAPE, "expected a " + shape + " matrix, got " + count(copy.length, "row")
                    + ".", List.of());
        }
        Method method = Method.CAS;
        for (int r = 0; r < expected.length; r++) {
            if (copy[r] == null || copy[r].length != expected[r].length) {
                return new Verdict(Kind.WRONG, Method.SHAPE, "expected a " + shape + " matrix, but row " + r + " has "
                        + (copy[r] == null ? "no entries (null)" : count(copy[r].length, "entry")) + ".", List.of());
            }
            for (int c = 0; c < expected[r].length; c++) {
                Verdict v = compare(copy[r][c], expected[r][c], random);
                if (v.kind() != Kind.CORRECT) {
                    return new Verdict(v.kind(), v.method(), "entry [" + r + "][" + c + "]: " + v.message(), v.pairs());
                }
                method = v.method() == Method.NUMERIC ? Method.NUMERIC : method;
            }
        }
        return new Verdict(Kind.CORRECT, method, "every entry is equivalent", List.of());
    }

    // ---- assertions for suites -------------------------------------------------------------

    /** Fails the test unless the answer is equivalent; {@code what} names it, e.g. {@code "derivativeExpression()"}. */
    public void check(String what, String answer, String expected, RandomGenerator random, Hint... hints) {
        conclude(what, compare(answer, expected, random), hints);
    }

    /** Fails the test unless the answer is an antiderivative of the integrand. */
    public void checkAntiderivative(String what, String answer, String integrand, String variable,
            RandomGenerator random, Hint... hints) {
        conclude(what, compareAntiderivative(answer, integrand, variable, random), hints);
    }

    public void checkVector(String what, String[] answer, String[] expected, RandomGenerator random, Hint... hints) {
        conclude(what, compareVector(answer, expected, random), hints);
    }

    public void checkMatrix(String what, String[][] answer, String[][] expected, RandomGenerator random, Hint... hints) {
        conclude(what, compareMatrix(answer, expected, random), hints);
    }

    private static void conclude(String what, Verdict verdict, Hint... hints) {
        if (verdict.kind() == Kind.CORRECT) {
            if (verdict.method() == Method.NUMERIC) {
                CheckNotes.raise(CheckNotes.NUMERIC);
            }
            return;
        }
        String message = what + ": " + verdict.message();
        if (verdict.kind() == Kind.WRONG && !verdict.message().contains("Hint:")) {
            for (Hint hint : hints) {
                Optional<String> explanation = hint.explain(verdict.pairs());
                if (explanation.isPresent()) {
                    message += " Hint: " + explanation.get();
                    break;
                }
            }
        }
        throw new AssertionError(message);
    }

    // ---- the machinery ---------------------------------------------------------------------

    @FunctionalInterface
    private interface Prover {
        CasProof.Outcome attempt(Formula student, Formula reference);
    }

    private Verdict agree(Formula student, Formula reference, List<String> names, RandomGenerator random,
            String differs, Prover prover) {
        List<Hint.Pair> pairs = new ArrayList<>();
        double[] point = new double[names.size()];
        for (int draw = 0; draw < MAX_DRAWS && pairs.size() < POINTS; draw++) {
            sample(names, random, point);
            double want = reference.numeric().valueAt(point);
            if (!Double.isFinite(want)) {
                continue; // the right answer is undefined here: not a fair point to judge at
            }
            double got = student.numeric().valueAt(point);
            pairs.add(new Hint.Pair(variables.size() == 1 ? point[0] : Double.NaN, want, got));
            if (!tolerance.isClose(got, want)) {
                String where = describe(names, point);
                List<Hint.Pair> more = morePairs(student, reference, names, random, pairs);
                return new Verdict(Kind.WRONG, Method.COUNTEREXAMPLE, differs + " at " + where + ": it gives "
                        + Numbers.show(got) + " where " + Numbers.show(want) + " was expected.", more);
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException("the expected expression " + reference.source()
                    + " is undefined everywhere it was sampled; give it a domain where it is defined");
        }
        String equalAt = "equal at " + pairs.size() + " random points; ";
        return switch (prover.attempt(student, reference)) {
            case PROVED -> new Verdict(Kind.CORRECT, Method.CAS, "proved equal by the CAS", pairs);
            case NOT_PROVED -> new Verdict(Kind.CORRECT, Method.NUMERIC, equalAt + "the CAS could not prove it", pairs);
            case OUT_OF_STEPS -> new Verdict(Kind.CORRECT, Method.NUMERIC, equalAt + "the CAS could not prove it within "
                    + proofSteps + " steps", pairs);
            case STOPPED -> stopped(new Verdict(Kind.CORRECT, Method.NUMERIC, equalAt + "the CAS proof was stopped by "
                    + "its wall-clock safety net (" + CasProof.SAFETY_NET.toSeconds() + " s), so the machine's load, "
                    + "not the answer, decided that it is not proved", pairs));
        };
    }

    /** Tells the scorecard that this verdict, alone, may depend on the machine's load. */
    private static Verdict stopped(Verdict verdict) {
        CheckNotes.raise(CheckNotes.PROOF_STOPPED);
        return verdict;
    }

    /** After a miss, more points, so a hint can judge the whole picture rather than one point. */
    private List<Hint.Pair> morePairs(Formula student, Formula reference, List<String> names, RandomGenerator random,
            List<Hint.Pair> pairs) {
        List<Hint.Pair> all = new ArrayList<>(pairs);
        double[] point = new double[names.size()];
        for (int draw = 0; draw < MAX_DRAWS && all.size() < POINTS; draw++) {
            sample(names, random, point);
            double want = reference.numeric().valueAt(point);
            if (Double.isFinite(want)) {
                all.add(new Hint.Pair(variables.size() == 1 ? point[0] : Double.NaN, want, student.numeric().valueAt(point)));
            }
        }
        return all;
    }

    /** What an antiderivative that fails is most likely: a derivative, or the integrand itself. */
    private String antiderivativeMistake(Formula student, String integrand, String variable, List<String> names,
            RandomGenerator random) {
        Formula reference = trusted(integrand, names);
        Formula derivativeOfIntegrand = derivative(reference, variable, names);
        if (derivativeOfIntegrand != null && sameAtPoints(student, derivativeOfIntegrand, names, random)) {
            return "It looks like you differentiated instead of integrating.";
        }
        if (sameAtPoints(student, reference, names, random)) {
            return "That is the integrand itself: find a function whose derivative it is.";
        }
        return null;
    }

    private boolean sameAtPoints(Formula a, Formula b, List<String> names, RandomGenerator random) {
        double[] point = new double[names.size()];
        int compared = 0;
        for (int draw = 0; draw < MAX_DRAWS && compared < POINTS; draw++) {
            sample(names, random, point);
            double want = b.numeric().valueAt(point);
            if (Double.isFinite(want)) {
                if (!tolerance.isClose(a.numeric().valueAt(point), want)) {
                    return false;
                }
                compared++;
            }
        }
        return compared > 0;
    }

    /** The derivative by the CAS (cheap for vetted input), read back as a formula; null if unreadable. */
    private static Formula derivative(Formula formula, String variable, List<String> names) {
        try {
            IExpr d = Cas.eval("D(" + formula.normalised() + "," + variable + ")");
            return new AnswerReader(names).read(d.toString());
        } catch (InvalidAnswer | RuntimeException e) {
            return null;
        }
    }

    private static Formula trusted(String expected, List<String> names) {
        try {
            return new AnswerReader(names).read(expected);
        } catch (InvalidAnswer e) {
            throw new IllegalArgumentException("the expected expression " + expected + " is not readable: "
                    + e.getMessage(), e);
        }
    }

    private List<String> names(List<String> extra) {
        List<String> names = new ArrayList<>(variables);
        names.addAll(constants);
        for (String name : extra) {
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                names.add(name);
            }
        }
        return names;
    }

    private void sample(List<String> names, RandomGenerator random, double[] point) {
        for (int i = 0; i < point.length; i++) {
            double[] domain = domains.getOrDefault(names.get(i), new double[] {-2, 2});
            point[i] = domain[0] + (domain[1] - domain[0]) * random.nextDouble();
        }
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    private static String describe(List<String> names, double[] point) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < point.length; i++) {
            if (CONSTANTS_OF_INTEGRATION.contains(names.get(i))) {
                continue; // its value cannot matter to a derivative
            }
            parts.add(names.get(i) + " = " + Numbers.show(point[i]));
        }
        return String.join(", ", parts);
    }
}
