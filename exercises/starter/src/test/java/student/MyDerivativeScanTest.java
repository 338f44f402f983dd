package student;

import tangent.exercises.lesson06.DerivativeScan;
import tangent.exercises.lesson06.DerivativeScanSamples;

/** The public samples for DerivativeScan, run against your class. */
class MyDerivativeScanTest extends DerivativeScanSamples {

    @Override
    protected DerivativeScan create() {
        return new MyDerivativeScan();
    }
}
