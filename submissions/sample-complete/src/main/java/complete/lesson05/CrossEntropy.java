package complete.lesson05;

import tangent.exercises.lesson05.BinaryCrossEntropy;

public class CrossEntropy implements BinaryCrossEntropy {

    private static double clip(double v) {
        return v < EPSILON ? EPSILON : v;
    }

    private static void require(double y, double yhat) {
        if (Double.isNaN(y) || Double.isNaN(yhat) || y < 0 || y > 1 || yhat < 0 || yhat > 1) {
            throw new IllegalArgumentException("labels and predictions must lie in [0, 1]: " + y + ", " + yhat);
        }
    }

    @Override
    public double loss(double y, double yhat) {
        require(y, yhat);
        return -y * Math.log(clip(yhat)) - (1 - y) * Math.log(clip(1 - yhat));
    }

    @Override
    public double derivative(double y, double yhat) {
        require(y, yhat);
        return -y / clip(yhat) + (1 - y) / clip(1 - yhat);
    }

    @Override
    public double meanLoss(double[] y, double[] yhat) {
        if (y.length != yhat.length || y.length == 0) {
            throw new IllegalArgumentException("need equally many labels and predictions, at least one");
        }
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += loss(y[i], yhat[i]);
        }
        return sum / y.length;
    }
}
