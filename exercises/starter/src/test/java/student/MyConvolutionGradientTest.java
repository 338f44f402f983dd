package student;

import tangent.exercises.lesson08.ConvolutionGradient;
import tangent.exercises.lesson08.ConvolutionGradientSamples;

/** The public samples for ConvolutionGradient, run against your class. */
class MyConvolutionGradientTest extends ConvolutionGradientSamples {

    @Override
    protected ConvolutionGradient create() {
        return new MyConvolutionGradient();
    }
}
