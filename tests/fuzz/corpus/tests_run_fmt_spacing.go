// run

package main

import (
	"fmt"
	"os"
)

type Str string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, 4, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(Str("s"), 1, Str("t"), "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print(1.5, 'r', "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)
	s1 := fmt.Sprint("a", 1, 2, "b")
	s2 := fmt.Sprintln("a", 1, 2, "b")
	s3 := fmt.Sprint()
	fmt.Printf("%q %q %q\n", s1, s2, s3)
	fmt.Printf("%q\n", fmt.Sprint(1, "a", 2, 3, "b", "c", 4.0, 5))
	fmt.Printf("%q\n", fmt.Sprint(Str("x"), Str("y"), 1, 2))
	n, err := fmt.Println("count", "these")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d\n", 12345)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 2)
	fmt.Fprint(os.Stdout, "fprint", 3, 4, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stderr, "stderr %d\n", 5)
	fmt.Println("after stderr")
}
