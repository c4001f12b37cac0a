// run

package main

import (
	"fmt"
	"time"
)

// time.Time arithmetic: monotonic readings from Now (only relations are
// printed), wall-clock times built from Unix and Date, comparisons, the
// Unix conversions and the calendar.

func main() {
	// Monotonic arithmetic on Now.
	t0 := time.Now()
	t1 := time.Now()
	fmt.Println("now ordered:", !t1.Before(t0), t1.Sub(t0) >= 0, time.Since(t0) >= 0)
	t2 := t0.Add(90 * time.Minute)
	fmt.Println("add/sub:", t2.Sub(t0), t0.Sub(t2), t2.After(t0), t0.Before(t2), t2.Equal(t0.Add(90*time.Minute)))
	u := time.Until(t2)
	fmt.Println("until:", u > 89*time.Minute && u <= 90*time.Minute)
	fmt.Println("since future:", time.Since(t2) < -89*time.Minute)
	fmt.Println("location:", t0.Location(), t0.UTC().Location(), t0.Location() == time.Local)
	// Round(0) strips the monotonic reading; == sees it, Equal does not.
	s := t0.Round(0)
	fmt.Println("strip:", s.Equal(t0), s == t0, s == s.Round(0), t0.Add(0) == t0)
	fmt.Println("unix agrees:", t0.Unix() == t0.UnixNano()/1e9, t0.UnixMilli() == t0.UnixNano()/1e6,
		t0.UnixMicro() == t0.UnixNano()/1e3, t0.Year() >= 2023)
	fmt.Println("from unix:", time.Unix(t0.Unix(), int64(t0.Nanosecond())).Equal(t0),
		time.UnixMilli(t0.UnixMilli()).Equal(t0.Truncate(time.Millisecond)))
	fmt.Println("is zero:", t0.IsZero(), time.Time{}.IsZero())

	// Fixed instants.
	a := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(a, a.Unix(), a.UnixMilli(), a.UnixMicro(), a.UnixNano())
	fmt.Println(a.Year(), a.Month(), a.Day(), a.Hour(), a.Minute(), a.Second(), a.Nanosecond(), a.Weekday(), a.YearDay())
	y, w := a.ISOWeek()
	h, m, sec := a.Clock()
	yy, mm, dd := a.Date()
	fmt.Println(y, w, h, m, sec, yy, mm, dd)
	b := a.Add(-36*time.Hour - 30*time.Second)
	fmt.Println(b, a.Sub(b), b.Sub(a), a.After(b), a.Before(b), a.Equal(b))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.UnixMilli(-1500).UTC(), time.UnixMicro(1).UTC())
	fmt.Println(time.Unix(1e9, 5e9).UTC(), time.Unix(1e9, -1).UTC())

	var z time.Time
	fmt.Println(z, z.Unix(), z.IsZero(), z.Location(), z.Year(), z.Weekday())
	fmt.Println(z.Add(time.Second).IsZero(), z.Sub(a), a.Sub(z))

	// Date normalizes out-of-range fields.
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, 2, 29, 24, 60, 60, 1e9, time.UTC))
	fmt.Println(time.Date(2023, 13, 0, -1, 0, 0, -1, time.UTC))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(-100, 1, 1, 0, 0, 0, 0, time.UTC))
	c := time.Date(2020, time.January, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(c.AddDate(0, 1, 0), c.AddDate(1, -1, 1), c.AddDate(0, 0, 366))
	for _, yr := range []int{1900, 2000, 2004, 2021, 2100} {
		d := time.Date(yr, 12, 31, 0, 0, 0, 0, time.UTC)
		iy, iw := d.ISOWeek()
		fmt.Print(d.YearDay(), " ", d.Weekday(), " ", iy, "-W", iw, "; ")
	}
	fmt.Println()

	// Truncate and Round of times (relative to the zero time).
	e := time.Date(2023, 6, 15, 13, 47, 31, 500000000, time.UTC)
	for _, d := range []time.Duration{time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour} {
		fmt.Println(d, e.Truncate(d), e.Round(d))
	}

	// Zones: FixedZone, In, Local (UTC in these tests), Zone.
	est := time.FixedZone("EST", -5*3600)
	f := e.In(est)
	fmt.Println(f, f.Equal(e), f == e, f.Location(), f.Hour())
	name, off := f.Zone()
	fmt.Println(name, off, f.UTC(), f.IsDST())
	ist := time.FixedZone("", 5*3600+1800)
	fmt.Println(e.In(ist), e.In(ist).Location())
	fmt.Println(time.Date(2023, 6, 15, 8, 0, 0, 0, est).UTC())
	l, err := time.LoadLocation("UTC")
	fmt.Println(l, err, l == time.UTC)
	l, err = time.LoadLocation("")
	fmt.Println(l, err)
	l, err = time.LoadLocation("../etc")
	fmt.Println(l, err)
	fmt.Println(time.UTC, time.UTC.String())

	// Times as map keys and in comparisons.
	seen := map[time.Time]int{}
	seen[e]++
	seen[e.Add(0)]++
	seen[e.Add(time.Nanosecond)]++
	fmt.Println(len(seen), seen[e])
}
