package tangent.reference.lesson06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.junit.jupiter.api.Test;
import tangent.exercises.lesson06.CriticalPointKind;

/** What the CAS and the optimizers give is what the texts say, and the two optimizers agree. */
class ReferenceLesson06Test {

    @Test
    void criticalPointsComeOutExactlyFromTheCas() {
        ReferenceCriticalPoints points = new ReferenceCriticalPoints();
        assertThat(points.criticalPoints(ReferenceCriticalPoints.TEXT_CUBIC)).containsExactly(0.0, 4.0 / 3);
        // (x - 1)^3: f' = 3 (x - 1)^2 has a double root, listed once, and it is neither.
        assertThat(points.criticalPoints(new double[] {-1, 3, -3, 1})).containsExactly(1.0);
        assertThat(points.classify(new double[] {-1, 3, -3, 1})).containsExactly(CriticalPointKind.NEITHER);
        assertThat(points.criticalPoints(new double[] {1, 1, 0, 1})).isEmpty();
        assertThat(points.criticalPoints(new double[] {3, -2})).isEmpty();
        assertThat(points.classify(new double[] {0.5, 3, -0.25})).containsExactly(CriticalPointKind.LOCAL_MAXIMUM);
        assertThat(points.criticalPoints(new double[] {0.5, 3, -0.25})).containsExactly(6.0);
    }

    @Test
    void logsDerivativeFromTheCas() {
        assertThat(new ReferenceDerivativeScan().logDerivative()).isEqualTo("1/x");
    }

    @Test
    void conjugateGradientsAgreeWithBobyqaOnSmoothConvexFunctions() {
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            double[] t = {random.nextDouble() * 6 - 3, random.nextDouble() * 6 - 3, random.nextDouble() * 6 - 3};
            double[] u = {random.nextDouble() - 0.5, random.nextDouble() - 0.5, random.nextDouble() - 0.5};
            double[] scale = {0.5 + random.nextDouble() * 20, 0.5 + random.nextDouble() * 20, 0.5 + random.nextDouble() * 20};
            MultivariateFunction f = x -> {
                double sum = Math.log1p(Math.exp(u[0] * x[0] + u[1] * x[1] + u[2] * x[2]));
                for (int i = 0; i < 3; i++) {
                    sum += 0.5 * scale[i] * (x[i] - t[i]) * (x[i] - t[i]);
                }
                return sum;
            };
            double[] cg = new ReferenceConvexMinimizer().minimize(f::value, x -> {
                double s = 1 / (1 + Math.exp(-(u[0] * x[0] + u[1] * x[1] + u[2] * x[2])));
                return new double[] {scale[0] * (x[0] - t[0]) + s * u[0], scale[1] * (x[1] - t[1]) + s * u[1],
                    scale[2] * (x[2] - t[2]) + s * u[2]};
            }, new double[] {15, -15, 10});
            PointValuePair bobyqa = new BOBYQAOptimizer(7, 1, 1e-12).optimize(new MaxEval(100_000),
                    new ObjectiveFunction(f), GoalType.MINIMIZE, new InitialGuess(new double[] {15, -15, 10}),
                    new SimpleBounds(new double[] {-30, -30, -30}, new double[] {30, 30, 30}));
            for (int i = 0; i < 3; i++) {
                assertThat(cg[i]).isCloseTo(bobyqa.getPoint()[i], within(1e-6));
            }
        }
    }
}
