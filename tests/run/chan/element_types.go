// run

package main

import (
	"fmt"
	"strings"
)

// Channels carry values of any type; values are copied on send.

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Record struct {
	ID    int
	Name  string
	Tags  []string
	Inner struct{ A, B int8 }
}

func main() {
	// Strings.
	sc := make(chan string, 3)
	sc <- "héllo"
	sc <- strings.Repeat("ab", 3)
	sc <- ""
	fmt.Printf("%q %q %q\n", <-sc, <-sc, <-sc)

	// Structs are copied: changing the original after the send has no effect.
	rc := make(chan Record, 1)
	r := Record{ID: 1, Name: "first", Tags: []string{"x"}}
	r.Inner.A = -3
	rc <- r
	r.ID = 99
	r.Name = "changed"
	r.Tags[0] = "shared" // the slice's array is shared
	got := <-rc
	fmt.Printf("%+v\n", got)

	// Interfaces holding different dynamic types.
	ic := make(chan Shape, 2)
	ic <- Rect{2, 3}
	ic <- &Circle{1}
	for i := 0; i < 2; i++ {
		s := <-ic
		fmt.Printf("%T %v\n", s, s.Area())
	}
	var ec = make(chan interface{}, 4)
	ec <- 1
	ec <- "two"
	ec <- 3.5
	ec <- nil
	for i := 0; i < 4; i++ {
		fmt.Printf("%v ", <-ec)
	}
	fmt.Println()

	// Big arrays, through an unbuffered channel between goroutines.
	type big [4096]int
	bc := make(chan big)
	go func() {
		var b big
		for i := range b {
			b[i] = i
		}
		bc <- b
		b[0] = -1 // does not affect what was sent
		bc <- b
	}()
	b1 := <-bc
	b2 := <-bc
	sum := 0
	for _, v := range b1 {
		sum += v
	}
	fmt.Println(sum, b1[0], b2[0], b1[4095])

	// Buffered channel of big arrays.
	bb := make(chan big, 3)
	for k := 0; k < 3; k++ {
		var b big
		b[k] = k + 1
		bb <- b
	}
	for k := 0; k < 3; k++ {
		b := <-bb
		fmt.Print(b[k], " ")
	}
	fmt.Println()

	// Pointers, funcs, maps, slices.
	pc := make(chan *Record, 1)
	pc <- &r
	fmt.Println((<-pc).Name)

	fc := make(chan func(int) int, 1)
	fc <- func(x int) int { return x * 10 }
	fmt.Println((<-fc)(7))

	mc := make(chan map[string]int, 1)
	mc <- map[string]int{"k": 1}
	fmt.Println(<-mc)

	slc := make(chan []byte, 1)
	slc <- []byte("bytes")
	fmt.Println(string(<-slc))

	// Small integer and float element types, including conversions.
	u8 := make(chan uint8, 1)
	u8 <- 255
	fmt.Println(<-u8 + 1)
	f32 := make(chan float32, 1)
	f32 <- 0.1
	fmt.Println(<-f32)
	cx := make(chan complex128, 1)
	cx <- 1 + 2i
	fmt.Println(<-cx)
	bl := make(chan bool, 1)
	bl <- true
	fmt.Println(<-bl)
}
