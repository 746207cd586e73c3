package assessment

import (
	"math"
	"testing"
)

func TestRegIncBetaClosedForms(t *testing.T) {
	// Where I_x(a, b) has a closed form: I_x(1, 1) = x; I_x(a, 1) = x^a;
	// I_x(1, b) = 1 - (1-x)^b; I_x(1/2, 1/2) = (2/pi) asin(sqrt x); and
	// I_{1/2}(a, a) = 1/2 by symmetry.
	tests := []struct {
		name    string
		x, a, b float64
		want    float64
	}{
		{"uniform", 0.3, 1, 1, 0.3},
		{"x^a: 0.5^3 = 0.125", 0.5, 3, 1, 0.125},
		{"1-(1-x)^b: 1 - 0.8^4 = 0.5904", 0.2, 1, 4, 0.5904},
		{"arcsine at 1/4: (2/pi) asin(1/2) = 1/3", 0.25, 0.5, 0.5, 1.0 / 3},
		{"symmetric at the middle", 0.5, 7.5, 7.5, 0.5},
		{"upper branch: 1 - 0.1^3 = 0.999", 0.9, 1, 3, 0.999},
		{"below zero", -1, 2, 2, 0},
		{"above one", 2, 2, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := regIncBeta(tt.x, tt.a, tt.b); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("I_%g(%g, %g) = %.15f, want %.15f", tt.x, tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestTQuantile(t *testing.T) {
	// Values from printed tables of Student's t, to the digits printed
	// (six decimals where the table gives them).
	tests := []struct {
		p, df float64
		want  float64
		tol   float64
	}{
		{0.975, 1, 12.706205, 1e-5},
		{0.975, 2, 4.302653, 1e-5},
		{0.975, 3, 3.182, 5e-4},
		{0.975, 10, 2.228139, 1e-5},
		{0.975, 30, 2.042272, 1e-5},
		{0.95, 5, 2.015, 5e-4},
		{0.995, 20, 2.845, 5e-4},
		{0.9995, 1, 636.619, 5e-3},
		{0.975, 1000, 1.962, 5e-4},
		{0.975, math.Inf(1), 1.95996, 5e-6},
		// The lower tail mirrors the upper one.
		{0.025, 10, -2.228, 5e-4},
		{0.5, 7, 0, 0},
	}
	for _, tt := range tests {
		if got := TQuantile(tt.p, tt.df); math.Abs(got-tt.want) > tt.tol {
			t.Errorf("t(%g, %g) = %.5f, want %.5f", tt.p, tt.df, got, tt.want)
		}
	}
	// As df grows, t approaches the normal quantile from above.
	if a, b := TQuantile(0.975, 1e5), NormalQuantile(0.975); a < b || a-b > 1e-4 {
		t.Errorf("t(0.975, 1e5) = %.6f, normal %.6f", a, b)
	}
	for _, bad := range [][2]float64{{0, 5}, {1, 5}, {0.5, 0}, {0.9, -1}, {math.NaN(), 3}} {
		if got := TQuantile(bad[0], bad[1]); !math.IsNaN(got) {
			t.Errorf("t(%g, %g) = %g, want NaN", bad[0], bad[1], got)
		}
	}
}

func TestFQuantile(t *testing.T) {
	// Table values of F, cross-checked by integrating the F density
	// numerically. F(0.95; 1, 10) is t(0.975, 10)^2 = 2.22814^2 = 4.9646.
	tests := []struct {
		p, d1, d2 float64
		want      float64
	}{
		{0.95, 1, 10, 4.9646},
		{0.975, 4, 8, 5.0526},
		{0.975, 8, 4, 8.9796},
		{0.95, 5, 10, 3.3258},
		{0.99, 2, 20, 5.8489},
		{0.975, 10, 20, 2.7737},
		// The lower quantile is the reciprocal of the upper one with the
		// degrees of freedom swapped: 1 / 8.9796 = 0.11136.
		{0.025, 4, 8, 0.11136},
	}
	for _, tt := range tests {
		if got := FQuantile(tt.p, tt.d1, tt.d2); math.Abs(got-tt.want) > 5e-5 {
			t.Errorf("F(%g; %g, %g) = %.5f, want %.5f", tt.p, tt.d1, tt.d2, got, tt.want)
		}
	}
	if got := FQuantile(0.5, 0, 3); !math.IsNaN(got) {
		t.Errorf("F with 0 degrees of freedom = %g, want NaN", got)
	}
}

func TestNormalQuantile(t *testing.T) {
	tests := []struct{ p, want float64 }{
		{0.5, 0},
		{0.975, 1.959964},
		{0.025, -1.959964},
		{0.8413447, 1.0}, // Phi(1)
		{0.99, 2.326348},
	}
	for _, tt := range tests {
		if got := NormalQuantile(tt.p); math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("z(%g) = %.7f, want %.7f", tt.p, got, tt.want)
		}
	}
}
