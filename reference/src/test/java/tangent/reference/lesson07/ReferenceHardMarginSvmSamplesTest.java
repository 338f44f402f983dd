package tangent.reference.lesson07;

import tangent.exercises.lesson07.HardMarginSvm;
import tangent.exercises.lesson07.HardMarginSvmSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceHardMarginSvmSamplesTest extends HardMarginSvmSamples {

    @Override
    protected HardMarginSvm create() {
        return new ReferenceHardMarginSvm();
    }
}
