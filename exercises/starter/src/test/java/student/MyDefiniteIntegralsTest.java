package student;

import tangent.exercises.lesson02.DefiniteIntegrals;
import tangent.exercises.lesson02.DefiniteIntegralsSamples;

/** The public samples for DefiniteIntegrals, run against your class. */
class MyDefiniteIntegralsTest extends DefiniteIntegralsSamples {

    @Override
    protected DefiniteIntegrals create() {
        return new MyDefiniteIntegrals();
    }
}
