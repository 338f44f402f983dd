package tangent.reference.lesson02;

import tangent.exercises.lesson02.DefiniteIntegrals;
import tangent.exercises.lesson02.DefiniteIntegralsSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceDefiniteIntegralsSamplesTest extends DefiniteIntegralsSamples {

    @Override
    protected DefiniteIntegrals create() {
        return new ReferenceDefiniteIntegrals();
    }
}
