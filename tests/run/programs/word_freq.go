// run

package main

import (
	"fmt"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us, we were all going direct to Heaven, we were all going direct the
other way`

type entry struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	fmt.Println(len(words), "words")
	// count without a map: keep a slice sorted by word and search it
	var counts []entry
	for _, w := range words {
		lo, hi := 0, len(counts)
		for lo < hi {
			mid := (lo + hi) / 2
			if counts[mid].word < w {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo < len(counts) && counts[lo].word == w {
			counts[lo].count++
			continue
		}
		counts = append(counts, entry{})
		copy(counts[lo+1:], counts[lo:])
		counts[lo] = entry{w, 1}
	}
	fmt.Println(len(counts), "distinct")
	// stable insertion sort by count descending
	for i := 1; i < len(counts); i++ {
		for j := i; j > 0 && counts[j].count > counts[j-1].count; j-- {
			counts[j], counts[j-1] = counts[j-1], counts[j]
		}
	}
	for _, e := range counts {
		fmt.Printf("%-12s %2d %s\n", e.word, e.count, strings.Repeat("#", e.count))
	}
}
