package student;

import tangent.exercises.lesson01.Sigmoid;
import tangent.exercises.lesson01.SigmoidSamples;

/** The public samples for Sigmoid, run against your class. */
class MySigmoidTest extends SigmoidSamples {

    @Override
    protected Sigmoid create() {
        return new MySigmoid();
    }
}
