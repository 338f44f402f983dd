package edu.bo.mlcalc;

import java.util.Arrays;
import java.util.stream.IntStream;
import tangent.exercises.lesson08.Softmax;

/** Softmax computed after subtracting the largest score, its Jacobian and the cross-entropy gradient. */
public class StableSoftmax implements Softmax {

    @Override
    public double[] probabilities(double[] z) {
        Require.finiteVector(z, "z", false);
        double top = Arrays.stream(z).max().orElseThrow();
        double[] e = Arrays.stream(z).map(v -> Math.exp(v - top)).toArray();
        double total = Arrays.stream(e).sum();
        return Arrays.stream(e).map(v -> v / total).toArray();
    }

    @Override
    public double[][] jacobian(double[] z) {
        double[] s = probabilities(z);
        return IntStream.range(0, s.length)
                .mapToObj(i -> IntStream.range(0, s.length).mapToDouble(j -> s[i] * ((i == j ? 1 : 0) - s[j])).toArray())
                .toArray(double[][]::new);
    }

    @Override
    public double[] crossEntropyGradient(double[] z, int label) {
        double[] s = probabilities(z);
        Require.that(label >= 0 && label < s.length, "label must be in [0, " + s.length + "), was " + label);
        return IntStream.range(0, s.length).mapToDouble(j -> s[j] - (j == label ? 1 : 0)).toArray();
    }
}
