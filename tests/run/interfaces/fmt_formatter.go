// run

package main

import "fmt"

type Formatted struct{ n int }

func (f Formatted) Format(s fmt.State, c rune) {
	w, wok := s.Width()
	fmt.Fprintf(s, "<%c %d %v %v %v>", c, f.n, w, wok, s.Flag('+'))
}

type Both struct{}

func (Both) Format(s fmt.State, c rune) { fmt.Fprint(s, "F") }
func (Both) String() string             { return "S" } // Format wins

func main() {
	fmt.Printf("%v %d %s %+v %5x\n", Formatted{1}, Formatted{2}, Formatted{3}, Formatted{4}, Formatted{5})
	fmt.Println(Formatted{6}, []Formatted{{7}}, Both{})
	fmt.Printf("%s %v\n", Both{}, &Both{})
}
