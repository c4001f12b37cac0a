// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 10; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%d^2=%d", i, i*i)
	}
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	sb.Reset()
	sb.WriteByte('[')
	sb.WriteRune('π')
	sb.WriteRune('≈')
	sb.WriteString("3.14")
	sb.WriteByte(']')
	fmt.Println(sb.String(), sb.Len())
	// triangle
	for i := 1; i <= 6; i++ {
		var line strings.Builder
		line.WriteString(strings.Repeat(" ", 6-i))
		for j := 0; j < i; j++ {
			line.WriteString("* ")
		}
		fmt.Println(strings.TrimRight(line.String(), " "))
	}
	// table
	var tb strings.Builder
	for r := 1; r <= 5; r++ {
		for c := 1; c <= 5; c++ {
			fmt.Fprintf(&tb, "%4d", r*c)
		}
		tb.WriteByte('\n')
	}
	fmt.Print(tb.String())
	// build by bytes
	b := make([]byte, 0, 4)
	for c := byte('a'); c <= 'z'; c++ {
		b = append(b, c)
		if c%5 == 0 {
			b = append(b, '|')
		}
	}
	fmt.Println(string(b), len(b), cap(b) >= len(b))
	// Sprintf accumulation
	out := ""
	for i := 0; i < 5; i++ {
		out = fmt.Sprintf("(%s%d)", out, i)
	}
	fmt.Println(out)
	fmt.Println(strings.Repeat("=", 20))
}
