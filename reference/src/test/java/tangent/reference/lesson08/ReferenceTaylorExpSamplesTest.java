package tangent.reference.lesson08;

import tangent.exercises.lesson08.TaylorExp;
import tangent.exercises.lesson08.TaylorExpSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceTaylorExpSamplesTest extends TaylorExpSamples {

    @Override
    protected TaylorExp create() {
        return new ReferenceTaylorExp();
    }
}
