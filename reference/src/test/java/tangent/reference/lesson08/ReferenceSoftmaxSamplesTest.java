package tangent.reference.lesson08;

import tangent.exercises.lesson08.Softmax;
import tangent.exercises.lesson08.SoftmaxSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceSoftmaxSamplesTest extends SoftmaxSamples {

    @Override
    protected Softmax create() {
        return new ReferenceSoftmax();
    }
}
