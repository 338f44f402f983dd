package complete.lesson06;

import tangent.exercises.lesson06.CriticalPointKind;
import tangent.exercises.lesson06.CriticalPoints;

// Stationary points of a polynomial of degree at most three: the derivative is
// at most quadratic, so its zeros come from the quadratic formula.
public final class CubicCriticalPoints implements CriticalPoints
{
	@Override
	public double[] criticalPoints(double[] coefficients)
	{
		double[] d = derivative(coefficients);
		double p = d[2];
		double q = d[1];
		double r = d[0];
		if(p == 0)
		{
			return q == 0 ? new double[0] : new double[]{ -r / q };
		}
		// discriminant of the derivative
		double disc = q * q - 4 * p * r;
		if(disc < 0)
		{
			return new double[0];
		}
		if(disc == 0)
		{
			return new double[]{ -q / (2 * p) };
		}
		double root = Math.sqrt(disc);
		// take the root that has no subtraction of close numbers, then get the
		// other one through Vieta (product of the roots)
		double big = (q >= 0 ? -q - root : -q + root) / (2 * p);
		double small = r / (p * big);
		return big < small ? new double[]{ big, small } : new double[]{ small, big };
	}

	@Override
	public CriticalPointKind[] classify(double[] coefficients)
	{
		double[] d = derivative(coefficients);
		double[] xs = criticalPoints(coefficients);
		// degree two: a single turning point whose type depends on the sign of the x^2 term
		if(d[2] == 0)
		{
			return xs.length == 0
					? new CriticalPointKind[0]
					: new CriticalPointKind[]{
						d[1] > 0 ? CriticalPointKind.LOCAL_MINIMUM : CriticalPointKind.LOCAL_MAXIMUM };
		}
		// repeated root of f', so no extremum there
		if(xs.length == 1)
		{
			return new CriticalPointKind[]{ CriticalPointKind.NEITHER };
		}
		if(xs.length == 0)
		{
			return new CriticalPointKind[0];
		}
		// two roots: with a positive x^2 coefficient in f' the first one is a max
		return d[2] > 0 ? new CriticalPointKind[]{ CriticalPointKind.LOCAL_MAXIMUM, CriticalPointKind.LOCAL_MINIMUM }
				: new CriticalPointKind[]{ CriticalPointKind.LOCAL_MINIMUM, CriticalPointKind.LOCAL_MAXIMUM };
	}

	// coefficients of f' (always three slots), after validating the input
	private static double[] derivative(double[] c)
	{
		if(c == null || c.length < 2 || c.length > 4)
		{
			throw new IllegalArgumentException("a polynomial of degree 1 to 3 has 2 to 4 coefficients");
		}
		for(double v : c)
		{
			if(!Double.isFinite(v))
			{
				throw new IllegalArgumentException("coefficients must be finite");
			}
		}
		if(c[c.length - 1] == 0)
		{
			throw new IllegalArgumentException("the leading coefficient is 0");
		}
		double[] d = new double[3];
		for(int k = 1; k < c.length; k++)
		{
			d[k - 1] = k * c[k];
		}
		return d;
	}
}
