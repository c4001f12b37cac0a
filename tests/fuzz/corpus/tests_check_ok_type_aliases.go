// compile

package main

type Celsius = float64 // alias: identical to float64
type Temp float64      // defined type: distinct from float64

type IntSlice = []int

type Point struct{ X, Y int }
type P = Point

func (p P) Sum() int { return p.X + p.Y } // methods on an alias land on Point

type Bytes = []byte

func main() {
	var c Celsius = 1.5
	var f float64 = c // no conversion needed
	var t Temp = Temp(f)
	_ = t
	var s IntSlice = []int{1}
	s = append(s, 2)
	p := Point{1, 2}
	var q P = p
	println(q.Sum())
	var b Bytes = []byte("x")
	var r rune = 'x' // rune is an alias of int32
	var i32 int32 = r
	var by byte = b[0] // byte is an alias of uint8
	var u8 uint8 = by
	_, _ = i32, u8
}
