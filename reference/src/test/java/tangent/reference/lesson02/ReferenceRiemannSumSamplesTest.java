package tangent.reference.lesson02;

import tangent.exercises.lesson02.RiemannSum;
import tangent.exercises.lesson02.RiemannSumSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceRiemannSumSamplesTest extends RiemannSumSamples {

    @Override
    protected RiemannSum create() {
        return new ReferenceRiemannSum();
    }
}
