// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	const rows = 16
	row := []uint64{1}
	for r := 0; r < rows; r++ {
		parts := make([]string, len(row))
		for i, v := range row {
			parts[i] = fmt.Sprint(v)
		}
		line := strings.Join(parts, " ")
		pad := (rows*4 - len(line)) / 2
		if pad < 0 {
			pad = 0
		}
		fmt.Println(strings.Repeat(" ", pad) + line)
		next := make([]uint64, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for i := 1; i < len(row); i++ {
			next[i] = row[i-1] + row[i]
		}
		row = next
	}
	// row 66 still fits in uint64; its middle value
	row = []uint64{1}
	for r := 0; r < 66; r++ {
		next := make([]uint64, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for i := 1; i < len(row); i++ {
			next[i] = row[i-1] + row[i]
		}
		row = next
	}
	fmt.Println(len(row), row[33], row[1], row[10])
	// Sierpinski triangle from parity
	row = []uint64{1}
	for r := 0; r < 16; r++ {
		var sb strings.Builder
		sb.WriteString(strings.Repeat(" ", 16-r))
		for _, v := range row {
			if v%2 == 1 {
				sb.WriteString("* ")
			} else {
				sb.WriteString("  ")
			}
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
		next := make([]uint64, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for i := 1; i < len(row); i++ {
			next[i] = row[i-1] + row[i]
		}
		row = next
	}
}
