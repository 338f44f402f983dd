package tangent.reference.lesson07;

import tangent.exercises.lesson07.SupportVectors;
import tangent.exercises.lesson07.SupportVectorsSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceSupportVectorsSamplesTest extends SupportVectorsSamples {

    @Override
    protected SupportVectors create() {
        return new ReferenceSupportVectors();
    }
}
