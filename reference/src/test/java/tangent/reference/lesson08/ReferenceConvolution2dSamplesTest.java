package tangent.reference.lesson08;

import tangent.exercises.lesson08.Convolution2d;
import tangent.exercises.lesson08.Convolution2dSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceConvolution2dSamplesTest extends Convolution2dSamples {

    @Override
    protected Convolution2d create() {
        return new ReferenceConvolution2d();
    }
}
