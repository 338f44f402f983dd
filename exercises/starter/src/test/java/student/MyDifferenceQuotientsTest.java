package student;

import tangent.exercises.lesson01.DifferenceQuotients;
import tangent.exercises.lesson01.DifferenceQuotientsSamples;

/** The public samples for DifferenceQuotients, run against your class. */
class MyDifferenceQuotientsTest extends DifferenceQuotientsSamples {

    @Override
    protected DifferenceQuotients create() {
        return new MyDifferenceQuotients();
    }
}
