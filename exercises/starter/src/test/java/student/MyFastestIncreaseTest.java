package student;

import tangent.exercises.lesson03.FastestIncrease;
import tangent.exercises.lesson03.FastestIncreaseSamples;

/** The public samples for FastestIncrease, run against your class. */
class MyFastestIncreaseTest extends FastestIncreaseSamples {

    @Override
    protected FastestIncrease create() {
        return new MyFastestIncrease();
    }
}
