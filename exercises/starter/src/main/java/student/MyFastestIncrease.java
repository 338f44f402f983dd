package student;

import java.util.function.DoubleBinaryOperator;
import tangent.exercises.lesson03.DirectionScan;
import tangent.exercises.lesson03.FastestIncrease;

/** Lesson 03: the direction of fastest increase by scanning angles. The task is in the Javadoc of FastestIncrease. */
public class MyFastestIncrease implements FastestIncrease {

    @Override
    public double rateOfChange(DoubleBinaryOperator f, double x, double y, double angleDegrees, double step) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public DirectionScan scan(DoubleBinaryOperator f, double x, double y, double angleStep, double step) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double directionOf(double gx, double gy) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public boolean confirmsGradient(DoubleBinaryOperator f, double x, double y, double gx, double gy) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
