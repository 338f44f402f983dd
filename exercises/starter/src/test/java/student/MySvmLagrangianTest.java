package student;

import tangent.exercises.lesson07.SvmLagrangian;
import tangent.exercises.lesson07.SvmLagrangianSamples;

/** The public samples for SvmLagrangian, run against your class. */
class MySvmLagrangianTest extends SvmLagrangianSamples {

    @Override
    protected SvmLagrangian create() {
        return new MySvmLagrangian();
    }
}
