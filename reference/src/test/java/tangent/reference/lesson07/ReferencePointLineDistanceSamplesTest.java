package tangent.reference.lesson07;

import tangent.exercises.lesson07.PointLineDistance;
import tangent.exercises.lesson07.PointLineDistanceSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferencePointLineDistanceSamplesTest extends PointLineDistanceSamples {

    @Override
    protected PointLineDistance create() {
        return new ReferencePointLineDistance();
    }
}
