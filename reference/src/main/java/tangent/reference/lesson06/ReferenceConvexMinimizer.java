package tangent.reference.lesson06;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import tangent.exercises.lesson06.ConvexMinimizer;

/**
 * Commons Math's nonlinear conjugate gradient optimizer (Polak-Ribiere) with its line search. It
 * stops when the gradient is negligible, or when an iteration no longer lowers f: near the minimum
 * the line search works on values of f that no longer change beyond rounding, which leaves the
 * point within about 1e-8 of the minimizer for the functions of the task.
 */
public final class ReferenceConvexMinimizer implements ConvexMinimizer {

    /** A gradient this small means the point is within 2e-12 of the minimizer (curvature &gt;= 0.5). */
    private static final double GRADIENT_NORM = 1e-12;

    @Override
    public double[] minimize(ToDoubleFunction<double[]> f, UnaryOperator<double[]> gradient, double[] start) {
        if (start == null || start.length == 0) {
            throw new IllegalArgumentException("the start needs at least one coordinate");
        }
        for (double v : start) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the start must be finite, got " + v);
            }
        }
        ConvergenceChecker<PointValuePair> checker = (iteration, previous, current) ->
                new ArrayRealVector(gradient.apply(current.getPoint().clone()), false).getNorm() <= GRADIENT_NORM
                        || iteration > 1 && current.getValue() >= previous.getValue();
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, checker, 1e-14, 1e-14, 1e-2);
        PointValuePair best = optimizer.optimize(new MaxEval(200_000),
                new ObjectiveFunction(x -> f.applyAsDouble(x.clone())),
                new ObjectiveFunctionGradient(x -> gradient.apply(x.clone()).clone()),
                GoalType.MINIMIZE, new InitialGuess(start.clone()));
        return best.getPoint();
    }
}
