package assessment

import "math"

// The quantiles behind the intervals: Student's t for trend slopes and
// Fisher's F for the interval of Cronbach's alpha. Both distributions are
// the regularized incomplete beta function I_x(a, b) in disguise, so that
// is the one function computed with care; the quantiles invert it by
// bisection, which is slow by numerical standards (a few hundred
// evaluations) but cannot diverge and is exact to the last digits that
// matter here.

// TQuantile is the p quantile of Student's t distribution with df degrees
// of freedom: t(0.975, 10) = 2.228, the half-width of a 95% interval in
// standard errors. An infinite df gives the normal quantile (1.960).
func TQuantile(p, df float64) float64 {
	switch {
	case math.IsNaN(p) || math.IsNaN(df) || p <= 0 || p >= 1 || df <= 0:
		return math.NaN()
	case math.IsInf(df, 1):
		return NormalQuantile(p)
	case p == 0.5:
		return 0
	case p < 0.5:
		return -TQuantile(1-p, df)
	}
	// For t > 0, P(T > t) = I_x(df/2, 1/2) / 2 with x = df / (df + t^2),
	// and x falls as t grows: solve for x, then turn it back into t.
	x := invertIncreasing(func(x float64) float64 { return regIncBeta(x, df/2, 0.5) }, 2*(1-p))
	return math.Sqrt(df * (1 - x) / x)
}

// FQuantile is the p quantile of the F distribution with d1 and d2 degrees
// of freedom: F(0.975; 4, 8) = 5.053. P(F <= f) = I_z(d1/2, d2/2) with
// z = d1 f / (d1 f + d2).
func FQuantile(p, d1, d2 float64) float64 {
	if math.IsNaN(p) || p <= 0 || p >= 1 || !(d1 > 0) || !(d2 > 0) {
		return math.NaN()
	}
	z := invertIncreasing(func(z float64) float64 { return regIncBeta(z, d1/2, d2/2) }, p)
	return d2 * z / (d1 * (1 - z))
}

// NormalQuantile is the p quantile of the standard normal distribution,
// from its distribution function 0.5 * erfc(-x / sqrt 2).
func NormalQuantile(p float64) float64 {
	if math.IsNaN(p) || p <= 0 || p >= 1 {
		return math.NaN()
	}
	// Map (-40, 40), far beyond any p a float64 can tell from 0 or 1,
	// onto (0, 1) so the same bisection serves.
	u := invertIncreasing(func(u float64) float64 {
		return 0.5 * math.Erfc(-(80*u-40)/math.Sqrt2)
	}, p)
	return 80*u - 40
}

// invertIncreasing finds u in (0, 1) with f(u) = target for a function
// that increases from 0 to 1 on [0, 1]. It stops when the bracket is a
// few units in the last place of its upper end, so tiny solutions (the
// t quantile of one degree of freedom far in the tail) keep their
// relative precision.
func invertIncreasing(f func(float64) float64, target float64) float64 {
	lo, hi := 0.0, 1.0
	for i := 0; i < 2000 && hi-lo > 4e-16*hi; i++ {
		mid := lo + (hi-lo)/2
		if f(mid) < target {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + (hi-lo)/2
}

// regIncBeta is the regularized incomplete beta function
//
//	I_x(a, b) = B(x; a, b) / B(a, b),
//
// evaluated by its continued fraction (Abramowitz and Stegun 26.5.8) with
// the modified Lentz method. The fraction converges fast only below
// x = (a+1)/(a+b+2); above that the symmetry I_x(a, b) = 1 - I_{1-x}(b, a)
// moves the point below it.
func regIncBeta(x, a, b float64) float64 {
	switch {
	case x <= 0:
		return 0
	case x >= 1:
		return 1
	}
	lga, _ := math.Lgamma(a)
	lgb, _ := math.Lgamma(b)
	lgab, _ := math.Lgamma(a + b)
	// x^a (1-x)^b / B(a, b), the factor in front of the fraction; it is
	// the same for (x, a, b) and (1-x, b, a).
	front := math.Exp(a*math.Log(x) + b*math.Log1p(-x) + lgab - lga - lgb)
	if x < (a+1)/(a+b+2) {
		return front * betaFraction(x, a, b) / a
	}
	return 1 - front*betaFraction(1-x, b, a)/b
}

// betaFraction evaluates 1/(1+ d1/(1+ d2/(1+ ...))) with
//
//	d(2m)   =  m (b-m) x / ((a+2m-1)(a+2m))
//	d(2m+1) = -(a+m)(a+b+m) x / ((a+2m)(a+2m+1))
//
// by the modified Lentz method: the value is built as a running product
// of ratios, each guarded against a zero denominator.
func betaFraction(x, a, b float64) float64 {
	const tiny, eps = 1e-300, 1e-15
	guard := func(v float64) float64 {
		if math.Abs(v) < tiny {
			return tiny
		}
		return v
	}
	// The leading term is d(1) with m = 0.
	c := 1.0
	d := 1 / guard(1-(a+b)*x/(a+1))
	value := d
	for m := 1.0; m <= 10000; m++ {
		for _, coef := range [2]float64{
			m * (b - m) * x / ((a + 2*m - 1) * (a + 2*m)),
			-(a + m) * (a + b + m) * x / ((a + 2*m) * (a + 2*m + 1)),
		} {
			d = 1 / guard(1+coef*d)
			c = guard(1 + coef/c)
			value *= c * d
		}
		if math.Abs(c*d-1) < eps {
			break
		}
	}
	return value
}
