package tangent.reference.lesson01;

import tangent.exercises.lesson01.DifferenceQuotients;
import tangent.exercises.lesson01.DifferenceQuotientsSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceDifferenceQuotientsSamplesTest extends DifferenceQuotientsSamples {

    @Override
    protected DifferenceQuotients create() {
        return new ReferenceDifferenceQuotients();
    }
}
