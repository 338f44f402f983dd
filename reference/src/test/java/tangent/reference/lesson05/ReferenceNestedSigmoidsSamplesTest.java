package tangent.reference.lesson05;

import tangent.exercises.lesson05.NestedSigmoids;
import tangent.exercises.lesson05.NestedSigmoidsSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceNestedSigmoidsSamplesTest extends NestedSigmoidsSamples {

    @Override
    protected NestedSigmoids create() {
        return new ReferenceNestedSigmoids();
    }
}
