package tangent.grader.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import tangent.reference.cas.Cas;

/**
 * Reads a formula a student wrote, safely: common notations are normalised ({@code **} for
 * powers, {@code ln}, a lone {@code e} for Euler's number), symja parses it in relaxed syntax,
 * and the tree is refused unless every function is on the whitelist, every name is declared,
 * and every constant part is a number of sane size. Known traps get a message saying what to
 * write instead. Nothing here evaluates the student's expression with symja.
 */
public final class AnswerReader {

    static {
        Cas.ensureConfigured(); // before the first symja class below loads
    }

    /** Longest answer read, in characters. */
    public static final int MAX_LENGTH = 500;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 40;
    /** Largest magnitude of a constant part (such as an exponent): keeps exact CAS arithmetic small. */
    public static final double MAX_CONSTANT = 1e12;

    private static final Set<IExpr> FUNCTIONS = Set.of(S.Plus, S.Times, S.Power, S.Sqrt, S.Exp, S.Log,
            S.Sin, S.Cos, S.Tan, S.Sinh, S.Cosh, S.Tanh, S.ArcTan, S.ArcSin, S.ArcCos, S.Abs);
    private static final Set<IExpr> CONSTANTS = Set.of(S.E, S.Pi);
    private static final Pattern SCIENTIFIC = Pattern.compile("(?<![A-Za-z_])\\d+\\.?\\d*[eE][-+]?\\d");
    private static final Pattern LONE_E = Pattern.compile("(?<![A-Za-z0-9_.])e(?![A-Za-z0-9_(])");
    private static final Pattern LN = Pattern.compile("(?<![A-Za-z0-9_])ln\\s*\\(");

    private final List<String> names;

    /** @param names the variables and constants an answer may use (all others are refused) */
    public AnswerReader(List<String> names) {
        this.names = List.copyOf(names);
    }

    public Formula read(String answer) throws InvalidAnswer {
        if (answer == null || answer.isBlank()) {
            throw new InvalidAnswer("the expression is empty: return the formula as text, such as \"2*x + 1\".");
        }
        if (answer.length() > MAX_LENGTH) {
            throw new InvalidAnswer("the expression is " + answer.length() + " characters long; at most "
                    + MAX_LENGTH + " are read.");
        }
        Matcher scientific = SCIENTIFIC.matcher(answer);
        if (scientific.find()) {
            throw new InvalidAnswer("\"" + scientific.group() + "\" looks like scientific notation, which is read "
                    + "as a product with a variable e: write 0.001 or 10^(-3) instead of 1e-3.");
        }
        if (answer.contains("|")) {
            throw new InvalidAnswer("write an absolute value as abs(...), not |...|.");
        }
        if (answer.contains("[") || answer.contains("]")) {
            throw new InvalidAnswer("use round parentheses ( ), not square brackets.");
        }
        String normalised = answer.replace("**", "^");
        normalised = LN.matcher(normalised).replaceAll("log(");
        if (!names.contains("e")) {
            normalised = LONE_E.matcher(normalised).replaceAll("E");
        }
        IExpr tree;
        try {
            tree = Cas.parse(normalised);
        } catch (RuntimeException e) {
            throw new InvalidAnswer("\"" + answer.strip() + "\" cannot be read: " + firstLine(e.getMessage()));
        }
        if (tree == null || tree.isNIL() || tree == S.Null) {
            throw new InvalidAnswer("\"" + answer.strip() + "\" cannot be read as a formula.");
        }
        vet(tree, 0);
        return new Formula(answer, normalised, tree, DoubleForm.of(tree, names));
    }

    private void vet(IExpr expression, int depth) throws InvalidAnswer {
        if (depth > MAX_DEPTH) {
            throw new InvalidAnswer("the expression is nested more than " + MAX_DEPTH + " levels deep.");
        }
        if (expression.isNumber()) {
            if (!expression.isReal()) {
                throw new InvalidAnswer("complex numbers are not expected here: " + expression + ".");
            }
            checkSize(expression);
            return;
        }
        if (expression.isSymbol()) {
            String name = ((ISymbol) expression).getSymbolName();
            if (!declared(name) && !CONSTANTS.contains(expression)) {
                throw new InvalidAnswer("the name \"" + name + "\" is unknown here: you may use " + describeNames()
                        + ", e for Euler's number and pi. For a product, put * between the factors (2*x*y, not 2xy).");
            }
            return;
        }
        if (!expression.isAST()) {
            throw new InvalidAnswer("\"" + expression + "\" is not allowed in an answer.");
        }
        IAST ast = (IAST) expression;
        IExpr head = ast.head();
        String headName = head.isSymbol() ? ((ISymbol) head).getSymbolName() : head.toString();
        if (head.isSymbol() && declared(headName)) {
            throw new InvalidAnswer(headName + "(...) reads as a function named " + headName
                    + ", not a product: write " + headName + "*(...) instead.");
        }
        if (!FUNCTIONS.contains(head)) {
            throw new InvalidAnswer("the function \"" + headName.toLowerCase(Locale.ROOT) + "\" is not allowed; use "
                    + "+ - * / ^, parentheses, exp, log, sqrt, sin, cos, tan, their inverses and hyperbolic forms, abs.");
        }
        for (int i = 1; i <= ast.argSize(); i++) {
            vet(ast.get(i), depth + 1);
        }
        if (ast.isFree(e -> e.isSymbol() && declared(((ISymbol) e).getSymbolName()), true)) {
            checkSize(expression);
        }
    }

    /** A part without variables is a number: keep it small enough that exact CAS arithmetic stays cheap. */
    private void checkSize(IExpr constant) throws InvalidAnswer {
        double value = DoubleForm.of(constant, List.of()).valueAt(new double[0]);
        if (!(Math.abs(value) <= MAX_CONSTANT) && !Double.isNaN(value)) {
            throw new InvalidAnswer("the number " + constant + " is too large to be part of an answer here.");
        }
    }

    private boolean declared(String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private String describeNames() {
        return names.isEmpty() ? "no variables" : "the names " + String.join(", ", names);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error.";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
