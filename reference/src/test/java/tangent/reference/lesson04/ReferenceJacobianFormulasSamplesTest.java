package tangent.reference.lesson04;

import tangent.exercises.lesson04.JacobianFormulas;
import tangent.exercises.lesson04.JacobianFormulasSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceJacobianFormulasSamplesTest extends JacobianFormulasSamples {

    @Override
    protected JacobianFormulas create() {
        return new ReferenceJacobianFormulas();
    }
}
