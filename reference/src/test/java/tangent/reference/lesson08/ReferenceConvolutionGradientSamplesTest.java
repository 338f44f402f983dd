package tangent.reference.lesson08;

import tangent.exercises.lesson08.ConvolutionGradient;
import tangent.exercises.lesson08.ConvolutionGradientSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceConvolutionGradientSamplesTest extends ConvolutionGradientSamples {

    @Override
    protected ConvolutionGradient create() {
        return new ReferenceConvolutionGradient();
    }
}
