package student;

import tangent.exercises.lesson06.ClippingAndPenalties;
import tangent.exercises.lesson06.ClippingAndPenaltiesSamples;

/** The public samples for ClippingAndPenalties, run against your class. */
class MyClippingAndPenaltiesTest extends ClippingAndPenaltiesSamples {

    @Override
    protected ClippingAndPenalties create() {
        return new MyClippingAndPenalties();
    }
}
