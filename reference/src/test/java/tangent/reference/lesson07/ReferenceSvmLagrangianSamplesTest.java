package tangent.reference.lesson07;

import tangent.exercises.lesson07.SvmLagrangian;
import tangent.exercises.lesson07.SvmLagrangianSamples;

/** The public samples hold for the reference: the samples themselves are right. */
class ReferenceSvmLagrangianSamplesTest extends SvmLagrangianSamples {

    @Override
    protected SvmLagrangian create() {
        return new ReferenceSvmLagrangian();
    }
}
