package student;

import tangent.exercises.lesson03.SteepestDescent;
import tangent.exercises.lesson03.SteepestDescentSamples;

/** The public samples for SteepestDescent, run against your class. */
class MySteepestDescentTest extends SteepestDescentSamples {

    @Override
    protected SteepestDescent create() {
        return new MySteepestDescent();
    }
}
