package tangent.reference.lesson06;

import tangent.exercises.lesson06.DerivativeScan;
import tangent.exercises.lesson06.DerivativeScanSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceDerivativeScanSamplesTest extends DerivativeScanSamples {

    @Override
    protected DerivativeScan create() {
        return new ReferenceDerivativeScan();
    }
}
