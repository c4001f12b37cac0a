// run

package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	*Dog
	Age int
}

type Named struct{ Name string }

type Conflict struct {
	Animal
	Named
	Extra int
}

type Logger struct{ prefix string }

func (l Logger) Log(msg string) string { return l.prefix + msg }

type Service struct {
	Logger
	name string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	p := Puppy{&d, 1}
	p.Rename("Tiny")
	fmt.Println(p.Name, d.Name, p.Sound(), p.Describe(), p.Age)
	c := Conflict{Animal{"cat", 4}, Named{"named"}, 1}
	fmt.Println(c.Animal.Name, c.Named.Name, c.Legs, c.Extra)
	s := Service{Logger{"[svc] "}, "api"}
	fmt.Println(s.Log("started " + s.name))
	f := s.Log
	s.prefix = "[changed] "
	fmt.Println(f("method value bound early"), s.Log("now"))
	// embedded field shadowed by outer field
	type Outer struct {
		Animal
		Name string
	}
	o := Outer{Animal{"inner", 2}, "outer"}
	fmt.Println(o.Name, o.Animal.Name, o.Describe())
	// embedding by pointer, nil until set
	var pp Puppy
	fmt.Println(pp.Dog == nil, pp.Age)
	pp.Dog = &Dog{Breed: "pug"}
	pp.Legs = 4
	fmt.Println(pp.Legs, pp.Breed, pp.Describe())
	// anonymous struct embedding chain
	type A struct{ X int }
	type B struct{ A }
	type C struct{ B }
	var cc C
	cc.X = 7
	cc.B.A.X++
	fmt.Println(cc.X, cc, cc.B.X)
}
