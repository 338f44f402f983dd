package tangent.reference.lesson03;

import tangent.exercises.lesson03.SteepestDescent;
import tangent.exercises.lesson03.SteepestDescentSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceSteepestDescentSamplesTest extends SteepestDescentSamples {

    @Override
    protected SteepestDescent create() {
        return new ReferenceSteepestDescent();
    }
}
