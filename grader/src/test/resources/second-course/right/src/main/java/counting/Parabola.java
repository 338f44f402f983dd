package counting;

import tangent.secondcourse.api.Slope;

public class Parabola implements Slope {
    @Override
    public String derivative(int a, int b) {
        return b + " + " + (2 * a) + "x";
    }
}
