package tangent.reference.lesson05;

import tangent.exercises.lesson05.BinaryCrossEntropy;
import tangent.exercises.lesson05.BinaryCrossEntropySamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceBinaryCrossEntropySamplesTest extends BinaryCrossEntropySamples {

    @Override
    protected BinaryCrossEntropy create() {
        return new ReferenceBinaryCrossEntropy();
    }
}
