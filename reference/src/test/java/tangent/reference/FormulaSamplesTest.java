package tangent.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tangent.exercises.lesson01.CubicDerivative;
import tangent.exercises.lesson01.CubicDerivativeSamples;
import tangent.exercises.lesson01.Sigmoid;
import tangent.exercises.lesson01.SigmoidSamples;
import tangent.exercises.lesson02.Antiderivatives;
import tangent.exercises.lesson02.AntiderivativesSamples;
import tangent.exercises.lesson03.PartialDerivatives;
import tangent.exercises.lesson03.PartialDerivativesSamples;
import tangent.exercises.lesson03.Surface;
import tangent.exercises.lesson04.JacobianFormulas;
import tangent.exercises.lesson04.JacobianFormulasSamples;
import tangent.exercises.lesson05.ActivationDerivatives;
import tangent.exercises.lesson05.ActivationDerivativesSamples;
import tangent.exercises.lesson05.NestedSigmoids;
import tangent.exercises.lesson05.NestedSigmoidsSamples;
import tangent.exercises.lesson06.DerivativeScan;
import tangent.exercises.lesson06.DerivativeScanSamples;
import tangent.exercises.lesson07.SvmLagrangian;
import tangent.exercises.lesson07.SvmLagrangianSamples;
import tangent.reference.lesson01.ReferenceCubicDerivative;
import tangent.reference.lesson01.ReferenceSigmoid;
import tangent.reference.lesson02.ReferenceAntiderivatives;
import tangent.reference.lesson03.ReferencePartialDerivatives;
import tangent.reference.lesson04.ReferenceJacobianFormulas;
import tangent.reference.lesson05.ReferenceActivationDerivatives;
import tangent.reference.lesson05.ReferenceNestedSigmoids;
import tangent.reference.lesson06.ReferenceDerivativeScan;
import tangent.reference.lesson07.ReferenceSvmLagrangian;

/**
 * The public samples' formula checks can fail: each one is run on the reference with one formula
 * method replaced, by a plausible mistake (the sample must fail, naming the method, with the
 * checker's message and the suite's hint when one names the mistake) and by an equivalent form
 * unlike the reference's (the sample must pass). The
 * samples are run as a student's {@code mvn test} runs them: a subclass handing them the
 * implementation, the test method called on it.
 */
class FormulaSamplesTest {

    /**
     * One formula sample, the method it checks and two answers for it; {@code hint}, the start of what
     * the suite's known mistake says of this one (null: a mistake no hint names).
     */
    record Case(String sample, Function<Object, Object> samples, Class<?> task, Object reference, String method,
            Function<Object[], Object> mistake, String hint, Function<Object[], Object> equivalent) {

        @Override
        public String toString() {
            return sample + " on " + method + "()";
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("expressionIsTheDerivative", FormulaSamplesTest::cubicDerivative,
                        CubicDerivative.class, new ReferenceCubicDerivative(), "derivativeExpression",
                        args -> "3*x^2 - 2*x", "the power rule brings the exponent down: d/dx 2x^2 = 4x.",
                        args -> "x*(3x - 4)"),
                new Case("derivativeExpressionIsTheSlope", FormulaSamplesTest::sigmoid,
                        Sigmoid.class, new ReferenceSigmoid(), "derivativeExpression",
                        args -> "2*exp(-x)/(1+exp(-x))^2", "your derivative is twice the right one",
                        args -> "S(x)*(1 - S(x))"),
                new Case("antiderivativesOfTheTextsTwoFunctions", FormulaSamplesTest::antiderivatives,
                        Antiderivatives.class, new ReferenceAntiderivatives(), "ofThreeXSquaredMinusFourX",
                        args -> "3*x^3 - 4*x^2", "raise each power by one and divide by the new exponent",
                        args -> "x^2*(x - 2) + 7"),
                new Case("antiderivativesOfTheTextsTwoFunctions", FormulaSamplesTest::antiderivatives,
                        Antiderivatives.class, new ReferenceAntiderivatives(), "ofTwoX",
                        args -> "2*x^2", "x^2 has derivative 2x; 2x^2 has 4x", args -> "x*x - 3"),
                new Case("everyGradientIsTheFunctionsPartials", FormulaSamplesTest::partialDerivatives,
                        PartialDerivatives.class, new ReferencePartialDerivatives(), "gradient",
                        // the product rule's mistake, in one of the three surfaces only
                        args -> args[0] == Surface.SQUARE_OF_SUM ? new String[] {"2*x + 2", "2 + 2*y"}
                                : new ReferencePartialDerivatives().gradient((Surface) args[0]),
                        "in d/dx 2xy, y is a constant factor",
                        args -> switch ((Surface) args[0]) {
                            case SQUARE_PLUS_CUBE -> new String[] {"x + x", "3*y*y"};
                            case SUM_OF_SQUARES -> new String[] {"2x", "2y"};
                            case SQUARE_OF_SUM -> new String[] {"2*(x + y)", "2*(y + x)"};
                        }),
                new Case("theTextsPartialIsTheDerivativeInY", FormulaSamplesTest::partialDerivatives,
                        PartialDerivatives.class, new ReferencePartialDerivatives(), "partial",
                        args -> "2*x + 3*y^2", null, args -> "3y\u00B2"),
                new Case("productPairIsTheJacobianOfTheTextsPair", FormulaSamplesTest::jacobianFormulas,
                        JacobianFormulas.class, new ReferenceJacobianFormulas(), "productPair",
                        args -> new String[][] {{"2*x", "2*y"}, {"x^2", "2*x*y"}}, "your columns are in the other order",
                        args -> new String[][] {{"y + y", "2x"}, {"2*y*x", "x*x"}}),
                new Case("sigmoidLayerIsTheJacobianOfTheThreeNeurons", FormulaSamplesTest::jacobianFormulas,
                        JacobianFormulas.class, new ReferenceJacobianFormulas(), "sigmoidLayer",
                        args -> layer("S(%1$s)*(1 - S(%1$s))"), // the chain rule's inner factor forgotten
                        "by the chain rule each entry is S'(z) times the derivative of z",
                        args -> layer("%2$s*S(%1$s)*(1 - S(%1$s))")),
                new Case("tanhDerivativeExpressionIsTheSlope", FormulaSamplesTest::activationDerivatives,
                        ActivationDerivatives.class, new ReferenceActivationDerivatives(), "tanhDerivativeExpression",
                        args -> "1 - tanh(z)", "square tanh", args -> "1/cosh(z)^2"),
                new Case("derivativesAsExpressions", FormulaSamplesTest::nestedSigmoids,
                        NestedSigmoids.class, new ReferenceNestedSigmoids(), "dOutputDw2Expression",
                        // the text's dsigmoid, with its factor 2
                        args -> "2*S(w2*S(w1*x))*(1 - S(w2*S(w1*x)))*S(w1*x)", "your dy/dw2 is twice the right one",
                        args -> "S(w1*x)*(S(w2*S(w1*x)) - S(w2*S(w1*x))^2)"),
                new Case("derivativesAsExpressions", FormulaSamplesTest::nestedSigmoids,
                        NestedSigmoids.class, new ReferenceNestedSigmoids(), "dOutputDw1Expression",
                        args -> "-S(w2*S(w1*x))*(1 - S(w2*S(w1*x)))*w2*S(w1*x)*(1 - S(w1*x))*x", "your answer has the opposite "
                                + "sign of the expected one everywhere",
                        args -> "x*w2*exp(-w1*x)/(1 + exp(-w1*x))^2*S(w2*S(w1*x))*(1 - S(w2*S(w1*x)))"),
                new Case("logDerivativeIsTheDerivative", FormulaSamplesTest::derivativeScan,
                        DerivativeScan.class, new ReferenceDerivativeScan(), "logDerivative",
                        args -> "1/(x*log(10))", "log here is the natural logarithm", args -> "x^(-1)"),
                new Case("theLagrangianOfTheTextsPoints", FormulaSamplesTest::svmLagrangian,
                        SvmLagrangian.class, new ReferenceSvmLagrangian(), "lagrangian",
                        // the usual convention's minus signs, which this task does not follow
                        args -> "a^2 + b^2 - l1*(-c - 1) - l2*(a + 2*b + c - 1) - l3*(2*a + b + c - 1)",
                        "your Lagrangian subtracts the multiplier terms",
                        args -> "a*a + b*b - l1 - l1*c + l2*(a + 2b + c) - l2 + l3*(2a + b + c - 1)"),
                new Case("itsSixPartialDerivatives", FormulaSamplesTest::svmLagrangian,
                        SvmLagrangian.class, new ReferenceSvmLagrangian(), "partialDerivatives",
                        // dL/da and dL/db in the other order
                        args -> new String[] {"2*b + 2*l2 + l3", "2*a + l2 + 2*l3", "-l1 + l2 + l3", "-c - 1",
                            "a + 2*b + c - 1", "2*a + b + c - 1"}, null,
                        args -> new String[] {"l2 + 2*(a + l3)", "2*(b + l2) + l3", "l3 + l2 - l1", "-(c + 1)",
                            "c + a + 2*b - 1", "b + 2*a - 1 + c"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMistakeFailsTheSampleWithTheCheckersMessage(Case c) {
        Throwable failure = run(c, c.mistake());
        assertThat(failure).as("the sample %s must fail on a wrong %s()", c.sample(), c.method()).isInstanceOf(AssertionError.class);
        assertThat(failure.getMessage()).startsWith(c.method() + "(").contains(" differs ", " was expected.");
        if (c.hint() == null) {
            assertThat(failure.getMessage()).doesNotContain("Hint:");
        } else {
            // the suite's own hint: both take it from the task's public Mistakes class
            assertThat(failure.getMessage()).contains(" Hint: " + c.hint());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anEquivalentFormPassesTheSample(Case c) {
        assertThatCode(() -> {
            Throwable failure = run(c, c.equivalent());
            if (failure != null) {
                throw failure;
            }
        }).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReferencePassesTheSample(Case c) throws Throwable {
        Throwable failure = call(c.samples().apply(c.reference()), c.sample());
        if (failure != null) {
            throw failure;
        }
    }

    /** The sample run on the reference with {@code c.method()} answering {@code answer}: its failure, or null. */
    private static Throwable run(Case c, Function<Object[], Object> answer) {
        Object implementation = Proxy.newProxyInstance(c.task().getClassLoader(), new Class<?>[] {c.task()},
                (proxy, method, args) -> {
                    if (method.getName().equals(c.method())) {
                        return answer.apply(args);
                    }
                    try {
                        return method.invoke(c.reference(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return call(c.samples().apply(implementation), c.sample());
    }

    /** Calls the sample's test method (package-private, as JUnit allows) as JUnit would: its failure, or null. */
    private static Throwable call(Object samples, String test) {
        return catchThrowable(() -> {
            Method method = declared(samples.getClass(), test);
            method.setAccessible(true);
            try {
                method.invoke(samples);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static Method declared(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0) {
                    return m;
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + " has no sample named " + name);
    }

    // ---- the samples as a student's project extends them, handed an implementation ----------------

    private static Object activationDerivatives(Object implementation) {
        return new ActivationDerivativesSamples() {
            @Override
            protected ActivationDerivatives create() {
                return (ActivationDerivatives) implementation;
            }
        };
    }

    private static Object antiderivatives(Object implementation) {
        return new AntiderivativesSamples() {
            @Override
            protected Antiderivatives create() {
                return (Antiderivatives) implementation;
            }
        };
    }

    private static Object cubicDerivative(Object implementation) {
        return new CubicDerivativeSamples() {
            @Override
            protected CubicDerivative create() {
                return (CubicDerivative) implementation;
            }
        };
    }

    private static Object derivativeScan(Object implementation) {
        return new DerivativeScanSamples() {
            @Override
            protected DerivativeScan create() {
                return (DerivativeScan) implementation;
            }
        };
    }

    private static Object jacobianFormulas(Object implementation) {
        return new JacobianFormulasSamples() {
            @Override
            protected JacobianFormulas create() {
                return (JacobianFormulas) implementation;
            }
        };
    }

    private static Object nestedSigmoids(Object implementation) {
        return new NestedSigmoidsSamples() {
            @Override
            protected NestedSigmoids create() {
                return (NestedSigmoids) implementation;
            }
        };
    }

    private static Object partialDerivatives(Object implementation) {
        return new PartialDerivativesSamples() {
            @Override
            protected PartialDerivatives create() {
                return (PartialDerivatives) implementation;
            }
        };
    }

    private static Object sigmoid(Object implementation) {
        return new SigmoidSamples() {
            @Override
            protected Sigmoid create() {
                return (Sigmoid) implementation;
            }
        };
    }

    private static Object svmLagrangian(Object implementation) {
        return new SvmLagrangianSamples() {
            @Override
            protected SvmLagrangian create() {
                return (SvmLagrangian) implementation;
            }
        };
    }

    /** The sigmoid layer's 3 x 2 entries from a pattern: %1$s is the neuron's z, %2$s the entry's constant. */
    private static String[][] layer(String pattern) {
        String[][] zs = {{"p*x + q*y", "p", "q"}, {"r*x + s*y", "r", "s"}, {"t*x + u*y", "t", "u"}};
        String[][] entries = new String[3][2];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                entries[i][j] = pattern.formatted(zs[i][0], zs[i][j + 1]);
            }
        }
        return entries;
    }
}
