// run

package main

import (
	"fmt"
	"strconv"
)

type Speaker interface{ Speak() string }
type Walker interface{ Walk() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }
func (d Dog) Walk() string  { return d.name + " walks" }

type Fish struct{}

func (Fish) Speak() string { return "..." }

type Num int

func (n Num) String() string { return "#" + strconv.Itoa(int(n)) }

func main() {
	var s Speaker = Dog{"rex"}
	d, ok := s.(Dog)
	fmt.Println(d.name, ok)
	f, ok := s.(Fish)
	fmt.Println(f, ok)
	w, ok := s.(Walker)
	fmt.Println(ok, w.Walk())
	s = Fish{}
	w, ok = s.(Walker)
	fmt.Println(ok, w == nil)
	var x interface{} = 42
	i := x.(int)
	fmt.Println(i + 1)
	str, ok := x.(string)
	fmt.Printf("%q %v\n", str, ok)
	fl, ok := x.(float64)
	fmt.Println(fl, ok)
	x = Num(7)
	st, ok := x.(fmt.Stringer)
	fmt.Println(st, ok, st.String())
	n, ok := x.(Num)
	fmt.Println(int(n)+1, ok)
	_, ok = x.(int)
	fmt.Println(ok)
	var nilI interface{}
	_, ok = nilI.(interface{})
	fmt.Println(ok)
	_, ok = nilI.(int)
	fmt.Println(ok)
	x = &Dog{"ptr"}
	_, ok1 := x.(Dog)
	pd, ok2 := x.(*Dog)
	sp, ok3 := x.(Speaker)
	fmt.Println(ok1, ok2, pd.name, ok3, sp.Speak())
	items := []interface{}{1, "two", 3.0, Num(4), []byte("five"), nil}
	total := 0
	for _, it := range items {
		if v, ok := it.(int); ok {
			total += v
		} else if v, ok := it.(fmt.Stringer); ok {
			fmt.Println("stringer", v)
		} else if v, ok := it.(string); ok {
			total += len(v)
		}
	}
	fmt.Println(total)
	var e error
	_, ok = interface{}(e).(error)
	fmt.Println(ok)
	// assertion to an interface with no methods in common
	var any interface{} = Fish{}
	if sp, ok := any.(Speaker); ok {
		fmt.Println(sp.Speak())
	}
	if _, ok := any.(Walker); !ok {
		fmt.Println("fish can't walk")
	}
}
