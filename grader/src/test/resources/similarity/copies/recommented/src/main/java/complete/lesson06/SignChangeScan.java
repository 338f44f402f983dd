package complete.lesson06;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import tangent.exercises.lesson06.DerivativeScan;

// Samples f' on an even grid and refines every bracket where it switches sign
// by repeated halving until the interval cannot shrink any more.
public final class SignChangeScan implements DerivativeScan
{
	// d/dx ln(x)
	@Override
	public String logDerivative()
	{
		return "x^(-1)";
	}

	@Override
	public double[] criticalPoints(DoubleUnaryOperator fPrime, double from, double to, int n)
	{
		double[] xs = grid(from, to, n);
		double[] ys = Arrays.stream(xs).map(fPrime).toArray();
		double[] found = new double[2 * n + 1];
		int count = 0;
		for(int i = 0; i <= n; i++)
		{
			if(ys[i] == 0)
			{
				found[count++] = xs[i];
			}
			else if(i < n && Math.signum(ys[i]) * Math.signum(ys[i + 1]) < 0)
			{
				// bisection on [xs[i], xs[i+1]]
				double lo = xs[i];
				double hi = xs[i + 1];
				boolean loNegative = ys[i] < 0;
				while(true)
				{
					double mid = lo + (hi - lo) / 2;
					// no representable double left in between
					if(mid <= lo || mid >= hi)
					{
						break;
					}
					double v = fPrime.applyAsDouble(mid);
					if(v == 0)
					{
						lo = mid;
						hi = mid;
						break;
					}
					if((v < 0) == loNegative)
					{
						lo = mid;
					}
					else
					{
						hi = mid;
					}
				}
				found[count++] = lo + (hi - lo) / 2;
			}
		}
		return Arrays.copyOf(found, count);
	}

	// true when f' takes both signs somewhere on the grid
	@Override
	public boolean hasLocalExtremum(DoubleUnaryOperator fPrime, double from, double to, int n)
	{
		double[] ys = Arrays.stream(grid(from, to, n)).map(fPrime).toArray();
		return Arrays.stream(ys).max().getAsDouble() > 0 && Arrays.stream(ys).min().getAsDouble() < 0;
	}

	// n+1 equally spaced nodes from "from" to "to"
	private static double[] grid(double from, double to, int n)
	{
		if(!(Double.isFinite(from) && Double.isFinite(to) && from < to) || n < 1)
		{
			throw new IllegalArgumentException("need finite from < to and n >= 1");
		}
		double[] xs = new double[n + 1];
		for(int i = 0; i <= n; i++)
		{
			xs[i] = from + (to - from) * i / n;
		}
		return xs;
	}
}
