// run

package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Named struct{ Name string }
type Stringer interface{ String() string }

func (n Named) String() string { return "Named:" + n.Name }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", x, x*2)
	case int8, int16, int32, int64:
		return fmt.Sprintf("sized int %v of %T", x, x)
	case uint, uint8, uint16, uint32, uint64:
		return fmt.Sprintf("unsigned %v", x)
	case float64:
		return fmt.Sprintf("float64 %g", x)
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case string:
		return fmt.Sprintf("string %q len %d", x, len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("[]int len %d", len(x))
	case [2]int:
		return fmt.Sprintf("[2]int sum %d", x[0]+x[1])
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprintf("*int -> %d", *x)
	case struct{ A int }:
		return fmt.Sprintf("anon struct A=%d", x.A)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 5
	values := []interface{}{
		nil, 42, int8(-3), int64(1 << 40), uint(7), byte(255), 3.5, Celsius(36.6),
		"héllo", true, false, []int{1, 2, 3}, [2]int{4, 5}, errors.New("boom"),
		Named{"x"}, &Named{"ptr"}, func() int { return 99 }, &n, (*int)(nil),
		struct{ A int }{8}, float32(1.5), []string{}, 'r', complex(1, 1),
	}
	for _, v := range values {
		fmt.Println(classify(v))
	}
	// switch without binding, and fallthrough-free multi-case
	count := [3]int{}
	for _, v := range values {
		switch v.(type) {
		case int, int8, int64, uint, uint8, rune:
			count[0]++
		case string, []string:
			count[1]++
		default:
			count[2]++
		}
	}
	fmt.Println(count)
}
