package tangent.reference.lesson02;

import tangent.exercises.lesson02.RunningSumShift;
import tangent.exercises.lesson02.RunningSumShiftSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceRunningSumShiftSamplesTest extends RunningSumShiftSamples {

    @Override
    protected RunningSumShift create() {
        return new ReferenceRunningSumShift();
    }
}
