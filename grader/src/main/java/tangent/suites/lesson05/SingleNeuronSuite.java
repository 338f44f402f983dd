package tangent.suites.lesson05;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.SingleNeuron;
import tangent.grader.check.Checks;
import tangent.grader.check.Hint;
import tangent.grader.check.Numbers;
import tangent.grader.check.Tolerance;
import tangent.grader.suite.Grades;
import tangent.grader.suite.Hidden;
import tangent.grader.suite.Points;
import tangent.reference.lesson05.ReferenceSingleNeuron;

/**
 * One neuron's cost and its derivatives in w, b and a0, against automatic differentiation (the
 * reference), with the sigmoid, with tanh (as text 004 draws sigma) and with ReLU.
 */
@Grades(SingleNeuron.class)
class SingleNeuronSuite {

    /** Products of a few terms in another order differ by rounding only. */
    private static final Tolerance CHAIN = Tolerance.of(1e-12, 1e-9);

    private final ReferenceSingleNeuron reference = new ReferenceSingleNeuron();

    /** The example of the task statement: a0, w, b, y. */
    private static final double[] EXAMPLE = {0.5, 0.8, -0.2, 1};
    /** A fixed case on the other side: z1 = -0.6, target 0. */
    private static final double[] NEGATIVE = {0.5, -0.8, -0.2, 0};

    @Test
    @Points(1)
    @DisplayName("a1 and C at the example, with the sigmoid and with tanh")
    void activityAndCostAtTheExample(SingleNeuron student) {
        for (Activation sigma : new Activation[] {Activation.SIGMOID, Activation.TANH}) {
            checkValues(student, sigma, EXAMPLE);
        }
    }

    @Test
    @Points(2)
    @DisplayName("dC/dw, dC/db and dC/da0 with the sigmoid at the example")
    void sigmoidGradientsAtTheExample(SingleNeuron student) {
        checkGradients(student, Activation.SIGMOID, EXAMPLE);
    }

    @Test
    @Points(2)
    @Hidden
    @DisplayName("dC/dw, dC/db and dC/da0 with the sigmoid at random points")
    void sigmoidGradientsAtRandomPoints(SingleNeuron student, RandomGenerator random) {
        // A negative z1 (-0.6) and a target 0 on every seed, the example has neither.
        checkGradients(student, Activation.SIGMOID, NEGATIVE);
        for (int i = 0; i < 15; i++) {
            checkGradients(student, Activation.SIGMOID, randomCase(random));
        }
    }

    @Test
    @Points(2)
    @DisplayName("dC/dw, dC/db and dC/da0 with tanh, as text 004 draws sigma: the example and random points")
    void tanhGradients(SingleNeuron student, RandomGenerator random) {
        checkGradients(student, Activation.TANH, EXAMPLE);
        checkGradients(student, Activation.TANH, NEGATIVE);
        for (int i = 0; i < 15; i++) {
            checkGradients(student, Activation.TANH, randomCase(random));
        }
    }

    @Test
    @Points(0.5)
    @Hidden
    @DisplayName("with ReLU: the chain rule where z1 > 0, and no gradient at all where z1 < 0")
    void reluGradients(SingleNeuron student, RandomGenerator random) {
        checkGradients(student, Activation.RELU, new double[] {0.5, 0.8, 0.3, 1});
        checkGradients(student, Activation.RELU, new double[] {0.5, -0.8, 0.1, 1});
        for (int i = 0; i < 15; i++) {
            checkGradients(student, Activation.RELU, randomCase(random));
        }
    }

    /**
     * z1 = 0.8 * 0.5 - 0.4 is exactly 0 (0.8 * 0.5 rounds to the double 0.4), where ReLU'(0) = 0
     * makes every gradient 0. The random cases stay away from the kink, so this case decides it.
     */
    @Test
    @Points(0.5)
    @Hidden
    @DisplayName("with ReLU at z1 = 0 exactly: ReLU'(0) = 0, so no gradient at all")
    void reluGradientsAtTheKink(SingleNeuron student) {
        double a0 = 0.5;
        double w = 0.8;
        double b = -0.4;
        double y = 1;
        Checks.that(w * a0 + b == 0, "the kink case should have z1 = 0 exactly");
        checkValues(student, Activation.RELU, new double[] {a0, w, b, y});
        String at = "(RELU, 0.5, 0.8, -0.4, 1), where z1 = 0 exactly";
        Activation relu = Activation.RELU;
        Checks.close("dCostDb" + at, reference.dCostDb(relu, a0, w, b, y), student.dCostDb(relu, a0, w, b, y), CHAIN,
                kinkHints(1));
        Checks.close("dCostDw" + at, reference.dCostDw(relu, a0, w, b, y), student.dCostDw(relu, a0, w, b, y), CHAIN,
                kinkHints(a0));
        Checks.close("dCostDa0" + at, reference.dCostDa0(relu, a0, w, b, y), student.dCostDa0(relu, a0, w, b, y),
                CHAIN, kinkHints(w));
    }

    /** At the kink dC/da1 = 2 (a1 - y) = -2: what a slope of 1 or 0.5 there gives, times dz1/d(parameter). */
    private static Hint[] kinkHints(double dz1) {
        return new Hint[] {
            Hint.matches(List.of(-2 * dz1), "ReLU has no slope at z1 = 0; take ReLU'(0) = 0 there, as "
                    + "ActivationDerivatives and the text's drelu, (z > 0), do."),
            Hint.matches(List.of(-dz1), "0.5 at z1 = 0 is a fair choice elsewhere, but this task takes ReLU'(0) = 0, "
                    + "as the text's drelu, (z > 0), does.")};
    }

    @Test
    @Points(1)
    @Hidden
    @DisplayName("a1 and C at random points, for all three activations, after fixed ReLU cases on both sides of 0")
    void activityAndCostAtRandomPoints(SingleNeuron student, RandomGenerator random) {
        // ReLU's two sides on every seed: z1 = 0.7 keeps z1, z1 = -0.3 gives 0.
        checkValues(student, Activation.RELU, new double[] {0.5, 0.8, 0.3, 1});
        checkValues(student, Activation.RELU, new double[] {0.5, -0.8, 0.1, 1});
        for (int i = 0; i < 30; i++) {
            checkValues(student, Activation.values()[i % 3], randomCase(random));
        }
    }

    /** a0, w, b in [-2, 2] and a target y of 0 or 1 or in between; z1 kept away from ReLU's kink. */
    private static double[] randomCase(RandomGenerator random) {
        while (true) {
            double a0 = random.nextDouble() * 4 - 2;
            double w = random.nextDouble() * 4 - 2;
            double b = random.nextDouble() * 4 - 2;
            double y = random.nextInt(3) / 2.0;
            if (Math.abs(w * a0 + b) > 1e-6) {
                return new double[] {a0, w, b, y};
            }
        }
    }

    private void checkValues(SingleNeuron student, Activation sigma, double[] c) {
        String at = "(" + sigma + ", " + Numbers.show(c[0]) + ", " + Numbers.show(c[1]) + ", " + Numbers.show(c[2]);
        Checks.close("activity" + at + ")", reference.activity(sigma, c[0], c[1], c[2]),
                student.activity(sigma, c[0], c[1], c[2]), CHAIN);
        Checks.close("cost" + at + ", " + Numbers.show(c[3]) + ")", reference.cost(sigma, c[0], c[1], c[2], c[3]),
                student.cost(sigma, c[0], c[1], c[2], c[3]), CHAIN);
    }

    private void checkGradients(SingleNeuron student, Activation sigma, double[] c) {
        double a0 = c[0];
        double w = c[1];
        double b = c[2];
        double y = c[3];
        String at = "(" + sigma + ", " + Numbers.show(a0) + ", " + Numbers.show(w) + ", " + Numbers.show(b) + ", "
                + Numbers.show(y) + ")";
        double db = reference.dCostDb(sigma, a0, w, b, y);
        Checks.close("dCostDb" + at, db, student.dCostDb(sigma, a0, w, b, y), CHAIN, hints(sigma, db, "b"));
        Checks.close("dCostDw" + at, reference.dCostDw(sigma, a0, w, b, y), student.dCostDw(sigma, a0, w, b, y), CHAIN,
                hints(sigma, db, "w"));
        Checks.close("dCostDa0" + at, reference.dCostDa0(sigma, a0, w, b, y), student.dCostDa0(sigma, a0, w, b, y), CHAIN,
                hints(sigma, db, "a0"));
    }

    /** The mistakes that explain a wrong dC/d(name), given the right dC/db. */
    private static Hint[] hints(Activation sigma, double db, String name) {
        String chain = "dC/d" + name + " = 2 (a1 - y) sigma'(z1) * dz1/d" + name;
        return new Hint[] {
            sigma == Activation.SIGMOID
                    ? Hint.factor(2, "twice the right value: S'(z) = S(z) (1 - S(z)), with no factor 2. The text's "
                            + "dsigmoid returns 2 * s * (1 - s); that factor 2 is a bug.")
                    : Hint.factor(2, "twice the right value: " + chain + ", with one factor 2, from the square."),
            Hint.factor(0.5, "half the right value: d/da1 (a1 - y)^2 = 2 (a1 - y); keep the 2 from the square."),
            Hint.signFlip(),
            Hint.matches(List.of(db), "multiply by dz1/d" + name + ": " + chain + (name.equals("b") ? "" : ", and dz1/d"
                    + name + " = " + (name.equals("w") ? "a0" : "w") + ".")),
        };
    }
}
