package student;

import tangent.exercises.lesson03.GradientAtPoint;
import tangent.exercises.lesson03.Surface;

/** Lesson 03: the gradient as numbers, its size and its direction. The task is in the Javadoc of GradientAtPoint. */
public class MyGradientAtPoint implements GradientAtPoint {

    @Override
    public double[] gradient(Surface f, double x, double y) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double size(Surface f, double x, double y) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] unitDirection(Surface f, double x, double y) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
