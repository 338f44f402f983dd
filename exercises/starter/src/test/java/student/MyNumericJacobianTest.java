package student;

import tangent.exercises.lesson04.NumericJacobian;
import tangent.exercises.lesson04.NumericJacobianSamples;

/** The public samples for NumericJacobian, run against your class. */
class MyNumericJacobianTest extends NumericJacobianSamples {

    @Override
    protected NumericJacobian create() {
        return new MyNumericJacobian();
    }
}
