// run

package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1e-7, 123456.789, 0.1, 2.0 / 3, math.Inf(1), math.NaN(), 5e-324}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'g', 4, 32))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64), strconv.FormatFloat(1.5, 'E', -1, 64), strconv.FormatFloat(255, 'x', -1, 64), strconv.FormatFloat(1, 'b', -1, 64))
	for _, s := range []string{"3.14", "-0", "1e10", "1E-3", ".5", "5.", "inf", "-Inf", "NaN", "1e400", "-1e400", "1e-400", "0x1p-2", "1_000.5", "abc", "", "3.4e38", "3.5e38"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q -> %v %v | %v %v\n", s, f, err, g, err32)
	}
	// round trips
	for _, v := range []float64{0.1, 0.2, 0.3, 1.0 / 3, 1e23, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == v)
	}
	buf := strconv.AppendFloat([]byte("x="), 2.75, 'f', 1, 64)
	fmt.Println(string(buf))
}
