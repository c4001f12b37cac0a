// run

package main

import (
	"fmt"
	"math"
	"time"
)

// time.Duration: String, the unit conversions, Round, Truncate, Abs and
// ParseDuration, and Month and Weekday names.

func main() {
	ds := []time.Duration{
		0, 1, -1, 999, 1000, 1001, 1500, 999999, time.Millisecond,
		1234567 * time.Nanosecond, time.Second, -time.Second,
		1500 * time.Millisecond, 59 * time.Second, time.Minute, 61 * time.Second,
		90 * time.Minute, 100 * time.Hour, 26*time.Hour + 3*time.Minute + 500*time.Millisecond,
		time.Hour + time.Nanosecond, math.MaxInt64, math.MinInt64, math.MinInt64 + 1,
	}
	for _, d := range ds {
		fmt.Printf("%d: %v | %s | %q\n", int64(d), d, d.String(), d)
	}
	fmt.Println()

	for _, d := range []time.Duration{0, 1, 1500 * time.Microsecond, -2500 * time.Millisecond,
		90 * time.Minute, 36 * time.Hour, math.MaxInt64} {
		fmt.Println(d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours())
	}
	fmt.Println()

	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
	for _, m := range []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 3 * time.Hour} {
		fmt.Printf("m=%v round=%v trunc=%v neg-round=%v neg-trunc=%v\n",
			m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	// Rounding saturates instead of overflowing.
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	fmt.Println(time.Duration(-5).Abs(), time.Duration(5).Abs(), time.Duration(math.MinInt64).Abs())
	fmt.Println()

	for _, s := range []string{"0", "5s", "+5s", "-5s", "1h15m30.5s", "1.5h", "300ms", "-1.5h",
		"2h45m", "1µs", "1μs", "1us", "100ns", ".5s", "1.s", "1d", "", "1", "x", "-", "9223372036854775807ns",
		"9223372036854775808ns", "3000000h", "0.000000001s", "1.0000000001s", "1h1h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}
	fmt.Println()

	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for w := time.Weekday(-1); w <= 7; w++ {
		fmt.Print(w.String(), " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %v\n", time.March, time.March, time.Friday, []time.Month{time.May, time.June})
	type pair struct {
		D time.Duration
		M time.Month
	}
	fmt.Printf("%v %+v\n", pair{time.Second, time.July}, pair{2 * time.Minute, time.August})
	fmt.Println(time.Duration(1)*time.Hour == time.Hour, time.Second/time.Millisecond, time.Hour.Minutes())
}
