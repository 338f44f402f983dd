package tangent.suites.lesson01;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson01.DerivativeRules;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Inputs;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson01.ReferenceDerivativeRules;

/** Each rule of differentiation, on the task's examples and on random exponents, bases and compositions. */
@Grades(DerivativeRules.class)
class DerivativeRulesSuite {

    /** Closed forms evaluated in another order differ by rounding only. */
    private static final Tolerance RULE = Tolerance.of(1e-12, 1e-9);

    private final ReferenceDerivativeRules reference = new ReferenceDerivativeRules();

    @Test
    @Points(1)
    @DisplayName("constant rule: the derivative of c is 0 everywhere")
    void constantRule(DerivativeRules student, RandomGenerator random) {
        double c = random.nextDouble() * 200 - 100;
        Checks.closeAt("d/dx " + Numbers.show(c), Inputs.uniform(random, 12, -10, 10), reference.constant(c), student.constant(c),
                RULE, Hint.whenAnswerIs(x -> c, "that is the constant itself: a flat line has slope 0."));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("sum rule: (f + g)' = f' + g'")
    void sumRule(DerivativeRules student, RandomGenerator random) {
        DoubleUnaryOperator fPrime = Math::cos;
        DoubleUnaryOperator gPrime = x -> 3 * x * x;
        Checks.closeAt("(sin x + x^3)'", Inputs.uniform(random, 12, -3, 3), reference.sum(fPrime, gPrime),
                student.sum(fPrime, gPrime), RULE,
                Hint.whenAnswerIs(x -> Math.cos(x) * 3 * x * x, "the derivative of a sum is the sum of the derivatives, not their product."));
    }

    @Test
    @Points(2)
    @DisplayName("power rule: d/dx x^n = n x^(n-1) for n = 2, 3, 5")
    void powerRuleOnWholeExponents(DerivativeRules student, RandomGenerator random) {
        for (int n : new int[] {2, 3, 5}) {
            // negative x and 0 on every seed: x^n is defined there for whole n (exp((n-1) ln x) is not)
            double[] xs = Inputs.uniform(random, 12, -4, 4);
            xs[0] = -2;
            xs[1] = 0;
            xs[2] = -0.5;
            checkPower(student, n, xs);
        }
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("power rule for negative and fractional exponents")
    void powerRuleOnOtherExponents(DerivativeRules student, RandomGenerator random) {
        for (int i = 0; i < 6; i++) {
            double n = Math.round((random.nextDouble() * 8 - 4) * 4) / 4.0;
            checkPower(student, n, Inputs.uniform(random, 12, 0.1, 5));
        }
        checkPower(student, -1, Inputs.uniform(random, 12, 0.1, 5));
        checkPower(student, 0.5, Inputs.uniform(random, 12, 0.1, 5));
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("power rule for n = 0 gives 0, even at x = 0")
    void powerRuleForZeroExponent(DerivativeRules student) {
        Checks.closeAt("d/dx x^0", new double[] {0, 1, -2.5}, reference.power(0), student.power(0), RULE);
    }

    private void checkPower(DerivativeRules student, double n, double[] xs) {
        Checks.closeAt("d/dx x^" + Numbers.show(n), xs, reference.power(n), student.power(n), RULE,
                Hint.whenAnswerIs(x -> n * Math.pow(x, n), "lower the exponent by one: n x^(n-1), not n x^n."),
                Hint.whenAnswerIs(x -> Math.pow(x, n - 1), "bring the exponent down as a factor: n x^(n-1)."));
    }

    @Test
    @Points(2)
    @DisplayName("exponential rule: d/dx a^x = a^x ln a")
    void exponentialRule(DerivativeRules student, RandomGenerator random) {
        for (double a : new double[] {2, 10, 0.5, 0.1 + 9.9 * random.nextDouble()}) {
            Checks.closeAt("d/dx " + Numbers.show(a) + "^x", Inputs.uniform(random, 12, -3, 3), reference.exponential(a),
                    student.exponential(a), RULE,
                    Hint.whenAnswerIs(x -> Math.pow(a, x), "a^x is its own derivative only for a = e: multiply by ln(a)."),
                    Hint.whenAnswerIs(x -> x * Math.pow(a, x - 1), "the power rule is for x^n; for a^x the rule is a^x ln(a)."),
                    Hint.whenAnswerIs(x -> Math.pow(a, x) * Math.log10(a), "ln is the natural logarithm: use Math.log, not Math.log10."));
        }
    }

    @Test
    @Points(1)
    @DisplayName("d/dx e^x = e^x")
    void naturalExponential(DerivativeRules student, RandomGenerator random) {
        Checks.closeAt("d/dx e^x", Inputs.uniform(random, 12, -5, 5), reference.naturalExponential(), student.naturalExponential(), RULE,
                Hint.whenAnswerIs(x -> x * Math.exp(x - 1), "the power rule is for x^n; e^x is its own derivative."));
    }

    @Test
    @Points(2)
    @DisplayName("chain rule on the example: f(u) = u^2, g(x) = 3x + 1")
    void chainRuleOnTheExample(DerivativeRules student, RandomGenerator random) {
        checkChain(student, "(3x + 1)^2", u -> 2 * u, x -> 3 * x + 1, x -> 3, Inputs.uniform(random, 12, -3, 3));
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("chain rule on other compositions: sin(x^2), exp(-x), (1 + e^-x)^-1")
    void chainRuleOnOtherCompositions(DerivativeRules student, RandomGenerator random) {
        checkChain(student, "sin(x^2)", Math::cos, x -> x * x, x -> 2 * x, Inputs.uniform(random, 12, -2, 2));
        checkChain(student, "exp(-x)", Math::exp, x -> -x, x -> -1, Inputs.uniform(random, 12, -2, 2));
        checkChain(student, "(1 + e^-x)^-1", u -> -1 / (u * u), x -> 1 + Math.exp(-x), x -> -Math.exp(-x),
                Inputs.uniform(random, 12, -4, 4));
    }

    private void checkChain(DerivativeRules student, String name, DoubleUnaryOperator fPrime, DoubleUnaryOperator g,
            DoubleUnaryOperator gPrime, double[] xs) {
        Checks.closeAt("d/dx " + name, xs, reference.chain(fPrime, g, gPrime), student.chain(fPrime, g, gPrime), RULE,
                Hint.whenAnswerIs(x -> fPrime.applyAsDouble(g.applyAsDouble(x)),
                        "multiply by the inner derivative g'(x): d/dx f(g(x)) = f'(g(x)) g'(x)."),
                Hint.whenAnswerIs(x -> fPrime.applyAsDouble(x) * gPrime.applyAsDouble(x),
                        "evaluate the outer derivative at the inner function: f'(g(x)), not f'(x)."),
                Hint.signFlip());
    }

}
