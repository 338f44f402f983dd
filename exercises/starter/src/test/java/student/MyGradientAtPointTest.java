package student;

import tangent.exercises.lesson03.GradientAtPoint;
import tangent.exercises.lesson03.GradientAtPointSamples;

/** The public samples for GradientAtPoint, run against your class. */
class MyGradientAtPointTest extends GradientAtPointSamples {

    @Override
    protected GradientAtPoint create() {
        return new MyGradientAtPoint();
    }
}
