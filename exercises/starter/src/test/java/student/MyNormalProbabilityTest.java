package student;

import tangent.exercises.lesson02.NormalProbability;
import tangent.exercises.lesson02.NormalProbabilitySamples;

/** The public samples for NormalProbability, run against your class. */
class MyNormalProbabilityTest extends NormalProbabilitySamples {

    @Override
    protected NormalProbability create() {
        return new MyNormalProbability();
    }
}
