package hw.week6;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import tangent.exercises.lesson06.ConvexMinimizer;

/** BFGS on the inverse Hessian with an Armijo backtracking line search, like scipy's method="BFGS". */
public final class QuasiNewtonSolver implements ConvexMinimizer {

    @Override
    public double[] minimize(ToDoubleFunction<double[]> objective, UnaryOperator<double[]> grad, double[] initial) {
        if (initial == null || initial.length == 0) {
            throw new IllegalArgumentException("start must have at least one coordinate");
        }
        int dim = initial.length;
        double[] point = new double[dim];
        for (int idx = 0; idx < dim; idx++) {
            if (!Double.isFinite(initial[idx])) {
                throw new IllegalArgumentException("start must be finite");
            }
            point[idx] = initial[idx];
        }
        double[][] invHess = eye(dim);
        double fval = objective.applyAsDouble(point.clone());
        double[] slopeVec = grad.apply(point.clone());
        for (int iter = 0; iter < 10_000 && length(slopeVec) > 1e-9; iter++) {
            double[] dir = matVec(invHess, slopeVec);
            for (int idx = 0; idx < dim; idx++) {
                dir[idx] = -dir[idx];
            }
            double dirDeriv = inner(slopeVec, dir);
            if (dirDeriv >= 0) { // not a descent direction: forget the curvature learnt so far
                invHess = eye(dim);
                dir = slopeVec.clone();
                for (int idx = 0; idx < dim; idx++) {
                    dir[idx] = -dir[idx];
                }
                dirDeriv = inner(slopeVec, dir);
            }
            double stepLen = 1;
            double[] candidate = new double[dim];
            double candValue;
            while (true) {
                for (int idx = 0; idx < dim; idx++) {
                    candidate[idx] = point[idx] + stepLen * dir[idx];
                }
                candValue = objective.applyAsDouble(candidate.clone());
                if (candValue <= fval + 1e-4 * stepLen * dirDeriv) {
                    break;
                }
                stepLen /= 2;
                if (stepLen < 1e-18) {
                    return point; // f no longer decreases beyond rounding: this is the minimum
                }
            }
            double[] candGrad = grad.apply(candidate.clone());
            double[] delta = new double[dim];
            double[] gradDelta = new double[dim];
            for (int idx = 0; idx < dim; idx++) {
                delta[idx] = candidate[idx] - point[idx];
                gradDelta[idx] = candGrad[idx] - slopeVec[idx];
            }
            double curvature = inner(delta, gradDelta);
            if (curvature > 1e-14) {
                invHess = refresh(invHess, delta, gradDelta, 1 / curvature);
            }
            point = candidate;
            fval = candValue;
            slopeVec = candGrad;
        }
        return point;
    }

    /** H' = (I - rho s y^T) H (I - rho y s^T) + rho s s^T. */
    private static double[][] refresh(double[][] mat, double[] delta, double[] gradDelta, double factor) {
        int dim = delta.length;
        double[] mg = matVec(mat, gradDelta);
        double gmg = inner(gradDelta, mg);
        double[][] result = new double[dim][dim];
        for (int ri = 0; ri < dim; ri++) {
            for (int ci = 0; ci < dim; ci++) {
                result[ri][ci] = mat[ri][ci] - factor * (mg[ri] * delta[ci] + delta[ri] * mg[ci]) + (factor * factor * gmg + factor) * delta[ri] * delta[ci];
            }
        }
        return result;
    }

    private static double[][] eye(int size) {
        double[][] mat = new double[size][size];
        for (int idx = 0; idx < size; idx++) {
            mat[idx][idx] = 1;
        }
        return mat;
    }

    private static double[] matVec(double[][] mat, double[] vec) {
        double[] prod = new double[vec.length];
        for (int idx = 0; idx < vec.length; idx++) {
            prod[idx] = inner(mat[idx], vec);
        }
        return prod;
    }

    private static double inner(double[] left, double[] right) {
        double acc = 0;
        for (int idx = 0; idx < left.length; idx++) {
            acc += left[idx] * right[idx];
        }
        return acc;
    }

    private static double length(double[] vec) {
        return Math.sqrt(inner(vec, vec));
    }
}
