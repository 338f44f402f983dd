package student;

import tangent.exercises.lesson02.RiemannSum;
import tangent.exercises.lesson02.RiemannSumSamples;

/** The public samples for RiemannSum, run against your class. */
class MyRiemannSumTest extends RiemannSumSamples {

    @Override
    protected RiemannSum create() {
        return new MyRiemannSum();
    }
}
