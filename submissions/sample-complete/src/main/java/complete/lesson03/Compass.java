package complete.lesson03;

import java.util.function.DoubleBinaryOperator;
import tangent.exercises.lesson03.DirectionScan;
import tangent.exercises.lesson03.FastestIncrease;

/** Bearings as on a compass with north along +y: a direction at angle a is (sin a, cos a). */
public class Compass implements FastestIncrease {

    private static final double TEXT_ANGLE_STEP = 0.1;
    private static final double TEXT_STEP = 1e-4;

    @Override
    public double rateOfChange(DoubleBinaryOperator f, double x, double y, double angleDegrees, double step) {
        requireStep(step);
        double a = angleDegrees * Math.PI / 180;
        return (f.applyAsDouble(x + Math.sin(a) * step, y + Math.cos(a) * step) - f.applyAsDouble(x, y)) / step;
    }

    @Override
    public DirectionScan scan(DoubleBinaryOperator f, double x, double y, double angleStep, double step) {
        if (!(angleStep > 0 && angleStep <= 360)) {
            throw new IllegalArgumentException("angle step must be in (0, 360]");
        }
        requireStep(step);
        int bestK = 0;
        double bestRate = Double.NEGATIVE_INFINITY;
        for (int k = 0; k * angleStep < 360; k++) {
            double rate = rateOfChange(f, x, y, k * angleStep, step);
            if (rate > bestRate) {
                bestRate = rate;
                bestK = k;
            }
        }
        double angle = bestK * angleStep;
        double a = angle * Math.PI / 180;
        return new DirectionScan(angle, bestRate, Math.sin(a) * bestRate, Math.cos(a) * bestRate);
    }

    @Override
    public double directionOf(double gx, double gy) {
        if (gx == 0 && gy == 0) {
            throw new IllegalArgumentException("the zero vector has no bearing");
        }
        double bearing = Math.toDegrees(Math.atan2(gx, gy));
        if (bearing < 0) {
            bearing += 360;
        }
        return bearing >= 360 ? bearing - 360 : bearing;
    }

    @Override
    public boolean confirmsGradient(DoubleBinaryOperator f, double x, double y, double gx, double gy) {
        double claimed = directionOf(gx, gy);
        DirectionScan found = scan(f, x, y, TEXT_ANGLE_STEP, TEXT_STEP);
        double gap = Math.abs(found.angleDegrees() - claimed) % 360;
        gap = Math.min(gap, 360 - gap);
        double length = Math.hypot(gx, gy);
        return gap <= TEXT_ANGLE_STEP && Math.abs(found.rate() - length) <= 0.01 * length;
    }

    private static void requireStep(double step) {
        if (step == 0 || !Double.isFinite(step)) {
            throw new IllegalArgumentException("step must be non-zero and finite");
        }
    }
}
