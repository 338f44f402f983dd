package student;

import tangent.exercises.lesson04.JacobianFormulas;
import tangent.exercises.lesson04.JacobianFormulasSamples;

/** The public samples for JacobianFormulas, run against your class. */
class MyJacobianFormulasTest extends JacobianFormulasSamples {

    @Override
    protected JacobianFormulas create() {
        return new MyJacobianFormulas();
    }
}
