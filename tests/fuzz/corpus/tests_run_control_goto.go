// run

package main

import "fmt"

func sumTo(n int) int {
	i, s := 0, 0
top:
	if i > n {
		return s
	}
	s += i
	i++
	goto top
}

func parseNumber(s string) (int, bool) {
	i, n, neg := 0, 0, false
	if len(s) == 0 {
		goto fail
	}
	if s[0] == '-' {
		neg = true
		i++
	}
	if i == len(s) {
		goto fail
	}
digits:
	if i < len(s) {
		c := s[i]
		if c < '0' || c > '9' {
			goto fail
		}
		n = n*10 + int(c-'0')
		i++
		goto digits
	}
	if neg {
		n = -n
	}
	return n, true
fail:
	return 0, false
}

func main() {
	fmt.Println(sumTo(10), sumTo(100), sumTo(0))
	for _, s := range []string{"123", "-45", "", "-", "12a", "007"} {
		n, ok := parseNumber(s)
		fmt.Printf("%q -> %d %v\n", s, n, ok)
	}
	// state machine with goto
	input := "aaabbbcc"
	pos := 0
	var trace []string
stateA:
	if pos < len(input) && input[pos] == 'a' {
		pos++
		trace = append(trace, "A")
		goto stateA
	}
stateB:
	if pos < len(input) && input[pos] == 'b' {
		pos++
		trace = append(trace, "B")
		goto stateB
	}
	if pos < len(input) {
		trace = append(trace, "rest:"+input[pos:])
	}
	fmt.Println(trace)
	// backwards goto with a counter
	k := 3
again:
	fmt.Print("k=", k, " ")
	k--
	if k > 0 {
		goto again
	}
	fmt.Println()
}
