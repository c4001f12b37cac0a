// run

package main

import "fmt"

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type List []int

func (l List) String() string { return fmt.Sprintf("List%d", len(l)) }

type Wrapper struct {
	L Level
	T Temp
	P *Pt
}

type GoStr struct{}

func (GoStr) String() string   { return "String()" }
func (GoStr) GoString() string { return "GoString()" }

func main() {
	fmt.Println(Level(0), Level(1), Level(5))
	fmt.Printf("%v %s %d %x %q %5v|%-7s|\n", Level(1), Level(1), Level(1), Level(1), Level(1), Level(0), Level(1))
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v %s\n", p, &p, &p, &p)
	fmt.Println(Temp(36.6), []Temp{1, 2.25})
	fmt.Printf("%v %.3f %s\n", Temp(20), Temp(20), Temp(-3))
	fmt.Println(List{1, 2, 3}, List(nil))
	fmt.Printf("%v %d\n", List{4, 5}, List{4, 5})
	w := Wrapper{1, 99.5, nil}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]Level{0, 1, 2}, [2]Level{1, 1})
	fmt.Printf("%v %s %#v\n", GoStr{}, GoStr{}, GoStr{})
	var np *Pt
	fmt.Println(np == nil)
	var s fmt.Stringer = Level(0)
	fmt.Println(s, s.String() == "DEBUG")
	fmt.Println(fmt.Sprint(Level(1), Level(0)), fmt.Sprint(Level(1), 2), fmt.Sprint("x", Level(1)))
}
