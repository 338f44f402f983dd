package student;

import tangent.exercises.lesson07.HardMarginSvm;
import tangent.exercises.lesson07.HardMarginSvmSamples;

/** The public samples for HardMarginSvm, run against your class. */
class MyHardMarginSvmTest extends HardMarginSvmSamples {

    @Override
    protected HardMarginSvm create() {
        return new MyHardMarginSvm();
    }
}
