package student;

import tangent.exercises.lesson05.MultilayerPerceptron;
import tangent.exercises.lesson05.MultilayerPerceptronSamples;

/** The public samples for MultilayerPerceptron, run against your class. */
class MyMultilayerPerceptronTest extends MultilayerPerceptronSamples {

    @Override
    protected MultilayerPerceptron create() {
        return new MyMultilayerPerceptron();
    }
}
