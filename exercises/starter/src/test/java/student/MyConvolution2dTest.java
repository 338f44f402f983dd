package student;

import tangent.exercises.lesson08.Convolution2d;
import tangent.exercises.lesson08.Convolution2dSamples;

/** The public samples for Convolution2d, run against your class. */
class MyConvolution2dTest extends Convolution2dSamples {

    @Override
    protected Convolution2d create() {
        return new MyConvolution2d();
    }
}
