package student;

import tangent.exercises.lesson05.Activation;
import tangent.exercises.lesson05.MultilayerPerceptron;

/** Lesson 05: a multilayer perceptron: forward, backward, update, training. The task is in the Javadoc of MultilayerPerceptron. */
public class MyMultilayerPerceptron implements MultilayerPerceptron {

    @Override
    public void initialize(double[][][] weights, double[][] biases, Activation[] activations) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] forward(double[][] x) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double loss(double[][] y) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void backward(double[][] y) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][][] weightGradients() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] biasGradients() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] activationGradient(int layer) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void update(double eta) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][][] weights() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[][] biases() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public double[] train(double[][] x, double[][] y, double eta, int epochs) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
