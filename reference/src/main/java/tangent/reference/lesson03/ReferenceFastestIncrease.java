package tangent.reference.lesson03;

import java.util.function.DoubleBinaryOperator;
import tangent.exercises.lesson03.DirectionScan;
import tangent.exercises.lesson03.FastestIncrease;

/**
 * The text's scan, statement for statement: angles k * angleStep (as numpy's arange computes them),
 * dx = sin, dy = cos, a forward quotient per angle, the first largest rate kept. With the text's
 * function evaluated by {@link Math#pow} it reproduces the text's printed digits exactly.
 */
public final class ReferenceFastestIncrease implements FastestIncrease {

    /** The text's settings. */
    public static final double TEXT_ANGLE_STEP = 0.1;
    public static final double TEXT_STEP = 0.0001;

    @Override
    public double rateOfChange(DoubleBinaryOperator f, double x, double y, double angleDegrees, double step) {
        if (step == 0 || !Double.isFinite(step)) {
            throw new IllegalArgumentException("the step must be non-zero and finite, got " + step);
        }
        double rad = angleDegrees * Math.PI / 180;
        double dx = Math.sin(rad) * step;
        double dy = Math.cos(rad) * step;
        return (f.applyAsDouble(x + dx, y + dy) - f.applyAsDouble(x, y)) / step;
    }

    @Override
    public DirectionScan scan(DoubleBinaryOperator f, double x, double y, double angleStep, double step) {
        if (!(angleStep > 0 && angleStep <= 360)) {
            throw new IllegalArgumentException("the angle step must be in (0, 360], got " + angleStep);
        }
        if (step == 0 || !Double.isFinite(step)) {
            throw new IllegalArgumentException("the step must be non-zero and finite, got " + step);
        }
        double maxRate = Double.NEGATIVE_INFINITY;
        double maxAngle = 0;
        for (long k = 0; k * angleStep < 360; k++) {
            double angle = k * angleStep;
            double rate = rateOfChange(f, x, y, angle, step);
            if (rate > maxRate) {
                maxRate = rate;
                maxAngle = angle;
            }
        }
        double rad = maxAngle * Math.PI / 180;
        return new DirectionScan(maxAngle, maxRate, Math.sin(rad) * maxRate, Math.cos(rad) * maxRate);
    }

    @Override
    public double directionOf(double gx, double gy) {
        if (gx == 0 && gy == 0) {
            throw new IllegalArgumentException("the zero vector has no direction");
        }
        double degrees = Math.toDegrees(Math.atan2(gx, gy)); // from +y towards +x: atan2(x, y)
        if (degrees < 0) {
            degrees += 360;
        }
        return degrees >= 360 ? 0 : degrees; // -1e-20 + 360 rounds to 360, which is 0
    }

    @Override
    public boolean confirmsGradient(DoubleBinaryOperator f, double x, double y, double gx, double gy) {
        double claimed = directionOf(gx, gy);
        DirectionScan scan = scan(f, x, y, TEXT_ANGLE_STEP, TEXT_STEP);
        double size = Math.hypot(gx, gy);
        return angleBetween(scan.angleDegrees(), claimed) <= TEXT_ANGLE_STEP
                && Math.abs(scan.rate() - size) <= 0.01 * size;
    }

    /** The distance between two angles around the circle, in [0, 180]. */
    public static double angleBetween(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return d > 180 ? 360 - d : d;
    }
}
