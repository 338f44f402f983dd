package student;

import tangent.exercises.lesson07.SupportVectors;
import tangent.exercises.lesson07.SupportVectorsSamples;

/** The public samples for SupportVectors, run against your class. */
class MySupportVectorsTest extends SupportVectorsSamples {

    @Override
    protected SupportVectors create() {
        return new MySupportVectors();
    }
}
