package tangent.reference.lesson06;

import tangent.exercises.lesson06.ClippingAndPenalties;
import tangent.exercises.lesson06.ClippingAndPenaltiesSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceClippingAndPenaltiesSamplesTest extends ClippingAndPenaltiesSamples {

    @Override
    protected ClippingAndPenalties create() {
        return new ReferenceClippingAndPenalties();
    }
}
