package tangent.reference.lesson03;

import tangent.exercises.lesson03.FastestIncrease;
import tangent.exercises.lesson03.FastestIncreaseSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceFastestIncreaseSamplesTest extends FastestIncreaseSamples {

    @Override
    protected FastestIncrease create() {
        return new ReferenceFastestIncrease();
    }
}
