import java.util.function.DoubleBinaryOperator;
import tangent.exercises.lesson03.DirectionScan;
import tangent.exercises.lesson03.FastestIncrease;

/** The text's Python scan, ported: angles from the y axis, dx = sin, dy = cos. */
public class AngleScan implements FastestIncrease {

    @Override
    public double rateOfChange(DoubleBinaryOperator f, double x, double y, double angleDegrees, double step) {
        if (step == 0 || Double.isNaN(step) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("bad step " + step);
        }
        double rad = Math.toRadians(angleDegrees);
        double dx = Math.sin(rad) * step;
        double dy = Math.cos(rad) * step;
        return (f.applyAsDouble(x + dx, y + dy) - f.applyAsDouble(x, y)) / step;
    }

    @Override
    public DirectionScan scan(DoubleBinaryOperator f, double x, double y, double angleStep, double step) {
        if (!(angleStep > 0) || angleStep > 360) {
            throw new IllegalArgumentException("bad angle step " + angleStep);
        }
        double best = Double.NEGATIVE_INFINITY;
        double bestAngle = 0;
        for (double angle = 0; angle < 360; angle += angleStep) {
            double rate = rateOfChange(f, x, y, angle, step);
            if (rate > best) {
                best = rate;
                bestAngle = angle;
            }
        }
        double rad = Math.toRadians(bestAngle);
        return new DirectionScan(bestAngle, best, Math.sin(rad) * best, Math.cos(rad) * best);
    }

    @Override
    public double directionOf(double gx, double gy) {
        if (gx == 0 && gy == 0) {
            throw new IllegalArgumentException("(0, 0) points nowhere");
        }
        double degrees = Math.toDegrees(Math.atan2(gx, gy));
        return (degrees + 360) % 360;
    }

    @Override
    public boolean confirmsGradient(DoubleBinaryOperator f, double x, double y, double gx, double gy) {
        double claimedAngle = directionOf(gx, gy);
        double claimedSize = Math.hypot(gx, gy);
        DirectionScan scan = scan(f, x, y, 0.1, 0.0001);
        double apart = Math.abs(scan.angleDegrees() - claimedAngle);
        apart = Math.min(apart, 360 - apart);
        return apart <= 0.1 && Math.abs(scan.rate() - claimedSize) <= 0.01 * claimedSize;
    }
}
