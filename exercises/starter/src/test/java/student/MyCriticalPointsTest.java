package student;

import tangent.exercises.lesson06.CriticalPoints;
import tangent.exercises.lesson06.CriticalPointsSamples;

/** The public samples for CriticalPoints, run against your class. */
class MyCriticalPointsTest extends CriticalPointsSamples {

    @Override
    protected CriticalPoints create() {
        return new MyCriticalPoints();
    }
}
