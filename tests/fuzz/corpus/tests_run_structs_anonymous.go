// run

package main

import "fmt"

type Celsius struct{ Deg float64 }
type Fahrenheit struct{ Deg float64 }

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	fmt.Printf("%+v %T\n", pt, pt)
	people := []struct {
		Name string
		Age  int
	}{
		{"Ann", 31},
		{"Ben", 25},
		{"Cid", 47},
	}
	total := 0
	for _, p := range people {
		total += p.Age
	}
	fmt.Println(people, total)
	// identical struct types are convertible and assignable from literal types
	type P struct{ X, Y int }
	var named P = pt
	fmt.Println(named)
	c := Celsius{100}
	f := Fahrenheit(c)
	f.Deg = f.Deg*9/5 + 32
	fmt.Println(c, f)
	// nested anonymous
	cfg := struct {
		Name string
		Opts struct {
			Verbose bool
			Level   int
		}
	}{Name: "cfg"}
	cfg.Opts.Level = 3
	cfg.Opts.Verbose = true
	fmt.Printf("%+v\n", cfg)
	// table-driven tests pattern
	tests := []struct {
		a, b int
		want int
	}{
		{1, 2, 3},
		{-1, 1, 0},
		{100, 200, 300},
		{5, 5, 11},
	}
	for i, tt := range tests {
		got := tt.a + tt.b
		status := "ok"
		if got != tt.want {
			status = "FAIL"
		}
		fmt.Printf("case %d: %d+%d=%d want %d %s\n", i, tt.a, tt.b, got, tt.want, status)
	}
	// comparing anonymous structs
	a := struct{ N int }{1}
	b := struct{ N int }{1}
	fmt.Println(a == b)
	// pointer to anonymous struct
	ptr := &struct{ Count int }{}
	for i := 0; i < 5; i++ {
		ptr.Count += i
	}
	fmt.Println(ptr.Count, *ptr)
	// struct{} as a marker value
	var marks []struct{}
	marks = append(marks, struct{}{}, struct{}{})
	fmt.Println(len(marks), marks)
}
