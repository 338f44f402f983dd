package student;

import tangent.exercises.lesson06.ConvexMinimizer;
import tangent.exercises.lesson06.ConvexMinimizerSamples;

/** The public samples for ConvexMinimizer, run against your class. */
class MyConvexMinimizerTest extends ConvexMinimizerSamples {

    @Override
    protected ConvexMinimizer create() {
        return new MyConvexMinimizer();
    }
}
