package tangent.reference.lesson02;

import tangent.exercises.lesson02.Antiderivatives;
import tangent.exercises.lesson02.AntiderivativesSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceAntiderivativesSamplesTest extends AntiderivativesSamples {

    @Override
    protected Antiderivatives create() {
        return new ReferenceAntiderivatives();
    }
}
