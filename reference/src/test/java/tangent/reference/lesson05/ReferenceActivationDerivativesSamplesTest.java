package tangent.reference.lesson05;

import tangent.exercises.lesson05.ActivationDerivatives;
import tangent.exercises.lesson05.ActivationDerivativesSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceActivationDerivativesSamplesTest extends ActivationDerivativesSamples {

    @Override
    protected ActivationDerivatives create() {
        return new ReferenceActivationDerivatives();
    }
}
