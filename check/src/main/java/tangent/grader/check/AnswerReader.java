package tangent.grader.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import tangent.cas.Cas;

/**
 * Reads a formula a student wrote, safely. The text is first made plain: typographic symbols
 * (Unicode minus and dashes, ×, ·, ÷, superscript powers such as x², π, √) become ASCII, a leading
 * left-hand side such as {@code f'(x) =} or {@code dy/dx =} is dropped, and common notations are
 * normalised ({@code **} for powers, {@code ln}, {@code sin^2(x)}, {@code log_2(x)}, a lone
 * {@code e} for Euler's number). Calls of the functions a check declares (such as a lesson's own
 * {@code S(x)}) are replaced by their trusted definitions. Symja parses the result in relaxed
 * syntax, and the tree is refused unless every function is on the whitelist, every name is
 * declared, and every constant part is a number of sane size. Known traps get a message saying
 * what to write instead. Nothing here evaluates the student's expression with symja.
 *
 * <p>Instances are immutable.
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
    /** Most calls of declared functions expanded in one answer: nesting multiplies the text. */
    private static final int MAX_EXPANSIONS = 20;

    private static final Set<IExpr> FUNCTIONS = Set.of(S.Plus, S.Times, S.Power, S.Sqrt, S.Exp, S.Log,
            S.Sin, S.Cos, S.Tan, S.Sec, S.Csc, S.Cot, S.ArcTan, S.ArcSin, S.ArcCos,
            S.Sinh, S.Cosh, S.Tanh, S.Sech, S.Csch, S.Coth, S.ArcSinh, S.ArcCosh, S.ArcTanh, S.Abs);
    private static final String FUNCTION_LIST = "+ - * / ^, parentheses, exp, log (or ln), sqrt, abs, sin, cos, "
            + "tan, sec, csc, cot, arcsin, arccos, arctan, sinh, cosh, tanh, sech, csch, coth, arsinh, arcosh, artanh";
    private static final Set<IExpr> CONSTANTS = Set.of(S.E, S.Pi);

    /** Typographic characters and their plain reading; π gets spaces so that 2πx reads as 2*pi*x. */
    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('\u2212', "-"), Map.entry('\u2010', "-"), Map.entry('\u2011', "-"), Map.entry('\u2012', "-"),
            Map.entry('\u2013', "-"), Map.entry('\u2014', "-"), Map.entry('\uFE63', "-"), Map.entry('\uFF0D', "-"),
            Map.entry('\uFF0B', "+"), Map.entry('\u00D7', "*"), Map.entry('\u00B7', "*"), Map.entry('\u22C5', "*"),
            Map.entry('\u2219', "*"), Map.entry('\u2217', "*"), Map.entry('\u00F7', "/"), Map.entry('\u2215', "/"),
            Map.entry('\u2044', "/"), Map.entry('\u03C0', " pi "), Map.entry('\u00A0', " "), Map.entry('\u2007', " "),
            Map.entry('\u202F', " "), Map.entry('\u2009', " "), Map.entry('\u200A', " "), Map.entry('\u2002', " "),
            Map.entry('\u2003', " "), Map.entry('\u3000', " "), Map.entry('\t', " "), Map.entry('\u200B', ""),
            Map.entry('\uFEFF', ""), Map.entry('\u2032', "'"), Map.entry('\u2033', "''"), Map.entry('\u2034', "'''"),
            Map.entry('\u2019', "'"), Map.entry('\u02B9', "'"));
    /** Superscript characters, each with its plain character at the same index of SUPERSCRIPT_PLAIN. */
    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079"
            + "\u207A\u207B\u207D\u207E\u02E3\u02B8\u1DBB\u207F";
    private static final String SUPERSCRIPT_PLAIN = "0123456789+-()xyzn";
    /** Subscript digits, as in w₁: they are part of the name (w1). */
    private static final String SUBSCRIPTS = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089";

    private static final String NAME = "\\p{L}[\\p{L}\\p{N}_]*";
    /** Not inside a name: 2S(x) is a call of S, w2S(x) is not. */
    private static final String NOT_IN_NAME = "(?<![\\p{L}_])(?<![\\p{L}_]\\p{N}{1,20})";
    /**
     * A left-hand side naming a function or a derivative (f(x) =, f'(x) =, y =, dy/dx =, ∂f/∂x =), or
     * an operator applied to what the answer is about (d/dx (x^3 - 2x^2) =, d/dx log(x) =, ∫ 2x dx =).
     */
    private static final Pattern LEFT_SIDE = Pattern.compile("^\\s*(?:[d\u2202](?:\\^\\(\\d\\))?\\s*" + NAME
            + "\\s*/\\s*[d\u2202]\\s*" + NAME + "(?:\\^\\(\\d\\))?|(" + NAME + ")('*)\\s*(\\([\\p{L}\\p{N}_,\\s]*\\))?"
            + "|\\(?\\s*[d\u2202](?:\\^\\(\\d\\))?\\s*/\\s*[d\u2202]\\s*" + NAME + "(?:\\^\\(\\d\\))?\\s*\\)?[^=]+"
            + "|\u222B[^=]+)\\s*=(?![=>])");
    /** A subscript written with an underscore, w_1 or C_0: the name w1 (symja would read x_ as a pattern). */
    private static final Pattern UNDERSCORE_INDEX = Pattern.compile("(?<![\\p{L}\\p{N}_])(\\p{L}[\\p{L}\\p{N}]*)_(\\p{N}+)"
            + "(?![\\p{L}\\p{N}_])");
    private static final Pattern SCIENTIFIC = Pattern.compile("(?<![A-Za-z_])(\\d+\\.?\\d*)[eE]([-+]?\\d+)");
    private static final Pattern LONE_E = Pattern.compile("(?<![A-Za-z0-9_.])e(?![A-Za-z0-9_(])");
    private static final Pattern LN = Pattern.compile("(?<![A-Za-z0-9_])ln\\s*\\(");
    /** log_e(x), log_2(x), log2(x), log10(x): symja's Log(b, x) for a base b. */
    private static final Pattern LOG_E = Pattern.compile(NOT_IN_NAME + "log_e\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOG_BASE = Pattern.compile(NOT_IN_NAME + "log_?(\\d+)\\s*\\(", Pattern.CASE_INSENSITIVE);
    /** The inverse hyperbolic functions' ISO names (arsinh), which symja does not know. */
    private static final Pattern AREA = Pattern.compile(NOT_IN_NAME + "ar(sinh|cosh|tanh)\\s*\\(", Pattern.CASE_INSENSITIVE);
    /** sin^2(x) for sin(x)^2, and sin^-1(x), which could mean arcsin or 1/sin. */
    private static final Pattern FUNCTION_POWER = Pattern.compile(NOT_IN_NAME
            + "((?:arc)?(?:sin|cos|tan|sec|csc|cot)h?|log|ln)\\s*\\^\\s*(\\(\\s*(-?)\\s*(\\d+)\\s*\\)|(-?)\\s*(\\d+))"
            + "\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRIGONOMETRIC = Pattern.compile("(?:sin|cos|tan|sec|csc|cot)h?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOT_ARGUMENT = Pattern.compile("\u221A\\s*(?:(\\()|(" + NAME + "|\\d+(?:\\.\\d+)?)"
            + "(?![\\p{L}\\p{N}_.(^]))");
    /** 1/2x: symja reads (1/2)*x, which a student may not mean. */
    private static final Pattern DIVISION_TRAP = Pattern.compile(NOT_IN_NAME + "(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)"
            + "\\s*(" + NAME + "+)(?!\\s*\\()");
    /** e^2x: symja reads e^2*x, which a student may not mean. */
    private static final Pattern POWER_TRAP = Pattern.compile("\\^\\s*(-?\\s*\\d+(?:\\.\\d+)?)\\s*(" + NAME + "+)(?!\\s*\\()");
    private static final Pattern FUNCTION_NAME = Pattern.compile(NAME);

    private final List<String> names;
    private final Map<String, String> functions;

    /** @param names the variables and constants an answer may use (all others are refused) */
    public AnswerReader(List<String> names) {
        this(names, Map.of());
    }

    /**
     * @param names     the variables and constants an answer may use (all others are refused)
     * @param functions functions an answer may call, by name, each with its definition in which
     *                  {@code #} stands for the argument, trusted (see {@link #checkFunction})
     */
    public AnswerReader(List<String> names, Map<String, String> functions) {
        this.names = List.copyOf(names);
        this.functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    }

    /**
     * Refuses a function declaration that could not be read: the name must be a plain name that is
     * not already a function, and the definition a trusted formula in {@code #}, such as
     * {@code 1/(1+E^(-#))}, that reads on its own.
     */
    public static void checkFunction(String name, String definition) {
        if (!FUNCTION_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a function name: " + name);
        }
        if (!definition.contains("#")) {
            throw new IllegalArgumentException("the definition of " + name + " does not use its argument #: " + definition);
        }
        IExpr head = Cas.parse(name + "(t)").head();
        if (FUNCTIONS.contains(head) || CONSTANTS.contains(head) || name.equalsIgnoreCase("e")) {
            throw new IllegalArgumentException(name + " is already a function or constant");
        }
        try {
            new AnswerReader(List.of("t")).read(definition.replace("#", "(t)"));
        } catch (InvalidAnswer e) {
            throw new IllegalArgumentException("the definition of " + name + " is not readable: " + e.getMessage(), e);
        }
    }

    public Formula read(String answer) throws InvalidAnswer {
        if (answer == null || answer.isBlank()) {
            throw new InvalidAnswer("the expression is empty: return the formula as text, such as \"2*x + 1\".");
        }
        if (answer.length() > MAX_LENGTH) {
            throw new InvalidAnswer("the expression is " + answer.length() + " characters long; at most "
                    + MAX_LENGTH + " are read.");
        }
        String text = rightHandSide(answer, plain(answer));
        Matcher scientific = SCIENTIFIC.matcher(text);
        if (scientific.find()) {
            throw new InvalidAnswer("\"" + scientific.group() + "\" looks like scientific notation, which is read "
                    + "as a product with a variable e: write " + plainly(scientific) + " instead.");
        }
        if (text.contains("|")) {
            throw new InvalidAnswer("write an absolute value as abs(...), not |...|.");
        }
        if (text.contains("[") || text.contains("]")) {
            throw new InvalidAnswer("use round parentheses ( ), not square brackets.");
        }
        String normalised = UNDERSCORE_INDEX.matcher(text.replace("**", "^")).replaceAll("$1$2");
        normalised = LN.matcher(normalised).replaceAll("log(");
        normalised = LOG_E.matcher(normalised).replaceAll("log(");
        normalised = LOG_BASE.matcher(normalised).replaceAll("log($1,");
        normalised = AREA.matcher(normalised).replaceAll("arc$1(");
        if (!names.contains("e")) {
            normalised = LONE_E.matcher(normalised).replaceAll("E");
        }
        normalised = expand(powersOfFunctions(squareRoots(normalised)));
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
        return new Formula(answer, normalised, tree, DoubleForm.of(tree, names), reading(text));
    }

    // ---- making the text plain ---------------------------------------------------------------

    /** Typographic symbols as ASCII: a run of superscripts is one power, x⁻¹ is x^(-1). */
    private static String plain(String answer) {
        StringBuilder out = new StringBuilder(answer.length() + 8);
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (SUPERSCRIPTS.indexOf(c) >= 0) {
                out.append("^(");
                for (; i < answer.length() && SUPERSCRIPTS.indexOf(answer.charAt(i)) >= 0; i++) {
                    out.append(SUPERSCRIPT_PLAIN.charAt(SUPERSCRIPTS.indexOf(answer.charAt(i))));
                }
                i--;
                out.append(')');
            } else if (SUBSCRIPTS.indexOf(c) >= 0) {
                out.append((char) ('0' + SUBSCRIPTS.indexOf(c)));
                if (i + 1 < answer.length() && Character.isLetter(answer.charAt(i + 1))) {
                    out.append(' '); // a subscript ends its name: w₁x is w1 x, not a name w1x
                }
            } else {
                out.append(SYMBOLS.getOrDefault(c, String.valueOf(c)));
            }
        }
        return out.toString();
    }

    /**
     * The formula without a left-hand side that only names what it is (f'(x) =, dy/dx =); any
     * other equation is refused, since only the right-hand side can be compared.
     */
    private String rightHandSide(String answer, String text) throws InvalidAnswer {
        String equation = "\"" + answer.strip() + "\" is an equation, not a formula: return only the right-hand side, "
                + "such as \"3*x^2 - 4*x\", not \"... = 0\" (a name may come first, as in \"f'(x) = 3*x^2 - 4*x\").";
        Matcher left = LEFT_SIDE.matcher(text);
        if (left.find()) {
            boolean bareName = left.group(1) != null && left.group(2).isEmpty() && left.group(3) == null;
            if (bareName && declared(left.group(1))) {
                throw new InvalidAnswer(equation); // x = 2 is an equation in x, not a name for the formula
            }
            text = text.substring(left.end());
            if (text.isBlank()) {
                throw new InvalidAnswer("there is nothing after \"=\": return the formula itself, such as \"2*x + 1\".");
            }
        }
        if (text.contains("=")) {
            throw new InvalidAnswer(equation);
        }
        return text;
    }

    /** The number a scientific literal means, as a plain decimal and as a power of ten: "0.001 or 10^(-3)". */
    private static String plainly(Matcher scientific) {
        String mantissa = scientific.group(1);
        String exponent = scientific.group(2).replace("+", "");
        String mantissaValue = new BigDecimal(mantissa).stripTrailingZeros().toPlainString();
        String power = (mantissaValue.equals("1") ? "" : mantissaValue + "*") + "10^(" + exponent + ")";
        // written out only when short: an answer's 1e999999 must not become a million digits here
        String digits = exponent.replace("-", "");
        if (digits.length() > 2 || Integer.parseInt(digits) > 12) {
            return power;
        }
        return new BigDecimal(mantissa).scaleByPowerOfTen(Integer.parseInt(exponent)).stripTrailingZeros().toPlainString()
                + " or " + power;
    }

    /** √(...) and √x are sqrt; √2x or √x^2 could be read two ways and are refused. */
    private static String squareRoots(String text) throws InvalidAnswer {
        Matcher m = ROOT_ARGUMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) != null ? "sqrt(" : "sqrt(" + m.group(2) + ")");
        }
        m.appendTail(out);
        if (out.indexOf("\u221A") >= 0) {
            throw new InvalidAnswer("put the argument of \u221A in parentheses, as in \u221A(2*x) or sqrt(2*x): "
                    + "\u221A applies without them only to a single name or number, as in \u221Ax or \u221A2.");
        }
        return out.toString();
    }

    /** sin^2(x) is sin(x)^2 by convention; sin^-1(x) has two conventions and is refused. */
    private static String powersOfFunctions(String text) throws InvalidAnswer {
        for (Matcher m = FUNCTION_POWER.matcher(text); m.find(); m = FUNCTION_POWER.matcher(text)) {
            String function = m.group(1);
            boolean negative = !(m.group(3) == null ? m.group(5) : m.group(3)).isEmpty();
            String exponent = m.group(4) == null ? m.group(6) : m.group(4);
            if (negative && exponent.equals("1") && TRIGONOMETRIC.matcher(function).matches()) {
                throw new InvalidAnswer("\"" + m.group().strip() + "...)\" could mean the inverse function or one over "
                        + function + ": write arc" + function + "(...) for the inverse, or 1/" + function + "(...).");
            }
            if (negative) {
                throw new InvalidAnswer("write a negative power of " + function + " after its parentheses: " + function
                        + "(...)^(-" + exponent + "), not \"" + m.group().strip() + "...)\".");
            }
            int open = m.end() - 1;
            int close = closing(text, open);
            if (close < 0) {
                return text; // unbalanced: the parser says so
            }
            text = text.substring(0, m.start()) + "(" + function + text.substring(open, close + 1) + ")^" + exponent
                    + text.substring(close + 1);
        }
        return text;
    }

    /** Each call of a declared function becomes its definition, the argument in parentheses for #. */
    private String expand(String text) throws InvalidAnswer {
        for (Map.Entry<String, String> function : functions.entrySet()) {
            Pattern call = Pattern.compile(NOT_IN_NAME + Pattern.quote(function.getKey()) + "\\s*\\(",
                    Pattern.CASE_INSENSITIVE);
            int expansions = 0;
            for (Matcher m = call.matcher(text); m.find(); m = call.matcher(text)) {
                String written = m.group().replaceAll("[\\s(]", "");
                if (!written.equals(function.getKey()) && declared(written)) {
                    throw new InvalidAnswer(written + "(...) could be the function " + function.getKey() + " or a product "
                            + "with " + written + ": write " + function.getKey() + "(...) for the function, "
                            + written + "*(...) for the product.");
                }
                int open = m.end() - 1;
                int close = closing(text, open);
                if (close < 0) {
                    return text; // unbalanced: the parser says so
                }
                if (++expansions > MAX_EXPANSIONS) {
                    throw new InvalidAnswer("the expression calls " + function.getKey() + " more than " + MAX_EXPANSIONS
                            + " times.");
                }
                String argument = text.substring(open, close + 1);
                String before = text.substring(0, m.start()).stripTrailing();
                // x S(z) is a product; without the * symja would read x(...) as a call of x
                String times = before.isEmpty() || "+-*/^(,".indexOf(before.charAt(before.length() - 1)) >= 0 ? "" : "*";
                text = before + times + "(" + function.getValue().replace("#", argument) + ")"
                        + text.substring(close + 1);
            }
        }
        return text;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** How an ambiguous part of the answer was read, to be shown if the answer turns out wrong; or "". */
    private static String reading(String text) {
        List<String> notes = new ArrayList<>();
        Matcher division = DIVISION_TRAP.matcher(text);
        if (division.find()) {
            String a = division.group(1);
            String b = division.group(2);
            String x = division.group(3);
            notes.add(a + "/" + b + x + " is read as (" + a + "/" + b + ")*" + x + "; for " + a + "/(" + b + x
                    + ") write " + a + "/(" + b + "*" + x + ")");
        }
        Matcher power = POWER_TRAP.matcher(text);
        if (power.find()) {
            String n = power.group(1).replace(" ", "");
            String x = power.group(2);
            notes.add("^" + n + x + " is read as ^(" + n + ") times " + x + "; for the power " + n + x + " write ^("
                    + n + "*" + x + ")");
        }
        return String.join("; ", notes);
    }

    // ---- vetting the tree --------------------------------------------------------------------

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
            if (FUNCTIONS.contains(expression)) {
                String f = name.toLowerCase(Locale.ROOT);
                throw new InvalidAnswer(f + " needs its argument in parentheses: write " + f + "(x), not " + f
                        + " x; a power goes after them, as in " + f + "(x)^2.");
            }
            if (!declared(name) && !CONSTANTS.contains(expression)) {
                throw new InvalidAnswer("the name \"" + name + "\" is unknown here: you may use " + describeNames()
                        + ", e for Euler's number and pi" + describeFunctions()
                        + ". For a product, put * between the factors (2*x*y, not 2xy).");
            }
            return;
        }
        if (!expression.isAST()) {
            throw new InvalidAnswer("\"" + expression + "\" is not allowed in an answer.");
        }
        IAST ast = (IAST) expression;
        IExpr head = ast.head();
        if (head.isAST() && ((IAST) head).head() == S.Derivative) {
            throw new InvalidAnswer("an answer cannot contain a derivative such as f'(x): write out the formula.");
        }
        String headName = head.isSymbol() ? ((ISymbol) head).getSymbolName() : head.toString();
        if (head.isSymbol() && (declared(headName) || CONSTANTS.contains(head))) {
            String shown = head == S.E ? "e" : head == S.Pi ? "pi" : headName;
            throw new InvalidAnswer(shown + "(...) reads as a function named " + shown
                    + ", not a product: write " + shown + "*(...) instead.");
        }
        if (!FUNCTIONS.contains(head)) {
            throw new InvalidAnswer("the function \"" + headName.toLowerCase(Locale.ROOT) + "\" is not allowed; use "
                    + FUNCTION_LIST + describeFunctions() + "; the names allowed here are "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ".");
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

    private String describeFunctions() {
        List<String> calls = new ArrayList<>();
        functions.forEach((name, definition) -> calls.add(name + "(z) = " + definition.replace("#", "z")));
        return calls.isEmpty() ? "" : "; this task also defines " + String.join(" and ", calls);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error.";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
