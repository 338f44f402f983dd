package tangent.reference.lesson03;

import tangent.exercises.lesson03.GradientAtPoint;
import tangent.exercises.lesson03.GradientAtPointSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceGradientAtPointSamplesTest extends GradientAtPointSamples {

    @Override
    protected GradientAtPoint create() {
        return new ReferenceGradientAtPoint();
    }
}
