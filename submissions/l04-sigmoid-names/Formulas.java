import tangent.exercises.lesson04.JacobianFormulas;

/**
 * The formulas task alone, correct, with the sigmoid written by its names, as the Javadoc allows:
 * S(...) and sigmoid(...). (The other Lesson 04 tasks are l04-correct's.)
 */
public class Formulas implements JacobianFormulas {

    @Override
    public String[][] productPair() {
        return new String[][] {
            {"2y", "2x"},
            {"2*x*y", "x\u00B2"}};
    }

    @Override
    public String[][] sigmoidLayer() {
        return new String[][] {
            {"p*S(p*x + q*y)*(1 - S(p*x + q*y))", "q S(p*x + q*y) (1 - S(p*x + q*y))"},
            {"r*sigmoid(r*x + s*y)*(1 - sigmoid(r*x + s*y))", "s*sigmoid(r*x + s*y)*(1 - sigmoid(r*x + s*y))"},
            {"t*S(t*x + u*y)*(1 - S(t*x + u*y))", "u*S(t*x + u*y)*(1 - S(t*x + u*y))"}};
    }
}
