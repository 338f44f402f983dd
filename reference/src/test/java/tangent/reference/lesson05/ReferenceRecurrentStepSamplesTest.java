package tangent.reference.lesson05;

import tangent.exercises.lesson05.RecurrentStep;
import tangent.exercises.lesson05.RecurrentStepSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceRecurrentStepSamplesTest extends RecurrentStepSamples {

    @Override
    protected RecurrentStep create() {
        return new ReferenceRecurrentStep();
    }
}
