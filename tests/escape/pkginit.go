// escape
package main

type T struct {
	p *int
	s []int
}

var one = 1

var (
	gp               = &one
	gT               = &T{s: []int{1, 2}}
	gS               = []int{3, 4}
	gM               = map[string]int{"a": 1}
	gF               = func() int { return one }
	gArr             = [2]*T{{}, nil}
	gStr             = "x" + str()
	gIfc interface{} = one
	gNew             = new(int)
	gMk              = make([]byte, 10)
)

func str() string { return "y" }

func init() {
	v := 5
	gNew = &v
}

func main() {
	println(*gp, len(gT.s), gS[0], gM["a"], gF(), gArr[0].p == nil, gStr, gIfc != nil, *gNew, len(gMk))
}
