package student;

import tangent.exercises.lesson05.NestedSigmoids;
import tangent.exercises.lesson05.NestedSigmoidsSamples;

/** The public samples for NestedSigmoids, run against your class. */
class MyNestedSigmoidsTest extends NestedSigmoidsSamples {

    @Override
    protected NestedSigmoids create() {
        return new MyNestedSigmoids();
    }
}
