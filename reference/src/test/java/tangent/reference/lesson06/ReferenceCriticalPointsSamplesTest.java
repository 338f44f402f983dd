package tangent.reference.lesson06;

import tangent.exercises.lesson06.CriticalPoints;
import tangent.exercises.lesson06.CriticalPointsSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceCriticalPointsSamplesTest extends CriticalPointsSamples {

    @Override
    protected CriticalPoints create() {
        return new ReferenceCriticalPoints();
    }
}
