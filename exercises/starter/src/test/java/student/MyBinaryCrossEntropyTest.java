package student;

import tangent.exercises.lesson05.BinaryCrossEntropy;
import tangent.exercises.lesson05.BinaryCrossEntropySamples;

/** The public samples for BinaryCrossEntropy, run against your class. */
class MyBinaryCrossEntropyTest extends BinaryCrossEntropySamples {

    @Override
    protected BinaryCrossEntropy create() {
        return new MyBinaryCrossEntropy();
    }
}
