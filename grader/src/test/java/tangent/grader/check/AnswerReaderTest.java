package tangent.grader.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tangent.grader.check.ExpressionCheck.Kind;
import tangent.grader.check.ExpressionCheck.Method;
import tangent.grader.check.ExpressionCheck.Verdict;

/** The notations students type, each with the exact verdict it gets, and for refusals what the message advises. */
class AnswerReaderTest {

    private static final String DERIVATIVE = "-4*x+3*x^2";
    private static final String SIGMOID = "1/(1+E^(-#))";
    private static final String SIGMOID_SLOPE = "1/(E^x*(1+E^(-x))^2)";
    private static final ExpressionCheck X = ExpressionCheck.in("x");
    private static final ExpressionCheck WITH_S = ExpressionCheck.in("x").withDomain("x", -6, 6)
            .withFunction("S", SIGMOID).withFunction("\u03C3", SIGMOID);

    private static Verdict judge(ExpressionCheck check, String answer, String expected) {
        return check.compare(answer, expected, new SplittableRandom(7));
    }

    private static void assertProved(ExpressionCheck check, String answer, String expected) {
        Verdict verdict = judge(check, answer, expected);
        assertThat(verdict.kind()).as(answer + " -> " + verdict.message()).isEqualTo(Kind.CORRECT);
        assertThat(verdict.method()).as(answer + " -> " + verdict.message()).isEqualTo(Method.CAS);
    }

    private static String refusal(ExpressionCheck check, String answer, String expected) {
        Verdict verdict = judge(check, answer, expected);
        assertThat(verdict.kind()).as(answer + " -> " + verdict.message()).isEqualTo(Kind.INVALID);
        assertThat(verdict.method()).isEqualTo(Method.PARSE);
        return verdict.message();
    }

    private static String normalised(String answer, String... names) throws InvalidAnswer {
        return new AnswerReader(List.of(names)).read(answer).normalised();
    }

    // ---- typography --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"3x\u00B2\u22124x", "3x\u00B2 \u2013 4x", "3x\u00B2 \u2014 4x", "3\u00B7x\u00B7x \u2212 4\u00D7x",
        "3\u22C5x^2-4x", "(6x\u00B3\u22128x\u00B2)\u00F7(2x)", "3x^2\u00A0-\u00A04x", "3x^2\u202F\u2212\u20094x",
        "3x^2-4x\u200B", "3\u2219x^2 - 4\u2217x"})
    void typographicSymbolsAreReadAsTheirAsciiMeaning(String answer) {
        assertProved(X, answer, DERIVATIVE);
    }

    @Test
    void superscriptsBecomeParenthesisedPowers() throws InvalidAnswer {
        assertThat(normalised("x\u00B2", "x")).isEqualTo("x^(2)");
        assertThat(normalised("x\u207B\u00B9", "x")).isEqualTo("x^(-1)");
        assertThat(normalised("3x\u00B2+2", "x")).isEqualTo("3x^(2)+2");
        assertThat(normalised("e\u207B\u02E3", "x")).isEqualTo("E^(-x)");
        assertProved(X, "x\u207B\u00B9", "1/x");
        assertProved(X, "x\u00B9\u2070", "x^10");
    }

    @Test
    void subscriptDigitsArePartOfTheNameAndEndIt() {
        ExpressionCheck weights = ExpressionCheck.in("x", "w1", "w2");
        assertProved(weights, "w\u2081x + w\u2082", "w1*x+w2");
    }

    @Test
    void piAndTheRadicalSignAreRead() {
        assertProved(X, "\u03C0x", "Pi*x");
        assertProved(X, "2\u03C0x", "2*Pi*x");
        ExpressionCheck positive = ExpressionCheck.in("x").withDomain("x", 0.1, 3);
        assertProved(positive, "\u221Ax", "Sqrt(x)");
        assertProved(positive, "\u221A(2x)", "Sqrt(2*x)");
        assertProved(positive, "\u221A2\u00B7x", "Sqrt(2)*x");
        assertProved(positive, "\u221Ax\u00B7\u03C0", "Sqrt(x)*Pi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u221A2x", "\u221Ax^2", "\u221Ax\u00B2", "\u221A23x"})
    void aRadicalWithoutParenthesesOverMoreThanOneTokenIsRefused(String answer) {
        assertThat(refusal(X.withDomain("x", 0.1, 3), answer, "Sqrt(2*x)"))
                .contains("put the argument of \u221A in parentheses").contains("sqrt(2*x)");
    }

    // ---- left-hand sides ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"f'(x) = 3x^2 - 4x", "f'(x)=3x^2-4x", "g'(x) = 3x^2-4x", "F(x) = 3x^2-4x", "df/dx = 3x^2-4x",
        "dy/dx=3x^2-4x", "\u2202f/\u2202x = 3x^2-4x", "y = 3x^2-4x", "y' = 3x^2-4x", "f''(x) = 3x^2-4x",
        "  f'(x) = 3x\u00B2 \u2212 4x", "f\u2032(x) = 3x^2-4x", "f\u2019(x) = 3x^2-4x", "f\u2033(x) = 3x^2-4x",
        "d/dx(x^3-2x^2) = 3x^2-4x", "d/dx (x^3 - 2x^2 + 1) = 3x^2 - 4x", "(d/dx) f = 3x^2-4x", "d/dx f(x) = 3x^2-4x"})
    void aLeftHandSideThatNamesTheResultIsDropped(String answer) {
        assertProved(X, answer, DERIVATIVE);
    }

    @Test
    void anAntiderivativeMayBeWrittenWithItsName() {
        Verdict verdict = X.compareAntiderivative("F(x) = x^3/3 + C", "x^2", "x", new SplittableRandom(3));
        assertThat(verdict.kind()).isEqualTo(Kind.CORRECT);
        assertThat(verdict.method()).isEqualTo(Method.CAS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"f'(x) = 3x^2-4x = x(3x-4)", "3x^2-4x = 0", "x = 3x^2-4x", "x := 5", "3x^2 == 4x",
        "d/dx(x^3-2x^2) = 3x^2-4x = x(3x-4)", "f'(x) = 3x^2 - 4x = 0"})
    void anyOtherEquationIsRefusedWithTheAdviceToReturnTheRightHandSide(String answer) {
        // the advice names the accepted form of a name first, not as a mistake
        assertThat(refusal(X, answer, DERIVATIVE)).contains("is an equation, not a formula: return only the right-hand side")
                .contains("a name may come first, as in \"f'(x) = 3*x^2 - 4*x\"").doesNotContain("rather than \"f'(x)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1e-3*x | write 0.001 or 10^(-3) instead", "2.5E3*x | write 2500 or 2.5*10^(3) instead",
        "x^1e0 | write 1 or 10^(0) instead", "3*x^2 - 4e+1*x | write 40 or 4*10^(1) instead",
        "1e999999*x | write 10^(999999) instead"})
    void scientificNotationIsRefusedWithTheNumberItMeant(String answer, String advice) {
        assertThat(refusal(X, answer, DERIVATIVE)).contains("looks like scientific notation").contains(advice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"d/dx log(x) = 1/x", "d/dx ln(x) = 1/x", "d/dx[log(x)] = 1/x", "d/dx (log x) = 1/x"})
    void anOperatorAppliedToTheFunctionIsALeftHandSideToo(String answer) {
        assertProved(X, answer, "1/x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u222B x^2 dx = x^3/3 + C", "\u222Bx^2dx = x^3/3", "x^3/3 + c", "x^3/3 + K", "x^3/3 + k",
        "x^3/3 + C1", "x^3/3 + C_1", "x^3/3 + c_0", "x^3/3 + A", "F(x) = x^3/3 + C0"})
    void anAntiderivativeMayCarryAnyUsualConstantOfIntegration(String answer) {
        Verdict verdict = X.compareAntiderivative(answer, "x^2", "x", new SplittableRandom(3));
        assertThat(verdict.kind()).as(answer + " -> " + verdict.message()).isEqualTo(Kind.CORRECT);
    }

    @Test
    void aConstantOfIntegrationIsNotAVariableOfTheFunction() {
        // C times x^3/3 is not an antiderivative of x^2 for every C: the constant only ever adds.
        Verdict verdict = X.compareAntiderivative("C*x^3/3", "x^2", "x", new SplittableRandom(3));
        assertThat(verdict.kind()).as(verdict.message()).isEqualTo(Kind.WRONG);
    }

    @Test
    void aLeftHandSideWithNothingAfterItSaysSo() {
        assertThat(refusal(X, "f'(x) =", DERIVATIVE)).contains("there is nothing after \"=\"");
    }

    // ---- functions ---------------------------------------------------------------------------

    @Test
    void reciprocalTrigonometricAndHyperbolicFunctionsAreEvaluated() throws InvalidAnswer {
        double x = 0.7;
        double[] at = {x};
        AnswerReader reader = new AnswerReader(List.of("x"));
        assertThat(reader.read("sec(x)").numeric().valueAt(at)).isCloseTo(1 / Math.cos(x), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(reader.read("csc(x)").numeric().valueAt(at)).isCloseTo(1 / Math.sin(x), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(reader.read("cot(x)").numeric().valueAt(at)).isCloseTo(1 / Math.tan(x), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(reader.read("sech(x)").numeric().valueAt(at)).isCloseTo(1 / Math.cosh(x), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(reader.read("csch(x)").numeric().valueAt(at)).isCloseTo(1 / Math.sinh(x), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(reader.read("coth(x)").numeric().valueAt(at)).isCloseTo(1 / Math.tanh(x), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(reader.read("arsinh(x)").numeric().valueAt(new double[] {-3})).isCloseTo(-1.8184464592320668,
                org.assertj.core.data.Offset.offset(1e-14));
        assertThat(reader.read("arcosh(x)").numeric().valueAt(new double[] {2})).isCloseTo(1.3169578969248166,
                org.assertj.core.data.Offset.offset(1e-14));
        assertThat(reader.read("artanh(x)").numeric().valueAt(new double[] {0.5})).isCloseTo(0.5493061443340548,
                org.assertj.core.data.Offset.offset(1e-14));
        assertThat(reader.read("artanh(x)").numeric().valueAt(new double[] {2})).isNaN();
    }

    @Test
    void theSquareOfSechIsProvedEqualToOneMinusTanhSquared() {
        assertProved(X, "sech(x)^2", "1-Tanh(x)^2");
        assertProved(X, "sech\u00B2(x)", "1-Tanh(x)^2");
        assertProved(X, "1 - tanh^2(x)", "Sech(x)^2");
        assertProved(X, "csc(x)^2", "1/Sin(x)^2");
        assertProved(X.withDomain("x", 0.1, 1.4), "sec(x)*tan(x)", "Sin(x)/Cos(x)^2");
        assertProved(X.withDomain("x", 0.1, 3), "-csch(x)*coth(x)", "-Cosh(x)/Sinh(x)^2");
        assertProved(X.withDomain("x", -0.9, 0.9), "artanh(x)", "ArcTanh(x)");
        assertProved(X, "asinh(x)", "ArcSinh(x)");
    }

    @Test
    void anAntiderivativeInSechIsChecked() {
        Verdict verdict = X.compareAntiderivative("tanh(x) + C", "Sech(x)^2", "x", new SplittableRandom(5));
        assertThat(verdict.kind()).isEqualTo(Kind.CORRECT);
        Verdict wrong = X.compareAntiderivative("sech(x)", "Sech(x)^2", "x", new SplittableRandom(5));
        assertThat(wrong.kind()).isEqualTo(Kind.WRONG);
    }

    @Test
    void aPowerOfAFunctionWrittenBeforeItsArgumentIsItsPower() {
        assertProved(X, "2sin^2(x)", "2*Sin(x)^2");
        assertProved(X, "sin\u00B2(x) + cos\u00B2(x)", "1");
        assertProved(X.withDomain("x", 0.1, 3), "ln^2(x)", "Log(x)^2");
    }

    @Test
    void aNegativePowerOfAFunctionNamesBothReadings() {
        assertThat(refusal(X, "sin^-1(x)", "ArcSin(x)")).contains("write arcsin(...) for the inverse, or 1/sin(...)");
        assertThat(refusal(X, "sin\u207B\u00B9(x)", "ArcSin(x)")).contains("write arcsin(...) for the inverse");
        assertThat(refusal(X, "sin^-2(x)", "Sin(x)^(-2)")).contains("sin(...)^(-2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sin x", "sin^2 x", "exp x", "sqrt x"})
    void aFunctionWithoutParenthesesIsRefusedWithTheRightForm(String answer) {
        String function = answer.substring(0, answer.indexOf(answer.contains("^") ? '^' : ' '));
        assertThat(refusal(X, answer, "Sin(x)")).contains(function + " needs its argument in parentheses: write "
                + function + "(x)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Exp(2x)", "EXP(2*x)", "exp(2x)", "e^(2x)", "E^(2*x)", "e**(2*x)", "e\u00B2\u02E3"})
    void exponentialsInAnyCase(String answer) {
        assertProved(X, answer, "E^(2*x)");
    }

    @Test
    void aNegativeExponentWithoutParenthesesCoversOneToken() {
        assertProved(WITH_S, "e^-x/(1+e^-x)^2", SIGMOID_SLOPE);
        assertProved(X, "2 x + e^-x", "2*x+E^(-x)");
    }

    @Test
    void logarithmsToABase() {
        ExpressionCheck positive = ExpressionCheck.in("x").withDomain("x", 0.1, 3);
        for (String answer : List.of("log_2(x)", "log\u2082(x)", "log2(x)", "ln(x)/ln(2)")) {
            assertProved(positive, answer, "Log(x)/Log(2)");
        }
        assertProved(positive, "log_e(x)", "Log(x)");
        assertProved(positive, "log10(x)", "Log(x)/Log(10)");
    }

    // ---- declared functions ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"S(x)*(1-S(x))", "S(x)(1-S(x))", "S(x)(1 \u2212 S(x))", "S'(x) = S(x)(1-S(x))",
        "\u03C3(x)(1-\u03C3(x))", "s(x)*(1-s(x))", "S(x) S(-x)", "S (x) - S(x)^2"})
    void aDeclaredFunctionIsReadAsItsDefinition(String answer) {
        assertProved(WITH_S, answer, SIGMOID_SLOPE);
    }

    @Test
    void aDeclaredFunctionIsExpandedInsideItsOwnArgumentAndAfterAFactor() throws InvalidAnswer {
        ExpressionCheck weights = ExpressionCheck.in("x", "w1", "w2").withFunction("S", SIGMOID);
        assertProved(weights, "x S(w1*x)", "x/(1+E^(-w1*x))");
        assertProved(weights, "2S(w\u2081x) - S(w1 x)", "1/(1+E^(-w1*x))");
        assertProved(weights, "S(w2*S(w1*x))", "1/(1+E^(-w2/(1+E^(-w1*x))))");
        Formula nested = new AnswerReader(List.of("x"), java.util.Map.of("S", SIGMOID)).read("S(S(x))");
        assertThat(nested.normalised()).isEqualTo("(1/(1+E^(-((1/(1+E^(-(x))))))))");
    }

    @Test
    void aWrongAnswerWithADeclaredFunctionIsWrong() {
        Verdict verdict = judge(WITH_S, "S(x)*(1+S(x))", SIGMOID_SLOPE);
        assertThat(verdict.kind()).isEqualTo(Kind.WRONG);
        assertThat(verdict.method()).isEqualTo(Method.COUNTEREXAMPLE);
        assertThat(judge(WITH_S, "2*S(x)*(1-S(x))", SIGMOID_SLOPE).kind()).isEqualTo(Kind.WRONG);
    }

    @Test
    void aFunctionWhoseNameIsAlsoAConstantInAnotherCaseIsRefusedAsAmbiguous() {
        ExpressionCheck layer = ExpressionCheck.in("x", "y").withConstants("p", "q", "s").withFunction("S", SIGMOID);
        String expected = "p*E^(-(p*x+q*y))/(1+E^(-(p*x+q*y)))^2";
        assertProved(layer, "S(p*x+q*y)*(1-S(p*x+q*y))*p", expected);
        assertThat(refusal(layer, "s(p*x+q*y)*(1-s(p*x+q*y))*p", expected))
                .contains("s(...) could be the function S or a product with s")
                .contains("write S(...) for the function, s*(...) for the product");
        assertProved(layer, "s*(x+y) + S(x)", "s*x+s*y+1/(1+E^(-x))");
    }

    @Test
    void anUndeclaredFunctionNamesWhatIsAllowedAndGivesNoProductAdvice() {
        String message = refusal(WITH_S, "f(x)", SIGMOID_SLOPE);
        assertThat(message).contains("the function \"f\" is not allowed").contains("sech")
                .contains("this task also defines S(z) = 1/(1+E^(-z))").contains("the names allowed here are x.")
                .doesNotContain("f*(");
        assertThat(refusal(X, "S(x)", SIGMOID_SLOPE)).contains("the function \"s\" is not allowed")
                .contains("the names allowed here are x.").doesNotContain("S*(");
    }

    @Test
    void aCallOfADeclaredVariableStillGetsTheProductAdvice() {
        assertThat(refusal(X, "x(3x-4)", DERIVATIVE))
                .isEqualTo("x(...) reads as a function named x, not a product: write x*(...) instead.");
        assertThat(refusal(WITH_S, "x(3x-4)", DERIVATIVE)).contains("write x*(...) instead");
        assertThat(refusal(X, "\u03C0(x+1)", DERIVATIVE)).contains("write pi*(...) instead");
    }

    @Test
    void manyCallsOfADeclaredFunctionAreRefused() {
        assertThat(refusal(WITH_S, "S(".repeat(21) + "x" + ")".repeat(21), SIGMOID_SLOPE))
                .contains("calls S more than 20 times");
    }

    @Test
    void aDeclarationMustBeReadable() {
        assertThatThrownBy(() -> X.withFunction("sin", SIGMOID)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> X.withFunction("S", "1/(1+E^(-x))")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not use its argument");
        assertThatThrownBy(() -> X.withFunction("S", "Quit(#)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not readable");
        assertThatThrownBy(() -> X.withFunction("2S", SIGMOID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckWithoutDeclarationsIsUnchanged() {
        ExpressionCheck declared = X.withFunction("S", SIGMOID);
        assertThat(refusal(X, "S(x)", DERIVATIVE)).contains("is not allowed");
        assertThat(judge(declared, "S(x)", DERIVATIVE).kind()).isEqualTo(Kind.WRONG);
    }

    // ---- ambiguous forms keep their reading, and say it when wrong ---------------------------

    @Test
    void oneOverTwoXIsReadAsHalfXAndAWrongVerdictSaysSo() {
        assertProved(X, "1/2x", "x/2");
        Verdict verdict = judge(X, "1/2x", "1/(2*x)");
        assertThat(verdict.kind()).isEqualTo(Kind.WRONG);
        assertThat(verdict.message()).contains("your expression 1/2x (1/2x is read as (1/2)*x; for 1/(2x) write "
                + "1/(2*x)) differs");
    }

    @Test
    void aNumberExponentBeforeANameIsReadAsAFactorAndAWrongVerdictSaysSo() {
        Verdict verdict = judge(X, "e^2x", "E^(2*x)");
        assertThat(verdict.kind()).isEqualTo(Kind.WRONG);
        assertThat(verdict.message()).contains("^2x is read as ^(2) times x; for the power 2x write ^(2*x)");
        assertThat(judge(X, "e^-2x", "E^(-2*x)").message()).contains("for the power -2x write ^(-2*x)");
        assertProved(ExpressionCheck.in("x", "y"), "3x^2y", "3*x^2*y");
        assertThat(judge(X, "3x^2+4x", DERIVATIVE).message()).doesNotContain("read as");
    }

    @Test
    void spacesMultiply() {
        assertProved(X, "2 x", "2*x");
        assertProved(ExpressionCheck.in("x", "y"), "2 x y", "2*x*y");
    }
}
