package hw.week6;

import java.util.Arrays;
import tangent.exercises.lesson06.ClippingAndPenalties;

/** Clipping by norm and the L1 and L2 penalties, with streams. */
public final class RegularizationHelper implements ClippingAndPenalties {

    @Override
    public double[] clipByNorm(double[] grad, double limit) {
        if (grad == null) {
            throw new IllegalArgumentException("no gradient");
        }
        if (!(limit > 0 && Double.isFinite(limit))) {
            throw new IllegalArgumentException("maxNorm must be positive and finite");
        }
        double magnitude = Math.sqrt(Arrays.stream(grad).map(comp -> comp * comp).sum());
        double factor = magnitude > limit ? limit / magnitude : 1;
        return Arrays.stream(grad).map(comp -> comp * factor).toArray();
    }

    @Override
    public double l1Penalty(double[] params, double reg) {
        return checkedReg(params, reg) * Arrays.stream(params).map(Math::abs).sum();
    }

    @Override
    public double[] l1Gradient(double[] params, double reg) {
        double coef = checkedReg(params, reg);
        return Arrays.stream(params).map(wt -> coef * Math.signum(wt)).toArray();
    }

    @Override
    public double l2Penalty(double[] params, double reg) {
        return checkedReg(params, reg) * Arrays.stream(params).map(wt -> wt * wt).sum();
    }

    @Override
    public double[] l2Gradient(double[] params, double reg) {
        double coef = checkedReg(params, reg);
        return Arrays.stream(params).map(wt -> 2 * coef * wt).toArray();
    }

    private static double checkedReg(double[] params, double reg) {
        if (params == null || !(reg >= 0 && Double.isFinite(reg))) {
            throw new IllegalArgumentException("need weights and a finite lambda >= 0");
        }
        return reg;
    }
}
