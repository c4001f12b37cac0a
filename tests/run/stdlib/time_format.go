// run

package main

import (
	"fmt"
	"time"
)

// Time.Format with the standard and custom layouts, Parse and
// ParseInLocation, ParseError texts, and the marshalling methods.

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822,
		time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02", "15:04:05.000", "Jan 2, 2006 at 3:04pm (MST)", "Monday January _2 2006",
		"06/1/2 3:4:5 PM", "2006-01-02T15:04:05.999999Z07:00", ".00 .999 ,000", "__2 002",
		"-07 -07:00 -0700 Z07 Z0700 Z07:00 -07:00:00", "no layout at all", ""}
	est := time.FixedZone("EST", -5*3600)
	odd := time.FixedZone("ODD", 5*3600+45*60+30)
	for _, l := range layouts {
		fmt.Printf("%-40q %q\n", l, t.Format(l))
		fmt.Printf("%-40s %q\n", "", t.In(est).Format(l))
	}
	fmt.Println(t.In(odd).Format(time.RFC3339), t.In(odd).Format("-07:00:00 Z070000"))
	fmt.Println(t.Add(-12 * time.Hour).Format(time.Kitchen))
	fmt.Println(string(t.AppendFormat([]byte("at: "), time.RFC1123)))
	fmt.Println(t.String())
	fmt.Println(t.In(est).String())
	fmt.Println(t.GoString())
	fmt.Println(t.In(est).GoString())
	fmt.Printf("%v|%s|%d\n", t, t, t.Year())
	fmt.Println(time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02"))

	// Parse.
	cases := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339Nano, "2021-05-06T07:08:09.123456789-03:30"},
		{time.RFC3339, "2006-01-02T15:04:05.5Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.ANSIC, "Thu Feb  4 21:00:57 2010"},
		{time.Kitchen, "3:04PM"},
		{"2006-01-02", "2023-12-25"},
		{"2006-01-02 15:04", "2023-02-30 10:00"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "23-12-25"},
		{"2006-01-02", "2023-12-25 extra"},
		{"Jan _2 2006", "Feb  3 2013"},
		{"January 2, 2006", "March 9, 2022"},
		{"Monday, 02-Jan-06 15:04:05 MST", "Friday, 02-Jan-06 15:04:05 PST"},
		{"2006 002", "2020 366"},
		{"2006 002", "2021 366"},
		{"15:04:05", "25:00:00"},
		{"3:04PM", "13:04PM"},
		{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05"},
		{"", ""},
		{"", "x"},
	}
	for _, c := range cases {
		p, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Printf("%q: error %v\n", c[1], err)
			if pe, ok := err.(*time.ParseError); ok {
				fmt.Printf("    layout elem %q value elem %q message %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			continue
		}
		name, off := p.Zone()
		fmt.Printf("%q: %v (%s %d) unix %d\n", c[1], p, name, off, p.Unix())
	}
	p, err := time.ParseInLocation("2006-01-02 15:04", "2023-07-01 12:30", est)
	fmt.Println(p, err, p.UTC())
	p, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-07-01 12:30 EST", est)
	fmt.Println(p, err)

	// Marshalling round trips.
	j, err := t.In(est).MarshalJSON()
	fmt.Println(string(j), err)
	var back time.Time
	fmt.Println(back.UnmarshalJSON(j), back.Equal(t), back)
	fmt.Println(back.UnmarshalJSON([]byte(`"not a time"`)))
	txt, err := t.MarshalText()
	fmt.Println(string(txt), err)
	fmt.Println(back.UnmarshalText([]byte("2000-01-01T00:00:00Z")), back)
	bin, err := t.In(est).MarshalBinary()
	fmt.Println(bin, err)
	var b2 time.Time
	fmt.Println(b2.UnmarshalBinary(bin), b2, b2.Equal(t))
	fmt.Println(b2.UnmarshalBinary(nil))
	g, err := t.GobEncode()
	fmt.Println(len(g), err, b2.GobDecode(g), b2)
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
}
