package hw.week8;

import tangent.exercises.lesson08.Softmax;

/** Softmax through the log-sum-exp trick; the Jacobian as diag(s) - s s^T. */
public class SoftmaxLayer implements Softmax {

    private static double stableLogSum(double[] scores) {
        if (scores == null || scores.length == 0) {
            throw new IllegalArgumentException("no scores");
        }
        double peak = scores[0];
        for (double score : scores) {
            if (Double.isNaN(score) || Double.isInfinite(score)) {
                throw new IllegalArgumentException("not a finite score: " + score);
            }
            peak = Math.max(peak, score);
        }
        double total = 0;
        for (double score : scores) {
            total += Math.exp(score - peak);
        }
        return peak + Math.log(total);
    }

    @Override
    public double[] probabilities(double[] scores) {
        double logNorm = stableLogSum(scores);
        double[] probs = new double[scores.length];
        for (int idx = 0; idx < scores.length; idx++) {
            probs[idx] = Math.exp(scores[idx] - logNorm);
        }
        return probs;
    }

    @Override
    public double[][] jacobian(double[] scores) {
        double[] probs = probabilities(scores);
        int size = probs.length;
        double[][] jac = new double[size][size];
        for (int ri = 0; ri < size; ri++) {
            jac[ri][ri] = probs[ri];
            for (int ci = 0; ci < size; ci++) {
                jac[ri][ci] -= probs[ri] * probs[ci];
            }
        }
        return jac;
    }

    @Override
    public double[] crossEntropyGradient(double[] scores, int cls) {
        double[] probs = probabilities(scores);
        if (cls < 0 || cls > probs.length - 1) {
            throw new IllegalArgumentException("no class " + cls);
        }
        double[] grad = probs.clone();
        grad[cls] = probs[cls] - 1;
        return grad;
    }
}
