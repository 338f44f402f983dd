package tangent.reference.lesson04;

import tangent.exercises.lesson04.JacobianAtPoint;
import tangent.exercises.lesson04.JacobianAtPointSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceJacobianAtPointSamplesTest extends JacobianAtPointSamples {

    @Override
    protected JacobianAtPoint create() {
        return new ReferenceJacobianAtPoint();
    }
}
