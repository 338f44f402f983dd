package student;

import tangent.exercises.lesson02.RunningSumShift;
import tangent.exercises.lesson02.RunningSumShiftSamples;

/** The public samples for RunningSumShift, run against your class. */
class MyRunningSumShiftTest extends RunningSumShiftSamples {

    @Override
    protected RunningSumShift create() {
        return new MyRunningSumShift();
    }
}
