// run

package main

import "fmt"

func main() {
	for w := 1; w <= 8; w += 3 {
		fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", w, 42, w, 42, w, 3.14159, w+6, w, 2.71828)
	}
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%[3]s %[1]s %s\n", "a", "b", "c")
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]q\n", 65)
	fmt.Printf("%6.2f|%-8.3f|%08.3f|%+.1f|% .2f\n", 3.14159, 2.5, -1.5, 7.0, 7.0)
	fmt.Printf("%10s|%-10s|%.3s|%10.3s|%-10.2s|\n", "golite", "golite", "golite", "golite", "golite")
	fmt.Printf("%5v|%-5v|%05v\n", 12, 12, 12)
	fmt.Printf("%8v|%-8v|\n", []int{1, 2}, []int{3})
	fmt.Printf("%6.2v|%.3v|%10v\n", 3.14159, "abcdef", true)
	fmt.Printf("%3c|%-4q|%6U\n", 'z', 'z', 'z')
	fmt.Printf("%x|%10x|%-10X|% X\n", "hi", "hi", "hi", "hi")
	fmt.Printf("%e|%12.4e|%-12.2E|\n", 123456.789, 123456.789, 0.000123)
	fmt.Printf("%g|%.2g|%10.3g|%G\n", 1e-10, 123456.0, 0.000012345, 1e21)
	fmt.Printf("%*d|%-*d|\n", -6, 1, 4, 2)
	fmt.Printf("%%|%5%|%c|\n", 'Z')
	tab := [][3]interface{}{{"alice", 3, 91.5}, {"bob", 12, 7.25}, {"christina", 101, 100.0}}
	fmt.Printf("%-10s|%5s|%8s\n", "name", "n", "score")
	for _, r := range tab {
		fmt.Printf("%-10s|%5d|%8.2f\n", r[0], r[1], r[2])
	}
}
