package tangent.reference.lesson05;

import tangent.exercises.lesson05.SingleNeuron;
import tangent.exercises.lesson05.SingleNeuronSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceSingleNeuronSamplesTest extends SingleNeuronSamples {

    @Override
    protected SingleNeuron create() {
        return new ReferenceSingleNeuron();
    }
}
