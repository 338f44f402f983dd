package student;

import tangent.exercises.lesson08.TaylorExp;
import tangent.exercises.lesson08.TaylorExpSamples;

/** The public samples for TaylorExp, run against your class. */
class MyTaylorExpTest extends TaylorExpSamples {

    @Override
    protected TaylorExp create() {
        return new MyTaylorExp();
    }
}
