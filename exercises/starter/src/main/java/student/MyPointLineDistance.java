package student;

import tangent.exercises.lesson07.PointLineDistance;

/** Lesson 07: the distance from a point to a line. The task is in the Javadoc of PointLineDistance. */
public class MyPointLineDistance implements PointLineDistance {

    @Override
    public double distance(double a, double b, double c, double x0, double y0) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double signedDistance(double a, double b, double c, double x0, double y0) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double margin(double a, double b, double c, double[][] points) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
