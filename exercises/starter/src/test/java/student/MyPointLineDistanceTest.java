package student;

import tangent.exercises.lesson07.PointLineDistance;
import tangent.exercises.lesson07.PointLineDistanceSamples;

/** The public samples for PointLineDistance, run against your class. */
class MyPointLineDistanceTest extends PointLineDistanceSamples {

    @Override
    protected PointLineDistance create() {
        return new MyPointLineDistance();
    }
}
