package tangent.reference.lesson01;

import tangent.exercises.lesson01.Sigmoid;
import tangent.exercises.lesson01.SigmoidSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceSigmoidSamplesTest extends SigmoidSamples {

    @Override
    protected Sigmoid create() {
        return new ReferenceSigmoid();
    }
}
