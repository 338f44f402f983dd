package complete.lesson06;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import tangent.exercises.lesson06.ConvexMinimizer;

/*
 * Quasi-Newton minimiser: keeps an approximation of the inverse of the
 * second-derivative matrix and refines it after every accepted step.
 * Step lengths come from halving until the sufficient-decrease test passes.
 */
public final class Bfgs implements ConvexMinimizer
{
	@Override
	public double[] minimize(ToDoubleFunction<double[]> f,
			UnaryOperator<double[]> gradient,
			double[] start)
	{
		if(start == null || start.length == 0)
		{
			throw new IllegalArgumentException("start must have at least one coordinate");
		}
		int n = start.length;
		double[] x = new double[n];
		for(int i = 0; i < n; i++)
		{
			if(!Double.isFinite(start[i]))
			{
				throw new IllegalArgumentException("start must be finite");
			}
			x[i] = start[i];
		}
		// start with the identity as the curvature guess
		double[][] h = identity(n);
		double fx = f.applyAsDouble(x.clone());
		double[] g = gradient.apply(x.clone());
		for(int iteration = 0; iteration < 10_000 && norm(g) > 1e-9; iteration++)
		{
			double[] p = times(h, g);
			for(int i = 0; i < n; i++)
			{
				p[i] = -p[i];
			}
			double slope = dot(g, p);
			// uphill or flat: throw the matrix away and fall back to steepest descent
			if(slope >= 0)
			{
				h = identity(n);
				p = g.clone();
				for(int i = 0; i < n; i++)
				{
					p[i] = -p[i];
				}
				slope = dot(g, p);
			}
			// halve the step until f drops by enough
			double t = 1;
			double[] next = new double[n];
			double fNext;
			while(true)
			{
				for(int i = 0; i < n; i++)
				{
					next[i] = x[i] + t * p[i];
				}
				fNext = f.applyAsDouble(next.clone());
				if(fNext <= fx + 1e-4 * t * slope)
				{
					break;
				}
				t /= 2;
				if(t < 1e-18)
				{
					// steps too tiny to matter any more, so stop here
					return x;
				}
			}
			// differences of position and of gradient over the step
			double[] gNext = gradient.apply(next.clone());
			double[] s = new double[n];
			double[] y = new double[n];
			for(int i = 0; i < n; i++)
			{
				s[i] = next[i] - x[i];
				y[i] = gNext[i] - g[i];
			}
			double sy = dot(s, y);
			if(sy > 1e-14)
			{
				h = update(h, s, y, 1 / sy);
			}
			x = next;
			fx = fNext;
			g = gNext;
		}
		return x;
	}

	// rank-two correction of the inverse Hessian guess, written out entry by entry
	private static double[][] update(double[][] h, double[] s, double[] y, double rho)
	{
		int n = s.length;
		double[] hy = times(h, y);
		double yhy = dot(y, hy);
		double[][] next = new double[n][n];
		for(int i = 0; i < n; i++)
		{
			for(int j = 0; j < n; j++)
			{
				next[i][j] = h[i][j]
						- rho * (hy[i] * s[j] + s[i] * hy[j])
						+ (rho * rho * yhy + rho) * s[i] * s[j];
			}
		}
		return next;
	}

	// n by n unit matrix
	private static double[][] identity(int n)
	{
		double[][] m = new double[n][n];
		for(int i = 0; i < n; i++)
		{
			m[i][i] = 1;
		}
		return m;
	}

	// matrix times vector
	private static double[] times(double[][] m, double[] v)
	{
		double[] r = new double[v.length];
		for(int i = 0; i < v.length; i++)
		{
			r[i] = dot(m[i], v);
		}
		return r;
	}

	// scalar product
	private static double dot(double[] a, double[] b)
	{
		double s = 0;
		for(int i = 0; i < a.length; i++)
		{
			s += a[i] * b[i];
		}
		return s;
	}

	// Euclidean length
	private static double norm(double[] v)
	{
		return Math.sqrt(dot(v, v));
	}
}
