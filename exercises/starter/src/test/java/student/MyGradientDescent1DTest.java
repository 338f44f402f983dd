package student;

import tangent.exercises.lesson06.GradientDescent1D;
import tangent.exercises.lesson06.GradientDescent1DSamples;

/** The public samples for GradientDescent1D, run against your class. */
class MyGradientDescent1DTest extends GradientDescent1DSamples {

    @Override
    protected GradientDescent1D create() {
        return new MyGradientDescent1D();
    }
}
