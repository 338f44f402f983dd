package student;

import tangent.exercises.lesson02.Antiderivatives;
import tangent.exercises.lesson02.AntiderivativesSamples;

/** The public samples for Antiderivatives, run against your class. */
class MyAntiderivativesTest extends AntiderivativesSamples {

    @Override
    protected Antiderivatives create() {
        return new MyAntiderivatives();
    }
}
