package tangent.reference.lesson05;

import tangent.exercises.lesson05.MultilayerPerceptron;
import tangent.exercises.lesson05.MultilayerPerceptronSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceMultilayerPerceptronSamplesTest extends MultilayerPerceptronSamples {

    @Override
    protected MultilayerPerceptron create() {
        return new ReferenceMultilayerPerceptron();
    }
}
