// run

package main

import "fmt"

type rec struct {
	id   int32
	tag  byte
	w    float64
	name string
}

type pair struct{ a, b int16 }

type big struct {
	data [10]int64
}

func main() {
	var rs []rec
	for i := 0; i < 2000; i++ {
		rs = append(rs, rec{id: int32(i), tag: byte(i), w: float64(i) / 2, name: "r"})
		fmt.Println("rec", len(rs), cap(rs))
	}
	fmt.Println(rs[1999])
	var ps []pair
	for i := 0; i < 1500; i++ {
		ps = append(ps, pair{int16(i), int16(-i)})
		fmt.Println("pair", len(ps), cap(ps))
	}
	fmt.Println(ps[1499])
	var bs []big
	for i := 0; i < 600; i++ {
		bs = append(bs, big{})
		fmt.Println("big", len(bs), cap(bs))
	}
}
