// compile

package main

type Bytes []byte

type Point struct{ X, Y int }

func pair() ([]int, []int) { return []int{1}, []int{2} }

func main() {
	var s []int
	s = append(s)
	s = append(s, 1)
	s = append(s, 1, 2, 3)
	s = append(s, s...)
	s = append(s, []int{4, 5}...)
	s = append(s[:1], s[2:]...)
	s = append([]int(nil), s...)

	var b []byte
	b = append(b, "hello"...)
	b = append(b, 'x', 0xff)
	str := " world"
	b = append(b, str...)
	b = append(b, b...)
	var bb Bytes
	bb = append(bb, "abc"...)
	bb = append(bb, b...)

	var ps []Point
	ps = append(ps, Point{1, 2}, Point{X: 3})
	pps := append([]*Point{}, &ps[0], nil)

	var ifs []interface{}
	ifs = append(ifs, 1, "two", 3.0, nil, ps)

	var n int = copy(s, []int{9, 8, 7})
	n += copy(b, "xyz")
	n += copy(b, str)
	n += copy(b[1:], b)
	n += copy(bb, "bytes")
	n += copy(pair())
	copy(ps, ps[1:])

	var rs []rune
	rs = append(rs, 'é', 65)
	var fs []float64
	fs = append(fs, 1, 2.5, 'c')
	_, _, _, _ = n, pps, rs, fs
}
