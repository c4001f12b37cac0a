// compile

package main

type Arr [3]int

type Grid [4][5]float64

var (
	g     Grid
	pg    *Grid
	words = [...]string{"a", "b", "c", "d"}
	s     []int
	str   string
	m     map[string]bool
	ch    chan int
)

const (
	n     = len([3]int{})
	hello = len("hello")
	rows  = len(g)
	cols  = len(g[0])
	prows = len(pg)
	pcols = cap(pg[1])
	nw    = len(words)
	conv  = len(Arr([3]int{}))
	nest  = len([len("ab")]bool{})
	inner = len([2]int{len(words), cap(g)})
	typed = len(`raw`) + len("\xff\u00e9")
)

var table [n + hello + rows + cols + prows + pcols + nw + conv + nest + inner + typed]byte

func main() {
	var a [n]int
	var b [hello]byte
	var c [len(a) * 2]int
	var d [cap(b)]int
	_ = a
	_ = b
	_ = c
	_ = d
	_ = table
	x := len(s) + cap(s) + len(str) + len(m) + len(ch) + cap(ch)
	var i8 int8 = int8(len("abc"))
	var f float64 = float64(len([7]int{}))
	const u uint = uint(cap([9]int{}))
	_, _, _, _ = x, i8, f, u
	for i := 0; i < len(words); i++ {
		_ = words[i]
	}
}
