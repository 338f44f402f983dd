package student;

import tangent.exercises.lesson05.RecurrentStep;
import tangent.exercises.lesson05.RecurrentStepSamples;

/** The public samples for RecurrentStep, run against your class. */
class MyRecurrentStepTest extends RecurrentStepSamples {

    @Override
    protected RecurrentStep create() {
        return new MyRecurrentStep();
    }
}
