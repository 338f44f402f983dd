package student;

import tangent.exercises.lesson04.JacobianAtPoint;

/** Lesson 04: the Jacobian as numbers. The task is in the Javadoc of JacobianAtPoint. */
public class MyJacobianAtPoint implements JacobianAtPoint {

    @Override
    public double[][] productPair(double x, double y) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] sigmoidLayer(double[][] weights, double[] input) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
