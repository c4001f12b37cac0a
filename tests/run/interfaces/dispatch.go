// run

package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type ValCounter struct{ n int }

func (c ValCounter) Get() int { return c.n }
func (c *ValCounter) Inc()    { c.n++ }

type Animal interface {
	Name() string
	Sound() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Cow struct{ base }
type Cat struct{ base }
type Robot struct {
	base
	version int
}

func (Cow) Sound() string     { return "moo" }
func (Cat) Sound() string     { return "meow" }
func (r Robot) Sound() string { return fmt.Sprintf("beep v%d", r.version) }
func (r Robot) Name() string  { return "robot-" + r.base.name }

func chorus(as []Animal) string {
	s := ""
	for _, a := range as {
		s += a.Name() + ":" + a.Sound() + " "
	}
	return s
}

func main() {
	vc := &ValCounter{}
	var c Counter = vc
	for i := 0; i < 5; i++ {
		c.Inc()
	}
	fmt.Println(c.Get(), vc.n)
	vc.n = 100
	fmt.Println(c.Get())
	// value copied into interface is a snapshot
	type Getter interface{ Get() int }
	var g Getter = *vc
	vc.Inc()
	fmt.Println(g.Get(), vc.Get())
	animals := []Animal{Cow{base{"bessie"}}, Cat{base{"tom"}}, Robot{base{"r2"}, 2}}
	fmt.Println(chorus(animals))
	// replace element and re-dispatch
	animals[1] = Robot{base{"c3"}, 3}
	fmt.Println(chorus(animals))
	// interface values in a struct
	type Zoo struct {
		Star  Animal
		Crowd []Animal
	}
	z := Zoo{Star: animals[0], Crowd: animals[1:]}
	fmt.Println(z.Star.Sound(), len(z.Crowd), z.Crowd[0].Name())
	// interface method value
	snd := z.Star.Sound
	z.Star = Cat{base{"felix"}}
	fmt.Println(snd(), z.Star.Sound())
	// interface to interface assignment keeps dynamic type
	var e interface{} = z.Star
	a2 := e.(Animal)
	fmt.Printf("%T %s\n", a2, a2.Name())
	// counting calls through an interface in a loop
	total := 0
	for i := 0; i < 1000; i++ {
		var cc Counter = &ValCounter{i}
		cc.Inc()
		total += cc.Get()
	}
	fmt.Println(total)
}
