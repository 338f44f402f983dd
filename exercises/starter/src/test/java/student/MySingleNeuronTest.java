package student;

import tangent.exercises.lesson05.SingleNeuron;
import tangent.exercises.lesson05.SingleNeuronSamples;

/** The public samples for SingleNeuron, run against your class. */
class MySingleNeuronTest extends SingleNeuronSamples {

    @Override
    protected SingleNeuron create() {
        return new MySingleNeuron();
    }
}
