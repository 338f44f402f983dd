package tangent.reference.lesson06;

import tangent.exercises.lesson06.ConvexMinimizer;
import tangent.exercises.lesson06.ConvexMinimizerSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceConvexMinimizerSamplesTest extends ConvexMinimizerSamples {

    @Override
    protected ConvexMinimizer create() {
        return new ReferenceConvexMinimizer();
    }
}
