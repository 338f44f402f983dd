package student;

import tangent.exercises.lesson04.JacobianAtPoint;
import tangent.exercises.lesson04.JacobianAtPointSamples;

/** The public samples for JacobianAtPoint, run against your class. */
class MyJacobianAtPointTest extends JacobianAtPointSamples {

    @Override
    protected JacobianAtPoint create() {
        return new MyJacobianAtPoint();
    }
}
