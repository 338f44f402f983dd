package student;

import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

/** Lesson 06: critical points and the second-derivative test. The task is in the Javadoc of CriticalPoints. */
public class MyCriticalPoints implements CriticalPoints {

    @Override
    public double[] criticalPoints(double[] coefficients) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public CriticalPointKind[] classify(double[] coefficients) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
