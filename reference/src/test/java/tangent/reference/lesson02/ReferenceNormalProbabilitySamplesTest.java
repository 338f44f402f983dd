package tangent.reference.lesson02;

import tangent.exercises.lesson02.NormalProbability;
import tangent.exercises.lesson02.NormalProbabilitySamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceNormalProbabilitySamplesTest extends NormalProbabilitySamples {

    @Override
    protected NormalProbability create() {
        return new ReferenceNormalProbability();
    }
}
