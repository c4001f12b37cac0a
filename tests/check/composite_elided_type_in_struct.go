// errorcheck

package main

type T struct {
	f map[string]string
	p struct{ x int }
}

var _ = T{
	f: { // ERROR "missing type in composite literal"
		"a": "b",
	},
}

var _ = T{nil, {1}} // ERROR "missing type in composite literal"

func main() {}
