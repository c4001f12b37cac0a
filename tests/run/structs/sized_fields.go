// run

package main

import "fmt"

type packet struct {
	flag   bool
	kind   uint8
	seq    uint16
	length int32
	id     uint64
	delta  int8
	temp   float32
	ratio  float64
	code   rune
	b      byte
	small  int16
	c64    complex64
}

func main() {
	var p packet
	fmt.Printf("%+v\n", p)
	p.flag = true
	p.kind = 250
	p.seq = 65535
	p.length = -1
	p.id = 1<<64 - 1
	p.delta = -128
	p.temp = 36.6
	p.ratio = 1.0 / 3
	p.code = '⌘'
	p.b = 'z'
	p.small = -32768
	p.c64 = complex(1.5, -2)
	fmt.Printf("%+v\n", p)
	// arithmetic on each field wraps at the field's width
	p.kind += 10
	p.seq++
	p.length *= -2147483648
	p.id += 2
	p.delta--
	p.temp *= 3
	p.b += 10
	p.small--
	p.c64 *= 2
	fmt.Printf("%v\n", p)
	// copying structs preserves every field exactly
	q := p
	fmt.Println(q == p)
	q.kind = 0
	fmt.Println(q == p, q.kind, p.kind)
	// arrays of such structs
	var ring [4]packet
	for i := range ring {
		ring[i].seq = uint16(65534 + i)
		ring[i].delta = int8(126 + i)
		ring[i].temp = float32(i) * 0.1
	}
	for _, r := range ring {
		fmt.Println(r.seq, r.delta, r.temp)
	}
	fmt.Printf("%T %T %T\n", p.seq, p.c64, p.code)
}
