import tangent.exercises.lesson04.JacobianFormulas;

/** Worked by hand: rows are outputs, columns are x then y. */
public class Formulas implements JacobianFormulas {

    @Override
    public String[][] productPair() {
        return new String[][] {
            {"2*y", "2*x"},
            {"2*x*y", "x^2"}};
    }

    @Override
    public String[][] sigmoidLayer() {
        // S'(z) = S(z)(1 - S(z)), times the inner derivative (the coefficient of x or y)
        String[][] layer = new String[3][2];
        String[][] neurons = {{"p", "q"}, {"r", "s"}, {"t", "u"}};
        for (int i = 0; i < 3; i++) {
            String z = "(" + neurons[i][0] + "*x + " + neurons[i][1] + "*y)";
            String s = "1/(1 + exp(-" + z + "))";
            for (int j = 0; j < 2; j++) {
                layer[i][j] = neurons[i][j] + "*" + s + "*(1 - " + s + ")";
            }
        }
        return layer;
    }
}
