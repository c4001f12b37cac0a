// run

package main

import "fmt"

func main() {
	var i8 [5]int8
	var u16 [5]uint16
	var f32 [5]float32
	var bs [5]bool
	var ss [5]string
	var rs [5]rune
	for i := 0; i < 5; i++ {
		i8[i] = int8(i*60 - 100)
		u16[i] = uint16(i * 20000)
		f32[i] = float32(i) / 3
		bs[i] = i%2 == 0
		ss[i] = fmt.Sprint(i * i)
		rs[i] = rune('α' + i)
	}
	fmt.Println(i8, u16, f32, bs, ss, rs)
	fmt.Printf("%v %d %x %q %c\n", i8, u16, u16, ss, rs)
	// element arithmetic keeps the element type
	i8[4] += 100
	u16[4] *= 2
	fmt.Println(i8[4], u16[4])
	// arrays of arrays of bytes
	var names [3][8]byte
	copy(names[0][:], "alice")
	copy(names[1][:], "bob")
	copy(names[2][:], "carolinexyz")
	for _, n := range names {
		fmt.Printf("%q %v\n", string(n[:]), n)
	}
	// array literal forms
	a := [...]int{5, 4, 3}
	b := [5]int{1, 2}
	c := [...]string{3: "d", 1: "b"}
	d := [2][2]float64{{1.5}, {2, 3.5}}
	fmt.Println(a, len(a), b, c, len(c), d)
	fmt.Printf("%T %T %T %T\n", a, c, d, rs)
	// %v and %d on nested arrays
	fmt.Printf("%d %v %x\n", [2][3]int{{1, 2, 3}, {4, 5, 6}}, [2]bool{true}, [3]byte{1, 171, 255})
}
